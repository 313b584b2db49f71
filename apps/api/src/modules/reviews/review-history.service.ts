import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, badInput, forbidden, isMonday, localDateIn, weekStartOf } from '@app/common';
import { PlannedSessionKind, Role } from '@app/db';
import { effortToRpe } from '@app/engine';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { computeCompliance } from '../plans/compliance.service';
import { AthleteCalendar } from '../training/athlete-calendar.service';
import { ReviewHistoryArgs, SuggestionStatsArgs } from './dto/review-history.inputs';
import {
  ReviewHistoryEntryModel,
  SuggestionKindStatsModel,
  SuggestionStatsModel,
} from './models/review-history.models';
import { ReviewClock } from './review-clock';
import { plannedEffort, UNRATED_SESSION_RPE } from './review-input.mapper';

const DEFAULT_HISTORY_WEEKS = 12;
const DEFAULT_STATS_WEEKS = 12;
/** A stats window longer than this is refused (a coach's learning signal, not an export). */
const MAX_STATS_WEEKS = 104;

interface ReviewRow {
  id: string;
  week_start: string;
  status: string;
  engine_status: string;
  decision_type: string | null;
  decision_target: number | null;
  readiness: string | null;
  completed_at: Date | null;
}

/**
 * Past weekly reviews and what came of them (#10 item 8): for one athlete, each review with what the coach
 * applied or dismissed and how the planned week went (compliance against the published plan, load done vs
 * planned, readiness at the end of the week from the next review); per coach, how often each suggestion
 * kind is applied, edited or dismissed. A fixed number of queries whatever the number of weeks.
 */
