import { getTranslations } from 'next-intl/server';
import { choiceSummary, type AlertChoice } from '@/lib/alerts/choice-summary';
import { isolate, type Locale } from '@/lib/i18n/locales';

/** A subscription's languages and topics (and, where the page does not say it already, the address) as a list. */
export async function AlertChoiceSummary({
  locale,
  choice,
  email,
}: {
  locale: Locale;
  choice: AlertChoice;
  email?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const lines = [
    ...(email === undefined ? [] : [t('summaryEmail', { email: isolate(email, locale) })]),
    ...choiceSummary(locale, choice),
  ];
  return (
    <ul className="mt-4 list-disc space-y-1 ps-5">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
