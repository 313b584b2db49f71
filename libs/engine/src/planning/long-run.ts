import { weekdayOf } from '../dates/local-date';
import { type RecentSessions, recentSessionsOf } from '../metrics/recent-sessions';
import { thisWeekToComeOf } from '../metrics/to-come';
import { effortToRpe } from '../intensity/intensity-distribution';
import type { PlannedSession, ReviewInput, WeekPlan } from '../types';
import { cutTier } from './plan-measures';

/**
 * The long run and the weeks before a long race (docs/coaching-domain.md, "Long runs and long races").
 *
 * - **Progression** (coaching convention, not trial evidence): a long run grows about 10 % a week, rounded to
 *   5 min: 5 min under an hour, at least 10 min from an hour on, at most 15 min (`longRunStep`). It grows from
 *   its own length, never above its share of the week, nor above the athlete's longest recent run plus that
 *   step (`longRunCap`).
 * - **The days before a race** (our rule, after the taper's aim of shedding fatigue): the last 2 days before
 *   an A or B race of half-marathon length or longer hold no key session and no long run, only rest or a
 *   short easy shake-out (`raceEveDays`, `SHAKE_OUT_MINUTES`).
 * - **Strength before a race** (our rule, after the taper literature's "keep intensity, shed fatigue"): no
 *   strength session in the last 4 days before an A race of half-marathon length or longer.
 * - **Long race readiness** (convention): a marathon build's long run peaks at 2.5–3 h three to four weeks
 *   before the race; growing within the step, the long run should still reach the low end of that (150 min)
 *   by then. An ultra's (a race longer than a marathon, `isUltra`) peaks at 3–3.5 h (180 min), or as
 *   back-to-back weekend long runs that add up to that (`longRacePeak`).
 */

/** Share of its own minutes a long run grows in a week, rounded to 5 min. [convention: ~10 %] */
export const LONG_RUN_STEP_SHARE = 0.1;
/** ... and at most this many minutes. [convention: 10–15 min] */
export const LONG_RUN_STEP_MAX = 15;
/**
 * ... and at least this many once the long run is an hour or more (`LONG_RUN_STEP_FLOOR_FROM`): a base long run
 * of 60–90 min grows about 10 min a week, never 5. [convention: 10–15 min a week; the threshold is ours]
 */
export const LONG_RUN_STEP_MIN = 10;
export const LONG_RUN_STEP_FLOOR_FROM = 60;
/** Days before an A or B race of half-marathon length or longer that hold only rest or a shake-out. [ours: 1–2 days] */
export const RACE_EVE_DAYS = 2;
/** The longest a session on those days is: a short easy shake-out. [convention: 15–20 min] */
export const SHAKE_OUT_MINUTES = 20;
/** Days before an A race of half-marathon length or longer without strength. [ours: the last 4–5 days] */
export const NO_STRENGTH_DAYS_BEFORE_RACE = 4;
/** A race this long (expected minutes) counts as a half marathon or longer (a 2:00 h half is ~90 min; ours). */
export const HALF_MARATHON_MINUTES = 75;
/** The low end of a marathon build's peak long run (2.5–3 h), reached 3–4 weeks before the race. [convention] */
export const PEAK_LONG_RUN_MINUTES = 150;
/**
 * A marathon-type race with its peak weeks past and no long run of at least this many minutes in the last 4
 * weeks is under-built: too late to build the long run, the race itself is the conversation. [convention: a
 * marathon build has several runs of 2 h or more]
 */
export const UNDERBUILT_LONG_RUN_MINUTES = 120;
/**
 * An A race under-built that far (its longest recent run under this share of `PEAK_LONG_RUN_MINUTES`: under
 * 50 min) makes the long-race note urgent: the race itself is at stake, the first thing a coach must see. [ours]
 */
export const UNDERBUILT_URGENT_SHARE = 1 / 3;
/** The peak long run falls this many weeks before the race week (the weeks after it are the taper). */
export const PEAK_WEEKS_BEFORE_RACE = 3;
/**
 * The shorter run of a back-to-back weekend counts toward an ultra's peak only at this share of the peak's low
 * end or more (60 min of 180; ours): a 45-min Saturday beside a 150-min Sunday is an easy run, not the second
 * long run the convention means (coach read 7: Oskar, Noah).
 */
export const BACK_TO_BACK_SHORTER_SHARE = 1 / 3;
/** The top of a marathon build's peak long run (2.5–3 h). [convention] */
export const PEAK_LONG_RUN_TOP_MINUTES = 180;
/** A marathon's distance, km: a race longer than this is an ultra. */
export const MARATHON_KM = 42.195;
/**
 * Without a distance, a race expected to take this many minutes or more is an ultra: 5 h is beyond the marathon
 * of almost every coached runner (the demo club's marathons are expected at 188–235 min, its 50-km trail races
 * at 330–336). A race whose distance is known is judged by it. [ours]
 */
