import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from './user.entity';
import { OrganizationEntity } from './organization.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { numeric } from './numeric.transformer';
import { SessionKind, SessionSource } from './enums';

/** A session the athlete did, entered by hand or imported from a FIT/GPX file. */
@Entity()
@Index(['athleteId', 'date'])
@Index(['athleteId', 'fileHash'], { unique: true, where: '"file_hash" IS NOT NULL' })
export class LoggedSessionEntity extends BaseEntity {
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

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'enum', enum: SessionKind, enumName: 'session_kind' })
  kind: SessionKind;

  /** Moving minutes (a file's timer time, stops excluded): what the session's sRPE load is computed from. */
  @Column({ type: 'integer' })
  minutes: number;

  /** An imported file's start → finish seconds, stops included; null for sessions logged by hand. */
  @Column({ type: 'integer', nullable: true })
  elapsedSeconds: number | null;

  /** An imported file's moving (timer) seconds; null for sessions logged by hand or files that cannot tell. */
  @Column({ type: 'integer', nullable: true })
  movingSeconds: number | null;

  /** The sport an imported file names (`cycling`, `Run`…), or the one inferred from its speed. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sport: string | null;

  /** True when `sport` (and the kind) were inferred from the file's speed, the file naming none. */
  @Column({ type: 'boolean', default: false })
  sportInferred: boolean;

  /** Session RPE 0–10 (Foster); null until the athlete rates an imported session. */
  @Column({ type: 'numeric', precision: 3, scale: 1, nullable: true, transformer: numeric })
  srpe: number | null;

  @Column({ type: 'smallint', nullable: true })
  averageHr: number | null;

  @Column({ type: 'integer', nullable: true })
  distanceMeters: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  plannedSessionId: string | null;

  @Column({ type: 'enum', enum: SessionSource, enumName: 'session_source', default: SessionSource.MANUAL })
  source: SessionSource;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  /** sha256 of an imported file: re-importing the same file finds this row instead of a duplicate. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  fileHash: string | null;

  @Column({ type: 'uuid' })
  loggedByUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'logged_by_user_id' })
  loggedBy?: UserEntity;
}
