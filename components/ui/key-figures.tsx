import { content } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { releasePath } from '@/lib/routing';
import { SectionHeading } from './section-heading';

/** The key figures of content/figures, each linked to the release that states it. */
export function KeyFigures({ locale, heading }: { locale: Locale; heading: string }) {
  const figures = content.keyFigures(locale);
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="key-figures">
      <SectionHeading id="key-figures">{heading}</SectionHeading>
      <dl className="grid gap-4 sm:grid-cols-3">
        {figures.map((figure) => (
          <div key={figure.id} className="flex flex-col rounded-2xl border border-line bg-surface p-6">
            <dt className="order-last mt-2 text-sm text-muted">
              <a href={releasePath(locale, figure.source)} className="hover:underline">
                {figure.label}
              </a>
            </dt>
            <dd className="text-5xl font-extrabold tracking-tight text-accent" dir="ltr">
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
