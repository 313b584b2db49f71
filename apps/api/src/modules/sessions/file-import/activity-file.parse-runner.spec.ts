import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ActivityFileError } from './activity-file.errors';
import { parseActivityFile } from './activity-file.parser';
import { parseActivityFileAsync } from './activity-file.parse-runner';

const FIXTURES = join(__dirname, '../../../../../../test/fixtures/activities');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

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
    const error = await parseActivityFileAsync(fixture('run-with-hr.gpx'), 'run-with-hr.gpx', 0, 1).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ActivityFileError);
    expect((error as ActivityFileError).code).toBe('FILE_CORRUPT');
    const parsed = await parseActivityFileAsync(fixture('run-with-hr.gpx'), 'run-with-hr.gpx', 0);
    expect(parsed.durationSeconds).toBe(240);
  });

  it('should parse inline without a worker when the file is small', async () => {
    const parsed = await parseActivityFileAsync(fixture('walk-no-hr.gpx'), 'walk-no-hr.gpx');
    expect(parsed).toMatchObject({ format: 'GPX', durationSeconds: 205, averageHeartRate: null });
  });
});
