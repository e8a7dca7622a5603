import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { defaultLocale, locales } from '@/lib/i18n/locales';
import messages from '@/messages/en.json';
import { collectionSchemas } from '@/lib/content/schema';
import { models, regions, topics, usageTerms } from '@/lib/content/taxonomy';
import { fieldsOf, type Overrides } from './fields';

/**
 * The configuration of the web editor at /admin, generated at build time (scripts/build-admin.ts) from the zod
 * schemas and taxonomy that `npm run content:check` applies, so the form cannot offer what the check refuses.
 * tests/unit/cms/config.test.ts holds the two side by side.
 */
export interface CmsFacts {
  /** Brand page folders under content/pages, e.g. `about`, `about/history`. */
  pages: readonly string[];
  /** Snippet folders under content/snippets. */
  snippets: readonly string[];
  /** Slugs of the releases (a key figure names the release that states it). */
  releaseSlugs: readonly string[];
  /** Every IANA zone the schema accepts for `timeZone`. */
  timeZones: readonly string[];
  /** GitHub repository (`owner/name`) and branch the editor saves to. */
  repo: string;
  branch: string;
  /** The site's origin: it serves the OAuth endpoint (app/api/cms-auth). */
  siteUrl: string;
}

/** The names readers see for topics, models, regions and usage terms (messages/en.json), with the stored value. */
const named = (values: readonly string[], names: Record<string, string>) =>
  values.map((value) => ({ value, label: names[value] ?? value }));

const translated = { i18n: true } as const;
const shared = { i18n: 'duplicate' } as const;
const picture = { widget: 'image', accept: 'image/jpeg,image/png,image/webp', choose_url: false, ...shared } as const;
const upload = (label: string, accept: string, hint?: string) =>
  ({ widget: 'file', label, accept, choose_url: false, ...(hint ? { hint } : {}) }) as const;
const calendarDay = { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', ...shared } as const;
const zonedTime = { widget: 'zoned-datetime', ...shared } as const;
const body: Field = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  modes: ['raw'],
  i18n: true,
  hint: 'Markdown. Quotes: a `>` paragraph, then `>`, then `> — Name, role`. See content/README.md.',
};

