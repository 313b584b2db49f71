import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A fixed-window counter of the login rate limits (`LoginRateLimiter`), shared by every instance of the
 * API through the database: `account:<email>` counts failed password checks, `ip:<address>` counts
 * attempts. A window that has ended is restarted by the next attempt and swept when old.
 */
@Entity()
export class RateLimitWindowEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  count: number;

  @Index()
  @Column({ type: 'timestamptz' })
  resetAt: Date;
}
