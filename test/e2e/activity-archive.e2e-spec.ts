import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'fs';
import { join } from 'path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { MAX_ARCHIVE_BYTES } from '@app/common';
import { createClub } from '../helpers/factories';
import { ActivityArchiveService } from '../../apps/api/src/modules/sessions/file-import/activity-archive.service';
import { createTestApp } from '../helpers/test-app';
import { buildZip } from '../helpers/zip';
import { gqlOk } from '../helpers/graphql';

const FIXTURES = join(__dirname, '..', 'fixtures', 'activities');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** A Strava "Download your data" archive: gzipped and plain activities, a CSV, media, a broken file. */
function stravaExport(): Buffer {
  return buildZip([
    { name: 'activities.csv', data: Buffer.from('Activity ID,Activity Date\n1,2025\n') },
    { name: 'activities/1001.fit.gz', data: fixture('run-with-pause.fit.gz'), stored: true },
    { name: 'activities/1002.gpx.gz', data: fixture('run-with-hr.gpx.gz'), stored: true },
    { name: 'activities/1003.gpx', data: fixture('walk-no-hr.gpx') },
    { name: 'activities/1004.tcx', data: fixture('run.tcx') },
    { name: 'activities/1005.fit', data: fixture('truncated.fit') },
    { name: 'activities/1006.gpx', data: fixture('route.gpx') },
    { name: 'media/photo.jpg', data: Buffer.alloc(300, 7), stored: true },
    { name: '__MACOSX/activities/._1003.gpx', data: Buffer.alloc(10) },
  ]);
}

