import { weekdayName } from '../dates/local-date';
import { plannedSession, repeatsAt, restSession } from '../planning/plan-measures';
import type {
  ApplyRejectionCode,
  ApplyResult,
  Intervals,
  PlanChange,
  PlannedSession,
  Suggestion,
  WeekPlan,
  Weekday,
} from '../types';

const MIN_SESSION_MINUTES = 10;
/** The longest session an ADD_SESSION may add (a coach's edit included). */
const MAX_ADDED_MINUTES = 300;
/** SCALE_VOLUME is refused when the plan's total moved by more than this since the suggestion was made. */
const PLAN_DRIFT_TOLERANCE = 0.1;

class Rejection {
  constructor(
    readonly code: ApplyRejectionCode,
    readonly reason: string,
  ) {}
}

/**
 * A cut's minutes on the 5-min grid: down to it (a cut leaves no more than it says), unless within a minute of the
 * grid point above, which is where the cut's own percentage, rounded to a whole one, aims: −37 % of 150 min is
 * 94.5 and lands on 95, as "150 → 95 min (-37 %)" says (floored, it gave 90, and the text and the change carried
 * different percentages: coach reads 4 and 6).
 */
export function cut5(v: number): number {
  return Math.floor((v + 1) / 5 + 1e-9) * 5;
}
function round5(v: number): number {
  return Math.round(v / 5) * 5;
}

/** The ends of a rest day's id, by weekday (`dayId`). */

/** The intervals a session scaled to `minutes` keeps (`repeatsAt`: the repeats that fit, its blocks as they are). */
function fitIntervals(intervals: Intervals | undefined, minutes: number): Intervals | undefined {
  if (!intervals) return undefined;
  const repeats = repeatsAt(intervals, minutes);
  return repeats === intervals.repeats ? intervals : { ...intervals, repeats };
}

/**
 * A copy of `s` with these fields (`plannedSession`: one literal, one map for every session the apply step makes).
 *
 * Why not `{ ...s, minutes }`: V8 gives a spread copy a map of its own (one per source map and per spread in
 * the code), so the plans the apply step returned held sessions of many shapes, and every loop over a plan's
 * sessions read their fields megamorphically. A copy keeps `PlannedSession`'s fields only (what every caller reads).
 */
function session(
  s: PlannedSession,
  day: Weekday,
  minutes: number,
  effort: PlannedSession['effort'],
  intervals: Intervals | undefined,
  purpose: string,
  key: boolean | undefined,
): PlannedSession {
  return plannedSession(s.id, day, s.kind, minutes, effort, intervals, purpose, key, s.sport);
}

/** Stable sort by day (insertion sort: a week has a handful of sessions), in place. */
function sortSessions(sessions: PlannedSession[]): PlannedSession[] {
  for (let i = 1; i < sessions.length; i++) {
    const x = sessions[i];
    let j = i - 1;
    while (j >= 0 && sessions[j].day - x.day > 0) {
      sessions[j + 1] = sessions[j];
      j--;
    }
    sessions[j + 1] = x;
  }
  return sessions;
}

/**
 * `days.includes(day)` and `ids.includes(id)` by a scan: a scale's lists are a few days or ids, each asked of every
 * session, and the builtin's call cost more than the scan.
 */
function hasDay(days: readonly number[], day: number): boolean {
  // (SameValueZero, as `includes`: NaN finds NaN.)
  for (let i = 0; i < days.length; i++)
    if (days[i] === day || (days[i] !== days[i] && day !== day)) return true;
  return false;
}
function hasId(ids: readonly string[], id: string): boolean {
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return true;
  return false;
}

function find(sessions: PlannedSession[], id: string): number {
  for (let i = 0; i < sessions.length; i++) if (sessions[i].id === id) return i;
  throw new Rejection('SESSION_NOT_FOUND', `Session ${id} is no longer in the plan.`);
}

/**
 * The plan `applyChanges` works on: its header (week start, phase, focus…) and its sessions, kept apart so that
 * a list of changes copies the plan object once at the end (not once per change), and the session array only
 * when a change writes to it (`owned`: the array is this work's own, not the caller's).
 */
interface Work {
  head: WeekPlan;
  sessions: PlannedSession[];
  owned: boolean;
}

function owned(w: Work): PlannedSession[] {
  if (!w.owned) {
    w.sessions = w.sessions.slice();
    w.owned = true;
  }
  return w.sessions;
}

