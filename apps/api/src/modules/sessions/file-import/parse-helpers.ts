import { ActivityFileError, ActivityFileErrorCode } from './activity-file.errors';

export type ActivityFileFormat = 'FIT' | 'GPX' | 'TCX';

/** What one format's reader found in a file (the entry point adds the hash and the checks shared by all). */
export interface ActivityFacts {
  format: ActivityFileFormat;
  /** The instant the activity started (UTC). */
  startTime: Date;
  /** Seconds from start to finish, stops included. */
  elapsedSeconds: number;
  /** Seconds of moving (timer) time, stops excluded; null when the file gives no way to tell. */
  movingSeconds: number | null;
  distanceMeters: number | null;
  averageHeartRate: number | null;
  /** As the file names it (FIT `sport`, GPX `<type>`, TCX `Sport`), or null. */
  sport: string | null;
  /** What the athlete should know about how the file was read (e.g. "the device never closed it"). */
  notes: string[];
}

/** Mean Earth radius (IUGG), as used by most GPS tools for haversine distances. */
const EARTH_RADIUS_METERS = 6_371_008.8;

/** Great-circle distance between two [lon, lat] positions. */
export function haversineMeters(a: number[], b: number[]): number {
  const toRad = (deg: number): number => (deg * Math.PI) / 180;
  const dLat = toRad(b[1] - a[1]);
  const dLon = toRad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a[1])) * Math.cos(toRad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function fileError(code: ActivityFileErrorCode, message: string, cause?: unknown): ActivityFileError {
  return new ActivityFileError(code, message, { cause });
}

export function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function sumDefined(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? present.reduce((a, b) => a + b, 0) : null;
}

export function mean(values: number[]): number | null {
  return values.length > 0 ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;
}

/** Loops rather than Math.min(...values): a 20 MB track has too many points to spread as arguments. */
export function minOf(values: number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

export function maxOf(values: number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** "1 h 05 min", "14 s": a duration as the athlete reads it. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** Times within this of each other agree (the larger of 1 minute and 2 %). */
export function agrees(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(60, 0.02 * Math.max(Math.abs(a), Math.abs(b)));
}
