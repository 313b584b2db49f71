import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { AddNoteInput, NotesArgs, UpdateNoteInput } from './dto/notes.inputs';
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

  @Query(() => [NoteModel], {
    description:
      'Notes on an athlete you may see, newest first, a page at a time (`before` = last note seen)',
  })
  notes(@CurrentAuth() ctx: AuthContext, @Args() args: NotesArgs): Promise<NoteModel[]> {
    return this.notesService.list(ctx, args);
  }
}
