import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { ActivityFileError, MAX_ACTIVITY_FILE_BYTES } from './activity-file.errors';
import { readFit } from './fit-activity';
import { ActivityFacts, ActivityFileFormat, formatDuration } from './parse-helpers';
import { readGpx, readTcx } from './xml-activity';

export type { ActivityFileFormat } from './parse-helpers';
export { haversineMeters } from './parse-helpers';

/** What an uploaded activity file tells us about one logged session. */
export interface ParsedActivity extends ActivityFacts {
  /** The upload was gzip-compressed (`.fit.gz`, `.gpx.gz`, `.tcx.gz` from a Strava bulk export). */
  gzipped: boolean;
  /** sha256 hex of the raw uploaded bytes, so a re-import of the same file can be recognised. */
  contentHash: string;
}

/** Shortest activity that makes a session: anything under 30 s rounds to 0 minutes. */
export const MIN_ACTIVITY_SECONDS = 30;
/** Longest: a day. */
export const MAX_ACTIVITY_SECONDS = 24 * 3600;
/** GPS sport watches came later; a start before this is a device clock that was never set. */
export const EARLIEST_ACTIVITY = Date.parse('2000-01-01T00:00:00Z');
/** A gzip upload may inflate to at most this much. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/**
 * Turns the bytes of an uploaded activity file into session facts. The format is detected from the content
 * (gzip magic, FIT header signature, GPX / TCX root element); the filename only sharpens the message.
 *
 * @throws ActivityFileError FILE_EMPTY | FILE_TOO_LARGE | FILE_UNSUPPORTED | FILE_CORRUPT
 */
export function parseActivityFile(buffer: Buffer, originalFilename: string): ParsedActivity {
  const filename = displayName(originalFilename);
  if (buffer.length === 0) {
    throw new ActivityFileError('FILE_EMPTY', `"${filename}" is empty.`);
  }
  if (buffer.length > MAX_ACTIVITY_FILE_BYTES) {
    throw new ActivityFileError(
      'FILE_TOO_LARGE',
      `"${filename}" is ${formatMegabytes(buffer.length)}; activity files may be at most ${formatMegabytes(MAX_ACTIVITY_FILE_BYTES)}.`,
    );
  }
  const contentHash = createHash('sha256').update(buffer).digest('hex');

  let bytes = buffer;
  const gzipped = isGzip(buffer);
  if (gzipped) {
    try {
      bytes = gunzipSync(buffer, { maxOutputLength: MAX_INFLATED_BYTES });
    } catch (error) {
      const tooBig = (error as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE';
      throw new ActivityFileError(
        tooBig ? 'FILE_TOO_LARGE' : 'FILE_CORRUPT',
        tooBig
          ? `"${filename}" unpacks to more than ${formatMegabytes(MAX_INFLATED_BYTES)}.`
          : `"${filename}" is a damaged gzip file (it could not be unpacked). Export it again.`,
        { cause: error },
      );
    }
  }

  const facts = readFormat(bytes, filename, originalFilename, gzipped);
  checkPlausible(facts, filename);
  return { ...facts, gzipped, contentHash };
}

function readFormat(
  bytes: Buffer,
  filename: string,
  originalFilename: string,
  gzipped: boolean,
): ActivityFacts {
  switch (detectFormat(bytes)) {
    case 'FIT':
      return readFit(bytes, filename);
    case 'GPX':
      return readGpx(bytes, filename);
    case 'TCX':
      return readTcx(bytes, filename);
    case null:
      break;
  }
  const extension = extname(originalFilename.replace(/\.gz$/i, '')).toLowerCase();
  if (extension === '.fit' || extension === '.gpx' || extension === '.tcx') {
    throw new ActivityFileError(
      'FILE_CORRUPT',
      `"${filename}" is named like a ${extension.slice(1).toUpperCase()} file but does not contain one; it may be damaged or incomplete.`,
    );
  }
  const root = rootElementName(bytes);
  throw new ActivityFileError(
    'FILE_UNSUPPORTED',
    root
      ? `"${filename}" is an XML file of another kind (<${root}>), not a FIT, GPX or TCX activity file.`
      : `"${filename}" is not a FIT, GPX or TCX activity file${gzipped ? ' (it is gzip-compressed, but what it holds is none of them)' : ''}. Export the activity as .fit, .gpx or .tcx and try again.`,
  );
}

/** Values no session can have: refused with what the file is, never stored. */
function checkPlausible(facts: ActivityFacts, filename: string): void {
  const start = facts.startTime.getTime();
  if (start < EARLIEST_ACTIVITY) {
    throw new ActivityFileError(
      'FILE_UNSUPPORTED',
      `"${filename}" says it was recorded on ${facts.startTime.toISOString().slice(0, 10)}: the device's clock was not set, so the activity cannot be dated. Log the session by hand instead.`,
    );
  }
  if (facts.elapsedSeconds < MIN_ACTIVITY_SECONDS) {
    throw new ActivityFileError(
      'FILE_UNSUPPORTED',
      `"${filename}" records ${formatDuration(facts.elapsedSeconds)} of activity, under a minute: too short to log as a session.`,
    );
  }
  if (facts.elapsedSeconds > MAX_ACTIVITY_SECONDS) {
    throw new ActivityFileError(
      'FILE_UNSUPPORTED',
      `"${filename}" spans ${formatDuration(facts.elapsedSeconds)}, more than a day: it is not one session.`,
    );
  }
}

function isGzip(buffer: Buffer): boolean {
  return buffer.length >= 3 && buffer[0] === 0x1f && buffer[1] === 0x8b && buffer[2] === 0x08;
}

/** FIT: a 12- or 14-byte header with ".FIT" at bytes 8–11. GPX / TCX: XML whose root is <gpx> / <TrainingCenterDatabase>. */
export function detectFormat(buffer: Buffer): ActivityFileFormat | null {
  if (
    buffer.length >= 12 &&
    (buffer[0] === 12 || buffer[0] === 14) &&
    buffer.toString('latin1', 8, 12) === '.FIT'
  ) {
    return 'FIT';
  }
  const root = rootElementName(buffer);
  if (root === 'gpx') return 'GPX';
  if (root === 'trainingcenterdatabase') return 'TCX';
  return null;
}

/** Local name of the first element, skipping a BOM, the XML declaration, comments and a doctype. */
function rootElementName(buffer: Buffer): string | null {
  let text = buffer.toString('utf8', 0, Math.min(buffer.length, 4096));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const prologue =
    /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/;
  const match = prologue.exec(text);
  return match ? match[2].toLowerCase() : null;
}

// ---------------------------------------------------------------------------------------------------------
// helpers

/** The uploaded name as it may appear in a message: no control characters, at most 80 characters. */
export function displayName(filename: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = filename.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'upload';
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
