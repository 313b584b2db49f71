import { Module } from '@nestjs/common';
import { NotesResolver } from './notes.resolver';
import { NotesService } from './notes.service';

@Module({ providers: [NotesService, NotesResolver] })
export class NotesModule {}
