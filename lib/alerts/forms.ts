import { z } from 'zod';
import { topics } from '@/lib/content/taxonomy';
import { locales } from '@/lib/i18n/locales';

/**
 * The alert forms as zod schemas over the posted fields. Anything a schema refuses becomes one error code, and
 * every code has a message in each language (messages/*.json, alerts.errors).
 */
export type FormError = 'email' | 'languages' | 'topics' | 'invalid';

const unique = <T>(items: T[]) => [...new Set(items)];

const preferences = {
  languages: z.array(z.enum(locales)).min(1).max(locales.length).transform(unique),
  topicsMode: z.enum(['all', 'chosen']),
  topics: z.array(z.enum(topics)).max(topics.length).transform(unique),
};

const chosenTopics = <T extends { topicsMode: 'all' | 'chosen'; topics: unknown[] }>(value: T) => value.topicsMode === 'all' || value.topics.length > 0;

export const subscribeForm = z
  .object({
    locale: z.enum(locales),
    // RFC 5321 caps an address at 254 characters; z.email() refuses spaces and line breaks (no header injection).
    email: z.string().trim().max(254).pipe(z.email()).transform((email) => email.toLowerCase()),
    ...preferences,
  })
  .refine(chosenTopics, { path: ['topics'] });

export const preferencesForm = z.object({ token: z.string().max(200), ...preferences }).refine(chosenTopics, { path: ['topics'] });

export const tokenForm = z.object({ token: z.string().max(200), locale: z.enum(locales) });

/** The posted fields as a plain object: repeated checkboxes become arrays, absent fields undefined. */
export function formFields(form: URLSearchParams) {
  return {
    locale: form.get('locale') ?? undefined,
    email: form.get('email') ?? undefined,
    token: form.get('token') ?? undefined,
    languages: form.getAll('languages'),
    topicsMode: form.get('topics-mode') ?? 'all',
    topics: form.getAll('topics'),
  };
}

export function formError(error: z.ZodError): FormError {
  const field = error.issues[0]?.path[0];
  return field === 'email' || field === 'languages' || field === 'topics' ? field : 'invalid';
}

/** The honeypot: a field people never see or fill in. A form with it filled is answered as if all went well. */
export const HONEYPOT = 'website';
