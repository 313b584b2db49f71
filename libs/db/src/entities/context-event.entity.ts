import { Column, Entity, Index } from 'typeorm';
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

  @Column({ type: 'uuid' })
  athleteId: string;

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

  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;
}
