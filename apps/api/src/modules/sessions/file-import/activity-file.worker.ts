/**
 * Worker-thread entry: parses one activity file off the main event loop and posts back either the parsed
 * activity or the parser's error (code and message), never throwing across the thread boundary.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { ActivityFileError } from './activity-file.errors';
import { parseActivityFile } from './activity-file.parser';

export interface ParseJob {
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

if (parentPort && workerData) {
  parentPort.postMessage(run(workerData as ParseJob));
}
