import { BasketList } from '@/components/basket/basket-list';
import { PageShell } from '@/components/layout/page-shell';
import { Container } from '@/components/ui/container';
import { MAX_ITEMS } from '@/lib/basket/items';
import { maxSizeText } from '@/lib/basket/totals';
import { locales, type Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { basketApiPath, basketPath, mediaLibraryPath, pathsIn } from '@/lib/routing';
import { basketListLabels } from './labels';

/**
 * The basket page, the same for every visitor (static): heading, what a basket is and holds, a notice shown only
 * without JavaScript, and the list island, which reads the basket from this browser.
 */
export function BasketPage({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <PageShell locale={locale} alternates={pathsIn(locales, basketPath)} current={basketPath(locale)}>
      <Container className="py-10 sm:py-14">
        <div className="max-w-(--container-measure)">
          <h1 id="basket-title" tabIndex={-1} className="text-display font-extrabold outline-none">
            {t('basket.title')}
          </h1>
          <p className="mt-4 text-lg text-muted">{t('basket.intro')}</p>
          <p className="mt-2 text-muted">{t('basket.caps', { maxItems: MAX_ITEMS, maxSize: maxSizeText(locale) })}</p>
          {/* Shown only without JavaScript (the no-js variant): the basket lives in the browser's storage. */}
          <p className="mt-6 hidden rounded-2xl border border-line bg-surface p-5 no-js:block">
            {t('basket.noScript')}{' '}
            <a href={mediaLibraryPath(locale)} className="font-semibold underline">
              {t('media.title')}
            </a>
          </p>
          <BasketList
            locale={locale}
            itemsApi={basketApiPath('items')}
            downloadAction={basketApiPath('download')}
            headingId="basket-title"
            labels={basketListLabels(locale)}
          />
        </div>
      </Container>
    </PageShell>
  );
}
