import { Type } from 'class-transformer';
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
