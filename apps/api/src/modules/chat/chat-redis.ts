import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { createClient } from 'redis';
import { ChatOptions } from './chat-options';

export const CHAT_REDIS = Symbol('CHAT_REDIS');

export type ChatRedisClient = ReturnType<typeof createClient>;

/** The Redis connection the Socket.IO streams adapter publishes with; absent without REDIS_URL. */
export class ChatRedis implements OnApplicationShutdown {
  private static readonly logger = new Logger('ChatRedis');

  private constructor(readonly client: ChatRedisClient | null) {}

  static async connect(options: ChatOptions): Promise<ChatRedis> {
    if (!options.redisUrl) return new ChatRedis(null);
    const client = createClient({
      url: options.redisUrl,
      socket: { reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000) },
    });
    client.on('error', (e: Error) => ChatRedis.logger.warn(`redis: ${e.message}`));
    await client.connect();
    return new ChatRedis(client);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client?.isOpen) await this.client.close().catch(() => undefined);
  }
}
