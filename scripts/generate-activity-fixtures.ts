/**
 * Writes the activity-file fixtures used by the file-import specs into test/fixtures/activities/.
 * Deterministic: the same bytes on every run (fixed times, no randomness beyond a seeded generator), so the
 * committed files and their sha256 hashes stay stable.
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only scripts/generate-activity-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { fitCrc } from '../apps/api/src/modules/sessions/file-import/fit-binary';
import { fitsdk } from '../apps/api/src/modules/sessions/file-import/fitsdk.loader';

const OUT_DIR = join(__dirname, '..', 'test', 'fixtures', 'activities');
const { Encoder, Profile } = fitsdk;
const MesgNum = Profile.MesgNum;

type Mesg = Record<string, unknown> & { mesgNum: number };

function encodeFit(mesgs: Mesg[], options?: ConstructorParameters<typeof Encoder>[0]): Buffer {
  const encoder = new Encoder(options);
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

// ---------------------------------------------------------------------------------------------------------
// Faults seen in real files (issue 13), each in a small generated file

/** Records every 10 s for `seconds` at `speed` m/s with HR 140…149, as SDK messages. */
function steadyRecords(start: Date, seconds: number, speed: number): Mesg[] {
  const records: Mesg[] = [];
  for (let t = 0; t <= seconds; t += 10) {
    records.push({
      mesgNum: MesgNum.RECORD,
      timestamp: addSeconds(start, t),
      distance: t * speed,
      heartRate: 140 + ((t / 10) % 10),
    });
  }
  return records;
}

const fileId = (start: Date): Mesg => ({
  mesgNum: MesgNum.FILE_ID,
  type: 'activity',
  manufacturer: 'development',
  product: 0,
  timeCreated: start,
});

/**
 * A 30-minute run whose session summary leaves out the final lap (as Suunto Ambit writes it): session
 * total_elapsed_time and total_timer_time 1200 s, while the session ends 1800 s after its start, the records
 * span 1800 s and the activity's total_timer_time is 1800 s.
 */
function fitSummaryWithoutFinalLap(): Buffer {
  const start = new Date('2025-04-01T06:00:00Z');
  const end = addSeconds(start, 1800);
  return encodeFit([
    fileId(start),
    ...steadyRecords(start, 1800, 3),
    {
      mesgNum: MesgNum.SESSION,
      messageIndex: 0,
      timestamp: end,
      startTime: start,
      totalElapsedTime: 1200,
      totalTimerTime: 1200,
      totalDistance: 5400,
      sport: 'running',
      avgHeartRate: 145,
    },
    { mesgNum: MesgNum.ACTIVITY, timestamp: end, numSessions: 1, totalTimerTime: 1800 },
  ]);
}

/**
 * A pool swim by a Connect IQ app: the session's native total_distance is 0 and a developer field declared
 * as replacing it (native_mesg_num 18, native_field_num 9) holds 1250 m.
 */
function fitDeveloperDistance(): Buffer {
  const start = new Date('2025-04-02T17:00:00Z');
  const end = addSeconds(start, 2100);
  const developerDataIdMesg = {
    mesgNum: MesgNum.DEVELOPER_DATA_ID,
    developerDataIndex: 0,
    applicationId: Array.from({ length: 16 }, (_, i) => i),
    applicationVersion: 1,
  };
  const fieldDescriptionMesg = {
    mesgNum: MesgNum.FIELD_DESCRIPTION,
    developerDataIndex: 0,
    fieldDefinitionNumber: 5,
    fitBaseTypeId: 136, // float32
    fieldName: 'total_distance',
    units: 'm',
    nativeMesgNum: 18,
    nativeFieldNum: 9,
  };
  return encodeFit(
    [
      fileId(start),
      developerDataIdMesg,
      fieldDescriptionMesg,
      {
        mesgNum: MesgNum.SESSION,
        messageIndex: 0,
        timestamp: end,
        startTime: start,
        totalElapsedTime: 2100,
        totalTimerTime: 1980,
        totalDistance: 0,
        sport: 'swimming',
        developerFields: { 0: 1250 },
      },
      { mesgNum: MesgNum.ACTIVITY, timestamp: end, numSessions: 1, totalTimerTime: 1980 },
    ],
    { fieldDescriptions: { 0: { developerDataIdMesg, fieldDescriptionMesg } } } as never,
  );
}

