import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { AddNoteInput, UpdateNoteInput } from './dto/notes.inputs';
import { NoteModel } from './models/note.model';
import { NotesService } from './notes.service';

@Resolver(() => NoteModel)
export class NotesResolver {
  constructor(private readonly notesService: NotesService) {}

  @Mutation(() => NoteModel)
  addNote(@CurrentAuth() ctx: AuthContext, @Args('input') input: AddNoteInput): Promise<NoteModel> {
    return this.notesService.add(ctx, input);
  }

  @Mutation(() => NoteModel)
  updateNote(@CurrentAuth() ctx: AuthContext, @Args('input') input: UpdateNoteInput): Promise<NoteModel> {
    return this.notesService.update(ctx, input);
  }

  @Query(() => [NoteModel])
  notes(
    @CurrentAuth() ctx: AuthContext,
    @Args('athleteId', { type: () => ID }, ParseUUIDPipe) athleteId: string,
  ): Promise<NoteModel[]> {
    return this.notesService.list(ctx, athleteId);
  }
}
