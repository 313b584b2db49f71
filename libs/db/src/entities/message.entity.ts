import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { ConversationEntity } from './conversation.entity';
import { UserEntity } from './user.entity';

/**
 * A chat message; PostgreSQL is the source of truth. `seq` is gapless per conversation; the sender's
 * `clientMessageId` is unique per sender, so a retried send finds the original instead of adding a row.
 */
@Entity()
@Index(['conversationId', 'seq'], { unique: true })
@Index(['senderUserId', 'clientMessageId'], { unique: true })
export class MessageEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  conversation?: ConversationEntity;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'uuid' })
  senderUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_user_id' })
  sender?: UserEntity;

  @Column({ type: 'varchar', length: 100 })
  clientMessageId: string;

  @Column({ type: 'text' })
  body: string;
}
