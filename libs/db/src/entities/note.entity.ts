import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { BaseEntity } from './base.entity';
import { NoteVisibility } from './enums';

@Entity()
@Index(['athleteId', 'createdAt'])
export class NoteEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  athleteId: string;

  @Column({ type: 'uuid' })
  authorUserId: string;

  @Column({ type: 'enum', enum: NoteVisibility, enumName: 'note_visibility' })
  visibility: NoteVisibility;

  @Column({ type: 'text' })
  body: string;

  @VersionColumn()
  version: number;
}
