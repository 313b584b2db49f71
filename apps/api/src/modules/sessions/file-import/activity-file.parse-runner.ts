import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { ActivityFileError, MAX_ACTIVITY_FILE_BYTES } from './activity-file.errors';
import { ParsedActivity, parseActivityFile } from './activity-file.parser';
import type { ParseJob, ParseReply } from './activity-file.worker';

/** Files up to this size are parsed inline (a few ms); larger ones in a worker thread (GPX: ~1 s per MB). */
export const INLINE_PARSE_MAX_BYTES = 1024 * 1024;

const WORKER_ENTRY = join(__dirname, 'activity-file.worker');

/**
 * Running from TypeScript sources (ts-jest, ts-node scripts) there is no compiled worker file: the worker
 * registers ts-node itself, then loads the .ts entry. The compiled app starts the emitted .js directly.
 */
function startWorker(job: ParseJob): Worker {
  if (__filename.endsWith('.ts')) {
    const bootstrap = `
      require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
      require(${JSON.stringify(`${WORKER_ENTRY}.ts`)});`;
    return new Worker(bootstrap, { eval: true, workerData: job });
  }
  return new Worker(`${WORKER_ENTRY}.js`, { workerData: job });
}

/** A tiny counting semaphore: at most `limit` parser threads at once, the rest wait their turn. */
class Slots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/** Generous: a valid 20 MB GPX parses in ~15 s on a slow core. */
export const PARSE_TIMEOUT_MS = 60_000;

const slots = new Slots(Math.min(4, Math.max(1, availableParallelism() - 1)));

function parseInWorker(buffer: Buffer, filename: string, timeoutMs: number): Promise<ParsedActivity> {
  return new Promise<ParsedActivity>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    // Copies the bytes into the worker (structured clone); the upload buffer stays the caller's.
    const worker = startWorker({
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
      filename,
    });
    worker.once('message', (reply: ParseReply) =>
      settle(() => {
        // A Date rebuilt here, in the caller's realm (structured clone creates it in Node's own context).
        if (reply.ok) resolve({ ...reply.activity, startTime: new Date(reply.activity.startTime.getTime()) });
        else if (reply.code) reject(new ActivityFileError(reply.code, reply.message));
        else reject(new Error(`Activity parser failed: ${reply.message}`));
      }),
    );
    // A pathological file must not hold a parser slot forever.
    const timer = setTimeout(
      () =>
        settle(() => {
          void worker.terminate();
          reject(
            new ActivityFileError('FILE_CORRUPT', `The file took longer than ${timeoutMs / 1000} s to read`),
          );
        }),
      timeoutMs,
    );
    timer.unref();
    worker.once('message', () => clearTimeout(timer));
    worker.once('exit', () => clearTimeout(timer));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`Activity parser worker exited with code ${code} before replying`))),
    );
  });
}

/**
 * `parseActivityFile`, off the event loop for big files so one 20 MB GPX upload does not stall every other
 * request for seconds. Same result and the same ActivityFileError codes either way.
 */
export async function parseActivityFileAsync(
  buffer: Buffer,
  filename: string,
  inlineMaxBytes = INLINE_PARSE_MAX_BYTES,
  timeoutMs = PARSE_TIMEOUT_MS,
): Promise<ParsedActivity> {
  // Oversized input is refused by the parser before any work: no thread needed for that answer.
  if (buffer.length <= inlineMaxBytes || buffer.length > MAX_ACTIVITY_FILE_BYTES) {
    return parseActivityFile(buffer, filename);
  }
  return slots.run(() => parseInWorker(buffer, filename, timeoutMs));
}
