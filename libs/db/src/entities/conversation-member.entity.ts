import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { ConversationEntity } from './conversation.entity';
import { UserEntity } from './user.entity';

/**
 * A person's membership of a conversation. Removal is a timestamp (history is kept); a removed member
 * reads, sends and receives nothing. `lastReadSeq` gives unread counts: `conversation.last_seq - last_read_seq`.
 */
@Entity()
@Index(['conversationId', 'userId'], { unique: true })
@Index(['userId'], { where: '"removed_at" IS NULL' })
export class ConversationMemberEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  conversation?: ConversationEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  /** False for athletes in an announcement channel (read-only). */
  @Column({ type: 'boolean', default: true })
  canPost: boolean;

  @Column({ type: 'integer', default: 0 })
  lastReadSeq: number;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}
