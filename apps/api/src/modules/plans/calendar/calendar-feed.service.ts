import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { addDays, forbidden, localDateIn, notFound, weekStartOf } from '@app/common';
import { CalendarFeedEntity, EffortType, IntervalStructure, PlannedSessionKind, PlanStatus } from '@app/db';

import { AccessPolicy } from '../../../auth/access-policy.service';
import { AuthContext } from '../../../auth/auth-context';
import { AppConfigService } from '../../../config/app-config.service';
import { CreateCalendarFeedInput } from './dto/create-calendar-feed.input';
import { RevokeCalendarFeedInput } from './dto/revoke-calendar-feed.input';
import { buildPlanCalendar, CalendarSession, CalendarWeek } from './ical-feed';
import { CalendarFeedModel } from './models/calendar-feed.model';

/** How far back the feed reaches: the four weeks before the current one (everything published ahead is in). */
export const FEED_WEEKS_BACK = 4;

/** 32 random bytes, base64url: what the URL carries. Anything else is not a token and is answered 404. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

export interface RenderedCalendar {
  body: string;
  lastModified: Date;
}

interface FeedOwnerRow {
  athlete_id: string;
  timezone: string;
  athlete_name: string;
  feed_created_at: Date;
}

interface PlanSessionRow {
  plan_id: string;
  week_start: string;
  version: number;
  published_at: Date | null;
  session_id: string | null;
  date: string | null;
  kind: PlannedSessionKind | null;
  minutes: number | null;
  effort_type: EffortType | null;
  effort_value: number | null;
  zone_scale: number | null;
  intervals: IntervalStructure | null;
  purpose: string | null;
  sport: CalendarSession['sport'];
}

/**
 * The athlete's calendar feed: one active secret URL per athlete, stored as a sha256 only.
 * - create (rotate): the athlete themself only — it is their personal subscription; a coach already sees the plan
 *   in the app, and a coach rotating it would silently break the athlete's calendar.
 * - revoke: the athlete or anyone staff who may see them (assigned coach, admin), so a leaked link can be cut
 *   quickly; staff can never obtain a URL.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly config: AppConfigService,
  ) {}

  /** A new secret URL; any earlier feed of the athlete stops working at once. */
  async create(ctx: AuthContext, input: CreateCalendarFeedInput): Promise<CalendarFeedModel> {
    return this.db.transaction(async (em) => {
      const { relation } = await this.policy.athleteAccess(ctx, input.athleteId, em);
      if (relation !== 'SELF') {
        throw forbidden('Only the athlete can create their calendar feed', 'CALENDAR_FEED_ATHLETE_ONLY');
      }
      // Serialises concurrent rotations of the same athlete: exactly one feed stays active.
      await em.query(`SELECT 1 FROM athlete WHERE id = $1 FOR UPDATE`, [input.athleteId]);
      await this.revokeActive(em.query.bind(em), input.athleteId);
      const token = randomBytes(32).toString('base64url');
      const feed = await em.getRepository(CalendarFeedEntity).save({
        athleteId: input.athleteId,
        tokenHash: sha256(token),
        revokedAt: null,
      });
      return { url: this.feedUrl(token), createdAt: feed.createdAt };
    });
  }

  /** True when an active feed was revoked, false when there was none. */
  async revoke(ctx: AuthContext, input: RevokeCalendarFeedInput): Promise<boolean> {
    await this.policy.athleteAccess(ctx, input.athleteId);
    return (await this.revokeActive(this.db.query.bind(this.db), input.athleteId)) > 0;
  }

  /** The iCalendar body for a feed token; unknown, malformed or revoked tokens are NOT_FOUND alike. */
  async render(token: string, now: Date = new Date()): Promise<RenderedCalendar> {
    if (!TOKEN_PATTERN.test(token)) throw notFound('Calendar feed');
    const [owner] = await this.db.query<FeedOwnerRow[]>(
      `SELECT cf.athlete_id, COALESCE(a.timezone, o.timezone) AS timezone, u.name AS athlete_name,
              cf.created_at AS feed_created_at
         FROM calendar_feed cf
         JOIN athlete a ON a.id = cf.athlete_id
         JOIN organization o ON o.id = a.organization_id
         JOIN app_user u ON u.id = a.user_id
        WHERE cf.token_hash = $1 AND cf.revoked_at IS NULL`,
      [sha256(token)],
    );
    if (!owner) throw notFound('Calendar feed');

    const from = addDays(weekStartOf(localDateIn(owner.timezone, now)), -7 * FEED_WEEKS_BACK);
    const rows = await this.db.query<PlanSessionRow[]>(
      `SELECT p.id AS plan_id, p.week_start::text AS week_start, p.version, p.published_at,
              s.id AS session_id, s.date::text AS date, s.kind, s.minutes, s.effort_type, s.effort_value,
              s.zone_scale, s.intervals, s.purpose, s.sport
         FROM weekly_plan p
         LEFT JOIN planned_session s ON s.plan_id = p.id
        WHERE p.athlete_id = $1 AND p.status = $2 AND p.week_start >= $3
        ORDER BY p.week_start, s.date, s.position, s.id`,
      [owner.athlete_id, PlanStatus.PUBLISHED, from],
    );

    const weeks = new Map<string, CalendarWeek>();
    let lastModified = owner.feed_created_at;
    for (const row of rows) {
      let week = weeks.get(row.plan_id);
      if (!week) {
        week = { weekStart: row.week_start, version: row.version, sessions: [] };
        weeks.set(row.plan_id, week);
        if (row.published_at && row.published_at > lastModified) lastModified = row.published_at;
      }
      if (row.session_id === null) continue;
      week.sessions.push({
        id: row.session_id,
        date: row.date!,
        kind: row.kind!,
        minutes: row.minutes!,
        effort: { type: row.effort_type!, value: row.effort_value!, scale: row.zone_scale },
        intervals: row.intervals,
        purpose: row.purpose ?? '',
        sport: row.sport,
      });
    }

    // DTSTAMP = the latest publish: the same plan gives byte-identical bodies (and ETags) between polls.
    const body = buildPlanCalendar({
      athleteName: owner.athlete_name,
      timezone: owner.timezone,
      weeks: [...weeks.values()],
      generatedAt: lastModified,
    });
    return { body, lastModified };
  }

  private feedUrl(token: string): string {
    return `${this.config.publicUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;
  }

  private async revokeActive(query: DataSource['query'], athleteId: string): Promise<number> {
    // Through a CTE so the driver returns plain rows (a bare UPDATE answers [rows, count]).
    const [{ revoked }] = await query<Array<{ revoked: number }>>(
      `WITH r AS (
         UPDATE calendar_feed SET revoked_at = now(), updated_at = now()
          WHERE athlete_id = $1 AND revoked_at IS NULL RETURNING id
       )
       SELECT count(*)::int AS revoked FROM r`,
      [athleteId],
    );
    return revoked;
  }
}