/** An activity with a generic sport, 36 km in 1 h 30 min (24 km/h): a ride the file does not name. */
function fitGenericFastRide(): Buffer {
  const start = new Date('2025-04-03T15:00:00Z');
  const end = addSeconds(start, 5400);
  return encodeFit([
    fileId(start),
    ...steadyRecords(start, 5400, 6.667),
    {
      mesgNum: MesgNum.SESSION,
      messageIndex: 0,
      timestamp: end,
      startTime: start,
      totalElapsedTime: 5400,
      totalTimerTime: 5400,
      totalDistance: 36000,
      sport: 'generic',
      avgHeartRate: 138,
    },
    { mesgNum: MesgNum.ACTIVITY, timestamp: end, numSessions: 1, totalTimerTime: 5400 },
  ]);
}

/**
 * A ride the device never closed: records only (no session, no activity message) and a file CRC that was
 * never written (zeroed bits flipped), as a Wahoo or Sigma head unit leaves it after a crash.
 */
function fitUnclosed(): Buffer {
  const start = new Date('2025-04-04T09:00:00Z');
  const bytes = Buffer.from(encodeFit([fileId(start), ...steadyRecords(start, 1200, 8)]));
  bytes.writeUInt16LE(bytes.readUInt16LE(bytes.length - 2) ^ 0xffff, bytes.length - 2);
  return bytes;
}

/** FIT header (14 bytes, with CRC) + data + file CRC, around hand-written records. */
function fitFrame(data: Buffer): Buffer {
  const header = Buffer.alloc(14);
  header[0] = 14;
  header[1] = 0x10; // protocol 1.0
  header.writeUInt16LE(100, 2); // profile 1.00
  header.writeUInt32LE(data.length, 4);
  header.write('.FIT', 8, 'latin1');
  header.writeUInt16LE(fitCrc(header, 0, 12), 12);
  const body = Buffer.concat([header, data]);
  const crc = Buffer.alloc(2);
  crc.writeUInt16LE(fitCrc(body, 0, body.length));
  return Buffer.concat([body, crc]);
}

/** FIT epoch (1989-12-31T00:00:00Z) seconds. */
const fitTime = (date: Date): number => Math.round(date.getTime() / 1000) - 631_065_600;

function definition(local: number, globalNum: number, fields: Array<[number, number, number]>): Buffer {
  const head = Buffer.from([0x40 | local, 0, 0, globalNum & 0xff, globalNum >> 8, fields.length]);
  return Buffer.concat([head, Buffer.from(fields.flat())]);
}

function uint(size: number, value: number): Buffer {
  const b = Buffer.alloc(size);
  if (size === 1) b.writeUInt8(value);
  else if (size === 2) b.writeUInt16LE(value);
  else b.writeUInt32LE(value);
  return b;
}

/**
 * A Forerunner 70-style run: every record uses the compressed timestamp header (local type 1, the low five
 * bits of the timestamp in the header, the rest carried from the previous message), 4 s apart for 20
 * minutes, HR 150, 2.5 m/s; the session summary has ordinary timestamps. Start 2025-04-05T07:00:00Z,
 * 1200 s, 3000 m.
 */
