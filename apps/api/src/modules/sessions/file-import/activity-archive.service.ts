import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { DataSource } from 'typeorm';

import { DomainError, ErrorKind, forbidden, notFound } from '@app/common';
import {
  ActivityImportFileResult,
  ActivityImportJobEntity,
  ActivityImportJobStatus,
  AthleteEntity,
} from '@app/db';

import { AccessPolicy } from '../../../auth/access-policy.service';
import { AuthContext } from '../../../auth/auth-context';
import { AthleteChangeHooks } from '../../training/athlete-change-hooks';
import { MAX_ACTIVITY_FILE_BYTES } from './activity-file.errors';
import { displayName } from './activity-file.parser';
import { importError } from './activity-import.errors';
import { ActivityImportService, UploadedActivityFile } from './activity-import.service';
import { isZip, readZip, ZipEntry, ZipError } from './zip-reader';

export { MAX_ARCHIVE_BYTES } from './activity-archive.limits';
/** Files named like activities are imported; the rest of an export (CSV, media, JSON) is left alone. */
const ACTIVITY_FILE = /\.(fit|gpx|tcx)(\.gz)?$/i;
/** A job's claim lasts this long and is renewed after every file; a crashed instance's job is retaken after. */
const LOCK_SECONDS = 120;
/** Idle instances look for queued jobs this often (an upload wakes its own instance at once). */
const POLL_MS = 5_000;

export interface ActivityImportJobDto {
  id: string;
  athleteId: string;
  archiveName: string;
  status: ActivityImportJobStatus;
  /** Activity files in the archive; null until the job has opened it. */
  total: number | null;
  processed: number;
  imported: number;
  duplicates: number;
  refused: number;
  skipped: number;
  results: ActivityImportFileResult[];
  error: string | null;
  createdByUserId: string;
  createdAt: string;
  finishedAt: string | null;
}

export interface ActivityArchiveUploadDto {
  job: ActivityImportJobDto;
  /** The same archive had been uploaded for the athlete before: this is that job. */
  duplicate: boolean;
}

const count = (results: ActivityImportFileResult[], status: ActivityImportFileResult['status']) =>
  results.filter((r) => r.status === status).length;

export const toJobDto = (job: ActivityImportJobEntity): ActivityImportJobDto => ({
  id: job.id,
  athleteId: job.athleteId,
  archiveName: job.archiveName,
  status: job.status,
  total: job.total,
  processed: job.processed,
  imported: count(job.results, 'IMPORTED'),
  duplicates: count(job.results, 'DUPLICATE'),
  refused: count(job.results, 'REFUSED'),
  skipped: count(job.results, 'SKIPPED'),
  results: job.results,
  error: job.error,
  createdByUserId: job.createdByUserId,
  createdAt: job.createdAt.toISOString(),
  finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
});

/**
 * Bulk import of a zip archive (a Strava or Garmin account export) in the background: the upload queues a
 * job (PostgreSQL row holding the archive) and answers at once; a worker loop in every API instance claims
 * queued jobs (`FOR UPDATE SKIP LOCKED`, a renewable `locked_until`), imports each activity file through the
 * same path as a single upload and records a result per file as it goes, which is the progress the
 * athlete reads. Re-uploading the same archive returns the existing job (run again if it failed, or if a session it
 * imported has been deleted since); each file is idempotent on its own
 * (the session's file hash), so a job resumed after a crash never imports a file twice. A job that created sessions
 * tells the athlete and their coaches once, when it is done (`session:logged` with the latest day it created).
 */
