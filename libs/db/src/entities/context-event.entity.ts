import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserEntity } from './user.entity';
import { OrganizationEntity } from './organization.entity';
import { MessageEntity } from './message.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { ContextEventKind, ContextEventSource, ContextEventStatus } from './enums';

/**
 * Life context with dates: illness, travel, family, work stress… Entered directly (CONFIRMED), or
 * proposed from a chat message (PROPOSED) and confirmed or dismissed by a coach.
 */
@Entity()
@Index(['athleteId', 'startDate'])
export class ContextEventEntity extends BaseEntity {
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

  @Column({ type: 'enum', enum: ContextEventKind, enumName: 'context_event_kind' })
  kind: ContextEventKind;

  @Column({ type: 'date' })
  startDate: string;

  /** Inclusive; null while open-ended. */
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'enum', enum: ContextEventSource, enumName: 'context_event_source' })
  source: ContextEventSource;

  @Column({ type: 'enum', enum: ContextEventStatus, enumName: 'context_event_status' })
  status: ContextEventStatus;

  /** Indexed: deleting messages sets this to null row by row. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @ManyToOne(() => MessageEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'message_id' })
  message?: MessageEntity;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: UserEntity;
}
