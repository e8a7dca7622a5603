import 'server-only';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { formFields, tokenForm } from './forms';
import { answerLocale, isSameOrigin, readForm, seeOther, withError } from './http';
import { subscriberFromToken } from './server';
import type { Subscriber } from './subscriptions';
import type { TokenPurpose } from './tokens';

type Answer = { locale: Locale; refuse: (error: string) => Response };

/**
 * The POST handler of a form that acts on one subscriber through a signed link (confirm, download the data,
 * erase): size and encoding of the form, Origin, and the token's shape, signature, purpose and expiry are checked
 * the same way for each, and every refusal goes back to `page` with its reason, in the reader's language.
 */
export function tokenFormHandler(
  purpose: TokenPurpose,
  page: (locale: Locale) => string,
  action: string,
  act: (subscriber: Subscriber, answer: Answer) => Promise<Response>,
) {
  return async function POST(request: Request): Promise<Response> {
    const read = await readForm(request);
    const locale = answerLocale(request, read.ok ? read.form : undefined);
    const refuse = (error: string) => seeOther(withError(page(locale), error));
    if (!isSameOrigin(request, env.siteUrl)) return refuse('origin');
    if (!read.ok) return refuse(read.error);
    const parsed = tokenForm.safeParse(formFields(read.form));
    if (!parsed.success) return refuse('invalidLink');
    try {
      const found = await subscriberFromToken(parsed.data.token, purpose);
      if (!found.ok) return refuse(found.error);
      return await act(found.subscriber, { locale, refuse });
    } catch (error) {
      console.error(`alerts: ${action} failed`, error);
      return refuse('unavailable');
    }
  };
}