export const ULTRA_MINUTES = 300;
/**
 * The low end of an ultra build's peak long run (3–3.5 h), reached 3–4 weeks before the race, or back-to-back
 * weekend long runs that add up to it. [convention: 50-km plans peak at 3–3.5 h or at back-to-back long runs]
 */
export const ULTRA_PEAK_LONG_RUN_MINUTES = 180;
/** ... and its top. [convention] */
export const ULTRA_PEAK_LONG_RUN_TOP_MINUTES = 210;
/**
 * An ultra with its peak weeks past and no run of at least this many minutes in the last 4 weeks is under-built.
 * [convention: an ultra build has several runs of 2.5 h or more; the threshold is ours]
 */
export const ULTRA_UNDERBUILT_LONG_RUN_MINUTES = 150;

/** A race longer than a marathon: by its distance when known (over 42.2 km), else by its expected minutes. */
export function isUltra(race: { readonly minutes: number; readonly distanceKm?: number }): boolean {
  return race.distanceKm !== undefined
    ? race.distanceKm > MARATHON_KM + 0.005
    : race.minutes >= ULTRA_MINUTES;
}

/** What a long race's build aims its long run at (docs/coaching-domain.md, "Long-run readiness"). */
export interface LongRacePeak {
  readonly ultra: boolean;
  /** "marathon" or "ultra": what the texts call the build. */
  readonly name: string;
  /** The peak long run's range, minutes (its low end is what the projection must reach). */
  readonly low: number;
  readonly high: number;
  /** The peak weeks past, a longest recent run under this is under-built. */
  readonly underbuilt: number;
}

const MARATHON_PEAK: LongRacePeak = {
  ultra: false,
  name: 'marathon',
  low: PEAK_LONG_RUN_MINUTES,
  high: PEAK_LONG_RUN_TOP_MINUTES,
  underbuilt: UNDERBUILT_LONG_RUN_MINUTES,
};
const ULTRA_PEAK: LongRacePeak = {
  ultra: true,
  name: 'ultra',
  low: ULTRA_PEAK_LONG_RUN_MINUTES,
  high: ULTRA_PEAK_LONG_RUN_TOP_MINUTES,
  underbuilt: ULTRA_UNDERBUILT_LONG_RUN_MINUTES,
};

/** The peak a marathon-type race's build aims at: an ultra's, or a marathon's. */
export function longRacePeak(race: { readonly minutes: number; readonly distanceKm?: number }): LongRacePeak {
  return isUltra(race) ? ULTRA_PEAK : MARATHON_PEAK;
}

const MILE_KM = 1.609344;

/**
 * A race's distance in km from the way a coach names its kind ("trail 50k", "100 km", "50 miles", "half
 * marathon", "marathon", "10k"); undefined when the text gives none (an "ultra" without a number: its expected
 * minutes decide).
 */
export function raceDistanceKm(kind: string | null | undefined): number | undefined {
  if (!kind) return undefined;
  const t = kind.toLowerCase();
  const n = /(\d+(?:[.,]\d+)?)\s*(km|k|kilometres?|kilometers?|mi|miles?)\b/.exec(t);
  if (n !== null) {
    const v = Number(n[1].replace(',', '.'));
    return /^(mi|mile|miles)$/.test(n[2]) ? Math.round(v * MILE_KM * 10) / 10 : v;
  }
  if (/ultra/.test(t)) return undefined;
  if (/half[\s-]*marathon/.test(t)) return MARATHON_KM / 2;
  if (/marathon/.test(t)) return MARATHON_KM;
  return undefined;
}

/**
 * A projection of the long run that falls short of `PEAK_LONG_RUN_MINUTES` by no more than this many steps (one
 * step at its end) is on track if the long run grows every build week: no later marathon is suggested yet, and the
 * decision is taken `LONG_RUN_DECIDE_WEEKS_BEFORE_PEAK` weeks before the peak week (Hanna, 145 of 150 min with 14
 * weeks to go, had been told to consider a later marathon). [ours]
 */
export const LONG_RUN_ON_TRACK_STEPS = 1;
/**
 * A projection not on track whose reachable peak long run is under this share of `PEAK_LONG_RUN_MINUTES` (under 100
 * of a marathon's 150 min, 120 of an ultra's 180) leads the talk about the race with a later one, the safer choice,
 * and only then time on feet for a start all the same: a peak that short (about 1.5 h before a marathon) leaves the
 * race a survival run. From that share to on track, time on feet leads and a later race is the other option (Lea,
 * 95 of 150 min 7 weeks out, had read "run it for time on feet, not a goal pace, or choose a later marathon";
 * Emma's urgent note, 49 min, leads with the later marathon). [ours]
 */
export const LATER_RACE_LEADS_SHARE = 2 / 3;
export const LONG_RUN_DECIDE_WEEKS_BEFORE_PEAK = 4;
/** Run days a week below which a marathon build is flagged. [convention: marathon plans run 3–6 days a week] */
export const MIN_RUN_DAYS_LONG_RACE = 3;
/** A marathon build's horizon: the readiness notes look no further ahead. [convention: 12–18 week builds] */
export const LONG_RACE_BUILD_WEEKS = 18;

