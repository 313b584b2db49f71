import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { OrganizationEntity } from './organization.entity';

export enum ConversationKind {
  /** The athlete and their whole coaching team (head and assistants). */
  DIRECT = 'DIRECT',
  /** The athlete's coaches talking about the athlete; never visible to the athlete. */
  STAFF = 'STAFF',
  /** One coach to their roster; athletes read, only the coach posts. */
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}

/**
 * A chat conversation. `lastSeq` is the per-conversation message counter: a send increments it under
 * the row lock in the same transaction as the message insert, so seqs are gapless and ordered.
 */
@Entity()
@Index(['athleteId', 'kind'], { unique: true, where: '"athlete_id" IS NOT NULL' })
@Index(['organizationId', 'ownerUserId'], { unique: true, where: `"kind" = 'ANNOUNCEMENT'` })
export class ConversationEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: ConversationKind, enumName: 'conversation_kind' })
  kind: ConversationKind;

  /** The athlete a DIRECT or STAFF conversation is about; null for announcements. */
  @Column({ type: 'uuid', nullable: true })
  athleteId: string | null;

  @ManyToOne(() => AthleteEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  athlete?: AthleteEntity;

  /** The coach who owns an ANNOUNCEMENT channel; null otherwise. */
  @Column({ type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @Column({ type: 'integer', default: 0 })
  lastSeq: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastMessageAt: Date | null;
}
