import { applyChanges } from '../adaptation/apply-suggestion';
import { cutTier, planMinutes, usefulDose, type CutDepth } from '../planning/plan-measures';
import type { PlanChange, PlannedSession, WeekPlan, Weekday } from '../types';
import { fillFreeDays, type FillContext, type FillOutcome } from './fill-days';

/**
 * Fits a week plan to a volume decision and to the athlete's time per day, session by session
 * (docs/coaching-domain.md, "Cut order"):
 * 1. a day with more planned than the athlete has that day is brought within it: its easy filler first,
 *    then its other sessions down to their useful dose; a key session whose dose does not fit the day moves
 *    to a free day with room, and a non-key one that does not fit even at its minimum is dropped;
 * 2. a plan above the range is cut toward the target in cut order (easy runs, other non-key aerobic work,
 *    non-key quality and strength, key quality sessions, the long run last), each tier only when the tiers
 *    before it have given what they can, each session no shorter than its useful dose; a non-key session is
 *    dropped rather than halved (fewer real sessions, not several token ones);
 * 3. a plan below what it should be (a build under its range, or a week whose day caps took minutes off)
 *    grows on the days with room: the easy runs and other aerobic work, 5 min at a time, and the long run up
 *    to its share of the week (`longRunShare` of the target); quality and strength keep their size. Days in
 *    scope with time and no session are reported, for the coach to add one.
 * The result is a list of plan changes whose applied plan is exactly the one computed here.
 */
export interface FitRequest {
  readonly plan: WeekPlan;
  /** Whole-plan minutes a cut or a growth aims at. */
  readonly target: number;
  /** A plan above this is cut toward `cutTo`. */
  readonly max: number;
  readonly cutTo: number;
  /** A plan below this grows toward `growTo` (0: the plan never grows, except to refill what day caps took). */
  readonly growBelow: number;
  readonly growTo: number;
  /** Days the change may touch (all when absent). */
  readonly scopeDays?: readonly number[];
  /** Sessions the change may touch, within `scopeDays` (all when absent). */
  readonly scopeIds?: ReadonlySet<string>;
  /** Minutes available per weekday; no day caps when absent. */
  readonly availability?: readonly number[];
  readonly mayDrop: boolean;
  readonly depth: CutDepth;
  /** A marathon or ultra athlete: the long run keeps its purpose. */
  readonly longRace: boolean;
  readonly minRunMinutes: number;
  /** The long run's share of the week (the draft's `longRunShare`): a growth takes it no further. */
  readonly longRunShare: number;
  readonly zoneRpe?: ReadonlyMap<string, number>;
  /** The plan never ends below this (a cut's drop that would undershoot it is not made). */
  readonly floorTotal: number;
  /** A build or hold: what filling a free day reads about the athlete (see `fillFreeDays`), asked only when needed. */
  readonly fill?: () => FillContext | null;
}

export interface DayOver {
  readonly day: number;
  readonly minutes: number;
  readonly available: number;
}

export interface FitResult {
  readonly changes: PlanChange[];
  /** Days brought within the time available, with what they had. */
  readonly capped: readonly DayOver[];
  /** Days still above the time available after the change (their key sessions keep a useful dose). */
  readonly over: readonly DayOver[];
  /** Key sessions moved to a free day because their dose did not fit their own. */
  readonly moved: readonly { readonly session: PlannedSession; readonly to: number }[];
  /** The key sessions' doses left the plan above `max`. */
  readonly aboveMax: boolean;
  /** By how many minutes. */
  readonly aboveBy: number;
  /** Growth the days with room could not take (minutes short of `growTo`). */
  readonly growShort: number;
  /** With a growth short: days in scope with time for a run and no session, with their minutes. */
  readonly freeDays: readonly { readonly day: number; readonly available: number }[];
  /** A build or hold below its range: the session added on a free day, or why none was. */
  readonly fill?: FillOutcome;
}

interface Item {
  readonly x: PlannedSession;
  readonly tier: number;
  readonly floor: number;
  m: number;
  day: number;
  dropped: boolean;
}

const NO_CHANGE: FitResult = {
  changes: [],
  capped: [],
  over: [],
  moved: [],
  aboveMax: false,
  aboveBy: 0,
  growShort: 0,
  freeDays: [],
};

