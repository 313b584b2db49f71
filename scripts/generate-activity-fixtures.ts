/**
 * Writes the activity-file fixtures used by the file-import specs into test/fixtures/activities/.
 * Deterministic: the same bytes on every run (fixed times, no randomness beyond a seeded generator), so the
 * committed files and their sha256 hashes stay stable.
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only scripts/generate-activity-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { fitsdk } from '../apps/api/src/modules/sessions/file-import/fitsdk.loader';

const OUT_DIR = join(__dirname, '..', 'test', 'fixtures', 'activities');
const { Encoder, Profile } = fitsdk;
const MesgNum = Profile.MesgNum;

type Mesg = Record<string, unknown> & { mesgNum: number };

function encodeFit(mesgs: Mesg[]): Buffer {
  const encoder = new Encoder();
  for (const mesg of mesgs) encoder.writeMesg(mesg as Parameters<typeof encoder.writeMesg>[0]);
  return Buffer.from(encoder.close());
}

const addSeconds = (date: Date, seconds: number): Date => new Date(date.getTime() + seconds * 1000);

// ---------------------------------------------------------------------------------------------------------
// FIT: a 30:30 run with a 30-second pause at 15:00, one record every 10 s while the timer runs.

const FIT_START = new Date('2025-03-04T06:15:00Z');
const FIT_SPEED = 2.8; // m/s
const FIT_PAUSE_AT = 900; // s after start
const FIT_PAUSE = 30; // s
const FIT_END = 1830; // s after start (elapsed)

function fitHeartRate(movingSeconds: number): number {
  return Math.round(135 + movingSeconds / 90 + 6 * Math.sin(movingSeconds / 120));
}

interface FitRun {
  records: Mesg[];
  timerSeconds: number;
  distance: number;
  avgHeartRate: number;
  maxHeartRate: number;
}

function fitRun(): FitRun {
  const records: Mesg[] = [];
  const heartRates: number[] = [];
  for (let elapsed = 0; elapsed <= FIT_END; elapsed += 10) {
    if (elapsed > FIT_PAUSE_AT && elapsed < FIT_PAUSE_AT + FIT_PAUSE) continue;
    const moving = elapsed <= FIT_PAUSE_AT ? elapsed : elapsed - FIT_PAUSE;
    const heartRate = fitHeartRate(moving);
    heartRates.push(heartRate);
    records.push({
      mesgNum: MesgNum.RECORD,
      timestamp: addSeconds(FIT_START, elapsed),
      distance: moving * FIT_SPEED,
      heartRate,
      enhancedSpeed: FIT_SPEED,
      cadence: 86,
    });
  }
  const timerSeconds = FIT_END - FIT_PAUSE;
  return {
    records,
    timerSeconds,
    distance: timerSeconds * FIT_SPEED,
    avgHeartRate: Math.round(heartRates.reduce((a, b) => a + b, 0) / heartRates.length),
    maxHeartRate: Math.max(...heartRates),
  };
}

function fitActivity(): Buffer {
  const run = fitRun();
  const end = addSeconds(FIT_START, FIT_END);
  const timerEvent = (elapsed: number, eventType: 'start' | 'stopAll'): Mesg => ({
    mesgNum: MesgNum.EVENT,
    timestamp: addSeconds(FIT_START, elapsed),
    event: 'timer',
    eventType,
  });
  const totals = {
    timestamp: end,
    startTime: FIT_START,
    totalElapsedTime: FIT_END,
    totalTimerTime: run.timerSeconds,
    totalDistance: run.distance,
    avgHeartRate: run.avgHeartRate,
    maxHeartRate: run.maxHeartRate,
    sport: 'running',
    subSport: 'generic',
  };
  const beforePause = run.records.filter((r) => (r.timestamp as Date) <= addSeconds(FIT_START, FIT_PAUSE_AT));
  const afterPause = run.records.slice(beforePause.length);
  return encodeFit([
    {
      mesgNum: MesgNum.FILE_ID,
      type: 'activity',
      manufacturer: 'development',
      product: 0,
      timeCreated: FIT_START,
      serialNumber: 1234,
    },
    {
      mesgNum: MesgNum.DEVICE_INFO,
      deviceIndex: 'creator',
      manufacturer: 'development',
      product: 0,
      productName: 'Coachline fixture',
      serialNumber: 1234,
      softwareVersion: 1,
      timestamp: FIT_START,
    },
    timerEvent(0, 'start'),
    ...beforePause,
    timerEvent(FIT_PAUSE_AT, 'stopAll'),
    timerEvent(FIT_PAUSE_AT + FIT_PAUSE, 'start'),
    ...afterPause,
    timerEvent(FIT_END, 'stopAll'),
    { mesgNum: MesgNum.LAP, messageIndex: 0, event: 'lap', eventType: 'stop', ...totals },
    {
      mesgNum: MesgNum.SESSION,
      messageIndex: 0,
      event: 'session',
      eventType: 'stop',
      firstLapIndex: 0,
      numLaps: 1,
      ...totals,
    },
    {
      mesgNum: MesgNum.ACTIVITY,
      timestamp: end,
      numSessions: 1,
      type: 'manual',
      event: 'activity',
      eventType: 'stop',
      totalTimerTime: run.timerSeconds,
      localTimestamp: fitsdk.Utils.convertDateToDateTime(end) + 3600, // FIT local time, Europe/Paris in March: UTC+1
    },
  ]);
}

/** Records only (no lap/session/activity), as left by a device that crashed before saving. */
function fitRecordsOnly(): Buffer {
  const start = new Date('2025-03-06T07:00:00Z');
  const records: Mesg[] = [];
  for (let i = 0; i <= 60; i++) {
    records.push({
      mesgNum: MesgNum.RECORD,
      timestamp: addSeconds(start, i * 10),
      distance: i * 25,
      heartRate: 140 + (i % 5), // mean 142
    });
  }
  return encodeFit([
    {
      mesgNum: MesgNum.FILE_ID,
      type: 'activity',
      manufacturer: 'development',
      product: 0,
      timeCreated: start,
    },
    ...records,
  ]);
}