/** Fields that are the same in every language of a release, and how each field is edited. */
function releaseOverrides(facts: CmsFacts): Overrides {
  const rights = (path: string, what: string): Overrides => ({
    [`${path}.credit`]: { ...shared, hint: 'Who holds the rights, e.g. "smart Automobile Co., Ltd."' },
    [`${path}.usage`]: {
      ...shared,
      options: named(usageTerms, messages.media.usageTerms),
      hint: `How journalists may use the ${what}.`,
    },
    [`${path}.expires`]: { ...calendarDay, hint: `Last day the ${what} may be used, if the rights end.` },
  });
  const image = (path: string): Overrides => ({
    [`${path}.file`]: {
      ...picture,
      label: 'Picture',
      hint: 'A photo in the release folder (JPEG, PNG or WebP; lowercase file name).',
    },
    [`${path}.alt`]: { label: 'Alt text', hint: 'What the picture shows, for people who cannot see it.' },
    ...rights(path, 'picture'),
  });
  return {
    title: { ...translated, hint: 'At most 140 characters; the headline on the page and in feeds.' },
    summary: {
      ...translated,
      widget: 'text',
      hint: 'One or two sentences; under 160 characters reads best in search results.',
    },
    publishedAt: {
      ...zonedTime,
      hint: 'Date and local time of publication in the time zone below; embargoed until then.',
    },
    timeZone: {
      ...shared,
      widget: 'select',
      options: [...facts.timeZones],
      hint: 'Where the release is dated, e.g. Asia/Shanghai or Europe/Berlin.',
    },
    earlyAccess: {
      ...shared,
      hint: 'Optional: accredited journalists who get a personal link to read the release before it is published.',
    },
    'earlyAccess.groups': {
      ...shared,
      hint: 'Their members (kept by the operator, npm run access) each get a personal link by e-mail.',
    },
    'earlyAccess.from': {
      ...zonedTime,
      hint: 'When the links are sent, in the time zone above; before the date and time of publication.',
    },
    location: { ...translated, hint: 'The dateline city, e.g. "Shanghai".' },
    topics: { ...shared, options: named(topics, messages.topics), dropdown_threshold: 10 },
    models: { ...shared, options: named(models, messages.models), dropdown_threshold: 10 },
    highlights: { ...translated, hint: 'Up to six short key points shown above the text.' },
    hero: { ...translated, label: 'Hero picture' },
    ...image('hero'),
    gallery: { ...translated, label: 'Gallery', summary: '{{fields.file}}: {{fields.alt}}' },
    ...image('gallery.*'),
    videos: { ...translated, label: 'Videos', summary: '{{fields.file}}: {{fields.title}}' },
    'videos.*.file': { ...upload('Video, 1080p', 'video/mp4', '1920 × 1080, H.264 and AAC, fast start.'), ...shared },
    'videos.*.small': {
      ...upload('Video, 720p', 'video/mp4', 'The same film at 1280 × 720: the player plays it.'),
      ...shared,
    },
    'videos.*.poster': { ...picture, label: 'Poster', hint: 'Shown before the film plays: 16:9, at least 1280 × 720.' },
    'videos.*.captions': upload(
      'Captions (WebVTT)',
      '.vtt,text/vtt',
      'In this language, named after it: b-roll.de.vtt.',
    ),
    ...rights('videos.*', 'video'),
    attachments: { ...translated },
    'attachments.*.file': { ...upload('PDF file', 'application/pdf'), ...shared },
    'attachments.*.language': { ...shared },
    contacts: {
      ...shared,
      widget: 'relation',
      collection: 'contacts',
      value_field: '{{slug}}',
      display_fields: ['{{name.en}}'],
      search_fields: ['name.en'],
      multiple: true,
      hint: 'The press desks journalists should call.',
    },
    formerSlugs: { ...shared, hint: 'Earlier web addresses of this release, which keep redirecting here.' },
    draft: { ...shared, default: true, hint: 'A draft is never published, whatever its date.' },
    updatedAt: { ...zonedTime, hint: 'Set when the release is changed after publication.' },
    corrections: { ...translated, hint: 'Say what was corrected after publication, and when.' },
    'corrections.*.date': { ...calendarDay },
  };
}

/**
 * In a collection kept in six languages, every field is translated unless it says otherwise (`duplicate`: the
 * same in every language, copied from English). Sveltia treats a sub-field without the option as untranslated.
 */
function translatable(fields: readonly Field[]): Field[] {
  return fields.map((field) => {
    const nested = 'fields' in field && Array.isArray(field.fields) ? { fields: translatable(field.fields) } : {};
    const item = 'field' in field && field.field ? { field: translatable([field.field])[0] } : {};
    return { i18n: true, ...field, ...nested, ...item } as Field;
  });
}

const labels: Record<string, string> = {
  publishedAt: 'Published at',
  formerSlugs: 'Former web addresses',
  updatedAt: 'Updated at',
};

function releases(facts: CmsFacts): Collection {
  return {
    name: 'releases',
    label: 'Press releases',
    label_singular: 'Press release',
    folder: 'content/releases',
    path: '{{slug}}/index',
    extension: 'md',
    format: 'newsroom-frontmatter',
    media_folder: '',
    public_folder: '',
    slug: {
      template: "{{publishedAt | date('YYYY-MM-DD')}}-{{title}}",
      editable: ['create'],
      pattern: [
        '^\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+(-[a-z0-9]+)*$',
        'Folder name: the date, then the web address in lowercase words joined by hyphens, e.g. 2025-07-15-first-half-2025',
      ],
      hint: 'The folder name: YYYY-MM-DD- and then the short web address of the release.',
    },
    summary: '{{title}} · {{publishedAt}}',
    sortable_fields: { fields: ['publishedAt', 'title'], default: { field: 'publishedAt', direction: 'descending' } },
    i18n: { initial_locales: [defaultLocale] },
    fields: translatable([...fieldsOf(collectionSchemas.releases, releaseOverrides(facts), labels), body]),
  } as Collection;
}

const localizedText: Overrides = {};
for (const key of ['name', 'role', 'label'] as const) {
  for (const locale of locales)
    localizedText[`${key}.${locale}`] = { label: locale, ...(locale === defaultLocale ? {} : { required: false }) };
}

