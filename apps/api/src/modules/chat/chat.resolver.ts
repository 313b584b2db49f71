import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { ChatService } from './chat.service';
import { MarkReadInput, MessagesArgs, SendMessageInput } from './dto/chat.inputs';
import {
  ChatMessageModel,
  ConversationModel,
  MessagePageModel,
  ReadReceiptModel,
} from './models/chat.models';

const withDates = <T extends { createdAt: string }>(m: T) => ({ ...m, createdAt: new Date(m.createdAt) });

/** GraphQL for chat: the same ChatService (and guarantees) as the Socket.IO gateway. */
@Resolver(() => ConversationModel)
export class ChatResolver {
  constructor(private readonly chat: ChatService) {}

  @Query(() => [ConversationModel], {
    description: 'The caller’s conversations, most recent first, with unread counts',
  })
  async conversations(@CurrentAuth() ctx: AuthContext): Promise<ConversationModel[]> {
    const list = await this.chat.conversations(ctx);
    return list.map((c) => ({
      ...c,
      kind: c.kind as ConversationModel['kind'],
      lastMessage: c.lastMessage ? withDates(c.lastMessage) : null,
    }));
  }

  @Query(() => MessagePageModel, {
    description: 'History by seq cursor: `after` pages forward, `before` backward',
  })
  async messages(@CurrentAuth() ctx: AuthContext, @Args() args: MessagesArgs): Promise<MessagePageModel> {
    const page = await this.chat.messages(ctx, args.conversationId, args);
    return { hasMore: page.hasMore, messages: page.messages.map(withDates) };
  }

  @Mutation(() => ChatMessageModel, {
    description: 'Idempotent by clientMessageId; delivered to sockets after commit',
  })
  async sendMessage(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: SendMessageInput,
  ): Promise<ChatMessageModel> {
    return withDates(await this.chat.send(ctx, input));
  }

  @Mutation(() => ReadReceiptModel)
  markRead(@CurrentAuth() ctx: AuthContext, @Args('input') input: MarkReadInput): Promise<ReadReceiptModel> {
    return this.chat.markRead(ctx, input.conversationId, input.seq);
  }
}
