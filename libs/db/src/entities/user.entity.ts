import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from './base.entity';

@Entity({ name: 'app_user' })
export class UserEntity extends BaseEntity {
  /** Stored lower-cased; unique across the platform (one person, one login). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** argon2id hash. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;
}
