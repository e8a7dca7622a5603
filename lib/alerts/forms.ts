import { z } from 'zod';
import { topics, type Topic } from '@/lib/content/taxonomy';
import { locales } from '@/lib/i18n/locales';

/**
 * The alert forms as zod schemas over the posted fields. Anything a schema refuses becomes one error code, and
 * every code has a message in each language (messages/*.json, alerts.errors).
 */
export type FormError = 'email' | 'languages' | 'topics' | 'invalid';

const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * The ticked topic boxes are the whole topic choice: none ticked means every topic, new ones included. The form
 * has no second topic control ("all" beside the boxes), so no combination a person can tick, with or without
 * JavaScript, says two things at once.
 */
export const topicChoice = z
  .array(z.enum(topics))
  .max(topics.length)
  .transform((chosen): readonly Topic[] | 'all' => (chosen.length === 0 ? 'all' : unique(chosen)));

const preferences = {
  languages: z.array(z.enum(locales)).min(1).max(locales.length).transform(unique),
  topics: topicChoice,
};

export const subscribeForm = z.object({
  locale: z.enum(locales),
  // RFC 5321 caps an address at 254 characters; z.email() refuses spaces and line breaks (no header injection).
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email())
    .transform((email) => email.toLowerCase()),
  ...preferences,
});

export const preferencesForm = z.object({ token: z.string().max(200), ...preferences });

export const tokenForm = z.object({ token: z.string().max(200), locale: z.enum(locales) });

/** The posted fields as a plain object: repeated checkboxes become arrays, absent fields undefined. */
export function formFields(form: URLSearchParams) {
  return {
    locale: form.get('locale') ?? undefined,
    email: form.get('email') ?? undefined,
    token: form.get('token') ?? undefined,
    languages: form.getAll('languages'),
    topics: form.getAll('topics'),
  };
}

export function formError(error: z.ZodError): FormError {
  const field = error.issues[0]?.path[0];
  return field === 'email' || field === 'languages' || field === 'topics' ? field : 'invalid';
}

/** The honeypot: a field people never see or fill in. A form with it filled is answered as if all went well. */
export const HONEYPOT = 'website';