/**
 * How far a long run of `minutes` may grow in one week: ~10 % rounded to 5 min, at least 5 min (10 from an
 * hour on), at most 15: 5 min from 55, 10 from 60 to 124, 15 from 125. The build's growth, the engine's draft
 * and the long-race projection all take this step.
 */
export function longRunStep(minutes: number): number {
  const tenth = Math.round((minutes * LONG_RUN_STEP_SHARE) / 5) * 5;
  const least = minutes >= LONG_RUN_STEP_FLOOR_FROM ? LONG_RUN_STEP_MIN : 5;
  return Math.min(LONG_RUN_STEP_MAX, Math.max(least, tenth));
}

/**
 * The longest a long run may be next week: the longest recent run plus one step, on the 5-min grid plans use (no
 * limit without history). Under an hour a step is about 10 % (5–6 min), the size of the grid itself: the grown long
 * run is rounded to the nearest 5 min, so a logged 57 min takes 65 (62.7; 57 + 5 = 62 rounded down would be 60, a
 * 3-min step that does not let an hour's long run grow at all) and 52 takes 55. Below 50 min (a 5-min step) and from
 * an hour on (10–15 min) the step is rounded down (49 → 50, 63 → 70, 122 → 130). On the grid this is the long run plus `longRunStep` (60 → 70).
 */
export function longRunCap(longestRecent: number): number {
  if (longestRecent <= 0) return Infinity;
  const l = longestRecent;
  const tenth = l * LONG_RUN_STEP_SHARE;
  if (l < LONG_RUN_STEP_FLOOR_FROM && tenth >= 5) return Math.round((l + tenth) / 5) * 5;
  return Math.floor((l + longRunStep(l)) / 5 + 1e-9) * 5;
}

/** A planned long run, as far as a log's link can tell: a key run without intervals (a tempo is shorter). */
export function longRunLike(x: PlannedSession): boolean {
  return x.kind === 'RUN' && x.key === true && x.intervals === undefined;
}

/**
 * The athlete's longest recent long run, minutes: the longest run logged in the 28 days to the review date
 * against a planned long run (a key run without intervals), or this week's planned one still to come (week 0's
 * days to come count as planned, `stillToCome`). Without logs linked to a plan, the longest run logged in those days. 0: none.
 * The step a long run grows by is counted from it (see `recentLongRun` for what was run and what is planned).
 * `recent`: the last weeks' sessions as the metrics scan listed them (`MetricsState.recentSessions`); without
 * it, they are read from `input.sessions`.
 */
export function longestRecentRun(
  input: ReviewInput,
  reviewDay: number,
  nextWeekStart: number,
  recent: RecentSessions = recentSessionsOf(input.sessions, reviewDay),
): number {
  return recentLongRun(input, reviewDay, nextWeekStart, recent).base;
}

/** The longest recent long run, as run and as still planned (see `recentLongRun`). */
export interface RecentLongRun {
  /**
   * What the athlete ran: the longest run logged in the 28 days to the review date against a planned long run,
   * or, with no log linked to one, the longest run logged in those days (0: none). Every text that says "the
   * longest long run of the last 4 weeks" quotes this, never a planned figure.
   */
  readonly ran: number;
  /** This week's planned long run still to come (0: none): a step is counted from it once it is longer. */
  readonly planned: number;
  /** The larger of the two: what a long run's step is counted from (`longRunCap`). */
  readonly base: number;
}

/**
 * The longest long run the athlete ran in the 28 days to the review date, and this week's planned one still to
 * come. A review before the weekend counts the step from this Sunday's planned long run (a build that grows the
 * long run every week reviewed on a Friday would otherwise grow it every other week), but says what was run.
 */
export function recentLongRun(
  input: ReviewInput,
  reviewDay: number,
  nextWeekStart: number,
  recent: RecentSessions = recentSessionsOf(input.sessions, reviewDay),
  toCome: readonly PlannedSession[] = thisWeekToComeOf(
    input.currentWeekPlan,
    recent,
    nextWeekStart - 7,
    reviewDay,
  ),
): RecentLongRun {
  return recentRuns(input, reviewDay, nextWeekStart, null, recent, toCome).longRun;
}

/** Distinct days with a run (or a race) in a plan. */
export function runDays(plan: WeekPlan): number {
  let mask = 0;
  for (const x of plan.sessions) if (x.kind === 'RUN' || x.kind === 'RACE') mask |= 1 << x.day;
  let n = 0;
  for (; mask > 0; mask >>= 1) n += mask & 1;
  return n;
}

