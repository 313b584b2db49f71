import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { RacePriority } from './enums';

@Entity()
@Index(['athleteId', 'date'])
export class RaceEntity extends BaseEntity {
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

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'enum', enum: RacePriority, enumName: 'race_priority' })
  priority: RacePriority;

  /** Free text such as "marathon", "trail 50k", "5k". */
  @Column({ type: 'varchar', length: 100 })
  kind: string;

  @Column({ type: 'integer' })
  expectedMinutes: number;

  @Column({ type: 'integer', nullable: true })
  resultMinutes: number | null;

  @Column({ type: 'text', nullable: true })
  resultNote: string | null;
}
