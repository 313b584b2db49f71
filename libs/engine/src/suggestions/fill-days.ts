import { applyChanges } from '../adaptation/apply-suggestion';
import { mondayOf, weekdayName } from '../dates/local-date';
import { type RecentSessions, recentSessionsOf } from '../metrics/recent-sessions';
import { cutTier, planMinutes } from '../planning/plan-measures';
import type { Effort, NewSession, PlanChange, ReviewInput, WeekPlan, Weekday } from '../types';
import type { FitRequest, FitResult } from './fit-volume';
import { andList, joined } from './format';

/**
 * Filling free days (docs/coaching-domain.md, "Time per day"): a build or a hold whose sessions, fitted to the
 * athlete's time per day, leave the week below its range (or a build below the plan it started from) gets one
 * easy aerobic session on a free day with time for it:
 * - an easy run for a runner, easy cross-training for an athlete whose easy work is mostly cross-training;
 *   never a quality session, never a key one;
 * - sized like the athlete's usual easy run (the median of the last 6 weeks' easy runs, each week's longest
 *   left out), within the day's minutes and the week's top;
 * - on a day in scope with no session (a rest day the plan marks stays one), with at least `minRunMinutes`
 *   available, not covered by a context event, and never the week's last day without training;
 * - one session a week at most, and a run only when the athlete has run that many days a week in one of the
 *   last 6 calendar weeks (a build adds load in minutes, not in sessions faster than the athlete has shown).
 * What was added, and why a free day was left empty, is in the outcome for the text.
 */
export interface FillContext {
  readonly decision: 'BUILD' | 'HOLD';
  /** The week's range bottom (as the fit request sizes it). */
  readonly min: number;
  /** The athlete's first name, or "the athlete". */
  readonly athlete: string;
  /** Weekdays of next week a context event covers: never filled. */
  readonly blockedDays: readonly number[];
  /**
   * The athlete's last weeks' sessions, and the days `fillHistory` reads of them (`from` to `reviewDay`): read only
   * once a free day could take a session, as most fills stop before (the week is not below its range, or it has no
   * free day) and the read passes over six weeks of sessions. (Data rather than a thunk: a closure made on every
   * review lost its optimised code at each major GC.)
   */
  readonly recent: RecentSessions;
  readonly from: number;
  readonly reviewDay: number;
}

/** What filling a free day reads of the athlete's last `WEEKS` calendar weeks. */
export interface FillHistory {
  /** Most days with a run in one of the last 6 calendar weeks before next week (null: no run logged). */
  readonly recentRunDays: number | null;
  /** The athlete's usual easy session, minutes (0: unknown). */
  readonly easyMinutes: number;
  /** Whether the easy aerobic work is running or cross-training. */
  readonly sport: 'RUN' | 'CROSS_TRAINING';
}

export interface FillOutcome {
  /** The session added, with the time its day has (null: none). */
  readonly added: { readonly session: NewSession; readonly day: number; readonly available: number } | null;
  /** Why the free days left have no session, in words (empty when none are left). */
  readonly why: string;
  /** Days with time and no training that are not free: a rest day the plan marks, a life event's day. */
  readonly restNote: string;
  /** The plan's minutes before the change, and after it (fitted, and with the added session). */
  readonly before: number;
  readonly after: number;
  /** A build or hold that ends below the plan it started from, with the plan within its range. */
  readonly belowPlan: boolean;
}

/** Calendar weeks of history the usual easy run and the run days are read from. [ours] */
const WEEKS = 6;

const EASY_RUN: Effort = { type: 'RPE', value: 3 };

/**
 * What `fillFreeDays` reads about the athlete, from the review input (only computed when a week needs it).
 * `recent`: the last weeks' sessions as the metrics scan listed them (`MetricsState.recentSessions`), which
 * cover the 6 calendar weeks read here: they start on the Monday 6 weeks before next week, at least 41 days
 * before the review date (next week starts 1 to 7 days after it), inside the 42 days listed.
 */
export function fillContext(
  input: ReviewInput,
  reviewDay: number,
  nextWeekStart: number,
  blockedDays: readonly number[],
  decision: 'BUILD' | 'HOLD',
  min: number,
  recent: RecentSessions = recentSessionsOf(input.sessions, reviewDay),
): FillContext {
  const from = mondayOf(nextWeekStart) - 7 * WEEKS;
  if (from < recent.from) throw new Error(`fillContext: the recent sessions start after day ${from}`);
  return {
    decision,
    min,
    athlete: input.athlete.firstName ?? 'the athlete',
    blockedDays,
    recent,
    from,
    reviewDay,
  };
}

