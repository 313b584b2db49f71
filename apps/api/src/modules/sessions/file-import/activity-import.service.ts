import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

import { forbidden, localDateIn } from '@app/common';
import { AthleteEntity, LoggedSessionEntity, OrganizationEntity, SessionSource } from '@app/db';

import { AccessPolicy } from '../../../auth/access-policy.service';
import { AuthContext } from '../../../auth/auth-context';
import { AthleteChangeHooks } from '../../training/athlete-change-hooks';
import { ActivityFileError } from './activity-file.errors';
import { parseActivityFileAsync } from './activity-file.parse-runner';
import { displayName, ParsedActivity } from './activity-file.parser';
import { fromActivityFileError, importError } from './activity-import.errors';
import { ActivityImportResultDto, toImportedSessionDto } from './dto/activity-import.dto';
import { chooseSport } from './sport-inference';

export interface UploadedActivityFile {
  buffer: Buffer;
  originalname: string;
}

export { sessionKindForSport } from './sport-inference';

@Injectable()
export class ActivityImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly changes: AthleteChangeHooks,
  ) {}

  /**
   * Turns an uploaded FIT/GPX file into a logged session for the athlete (RPE left for the athlete to add).
   * The athlete themself or an assigned coach may import; admins only read. The same file twice gives the
   * existing session back (`duplicate: true`), also when two uploads race (unique index on the file hash).
   */
  async importFile(
    ctx: AuthContext,
    athleteId: string,
    file: UploadedActivityFile,
  ): Promise<ActivityImportResultDto> {
    const { athlete, relation } = await this.policy.athleteAccess(ctx, athleteId);
    if (relation === 'ADMIN') {
      throw forbidden('Only the athlete or an assigned coach can import sessions', 'ATHLETE_OR_COACH_ONLY');
    }
    const result = await this.importForAthlete(ctx.userId, athlete, file);
    // One file, one push; an archive's import (many files in the background) pushes once, when its job is done.
    if (!result.duplicate)
      this.changes.changed(athlete.id, { kind: 'SESSION_LOGGED', date: result.session.date });
    return result;
  }

  /**
   * The import itself, for an athlete the caller's access to was checked already (the upload above, or the
   * bulk import job when it was queued). `userId` is recorded as the one who logged the session.
   *
   * @throws DomainError BAD_USER_INPUT with the file's reason (FILE_CORRUPT, FILE_UNSUPPORTED …)
   */
  async importForAthlete(
    userId: string,
    athlete: AthleteEntity,
    file: UploadedActivityFile,
  ): Promise<ActivityImportResultDto> {
    const athleteId = athlete.id;
    // Known file: answer without parsing it again.
    const fileHash = createHash('sha256').update(file.buffer).digest('hex');
    const known = await this.findByHash(athleteId, fileHash);
    if (known) return { session: toImportedSessionDto(known), duplicate: true, notes: [] };

    let activity: ParsedActivity;
    try {
      activity = await parseActivityFileAsync(file.buffer, file.originalname);
    } catch (error) {
      if (error instanceof ActivityFileError) throw fromActivityFileError(error);
      throw error;
    }

    const org = await this.db
      .getRepository(OrganizationEntity)
      .findOneOrFail({ where: { id: athlete.organizationId } });
    const timezone = athlete.timezone ?? org.timezone;
    const date = localDateIn(timezone, activity.startTime);
    // The parser refused what no session can be (under 30 s, over a day, a clock before 2000); what is left
    // is a start in the future, which only a wrong device clock gives.
    if (date > localDateIn(timezone, new Date())) {
      throw importError(
        `"${displayName(file.originalname)}" says it was recorded on ${date}, in the future: the device's clock is wrong. Log the session by hand instead.`,
        'FILE_UNSUPPORTED',
      );
    }
    const elapsedSeconds = Math.round(activity.elapsedSeconds);
    const movingSeconds = activity.movingSeconds === null ? null : Math.round(activity.movingSeconds);
    // The session's minutes are its moving time: stops do not add training load (sRPE × minutes).
    const minutes = Math.min(1440, Math.max(1, Math.round((movingSeconds ?? elapsedSeconds) / 60)));
    const distance = activity.distanceMeters === null ? null : Math.round(activity.distanceMeters);
    const sport = chooseSport(activity.sport, activity.distanceMeters, movingSeconds ?? elapsedSeconds);
    const hr =
      activity.averageHeartRate !== null &&
      activity.averageHeartRate >= 25 &&
      activity.averageHeartRate <= 230
        ? activity.averageHeartRate
        : null;
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO logged_session
         (organization_id, athlete_id, date, kind, minutes, srpe, average_hr, distance_meters, source, started_at,
          file_hash, logged_by_user_id, elapsed_seconds, moving_seconds, sport, sport_inferred)
       VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (athlete_id, file_hash) WHERE file_hash IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        athlete.organizationId,
        athleteId,
        date,
        sport.kind,
        minutes,
        hr,
        distance !== null && distance <= 1_000_000 ? distance : null,
        SessionSource.FILE,
        activity.startTime,
        activity.contentHash,
        userId,
        elapsedSeconds,
        movingSeconds,
        sport.sport === null ? null : sport.sport.slice(0, 64),
        sport.inferred,
      ],
    );
    const session = await this.findByHash(athleteId, activity.contentHash);
    if (!session) throw new Error('Imported session vanished after insert');
    return { session: toImportedSessionDto(session), duplicate: rows.length === 0, notes: activity.notes };
  }

  private findByHash(athleteId: string, fileHash: string): Promise<LoggedSessionEntity | null> {
    return this.db.getRepository(LoggedSessionEntity).findOne({ where: { athleteId, fileHash } });
  }
}
