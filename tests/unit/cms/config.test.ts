import path from 'node:path';
import type { Field } from '@sveltia/cms';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cmsConfig } from '@/lib/cms/config';
import { houseStyle } from '@/lib/cms/format-options';
import { cmsFacts } from '@/lib/cms/facts';
import {
  contactData,
  keyFigureData,
  pageFrontmatter,
  releaseFrontmatter,
  snippetFrontmatter,
} from '@/lib/content/schema';
import { locales } from '@/lib/i18n/locales';

/**
 * The editor's configuration against the schemas `npm run content:check` applies: same fields in the same order,
 * the same required fields, limits, patterns and allowed values. A field added to a schema, a topic added to the
 * taxonomy or a limit changed without the editor following fails here.
 */
const facts = cmsFacts(path.resolve('content'));
const config = cmsConfig(facts);

interface Property {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Property>;
  required?: string[];
  items?: Property;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
}

type AnyField = Field & Record<string, unknown>;

function collection(name: string): AnyField[] {
  const found = config.collections?.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  if ('fields' in found) return found.fields as AnyField[];
  const first = 'files' in found ? found.files[0] : undefined;
  if (!first) throw new Error(`collection ${name} has no files`);
  return first.fields as AnyField[];
}

/** Every disagreement between the fields and the JSON schema of a zod schema, as readable lines. */
function disagreements(fields: readonly AnyField[], schema: Property, at = ''): string[] {
  const problems: string[] = [];
  const names = Object.keys(schema.properties ?? {});
  const own = fields.filter((field) => field.name !== 'body').map((field) => field.name);
  if (own.join() !== names.join()) problems.push(`${at || 'top'}: fields [${own.join()}] but schema [${names.join()}]`);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const field = fields.find((f) => f.name === name);
    if (!field) continue;
    const where = at + name;
    const required = (schema.required ?? []).includes(name);
    if (required !== (field.required !== false))
      problems.push(`${where}: required ${String(field.required)} but schema says ${required}`);
    const options = (field.options as unknown[] | undefined)?.map((option) =>
      typeof option === 'object' && option && 'value' in option ? option.value : option,
    );
    const allowed = property.enum ?? property.items?.enum;
    if (allowed && JSON.stringify(options) !== JSON.stringify(allowed))
      problems.push(`${where}: options ${JSON.stringify(options)} but schema ${JSON.stringify(allowed)}`);
    if (property.maxLength !== undefined && field.maxlength !== property.maxLength)
      problems.push(`${where}: maxlength ${String(field.maxlength)} but schema ${property.maxLength}`);
    const pattern = (field.pattern as [string, string] | undefined)?.[0];
    if (property.pattern && pattern !== undefined && pattern !== property.pattern)
      problems.push(`${where}: pattern ${pattern} but schema ${property.pattern}`);
    if (
      property.pattern &&
      pattern === undefined &&
      !['zoned-datetime', 'datetime', 'relation'].includes(String(field.widget))
    )
      problems.push(`${where}: no pattern, schema has ${property.pattern}`);
    if (property.maxItems !== undefined && field.max !== property.maxItems)
      problems.push(`${where}: max ${String(field.max)} but schema ${property.maxItems}`);
    if (property.minItems !== undefined && field.min !== property.minItems)
      problems.push(`${where}: min ${String(field.min)} but schema ${property.minItems}`);
    if (property.type === 'object')
      problems.push(...disagreements((field.fields ?? []) as AnyField[], property, `${where}.`));
    if (property.type === 'array' && property.items?.type === 'object')
      problems.push(...disagreements((field.fields ?? []) as AnyField[], property.items, `${where}.*.`));
    if (property.type === 'array' && property.items?.type === 'string' && !allowed && field.widget === 'list') {
      const item = field.field as AnyField | undefined;
      if (property.items.maxLength !== undefined && item?.maxlength !== property.items.maxLength)
        problems.push(`${where}.*: maxlength ${String(item?.maxlength)} but schema ${property.items.maxLength}`);
      if (property.items.pattern && (item?.pattern as [string] | undefined)?.[0] !== property.items.pattern)
        problems.push(`${where}.*: pattern differs from the schema`);
    }
  }
  return problems;
}

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Property;

