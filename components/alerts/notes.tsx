import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';

/** Every error an alerts page can be sent back with (`?error=`), each with a message in alerts.errors. */
const alertsErrors = [
  'email',
  'languages',
  'topics',
  'invalid',
  'tooLarge',
  'origin',
  'rateAddress',
  'rateClient',
  'unavailable',
  'invalidLink',
  'expiredConfirm',
  'expiredManage',
  'unknown',
  'notPending',
] as const;
export type AlertsError = (typeof alertsErrors)[number];

/** The `error` query parameter, if it is one we know (anything else is ignored, never echoed). */
export const alertsError = (value: unknown): AlertsError | undefined => z.enum(alertsErrors).safeParse(value).data;

export async function AlertsErrorNote({ id, locale, error }: { id: string; locale: Locale; error: AlertsError }) {
  const t = await getTranslations({ locale, namespace: 'alerts' });
  return (
    <div id={id} role="alert" className="mt-4 rounded-xl border-2 border-accent bg-bg p-4">
      <p className="font-bold">{t('errorTitle')}</p>
      <p className="mt-1">{t(`errors.${error}`)}</p>
    </div>
  );
}

/** A status line, and below it, where there is one, what it applies to (a list, so not inside the paragraph). */
export function AlertsStatusNote({ children, details }: { children: ReactNode; details?: ReactNode }) {
  return (
    <div role="status" className="mt-6 rounded-xl border border-accent bg-accent-soft p-4">
      <p className="font-semibold">{children}</p>
      {details}
    </div>
  );
}
