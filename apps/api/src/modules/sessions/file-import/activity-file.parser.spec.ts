import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ActivityFileError, ActivityFileErrorCode, MAX_ACTIVITY_FILE_BYTES } from './activity-file.errors';
import { detectFormat, haversineMeters, parseActivityFile } from './activity-file.parser';

const FIXTURES = join(__dirname, '../../../../../../test/fixtures/activities');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** Mean Earth radius used by the parser; the GPX fixtures follow a meridian / the equator, so distances are exact arcs. */
const R = 6_371_008.8;
const arc = (degrees: number): number => (degrees * Math.PI * R) / 180;

function captureError(run: () => unknown): ActivityFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ActivityFileError) return error;
    throw error;
  }
  throw new Error('expected an ActivityFileError');
}

describe(parseActivityFile.name, () => {
  describe('FIT', () => {
    it('should take start, elapsed duration, distance, HR and sport from the session when the activity is valid', () => {
      const parsed = parseActivityFile(fixture('run-with-pause.fit'), 'run-with-pause.fit');

      expect(parsed).toEqual({
        format: 'FIT',
        startTime: new Date('2025-03-04T06:15:00Z'),
        elapsedSeconds: 1830, // total_elapsed_time
        movingSeconds: 1800, // total_timer_time (30 s pause)
        distanceMeters: 5040,
        averageHeartRate: 146,
        sport: 'running',
        notes: [],
        gzipped: false,
        contentHash: createHash('sha256').update(fixture('run-with-pause.fit')).digest('hex'),
      });
      expect(parsed.startTime).toBeInstanceOf(Date);
    });

    it('should fall back to the records when the file has no session message', () => {
      const parsed = parseActivityFile(fixture('records-only.fit'), 'records-only.fit');

      expect(parsed).toMatchObject({
        format: 'FIT',
        startTime: new Date('2025-03-06T07:00:00Z'),
        elapsedSeconds: 600,
        distanceMeters: 1500,
        averageHeartRate: 142,
        sport: null,
      });
    });

    it('should detect FIT by content when the file name says otherwise', () => {
      const parsed = parseActivityFile(fixture('run-with-pause.fit'), 'upload.bin');

      expect(parsed.format).toBe('FIT');
      expect(parsed.elapsedSeconds).toBe(1830);
    });

    it('should reject a FIT file that is not an activity as unsupported', () => {
      const error = captureError(() => parseActivityFile(fixture('settings.fit'), 'settings.fit'));

      expect(error.code).toBe<ActivityFileErrorCode>('FILE_UNSUPPORTED');
      expect(error.message).toContain('settings');
    });
  });

  describe('GPX', () => {
    it('should take duration, haversine distance and TrackPointExtension HR when the track has HR', () => {
      const parsed = parseActivityFile(fixture('run-with-hr.gpx'), 'run-with-hr.gpx');

      expect(parsed).toMatchObject({
        format: 'GPX',
        startTime: new Date('2025-03-05T17:30:00Z'),
        elapsedSeconds: 240, // 49 points, 5 s apart
        movingSeconds: 240,
        averageHeartRate: 154, // 130…178
        sport: 'running',
      });
      // 48 steps of 0.00012° along 7°E ≈ 640.48 m
      expect(Math.abs(parsed.distanceMeters! - arc(48 * 0.00012))).toBeLessThan(1);
      expect(Math.abs(parsed.distanceMeters! - 640.5)).toBeLessThan(2);
    });

    it('should return a null HR and not count the gap between segments when the track has no HR', () => {
      const parsed = parseActivityFile(fixture('walk-no-hr.gpx'), 'walk-no-hr.gpx');

      expect(parsed).toMatchObject({
        format: 'GPX',
        startTime: new Date('2025-03-07T21:00:00Z'),
        elapsedSeconds: 205, // first → last point, including the 60 s pause
        movingSeconds: 145, // the pause between segments is not moving time
        averageHeartRate: null,
        sport: 'walking',
      });
      // 15 + 14 steps of 0.0001° on the equator ≈ 322.47 m
      expect(Math.abs(parsed.distanceMeters! - arc(29 * 0.0001))).toBeLessThan(1);
    });

    it('should detect GPX by its root element when the extension is missing', () => {
      expect(parseActivityFile(fixture('run-with-hr.gpx'), 'export').format).toBe('GPX');
    });

    it('should reject XML that is not GPX as unsupported', () => {
      const kml = Buffer.from('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"></kml>');

      expect(captureError(() => parseActivityFile(kml, 'route.kml')).code).toBe('FILE_UNSUPPORTED');
    });

    it('should refuse a track whose points carry no time as unsupported, saying it is no recording', () => {
      const untimed = Buffer.from(
        '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>' +
          '<trkpt lat="45" lon="7"/><trkpt lat="45.001" lon="7"/></trkseg></trk></gpx>',
      );

      const error = captureError(() => parseActivityFile(untimed, 'route.gpx'));

      expect(error.code).toBe('FILE_UNSUPPORTED');
      expect(error.message).toContain('"route.gpx" holds a track without times');
    });

    it('should treat an XML well-formedness warning as corrupt when attributes are unquoted', () => {
      const sloppy = Buffer.from('<gpx version=1.1><trk><trkseg></trkseg></trk></gpx>');

      expect(captureError(() => parseActivityFile(sloppy, 'sloppy.gpx')).code).toBe('FILE_CORRUPT');
    });
  });

  describe('faults seen in real files (issue 13)', () => {
    it('should decode FIT records with compressed timestamp headers instead of calling the file damaged', () => {
      const parsed = parseActivityFile(fixture('compressed-timestamps.fit'), 'fr70.fit');

      expect(parsed).toMatchObject({
        startTime: new Date('2025-04-05T07:00:00Z'),
        elapsedSeconds: 1200,
        movingSeconds: 1200,
        distanceMeters: 3000,
        averageHeartRate: 150,
        sport: 'running',
      });
    });

    it('should read the records’ own times from compressed headers (record span = 1200 s over 301 records)', () => {
      const { scanFit, normaliseFit } = jest.requireActual('./fit-binary') as typeof import('./fit-binary');
      const bytes = fixture('compressed-timestamps.fit');
      const scan = scanFit(bytes);
      expect(scan.ok && scan.parts[0].compressedTimestamps).toBe(true);
      const { fitsdk } = jest.requireActual('./fitsdk.loader') as typeof import('./fitsdk.loader');
      const decoded = new fitsdk.Decoder(
        fitsdk.Stream.fromBuffer(normaliseFit(bytes, scan.ok ? scan.parts : [])),
      ).read();
      const times = (decoded.messages.recordMesgs ?? []).map((r) => new Date(r.timestamp as Date).getTime());

      expect(decoded.errors).toEqual([]);
      expect(times).toHaveLength(301);
      expect(times.every((t, i) => i === 0 || t - times[i - 1] === 4000)).toBe(true);
      expect(times[times.length - 1] - times[0]).toBe(1_200_000);
    });

    it('should read heart rate from a Garmin Connect GPX whose extension prefix is ns3', () => {
      const parsed = parseActivityFile(fixture('garmin-connect-ns3.gpx'), 'activity_123.gpx');

      expect(parsed.averageHeartRate).toBe(151); // 150, 151, 152 repeating over 61 points
    });

    it('should not take HR from an element named hr in another namespace', () => {
      const gpx = fixture('garmin-connect-ns3.gpx')
        .toString('utf8')
        .replace('http://www.garmin.com/xmlschemas/TrackPointExtension/v1', 'urn:example:not-garmin');

      expect(parseActivityFile(Buffer.from(gpx), 'other.gpx').averageHeartRate).toBeNull();
    });

    it('should take the session’s span and the activity’s timer time when the summary leaves out the final lap', () => {
      const parsed = parseActivityFile(fixture('summary-without-final-lap.fit'), 'suunto.fit');

      expect(parsed.elapsedSeconds).toBe(1800); // summary says 1200
      expect(parsed.movingSeconds).toBe(1800);
      expect(parsed.notes.join(' ')).toMatch(/summary leaves part of the activity out \(20 min of 30 min\)/);
    });

    it('should keep the summary when it agrees with the activity’s timer time', () => {
      // run-with-pause.fit: elapsed 1830, timer 1800, activity timer 1800 → nothing replaced.
      const parsed = parseActivityFile(fixture('run-with-pause.fit'), 'run.fit');

      expect(parsed).toMatchObject({ elapsedSeconds: 1830, movingSeconds: 1800, notes: [] });
    });

    it('should use a developer field declared as replacing the native total_distance', () => {
      const parsed = parseActivityFile(fixture('developer-distance.fit'), 'swim.fit');

      expect(parsed).toMatchObject({ distanceMeters: 1250, sport: 'swimming', movingSeconds: 1980 });
    });

    it('should read a TCX export: laps’ timer time as moving, first → last point as elapsed, lap HR weighted', () => {
      const parsed = parseActivityFile(fixture('run.tcx'), 'run.tcx');

      expect(parsed).toEqual(
        expect.objectContaining({
          format: 'TCX',
          startTime: new Date('2025-04-09T07:00:00Z'),
          elapsedSeconds: 1280, // 660 + 620
          movingSeconds: 1220, // 600 + 620
          distanceMeters: 3660,
          averageHeartRate: 145, // (140 × 600 + 150 × 620) / 1220 = 145.08
          sport: 'Running',
        }),
      );
    });

    it.each([
      ['run-with-pause.fit.gz', 'run-with-pause.fit'],
      ['run-with-hr.gpx.gz', 'run-with-hr.gpx'],
    ])('should unpack %s and read it as %s, hashing the uploaded bytes', (gz, plain) => {
      const packed = parseActivityFile(fixture(gz), gz);
      const { contentHash, gzipped, ...facts } = parseActivityFile(fixture(plain), plain);

      expect(packed).toEqual({ ...facts, gzipped: true, contentHash: expect.any(String) });
      expect(gzipped).toBe(false);
      expect(packed.contentHash).not.toBe(contentHash);
      expect(packed.contentHash).toBe(createHash('sha256').update(fixture(gz)).digest('hex'));
    });

    it('should refuse a damaged gzip as corrupt', () => {
      const cut = fixture('run-with-hr.gpx.gz').subarray(0, 300);

      expect(captureError(() => parseActivityFile(cut, 'x.gpx.gz')).code).toBe('FILE_CORRUPT');
    });

    it('should read a FIT file the device never closed from its records, and say so', () => {
      const parsed = parseActivityFile(fixture('unclosed.fit'), 'wahoo.fit');

      expect(parsed).toMatchObject({
        startTime: new Date('2025-04-04T09:00:00Z'),
        elapsedSeconds: 1200,
        distanceMeters: 9600,
        averageHeartRate: 144,
      });
      expect(parsed.notes.join(' ')).toMatch(/never closed/);
    });

    it('should still call a closed activity with a wrong checksum damaged', () => {
      expect(captureError(() => parseActivityFile(fixture('corrupt-crc.fit'), 'x.fit')).code).toBe(
        'FILE_CORRUPT',
      );
    });

    it('should read a chained FIT file (activity followed by a settings file) as its activity', () => {
      const parsed = parseActivityFile(fixture('chained-activity-settings.fit'), 'chained.fit');

      expect(parsed).toMatchObject({ elapsedSeconds: 1830, movingSeconds: 1800, distanceMeters: 5040 });
    });

    it('should refuse a chained FIT file whose second part is cut off as corrupt', () => {
      const error = captureError(() => parseActivityFile(fixture('chained-broken-second.fit'), 'c.fit'));

      expect(error.code).toBe('FILE_CORRUPT');
      expect(error.message).toMatch(/chained after the first one is incomplete/);
    });

    it.each<[string, RegExp]>([
      ['route.gpx', /"route.gpx" holds a planned route, not a recorded activity/],
      ['no-trackpoints.gpx', /"no-trackpoints.gpx" holds only waypoints, not a recorded activity/],
      ['too-short.gpx', /"too-short.gpx" records 20 s of activity, under a minute/],
      ['settings.fit', /"settings.fit" holds device settings, not a recorded activity/],
    ])('should refuse %s as FILE_UNSUPPORTED, naming what it is and the file', (name, message) => {
      const error = captureError(() => parseActivityFile(fixture(name), name));

      expect(error.code).toBe('FILE_UNSUPPORTED');
      expect(error.message).toMatch(message);
    });

    it('should refuse an activity dated before 2000 (a device clock never set) as unsupported', () => {
      const gpx = fixture('run-with-hr.gpx')
        .toString('utf8')
        .replace(/2025-03-05T/g, '1990-07-09T');

      const error = captureError(() => parseActivityFile(Buffer.from(gpx), 'old.gpx'));

      expect(error.code).toBe('FILE_UNSUPPORTED');
      expect(error.message).toMatch(/1990-07-09: the device's clock was not set/);
    });

    it('should read a GPX time without a zone as UTC', () => {
      const gpx = fixture('run-with-hr.gpx')
        .toString('utf8')
        .replace(/(T\d\d:\d\d:\d\d)Z</g, '$1<');

      expect(parseActivityFile(Buffer.from(gpx), 'nozone.gpx').startTime).toEqual(
        new Date('2025-03-05T17:30:00Z'),
      );
    });

    it('should count a stop inside a GPX track as elapsed, not moving, time', () => {
      const parsed = parseActivityFile(fixture('untyped-ride-with-stop.gpx'), 'ride.gpx');

      expect(parsed).toMatchObject({ elapsedSeconds: 2390, movingSeconds: 1180, sport: null });
    });
  });

  describe('content hash', () => {
    it('should be the sha256 of the bytes and stable across re-imports under another name', () => {
      const first = parseActivityFile(fixture('run-with-hr.gpx'), 'run-with-hr.gpx');
      const again = parseActivityFile(Buffer.from(fixture('run-with-hr.gpx')), 'Evening Run (1).gpx');

      expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(again.contentHash).toBe(first.contentHash);
      expect(first.contentHash).toBe(
        '5296c36d59b2680b5d538e26c62f43b9c610e08e9526434b75bce46b26fd49b1', // committed fixture bytes
      );
    });

    it('should differ when the file differs', () => {
      const fit = parseActivityFile(fixture('run-with-pause.fit'), 'a.fit');
      const gpx = parseActivityFile(fixture('run-with-hr.gpx'), 'a.gpx');

      expect(fit.contentHash).not.toBe(gpx.contentHash);
    });
  });

  describe('errors', () => {
    it.each<[string, ActivityFileErrorCode, RegExp]>([
      ['empty.fit', 'FILE_EMPTY', /is empty/],
      ['corrupt-crc.fit', 'FILE_CORRUPT', /checksum/],
      ['truncated.fit', 'FILE_CORRUPT', /incomplete/],
      ['malformed.gpx', 'FILE_CORRUPT', /malformed XML/],
      ['no-trackpoints.gpx', 'FILE_UNSUPPORTED', /only waypoints, not a recorded activity/],
      ['not-an-activity.bin', 'FILE_UNSUPPORTED', /not a FIT, GPX or TCX/],
    ])('should throw %s → %s', (name, code, message) => {
      const error = captureError(() => parseActivityFile(fixture(name), name));

      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('ActivityFileError');
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(error.message).toContain(name);
    });

    it('should reject a file of MAX + 1 bytes as too large before looking at its content', () => {
      const tooLarge = Buffer.alloc(MAX_ACTIVITY_FILE_BYTES + 1);
      fixture('run-with-pause.fit').copy(tooLarge);

      const error = captureError(() => parseActivityFile(tooLarge, 'huge.fit'));

      expect(MAX_ACTIVITY_FILE_BYTES).toBe(20 * 1024 * 1024);
      expect(error.code).toBe('FILE_TOO_LARGE');
      expect(error.message).toMatch(/20 MB/);
    });

    it('should call random bytes named .fit corrupt rather than unsupported', () => {
      const error = captureError(() => parseActivityFile(fixture('not-an-activity.bin'), 'watch.fit'));

      expect(error.code).toBe('FILE_CORRUPT');
    });

    it('should keep control characters of the uploaded name out of the message', () => {
      const error = captureError(() => parseActivityFile(Buffer.alloc(0), 'evil\r\nname.fit'));

      expect(error.message).toBe('"evilname.fit" is empty.');
    });
  });
});

describe(detectFormat.name, () => {
  it('should recognise a BOM, XML declaration and comments before the <gpx> root', () => {
    const gpx = Buffer.from('\ufeff<?xml version="1.0"?>\n<!-- exported -->\n<gpx version="1.1"></gpx>');

    expect(detectFormat(gpx)).toBe('GPX');
    expect(detectFormat(Buffer.from('<gpxfoo/>'))).toBeNull();
    expect(detectFormat(Buffer.from('hello'))).toBeNull();
  });
});

describe(haversineMeters.name, () => {
  it('should give one degree of latitude as ≈ 111.195 km', () => {
    expect(haversineMeters([0, 0], [0, 1])).toBeCloseTo(111_195.08, 1);
  });
});