function ceil5(v: number): number {
  return Math.ceil(v / 5 - 1e-9) * 5;
}

/** Minutes a SCALE_VOLUME of `p` % gives a session of `m` (the apply step's rounding). */
function scaled(m: number, p: number): number {
  const f = 1 + p / 100;
  let v = f < 1 ? Math.floor((m * f) / 5 + 1e-9) * 5 : Math.round((m * f) / 5) * 5;
  if (f < 1 && v > m) v = m;
  return Math.max(10, v);
}

/** The integer percentages that take a session of `from` minutes to exactly `to` ([lo, hi], or null). */
function percentRange(from: number, to: number): [number, number] | null {
  const p0 = Math.round((to / from - 1) * 100);
  let lo = Number.NaN;
  for (let p = p0 - 3; p <= p0 + 3; p++) {
    if (p <= -100 || scaled(from, p) !== to) continue;
    lo = p;
    break;
  }
  if (Number.isNaN(lo)) return null;
  let hi = lo;
  while (scaled(from, hi + 1) === to && hi + 1 - lo < 50) hi++;
  return [lo, hi];
}

/** Scratch for `fitsAlready` (one review at a time: the engine is synchronous). */
const DAY_SCRATCH = [0, 0, 0, 0, 0, 0, 0];
const RACE_SCRATCH = [false, false, false, false, false, false, false];

/**
 * The common case, without allocating: the plan is within [growBelow, max] and every day in scope within the
 * athlete's time, so there is nothing to fit.
 */
function fitsAlready(req: FitRequest): boolean {
  const scope = req.scopeDays;
  let total = 0;
  for (let d = 0; d < 7; d++) {
    DAY_SCRATCH[d] = 0;
    RACE_SCRATCH[d] = false;
  }
  for (const x of req.plan.sessions) {
    if (x.kind === 'REST') continue;
    total += x.minutes;
    DAY_SCRATCH[x.day] += x.minutes;
    if (x.kind === 'RACE') RACE_SCRATCH[x.day] = true;
  }
  if (total > req.max || total < req.growBelow) return false;
  const avail = req.availability;
  if (avail === undefined) return true;
  let any = false;
  for (let d = 0; d < 7; d++) if ((avail[d] ?? 0) > 0) any = true;
  if (!any) return true;
  for (let d = 0; d < 7; d++) {
    if (RACE_SCRATCH[d] || (scope !== undefined && !scope.includes(d))) continue;
    if (DAY_SCRATCH[d] > Math.max(0, avail[d] ?? 0)) return false;
  }
  return true;
}

export function fitVolume(req: FitRequest): FitResult {
  return fillFreeDays(req, fitDays(req));
}

