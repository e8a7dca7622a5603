import { getTranslations } from 'next-intl/server';
import { LabelledSection } from '@/components/ui/labelled-section';
import type { Locale } from '@/lib/i18n/locales';
import { CopyButton } from '../ui/copy-button';

const barItem =
  'flex min-h-11 min-w-0 flex-1 flex-col items-center justify-center gap-0.5 rounded-lg px-1 py-1 text-center text-xs font-semibold leading-tight hover:bg-accent-soft sm:flex-none sm:flex-row sm:gap-2 sm:px-3 sm:text-sm';

function Icon({ d }: { d: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      className="size-5 shrink-0 fill-none stroke-current stroke-2"
    >
      <path d={d} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const icons = {
  text: 'M8 4h8l4 4v12H8zM16 4v4h4M4 8v12h4M11 12h6M11 16h6',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  kit: 'M12 4v11M7 10l5 5 5-5M5 19h14',
  contacts: 'M4 6h16v12H4zM4 7l8 6 8-6',
};

/**
 * "Take this release": the journalist's tools in one compact bar that stays in view while the release is read
 * (sticky at the top of the article, under which the text scrolls, never over it): copy the text (HTML and plain
 * text), copy the link, the press kit, the media contacts. First in keyboard order after the title. Not printed.
 */
export async function ReleaseActionBar({
  locale,
  url,
  text,
  html,
  pressKit,
}: {
  locale: Locale;
  url: string;
  text: string;
  html: string;
  pressKit?: { href: string; download: string; size: string };
}) {
  const t = await getTranslations({ locale, namespace: 'tools' });
  return (
    <nav
      aria-label={t('heading')}
      className="sticky top-0 z-10 border-y border-line bg-surface/95 backdrop-blur print:hidden"
      data-release-actions
    >
      <div className="mx-auto flex w-full max-w-(--container-page) gap-1 px-gutter py-1 sm:gap-2">
        <CopyButton
          text={text}
          html={html}
          label={t('copyText')}
          done={t('copied')}
          icon={<Icon d={icons.text} />}
          className={barItem}
        />
        <CopyButton
          text={url}
          label={t('copyLink')}
          done={t('copied')}
          icon={<Icon d={icons.link} />}
          className={barItem}
        />
        {pressKit && (
          <a href={pressKit.href} download={pressKit.download} type="application/zip" className={barItem}>
            <Icon d={icons.kit} />
            <span>
              {t('pressKit')} <span className="hidden font-normal text-muted sm:inline">({pressKit.size})</span>
            </span>
          </a>
        )}
        <a href="#contacts" className={barItem}>
          <Icon d={icons.contacts} />
          <span>{t('contacts')}</span>
        </a>
      </div>
    </nav>
  );
}

/** Share links: plain links, so no third-party script or request happens until the reader clicks one. */
export async function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const t = await getTranslations({ locale, namespace: 'tools' });
  const encodedUrl = encodeURIComponent(url);
  const shares = [
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`, newWindow: true },
    {
      label: 'X',
      href: `https://x.com/intent/post?url=${encodedUrl}&text=${encodeURIComponent(title)}`,
      newWindow: true,
    },
    // An e-mail opens the reader's mail program, not a window of ours.
    { label: t('email'), href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodedUrl}`, newWindow: false },
  ];
  return (
    <LabelledSection id="share" heading={t('share')} className="print:hidden">
      <ul className="flex flex-wrap gap-3 text-sm">
        {shares.map((share) => (
          <li key={share.label}>
            <a
              className="text-accent underline"
              href={share.href}
              {...(share.newWindow ? { rel: 'noopener noreferrer', target: '_blank' } : {})}
            >
              {share.label}
              {share.newWindow && <span className="sr-only"> ({t('newWindow')})</span>}
            </a>
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}
