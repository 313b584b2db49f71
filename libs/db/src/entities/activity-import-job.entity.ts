import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

export enum ActivityImportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/** What became of one file of an archive. */
export interface ActivityImportFileResult {
  /** Path inside the archive (a nested archive's entries as `outer.zip/inner.fit`). */
  file: string;
  status: 'IMPORTED' | 'DUPLICATE' | 'REFUSED' | 'SKIPPED';
  sessionId?: string;
  /** For REFUSED / SKIPPED: the import's reason code (FILE_CORRUPT, FILE_UNSUPPORTED…) and message. */
  reason?: string;
  message?: string;
  notes?: string[];
}

/**
 * A bulk import of a zip archive (a Strava or Garmin export) for one athlete, worked through in the
 * background: claimed by one instance at a time (`locked_until`), progress and per-file results written as
 * it goes, the archive dropped once done. The same archive uploaded again for the athlete finds this job.
 */
@Entity()
@Index(['athleteId', 'archiveHash'], { unique: true })
@Index(['status', 'createdAt'])
@Index(['organizationId'])
@Index(['createdByUserId'])
export class ActivityImportJobEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  athleteId: string;

  @ManyToOne(() => AthleteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'athlete_id' })
  athlete?: AthleteEntity;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: UserEntity;

  @Column({ type: 'varchar', length: 200 })
  archiveName: string;

  /** sha256 of the uploaded archive. */
  @Column({ type: 'varchar', length: 64 })
  archiveHash: string;

  /** The uploaded bytes while the job is pending; null once it is done. */
  @Column({ type: 'bytea', nullable: true, select: false })
  archive: Buffer | null;

  @Column({
    type: 'enum',
    enum: ActivityImportJobStatus,
    enumName: 'activity_import_job_status',
    default: ActivityImportJobStatus.QUEUED,
  })
  status: ActivityImportJobStatus;

  /** Activity files found in the archive (known once the job has opened it). */
  @Column({ type: 'integer', nullable: true })
  total: number | null;

  @Column({ type: 'integer', default: 0 })
  processed: number;

  @Column({ type: 'jsonb' })
  results: ActivityImportFileResult[];

  /** Why the whole job failed (an unreadable archive). */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** A running job's claim: another instance may take it over after this instant (a crashed worker). */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