function fitDays(req: FitRequest): FitResult {
  if (req.scopeIds === undefined && fitsAlready(req)) return NO_CHANGE;
  const { plan, availability } = req;
  const scope = req.scopeDays;
  const inDay = (d: number): boolean => scope === undefined || scope.includes(d);
  const items: Item[] = [];
  const dayTotal = [0, 0, 0, 0, 0, 0, 0];
  const sessionsOn = [0, 0, 0, 0, 0, 0, 0];
  // A race day is the race's: its time is not the athlete's usual day.
  const raceDay = [false, false, false, false, false, false, false];
  for (const x of plan.sessions) {
    if (x.kind === 'REST') continue;
    if (x.kind === 'RACE') raceDay[x.day] = true;
    dayTotal[x.day] += x.minutes;
    sessionsOn[x.day]++;
    if (x.kind === 'RACE' || !inDay(x.day) || (req.scopeIds !== undefined && !req.scopeIds.has(x.id)))
      continue;
    const tier = cutTier(x, req.zoneRpe);
    items.push({
      x,
      tier,
      floor: usefulDose(x, req.depth, req.longRace, req.minRunMinutes, req.zoneRpe),
      m: x.minutes,
      day: x.day,
      dropped: false,
    });
  }
  if (items.length === 0) return NO_CHANGE;
  const original = planMinutes(plan);
  let total = original;
  const take = (it: Item, minutes: number): void => {
    it.m -= minutes;
    dayTotal[it.day] -= minutes;
    total -= minutes;
  };
  const drop = (it: Item): void => {
    take(it, it.m);
    it.dropped = true;
    sessionsOn[it.day]--;
  };

  // ---- 1. day caps -----------------------------------------------------------------------------------------
  let caps = false;
  if (availability !== undefined) for (let d = 0; d < 7; d++) if ((availability[d] ?? 0) > 0) caps = true;
  const capped: DayOver[] = [];
  const over: DayOver[] = [];
  const moved: { session: PlannedSession; to: number }[] = [];
  if (caps) {
    const avail = availability as readonly number[];
    for (let d = 0; d < 7; d++) {
      const a = Math.max(0, avail[d] ?? 0);
      if (!inDay(d) || raceDay[d] || dayTotal[d] <= a) continue;
      const before = dayTotal[d];
      const mine = items.filter((it) => it.day === d);
      // A key session whose dose does not fit the day even alone moves to a free day with room for all of it.
      for (const it of mine) {
        if (it.tier < 3 || it.floor <= a) continue;
        let to = -1;
        for (let k = 1; k < 7 && to < 0; k++) {
          for (const t of [d + k, d - k]) {
            if (t < 0 || t > 6 || !inDay(t) || sessionsOn[t] > 0 || (avail[t] ?? 0) < it.m) continue;
            to = t;
            break;
          }
        }
        if (to < 0) continue;
        dayTotal[d] -= it.m;
        sessionsOn[d]--;
        dayTotal[to] += it.m;
        sessionsOn[to]++;
        it.day = to;
        moved.push({ session: it.x, to });
      }
      // Then the day's sessions in cut order, each down to its useful dose.
      const here = mine.filter((it) => it.day === d).sort((p, q) => p.tier - q.tier || q.m - p.m);
      for (const it of here) {
        const excess = dayTotal[d] - a;
        if (excess <= 0) break;
        take(it, Math.min(it.m - it.floor, ceil5(excess)));
      }
      // A non-key session that still does not fit is dropped (the lowest tier first).
      for (const it of here) {
        if (dayTotal[d] <= a) break;
        if (it.tier < 3 && req.mayDrop) drop(it);
      }
      if (dayTotal[d] < before) capped.push({ day: d, minutes: before, available: a });
      if (dayTotal[d] > a) over.push({ day: d, minutes: dayTotal[d], available: a });
    }
  }

  // ---- 2. a plan above its range is cut toward `cutTo`, in cut order ----------------------------------------
  let aboveMax = false;
  if (total > req.max) {
    const cutTo = req.cutTo;
    const roomOn = (d: number): boolean => !caps || dayTotal[d] + 5 <= (availability as readonly number[])[d];
    // Evenly within a tier: 5 min at a time from the session that has kept the largest share of itself.
    const shorten = (tier: number, half: boolean): void => {
      while (total > cutTo) {
        let best: Item | null = null;
        for (const it of items) {
          if (it.tier !== tier || it.dropped) continue;
          const limit = half ? Math.max(it.floor, ceil5(it.x.minutes / 2)) : it.floor;
          if (it.m - 5 < limit) continue;
          if (best === null || it.m * best.x.minutes > best.m * it.x.minutes) best = it;
        }
        if (best === null) return;
        take(best, 5);
      }
    };
    // First the non-key sessions, tier by tier, down to half of each (never under its minimum).
    for (let tier = 0; tier < 3; tier++) shorten(tier, true);
    // Then tier by tier: rather than cut them further, drop one (the shortest) while at least half of it is
    // still to be cut, give what that drop overshoots back to the sessions cut most, and only then shorten
    // the tier's sessions to their minimum; the key sessions last, each to its useful dose.
    const dropFrom = (tier: number): void => {
      for (;;) {
        let shortest: Item | null = null;
        for (const it of items) {
          if (it.tier === tier && !it.dropped && (shortest === null || it.m < shortest.m)) shortest = it;
        }
        if (shortest === null || total - cutTo < shortest.m / 2 || total - shortest.m < req.floorTotal)
          return;
        drop(shortest);
        while (total + 5 <= cutTo) {
          let best: Item | null = null;
          for (const it of items) {
            if (it.dropped || it.tier > 2 || it.m + 5 > it.x.minutes || !roomOn(it.day)) continue;
            if (
              best === null ||
              it.tier < best.tier ||
              (it.tier === best.tier && it.m * best.x.minutes < best.m * it.x.minutes)
            )
              best = it;
          }
          if (best === null) break;
          take(best, -5);
        }
      }
    };
    for (let tier = 0; tier <= 4 && total > cutTo; tier++) {
      if (tier < 3 && req.mayDrop) dropFrom(tier);
      shorten(tier, false);
    }
    // With every session at its minimum or dose, what is still to cut may drop one more (so a plan reviewed
    // again after this change is not cut again).
    if (req.mayDrop) for (let tier = 0; tier < 3 && total > cutTo; tier++) dropFrom(tier);
    aboveMax = total > req.max;
  }

  // ---- 3. a plan below what it should be grows on the days with room ----------------------------------------
  let growTo = 0;
  // Only a build grows the long run; a refill of what the day caps took goes to the easy running.
  const build = total < req.growBelow;
  if (build) growTo = req.growTo;
  else if (capped.length > 0 && total < Math.min(original, req.target) - 5)
    growTo = Math.min(original, req.target);
  let growShort = 0;
  const freeDays: { day: number; available: number }[] = [];
  if (growTo > total) {
    // The long run grows to its share of the week at most (a number of minutes: growing it again gives nothing).
    const longMax = Math.floor((req.target * req.longRunShare) / 5) * 5;
    while (total < growTo) {
      let best: Item | null = null;
      for (const it of items) {
        if (it.dropped || it.tier === 2 || it.tier === 3 || (it.tier === 4 && (!build || it.m + 5 > longMax)))
          continue;
        if (caps && dayTotal[it.day] + 5 > (availability as readonly number[])[it.day]) continue;
        if (best === null || it.m * best.x.minutes < best.m * it.x.minutes) best = it;
      }
      if (best === null) break;
      take(best, -5);
    }
    growShort = Math.max(0, growTo - total);
    if (growShort > 0 && caps) {
      for (let d = 0; d < 7; d++) {
        const a = (availability as readonly number[])[d] ?? 0;
        if (inDay(d) && sessionsOn[d] === 0 && a >= req.minRunMinutes)
          freeDays.push({ day: d, available: a });
      }
    }
  }

  // ---- the changes ---------------------------------------------------------------------------------------
  const changes: PlanChange[] = [];
  let sim = plan;
  const push = (c: PlanChange): void => {
    const r = applyChanges(sim, [c]);
    if (!r.ok) return;
    changes.push(c);
    sim = r.plan;
  };
  for (const mv of moved) {
    push({
      type: 'MOVE_SESSION',
      sessionId: mv.session.id,
      fromDay: mv.session.day,
      toDay: mv.to as Weekday,
    });
  }
  for (const it of items) if (it.dropped) push({ type: 'DROP_SESSION', sessionId: it.x.id });
  // Sessions scaled alike share one change: one percentage that gives each its exact minutes.
  const ranged: { it: Item; lo: number; hi: number }[] = [];
  for (const it of items) {
    if (it.dropped || it.m === it.x.minutes) continue;
    const r = percentRange(it.x.minutes, it.m);
    if (r !== null) ranged.push({ it, lo: r[0], hi: r[1] });
  }
  ranged.sort((p, q) => p.hi - q.hi || p.lo - q.lo);
  for (let i = 0; i < ranged.length;) {
    const p = ranged[i].hi;
    const ids: string[] = [];
    let j = i;
    while (j < ranged.length && ranged[j].lo <= p) ids.push(ranged[j++].it.x.id);
    push({ type: 'SCALE_VOLUME', percent: p, sessionIds: ids, expectedTotalMinutes: planMinutes(sim) });
    i = j;
  }
  const aboveBy = aboveMax ? total - req.max : 0;
  if (changes.length === 0) return { ...NO_CHANGE, over, aboveMax, aboveBy, growShort, freeDays };
  return { changes, capped, over, moved, aboveMax, aboveBy, growShort, freeDays };
}
