import type { ReactNode } from 'react';

export function SectionHeading({ id, children, action }: { id?: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-line pb-3">
      <h2 id={id} className="text-xl font-bold tracking-tight sm:text-2xl">
        {children}
      </h2>
      {action}
    </div>
  );
}