describe('the editor configuration follows the content schemas', () => {
  it.each([
    ['releases', releaseFrontmatter],
    ['pages', pageFrontmatter],
    ['snippets', snippetFrontmatter],
    ['contacts', contactData],
    ['figures', keyFigureData],
  ] as const)('%s: same fields, order, required fields, limits, patterns and allowed values', (name, schema) => {
    expect(disagreements(collection(name), jsonSchema(schema))).toEqual([]);
  });

  it('catches a drift: a schema with one more field and a longer title disagrees', () => {
    const drifted = releaseFrontmatter.safeExtend({ title: z.string().max(200), subtitle: z.string() });
    const problems = disagreements(collection('releases'), jsonSchema(drifted));
    expect(problems.join('\n')).toMatch(/subtitle/);
    expect(problems.join('\n')).toMatch(/title: maxlength 140 but schema 200/);
  });

  it('offers exactly the time zones the schema accepts', () => {
    const timeZone = collection('releases').find((field) => field.name === 'timeZone');
    const offered = timeZone?.options as string[];
    expect(offered).toContain('Europe/Berlin');
    expect(offered).toContain('UTC');
    const accepts = (zone: string) => releaseFrontmatter.shape.timeZone.safeParse(zone).success;
    expect(offered.filter((zone) => !accepts(zone))).toEqual([]);
    expect(Intl.supportedValuesOf('timeZone').filter((zone) => accepts(zone) && !offered.includes(zone))).toEqual([]);
  });

  it('names the contacts and releases that exist, and every brand page and snippet file', () => {
    const contacts = collection('releases').find((field) => field.name === 'contacts');
    expect(contacts).toMatchObject({ widget: 'relation', collection: 'contacts', multiple: true, min: 1 });
    const source = collection('figures').find((field) => field.name === 'source');
    expect(source?.options).toContain('first-half-2025');
    const pages = config.collections?.find((c) => c.name === 'pages');
    expect(pages && 'files' in pages ? pages.files.map((file) => file.file) : []).toContain(
      'content/pages/about/history/{{locale}}.md',
    );
  });

  it('keeps language-neutral fields the same in every language and translates the rest', () => {
    const fields = collection('releases');
    const i18n = (name: string) => fields.find((field) => field.name === name)?.i18n;
    for (const name of ['publishedAt', 'timeZone', 'topics', 'models', 'contacts', 'draft'])
      expect(i18n(name), name).toBe('duplicate');
    for (const name of ['title', 'summary', 'location', 'highlights', 'body']) expect(i18n(name), name).toBe(true);
    const hero = fields.find((field) => field.name === 'hero')?.fields as AnyField[];
    expect(Object.fromEntries(hero.map((field) => [field.name, field.i18n]))).toEqual({
      file: 'duplicate',
      alt: true,
      caption: true,
      credit: 'duplicate',
      usage: 'duplicate',
      expires: 'duplicate',
    });
    expect(config.i18n).toMatchObject({ structure: 'multiple_files', locales: [...locales], default_locale: 'en' });
  });

  it('edits early access after the time zone, the same in every language: groups to tick, a local time', () => {
    const fields = collection('releases');
    expect(fields.slice(2, 5).map((field) => field.name)).toEqual(['publishedAt', 'timeZone', 'earlyAccess']);
    const earlyAccess = fields.find((field) => field.name === 'earlyAccess');
    expect(earlyAccess).toMatchObject({ widget: 'object', required: false, i18n: 'duplicate' });
    const [groups, from] = earlyAccess?.fields as AnyField[];
    expect(groups).toMatchObject({
      name: 'groups',
      widget: 'select',
      multiple: true,
      min: 1,
      i18n: 'duplicate',
      options: [
        'eu-auto-press',
        'china-auto-press',
        'mena-auto-press',
        'latam-auto-press',
        'business-press',
        'lifestyle-press',
      ],
    });
    expect(from).toMatchObject({ name: 'from', widget: 'zoned-datetime', i18n: 'duplicate' });
    expect(from?.required).not.toBe(false);
  });

  it('writes releases as content/releases/<date-slug>/index.<locale>.md, saving each entry as a pull request', () => {
    const releases = config.collections?.find((c) => c.name === 'releases');
    expect(releases).toMatchObject({
      folder: 'content/releases',
      path: '{{slug}}/index',
      extension: 'md',
      format: 'newsroom-frontmatter',
      media_folder: '',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'github',
      auth_endpoint: 'api/cms-auth/auth',
      base_url: new URL(facts.siteUrl).origin,
    });
  });

  it('finds the identifier lists and the false-unless-written flags in the schemas', () => {
    expect(houseStyle).toEqual({
      flowKeys: ['groups', 'topics', 'models', 'contacts', 'formerSlugs', 'languages'],
      falseUnlessWritten: ['draft', 'keyFigures'],
    });
  });
});
