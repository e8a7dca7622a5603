import { describe, expect, it } from 'vitest';
import { withZoneOffset } from '@/lib/content/zoned-time';

describe('a release time follows its time zone', () => {
  it('gives the local time the offset of the zone on that date, winter and summer', () => {
    expect(withZoneOffset('2026-03-02T10:00:00+08:00', 'Europe/Berlin')).toBe('2026-03-02T10:00:00+01:00');
    expect(withZoneOffset('2026-07-02T10:00:00+08:00', 'Europe/Berlin')).toBe('2026-07-02T10:00:00+02:00');
    expect(withZoneOffset('2026-07-02T10:00:00+01:00', 'America/Mexico_City')).toBe('2026-07-02T10:00:00-06:00');
  });

  it('leaves a time that already has its zone offset exactly as written', () => {
    expect(withZoneOffset('2025-07-15T10:00:30+08:00', 'Asia/Shanghai')).toBe('2025-07-15T10:00:30+08:00');
    expect(withZoneOffset('not a time', 'Asia/Shanghai')).toBe('not a time');
    expect(withZoneOffset('2025-07-15T10:00:00+08:00', 'Mars/Olympus')).toBe('2025-07-15T10:00:00+08:00');
  });
});
