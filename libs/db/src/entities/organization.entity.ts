import { Column, Entity } from 'typeorm';
import { BaseEntity } from './base.entity';

@Entity()
export class OrganizationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** IANA time zone; the default for athletes who have not set their own. */
  @Column({ type: 'varchar', length: 64 })
  timezone: string;
}
