import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConversationKind } from '@app/db';

registerEnumType(ConversationKind, {
  name: 'ConversationKind',
  description:
    'DIRECT: the athlete and their coaching team; STAFF: the coaches about the athlete (never visible to the athlete); ' +
    'ANNOUNCEMENT: a coach to their roster (athletes read only).',
});

@ObjectType('ChatMessage')
export class ChatMessageModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  conversationId: string;

  @Field(() => Int, { description: 'Gapless per conversation, from 1' })
  seq: number;

  @Field(() => ID)
  senderUserId: string;

  @Field({ description: 'The sender’s idempotency key' })
  clientMessageId: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}

@ObjectType('Conversation')
export class ConversationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ConversationKind)
  kind: ConversationKind;

  @Field(() => ID, { nullable: true, description: 'The athlete a DIRECT or STAFF conversation is about' })
  athleteId: string | null;

  @Field({
    description:
      'From the caller’s side: for the athlete, their own DIRECT conversation is titled with their coaches’ names; otherwise the athlete’s name (DIRECT, STAFF) or the coach’s (ANNOUNCEMENT)',
  })
  title: string;

  @Field({ description: 'False when the caller may only read (athletes in an announcement channel)' })
  canPost: boolean;

  @Field(() => Int)
  lastSeq: number;

  @Field(() => Int)
  lastReadSeq: number;

  @Field(() => Int)
  unreadCount: number;

  @Field(() => ChatMessageModel, { nullable: true })
  lastMessage: ChatMessageModel | null;

  @Field(() => Date, { nullable: true })
  lastMessageAt: Date | null;
}

@ObjectType('MessagePage')
export class MessagePageModel {
  @Field(() => [ChatMessageModel], { description: 'Ascending by seq' })
  messages: ChatMessageModel[];

  @Field({ description: 'More messages exist beyond this page in the direction asked for' })
  hasMore: boolean;
}

@ObjectType('ReadReceipt')
export class ReadReceiptModel {
  @Field(() => ID)
  conversationId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => Int, { description: 'Everything up to this seq is read' })
  seq: number;
}
