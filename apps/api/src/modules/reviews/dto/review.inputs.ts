import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@InputType()
export class ApplySuggestionInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field(() => ID, { description: 'The suggestion id from the review, <KIND>:<weekStart>' })
  @IsString()
  @MaxLength(100)
  suggestionId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Revision of next week’s draft you reviewed, if one exists',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedRevision?: number;
}

@InputType()
export class DismissSuggestionInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  suggestionId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
