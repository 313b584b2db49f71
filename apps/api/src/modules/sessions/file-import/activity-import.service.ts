import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

import { forbidden, localDateIn } from '@app/common';
import { LoggedSessionEntity, OrganizationEntity, SessionKind, SessionSource } from '@app/db';

import { AccessPolicy } from '../../../auth/access-policy.service';
import { AuthContext } from '../../../auth/auth-context';
import { ActivityFileError } from './activity-file.errors';
import { parseActivityFileAsync } from './activity-file.parse-runner';
import { ParsedActivity } from './activity-file.parser';
import { fromActivityFileError, importError } from './activity-import.errors';
import { ActivityImportResultDto, toImportedSessionDto } from './dto/activity-import.dto';

export interface UploadedActivityFile {
  buffer: Buffer;
  originalname: string;
}

const CROSS_TRAINING_SPORTS =
  /cycl|bik|ride|swim|walk|hik|ski|row|paddl|kayak|canoe|elliptical|stair|skat|climb|fitnessequipment|multisport|triathlon|duathlon|tennis|soccer|yoga/;

/**
 * The kind of session an activity file's sport name stands for. FIT names (`running`, `cycling`, `training`…)
 * and free GPX `<type>` texts (`Run`, `trail running`, `Ride`…) are both accepted; unknown or missing → RUN,
 * the platform's default sport.
 */
export function sessionKindForSport(sport: string | null): SessionKind {
  const s = (sport ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (s === '') return SessionKind.RUN;
  if (s.includes('run') || s.includes('jog')) return SessionKind.RUN;
  if (/strength|training|weight|gym|crossfit/.test(s)) return SessionKind.STRENGTH;
  if (CROSS_TRAINING_SPORTS.test(s)) return SessionKind.CROSS_TRAINING;
  return SessionKind.RUN;
}

@Injectable()
export class ActivityImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
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

    // Known file: answer without parsing it again.
    const fileHash = createHash('sha256').update(file.buffer).digest('hex');
    const known = await this.findByHash(athleteId, fileHash);
    if (known) return { session: toImportedSessionDto(known), duplicate: true };

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
    const minutes = Math.round(activity.durationSeconds / 60);
    const distance = activity.distanceMeters === null ? null : Math.round(activity.distanceMeters);
    // The same bounds as a session logged by hand: a file with a stray timestamp or absurd values is
    // refused, not stored (and never overflows a column).
    const today = localDateIn(timezone, new Date());
    // Old files are fine (athletes import their history), but not before GPS watches existed.
    if (!(minutes >= 1 && minutes <= 1440) || date > today || date < '2000-01-01') {
      throw importError(
        `The file's session (${date}, ${minutes} min) is outside what can be logged: 1–1440 min, from 2000 on, not in the future`,
        'FILE_CORRUPT',
      );
    }
    const hr =
      activity.averageHeartRate !== null &&
      activity.averageHeartRate >= 25 &&
      activity.averageHeartRate <= 230
        ? activity.averageHeartRate
        : null;
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO logged_session
         (organization_id, athlete_id, date, kind, minutes, srpe, average_hr, distance_meters, source, started_at,
          file_hash, logged_by_user_id)
       VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (athlete_id, file_hash) WHERE file_hash IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        athlete.organizationId,
        athleteId,
        date,
        sessionKindForSport(activity.sport),
        minutes,
        hr,
        distance !== null && distance <= 1_000_000 ? distance : null,
        SessionSource.FILE,
        activity.startTime,
        activity.contentHash,
        ctx.userId,
      ],
    );
    const session = await this.findByHash(athleteId, activity.contentHash);
    if (!session) throw new Error('Imported session vanished after insert');
    return { session: toImportedSessionDto(session), duplicate: rows.length === 0 };
  }

  private findByHash(athleteId: string, fileHash: string): Promise<LoggedSessionEntity | null> {
    return this.db.getRepository(LoggedSessionEntity).findOne({ where: { athleteId, fileHash } });
  }
}
