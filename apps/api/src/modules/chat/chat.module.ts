import { Module } from '@nestjs/common';
import { AppConfigService } from '../../config/app-config.service';
import { CHAT_OPTIONS, ChatOptions, chatOptionsFrom } from './chat-options';
import { CHAT_REDIS, ChatRedis } from './chat-redis';
import { ChatGateway } from './chat.gateway';
import { ChatMembershipSync } from './chat-membership.sync';
import { ChatNotifier } from './chat.notifier';
import { ChatRepository } from './chat.repository';
import { ChatResolver } from './chat.resolver';
import { ChatService } from './chat.service';
import { ContextProposalsResolver } from './context-proposals.resolver';
import { ContextProposalsService } from './context-proposals.service';
import { OnboardingPush } from './onboarding-push';

/** Coach–athlete messaging: conversations, durable messages, Socket.IO `/chat`, GraphQL, context proposals. */
@Module({
  providers: [
    { provide: CHAT_OPTIONS, inject: [AppConfigService], useFactory: chatOptionsFrom },
    { provide: CHAT_REDIS, inject: [CHAT_OPTIONS], useFactory: (o: ChatOptions) => ChatRedis.connect(o) },
    ChatRepository,
    ChatNotifier,
    ChatService,
    ChatMembershipSync,
    ChatGateway,
    ChatResolver,
    ContextProposalsService,
    ContextProposalsResolver,
    OnboardingPush,
  ],
  exports: [ChatService, ChatRepository, ChatNotifier],
})
export class ChatModule {}
