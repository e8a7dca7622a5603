import { cookies } from 'next/headers';
import { z } from 'zod';
import { topics } from '@/lib/content/taxonomy';
import { locales, type Locale } from '@/lib/i18n/locales';
import { subscribePath } from '@/lib/routing';
import type { AlertChoice } from './choice-summary';
import { topicChoice } from './forms';

/**
 * The last alerts form a browser posted, kept for a few minutes in a cookie, so that a refused form comes back
 * exactly as it was filled in and "check your inbox" can repeat the address and the choice.
 *
 * Why a cookie: a form post is answered with a 303 to a page (a reload never posts twice), and that page must not
 * carry the address in its URL, which ends up in access logs, caches, the history and Referer headers. The cookie
 * is HttpOnly (no script reads it), SameSite=Strict, scoped to the alert pages of one language, Secure on an https
 * site, and lives ten minutes; the pages that read it are rendered per request and answered `private, no-store`.
 * It holds only what this browser itself typed, and it is parsed like any other input: a bad cookie is no cookie.
 */
const POSTED_FORM_COOKIE = 'alerts-form';
const MAX_AGE_SECONDS = 600;

const choices = {
  languages: z.array(z.enum(locales)).max(locales.length),
  topics: z.array(z.enum(topics)).max(topics.length),
};
const postedForm = z.discriminatedUnion('form', [
  // `sent`: whether it was answered "check your inbox" (which repeats it) or refused (the form comes back filled).
  z.object({ form: z.literal('subscribe'), sent: z.boolean(), email: z.string().max(254), ...choices }),
  // The settings page's address comes from its signed link; the subscriber id keeps one person's unsaved choices
  // off another subscriber's settings page in the same browser.
  z.object({ form: z.literal('preferences'), subscriber: z.string().max(64), ...choices }),
]);
export type PostedForm = z.infer<typeof postedForm>;

/** Only the values a form could have offered: what a person typed or ticked, however wrong, is kept. */
const offered = <T extends string>(values: string[], allowed: readonly T[]): T[] =>
  allowed.filter((value) => values.includes(value));

export function postedSubscribeForm(form: URLSearchParams, sent: boolean): PostedForm {
  return { form: 'subscribe', sent, email: (form.get('email') ?? '').trim().slice(0, 254), ...postedChoices(form) };
}

export function postedPreferencesForm(form: URLSearchParams, subscriber: string): PostedForm {
  return { form: 'preferences', subscriber, ...postedChoices(form) };
}

const postedChoices = (form: URLSearchParams) => ({
  languages: offered(form.getAll('languages'), locales),
  topics: offered(form.getAll('topics'), topics),
});

/** The Set-Cookie value that keeps `posted` for the alert pages of `locale`, or, without it, forgets it. */
export function postedFormCookie(locale: Locale, posted: PostedForm | undefined, siteUrl: string): string {
  const value = posted ? Buffer.from(JSON.stringify(posted)).toString('base64url') : '';
  return [
    `${POSTED_FORM_COOKIE}=${value}`,
    `Path=${subscribePath(locale)}`,
    `Max-Age=${posted ? MAX_AGE_SECONDS : 0}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(siteUrl.startsWith('https:') ? ['Secure'] : []),
  ].join('; ');
}

/** The choice a posted form makes, read as the form is (no topic ticked means all topics). */
export const postedChoice = (posted: PostedForm): AlertChoice => ({
  languages: posted.languages,
  topics: topicChoice.parse(posted.topics),
});

/** The cookie's value as a form, or undefined when it is absent or not one this site wrote. */
export function readPostedForm(value: string | undefined): PostedForm | undefined {
  if (!value) return undefined;
  try {
    return postedForm.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))).data;
  } catch {
    return undefined;
  }
}

/** The form this request's browser last posted to the alert pages it is asking for. */
export async function postedFormOfRequest(): Promise<PostedForm | undefined> {
  return readPostedForm((await cookies()).get(POSTED_FORM_COOKIE)?.value);
}
