import type { ReactNode } from 'react';

/** A link that looks like a button: for the main action of a section. */
export function ButtonLink({
  href,
  children,
  variant = 'primary',
  ...rest
}: {
  href: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary';
  hrefLang?: string;
  download?: string | boolean;
}) {
  const look =
    variant === 'primary'
      ? 'bg-fg text-bg hover:bg-accent hover:text-accent-fg'
      : 'border border-line text-fg hover:border-fg';
  return (
    <a
      href={href}
      className={`inline-flex min-h-11 items-center gap-2 rounded-full px-5 py-2 text-sm font-semibold transition-colors ${look}`}
      {...rest}
    >
      {children}
    </a>
  );
}
