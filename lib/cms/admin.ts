import './manual-init';
import CMS, { type CmsConfig, type CustomFieldControlProps, type Field } from '@sveltia/cms';
import { isTimeZone, nextFullHour, withZoneOffset, zonedDateTime } from '@/lib/content/zoned-time';
import { formatMarkdown, formatYaml, parseMarkdown, parseYaml, type EntryData, type FormatOptions } from './format';

/**
 * The web editor's start-up in the browser (bundled by scripts/build-admin.ts into public/admin/): the house-style
 * file formats, the date field that writes a release's local time with its zone's offset, the defaults of a new
 * release, then Sveltia CMS with the configuration generated from the schema (lib/cms/config.ts).
 */
declare const __CMS_CONFIG__: CmsConfig;
declare const __CMS_FORMAT__: FormatOptions;

declare global {
  interface Window {
    h: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
    createClass: (spec: { render(this: { props: CustomFieldControlProps }): unknown }) => never;
  }
}

const isEntryData = (value: unknown): value is EntryData =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A release's times follow its time zone, whatever order the fields were filled in. */
function withZonedTimes(data: EntryData): EntryData {
  const zone = typeof data.timeZone === 'string' ? data.timeZone : undefined;
  if (!zone) return data;
  const zoned = (fields: EntryData, keys: readonly string[]) => {
    const out = { ...fields };
    for (const key of keys) {
      const value = out[key];
      if (typeof value === 'string' && value) out[key] = withZoneOffset(value, zone);
    }
    return out;
  };
  const { earlyAccess } = data;
  return {
    ...zoned(data, ['publishedAt', 'updatedAt']),
    ...(isEntryData(earlyAccess) ? { earlyAccess: zoned(earlyAccess, ['from']) } : {}),
  };
}

CMS.registerCustomFormat('newsroom-frontmatter', 'md', {
  fromFile: (text: string) => parseMarkdown(text, __CMS_FORMAT__),
  toFile: (data: EntryData) => formatMarkdown(withZonedTimes(data), __CMS_FORMAT__),
});
CMS.registerCustomFormat('newsroom-yaml', 'yaml', {
  fromFile: parseYaml,
  toFile: (data: EntryData) => formatYaml(data, __CMS_FORMAT__),
});

/** The local time of a release: a date-and-time input; the offset comes from the entry's time zone. */
const ZonedDateTime = window.createClass({
  render() {
    const { value, onChange, forID, entry, field, classNameWrapper } = this.props;
    const label = String(field.get('label') ?? field.get('name') ?? '');
    const stated = entry?.getIn(['data', 'timeZone']);
    const zone = typeof stated === 'string' && isTimeZone(stated) ? stated : 'UTC';
    const text = typeof value === 'string' ? value : '';
    const local = text.slice(0, 16);
    const change = (event: { target: { value: string } }) => {
      const [date, time] = event.target.value.split('T');
      if (!date || !time) return onChange('');
      const [year, month, day] = date.split('-').map(Number);
      const [hour, minute] = time.split(':').map(Number);
      onChange(
        zonedDateTime(zone, {
          year: year ?? 0,
          month: month ?? 1,
          day: day ?? 1,
          hour: hour ?? 0,
          minute: minute ?? 0,
        }),
      );
    };
    return window.h(
      'div',
      { className: classNameWrapper },
      window.h('input', {
        id: forID,
        type: 'datetime-local',
        step: 60,
        value: local,
        onChange: change,
        'aria-label': label,
        'aria-describedby': `${forID}-zone`,
      }),
      window.h(
        'p',
        { id: `${forID}-zone` },
        text ? `${zone} (UTC${withZoneOffset(text, zone).slice(-6)})` : `Local time in ${zone}`,
      ),
    );
  },
});
CMS.registerWidget('zoned-datetime', ZonedDateTime);

/** A new release: a draft, dated the next full hour in the editor's own time zone. */
function withNewReleaseDefaults(config: CmsConfig): CmsConfig {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = isTimeZone(browserZone) ? browserZone : 'UTC';
  const defaults: Record<string, unknown> = { publishedAt: nextFullHour(zone, new Date()), timeZone: zone };
  const collections = config.collections?.map((collection) =>
    collection.name !== 'releases' || !('fields' in collection)
      ? collection
      : {
          ...collection,
          fields: collection.fields.map((field: Field) =>
            field.name in defaults ? { ...field, default: defaults[field.name] } : field,
          ),
        },
  );
  return { ...config, collections } as CmsConfig;
}

/**
 * Sveltia's page sets `maximum-scale=1`, which stops people zooming on phones; anyone who enlarges text must be able
 * to (WCAG 1.4.4), so the limit is taken out whenever it is set.
 */
function allowZoom() {
  for (const meta of document.querySelectorAll('meta[name="viewport"]')) {
    const content = meta.getAttribute('content') ?? '';
    if (content.includes('maximum-scale'))
      meta.setAttribute('content', content.replace(/,?\s*maximum-scale=[^,]*/g, ''));
  }
}
new MutationObserver(allowZoom).observe(document.head, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['content'],
});

void CMS.init({ config: withNewReleaseDefaults(__CMS_CONFIG__) });
