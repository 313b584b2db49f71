import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { ActivityFileError, MAX_ACTIVITY_FILE_BYTES } from './activity-file.errors';
import { ParsedActivity, parseActivityFile } from './activity-file.parser';
import type { ParseJob, ParseReply } from './activity-file.worker';

/**
 * Files up to this size are parsed inline (about a millisecond); anything larger goes to a worker thread.
 * A 1 MB GPX takes 0.5–1 s to parse, which inline would hold every other request for as long.
 */
export const INLINE_PARSE_MAX_BYTES = 32 * 1024;

const WORKER_ENTRY = join(__dirname, 'activity-file.worker');

/**
 * Running from TypeScript sources (ts-jest, ts-node scripts) there is no compiled worker file: the worker
 * registers ts-node itself, then loads the .ts entry. The compiled app starts the emitted .js directly.
 */
function startWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const bootstrap = `
      require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
      require(${JSON.stringify(`${WORKER_ENTRY}.ts`)});`;
    return new Worker(bootstrap, { eval: true });
  }
  return new Worker(`${WORKER_ENTRY}.js`);
}

/** Generous: a valid 20 MB GPX parses in ~15 s on a slow core. */
export const PARSE_TIMEOUT_MS = 60_000;

interface Pending {
  resolve: (activity: ParsedActivity) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

/**
 * A long-lived parser thread that takes one job at a time. Idle, it does not keep the process alive; a job
 * that overruns its time limit terminates the thread (the pool starts a fresh one for the next job).
 */
class ParserThread {
  private readonly worker = startWorker();
  private pending: Pending | null = null;
  private nextId = 0;
  dead = false;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (reply: ParseReply & { id: number }) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`Activity parser worker exited with code ${code}`)));
  }

  parse(buffer: Buffer, filename: string, timeoutMs: number): Promise<ParsedActivity> {
    return new Promise<ParsedActivity>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.dead = true;
        void this.worker.terminate();
        this.pending = null;
        reject(
          new ActivityFileError('FILE_CORRUPT', `The file took longer than ${timeoutMs / 1000} s to read`),
        );
      }, timeoutMs);
      timer.unref();
      this.pending = { resolve, reject, timer };
      this.worker.ref();
      const job: ParseJob = {
        id: this.nextId++,
        // Copies the bytes into the worker (structured clone); the upload buffer stays the caller's.
        bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
        filename,
      };
      this.worker.postMessage(job);
    });
  }

  private settle(reply: ParseReply): void {
    const pending = this.take();
    if (!pending) return;
    // A Date rebuilt here, in the caller's realm (structured clone creates it in Node's own context).
    if (reply.ok)
      pending.resolve({ ...reply.activity, startTime: new Date(reply.activity.startTime.getTime()) });
    else if (reply.code) pending.reject(new ActivityFileError(reply.code, reply.message));
    else pending.reject(new Error(`Activity parser failed: ${reply.message}`));
  }

  private fail(error: unknown): void {
    this.dead = true;
    this.take()?.reject(error);
  }

  private take(): Pending | null {
    const pending = this.pending;
    this.pending = null;
    if (pending) clearTimeout(pending.timer);
    if (!this.dead) this.worker.unref();
    return pending;
  }
}

/** At most `size` parser threads, started on first use and reused; callers beyond that wait their turn. */
class ParserPool {
  private readonly idle: ParserThread[] = [];
  private busy = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async parse(buffer: Buffer, filename: string, timeoutMs: number): Promise<ParsedActivity> {
    if (this.busy >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy++;
    let thread = this.idle.pop();
    if (!thread || thread.dead) thread = new ParserThread();
    try {
      return await thread.parse(buffer, filename, timeoutMs);
    } finally {
      if (!thread.dead) this.idle.push(thread);
      this.busy--;
      this.waiting.shift()?.();
    }
  }
}

const pool = new ParserPool(Math.min(4, Math.max(1, availableParallelism() - 1)));

/**
 * `parseActivityFile`, off the event loop for anything but small files, so one big upload does not stall
 * every other request. Same result and the same ActivityFileError codes either way.
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
  return pool.parse(buffer, filename, timeoutMs);
}