/**
 * Mean run days a week over the 28 days to the review date, counted over its 7-day spans with a session logged
 * (`weeks`): a silent span is unknown, not a week of no running (Henrik, silent for 13 days, "ran on 1.5 days a
 * week", his 6 run days divided by 4 spans, 2 of them blank; coach read of the demo club, next Monday). Null
 * without logs in them. `recent`: the last weeks' sessions as the metrics scan listed them
 * (`MetricsState.recentSessions`, which cover those 28 days); without it, they are read from `input.sessions`.
 */
export function recentRunDaysPerWeek(
  input: ReviewInput,
  reviewDay: number,
  recent: RecentSessions = recentSessionsOf(input.sessions, reviewDay),
): { readonly perWeek: number; readonly weeks: number } | null {
  const days = new Set<number>();
  const from = reviewDay - 27;
  let spans = 0;
  const { sessions, days: dayOf } = recent;
  for (let k = 0; k < sessions.length; k++) {
    const d = dayOf[k];
    if (d < from || d > reviewDay) continue;
    spans |= 1 << (((reviewDay - d) / 7) | 0);
    const kind = sessions[k].kind;
    if (kind === 'RUN' || kind === 'RACE') days.add(d);
  }
  let weeks = 0;
  for (let m = spans; m > 0; m >>= 1) weeks += m & 1;
  return weeks > 0 ? { perWeek: days.size / weeks, weeks } : null;
}

/**
 * Weekdays (0–6 of the week starting `weekStart`) that fall in the last `NO_STRENGTH_DAYS_BEFORE_RACE` days
 * before an A race of half-marathon length or longer, with that race; empty when none does.
 */
export function strengthFreeDays(
  races: readonly { readonly day: number; readonly priority: string; readonly minutes: number }[],
  weekStart: number,
): { day: number; race: number }[] {
  return daysBeforeLongRaces(races, weekStart, NO_STRENGTH_DAYS_BEFORE_RACE, false);
}

/**
 * Weekdays (0–6 of the week starting `weekStart`) that fall in the last `RACE_EVE_DAYS` days before an A or B
 * race of half-marathon length or longer, with that race: rest or a short easy shake-out only, no key session,
 * no long run. Empty when none does.
 */
export function raceEveDays(
  races: readonly { readonly day: number; readonly priority: string; readonly minutes: number }[],
  weekStart: number,
): { day: number; race: number }[] {
  return daysBeforeLongRaces(races, weekStart, RACE_EVE_DAYS, true);
}

/** The weekdays of the week starting `weekStart` in the last `days` days before an A (or, `b`, a B) race of 75 min or more. */
function daysBeforeLongRaces(
  races: readonly { readonly day: number; readonly priority: string; readonly minutes: number }[],
  weekStart: number,
  days: number,
  b: boolean,
): { day: number; race: number }[] {
  const out: { day: number; race: number }[] = [];
  for (let i = 0; i < races.length; i++) {
    const r = races[i];
    if (!(r.priority === 'A' || (b && r.priority === 'B')) || r.minutes < HALF_MARATHON_MINUTES) continue;
    if (r.day < weekStart || r.day - days > weekStart + 6) continue;
    for (let d = r.day - days; d < r.day; d++) {
      if (d >= weekStart && d <= weekStart + 6) out.push({ day: d - weekStart, race: i });
    }
  }
  return out;
}

/** Strength sessions of a plan on those days. */
export function strengthTooClose(
  plan: WeekPlan,
  free: readonly { day: number; race: number }[],
): PlannedSession[] {
  const out: PlannedSession[] = [];
  if (free.length === 0) return out;
  for (const x of plan.sessions) {
    if (x.kind === 'STRENGTH' && free.some((f) => f.day === x.day)) out.push(x);
  }
  return out;
}

/**
 * The first growth week (as `reachableLongRun` counts them: 1 is the first step) at which the long run, growing
 * the same way, reaches `target` minutes; 0 when `from` is there already, -1 when it does not within `weeks`.
 * An ultra's projection uses it to date when a single long run reaches its day's time (and stays there).
 */
export function longRunWeekReaching(
  from: number,
  weeks: number,
  skip: readonly number[],
  maxMinutes: number,
  target: number,
): number {
  if (from >= target) return 0;
  let m = from;
  for (let w = 1; w <= weeks; w++) {
    if (skip.includes(w)) continue;
    m = Math.min(maxMinutes, m + longRunStep(m));
    if (m >= target) return w;
  }
  return -1;
}

/**
 * The longest the long run can be by the peak week (`PEAK_WEEKS_BEFORE_RACE` weeks before the race week),
 * growing one step a week from `from` next week on, except in the weeks of `skip` (down weeks: 1 is next
 * week), and never above `maxMinutes`. `weeks` is the number of weeks from next week to the peak week, both
 * counted.
 */
export function reachableLongRun(
  from: number,
  weeks: number,
  skip: readonly number[],
  maxMinutes: number,
): number {
  // Each week's long run on the 5-min grid plans use (`longRunCap`): 66 → 75 → 85 → 95, as a plan grows it, not
  // 76 → 86 → 96 (Lea's "reaches about 96 min" beside a text saying "rounded to 5 min").
  let m = from;
  for (let w = 1; w <= weeks; w++) {
    if (skip.includes(w)) continue;
    m = Math.min(maxMinutes, m > 0 ? longRunCap(m) : m + longRunStep(m));
  }
  return m;
}

