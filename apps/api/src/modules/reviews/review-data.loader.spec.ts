import type { DataSource, EntityManager } from 'typeorm';
import { ReviewDataLoader } from './review-data.loader';

/** An entity manager on a transaction's one connection whose nth query fails (as a cut connection does). */
function transactionManager(failAt: number) {
  const sent: string[] = [];
  let busy = false;
  let overlapped = 0;
  const em = {
    queryRunner: {},
    query: async (sql: string) => {
      if (busy) overlapped++;
      sent.push(sql);
      busy = true;
      await new Promise((r) => setTimeout(r, 2));
      busy = false;
      if (sent.length === failAt) throw new Error('Connection terminated unexpectedly');
      return [];
    },
  } as unknown as EntityManager;
  return { em, sent, overlapped: () => overlapped };
}

describe('ReviewDataLoader on a transaction', () => {
  const loader = new ReviewDataLoader({} as DataSource);
  const ids = ['00000000-0000-4000-8000-000000000001'];

  it('should send its queries one after another', async () => {
    const t = transactionManager(0);
    await loader.load(ids, new Date('2026-12-07T09:00:00Z'), t.em);
    expect(t.sent.length).toBeGreaterThan(3);
    expect(t.overlapped()).toBe(0);
  });

  it('should send no query after one fails (the transaction rolls back on that connection)', async () => {
    const t = transactionManager(2);
    await expect(loader.load(ids, new Date('2026-12-07T09:00:00Z'), t.em)).rejects.toThrow(
      'Connection terminated unexpectedly',
    );
    // Whatever was queued behind the failed query would have gone out beside the ROLLBACK.
    await new Promise((r) => setTimeout(r, 50));
    expect(t.sent).toHaveLength(2);
  });
});