function fitCompressedTimestamps(): Buffer {
  const start = new Date('2025-04-05T07:00:00Z');
  const t0 = fitTime(start);
  const parts: Buffer[] = [
    definition(0, 0, [
      [0, 1, 0x00], // type (enum)
      [1, 2, 0x84], // manufacturer
      [4, 4, 0x86], // time_created
    ]),
    Buffer.concat([Buffer.from([0]), uint(1, 4), uint(2, 255), uint(4, t0)]),
    // Record with a full timestamp first (local type 2), then compressed records (local type 1, no 253).
    definition(2, 20, [
      [253, 4, 0x86],
      [3, 1, 0x02],
      [5, 4, 0x86],
    ]),
    Buffer.concat([Buffer.from([2]), uint(4, t0), uint(1, 150), uint(4, 0)]),
    definition(1, 20, [
      [3, 1, 0x02], // heart_rate
      [5, 4, 0x86], // distance, 1/100 m
    ]),
  ];
  for (let t = 4; t <= 1200; t += 4) {
    const header = 0x80 | (1 << 5) | ((t0 + t) & 0x1f);
    parts.push(Buffer.concat([Buffer.from([header]), uint(1, 150), uint(4, Math.round(t * 2.5 * 100))]));
  }
  const end = t0 + 1200;
  parts.push(
    definition(3, 18, [
      [253, 4, 0x86], // timestamp
      [2, 4, 0x86], // start_time
      [7, 4, 0x86], // total_elapsed_time, ms
      [8, 4, 0x86], // total_timer_time, ms
      [9, 4, 0x86], // total_distance, cm
      [5, 1, 0x00], // sport
      [16, 1, 0x02], // avg_heart_rate
    ]),
    Buffer.concat([
      Buffer.from([3]),
      uint(4, end),
      uint(4, t0),
      uint(4, 1_200_000),
      uint(4, 1_200_000),
      uint(4, 300_000),
      uint(1, 1),
      uint(1, 150),
    ]),
  );
  return fitFrame(Buffer.concat(parts));
}