/** The athlete's calendar weeks from day `from` to the review (see `FillHistory`), from the recent sessions. */
function fillHistory(recent: RecentSessions, from: number, reviewDay: number): FillHistory {
  // Per calendar week: the days with a run, one bit a weekday, and the longest run. The runs are three parallel
  // lists of numbers, not an object per run, nor a Set of days per week (this runs in every build or hold the day
  // caps leave short with a free day).
  const runDays: number[] = [];
  const longest: number[] = [];
  const runWeek: number[] = [];
  const runLength: number[] = [];
  const runRpe: number[] = [];
  let runMinutes = 0;
  let crossMinutes = 0;
  const cross: number[] = [];
  const { sessions, days } = recent;
  for (let k = 0; k < sessions.length; k++) {
    const s = sessions[k];
    const d = days[k];
    if (d < from || d > reviewDay) continue;
    const w = Math.floor((d - from) / 7);
    if (s.kind === 'RUN' || s.kind === 'RACE') {
      runDays[w] = (runDays[w] ?? 0) | (1 << (d - from - 7 * w));
      if (s.kind === 'RACE') continue;
      runWeek.push(w);
      runLength.push(s.minutes);
      runRpe.push(s.rpe);
      longest[w] = Math.max(longest[w] ?? 0, s.minutes);
      if (s.rpe <= 4) runMinutes += s.minutes;
    } else if (s.kind === 'CROSS_TRAINING' && s.rpe <= 4) {
      crossMinutes += s.minutes;
      cross.push(s.minutes);
    }
  }
  let recentRunDays: number | null = null;
  for (const mask of runDays)
    if (mask !== undefined) recentRunDays = Math.max(recentRunDays ?? 0, bitCount(mask));
  const sport = crossMinutes > runMinutes ? 'CROSS_TRAINING' : 'RUN';
  const easy: number[] = [];
  if (sport === 'RUN') {
    // Each week's longest run is its long run, not an easy one.
    const skipped: boolean[] = [];
    for (let i = 0; i < runWeek.length; i++) {
      const w = runWeek[i];
      if (runLength[i] === longest[w] && skipped[w] !== true) {
        skipped[w] = true;
        continue;
      }
      if (runRpe[i] <= 4) easy.push(runLength[i]);
    }
  } else easy.push(...cross);
  // In place, by insertion (a few dozen runs at most: the builtin's comparator calls cost more).
  for (let i = 1; i < easy.length; i++) {
    const v = easy[i];
    let j = i - 1;
    for (; j >= 0 && easy[j] > v; j--) easy[j + 1] = easy[j];
    easy[j + 1] = v;
  }
  const mid = easy.length >> 1;
  const median = easy.length === 0 ? 0 : easy.length % 2 ? easy[mid] : (easy[mid - 1] + easy[mid]) / 2;
  return { recentRunDays, easyMinutes: Math.round(median / 5) * 5, sport };
}

/** The number of bits set in a weekday mask. */
function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * A fitted week (see `fitVolume`) with one easy session added on a free day, when the week needs it and the
 * athlete's recent weeks allow it. The changes returned apply exactly: the added session's change is checked
 * against the fitted plan.
 */
