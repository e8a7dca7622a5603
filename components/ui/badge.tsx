import type { ReactNode } from 'react';

export function Badge({
  children,
  title,
  tone = 'neutral',
}: {
  children: ReactNode;
  title?: string;
  tone?: 'neutral' | 'accent';
}) {
  const colours = tone === 'accent' ? 'bg-accent-soft text-fg' : 'border border-line text-muted';
  return (
    <span
      title={title}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide ${colours}`}
    >
      {children}
    </span>
  );
}
