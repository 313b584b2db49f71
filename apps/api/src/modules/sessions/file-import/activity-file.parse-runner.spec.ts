import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ActivityFileError } from './activity-file.errors';
import { parseActivityFile } from './activity-file.parser';
import { parseActivityFileAsync } from './activity-file.parse-runner';

const FIXTURES = join(__dirname, '../../../../../../test/fixtures/activities');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** A GPX track of `points` one-second steps: a few MB that take the parser far longer than a millisecond. */
function bigGpx(points: number): Buffer {
  const start = Date.parse('2025-03-10T05:00:00Z');
  const lines = ['<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'];
  for (let i = 0; i < points; i++) {
    const time = new Date(start + i * 1000).toISOString();
    lines.push(`<trkpt lat="${(45 + i * 0.00003).toFixed(5)}" lon="7"><time>${time}</time></trkpt>`);
  }
  lines.push('</trkseg></trk></gpx>');
  return Buffer.from(lines.join('\n'));
}

describe(parseActivityFileAsync.name, () => {
  it('should return the same activity from a worker thread as inline when the file is over the threshold', async () => {
    for (const name of ['run-with-hr.gpx', 'run-with-pause.fit']) {
      const inThread = await parseActivityFileAsync(fixture(name), name, 0);
      expect(inThread).toEqual(parseActivityFile(fixture(name), name));
      expect(inThread.startTime).toBeInstanceOf(Date);
    }
  });

  it('should rethrow the parser error code from the worker when the file is broken', async () => {
    const error = await parseActivityFileAsync(fixture('malformed.gpx'), 'malformed.gpx', 0).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ActivityFileError);
    expect((error as ActivityFileError).code).toBe('FILE_CORRUPT');
  });

  it('should give up with FILE_CORRUPT and free the slot when a worker takes longer than the limit', async () => {
    const error = await parseActivityFileAsync(bigGpx(40_000), 'big.gpx', 0, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActivityFileError);
    expect((error as ActivityFileError).code).toBe('FILE_CORRUPT');
    const parsed = await parseActivityFileAsync(fixture('run-with-hr.gpx'), 'run-with-hr.gpx', 0);
    expect(parsed.elapsedSeconds).toBe(240);
  });

  it('should parse inline without a worker when the file is small', async () => {
    const parsed = await parseActivityFileAsync(fixture('walk-no-hr.gpx'), 'walk-no-hr.gpx');
    expect(parsed).toMatchObject({ format: 'GPX', elapsedSeconds: 205, averageHeartRate: null });
  });
});