@Injectable()
export class ActivityArchiveService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ActivityArchiveService.name);
  private timer: NodeJS.Timeout | null = null;
  private loop: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly imports: ActivityImportService,
    private readonly changes: AthleteChangeHooks,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.loop;
  }

  /** The athlete or an assigned coach queues an archive for the athlete. */
  async enqueue(
    ctx: AuthContext,
    athleteId: string,
    file: UploadedActivityFile,
  ): Promise<ActivityArchiveUploadDto> {
    const { athlete, relation } = await this.policy.athleteAccess(ctx, athleteId);
    if (relation === 'ADMIN') {
      throw forbidden('Only the athlete or an assigned coach can import sessions', 'ATHLETE_OR_COACH_ONLY');
    }
    const name = displayName(file.originalname);
    if (!isZip(file.buffer)) {
      throw importError(
        `"${name}" is not a zip archive. Upload the zip of your Strava or Garmin export, or single activity files one by one.`,
        'FILE_UNSUPPORTED',
      );
    }
    const hash = createHash('sha256').update(file.buffer).digest('hex');
    const inserted: Array<{ id: string }> = await this.db.query(
      `INSERT INTO activity_import_job
         (organization_id, athlete_id, created_by_user_id, archive_name, archive_hash, archive, results)
       VALUES ($1, $2, $3, $4, $5, $6, '[]'::jsonb)
       ON CONFLICT (athlete_id, archive_hash) DO NOTHING
       RETURNING id`,
      [athlete.organizationId, athlete.id, ctx.userId, name.slice(0, 200), hash, file.buffer],
    );
    let duplicate = inserted.length === 0;
    if (duplicate) {
      // An archive whose job failed (it could not be read) is tried again when uploaded again; so is a done one of
      // which a session has been deleted since (the athlete who uploads it again wants it back): each file is
      // imported again, those still there by their file hash coming out as duplicates. One statement: two uploads
      // at once requeue it once (the second finds it QUEUED), and a job is never left half reset.
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [requeued]: [Array<{ id: string }>, number] = await this.db.query(
        `UPDATE activity_import_job j
            SET status = 'QUEUED', archive = $3, error = NULL, total = NULL, processed = 0, results = '[]'::jsonb,
                finished_at = NULL, locked_until = NULL, created_by_user_id = $4, updated_at = now()
          WHERE j.athlete_id = $1 AND j.archive_hash = $2
            AND (j.status = 'FAILED'
                 OR (j.status = 'DONE' AND EXISTS (
                       SELECT 1 FROM jsonb_array_elements(j.results) r
                        WHERE r->>'status' IN ('IMPORTED', 'DUPLICATE')
                          AND NOT EXISTS (SELECT 1 FROM logged_session l
                                           WHERE l.id = (r->>'sessionId')::uuid AND l.athlete_id = j.athlete_id))))
          RETURNING j.id`,
        [athlete.id, hash, file.buffer, ctx.userId],
      );
      duplicate = requeued.length === 0;
    }
    const job = await this.db
      .getRepository(ActivityImportJobEntity)
      .findOneByOrFail({ athleteId: athlete.id, archiveHash: hash });
    if (job.status === ActivityImportJobStatus.QUEUED) this.kick();
    return { job: toJobDto(job), duplicate };
  }

  /** One job, for the athlete, their coaches and admins (anyone who may read the athlete). */
  async get(ctx: AuthContext, athleteId: string, jobId: string): Promise<ActivityImportJobDto> {
    await this.policy.athleteAccess(ctx, athleteId);
    const job = await this.db.getRepository(ActivityImportJobEntity).findOneBy({ id: jobId, athleteId });
    if (!job) throw notFound('Import job');
    return toJobDto(job);
  }

  /** The athlete's 20 most recent bulk imports, newest first. */
  async list(ctx: AuthContext, athleteId: string): Promise<ActivityImportJobDto[]> {
    await this.policy.athleteAccess(ctx, athleteId);
    const jobs = await this.db
      .getRepository(ActivityImportJobEntity)
      .find({ where: { athleteId }, order: { createdAt: 'DESC' }, take: 20 });
    return jobs.map(toJobDto);
  }

  /** Wakes the worker loop (one per instance; a kick while it runs makes it look once more). */
  kick(): void {
    if (this.stopped) return;
    if (this.loop) {
      this.again = true;
      return;
    }
    this.loop = this.drain()
      .catch((error: unknown) => this.logger.error(`activity import worker: ${String(error)}`))
      .finally(() => {
        this.loop = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Works through every claimable job. */
  private async drain(): Promise<void> {
    while (!this.stopped) {
      this.again = false;
      const job = await this.claim();
      if (!job) return;
      await this.process(job);
    }
  }

  /** Takes the oldest queued job, or a running one whose instance stopped renewing its claim. */
  private async claim(): Promise<ActivityImportJobEntity | null> {
    const [rows]: [Array<{ id: string }>, number] = await this.db.query(
      `UPDATE activity_import_job
          SET status = 'RUNNING', locked_until = now() + make_interval(secs => $1), updated_at = now()
        WHERE id = (
          SELECT id FROM activity_import_job
           WHERE (status = 'QUEUED' AND (locked_until IS NULL OR locked_until < now()))
              OR (status = 'RUNNING' AND locked_until < now())
           ORDER BY created_at
           LIMIT 1
           FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [LOCK_SECONDS],
    );
    if (rows.length === 0) return null;
    return this.db
      .getRepository(ActivityImportJobEntity)
      .createQueryBuilder('job')
      .addSelect('job.archive')
      .where('job.id = :id', { id: rows[0].id })
      .getOneOrFail();
  }

  private async process(job: ActivityImportJobEntity): Promise<void> {
    const athlete = await this.db.getRepository(AthleteEntity).findOneBy({ id: job.athleteId });
    let entries: ZipEntry[];
    try {
      if (!athlete || !job.archive) throw new ZipError('the archive is no longer stored');
      entries = readZip(job.archive, MAX_ACTIVITY_FILE_BYTES).filter((e) => isCandidate(e.name));
    } catch (error) {
      const reason = error instanceof ZipError ? error.message : 'it could not be read';
      await this.finish(
        job.id,
        ActivityImportJobStatus.FAILED,
        `"${job.archiveName}" is not a usable zip archive: ${reason}.`,
      );
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    if (job.total === null) {
      await this.db.query(`UPDATE activity_import_job SET total = $2 WHERE id = $1`, [
        job.id,
        entries.length,
      ]);
    }

    // Resumes where a previous run stopped: results are written in the order of the sorted entries.
    for (let i = job.processed; i < entries.length; i++) {
      if (this.stopped) return; // the claim lapses and another instance (or the next start) resumes
      const entry = entries[i];
      let result: ActivityImportFileResult;
      try {
        result = await this.importEntry(job.createdByUserId, athlete, entry);
      } catch (error) {
        // Not the file's fault (the database went away…): leave the job queued to be retried from here.
        this.logger.warn(`activity import job ${job.id} paused at ${entry.name}: ${String(error)}`);
        await this.db
          .query(
            `UPDATE activity_import_job SET status = 'QUEUED', locked_until = now() + interval '30 seconds'
              WHERE id = $1`,
            [job.id],
          )
          .catch(() => undefined);
        return;
      }
      await this.db.query(
        `UPDATE activity_import_job
            SET processed = $2, results = results || $3::jsonb,
                locked_until = now() + make_interval(secs => $4), updated_at = now()
          WHERE id = $1`,
        [job.id, i + 1, JSON.stringify([result]), LOCK_SECONDS],
      );
    }
    await this.finish(job.id, ActivityImportJobStatus.DONE, null);
    // One push for the whole archive, not one per file; none when every file was a duplicate or refused. Read from
    // the job's results, so a job resumed after a crash counts what the earlier run imported too.
    // (The job is done whatever this read does: a failure here loses the push, logged, not the queue's drain.)
    try {
      const [latest]: Array<{ date: string | null }> = await this.db.query(
        `SELECT to_char(max(l.date), 'YYYY-MM-DD') AS date
           FROM activity_import_job j
           CROSS JOIN jsonb_array_elements(j.results) r
           JOIN logged_session l ON l.id = (r->>'sessionId')::uuid AND l.athlete_id = j.athlete_id
          WHERE j.id = $1 AND r->>'status' = 'IMPORTED'`,
        [job.id],
      );
      if (latest.date !== null)
        this.changes.changed(job.athleteId, { kind: 'SESSION_LOGGED', date: latest.date });
    } catch (e) {
      this.logger.warn(
        `archive ${job.id}: session:logged not sent (${e instanceof Error ? e.message : String(e)})`,
      );
    }
  }

  private async importEntry(
    userId: string,
    athlete: AthleteEntity,
    entry: ZipEntry,
  ): Promise<ActivityImportFileResult> {
    if (/\.zip$/i.test(entry.name)) {
      return {
        file: entry.name,
        status: 'SKIPPED',
        reason: 'NESTED_ARCHIVE',
        message: `"${entry.name}" is an archive inside the archive: upload it on its own.`,
      };
    }
    let buffer: Buffer;
    try {
      buffer = entry.read();
    } catch (error) {
      if (!(error instanceof ZipError)) throw error;
      return {
        file: entry.name,
        status: 'REFUSED',
        reason: /more than/.test(error.message) ? 'FILE_TOO_LARGE' : 'FILE_CORRUPT',
        message: `"${entry.name}" could not be taken out of the archive: ${error.message}.`,
      };
    }
    try {
      const imported = await this.imports.importForAthlete(userId, athlete, {
        buffer,
        originalname: posix.basename(entry.name),
      });
      return {
        file: entry.name,
        status: imported.duplicate ? 'DUPLICATE' : 'IMPORTED',
        sessionId: imported.session.id,
        ...(imported.notes.length > 0 ? { notes: imported.notes } : {}),
      };
    } catch (error) {
      if (error instanceof DomainError && error.kind === ErrorKind.BAD_USER_INPUT) {
        return { file: entry.name, status: 'REFUSED', reason: error.code, message: error.message };
      }
      throw error;
    }
  }

  private async finish(id: string, status: ActivityImportJobStatus, error: string | null): Promise<void> {
    await this.db.query(
      `UPDATE activity_import_job
          SET status = $2, error = $3, archive = NULL, locked_until = NULL, finished_at = now(), updated_at = now()
        WHERE id = $1`,
      [id, status, error],
    );
  }
}

/** Activity files and nested archives; not folders' metadata (`__MACOSX/`, `._name`). */
function isCandidate(name: string): boolean {
  const base = posix.basename(name);
  if (name.startsWith('__MACOSX/') || base.startsWith('._')) return false;
  return ACTIVITY_FILE.test(name) || /\.zip$/i.test(name);
}