/**
 * Each week's long run after a re-entry week's `from` (its cap), from the week after it on (`weeks` weeks, `skip`
 * counted from that week: down weeks, no growth): back toward `level`, the long run the athlete had already run
 * before the break, in at most two steps (a one-week silence costs little fitness: a coach returns the athlete to
 * it within about two weeks), the first about halfway, rounded down onto the 5-min grid but at least one ordinary
 * step (`longRunCap`), then `level`; from there one ordinary step a week. Never above `maxMinutes`. [ours]
 * Elias: 100 (75 % of 136) → 115 → 136 → (down week) → 150.
 */
export function regrowLongRuns(
  from: number,
  level: number,
  weeks: number,
  skip: readonly number[],
  maxMinutes: number,
): number[] {
  const out: number[] = [];
  let m = from;
  for (let w = 1; w <= weeks; w++) {
    if (!skip.includes(w)) {
      if (m < level) {
        const half = Math.floor((m + level) / 2 / 5 + 1e-9) * 5;
        m = m === from ? Math.min(level, Math.max(longRunCap(m), half)) : level;
      } else m = m > 0 ? longRunCap(m) : m + longRunStep(m);
      m = Math.min(maxMinutes, m);
    }
    out.push(m);
  }
  return out;
}

/**
 * The athlete's recent easy runs, as run and as still planned (`recentEasyRun`): what a growth takes an easy run
 * one easy-run step over at most (`easyRunCap`).
 */
export interface RecentEasyRun {
  /**
   * The longest easy run logged in the 28 days to the review date: a run at session RPE 4 or less (Seiler zone
   * 1) other than its calendar week's long run: the week's longest run at a long run's effort
   * (`UNLINKED_LONG_RUN_RPE_MAX` or less) or linked to a planned long run, a longer quality session aside (a tie
   * leaves both out). 0: none.
   */
  readonly ran: number;
  /** This week's longest planned easy run still to come (0: none). */
  readonly planned: number;
  /** The larger of the two. */
  readonly base: number;
}

/**
 * The longest easy run the athlete ran in the 28 days to the review date, and this week's planned one still to
 * come (a review before the weekend counts this Saturday's run as the long run's step counts this Sunday's).
 */
export function recentEasyRun(
  input: ReviewInput,
  reviewDay: number,
  nextWeekStart: number,
  recent: RecentSessions,
  toCome: readonly PlannedSession[] = thisWeekToComeOf(
    input.currentWeekPlan,
    recent,
    nextWeekStart - 7,
    reviewDay,
  ),
): RecentEasyRun {
  return recentRuns(input, reviewDay, nextWeekStart, null, recent, toCome).easyRun;
}

/**
 * A run logged without a link to a plan counts as a long run at this session RPE or less: a long run is run
 * easy to steady (Seiler zone 1–2), a tempo, race-specific or interval session is logged harder. [ours]
 */
export const UNLINKED_LONG_RUN_RPE_MAX = 5;

/**
 * The longest run the athlete logged lately that a hold's or a down week's long run is counted from
 * (`loggedLongRun`), with what it was and the window it was looked for in.
 */
export interface LoggedLongRun {
  /** Minutes (0: no run logged in the window). */
  readonly minutes: number;
  /**
   * A long run: a run logged against a planned long run (a key run without intervals, as `recentLongRun` reads a
   * log's link), or, logged without a link, one run easy to steady (`UNLINKED_LONG_RUN_RPE_MAX`). False: no long
   * run was logged in the window, and `minutes` is the longest run of any kind (the texts say "run", not "long run").
   */
  readonly long: boolean;
  /** The illness it counts from (runs since it ended), or null: the 28 days to the review. */
  readonly illness: { readonly start: number; readonly end: number } | null;
  /**
   * The longest run of any kind in the same window when a long run was found and that run is past one step over
   * it (a quality session: Ingrid's 79-min race-specific session beside her 47-min long run), else 0: the texts
   * say it is set aside, so an athlete who ran it does not read a figure that looks false.
   */
  readonly longerRun: number;
}

/**
 * The athlete's longest long run of the 28 days to the review date, or, back from an illness in those days with a
 * run logged since, of the days since it ended (a run before a fever says little of what the athlete can do now).
 * A quality session is not a long run, however long (Ingrid, back from the flu: a 79-min race-specific session at
 * RPE 6 and a 47-min long run; her long run is 47 min). With no long run logged in the window, the longest run of
 * any kind there. `recent`: the metrics scan's list of the last weeks' sessions.
 */
