/**
 * FIT activity files (official Garmin SDK for decoding, {@link scanFit}/{@link normaliseFit} for what it
 * cannot read: chained-file checks, compressed timestamps, files never closed).
 */
import type { FitMessages, RecordMesg, SessionMesg } from '@garmin/fitsdk';

import { normaliseFit, scanFit } from './fit-binary';
import { fitsdk } from './fitsdk.loader';
import {
  ActivityFacts,
  agrees,
  fileError,
  finite,
  formatDuration,
  maxOf,
  mean,
  minOf,
  roundTo,
  sumDefined,
} from './parse-helpers';

/** What FIT file types that are not activities are, in the athlete's words. */
const FIT_FILE_TYPES: Record<string, string> = {
  settings: 'device settings',
  sport: 'sport settings',
  totals: 'lifetime totals',
  goals: 'goals',
  bloodPressure: 'blood-pressure readings',
  monitoringA: 'daily monitoring data (steps, all-day heart rate)',
  monitoringB: 'daily monitoring data (steps, all-day heart rate)',
  monitoringDaily: 'daily monitoring data (steps, all-day heart rate)',
  activitySummary: 'an activity summary without the recording',
  weight: 'weight-scale readings',
  workout: 'a planned workout',
  schedules: 'a training schedule',
  course: 'a course (a planned route)',
  segment: 'a segment',
  segmentList: 'a segment list',
  device: 'a device description',
};

type Dated = { timestamp?: unknown };

export function readFit(buffer: Buffer, filename: string): ActivityFacts {
  const corrupt = (detail: string, cause?: unknown) =>
    fileError(
      'FILE_CORRUPT',
      `"${filename}" is a damaged FIT file (${detail}). Export it again from your device or app.`,
      cause,
    );
  const notes: string[] = [];

  const scan = scanFit(buffer);
  if (!scan.ok) {
    if (scan.problem === 'truncated') {
      throw corrupt(
        scan.parts.length > 0
          ? `the FIT file chained after the first one is incomplete, probably cut off during transfer`
          : 'it is incomplete, probably cut off during transfer',
      );
    }
    if (scan.problem === 'not-fit') {
      throw corrupt(`${buffer.length - scan.at} bytes after its end are not FIT data`);
    }
    throw corrupt(`the record at byte ${scan.at} is damaged`);
  }
  if (scan.parts.some((p) => p.headerCrcBad)) throw corrupt('its header checksum does not match');
  const crcBad = scan.parts.some((p) => p.fileCrcBad);
  const compressed = scan.parts.some((p) => p.compressedTimestamps);

  let messages: FitMessages;
  try {
    const bytes = crcBad || compressed ? normaliseFit(buffer, scan.parts) : buffer;
    const result = new fitsdk.Decoder(fitsdk.Stream.fromBuffer(bytes)).read();
    if (result.errors.length > 0) {
      throw corrupt(`decoding failed: ${result.errors[0].message}`, result.errors[0]);
    }
    messages = result.messages;
  } catch (error) {
    if (error instanceof Error && error.name === 'ActivityFileError') throw error;
    throw corrupt('it could not be decoded', error);
  }

  const fileType = messages.fileIdMesgs?.[0]?.type;
  if (fileType !== undefined && fileType !== 'activity') {
    const what = FIT_FILE_TYPES[String(fileType)] ?? `a FIT "${String(fileType)}" file`;
    throw fileError(
      'FILE_UNSUPPORTED',
      `"${filename}" holds ${what}, not a recorded activity. Upload the activity's own file instead.`,
    );
  }

  const sessions = messages.sessionMesgs ?? [];
  if (crcBad) {
    // A device that never closed its file wrote no session summary and no final checksum; anything else
    // with a wrong checksum was damaged after it was written.
    if (sessions.length > 0) throw corrupt('its checksum does not match');
    notes.push(
      'The device never closed this file (no summary, no checksum): it was read from its recorded points.',
    );
  }

  applyDeveloperOverrides(messages);
  const records = (messages.recordMesgs ?? [])
    .map((record) => ({ record, time: toDate(record.timestamp)?.getTime() ?? null }))
    .filter((r): r is { record: RecordMesg; time: number } => r.time !== null);
  if (sessions.length === 0 && records.length === 0) {
    throw fileError(
      'FILE_UNSUPPORTED',
      `"${filename}" is a FIT file without a recorded activity in it (no session, no timed points).`,
    );
  }

  const startTime =
    earliest(sessions.map((session) => toDate(session.startTime))) ??
    new Date(minOf(records.map((r) => r.time)));

  const times = sessions.length > 0 ? sessionTimes(sessions, messages, records, notes) : recordTimes(records);

  return {
    format: 'FIT',
    startTime,
    elapsedSeconds: times.elapsed,
    movingSeconds: times.moving,
    distanceMeters: fitDistance(sessions, records),
    averageHeartRate: fitAverageHeartRate(sessions, records),
    sport: fitSport(sessions, messages),
    notes,
  };
}

/**
 * Elapsed and moving time from the session summaries, cross-checked against the activity's timer time and
 * the records: a summary whose elapsed time is shorter than the activity's timer time left part of the
 * activity out (Suunto writes the session without its final lap), so the session's own start → end span
 * (when the records agree with it) or the activity's timer time is used instead.
 */
