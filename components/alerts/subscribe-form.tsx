import { getTranslations } from 'next-intl/server';
import type { AlertChoice } from '@/lib/alerts/choice-summary';
import type { Locale } from '@/lib/i18n/locales';
import { alertsApiPath, subscribePath } from '@/lib/routing';
import { AlertsErrorNote, type AlertsError } from './notes';
import { PreferenceFields } from './preference-fields';

/**
 * The journalist-alerts sign-up: a plain form posted to /api/alerts/subscribe, so it works without JavaScript.
 * "full" (the /subscribe page) lets the visitor choose languages and topics; "compact" (archive, release pages)
 * subscribes to every topic in the page's language and links to the full form. `filled` is a refused form's input
 * (lib/alerts/posted-form.ts), shown again as it was sent beside the error.
 */
type Filled = { email: string; choice: AlertChoice };

export async function SubscribeForm({
  locale,
  variant,
  error,
  filled,
  className = '',
}: {
  locale: Locale;
  variant: 'full' | 'compact';
  error?: AlertsError;
  filled?: Filled;
  className?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const id = `subscribe-${variant}`;
  const describedBy = [`${id}-email-hint`, error === 'email' ? `${id}-error` : undefined].filter(Boolean).join(' ');

  return (
    <form
      method="post"
      action={alertsApiPath('subscribe')}
      className={`relative ${variant === 'compact' ? 'rounded-2xl border border-line bg-surface p-5 print:hidden' : ''} ${className}`}
      aria-labelledby={variant === 'compact' ? `${id}-title` : undefined}
    >
      {variant === 'compact' && (
        <>
          <h2 id={`${id}-title`} className="font-bold">
            {t('compactTitle')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('compactIntro')}</p>
        </>
      )}
      {error && <AlertsErrorNote id={`${id}-error`} locale={locale} error={error} />}
      <input type="hidden" name="locale" value={locale} />
      {/* The honeypot: hidden from people and assistive technology, filled in by naive bots (see lib/alerts/forms.ts). */}
      <div aria-hidden="true" className="absolute -start-[10000px] top-0 size-px overflow-hidden">
        <label htmlFor={`${id}-website`}>{t('honeypot')}</label>
        <input id={`${id}-website`} type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <label htmlFor={`${id}-email`} className="mt-4 block text-sm font-bold">
        {t('email')}
      </label>
      <input
        id={`${id}-email`}
        type="email"
        name="email"
        required
        maxLength={254}
        autoComplete="email"
        defaultValue={filled?.email}
        aria-describedby={describedBy}
        aria-invalid={error === 'email' ? true : undefined}
        className="mt-1 min-h-11 w-full rounded-lg border border-line bg-bg px-3 text-base"
      />
      <p id={`${id}-email-hint`} className="mt-1 text-xs text-muted">
        {t('emailHint')}
      </p>

      {variant === 'full' ? (
        <PreferenceFields
          locale={locale}
          idPrefix={id}
          chosen={filled?.choice ?? { languages: [locale], topics: 'all' }}
          invalid={error === 'languages' || error === 'topics' ? { field: error, errorId: `${id}-error` } : undefined}
        />
      ) : (
        <input type="hidden" name="languages" value={locale} />
      )}

      <p className={`mt-4 text-muted ${variant === 'compact' ? 'text-xs' : 'text-sm'}`}>{t('consent')}</p>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="submit" className="min-h-11 rounded-lg bg-fg px-5 font-semibold text-bg hover:opacity-90">
          {t('submit')}
        </button>
        {variant === 'compact' && (
          <a href={subscribePath(locale)} className="text-sm underline underline-offset-4">
            {t('moreOptions')}
          </a>
        )}
      </div>
    </form>
  );
}