function applyOne(w: Work, change: PlanChange): void {
  const sessions = w.sessions;
  switch (change.type) {
    case 'SCALE_VOLUME': {
      let total = 0;
      for (const s of sessions) if (s.kind !== 'REST') total += s.minutes;
      const expected = change.expectedTotalMinutes;
      if (Math.abs(total - expected) > Math.max(10, expected * PLAN_DRIFT_TOLERANCE)) {
        throw new Rejection(
          'PLAN_CHANGED',
          `The plan has ${total} min now, not the ${expected} min the ${change.percent} % change was computed for; re-run the review.`,
        );
      }
      const factor = 1 + change.percent / 100;
      if (!(factor >= 0)) throw new Rejection('INVALID_CHANGE', `Cannot scale by ${change.percent} %.`);
      const days = change.days;
      const ids = change.sessionIds;
      let scalable = 0;
      // Unless the scale drops the sessions in scope (a factor of 0), every session keeps its place: a copy of
      // the list, the scaled ones written over (one allocation of its size; pushed from empty, it was grown).
      const out: PlannedSession[] = factor === 0 ? [] : sessions.slice();
      for (let k = 0; k < sessions.length; k++) {
        const s = sessions[k];
        const inScope =
          s.kind !== 'REST' &&
          s.kind !== 'RACE' &&
          (days === undefined || hasDay(days, s.day)) &&
          (ids === undefined || hasId(ids, s.id));
        if (!inScope) {
          if (factor === 0) out.push(s);
          continue;
        }
        scalable++;
        if (factor === 0) continue;
        let m = factor < 1 ? cut5(s.minutes * factor) : round5(s.minutes * factor);
        if (factor < 1 && m > s.minutes) m = s.minutes;
        m = Math.max(MIN_SESSION_MINUTES, m);
        if (m !== s.minutes)
          out[k] = session(s, s.day, m, s.effort, fitIntervals(s.intervals, m), s.purpose, s.key);
      }
      if (scalable === 0)
        throw new Rejection('NOTHING_TO_SCALE', 'There is no session to scale on those days.');
      w.sessions = out;
      w.owned = true;
      return;
    }
    case 'REPLACE_INTENSITY': {
      const i = find(sessions, change.sessionId);
      const s = sessions[i];
      if (s.kind === 'RACE')
        throw new Rejection('RACE_PROTECTED', `Session ${s.id} is a race; change the race calendar instead.`);
      owned(w)[i] = session(
        s,
        s.day,
        s.minutes,
        change.effort,
        change.intervals === null ? undefined : change.intervals,
        change.purpose,
        change.key === false ? undefined : change.key === true ? true : s.key,
      );
      return;
    }
    case 'MOVE_SESSION': {
      const i = find(sessions, change.sessionId);
      const s = sessions[i];
      if (s.day !== change.fromDay) {
        throw new Rejection(
          'SESSION_MOVED',
          `Session ${s.id} is now on ${weekdayName(s.day)}, not ${weekdayName(change.fromDay)} as when the suggestion was made.`,
        );
      }
      if (s.kind === 'RACE') throw new Rejection('RACE_PROTECTED', 'A race cannot be moved from the plan.');
      const out: PlannedSession[] = [];
      for (let j = 0; j < sessions.length; j++) {
        const o = sessions[j];
        if (j === i) continue;
        if (o.day === change.toDay) {
          if (o.kind === 'RACE' || o.key) {
            throw new Rejection(
              'DAY_CONFLICT',
              `${weekdayName(change.toDay)} already has a key session (${o.id}); move one of them by hand.`,
            );
          }
          if (o.kind === 'REST') continue; // the rest day moves to where the session was
          out.push(session(o, change.fromDay, o.minutes, o.effort, o.intervals, o.purpose, o.key)); // swap easy sessions into the freed day
          continue;
        }
        out.push(o);
      }
      out.push(session(s, change.toDay, s.minutes, s.effort, s.intervals, s.purpose, s.key));
      w.sessions = out;
      w.owned = true;
      return;
    }
    case 'DROP_SESSION': {
      const i = find(sessions, change.sessionId);
      if (sessions[i].kind === 'RACE')
        throw new Rejection('RACE_PROTECTED', 'A race cannot be dropped from the plan.');
      owned(w).splice(i, 1);
      return;
    }
    case 'INSERT_REST_DAYS': {
      const out: PlannedSession[] = [];
      for (const s of sessions) {
        if (!hasDay(change.days, s.day)) {
          out.push(s);
          continue;
        }
        if (s.kind === 'RACE') {
          throw new Rejection(
            'RACE_PROTECTED',
            `${weekdayName(s.day)} has a race; it cannot become a rest day.`,
          );
        }
      }
      for (const d of change.days) {
        out.push(restSession(w.head.weekStart, d, 'Rest day'));
      }
      w.sessions = out;
      w.owned = true;
      return;
    }
    case 'CHANGE_MESOCYCLE_FOCUS': {
      const plan = w.head;
      if (
        plan.focus !== undefined &&
        change.from !== null &&
        plan.focus !== change.from &&
        plan.focus !== change.to
      ) {
        throw new Rejection('PLAN_CHANGED', `The plan's focus is now ${plan.focus}, not ${change.from}.`);
      }
      // (Its `sessions` are stale from here: `applyChanges` puts the worked ones in their place.)
      w.head = { ...plan, focus: change.to };
      return;
    }
    case 'SET_PHASE': {
      const plan = w.head;
      if (
        plan.phase !== undefined &&
        change.from !== null &&
        plan.phase !== change.from &&
        plan.phase !== change.to
      ) {
        throw new Rejection('PLAN_CHANGED', `The plan's phase is now ${plan.phase}, not ${change.from}.`);
      }
      w.head = { ...plan, phase: change.to };
      return;
    }
    case 'ADD_SESSION': {
      const x = change.session;
      const day = change.day;
      if (!Number.isInteger(day) || day < 0 || day > 6)
        throw new Rejection(
          'INVALID_CHANGE',
          `Day ${String(day)} is not a weekday (0 = Monday … 6 = Sunday).`,
        );
      if (
        (x.kind !== 'RUN' && x.kind !== 'CROSS_TRAINING' && x.kind !== 'STRENGTH') ||
        !Number.isFinite(x.minutes) ||
        x.minutes < MIN_SESSION_MINUTES ||
        x.minutes > MAX_ADDED_MINUTES ||
        !x.id
      ) {
        throw new Rejection(
          'INVALID_CHANGE',
          `A new session is a run, cross-training or strength session of ${MIN_SESSION_MINUTES}–${MAX_ADDED_MINUTES} min with an id.`,
        );
      }
      let total = 0;
      for (const s of sessions) if (s.kind !== 'REST') total += s.minutes;
      const expected = change.expectedTotalMinutes;
      if (Math.abs(total - expected) > Math.max(10, expected * PLAN_DRIFT_TOLERANCE)) {
        throw new Rejection(
          'PLAN_CHANGED',
          `The plan has ${total} min now, not the ${expected} min the new ${weekdayName(day)} session was proposed for; re-run the review.`,
        );
      }
      for (const o of sessions) {
        if (o.id === x.id) throw new Rejection('DAY_CONFLICT', `The plan already has session ${x.id}.`);
        if (o.day !== day) continue;
        throw new Rejection(
          'DAY_CONFLICT',
          o.kind === 'REST'
            ? `${weekdayName(day)} is a rest day in the plan; a new session goes on a free day.`
            : `${weekdayName(day)} already has a session (${o.id}); a new session goes on a free day.`,
        );
      }
      owned(w).push(
        plannedSession(
          x.id,
          day as Weekday,
          x.kind,
          x.minutes,
          x.effort,
          undefined,
          x.purpose,
          undefined,
          x.kind === 'CROSS_TRAINING' ? x.sport : undefined,
        ),
      );
      return;
    }
    default: {
      const never: never = change;
      throw new Rejection('INVALID_CHANGE', `Unknown change ${JSON.stringify(never)}`);
    }
  }
}

