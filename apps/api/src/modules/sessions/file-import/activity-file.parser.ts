import { createHash } from 'node:crypto';
import { extname } from 'node:path';

import type { FitMessages, RecordMesg, SessionMesg } from '@garmin/fitsdk';
import { gpx } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';

import { ActivityFileError, MAX_ACTIVITY_FILE_BYTES } from './activity-file.errors';
import { fitsdk } from './fitsdk.loader';

export type ActivityFileFormat = 'FIT' | 'GPX';

/** What an uploaded FIT or GPX file tells us about one logged session. */
export interface ParsedActivity {
  format: ActivityFileFormat;
  /** The instant the activity started (a UTC instant; local dates are derived later from the athlete's timezone). */
  startTime: Date;
  /** Elapsed seconds, rounded: FIT session total_elapsed_time (else timer time), GPX first → last trackpoint. */
  durationSeconds: number;
  /** FIT session total_distance, GPX haversine sum over each track segment; null when the file has none. */
  distanceMeters: number | null;
  /** Whole beats per minute: FIT session avg_heart_rate (else record mean), GPX mean of TrackPointExtension hr. */
  averageHeartRate: number | null;
  /** As the file names it (FIT `sport`, e.g. "running"; GPX `<trk><type>`), or null. */
  sport: string | null;
  /** sha256 hex of the raw bytes, so a re-import of the same file can be recognised. */
  contentHash: string;
}

/** Mean Earth radius (IUGG), as used by most GPS tools for haversine distances. */
const EARTH_RADIUS_METERS = 6_371_008.8;

