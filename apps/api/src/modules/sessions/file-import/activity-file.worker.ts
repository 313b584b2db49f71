/**
 * Worker-thread entry: parses activity files off the main event loop, one message per job, and posts back
 * either the parsed activity or the parser's error (code and message), never throwing across the thread
 * boundary. The thread lives on between jobs (see the pool in activity-file.parse-runner).
 */
import { parentPort } from 'node:worker_threads';

import { ActivityFileError } from './activity-file.errors';
import { parseActivityFile } from './activity-file.parser';

export interface ParseJob {
  id: number;
  bytes: Uint8Array;
  filename: string;
}

export type ParseReply =
  | { ok: true; activity: ReturnType<typeof parseActivityFile> }
  | { ok: false; code: ActivityFileError['code'] | null; message: string };

function run(job: ParseJob): ParseReply {
  try {
    const buffer = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    return { ok: true, activity: parseActivityFile(buffer, job.filename) };
  } catch (error) {
    if (error instanceof ActivityFileError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: null, message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (job: ParseJob) => {
  parentPort!.postMessage({ id: job.id, ...run(job) });
});