export function loggedLongRun(
  input: ReviewInput,
  reviewDay: number,
  illness: { readonly start: number; readonly end: number } | null,
  recent: RecentSessions,
): LoggedLongRun {
  // Next week's Monday only places the runs in their calendar weeks (for the easy run); nothing to come counts.
  return recentRuns(input, reviewDay, reviewDay - weekdayOf(reviewDay) + 7, illness, recent, []).logged;
}

/**
 * `recentRuns`' per-week long runs (5 calendar weeks), reused across calls (reviews run synchronously and nothing
 * escapes): an array literal was a copy every review.
 */
const weekLongest = new Float64Array(5);

/** The athlete's recent runs as the review reads them: `recentLongRun`, `loggedLongRun` and `recentEasyRun`. */
export interface RecentRuns {
  readonly longRun: RecentLongRun;
  readonly logged: LoggedLongRun;
  readonly easyRun: RecentEasyRun;
}

/**
 * `recentLongRun`, `loggedLongRun` and `recentEasyRun` in one pass over the recent sessions (the same 28 days to the
 * review date, the same runs) and one over this week's sessions still to come, with the planned long runs' ids
 * gathered once: the review reads all three, and three passes would each read every recent session. The three
 * functions are its parts (a test checks it against the three loops they were written as).
 */
/**
 * A planned long run, as a run logged against it tells the usual run week and the long run logged: a key run without
 * intervals (`longRunLike`) that its plan names a long run, or prescribed at a long run's effort (at most
 * `UNLINKED_LONG_RUN_RPE_MAX`, a zone as `effortToRpe` reads it). A continuous tempo is a key run without intervals
 * too: logged against, it had been its week's long run at any length, and the athlete's long-run day a Tuesday once
 * it outlasted the Sunday long run. [ours]
 */
export function plannedLongRunLike(x: PlannedSession): boolean {
  return (
    longRunLike(x) && (effortToRpe(x.effort) <= UNLINKED_LONG_RUN_RPE_MAX || LONG_RUN_NAME.test(x.purpose))
  );
}

/** A purpose that names a long run ("Long run", "Long easy run"). */
const LONG_RUN_NAME = /\blong\b/i;

/**
 * Whether a published plan (past or current) has a long run (`plannedLongRunLike`) of id `id`: a scan of the plans, for
 * the few linked runs `recentRuns` and the usual run week (`usualRunWeek`) ask about (a set of the plans' long-run
 * ids was built for them each review).
 */
export function plannedLongRun(input: ReviewInput, id: string): boolean {
  const past = input.pastWeekPlans;
  if (past !== undefined)
    for (let i = 0; i < past.length; i++) {
      const ss = past[i].sessions;
      for (let j = 0; j < ss.length; j++) if (plannedLongRunLike(ss[j]) && ss[j].id === id) return true;
    }
  const current = input.currentWeekPlan;
  if (current !== undefined) {
    const ss = current.sessions;
    for (let j = 0; j < ss.length; j++) if (plannedLongRunLike(ss[j]) && ss[j].id === id) return true;
  }
  return false;
}

/**
 * The ids of the published plans' long runs (`plannedLongRunLike`, past and current), into `out` from 0; returns how many.
 * For a caller that asks `plannedLongRun` of many linked runs: one scan of the plans, then a look through a few ids
 * (the run grid of `usualRunWeek` asked it of every linked run over up to 6 weeks, each a scan of up to 8 plans).
 */
export function plannedLongRunIds(input: ReviewInput, out: string[]): number {
  let n = 0;
  const past = input.pastWeekPlans;
  if (past !== undefined)
    for (let i = 0; i < past.length; i++) {
      const ss = past[i].sessions;
      for (let j = 0; j < ss.length; j++) if (plannedLongRunLike(ss[j])) out[n++] = ss[j].id;
    }
  const current = input.currentWeekPlan;
  if (current !== undefined) {
    const ss = current.sessions;
    for (let j = 0; j < ss.length; j++) if (plannedLongRunLike(ss[j])) out[n++] = ss[j].id;
  }
  return n;
}

/**
 * Whether a run logged at `rpe`, linked to planned session `id` or not, is a long run: unlinked, at a long run's
 * effort (`UNLINKED_LONG_RUN_RPE_MAX`); linked, when its planned session was a long run (`plannedLongRun`), whatever
 * its effort.
 */
function isLongRunLog(input: ReviewInput, id: string | undefined, rpe: number): boolean {
  return id === undefined ? rpe <= UNLINKED_LONG_RUN_RPE_MAX : plannedLongRun(input, id);
}

