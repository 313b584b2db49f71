import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { numeric } from './numeric.transformer';
import { IllnessStatus } from './enums';

/** One morning check-in per athlete per local date (upserted). Scales are 1–5, 5 = best. */
@Entity()
@Index(['athleteId', 'date'], { unique: true })
export class CheckInEntity extends BaseEntity {
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

  /** The athlete's local date. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: numeric })
  sleepHours: number | null;

  @Column({ type: 'smallint', nullable: true })
  sleepQuality: number | null;

  /** Morning rMSSD in ms. */
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numeric })
  rmssd: number | null;

  @Column({ type: 'smallint', nullable: true })
  restingHr: number | null;

  @Column({ type: 'smallint', nullable: true })
  soreness: number | null;

  @Column({ type: 'smallint', nullable: true })
  fatigue: number | null;

  @Column({ type: 'smallint', nullable: true })
  stress: number | null;

  @Column({ type: 'smallint', nullable: true })
  mood: number | null;

  @Column({ type: 'enum', enum: IllnessStatus, enumName: 'illness_status', default: IllnessStatus.NONE })
  illness: IllnessStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