/**
 * A collection of one YAML file per entry, content/<name>/<id>.yaml (press contacts, key figures). The id is made
 * from the entry's English `key` when it is created and never changes, because releases refer to it.
 */
function yamlCollection(
  name: 'contacts' | 'figures',
  [label, singular]: [string, string],
  key: 'name' | 'label',
  entry: { summary: string; slugHint?: string; fields: Field[] },
): Collection {
  return {
    name,
    label,
    label_singular: singular,
    folder: `content/${name}`,
    extension: 'yaml',
    format: 'newsroom-yaml',
    identifier_field: `${key}.en`,
    summary: entry.summary,
    slug: { template: `{{${key}.en}}`, editable: ['create'], ...(entry.slugHint ? { hint: entry.slugHint } : {}) },
    i18n: false,
    fields: entry.fields,
  } as Collection;
}

const contacts = () =>
  yamlCollection('contacts', ['Press contacts', 'Press contact'], 'name', {
    summary: '{{name.en}}',
    slugHint: 'The contact id releases name, e.g. europe-communications.',
    fields: fieldsOf(collectionSchemas.contacts, {
      ...localizedText,
      region: { options: named(regions, messages.regions) },
      phone: { hint: 'International form, e.g. "+49 30 1234 5678".' },
      languages: { hint: 'Two-letter codes of the languages the desk answers in, e.g. en, de.' },
    }),
  });

const figures = (facts: CmsFacts) =>
  yamlCollection('figures', ['Key figures', 'Key figure'], 'label', {
    summary: '{{value}} {{label.en}}',
    fields: fieldsOf(collectionSchemas.figures, {
      ...localizedText,
      value: { hint: 'At most 12 characters, e.g. "580+".' },
      source: { widget: 'select', options: [...facts.releaseSlugs], hint: 'The release that states the figure.' },
    }),
  });

function pages(facts: CmsFacts): Collection {
  const fields = translatable([
    ...fieldsOf(
      collectionSchemas.pages,
      {
        title: translated,
        description: { ...translated, widget: 'text' },
        order: shared,
        nav: {
          ...shared,
          hint: '`main`: in the main navigation; `section`: under its parent page; `none`: linked from text only.',
        },
        keyFigures: shared,
      },
      { keyFigures: 'Show key figures' },
    ),
    body,
  ]);
  return perFolder('pages', 'Brand pages', facts.pages, fields);
}

function snippets(facts: CmsFacts): Collection {
  const fields = translatable([...fieldsOf(collectionSchemas.snippets, { title: translated }), body]);
  return perFolder('snippets', 'Snippets', facts.snippets, fields);
}

/** A collection of `content/<name>/<folder>/<locale>.md` files, one entry per folder that exists (brand pages, snippets). */
function perFolder(name: string, label: string, folders: readonly string[], fields: Field[]): Collection {
  return {
    name,
    label,
    i18n: true,
    files: folders.map((folder) => ({
      name: folder.replaceAll('/', '--'),
      label: folder,
      file: `content/${name}/${folder}/{{locale}}.md`,
      format: 'newsroom-frontmatter',
      i18n: true,
      fields,
    })),
  } as Collection;
}

export function cmsConfig(facts: CmsFacts): CmsConfig {
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: facts.repo,
      branch: facts.branch,
      base_url: new URL(facts.siteUrl).origin,
      auth_endpoint: 'api/cms-auth/auth',
      auth_methods: ['oauth'],
    },
    publish_mode: 'editorial_workflow',
    app_title: 'smart newsroom editor',
    site_url: facts.siteUrl,
    display_url: `${facts.siteUrl}/en`,
    logo: { src: '/logo.png' },
    media_folder: 'content/releases',
    i18n: { structure: 'multiple_files', locales: [...locales], default_locale: defaultLocale },
    slug: { encoding: 'ascii', clean_accents: true, maxlength: 71 },
    // Uploads are renamed as the schema wants them ("Hero Photo.JPG" is saved as hero-photo.jpg); no stock-photo
    // services: their pictures come from other origins, with rights the newsroom has not cleared.
    media_libraries: { default: { config: { slugify_filename: true } }, stock_assets: false },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: [releases(facts), pages(facts), snippets(facts), contacts(), figures(facts)],
  } as CmsConfig;
}
