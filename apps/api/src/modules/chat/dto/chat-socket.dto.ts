import { Type } from 'class-transformer';
import { badInput } from '@app/common';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { ReadPayload, SendMessagePayload, SyncPayload, TypingPayload } from '../chat.events';
import { MAX_PAGE } from '../chat.service';

/** Socket.IO payload shapes, checked by the gateway's ValidationPipe; domain limits live in ChatService. */
export class SendMessageDto implements SendMessagePayload {
  @IsUUID()
  conversationId: string;

  @IsString()
  clientMessageId: string;

  @IsString()
  body: string;
}

export class SyncDto implements SyncPayload {
  @IsUUID()
  conversationId: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  afterSeq: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;
}

export class ReadDto implements ReadPayload {
  @IsUUID()
  conversationId: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  seq: number;
}

export class TypingDto implements TypingPayload {
  @IsUUID()
  conversationId: string;
}

const SEND_KEYS = new Set(['conversationId', 'clientMessageId', 'body']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `message:send`'s payload checked by hand, exactly as the ValidationPipe checks SendMessageDto (whitelist,
 * forbidNonWhitelisted): the send path skips Nest's per-event pipeline, which cost more CPU than the rest
 * of a send. Throws BAD_USER_INPUT / VALIDATION_FAILED with class-validator's messages.
 */
export function parseSendPayload(payload: unknown): SendMessagePayload {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw badInput('The message:send payload must be an object', 'VALIDATION_FAILED');
  }
  const p = payload as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(p))
    if (!SEND_KEYS.has(key)) problems.push(`property ${key} should not exist`);
  if (typeof p.conversationId !== 'string' || !UUID.test(p.conversationId))
    problems.push('conversationId must be a UUID');
  if (typeof p.clientMessageId !== 'string') problems.push('clientMessageId must be a string');
  if (typeof p.body !== 'string') problems.push('body must be a string');
  if (problems.length) throw badInput(problems.join('; '), 'VALIDATION_FAILED');
  return {
    conversationId: p.conversationId as string,
    clientMessageId: p.clientMessageId as string,
    body: p.body as string,
  };
}