function sessionTimes(
  sessions: SessionMesg[],
  messages: FitMessages,
  records: Array<{ time: number }>,
  notes: string[],
): { elapsed: number; moving: number | null } {
  const summaryElapsed =
    sumDefined(sessions.map((s) => finite(s.totalElapsedTime) ?? finite(s.totalTimerTime))) ?? 0;
  const summaryTimer = sumDefined(
    sessions.map((s) => finite(s.totalTimerTime) ?? finite(s.totalElapsedTime)),
  );
  const activities = messages.activityMesgs ?? [];
  const activityTimer = activities.length === 1 ? finite(activities[0].totalTimerTime) : null;

  let elapsed = summaryElapsed;
  let moving = summaryTimer;
  if (activityTimer !== null && activityTimer > summaryElapsed && !agrees(activityTimer, summaryElapsed)) {
    const span = sumDefined(
      sessions.map((s) => {
        const start = toDate(s.startTime)?.getTime();
        const end = toDate((s as Dated).timestamp)?.getTime();
        return start !== undefined && end !== undefined && end >= start ? (end - start) / 1000 : null;
      }),
    );
    const recordSpan =
      records.length > 1
        ? (maxOf(records.map((r) => r.time)) - minOf(records.map((r) => r.time))) / 1000
        : null;
    const trusted = span !== null && (recordSpan === null || agrees(span, recordSpan)) ? span : null;
    elapsed = Math.max(trusted ?? activityTimer, activityTimer);
    moving = activityTimer;
    notes.push(
      `The file's summary leaves part of the activity out (${formatDuration(summaryElapsed)} of ${formatDuration(elapsed)}); the times come from the activity's timer and its records.`,
    );
  }
  if (moving !== null && moving > elapsed) elapsed = moving;
  return { elapsed, moving };
}

/**
 * Records only (a file never closed): elapsed is first → last record; moving counts the steps between
 * records that are at most 30 s apart and, when the record says so, covered ground.
 */
function recordTimes(records: Array<{ record: RecordMesg; time: number }>): {
  elapsed: number;
  moving: number;
} {
  const sorted = [...records].sort((a, b) => a.time - b.time);
  let moving = 0;
  for (let i = 1; i < sorted.length; i++) {
    const dt = (sorted[i].time - sorted[i - 1].time) / 1000;
    if (dt <= 0 || dt > 30) continue;
    const speed = finite(sorted[i].record.enhancedSpeed) ?? finite(sorted[i].record.speed);
    const d1 = finite(sorted[i].record.distance);
    const d0 = finite(sorted[i - 1].record.distance);
    const still = speed !== null ? speed < 0.3 : d0 !== null && d1 !== null ? d1 - d0 < 0.3 * dt : false;
    if (!still) moving += dt;
  }
  return { elapsed: (sorted[sorted.length - 1].time - sorted[0].time) / 1000, moving };
}

function fitDistance(sessions: SessionMesg[], records: Array<{ record: RecordMesg }>): number | null {
  const fromSessions = sumDefined(sessions.map((s) => finite(s.totalDistance)));
  if (fromSessions !== null) return roundTo(fromSessions, 2);
  const distances = records.map((r) => finite(r.record.distance)).filter((d): d is number => d !== null);
  return distances.length > 0 ? roundTo(maxOf(distances), 2) : null;
}

/** Session averages, weighted by timer time when there are several sessions; else the record mean. */
function fitAverageHeartRate(sessions: SessionMesg[], records: Array<{ record: RecordMesg }>): number | null {
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
  return mean(
    records.map((r) => finite(r.record.heartRate)).filter((hr): hr is number => hr !== null && hr > 0),
  );
}

function fitSport(sessions: SessionMesg[], messages: FitMessages): string | null {
  const sessionSports = [
    ...new Set(sessions.map((s) => s.sport).filter((sport) => sport != null && sport !== 'transition')),
  ];
  if (sessionSports.length > 1) return 'multisport';
  const sport = sessionSports[0] ?? messages.sportMesgs?.find((s) => s.sport != null)?.sport;
  return sport == null ? null : String(sport);
}

/**
 * Developer fields declared (in their field description) as replacing a native field — a Connect IQ swim
 * app writes the session's distance there and leaves the native total_distance at 0 — take that field's
 * place in session, lap and record messages, when their units agree.
 */
function applyDeveloperOverrides(messages: FitMessages): void {
  const descriptions = (messages as { fieldDescriptionMesgs?: Array<Record<string, unknown>> })
    .fieldDescriptionMesgs;
  if (!descriptions?.length) return;
  const profile = fitsdk.Profile as unknown as {
    messages: Record<number, { fields: Record<number, { name: string; units: string }> }>;
  };
  const targets: Record<number, Array<Record<string, unknown>> | undefined> = {
    18: messages.sessionMesgs as unknown as Array<Record<string, unknown>>,
    19: messages.lapMesgs as unknown as Array<Record<string, unknown>>,
    20: messages.recordMesgs as unknown as Array<Record<string, unknown>>,
  };
  for (const description of descriptions) {
    const mesgNum = finite(description.nativeMesgNum);
    const fieldNum = finite(description.nativeFieldNum);
    const key = description.key;
    if (mesgNum === null || fieldNum === null || key == null) continue;
    const native = profile.messages[mesgNum]?.fields[fieldNum];
    const target = targets[mesgNum];
    if (!native || !target) continue;
    if (native.units && description.units && native.units !== description.units) continue;
    for (const mesg of target) {
      const value = finite((mesg.developerFields as Record<string, unknown> | undefined)?.[String(key)]);
      if (value !== null) mesg[native.name] = value;
    }
  }
}

/** FIT dates come from the SDK's realm; copy them so `instanceof Date` holds everywhere. */
export function toDate(value: unknown): Date | null {
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