describe('Bulk activity import from a zip archive (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Awaited<ReturnType<typeof createClub>>;
  let other: Awaited<ReturnType<typeof createClub>>;

  const upload = (athleteId: string, token: string | null, file: Buffer, filename: string) => {
    let req = request(app.getHttpServer()).post(`/athletes/${athleteId}/activity-archives`);
    if (token) req = req.set('authorization', `Bearer ${token}`);
    return req.attach('file', file, filename);
  };
  const read = (athleteId: string, token: string, jobId = '') =>
    request(app.getHttpServer())
      .get(`/athletes/${athleteId}/activity-archives${jobId ? `/${jobId}` : ''}`)
      .set('authorization', `Bearer ${token}`);
  /** Polls the job as the athlete would, until it is finished; returns every progress figure seen. */
  async function untilFinished(athleteId: string, token: string, jobId: string) {
    const seen: number[] = [];
    for (let i = 0; i < 600; i++) {
      const res = await read(athleteId, token, jobId);
      expect(res.status).toBe(200);
      seen.push(res.body.job.processed);
      if (res.body.job.status === 'DONE' || res.body.job.status === 'FAILED')
        return { job: res.body.job, seen };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import job did not finish');
  }
  const sessionsOf = async (athleteId: string) =>
    db.query(`SELECT id, file_hash FROM logged_session WHERE athlete_id = $1`, [athleteId]);

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    club = await createClub(app);
    other = await createClub(app);
  });
  afterAll(() => app.close());

  it('should import every activity of a Strava export in the background with a result per file', async () => {
    const athleteId = club.athlete1.athleteId!;
    const res = await upload(athleteId, club.athlete1.token, stravaExport(), 'export_12345.zip');

    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      duplicate: false,
      job: { athleteId, archiveName: 'export_12345.zip', createdByUserId: club.athlete1.userId },
    });
    expect(['QUEUED', 'RUNNING', 'DONE']).toContain(res.body.job.status);

    const { job, seen } = await untilFinished(athleteId, club.athlete1.token, res.body.job.id);

    expect(job).toMatchObject({
      status: 'DONE',
      total: 6,
      processed: 6,
      imported: 4,
      refused: 2,
      error: null,
    });
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // progress only moves forward
    const byFile = Object.fromEntries(job.results.map((r: any) => [r.file, r]));
    expect(Object.keys(byFile).sort()).toEqual([
      'activities/1001.fit.gz',
      'activities/1002.gpx.gz',
      'activities/1003.gpx',
      'activities/1004.tcx',
      'activities/1005.fit',
      'activities/1006.gpx',
    ]);
    expect(byFile['activities/1005.fit']).toMatchObject({ status: 'REFUSED', reason: 'FILE_CORRUPT' });
    expect(byFile['activities/1006.gpx']).toMatchObject({ status: 'REFUSED', reason: 'FILE_UNSUPPORTED' });
    expect(byFile['activities/1006.gpx'].message).toMatch(/"1006.gpx" holds a planned route/);
    const sessions = await sessionsOf(athleteId);
    expect(sessions).toHaveLength(4);
    expect(sessions.map((s: any) => s.id).sort()).toEqual(
      job.results
        .filter((r: any) => r.status === 'IMPORTED')
        .map((r: any) => r.sessionId)
        .sort(),
    );
    const [stored] = await db.query(
      `SELECT archive IS NULL AS dropped FROM activity_import_job WHERE id = $1`,
      [job.id],
    );
    expect(stored.dropped).toBe(true); // the archive is not kept once imported
  });

  it('should return the same job and write nothing more when the same archive is uploaded again', async () => {
    const athleteId = club.athlete1.athleteId!;
    const before = await sessionsOf(athleteId);
    const [{ id }] = await db.query(`SELECT id FROM activity_import_job WHERE athlete_id = $1`, [athleteId]);

    const again = await upload(athleteId, club.coachA.token, stravaExport(), 'export (1).zip');

    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, job: { id, status: 'DONE', imported: 4 } });
    expect(await sessionsOf(athleteId)).toHaveLength(before.length);
  });

  it('should report files already imported one by one as duplicates in a new archive', async () => {
    const athleteId = club.athlete1.athleteId!;
    const archive = buildZip([
      { name: 'run.tcx', data: fixture('run.tcx') }, // imported by the first archive
      { name: 'ride.gpx', data: fixture('untyped-ride-with-stop.gpx') },
    ]);
    const res = await upload(athleteId, club.coachA.token, archive, 'garmin.zip');
    expect(res.status).toBe(202);

    const { job } = await untilFinished(athleteId, club.athlete1.token, res.body.job.id);

    expect(job).toMatchObject({
      status: 'DONE',
      total: 2,
      imported: 1,
      duplicates: 1,
      createdByUserId: club.coachA.userId,
    });
    const list = await read(athleteId, club.athlete1.token);
    expect(list.body.jobs.map((j: any) => j.id)).toEqual([job.id, expect.any(String)]);
  });

  it('should resume a job whose instance died, from the first file without a result, importing nothing twice', async () => {
    const athleteId = club.athlete3.athleteId!;
    const archive = buildZip([
      { name: 'a.gpx', data: fixture('run-with-hr.gpx') },
      { name: 'b.gpx', data: fixture('walk-no-hr.gpx') },
    ]);
    // As a crashed instance leaves it: claimed, one file done and recorded, the claim expired.
    const [{ id }] = await db.query(
      `INSERT INTO activity_import_job
         (organization_id, athlete_id, created_by_user_id, archive_name, archive_hash, archive, status, total,
          processed, results, locked_until)
       VALUES ($1, $2, $3, 'crashed.zip', repeat('c', 64), $4, 'RUNNING', 2, 1,
               '[{"file":"a.gpx","status":"IMPORTED","sessionId":"00000000-0000-4000-8000-000000000001"}]',
               now() - interval '1 second')
       RETURNING id`,
      [club.athlete3.organizationId, athleteId, club.athlete3.userId, archive],
    );

    app.get(ActivityArchiveService).kick();
    const { job } = await untilFinished(athleteId, club.athlete3.token, id);

    expect(job).toMatchObject({ status: 'DONE', total: 2, processed: 2, imported: 2 });
    expect(job.results.map((r: any) => r.file)).toEqual(['a.gpx', 'b.gpx']);
    const sessions = await sessionsOf(athleteId);
    expect(sessions).toHaveLength(1); // only b.gpx: a.gpx was done before the crash
    expect(job.results[1].sessionId).toBe(sessions[0].id);
  });

  it('should fail the job with a reason, not the upload, when the archive is damaged inside', async () => {
    const athleteId = club.athlete2.athleteId!;
    const zip = stravaExport();
    const damaged = Buffer.concat([zip.subarray(0, zip.length - 40), Buffer.alloc(40)]); // table of contents gone

    const res = await upload(athleteId, club.athlete2.token, damaged, 'broken.zip');
    expect(res.status).toBe(202);
    const { job } = await untilFinished(athleteId, club.athlete2.token, res.body.job.id);

    expect(job.status).toBe('FAILED');
    expect(job.error).toMatch(/"broken.zip" is not a usable zip archive/);
    expect(await sessionsOf(athleteId)).toHaveLength(0);
  });

  it('should refuse a file that is not a zip at upload with FILE_UNSUPPORTED', async () => {
    const res = await upload(club.athlete2.athleteId!, club.athlete2.token, fixture('run.tcx'), 'run.tcx');

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_UNSUPPORTED' });
    expect(res.body.error.message).toMatch(/"run.tcx" is not a zip archive/);
  });

  // The web app said "20 MB at most" (the single file's limit) for an archive too: the error gives its own limit.
  it('should refuse an archive one byte over 100 MB with FILE_TOO_LARGE, saying its limit, and write nothing', async () => {
    const athleteId = club.athlete2.athleteId!;
    const before = (await sessionsOf(athleteId)).length;
    const big = Buffer.alloc(MAX_ARCHIVE_BYTES + 1, 0x20);

    const res = await upload(athleteId, club.athlete2.token, big, 'huge.zip');

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FILE_TOO_LARGE',
      details: { maxBytes: 100 * 1024 * 1024 },
    });
    expect(res.body.error.message).toMatch(/100 MB/);
    expect(await sessionsOf(athleteId)).toHaveLength(before);
  });

  it('should refuse the wrong side: another athlete, a coach who does not coach them, another organization', async () => {
    const athleteId = club.athlete2.athleteId!;
    const archive = buildZip([{ name: 'a.gpx', data: fixture('run-with-hr.gpx') }]);
    const cases: Array<[string | null, number, string]> = [
      [club.athlete1.token, 403, 'FORBIDDEN'],
      [club.coachB.token, 403, 'FORBIDDEN'],
      [club.admin.token, 403, 'FORBIDDEN'],
      [other.coachA.token, 404, 'NOT_FOUND'],
      [other.athlete1.token, 404, 'NOT_FOUND'],
      [null, 401, 'UNAUTHENTICATED'],
    ];
    for (const [token, status, code] of cases) {
      const res = await upload(athleteId, token, archive, 'a.zip');
      expect({ status: res.status, code: res.body.error?.code }).toEqual({ status, code });
    }
    const jobs = await db.query(
      `SELECT id FROM activity_import_job WHERE athlete_id = $1 AND status <> 'FAILED'`,
      [athleteId],
    );
    expect(jobs).toHaveLength(0);

    // Reading another athlete's job: by its athlete's id, or by guessing its id under one's own athlete.
    const [job] = await db.query(`SELECT id FROM activity_import_job WHERE athlete_id = $1`, [
      club.athlete1.athleteId,
    ]);
    const otherAthlete = await read(club.athlete1.athleteId!, club.athlete2.token, job.id);
    expect(otherAthlete.status).toBe(403);
    const otherOrg = await read(club.athlete1.athleteId!, other.coachA.token, job.id);
    expect(otherOrg.status).toBe(404);
    const underOwnId = await read(club.athlete2.athleteId!, club.athlete2.token, job.id);
    expect(underOwnId.status).toBe(404);
    const coachOfOther = await read(club.athlete3.athleteId!, club.coachB.token, job.id);
    expect(coachOfOther.status).toBe(404);
    // The athlete's own coach and the admin may follow the progress.
    expect((await read(club.athlete1.athleteId!, club.coachA.token, job.id)).status).toBe(200);
    expect((await read(club.athlete1.athleteId!, club.admin.token, job.id)).status).toBe(200);
  });
  it('should import again a session deleted since, when the same archive is uploaded again', async () => {
    const own = await createClub(app);
    const athleteId = own.athlete1.athleteId!;
    const archive = () =>
      buildZip([
        { name: 'a.gpx', data: fixture('run-with-hr.gpx') },
        { name: 'b.gpx', data: fixture('walk-no-hr.gpx') },
      ]);
    const first = await upload(athleteId, own.athlete1.token, archive(), 'export.zip');
    const { job } = await untilFinished(athleteId, own.athlete1.token, first.body.job.id);
    expect(job).toMatchObject({ status: 'DONE', imported: 2 });
    const deleted = job.results.find((r: any) => r.file === 'a.gpx').sessionId;
    const kept = job.results.find((r: any) => r.file === 'b.gpx').sessionId;
    await gqlOk(
      app,
      `mutation($id: ID!) { deleteLoggedSession(id: $id) }`,
      { id: deleted },
      own.athlete1.token,
    );
    expect((await sessionsOf(athleteId)).map((s: any) => s.id)).toEqual([kept]);

    const again = await upload(athleteId, own.athlete1.token, archive(), 'export.zip');

    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ duplicate: false, job: { id: job.id } });
    const { job: rerun } = await untilFinished(athleteId, own.athlete1.token, job.id);
    expect(rerun).toMatchObject({ status: 'DONE', total: 2, processed: 2, imported: 1, duplicates: 1 });
    const sessions = (await sessionsOf(athleteId)).map((s: any) => s.id);
    expect(sessions).toHaveLength(2);
    expect(sessions).toContain(kept);
    const back = rerun.results.find((r: any) => r.file === 'a.gpx');
    expect(back).toMatchObject({ status: 'IMPORTED' });
    expect(sessions).toContain(back.sessionId);
    expect(rerun.results.find((r: any) => r.file === 'b.gpx')).toMatchObject({
      status: 'DUPLICATE',
      sessionId: kept,
    });
    // Nothing deleted any more: a third upload is the same job again, nothing written.
    const third = await upload(athleteId, own.coachA.token, archive(), 'export.zip');
    expect(third.status).toBe(200);
    expect(third.body).toMatchObject({ duplicate: true, job: { id: job.id, status: 'DONE' } });
    expect(await sessionsOf(athleteId)).toHaveLength(2);
  });
});
