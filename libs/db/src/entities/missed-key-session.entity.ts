import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AthleteEntity } from './athlete.entity';

/**
 * A day whose planned key session ended with nothing logged for it, recorded when the review workflow
 * noticed (the tick after the day ended in the athlete's zone). One row per athlete and day: the row's
 * insert is what makes the missed session re-run the review exactly once, whichever instance sees it.
 */
@Entity()
export class MissedKeySessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  athleteId: string;

  @ManyToOne(() => AthleteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'athlete_id' })
  athlete?: AthleteEntity;

  /** The athlete's local date of the missed session. */
  @PrimaryColumn({ type: 'date' })
  date: string;

  /** The planned session (of the published plan then); not a foreign key: plans are re-versioned. */
  @Column({ type: 'uuid' })
  plannedSessionId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  noticedAt: Date;
}
