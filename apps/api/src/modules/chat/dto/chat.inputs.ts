import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { MAX_PAGE } from '../chat.service';

/** Shape checks only; the domain limits (non-blank, ≤ 4,000 characters) are ChatService's, for every transport. */
@InputType()
export class SendMessageInput {
  @Field(() => ID)
  @IsUUID()
  conversationId: string;

  @Field({
    description: 'Unique per sender (a UUID is recommended); a retry with the same id returns the original',
  })
  @IsString()
  @Matches(/^[\w.:-]{1,100}$/, {
    message: 'clientMessageId must be 1–100 characters of letters, digits, . : _ -',
  })
  clientMessageId: string;

  @Field({ description: '1–4,000 characters, not blank' })
  @IsString()
  body: string;
}

@InputType()
export class MarkReadInput {
  @Field(() => ID)
  @IsUUID()
  conversationId: string;

  @Field(() => Int, { description: 'Everything up to and including this seq is read' })
  @IsInt()
  @Min(0)
  seq: number;
}

@ArgsType()
export class MessagesArgs {
  @Field(() => ID)
  @IsUUID()
  conversationId: string;

  @Field(() => Int, { nullable: true, description: 'Page backward: messages with seq < before' })
  @IsOptional()
  @IsInt()
  @Min(1)
  before?: number;

  @Field(() => Int, { nullable: true, description: 'Page forward: messages with seq > after' })
  @IsOptional()
  @IsInt()
  @Min(0)
  after?: number;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;
}
