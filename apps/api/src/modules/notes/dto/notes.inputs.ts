import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NoteVisibility } from '../../../graphql/enums';

export const NOTE_MAX = 10_000;

@InputType()
export class AddNoteInput {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field({ description: `Up to ${NOTE_MAX} characters` })
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(NOTE_MAX)
  body: string;

  @Field(() => NoteVisibility)
  @IsEnum(NoteVisibility)
  visibility: NoteVisibility;
}

@InputType()
export class UpdateNoteInput {
  @Field(() => ID)
  @IsUUID()
  noteId: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server is a CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(NOTE_MAX)
  body?: string;

  @Field(() => NoteVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(NoteVisibility)
  visibility?: NoteVisibility;
}

@ArgsType()
export class NotesArgs {
  @Field(() => ID)
  @IsUUID()
  athleteId: string;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–200 (newest first)' })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The last note of the previous page: the notes written before it',
  })
  @IsOptional()
  @IsUUID()
  before?: string;
}
