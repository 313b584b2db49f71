import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

export interface IntakeRace {
  name: string;
  date: string;
  priority: 'A' | 'B' | 'C';
}

/** The intake questionnaire as submitted (validated at the API boundary). */
export interface IntakeData {
  yearsRunning: number;
  typicalWeeklyHours: number;
  longestRecentSessionMinutes: number;
  injuryHistory: string;
  strengths: string[];
  weaknesses: string[];
  /** Minutes available Monday..Sunday. */
  availabilityMinutes: number[];
  lifeConstraints: string;
  goals: string;
  upcomingRaces: IntakeRace[];
}

@Entity()
@Index(['organizationId', 'userId'], { unique: true })
export class AthleteEntity extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  /** IANA zone; null means the organization's. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  timezone: string | null;

  @Column({ type: 'jsonb', nullable: true })
  intake: IntakeData | null;

  @Column({ type: 'timestamptz', nullable: true })
  intakeSubmittedAt: Date | null;

  /** When the athlete began answering the questionnaire (their first answer typed); kept once set. */
  @Column({ type: 'timestamptz', nullable: true })
  intakeStartedAt: Date | null;
}
