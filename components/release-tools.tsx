import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { CopyButton } from './copy-button';

/**
 * What a journalist takes from a release: the whole text, the link, share links (plain links: no third-party
 * script or request until the reader clicks one) and a clean printout.
 */
export async function ReleaseTools({ locale, url, title, plainText }: { locale: Locale; url: string; title: string; plainText: string }) {
  const t = await getTranslations({ locale, namespace: 'tools' });
  const encodedUrl = encodeURIComponent(url);
  const shares = [
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}` },
    { label: 'X', href: `https://x.com/intent/post?url=${encodedUrl}&text=${encodeURIComponent(title)}` },
    { label: t('email'), href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodedUrl}` },
  ];
  return (
    <section aria-labelledby="tools" className="print:hidden">
      <h2 id="tools" className="mb-3 font-bold">{t('heading')}</h2>
      <div className="flex flex-wrap gap-2">
        <CopyButton text={plainText} label={t('copyText')} done={t('copied')} />
        <CopyButton text={url} label={t('copyLink')} done={t('copied')} />
      </div>
      <p className="mt-4 text-sm text-muted">{t('share')}</p>
      <ul className="mt-2 flex flex-wrap gap-3 text-sm">
        {shares.map((share) => (
          <li key={share.label}>
            <a className="text-accent underline" href={share.href} rel="noopener noreferrer" target="_blank">
              {share.label}
              <span className="sr-only"> ({t('newWindow')})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
