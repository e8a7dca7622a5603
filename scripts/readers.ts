import { newSubscriberId } from '@/lib/alerts/tokens';
import { writeTransaction, type Db } from '@/lib/storage/db';

/**
 * `count` confirmed subscribers to every topic, in English, confirmed at `at`, written in bulk (a thousand rows per
 * transaction): the same rows as a request and its confirmation write (lib/alerts/subscriptions.ts), without the
 * thousands of transactions. For tests and `npm run bench:alerts`, which need many readers fast.
 */
export async function confirmedReaders(db: Db, count: number, at: Date, prefix = 'reader'): Promise<void> {
  const when = at.toISOString();
  const width = String(count - 1).length;
  for (let start = 0; start < count; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
      id: newSubscriberId(),
      email: `${prefix}${String(start + i).padStart(width, '0')}@example.com`,
      locale: 'en',
      languages: '["en"]',
      topics: null,
      status: 'confirmed' as const,
      consent_text: 'I agree.',
      consent_locale: 'en',
      consent_at: when,
      created_at: when,
      updated_at: when,
      confirmed_at: when,
    }));
    // 12 columns × 1000 rows stays under both engines' limits on bound parameters.
    await writeTransaction(db, (trx) => trx.insertInto('subscribers').values(rows).execute());
  }
}