export function fillFreeDays(req: FitRequest, fit: FitResult): FitResult {
  if (fit.growShort <= 0 || req.fill === undefined || req.availability === undefined) return fit;
  const ctx = req.fill();
  if (ctx === null) return fit;
  const fitted = applyChanges(req.plan, fit.changes);
  if (!fitted.ok) return fit;
  const plan = fitted.plan;
  const before = req.planMinutes ?? planMinutes(req.plan);
  const total = planMinutes(plan);
  const below = total < ctx.min || (ctx.decision === 'BUILD' && total < before);
  if (!below)
    return fit.growShort > 0
      ? filled(
          fit,
          fit.changes,
          fit.growShort,
          fit.freeDays,
          outcomeOf(req.max, before, null, '', total, ''),
          plan,
        )
      : fit;

  const avail = req.availability;
  const scope = req.scopeDays;
  const taken = [false, false, false, false, false, false, false];
  const keyDay = [false, false, false, false, false, false, false];
  let runDays = 0;
  // A day the fit dropped a session from, or moved one off, is not free: its session did not fit the day.
  const cleared = [false, false, false, false, false, false, false];
  for (const x of req.plan.sessions) if (x.kind !== 'REST') cleared[x.day] = true;
  for (const x of plan.sessions) {
    taken[x.day] = true;
    if (x.key || x.kind === 'RACE') keyDay[x.day] = true;
  }
  const ran = [false, false, false, false, false, false, false];
  for (const x of plan.sessions)
    if ((x.kind === 'RUN' || x.kind === 'RACE') && !ran[x.day]) ran[x.day] = true;
  for (const r of ran) if (r) runDays++;
  let restDays = 0;
  for (let d = 0; d < 7; d++) {
    let trains = false;
    for (const x of plan.sessions) if (x.day === d && x.kind !== 'REST') trains = true;
    if (!trains) restDays++;
  }
  // Free days are days without a session: a rest day the plan marks, or one a life event covers, is not one.
  const free: number[] = [];
  const marked: string[] = [];
  const covered: string[] = [];
  // A day that lost its session, by the true reason: the time available only when the day has less than its
  // sessions' minutes (or a key session moved off it for that), else the cut (first from a day the athlete keeps
  // missing, as `failingDayNote` says it). Sara's 435-min plan had "Wednesday lost its session to the time
  // available" with 90 min available for its 75-min easy run, dropped by the cut from the day she keeps missing.
  const lostTime: string[] = [];
  const lostMissed: string[] = [];
  const lostCut: string[] = [];
  for (const f of fit.freeDays) {
    const d = f.day;
    if (scope !== undefined && !scope.includes(d)) continue;
    if (taken[d]) marked.push(weekdayName(d));
    else if (cleared[d]) {
      let planned = 0;
      for (const x of req.plan.sessions) if (x.day === d && x.kind !== 'REST') planned += x.minutes;
      let movedOff = false;
      for (const mv of fit.moved) if (mv.session.day === d) movedOff = true;
      let failing = false;
      for (const x of fit.failingDayCut ?? []) if (x.day === d) failing = true;
      if ((req.availability[d] ?? 0) < planned || movedOff) lostTime.push(weekdayName(d));
      else if (failing) lostMissed.push(weekdayName(d));
      else lostCut.push(weekdayName(d));
    } else if (ctx.blockedDays.includes(d)) covered.push(weekdayName(d));
    else free.push(d);
  }
  const notes: string[] = [];
  if (marked.length > 0)
    notes.push(`${andList(marked)} ${marked.length === 1 ? 'is a rest day' : 'are rest days'} in the plan`);
  if (covered.length > 0) notes.push(`a life event covers ${andList(covered)}`);
  lost(notes, lostTime, 'to the time available');
  lost(
    notes,
    lostMissed,
    `to the cut, which is taken from the ${lostMissed.length === 1 ? 'day' : 'days'} ${ctx.athlete} keeps missing before the days ${ctx.athlete} trains on`,
  );
  lost(notes, lostCut, 'to the cut');
  const restNote = joined(notes, '; ');
  const freeDays: FreeDay[] = [];
  for (const f of fit.freeDays) if (free.includes(f.day)) freeDays.push(f);
  const none: NoFill = { fit, plan, freeDays, max: req.max, before, total, restNote };
  if (free.length === 0) return left(none, '');
  if (hasAdded(plan)) return left(none, 'one session is added a week at most');
  if (restDays <= 1) return left(none, 'the week keeps one day without training');
  const history = fillHistory(ctx.recent, ctx.from, ctx.reviewDay);
  if (history.sport === 'RUN' && (history.recentRunDays === null || runDays + 1 > history.recentRunDays)) {
    return left(
      none,
      history.recentRunDays === null
        ? `${ctx.athlete} has no run logged in the last ${WEEKS} weeks, so no run is added`
        : `${ctx.athlete} has run at most ${history.recentRunDays} days a week in the last ${WEEKS} weeks and the plan has ${runDays}, so no run is added`,
    );
  }
  const usual = history.easyMinutes > 0 ? history.easyMinutes : usualFromPlan(req, history.sport);
  let best = -1;
  let bestSize = 0;
  let bestScore = -Infinity;
  for (const d of free) {
    const size = Math.floor(Math.min(usual, avail[d] ?? 0, req.max - total) / 5 + 1e-9) * 5;
    if (size < req.minRunMinutes) continue;
    // The most of the usual session, then a day not beside a key session, then the later day.
    const beside = (d > 0 && keyDay[d - 1]) || (d < 6 && keyDay[d + 1]);
    const score = size * 10 - (beside ? 5 : 0) + d * 0.01;
    if (score > bestScore) {
      bestScore = score;
      best = d;
      bestSize = size;
    }
  }
  if (best < 0)
    return left(none, `none has time for a session of ${req.minRunMinutes} min within the week's top`);
  const like = easySession(req, history.sport);
  const session: NewSession = {
    id: `${plan.weekStart}-d${best}-added`,
    kind: history.sport,
    minutes: bestSize,
    effort: like?.effort ?? EASY_RUN,
    purpose:
      like?.purpose ??
      (history.sport === 'RUN' ? 'Easy run: truly easy, nose breathing.' : 'Easy cross-training'),
    ...(like?.sport !== undefined ? { sport: like.sport } : {}),
  };
  const change: PlanChange = {
    type: 'ADD_SESSION',
    day: best as Weekday,
    session,
    expectedTotalMinutes: total,
  };
  const r = applyChanges(plan, [change]);
  if (!r.ok) return left(none, r.reason);
  const after = total + bestSize;
  const growShort = Math.max(0, fit.growShort - bestSize);
  const rest: FreeDay[] = [];
  if (growShort > 0) for (const f of freeDays) if (f.day !== best) rest.push(f);
  return filled(
    fit,
    [...fit.changes, change],
    growShort,
    rest,
    outcomeOf(
      req.max,
      before,
      { session, day: best, available: avail[best] ?? 0 },
      rest.length > 0 ? 'one session is added a week at most' : '',
      after,
      growShort > 0 ? restNote : '',
    ),
    r.plan,
  );
}