/** Garmin Connect's own GPX export: HR as ns3:TrackPointExtension/ns3:hr (the prefix is not "gpxtpx"). */
function gpxGarminConnectNs3(): string {
  const start = new Date('2025-04-06T06:30:00Z');
  const points: string[] = [];
  for (let i = 0; i <= 60; i++) {
    const time = addSeconds(start, i * 5)
      .toISOString()
      .replace('.000Z', 'Z');
    points.push(
      `<trkpt lat="${(46 + i * 0.0001).toFixed(5)}" lon="8.00000"><ele>400.0</ele><time>${time}</time>` +
        `<extensions><ns3:TrackPointExtension><ns3:hr>${150 + (i % 3)}</ns3:hr></ns3:TrackPointExtension></extensions></trkpt>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gpx creator="Garmin Connect" version="1.1" xmlns="http://www.topografix.com/GPX/1/1"' +
    ' xmlns:ns2="http://www.garmin.com/xmlschemas/GpxExtensions/v3"' +
    ' xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n' +
    `<trk><name>Morning Run</name><type>running</type><trkseg>\n${points.join('\n')}\n</trkseg></trk></gpx>\n`
  );
}

/** A planned route: route points only, no track. */
function gpxRoute(): string {
  const points = Array.from(
    { length: 5 },
    (_, i) => `<rtept lat="${(45 + i * 0.01).toFixed(5)}" lon="7.00000"><name>P${i}</name></rtept>`,
  );
  return GPX_HEADER + `  <rte><name>Sunday loop</name>${points.join('')}</rte>\n</gpx>\n`;
}

/** 20 s of running: under the one minute a session needs. */
function gpxTooShort(): string {
  const start = new Date('2025-04-07T18:00:00Z');
  const points: TrackPoint[] = [];
  for (let i = 0; i <= 4; i++)
    points.push({ lat: 45 + i * 0.0001, lon: 7, ele: 100, time: addSeconds(start, i * 5) });
  return gpxDocument('Strides', 'running', [points], start);
}

/**
 * A ride with no <type>: 60 points 10 s apart at ≈ 8.3 m/s (30 km/h) along 7°E, then a 20-minute café stop
 * (the same position), then 60 more points: 2390 s elapsed, 1180 s moving (the 1210 s step across the stop is stopped), ≈ 9.9 km.
 */
function gpxUntypedRideWithStop(): string {
  const start = new Date('2025-04-08T10:00:00Z');
  const step = 0.00075; // ≈ 83.4 m per 10 s
  const points: TrackPoint[] = [];
  let lat = 45;
  for (let i = 0; i < 60; i++) {
    points.push({ lat, lon: 7, ele: 200, time: addSeconds(start, i * 10) });
    lat += step;
  }
  lat -= step;
  const resume = 590 + 1200;
  for (let i = 1; i <= 60; i++) {
    lat += step;
    points.push({ lat, lon: 7, ele: 200, time: addSeconds(start, resume + i * 10) });
  }
  return gpxDocument('Ride', '', [points], start).replace('    <type></type>\n', '');
}

/** A Garmin / Strava TCX export: two laps (timer 600 s + 620 s, 60 s standing between them), HR per point. */
function tcxRun(): string {
  const start = new Date('2025-04-09T07:00:00Z');
  const lap = (lapStart: number, seconds: number, startDistance: number, hr: number) => {
    const points: string[] = [];
    for (let t = 0; t <= seconds; t += 20) {
      points.push(
        `<Trackpoint><Time>${addSeconds(start, lapStart + t).toISOString()}</Time>` +
          `<Position><LatitudeDegrees>${(45 + (startDistance + t * 3) / 111_195).toFixed(6)}</LatitudeDegrees><LongitudeDegrees>7.000000</LongitudeDegrees></Position>` +
          `<DistanceMeters>${(startDistance + t * 3).toFixed(1)}</DistanceMeters><HeartRateBpm><Value>${hr}</Value></HeartRateBpm></Trackpoint>`,
      );
    }
    return (
      `<Lap StartTime="${addSeconds(start, lapStart).toISOString()}"><TotalTimeSeconds>${seconds}</TotalTimeSeconds>` +
      `<DistanceMeters>${seconds * 3}</DistanceMeters><AverageHeartRateBpm><Value>${hr}</Value></AverageHeartRateBpm>` +
      `<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod><Track>${points.join('')}</Track></Lap>`
    );
  };
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">' +
    `<Activities><Activity Sport="Running"><Id>${start.toISOString()}</Id>` +
    lap(0, 600, 0, 140) +
    lap(660, 620, 1800, 150) +
    '</Activity></Activities></TrainingCenterDatabase>\n'
  );
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
    'summary-without-final-lap.fit': fitSummaryWithoutFinalLap(),
    'developer-distance.fit': fitDeveloperDistance(),
    'generic-fast-ride.fit': fitGenericFastRide(),
    'unclosed.fit': fitUnclosed(),
    'compressed-timestamps.fit': fitCompressedTimestamps(),
    'chained-activity-settings.fit': Buffer.concat([activity, fitSettings()]),
    'chained-broken-second.fit': Buffer.concat([activity, fitSettings().subarray(0, 40)]),
    'run-with-pause.fit.gz': gzipSync(activity, { level: 9 }),
    'run-with-hr.gpx.gz': gzipSync(Buffer.from(hrGpx, 'utf8'), { level: 9 }),
    'garmin-connect-ns3.gpx': Buffer.from(gpxGarminConnectNs3(), 'utf8'),
    'route.gpx': Buffer.from(gpxRoute(), 'utf8'),
    'too-short.gpx': Buffer.from(gpxTooShort(), 'utf8'),
    'untyped-ride-with-stop.gpx': Buffer.from(gpxUntypedRideWithStop(), 'utf8'),
    'run.tcx': Buffer.from(tcxRun(), 'utf8'),
  };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(OUT_DIR, name), bytes);
    console.log(`${name.padEnd(30)} ${String(bytes.length).padStart(6)} bytes`);
  }
}

main();