export function recentRuns(
  input: ReviewInput,
  reviewDay: number,
  nextWeekStart: number,
  illness: { readonly start: number; readonly end: number } | null,
  recent: RecentSessions,
  toCome: readonly PlannedSession[],
): RecentRuns {
  const from = reviewDay - 27;
  const after = illness === null ? Infinity : illness.end;
  // `recentLongRun`: the longest run linked to a planned long run, and the longest run.
  let linked = 0;
  // `loggedLongRun`: the longest run and long run, in the window and since the illness.
  let all = 0;
  let allLong = 0;
  let since = 0;
  let sinceLong = 0;
  // `recentEasyRun`, per calendar week (counted back from next week's Monday): its long run (its longest run that is a
  // long run, `isLongRunLog`), then (a second pass) its longest easy run shorter than that long run; a week with no
  // long run has none. (One pass had taken the week's longest easy run, else the next one down: with the long run one
  // rule, a run linked to an easy session can be longer than the week's long run, and then the next one down need not
  // be shorter.)
  // (Five stores: a typed array's `fill` is a call into the runtime.)
  weekLongest[0] = 0;
  weekLongest[1] = 0;
  weekLongest[2] = 0;
  weekLongest[3] = 0;
  weekLongest[4] = 0;
  const { sessions, days } = recent;
  for (let k = 0; k < sessions.length; k++) {
    const s = sessions[k];
    const d = days[k];
    if (s.kind !== 'RUN' || d < from || d > reviewDay) continue;
    const m = s.minutes;
    const rpe = s.rpe;
    const id = s.plannedSessionId;
    const w = Math.floor((nextWeekStart - 1 - d) / 7);
    // Whether the run is a long run, one rule for the week's long run and the long run logged: unlinked, run at a long
    // run's effort; linked, its planned session was a long run (computed when first needed: -1 not yet). A quality
    // session longer than the long run does not make it an easy run (Hanna's 57-min long run beside an 80-min
    // race-specific session had made her easy-run step 57 + 15 min, athlete15); nor does a linked tempo logged at a
    // long run's effort (a 60-min tempo at RPE 5 had been the week's long run, and the 45-min long run beside it an
    // easy run, while the long run logged was that 45 min).
    let long = -1;
    if (m > weekLongest[w]) {
      long = isLongRunLog(input, id, rpe) ? 1 : 0;
      if (long === 1) weekLongest[w] = m;
    }
    const later = d > after;
    if (m > all) all = m;
    if (later && m > since) since = m;
    const wantLinked = id !== undefined && m > linked;
    const wantLong = m > allLong || (later && m > sinceLong);
    if (!wantLinked && !wantLong) continue;
    const isLong = long === -1 ? isLongRunLog(input, id, rpe) : long === 1;
    if (id !== undefined && isLong && m > linked) linked = m;
    if (!isLong || !wantLong) continue;
    if (m > allLong) allLong = m;
    if (later && m > sinceLong) sinceLong = m;
  }
  let easyRan = 0;
  for (let k = 0; k < sessions.length; k++) {
    const s = sessions[k];
    const d = days[k];
    if (s.kind !== 'RUN' || d < from || d > reviewDay || s.rpe > 4 || s.minutes <= easyRan) continue;
    if (s.minutes < weekLongest[Math.floor((nextWeekStart - 1 - d) / 7)]) easyRan = s.minutes;
  }
  // Still to come as the metrics count it (`toCome`, see `recentLongRun`).
  let longPlanned = 0;
  let easyPlanned = 0;
  for (const x of toCome) {
    if (longRunLike(x) && x.minutes > longPlanned) longPlanned = x.minutes;
    if (x.kind === 'RUN' && cutTier(x) === 0 && x.minutes > easyPlanned) easyPlanned = x.minutes;
  }
  const ran = linked > 0 ? linked : all;
  const logged: LoggedLongRun =
    since > 0
      ? sinceLong > 0
        ? { minutes: sinceLong, long: true, illness, longerRun: longerThanStep(since, sinceLong) }
        : { minutes: since, long: false, illness, longerRun: 0 }
      : allLong > 0
        ? { minutes: allLong, long: true, illness: null, longerRun: longerThanStep(all, allLong) }
        : { minutes: all, long: false, illness: null, longerRun: 0 };
  return {
    longRun: { ran, planned: longPlanned, base: Math.max(ran, longPlanned) },
    logged,
    easyRun: { ran: easyRan, planned: easyPlanned, base: Math.max(easyRan, easyPlanned) },
  };
}

/** `longer` when it is past one step over the long run (it would have moved the step), else 0. */
function longerThanStep(longer: number, long: number): number {
  return longer > longRunCap(long) ? longer : 0;
}

/**
 * The least a hold or a down week cuts a long run to for its step (`heldLongRun`): after a break or an illness the
 * long run stays a long run, a down week's dose of it. [ours: the down week's 45 min]
 */
export const HELD_LONG_RUN_LEAST_MINUTES = 45;

/**
 * What a week that does not build (a hold, a down week) leaves a long run of `minutes` at: one step over the
 * athlete's longest logged long run (`cap`, `longRunCap` of `loggedStepBase`) on the 5-min grid, never under
 * `HELD_LONG_RUN_LEAST_MINUTES` (nor over what it was). The fit's cut of a coach's plan (`fitVolume`, step (−1)) and
 * the engine's own draft (`draftWeek`) both take it, whatever the week's size.
 */