/** The worked plan is the original: same phase and focus, the same session objects in the same order. */
function samePlan(w: Work, b: WeekPlan): boolean {
  const a = w.head;
  const sessions = w.sessions;
  if (a.phase !== b.phase || a.focus !== b.focus || sessions.length !== b.sessions.length) return false;
  for (let i = 0; i < sessions.length; i++) if (sessions[i] !== b.sessions[i]) return false;
  return true;
}

/**
 * `{ ...head, sessions }`, the same object as JSON (its fields with a value, in the same order). A plan whose
 * own fields are `WeekPlan`'s, in its declared order (the engine draft's, the bench's), is copied as a literal:
 * a spread copy goes through V8's CloneObjectIC, which the plans of different shapes this function sees make
 * megamorphic (a runtime call per field). A plan with other fields or in another order is spread, as before.
 * (An absent `phase` or `focus` becomes `undefined`, which JSON leaves out as it does an absent field.)
 */
function withSessions(head: WeekPlan, sessions: PlannedSession[]): WeekPlan {
  const keys = Object.keys(head);
  let k = 0;
  if (keys[k] === 'weekStart') k++;
  if (keys[k] === 'phase') k++;
  if (keys[k] === 'focus') k++;
  if (keys[k] === 'sessions') k++;
  if (k !== keys.length) return { ...head, sessions };
  return { weekStart: head.weekStart, phase: head.phase, focus: head.focus, sessions };
}

/** Applies changes in order, all or nothing. */
export function applyChanges(plan: WeekPlan, changes: readonly PlanChange[]): ApplyResult {
  try {
    const w: Work = { head: plan, sessions: plan.sessions as PlannedSession[], owned: false };
    for (const c of changes) applyOne(w, c);
    if ((w.head === plan && w.sessions === plan.sessions) || samePlan(w, plan)) {
      return { ok: true, plan, changed: false };
    }
    return { ok: true, plan: withSessions(w.head, sortSessions(owned(w))), changed: true };
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, code: e.code, reason: e.reason };
    throw e;
  }
}

/**
 * Applies a suggestion's structured changes to a week plan. Pure: returns a new plan (the input is not
 * touched) or a rejection with a clear reason when the change no longer fits the plan.
 */
export function applySuggestion(
  plan: WeekPlan,
  suggestion: Pick<Suggestion, 'planWeekStart' | 'changes'>,
): ApplyResult {
  if (suggestion.planWeekStart !== plan.weekStart) {
    return {
      ok: false,
      code: 'WEEK_MISMATCH',
      reason: `The suggestion is for the week of ${suggestion.planWeekStart}, the plan is for ${plan.weekStart}.`,
    };
  }
  return applyChanges(plan, suggestion.changes);
}
