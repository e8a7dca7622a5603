import type { ReactNode } from 'react';

/** The page's horizontal frame: one max width and one gutter everywhere. */
export function Container({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <div className={`mx-auto w-full max-w-(--container-page) px-gutter ${className}`}>{children}</div>;
}
