import { fromDayNumber, toDayNumber } from '../dates/local-date';
import type { EngineConfig } from '../config/engine-config';
import type { Metrics, ReviewInput, Suggestion } from '../types';

/**
 * Red readiness whose HRV has been below its band for at least this many days (two weeks; our rule, not a
 * published threshold) is escalated: the deepest down-week cut the convention allows, and this week's
 * remaining sessions cut as well.
 */
export const PERSISTENT_RED_DAYS = 14;
/** The deepest down-week cut of the convention (domain doc: volume −20 % to −40 %). */
export const ESCALATED_DOWN_WEEK_CUT = 0.4;

export interface LowReadiness {
  /** Consecutive days, ending on the review date, whose HRV 7-day mean was below today's band. */
  readonly days: number;
  /** The first of those days. */
  readonly since: string;
  readonly escalated: boolean;
}

/**
 * How long the HRV 7-day mean of ln(rMSSD) has stayed below the athlete's band (the band of today's
 * review), counted back from the review date (up to six weeks, see `hrvBelow`). Null when HRV is not clearly
 * below its band today (wellness alone does not say how long a problem has lasted, and a mean at the edge
 * of the band is not a low one).
 */
export function lowReadinessOf(input: ReviewInput, m: Metrics): LowReadiness | null {
  const below = m.hrv.below;
  if (m.hrv.status !== 'BELOW_BAND' || below === null || !below.clear || below.days === 0) return null;
  const review = toDayNumber(input.reviewDate);
  return {
    days: below.days,
    since: fromDayNumber(review - below.days + 1),
    escalated: below.days >= PERSISTENT_RED_DAYS,
  };
}

/**
 * The days free of any session an escalated down week keeps at least (our rule): after two weeks of red readiness a
 * recovery week has fewer sessions, not only shorter ones (coach read 11: Jonas's down week had kept a session on all
 * 7 days).
 */
export const ESCALATED_REST_DAYS = 2;

/** Red readiness escalated (`lowReadinessOf`: HRV clearly below its band for two weeks or more), as the review reads it. */
export function escalatedRed(input: ReviewInput, m: Metrics): boolean {
  return m.readiness === 'RED' && lowReadinessOf(input, m)?.escalated === true;
}

/** The engine's settings with the deepest down-week cut (for an escalated review only). */
export function escalatedConfig(config: EngineConfig): EngineConfig {
  return { ...config, progression: { ...config.progression, downWeekCut: ESCALATED_DOWN_WEEK_CUT } };
}

/**
 * The next-week down week says why it is the deepest cut and what else changes: this week's remaining
 * sessions when a current-week suggestion cuts them, or that none are left to cut.
 */
export function escalateRecovery(
  suggestions: Suggestion[],
  low: LowReadiness | null,
  current: readonly Suggestion[],
): Suggestion[] {
  if (!low?.escalated) return suggestions;
  const now = current.find((c) => c.kind === 'CURRENT_WEEK_RECOVERY');
  return suggestions.map((s) =>
    s.kind !== 'RECOVERY_DOWN_WEEK'
      ? s
      : {
          ...s,
          rationale: `${s.rationale} The HRV 7-day mean has been below the band for ${low.days} days (since ${low.since}): after two weeks or more the down week takes the deepest cut of the convention (−${Math.round(ESCALATED_DOWN_WEEK_CUT * 100)} %)${now ? ', and the current-week suggestion cuts the rest of this week too' : ''} (the two-week limit is our rule).`,
          evidence: { ...s.evidence, lowReadinessDays: low.days, lowReadinessSince: low.since },
        },
  );
}
