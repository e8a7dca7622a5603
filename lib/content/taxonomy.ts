/**
 * Closed vocabularies of the content model. Adding a value here (and its label in every messages file) is the
 * whole change needed to introduce a topic, model, region or usage term.
 */
export const topics = ['corporate', 'markets', 'products', 'technology', 'partnerships', 'brand'] as const;
export type Topic = (typeof topics)[number];

export const models = ['smart-1', 'smart-3', 'smart-5', 'smart-fortwo'] as const;
export type Model = (typeof models)[number];

export const regions = ['global', 'europe', 'china', 'asia-pacific', 'mena', 'latin-america'] as const;
export type Region = (typeof regions)[number];

export const usageTerms = ['editorial', 'unrestricted'] as const;
export type UsageTerm = (typeof usageTerms)[number];

// Groups of accredited journalists a release may open to before its lift; who belongs to them lives in the database.
export const earlyAccessGroups = ['eu-auto-press', 'china-auto-press', 'mena-auto-press', 'latam-auto-press', 'business-press', 'lifestyle-press'] as const;
export type EarlyAccessGroup = (typeof earlyAccessGroups)[number];

export const pageNav = ['main', 'section', 'none'] as const;

/** Release folders are named `YYYY-MM-DD-slug`; the slug is the public URL segment. */
export const releaseFolderPattern = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
