import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { UserEntity } from './user.entity';
import { OrganizationEntity } from './organization.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { NoteVisibility } from './enums';

@Entity()
@Index(['athleteId', 'createdAt'])
export class NoteEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  athleteId: string;

  @ManyToOne(() => AthleteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'athlete_id' })
  athlete?: AthleteEntity;

  @Column({ type: 'uuid' })
  authorUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_user_id' })
  author?: UserEntity;

  @Column({ type: 'enum', enum: NoteVisibility, enumName: 'note_visibility' })
  visibility: NoteVisibility;

  @Column({ type: 'text' })
  body: string;

  @VersionColumn()
  version: number;
}