/** A valid FIT file that is not an activity (device settings). */
function fitSettings(): Buffer {
  return encodeFit([
    {
      mesgNum: MesgNum.FILE_ID,
      type: 'settings',
      manufacturer: 'development',
      product: 0,
      timeCreated: new Date('2025-03-01T00:00:00Z'),
    },
    { mesgNum: MesgNum.USER_PROFILE, friendlyName: 'Fixture', weight: 70, restingHeartRate: 48 },
  ]);
}

/** Same bytes as the valid activity with a run of data bytes inverted, so the file CRC no longer matches. */
function corrupt(valid: Buffer): Buffer {
  const bytes = Buffer.from(valid);
  const middle = Math.floor(bytes.length / 2);
  for (let i = middle; i < middle + 16; i++) bytes[i] ^= 0xff;
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------
// GPX

interface TrackPoint {
  lat: number;
  lon: number;
  ele: number;
  time: Date;
  hr?: number;
}

const GPX_HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<gpx version="1.1" creator="Coachline fixture generator" xmlns="http://www.topografix.com/GPX/1/1"' +
  ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">\n';

function trkpt(p: TrackPoint): string {
  const ext =
    p.hr === undefined
      ? ''
      : `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${p.hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>`;
  return (
    `      <trkpt lat="${p.lat.toFixed(5)}" lon="${p.lon.toFixed(5)}">` +
    `<ele>${p.ele.toFixed(1)}</ele><time>${p.time.toISOString().replace('.000Z', 'Z')}</time>${ext}</trkpt>\n`
  );
}

function gpxDocument(name: string, type: string, segments: TrackPoint[][], metadataTime: Date): string {
  const segs = segments
    .map((points) => `    <trkseg>\n${points.map(trkpt).join('')}    </trkseg>\n`)
    .join('');
  return (
    GPX_HEADER +
    `  <metadata><name>${name}</name><time>${metadataTime.toISOString()}</time></metadata>\n` +
    `  <trk>\n    <name>${name}</name>\n    <type>${type}</type>\n${segs}  </trk>\n</gpx>\n`
  );
}

/** 49 points, 5 s apart, due north along 7°E from 45°N in steps of 0.00012° (≈ 13.34 m): 240 s, ≈ 640.5 m. */
function gpxWithHeartRate(): string {
  const start = new Date('2025-03-05T17:30:00Z');
  const points: TrackPoint[] = [];
  for (let i = 0; i <= 48; i++) {
    points.push({
      lat: 45 + i * 0.00012,
      lon: 7,
      ele: 240 + i * 0.5,
      time: addSeconds(start, i * 5),
      hr: 130 + i,
    });
  }
  return gpxDocument('Evening Run', 'running', [points], start);
}

/**
 * Two segments along the equator in steps of 0.0001° (≈ 11.12 m), 5 s apart, 60 s pause between them. The
 * jump between the segments is not counted: 15 + 14 steps. Times 0…75 s and 135…205 s.
 */
function gpxWithoutHeartRate(): string {
  const start = new Date('2025-03-07T21:00:00Z');
  const first: TrackPoint[] = [];
  for (let i = 0; i <= 15; i++) {
    first.push({ lat: 0, lon: 30 + i * 0.0001, ele: 10, time: addSeconds(start, i * 5) });
  }
  const second: TrackPoint[] = [];
  for (let i = 16; i <= 30; i++) {
    second.push({ lat: 0, lon: 30 + i * 0.0001, ele: 10, time: addSeconds(start, 135 + (i - 16) * 5) });
  }
  return gpxDocument('Lunch Walk', 'walking', [first, second], start);
}

/** The HR file cut off mid-trackpoint, plus a mismatched closing tag. */
function gpxMalformed(valid: string): string {
  const cut = valid.indexOf('<trkpt', valid.indexOf('<trkpt') + 2000);
  return valid.slice(0, cut) + '      <trkpt lat="45.1" lon="7.0"><time>2025-03-05T17:34:05Z</trkseg>\n';
}

function gpxWithoutTrackPoints(): string {
  return (
    GPX_HEADER +
    '  <metadata><name>Planned route</name><time>2025-03-08T08:00:00Z</time></metadata>\n' +
    '  <wpt lat="45.00000" lon="7.00000"><name>Start</name></wpt>\n' +
    '  <trk>\n    <name>Planned route</name>\n    <trkseg>\n    </trkseg>\n  </trk>\n</gpx>\n'
  );
}

/** Deterministic pseudo-random bytes (mulberry32) that look like no known format. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const activity = fitActivity();
  const hrGpx = gpxWithHeartRate();
  const files: Record<string, Buffer> = {
    'run-with-pause.fit': activity,
    'records-only.fit': fitRecordsOnly(),
    'settings.fit': fitSettings(),
    'corrupt-crc.fit': corrupt(activity),
    'truncated.fit': activity.subarray(0, Math.floor(activity.length * 0.6)),
    'run-with-hr.gpx': Buffer.from(hrGpx, 'utf8'),
    'walk-no-hr.gpx': Buffer.from(gpxWithoutHeartRate(), 'utf8'),
    'malformed.gpx': Buffer.from(gpxMalformed(hrGpx), 'utf8'),
    'no-trackpoints.gpx': Buffer.from(gpxWithoutTrackPoints(), 'utf8'),
    'empty.fit': Buffer.alloc(0),
    'not-an-activity.bin': noise(2048, 42),
  };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(OUT_DIR, name), bytes);
    console.log(`${name.padEnd(22)} ${String(bytes.length).padStart(6)} bytes`);
  }
}

main();