export function heldLongRun(minutes: number, cap: number): number {
  const step = cap === Infinity ? Infinity : Math.floor(cap / 5 + 1e-9) * 5;
  return Math.min(minutes, Math.max(step, HELD_LONG_RUN_LEAST_MINUTES));
}

/**
 * Illness days less than this many days apart are one illness (a missing check-in or two between sick days is not
 * a recovery). [ours]
 */
export const ILLNESS_EPISODE_GAP_DAYS = 3;
/**
 * An illness with symptoms only above the neck resets the long-run reference only when it kept the athlete from
 * training this many days in a row or more: the days a break after which a return is graded (the re-entry week's
 * `REENTRY_IDLE_DAYS`). [ours]
 */
export const ILLNESS_STOPPED_TRAINING_DAYS = 7;

/**
 * The illness a hold's or a down week's long run counts from (docs/coaching-domain.md, "Long runs and long races";
 * our rule): of the illnesses of the last `ILLNESS_MEMORY_DAYS` days (illness days less than
 * `ILLNESS_EPISODE_GAP_DAYS` apart are one), the latest that had fever or symptoms below the neck on any of its
 * days (the neck check: rest, then a graded return; a run before a fever says little of what the athlete can do
 * now), or that kept the athlete from training `ILLNESS_STOPPED_TRAINING_DAYS` days in a row or more (no session
 * of any kind logged: a break). A cold above the neck trained through (easy running, as the neck check allows) does
 * not: the long runs before it still say what the athlete can do. Null: none.
 *
 * `ranks[i]`: the illness of day `from + i` (0 none, 1 above the neck, 2 fever or below the neck), as check-ins and
 * confirmed illness events give it, to the review date; `sessionDays`: the days sessions were logged on.
 */
export function longRunIllness(
  ranks: readonly number[],
  from: number,
  sessionDays: readonly number[],
): { readonly start: number; readonly end: number } | null {
  let found: { start: number; end: number } | null = null;
  let i = 0;
  while (i < ranks.length) {
    if (ranks[i] === 0) {
      i++;
      continue;
    }
    // One illness: its days, with gaps shorter than `ILLNESS_EPISODE_GAP_DAYS`.
    let end = i;
    let severe = ranks[i] >= 2;
    for (let j = i + 1; j < ranks.length && j - end < ILLNESS_EPISODE_GAP_DAYS; j++) {
      if (ranks[j] === 0) continue;
      end = j;
      if (ranks[j] >= 2) severe = true;
    }
    const start = from + i;
    const last = from + end;
    if (severe || stoppedTraining(start, last, from + ranks.length - 1, sessionDays))
      found = { start, end: last };
    i = end + 1;
  }
  return found;
}

/**
 * Whether days without a session logged, `ILLNESS_STOPPED_TRAINING_DAYS` or more in a row, start within the
 * illness (`start`–`end`; they may run past its end, to the first session or `to`).
 */
function stoppedTraining(start: number, end: number, to: number, sessionDays: readonly number[]): boolean {
  let run = 0;
  for (let d = start; d <= to; d++) {
    if (sessionDays.includes(d)) {
      if (d > end) return false;
      run = 0;
      continue;
    }
    if (run === 0 && d > end) return false;
    if (++run >= ILLNESS_STOPPED_TRAINING_DAYS) return true;
  }
  return false;
}

/**
 * What a hold's or a down week's long run is counted from: the longest long run logged (`loggedLongRun`), or this
 * week's long run still to come (`planned`, 0: none) when it is longer, but only as far as one step over what was
 * logged (`longRunCap`): a plan is not a run, and a long run grows one step a week at most (Ingrid's planned 90 min
 * after a 47-min long run counts as 50 min; next week's long run is one step over that, 55 min).
 */
export function loggedStepBase(logged: number, planned: number): number {
  if (logged <= 0 || planned <= logged) return logged;
  return Math.min(planned, longRunCap(logged));
}

/**
 * How a down week that keeps rest days (`DraftRequest.restDays`, `FitRequest.restDays`) ranks a day as its next rest
 * day, lower first, one rule for the engine's draft and the down-week fit: until a rest day lies beside the long run
 * (`long`, its weekday; −1 with none), the day after it (0), then the day before it (1), then any other (2); from
 * then on, the day farthest from the days already free (`free`, read when the rank is asked: minus its distance to
 * the nearest, round the week). Ties are the caller's.
 */
export function restDayPlace(long: number, free: readonly number[]): (day: number) => number {
  const gap = (a: number, b: number): number => Math.min((a - b + 7) % 7, (b - a + 7) % 7);
  const beside = long < 0 || free.some((d) => gap(d, long) === 1);
  return (d: number): number => {
    if (!beside) return d === (long + 1) % 7 ? 0 : d === (long + 6) % 7 ? 1 : 2;
    let n = 7;
    for (const f of free) if (gap(f, d) < n) n = gap(f, d);
    return -n;
  };
}