/**
 * Turns the bytes of an uploaded activity file into session facts. The format is detected from the content
 * (FIT header signature, GPX root element); the filename only sharpens the error message.
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
  switch (detectFormat(buffer)) {
    case 'FIT':
      return { ...parseFit(buffer, filename), contentHash };
    case 'GPX':
      return { ...parseGpx(buffer, filename), contentHash };
    case null:
      break;
  }

  const extension = extname(originalFilename).toLowerCase();
  if (extension === '.fit' || extension === '.gpx') {
    throw new ActivityFileError(
      'FILE_CORRUPT',
      `"${filename}" is named like a ${extension.slice(1).toUpperCase()} file but does not contain one; it may be damaged or incomplete.`,
    );
  }
  throw new ActivityFileError(
    'FILE_UNSUPPORTED',
    `"${filename}" is not a FIT or GPX activity file. Export the activity as .fit or .gpx and try again.`,
  );
}

/** FIT: a 12- or 14-byte header with ".FIT" at bytes 8–11. GPX: XML whose root element is <gpx>. */
export function detectFormat(buffer: Buffer): ActivityFileFormat | null {
  if (
    buffer.length >= 12 &&
    (buffer[0] === 12 || buffer[0] === 14) &&
    buffer.toString('latin1', 8, 12) === '.FIT'
  ) {
    return 'FIT';
  }
  return rootElementName(buffer) === 'gpx' ? 'GPX' : null;
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
// FIT (official Garmin SDK)

type FitFields = Omit<ParsedActivity, 'contentHash'>;

function parseFit(buffer: Buffer, filename: string): FitFields {
  const corrupt = (detail: string, cause?: unknown): ActivityFileError =>
    new ActivityFileError(
      'FILE_CORRUPT',
      `"${filename}" is a damaged FIT file (${detail}). Export it again from your device or app.`,
      { cause },
    );

  let messages: FitMessages;
  try {
    const decoder = new fitsdk.Decoder(fitsdk.Stream.fromBuffer(buffer));
    if (!decoder.checkIntegrity()) {
      throw corrupt(
        isTruncatedFit(buffer)
          ? 'it is incomplete, probably cut off during transfer'
          : 'its checksum does not match',
      );
    }
    const result = decoder.read();
    if (result.errors.length > 0) {
      throw corrupt(`decoding failed: ${result.errors[0].message}`, result.errors[0]);
    }
    messages = result.messages;
  } catch (error) {
    if (error instanceof ActivityFileError) throw error;
    throw corrupt('it could not be decoded', error);
  }

  const fileType = messages.fileIdMesgs?.[0]?.type;
  if (fileType !== undefined && fileType !== 'activity') {
    throw new ActivityFileError(
      'FILE_UNSUPPORTED',
      `"${filename}" is a FIT ${String(fileType)} file, not a recorded activity.`,
    );
  }

  const sessions = messages.sessionMesgs ?? [];
  const records = (messages.recordMesgs ?? []).filter((record) => toDate(record.timestamp) !== null);
  if (sessions.length === 0 && records.length === 0) {
    throw corrupt('it has no session or timed records');
  }

  const startTime =
    earliest(sessions.map((session) => toDate(session.startTime))) ??
    earliest(records.map((record) => toDate(record.timestamp)));
  if (!startTime) {
    throw corrupt('it has no start time');
  }

  return {
    format: 'FIT',
    startTime,
    durationSeconds: Math.round(fitDuration(sessions, records)),
    distanceMeters: fitDistance(sessions, records),
    averageHeartRate: fitAverageHeartRate(sessions, records),
    sport: fitSport(sessions, messages),
  };
}

/** The header declares the data size; a shorter file was cut off. */
function isTruncatedFit(buffer: Buffer): boolean {
  const headerSize = buffer[0];
  if (buffer.length < headerSize) return true;
  const dataSize = buffer.readUInt32LE(4);
  return buffer.length < headerSize + dataSize + 2;
}

function fitDuration(sessions: SessionMesg[], records: RecordMesg[]): number {
  const fromSessions = sumDefined(
    sessions.map((s) => finite(s.totalElapsedTime) ?? finite(s.totalTimerTime)),
  );
  if (fromSessions !== null) return fromSessions;
  const times = records.map((record) => toDate(record.timestamp)!.getTime());
  return (maxOf(times) - minOf(times)) / 1000;
}

function fitDistance(sessions: SessionMesg[], records: RecordMesg[]): number | null {
  const fromSessions = sumDefined(sessions.map((s) => finite(s.totalDistance)));
  if (fromSessions !== null) return roundTo(fromSessions, 2);
  const distances = records.map((r) => finite(r.distance)).filter((d): d is number => d !== null);
  return distances.length > 0 ? roundTo(maxOf(distances), 2) : null;
}

/** Session averages, weighted by timer time when there are several sessions; else the record mean. */
function fitAverageHeartRate(sessions: SessionMesg[], records: RecordMesg[]): number | null {
  let weighted = 0;
  let weight = 0;
  for (const session of sessions) {
    const hr = finite(session.avgHeartRate);
    if (hr === null || hr <= 0) continue;
    const w = sessions.length === 1 ? 1 : (finite(session.totalTimerTime) ?? 0);
    weighted += hr * w;
    weight += w;
  }
  if (weight > 0) return Math.round(weighted / weight);
  return mean(records.map((r) => finite(r.heartRate)).filter((hr): hr is number => hr !== null && hr > 0));
}

function fitSport(sessions: SessionMesg[], messages: FitMessages): string | null {
  const sessionSports = [...new Set(sessions.map((s) => s.sport).filter((sport) => sport != null))];
  if (sessionSports.length > 1) return 'multisport';
  const sport = sessionSports[0] ?? messages.sportMesgs?.find((s) => s.sport != null)?.sport;
  return sport == null ? null : String(sport);
}

// ---------------------------------------------------------------------------------------------------------
// GPX (@tmcw/togeojson over @xmldom/xmldom)

type GpxFields = Omit<ParsedActivity, 'contentHash'>;
type Position = number[];

function parseGpx(buffer: Buffer, filename: string): GpxFields {
  const corrupt = (detail: string, cause?: unknown): ActivityFileError =>
    new ActivityFileError(
      'FILE_CORRUPT',
      `"${filename}" is not a usable GPX file (${detail}). Export it again from your device or app.`,
      { cause },
    );

  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let collection: ReturnType<typeof gpx>;
  let firstProblem: string | null = null;
  try {
    // Any report from the parser — even a "warning" such as an unquoted attribute — means the XML is not
    // well-formed; stop instead of reading a silently partial document.
    const parser = new DOMParser({
      onError: (_level, message) => {
        firstProblem ??= message.split('\n')[0];
        throw new Error(firstProblem);
      },
    });
    const doc = parser.parseFromString(text, 'text/xml');
    collection = gpx(doc as unknown as Parameters<typeof gpx>[0]);
  } catch (error) {
    const detail = firstProblem ?? String((error as Error)?.message ?? error).split('\n')[0];
    throw corrupt(`malformed XML: ${detail}`, error);
  }

  const times: number[] = [];
  const heartRates: number[] = [];
  let distance = 0;
  let hasDistance = false;
  let sport: string | null = null;

  for (const feature of collection.features) {
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    if (properties._gpxType !== 'trk' || !feature.geometry) continue;

    const geometry = feature.geometry;
    const segments: Position[][] =
      geometry.type === 'LineString'
        ? [geometry.coordinates]
        : geometry.type === 'MultiLineString'
          ? geometry.coordinates
          : [];
    const coordinateProperties = (properties.coordinateProperties ?? {}) as Record<string, unknown>;

    const trackTimes = flatten(coordinateProperties.times)
      .map((time) => (typeof time === 'string' ? Date.parse(time) : NaN))
      .filter((ms) => Number.isFinite(ms));
    if (trackTimes.length === 0) continue;
    for (const ms of trackTimes) times.push(ms);

    for (const segment of segments) {
      for (let i = 1; i < segment.length; i++) {
        distance += haversineMeters(segment[i - 1], segment[i]);
        hasDistance = true;
      }
    }

    const hr = flatten(coordinateProperties.heart ?? coordinateProperties.heartRates);
    for (const v of hr) if (typeof v === 'number' && Number.isFinite(v) && v > 0) heartRates.push(v);

    if (sport === null && typeof properties.type === 'string' && properties.type.trim() !== '') {
      sport = properties.type.trim();
    }
  }

  if (times.length === 0) {
    throw corrupt('it has no timed track points');
  }

  const start = minOf(times);
  const end = maxOf(times);
  return {
    format: 'GPX',
    startTime: new Date(start),
    durationSeconds: Math.round((end - start) / 1000),
    distanceMeters: hasDistance ? roundTo(distance, 2) : null,
    averageHeartRate: mean(heartRates),
    sport,
  };
}

/** Great-circle distance between two [lon, lat] positions. */
export function haversineMeters(a: Position, b: Position): number {
  const toRad = (deg: number): number => (deg * Math.PI) / 180;
  const dLat = toRad(b[1] - a[1]);
  const dLon = toRad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a[1])) * Math.cos(toRad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

// ---------------------------------------------------------------------------------------------------------
// helpers

/** FIT dates come from the SDK's realm; copy them so `instanceof Date` holds everywhere. */
function toDate(value: unknown): Date | null {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const ms = (value as Date).getTime();
    return Number.isFinite(ms) ? new Date(ms) : null;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return new Date(fitsdk.Utils.convertDateTimeToDate(value).getTime());
  }
  return null;
}

function earliest(dates: Array<Date | null>): Date | null {
  const ms = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return ms.length > 0 ? new Date(minOf(ms)) : null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function sumDefined(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? present.reduce((a, b) => a + b, 0) : null;
}

function mean(values: number[]): number | null {
  return values.length > 0 ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;
}

function flatten(value: unknown): unknown[] {
  return Array.isArray(value) ? value.flatMap((v) => (Array.isArray(v) ? v : [v])) : [];
}

/** Loops rather than Math.min(...values): a 20 MB track has too many points to spread as arguments. */
function minOf(values: number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

function maxOf(values: number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The uploaded name as it may appear in a message: no control characters, at most 80 characters. */
function displayName(filename: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = filename.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'upload';
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
