/**
 * Group commit: items submitted while `concurrency` batches are already running wait and go together in
 * the next batch (up to `maxBatch`), one round trip and one transaction for all of them. A lone item on a
 * quiet server runs at once, on its own, so batching adds no latency until the database is busy; under
 * load the batches grow by themselves and each costs the server (and PostgreSQL) one statement instead of
 * one per item.
 *
 * `run` settles each item on its own: one item's failure is reported to that item alone.
 */
export class GroupCommit<I, O> {
  private readonly queue: Array<{ item: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  private running = 0;

  constructor(
    private readonly run: (items: I[]) => Promise<Array<PromiseSettledResult<O>>>,
    private readonly concurrency: number,
    private readonly maxBatch: number,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  /** Items waiting for a batch (not yet sent to the database). */
  get waiting(): number {
    return this.queue.length;
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.running++;
      this.run(batch.map((b) => b.item))
        .then(
          (results) =>
            batch.forEach((b, i) => {
              const r = results[i];
              if (r?.status === 'fulfilled') b.resolve(r.value);
              else b.reject(r ? r.reason : new Error('group commit: no result for an item'));
            }),
          (e: unknown) => batch.forEach((b) => b.reject(e)),
        )
        .finally(() => {
          this.running--;
          this.pump();
        });
    }
  }
}
