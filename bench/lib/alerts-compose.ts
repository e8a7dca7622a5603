import { alertComposer } from '@/lib/alerts/sender';

/** The alert e-mails of bench:alerts, the same in its sender runs (./alerts-run.ts) and its floor (../alerts.ts). */
export const benchFrom = 'smart Newsroom <newsroom-alerts@bench.example>';

export const benchComposer = (content: Parameters<typeof alertComposer>[0]['content'], now: Date) =>
  alertComposer({
    content,
    secret: 'b'.repeat(43),
    siteUrl: 'https://newsroom.bench.example',
    from: benchFrom,
    now: () => now,
  });
