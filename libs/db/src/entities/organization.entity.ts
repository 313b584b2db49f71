import { Column, Entity } from 'typeorm';
import { BaseEntity } from './base.entity';

@Entity()
export class OrganizationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** IANA time zone; the default for athletes who have not set their own. */
  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  /** When weekly reviews are generated, in the organization's zone: weekday (0 = Monday … 6 = Sunday). */
  @Column({ type: 'smallint', default: 6 })
  reviewWeekday: number;

  /** … and local time, `HH:MM` (default Sunday 16:00). */
  @Column({ type: 'varchar', length: 5, default: '16:00' })
  reviewTime: string;
}
