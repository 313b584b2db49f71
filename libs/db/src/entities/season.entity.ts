import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { AthleteEntity } from './athlete.entity';
import { BaseEntity } from './base.entity';
import { SeasonPhase } from './enums';

export interface SeasonPhaseBlock {
  phase: SeasonPhase;
  startDate: string;
  endDate: string;
}

export interface Mesocycle {
  startDate: string;
  weeks: number;
  focus: string;
}

/** An athlete's macrocycle: phases and mesocycles, edited by the coach as one document. */
@Entity()
@Index(['athleteId'], { unique: true })
export class SeasonEntity extends BaseEntity {
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

  @Column({ type: 'jsonb' })
  phases: SeasonPhaseBlock[];

  @Column({ type: 'jsonb' })
  mesocycles: Mesocycle[];

  @VersionColumn()
  version: number;
}
