import type { ReactNode } from 'react';

/**
 * A section named by its own heading (aria-labelledby), so that screen readers list it among the page's regions:
 * the side column and the parts of a release page. `id` is also the fragment that links to it (#corrections).
 */
export function LabelledSection({
  id,
  heading,
  className,
  headingClassName = 'mb-3 font-bold',
  children,
}: {
  id: string;
  heading: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