@Injectable()
export class ReviewHistoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly calendar: AthleteCalendar,
    private readonly clock: ReviewClock,
  ) {}

  async history(ctx: AuthContext, args: ReviewHistoryArgs): Promise<ReviewHistoryEntryModel[]> {
    const { athlete, relation } = await this.policy.staffAccess(ctx, args.athleteId);
    if (args.before != null && !isMonday(args.before)) {
      throw badInput(`before ${args.before} is not a Monday`, 'WEEK_START_NOT_MONDAY');
    }
    const today = await this.calendar.today(athlete.id, this.clock.now());
    const first = args.first ?? DEFAULT_HISTORY_WEEKS;
    const q = <T>(sql: string, params: unknown[]) => this.db.query<T[]>(sql, params);
    const reviews = await q<ReviewRow>(
      `SELECT id, to_char(week_start, 'YYYY-MM-DD') AS week_start, status, engine_status,
              output #>> '{decision,type}' AS decision_type,
              (output #>> '{decision,targetMinutes}')::numeric AS decision_target,
              output #>> '{metrics,readiness}' AS readiness, completed_at
         FROM weekly_review
        WHERE athlete_id = $1 AND ($2::date IS NULL OR week_start < $2::date)
        ORDER BY week_start DESC LIMIT $3`,
      [athlete.id, args.before ?? null, first],
    );
    if (!reviews.length) return [];
    const weeks = reviews.map((r) => r.week_start);
    const from = weeks[weeks.length - 1];
    const to = addDays(weeks[0], 6);
    const [suggestions, planned, logged, exclusions, after] = await Promise.all([
      q<{
        review_id: string;
        suggestion_id: string;
        kind: string;
        severity: string;
        state: string;
        dismiss_reason: string | null;
        decided_at: Date | null;
      }>(
        `SELECT review_id, suggestion_id, kind, severity, state, dismiss_reason, decided_at
           FROM weekly_review_suggestion
          WHERE review_id = ANY($1::uuid[]) AND state <> 'SUPERSEDED'
          ORDER BY position`,
        [reviews.map((r) => r.id)],
      ),
      // One row per planned session, and one with a null id for a week published without sessions.
      q<{
        week_start: string;
        id: string | null;
        date: string;
        kind: PlannedSessionKind;
        minutes: number;
        key: boolean;
        effort_type: 'RPE' | 'ZONE';
        effort_value: number;
        zone_scale: number | null;
      }>(
        `SELECT to_char(p.week_start, 'YYYY-MM-DD') AS week_start, s.id, to_char(s.date, 'YYYY-MM-DD') AS date,
                s.kind, s.minutes, s.key, s.effort_type, s.effort_value, s.zone_scale
           FROM weekly_plan p LEFT JOIN planned_session s ON s.plan_id = p.id
          WHERE p.athlete_id = $1 AND p.status = 'PUBLISHED' AND p.week_start = ANY($2::date[])`,
        [athlete.id, weeks],
      ),
      q<{
        date: string;
        kind: string;
        minutes: number;
        srpe: string | null;
        planned_session_id: string | null;
      }>(
        `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, minutes, srpe, planned_session_id
           FROM logged_session WHERE athlete_id = $1 AND date BETWEEN $2 AND $3`,
        [athlete.id, from, to],
      ),
      q<{ start_date: string; end_date: string | null }>(
        `SELECT to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
           FROM context_event
          WHERE athlete_id = $1 AND status = 'CONFIRMED' AND kind IN ('ILLNESS', 'TRAVEL')
            AND start_date <= $3 AND (end_date IS NULL OR end_date >= $2)`,
        [athlete.id, from, to],
      ),
      // The review planning the week after each one was made at its end: its readiness is how the week left them.
      q<{ week_start: string; readiness: string | null }>(
        `SELECT to_char(week_start, 'YYYY-MM-DD') AS week_start, output #>> '{metrics,readiness}' AS readiness
           FROM weekly_review WHERE athlete_id = $1 AND week_start = ANY($2::date[])`,
        [athlete.id, weeks.map((w) => addDays(w, 7))],
      ),
    ]);
    const readinessOf = new Map(after.map((a) => [a.week_start, a.readiness]));
    const thisWeek = weekStartOf(today.date);
    return reviews.map((r): ReviewHistoryEntryModel => {
      const end = addDays(r.week_start, 6);
      const published = planned.some((s) => s.week_start === r.week_start);
      const weekPlanned = planned.filter(
        (s): s is typeof s & { id: string } => s.week_start === r.week_start && s.id !== null,
      );
      const weekLogged = logged.filter((s) => s.date >= r.week_start && s.date <= end);
      const started = r.week_start <= today.date;
      const compliance = computeCompliance({
        weekStart: r.week_start,
        planned: published ? weekPlanned : null,
        logged: weekLogged.map((s) => ({
          date: s.date,
          kind: s.kind,
          minutes: s.minutes,
          plannedSessionId: s.planned_session_id,
        })),
        exclusions: exclusions.map((e) => ({ startDate: e.start_date, endDate: e.end_date })),
        today: today.date,
      });
      const counted = compliance.countedThrough;
      return {
        reviewId: r.id,
        weekStart: r.week_start,
        status: r.status,
        engineStatus: r.engine_status,
        decisionType: r.decision_type,
        decisionTargetMinutes: r.decision_target === null ? null : Math.round(Number(r.decision_target)),
        readinessBefore: r.readiness,
        completedAt: r.completed_at,
        suggestions: suggestions
          .filter((s) => s.review_id === r.id)
          .map((s) => ({
            suggestionId: s.suggestion_id,
            kind: s.kind,
            severity: s.severity,
            state: s.state,
            // A dismissal's reason is the coach's private note: admins see that it was dismissed, not why.
            dismissReason: relation === 'COACH' ? s.dismiss_reason : null,
            decidedAt: s.decided_at,
          })),
        outcome: started
          ? {
              weekOver: r.week_start < thisWeek,
              compliance,
              // Over the days the compliance counts: in the week under way, the days that have ended.
              loadDone: Math.round(
                weekLogged.reduce(
                  (a, s) =>
                    a +
                    (counted !== null && s.date > counted
                      ? 0
                      : s.minutes * (s.srpe === null ? UNRATED_SESSION_RPE : Number(s.srpe))),
                  0,
                ),
              ),
              // Like the compliance beside it: days lost to illness or travel, and days not over yet, are left out.
              loadPlanned: published
                ? Math.round(
                    weekPlanned.reduce(
                      (a, s) =>
                        a +
                        (s.kind === PlannedSessionKind.REST ||
                        compliance.excludedDates.includes(s.date) ||
                        (counted !== null && s.date > counted)
                          ? 0
                          : s.minutes *
                            effortToRpe(plannedEffort(s.effort_type, s.effort_value, s.zone_scale))),
                      0,
                    ),
                  )
                : null,
              readinessAfter: readinessOf.get(addDays(r.week_start, 7)) ?? null,
            }
          : null,
      };
    });
  }

  async stats(ctx: AuthContext, args: SuggestionStatsArgs): Promise<SuggestionStatsModel> {
    const isAdmin = ctx.roles.has(Role.ADMIN);
    if (!ctx.roles.has(Role.COACH) && !isAdmin) {
      throw forbidden('Suggestion statistics are for coaches and admins', 'COACH_ONLY');
    }
    // Yourself by default (an admin who does not coach: the whole organization); another coach or the whole
    // organization when asked for (an admin who also coaches): admins only.
    if (args.organization) {
      if (!isAdmin) throw forbidden('A coach sees their own statistics only', 'OWN_STATS_ONLY');
      if (args.coachUserId !== undefined && args.coachUserId !== null) {
        throw badInput('Ask for one coach or for the organization, not both', 'COACH_OR_ORGANIZATION');
      }
    }
    const coachUserId = args.organization
      ? null
      : (args.coachUserId ?? (ctx.roles.has(Role.COACH) ? ctx.userId : null));
    if (coachUserId !== null && coachUserId !== ctx.userId) {
      if (!isAdmin) throw forbidden('A coach sees their own statistics only', 'OWN_STATS_ONLY');
      const [member] = await this.db.query<Array<{ ok: number }>>(
        `SELECT 1 AS ok FROM membership WHERE organization_id = $1 AND user_id = $2 AND role = 'COACH'`,
        [ctx.organizationId, coachUserId],
      );
      if (!member) throw badInput('coachUserId is not a coach of this organization', 'NOT_A_COACH');
    }
    const [org] = await this.db.query<Array<{ timezone: string }>>(
      `SELECT timezone FROM organization WHERE id = $1`,
      [ctx.organizationId],
    );
    const coming = addDays(weekStartOf(localDateIn(org.timezone, this.clock.now())), 7);
    const toWeek = args.toWeek ?? coming;
    const fromWeek = args.fromWeek ?? addDays(toWeek, -7 * (DEFAULT_STATS_WEEKS - 1));
    for (const [name, w] of [
      ['fromWeek', fromWeek],
      ['toWeek', toWeek],
    ] as const) {
      if (!isMonday(w)) throw badInput(`${name} ${w} is not a Monday`, 'WEEK_START_NOT_MONDAY');
    }
    if (fromWeek > toWeek) throw badInput('fromWeek must not be after toWeek', 'INVALID_RANGE');
    if (addDays(fromWeek, 7 * MAX_STATS_WEEKS) <= toWeek) {
      throw badInput(`A window may span at most ${MAX_STATS_WEEKS} weeks`, 'RANGE_TOO_LONG');
    }
    // Decisions are the deciding coach's; what a completed review left undecided, the completing coach's (a
    // coach who takes the athlete over later did not leave it); open suggestions count for the athlete's
    // current coaches.
    const rows = await this.db.query<Array<{ kind: string; state: string; n: number }>>(
      `SELECT s.kind, CASE WHEN s.state = 'PROPOSED' AND r.status = 'DONE' THEN 'UNDECIDED' ELSE s.state::text END AS state,
              count(*)::int AS n
         FROM weekly_review_suggestion s JOIN weekly_review r ON r.id = s.review_id
        WHERE r.organization_id = $1 AND r.week_start BETWEEN $2 AND $3 AND s.state <> 'SUPERSEDED'
          AND ($4::uuid IS NULL
               OR s.decided_by_user_id = $4
               OR (s.state = 'PROPOSED' AND r.status = 'DONE' AND r.completed_by_user_id = $4)
               OR (s.state = 'PROPOSED' AND r.status <> 'DONE' AND EXISTS (
                     SELECT 1 FROM coach_assignment ca
                      WHERE ca.athlete_id = r.athlete_id AND ca.coach_user_id = $4 AND ca.removed_at IS NULL)))
        GROUP BY 1, 2`,
      [ctx.organizationId, fromWeek, toWeek, coachUserId],
    );
    const byKind = new Map<string, SuggestionKindStatsModel>();
    const blank = (kind: string): SuggestionKindStatsModel => ({
      kind,
      open: 0,
      undecided: 0,
      applied: 0,
      editedAndApplied: 0,
      dismissed: 0,
      decided: 0,
      appliedShare: null,
      editedShare: null,
      dismissedShare: null,
    });
    const total = blank('ALL');
    for (const r of rows) {
      const k = byKind.get(r.kind) ?? blank(r.kind);
      byKind.set(r.kind, k);
      for (const t of [k, total]) {
        if (r.state === 'PROPOSED') t.open += r.n;
        else if (r.state === 'UNDECIDED') t.undecided += r.n;
        else if (r.state === 'APPLIED') t.applied += r.n;
        else if (r.state === 'EDITED_AND_APPLIED') t.editedAndApplied += r.n;
        else if (r.state === 'DISMISSED') t.dismissed += r.n;
      }
    }
    const finish = (t: SuggestionKindStatsModel) => {
      t.decided = t.applied + t.editedAndApplied + t.dismissed;
      const share = (n: number) => (t.decided ? Math.round((n / t.decided) * 1000) / 1000 : null);
      t.appliedShare = share(t.applied);
      t.editedShare = share(t.editedAndApplied);
      t.dismissedShare = share(t.dismissed);
      return t;
    };
    return {
      coachUserId,
      fromWeek,
      toWeek,
      kinds: [...byKind.values()]
        .map(finish)
        .sort((a, b) => b.decided - a.decided || b.open - a.open || a.kind.localeCompare(b.kind)),
      total: finish(total),
    };
  }
}
