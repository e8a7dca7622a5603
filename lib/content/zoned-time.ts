/**
 * Local times in IANA zones, as releases state them ("2025-07-15T10:00:00+08:00" with `timeZone: Asia/Shanghai`):
 * shared by the schema (the offset must be the zone's), the scaffolds and the web editor's date field. Intl only,
 * so it runs in Node and in the browser alike.
 */

/**
 * One offset formatter per zone, undefined for a zone Intl does not know. Building an Intl.DateTimeFormat costs
 * far more than using one, and every release is checked (and parsed again by each build worker).
 */
const offsetFormats = new Map<string, Intl.DateTimeFormat | undefined>();
function offsetFormat(zone: string): Intl.DateTimeFormat | undefined {
  if (!offsetFormats.has(zone)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      format = undefined;
    }
    offsetFormats.set(zone, format);
  }
  return offsetFormats.get(zone);
}

/** The UTC offset ("+02:00") of an IANA zone at an instant. */
export function utcOffset(zone: string, at: Date): string | undefined {
  const format = offsetFormat(zone);
  if (!format || Number.isNaN(at.getTime())) return undefined;
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  if (name === 'GMT') return '+00:00';
  return name?.replace(/^GMT/, '');
}

/** A zone the content accepts: one Intl knows, named by region (`Europe/Berlin`) or `UTC`. */
export const isTimeZone = (zone: string) => offsetFormat(zone) !== undefined && (zone.includes('/') || zone === 'UTC');

type Wall = { year: number; month: number; day: number; hour: number; minute: number };

function wallTime(zone: string, at: Date): Wall {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const offsetMinutes = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
const pad = (n: number) => String(n).padStart(2, '0');

/** A local time in `zone` as publishedAt wants it: "2025-07-15T10:00:00+08:00", with the offset valid at that instant. */
export function zonedDateTime(zone: string, wall: Wall): string {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let instant = asUtc;
  // The offset depends on the instant; twice settles it, also next to a daylight-saving change.
  for (let i = 0; i < 2; i++) instant = asUtc - offsetMinutes(utcOffset(zone, new Date(instant)) ?? '+00:00') * 60_000;
  const local = wallTime(zone, new Date(instant));
  return `${local.year}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:00${utcOffset(zone, new Date(instant)) ?? '+00:00'}`;
}

/** The next full hour in `zone` after `now`. */
export function nextFullHour(zone: string, now: Date): string {
  const wall = wallTime(zone, now);
  const next = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour + 1));
  return zonedDateTime(zone, { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: next.getUTCHours(), minute: 0 });
}

/**
 * `value` ("2026-03-02T10:00:00+08:00") with the offset `zone` has at that local time, or unchanged when it already
 * has it: the web editor keeps a release's times right when someone changes its time zone after picking the time.
 */
export function withZoneOffset(value: string, zone: string): string {
  const wall = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!wall || !isTimeZone(zone)) return value;
  const [year, month, day, hour, minute] = wall.slice(1).map(Number) as [number, number, number, number, number];
  const zoned = zonedDateTime(zone, { year, month, day, hour, minute });
  return value.endsWith(zoned.slice(-6)) ? value : zoned;
}