// The helpers of `fillFreeDays` are module-level functions, not closures made on every call: V8 collects a
// closure's optimised code with it at each major GC (the `-added` check was recompiled 12–15 times over 40,000
// bench reviews).

type FreeDay = FitResult['freeDays'][number];

/** The fill's outcome (`belowPlan`: a plan within its range, `max`, that the week ends below). */
function outcomeOf(
  max: number,
  before: number,
  added: FillOutcome['added'],
  why: string,
  after: number,
  restNote: string,
): FillOutcome {
  return { added, why, restNote, before, after, belowPlan: after < before && before <= max };
}

/** A fill that adds no session, as `left` returns it (made once per fill). */
interface NoFill {
  readonly fit: FitResult;
  readonly plan: WeekPlan;
  /** The free days left. */
  readonly freeDays: FitResult['freeDays'];
  readonly max: number;
  readonly before: number;
  readonly total: number;
  readonly restNote: string;
}

/** The fit with no session added, saying why the free days stay empty. */
function left(n: NoFill, why: string): FitResult {
  const fit = n.fit;
  const outcome = outcomeOf(n.max, n.before, null, why, n.total, n.restNote);
  return filled(fit, fit.changes, fit.growShort, n.freeDays, outcome, n.plan);
}

/** "Wednesday lost its session to the time available", added to `notes` when `days` has any. */
function lost(notes: string[], days: readonly string[], why: string): void {
  if (days.length > 0)
    notes.push(`${andList(days)} lost ${days.length === 1 ? 'its session' : 'their sessions'} ${why}`);
}

/** Whether a fill already added a session to `plan` (one a week at most). */
function hasAdded(plan: WeekPlan): boolean {
  for (const x of plan.sessions) if (x.id.endsWith('-added')) return true;
  return false;
}

/**
 * The fit with the fill's outcome and plan: every `FitResult` field written out (each of the fit's reasons kept:
 * one left out had lost the text's "goes first" sentence of a cut from the day the athlete keeps missing), in the interface's order,
 * rather than `{ ...fit, fill, plan }` (V8 builds a spread copy's added fields through a runtime call each), as
 * `fitResult` writes them: every result has one shape.
 */
function filled(
  fit: FitResult,
  changes: PlanChange[],
  growShort: number,
  freeDays: FitResult['freeDays'],
  fill: FillOutcome,
  plan: WeekPlan,
): FitResult {
  return {
    changes,
    capped: fit.capped,
    over: fit.over,
    moved: fit.moved,
    aboveMax: fit.aboveMax,
    aboveBy: fit.aboveBy,
    growShort,
    freeDays,
    fill,
    plan,
    roundedAbove: fit.roundedAbove,
    tolerance: fit.tolerance,
    longRunCut: fit.longRunCut,
    strengthDrop: fit.strengthDrop,
    strengthKept: fit.strengthKept,
    runDaysKept: fit.runDaysKept,
    growLimits: fit.growLimits,
    hardShareDrop: fit.hardShareDrop,
    qualityKept: fit.qualityKept,
    failingDayCut: fit.failingDayCut,
    tokenRunDrop: fit.tokenRunDrop,
    restDayDrop: fit.restDayDrop,
    oneQuality: fit.oneQuality,
    keyGave: fit.keyGave,
    aboveHeld: fit.aboveHeld,
  };
}

/** The plan's own easy session of that kind (its effort and purpose for the new one). */
function easySession(req: FitRequest, sport: 'RUN' | 'CROSS_TRAINING') {
  const tier = sport === 'RUN' ? 0 : 1;
  for (const x of req.plan.sessions) {
    if (x.kind === sport && cutTier(x, req.zoneRpe) === tier) return x;
  }
  return undefined;
}

function usualFromPlan(req: FitRequest, sport: 'RUN' | 'CROSS_TRAINING'): number {
  const x = easySession(req, sport);
  return x !== undefined ? x.minutes : req.minRunMinutes * 2;
}

/** "a 40-min easy run on Saturday (45 min available)". */
export function addedLabel(fit: FitResult): string {
  const a = fit.fill?.added;
  if (!a) return '';
  const what = a.session.kind === 'RUN' ? 'easy run' : 'easy cross-training session';
  return `a ${a.session.minutes}-min ${what} on ${weekdayName(a.day)} (${a.available} min available)`;
}
