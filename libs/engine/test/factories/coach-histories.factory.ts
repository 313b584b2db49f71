/**
 * Athlete histories written the way a coach keeps them: a published plan per week, what the athlete logged
 * against it (minutes and session RPE, not always what was planned), a morning check-in most days with the
 * athlete's own day-to-day scatter, and the coach's draft for next week. Deterministic: no randomness, the
 * scatter comes from a hash of the day.
 */
import { fromDayNumber, toDayNumber, weekdayOf } from '../../src/dates/local-date';
import type {
  AthleteProfile,
  CheckIn,
  CheckInFields,
  Effort,
  Intervals,
  LoggedSession,
  LoggedSessionKind,
  PlannedSession,
  ReviewInput,
  SessionKind,
  WeekPlan,
  Weekday,
} from '../../src/types';

/** Sunday evening review; next week starts on Monday 2025-10-13. */
export const REVIEW = '2025-10-12';
export const NEXT = '2025-10-13';

export function shift(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** One planned day: minutes and the RPE the coach asked for. */
export interface Slot {
  readonly minutes: number;
  readonly rpe: number;
  readonly kind?: SessionKind;
  readonly key?: boolean;
  readonly purpose?: string;
  readonly intervals?: Intervals;
  /** CROSS_TRAINING only: its sport (a plan that says it). */
  readonly sport?: PlannedSession['sport'];
}
/** Monday … Sunday; null = rest day. */
export type WeekShape = readonly (Slot | null)[];

export const easy = (minutes: number, purpose = 'Easy run'): Slot => ({ minutes, rpe: 3, purpose });
export const steady = (minutes: number, purpose = 'Steady run'): Slot => ({ minutes, rpe: 5, purpose });
export const long = (minutes: number, purpose = 'Long run'): Slot => ({
  minutes,
  rpe: 4,
  key: true,
  purpose,
});
export const strength = (minutes: number): Slot => ({
  minutes,
  rpe: 5,
  kind: 'STRENGTH',
  purpose: 'Strength and calf work',
});
export const quality = (minutes: number, purpose: string, reps = 5, workMin = 4): Slot => ({
  minutes,
  rpe: 7,
  key: true,
  purpose,
  intervals: {
    repeats: reps,
    workSeconds: workMin * 60,
    workEffort: { type: 'RPE', value: 8 },
    recoverySeconds: 120,
    recoveryEffort: { type: 'RPE', value: 3 },
  },
});

/** Scales every session of a shape (rounded to 5 min). */
export function scaled(week: WeekShape, factor: number): WeekShape {
  return week.map((s) => (s ? { ...s, minutes: Math.round((s.minutes * factor) / 5) * 5 } : null));
}

/**
 * The published plan by weeks ago of a history that repeats one week: `week`, scaled to 70 % in the down
 * weeks (`downWeeks`, counted in weeks ago as `plan` is).
 */
export function withDownWeeks(
  week: WeekShape,
  downWeeks: readonly number[],
): (weeksAgo: number) => WeekShape {
  return (weeksAgo) => (downWeeks.includes(weeksAgo) ? scaled(week, 0.7) : week);
}

/**
 * The plan with every easy or long run (no intervals, RPE 4 or less) prescribed as zone 2 instead, as a coach
 * who plans by heart-rate zone writes it (the athlete logs those runs at their usual easy RPE).
 */
export function inZone2(plan: WeekPlan): WeekPlan {
  return {
    ...plan,
    sessions: plan.sessions.map((x) =>
      x.kind === 'RUN' && x.intervals === undefined && x.effort.type === 'RPE' && x.effort.value <= 4
        ? { ...x, effort: { type: 'ZONE', value: 2 } }
        : x,
    ),
  };
}

/** A deterministic scatter in [-1, 1] for a day and a channel. */
export function scatter(day: number, channel: number): number {
  const x = Math.sin(day * 12.9898 + channel * 78.233) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
}

export interface DayContext {
  readonly day: number;
  readonly date: string;
  readonly weekday: Weekday;
  /** 1 = the review week, 2 = the week before … */
  readonly weeksAgo: number;
  /** 0 = the review date. */
  readonly daysAgo: number;
  readonly planned: PlannedSession | null;
}

export interface WellnessBaseline {
  readonly rmssd: number;
  readonly sleepHours: number;
  readonly sleepQuality: number;
  readonly fatigue: number;
  readonly soreness: number;
  readonly stress: number;
  readonly mood: number;
  readonly restingHr: number;
}

export const TYPICAL: WellnessBaseline = {
  rmssd: 62,
  sleepHours: 7.4,
  sleepQuality: 7,
  fatigue: 3,
  soreness: 3,
  stress: 3,
  mood: 7,
  restingHr: 50,
};

/** What the athlete logged on a day: a session, nothing (`null`), or `undefined` for "as planned". */
export type Done = { readonly minutes: number; readonly rpe: number; readonly kind?: LoggedSessionKind };

export interface CoachHistorySpec {
  readonly athlete: Omit<AthleteProfile, 'id'> & { readonly id: string };
  readonly reviewDate?: string;
  /** Calendar weeks of history, the review week included. */
  readonly weeks: number;
  /** The published plan of the week `weeksAgo` (1 = review week, 0 = next week's coach draft), or null. */
  readonly plan: (weeksAgo: number) => WeekShape | null;
  /** What was logged; defaults to the plan with a ±5 % minutes scatter and the planned RPE. */
  readonly done?: (c: DayContext) => Done | null | undefined;
  readonly baseline?: WellnessBaseline;
  /** Edits a morning check-in; return null for no check-in that day. */
  readonly checkIn?: (c: DayContext, usual: CheckInFields) => CheckInFields | null;
  readonly extra?: Partial<ReviewInput>;
  /** Day-to-day scatter of the 1–10 wellness scores, in points (default 1: a score moves ±1 around usual). */
  readonly wellnessScatter?: number;
  /** Phase and focus of every published plan (default preparatory, aerobic volume). */
  readonly planMeta?: Partial<WeekPlan>;
}

function planSession(weekStart: string, day: number, slot: Slot): PlannedSession {
  const effort: Effort = { type: 'RPE', value: slot.rpe };
  return {
    id: `${weekStart}-d${day}`,
    day: day as Weekday,
    kind: slot.kind ?? 'RUN',
    minutes: slot.minutes,
    effort,
    ...(slot.intervals ? { intervals: slot.intervals } : {}),
    purpose: slot.purpose ?? 'Easy run',
    ...(slot.key ? { key: true } : {}),
    ...(slot.sport ? { sport: slot.sport } : {}),
  };
}

export function weekPlan(weekStart: string, shape: WeekShape, extra: Partial<WeekPlan> = {}): WeekPlan {
  const sessions: PlannedSession[] = [];
  shape.forEach((slot, day) => {
    if (slot) sessions.push(planSession(weekStart, day, slot));
  });
  return { weekStart, phase: 'PREPARATORY', focus: 'AEROBIC_VOLUME', sessions, ...extra };
}

export function buildCoachHistory(spec: CoachHistorySpec): ReviewInput {
  const reviewDate = spec.reviewDate ?? REVIEW;
  const review = toDayNumber(reviewDate);
  const nextMonday = review - weekdayOf(review) + 7;
  const base = spec.baseline ?? TYPICAL;
  const plans = new Map<number, WeekPlan>();
  for (let w = 0; w <= spec.weeks; w++) {
    const shape = spec.plan(w);
    if (shape) plans.set(w, weekPlan(fromDayNumber(nextMonday - 7 * w), shape, spec.planMeta));
  }
  const sessions: LoggedSession[] = [];
  const checkIns: CheckIn[] = [];
  for (let d = nextMonday - 7 * spec.weeks; d <= review; d++) {
    const weeksAgo = Math.floor((nextMonday - d - 1) / 7) + 1;
    const weekday = weekdayOf(d);
    const planned = plans.get(weeksAgo)?.sessions.find((s) => s.day === weekday) ?? null;
    const date = fromDayNumber(d);
    const c: DayContext = { day: d, date, weekday, weeksAgo, daysAgo: review - d, planned };
    const custom = spec.done?.(c);
    const done: Done | null =
      custom !== undefined
        ? custom
        : planned && planned.kind !== 'REST'
          ? {
              minutes: Math.max(10, Math.round(planned.minutes * (1 + 0.05 * scatter(d, 1)))),
              rpe: planned.effort.value,
            }
          : null;
    if (done) {
      sessions.push({
        id: `log-${date}`,
        date,
        kind: done.kind ?? (planned && planned.kind !== 'REST' ? planned.kind : 'RUN'),
        minutes: done.minutes,
        rpe: done.rpe,
        ...(planned && custom === undefined ? { plannedSessionId: planned.id } : {}),
      });
    }
    const q = (v: number, ch: number, lo = 1, hi = 10): number =>
      Math.min(hi, Math.max(lo, Math.round(v + (spec.wellnessScatter ?? 1) * scatter(d, ch))));
    const usual: CheckInFields = {
      sleepHours: Math.round((base.sleepHours + 0.5 * scatter(d, 2)) * 10) / 10,
      sleepQuality: q(base.sleepQuality, 3),
      rmssd: Math.round(base.rmssd * Math.exp(0.07 * scatter(d, 4)) * 10) / 10,
      restingHr: Math.round(base.restingHr + 2 * scatter(d, 5)),
      soreness: q(base.soreness, 6),
      fatigue: q(base.fatigue, 7),
      stress: q(base.stress, 8),
      mood: q(base.mood, 9),
      illness: 'NONE',
    };
    const ci = spec.checkIn ? spec.checkIn(c, usual) : usual;
    if (ci) checkIns.push({ date, ...ci });
  }
  const past = [...plans.entries()].filter(([w]) => w >= 2).map(([, p]) => p);
  return {
    reviewDate,
    athlete: { timezone: 'Europe/London', ...spec.athlete },
    sessions,
    checkIns,
    contextEvents: [],
    races: [],
    season: {
      phases: [{ phase: 'PREPARATORY', start: shift(reviewDate, -120), end: shift(reviewDate, 120) }],
      mesocycle: { focus: 'AEROBIC_VOLUME', start: shift(fromDayNumber(nextMonday), -21) },
    },
    ...(plans.has(1) ? { currentWeekPlan: plans.get(1) } : {}),
    ...(plans.has(0) ? { nextWeekDraft: plans.get(0) } : {}),
    pastWeekPlans: past.slice(0, 8),
    ...spec.extra,
  };
}
