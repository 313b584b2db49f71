import { fromDayNumber, toDayNumber, weekdayOf } from '../../src/dates/local-date';
import type {
  CheckIn,
  Dated,
  IllnessStatus,
  LoggedSession,
  LoggedSessionKind,
  PlannedSession,
  ReviewInput,
  WeekPlan,
  Weekday,
} from '../../src/types';

/** A weekday slot of the athlete's usual week: minutes and session RPE (null = rest day). */
export interface DaySlot {
  readonly minutes: number;
  readonly rpe: number;
  readonly kind?: LoggedSessionKind;
  readonly key?: boolean;
  readonly purpose?: string;
}

/** Mon rest, Tue quality, Wed easy, Thu steady, Fri rest, Sat long, Sun easy: ~300 min, monotony ≈ 1.3. */
export const USUAL_WEEK: readonly (DaySlot | null)[] = [
  null,
  { minutes: 50, rpe: 7, key: true, purpose: 'Threshold intervals' },
  { minutes: 45, rpe: 3 },
  { minutes: 45, rpe: 5 },
  null,
  { minutes: 100, rpe: 4, key: true, purpose: 'Long run' },
  { minutes: 45, rpe: 3 },
];

export interface HistoryOptions {
  readonly reviewDate: string;
  readonly days: number;
  readonly week?: readonly (DaySlot | null)[];
  /** Weekly growth (fraction) of volume towards the review date. */
  readonly weeklyGrowth?: number;
  /** Rolling-week indexes (0 = the 7 days ending on the review date) that were down weeks (×0.7). */
  readonly downWeeks?: readonly number[];
  /** Multiplies the minutes of the last `days` days. */
  readonly lastDays?: { readonly days: number; readonly factor: number; readonly rpeDelta?: number };
  /** Daily check-ins; `false` for none. */
  readonly checkIns?: boolean;
  readonly rmssd?: number;
  /** ln(rMSSD) drop over the last `days` days. */
  readonly hrvDrop?: { readonly days: number; readonly ln: number };
  /** Worse wellness (fatigue/soreness/stress up, sleep/mood down) over the last `days`. */
  readonly wellnessDrop?: { readonly days: number; readonly points: number };
  readonly illness?: { readonly from: string; readonly status: IllnessStatus };
  /** No sessions logged on these weekdays in the last `weeks` weeks. */
  readonly skip?: { readonly weekdays: readonly number[]; readonly weeks: number };
  /** No check-ins in the last `days` days. */
  readonly silentDays?: number;
  /** No sessions on these dates. */
  readonly noTrainingFrom?: string;
  readonly availability?: readonly number[];
}

/**
 * The steady athlete most specs start from: 120 days up to a Sunday review on 2025-03-16, growing 1 % a week,
 * with down weeks 2, 6, 10 and 14 weeks back. `extra` changes or adds options (an illness, silent days).
 */
export function steadyHistory(extra: Partial<HistoryOptions> = {}): ReviewInput {
  return buildHistory({
    reviewDate: '2025-03-16',
    days: 120,
    weeklyGrowth: 0.01,
    downWeeks: [2, 6, 10, 14],
    ...extra,
  });
}

/** Deterministic history generator: same options → same history, no randomness. */
export function buildHistory(o: HistoryOptions): ReviewInput {
  const review = toDayNumber(o.reviewDate);
  const week = o.week ?? USUAL_WEEK;
  const sessions: LoggedSession[] = [];
  const checkIns: CheckIn[] = [];
  const growth = o.weeklyGrowth ?? 0;
  const noTraining = o.noTrainingFrom ? toDayNumber(o.noTrainingFrom) : Infinity;
  const illnessFrom = o.illness ? toDayNumber(o.illness.from) : Infinity;
  for (let d = review - o.days + 1; d <= review; d++) {
    const k = Math.floor((review - d) / 7);
    const wd = weekdayOf(d);
    const slot = week[wd];
    const date = fromDayNumber(d);
    const skipped = o.skip !== undefined && o.skip.weekdays.includes(wd) && k < o.skip.weeks;
    if (slot && !skipped && d < noTraining && d < illnessFrom) {
      let minutes = slot.minutes * Math.pow(1 + growth, -k);
      if (o.downWeeks?.includes(k)) minutes *= 0.7;
      let rpe = slot.rpe;
      if (o.lastDays && review - d < o.lastDays.days) {
        minutes *= o.lastDays.factor;
        rpe = Math.min(10, rpe + (o.lastDays.rpeDelta ?? 0));
      }
      sessions.push({ id: `s${d}`, date, kind: slot.kind ?? 'RUN', minutes: Math.round(minutes), rpe });
    }
    if (o.checkIns === false || (o.silentDays !== undefined && review - d < o.silentDays)) continue;
    const offset = (d % 3) - 1;
    let ln = Math.log(o.rmssd ?? 60) + 0.05 * ((d % 5) - 2);
    if (o.hrvDrop && review - d < o.hrvDrop.days) ln -= o.hrvDrop.ln;
    const worse = o.wellnessDrop && review - d < o.wellnessDrop.days ? o.wellnessDrop.points : 0;
    checkIns.push({
      date,
      sleepHours: 7.5,
      sleepQuality: 7 + offset - worse,
      rmssd: Math.round(Math.exp(ln) * 10) / 10,
      restingHr: 50,
      soreness: 3 + offset + worse,
      fatigue: 3 + offset + worse,
      stress: 3 + offset + worse,
      mood: 7 + offset - worse,
      illness: d >= illnessFrom ? (o.illness as { status: IllnessStatus }).status : 'NONE',
    });
  }
  return {
    reviewDate: o.reviewDate,
    athlete: {
      id: 'athlete-1',
      firstName: 'Sam',
      timezone: 'Europe/Berlin',
      availabilityMinutes: o.availability ?? [60, 75, 75, 75, 60, 150, 90],
    },
    sessions,
    checkIns,
    contextEvents: [],
    races: [],
    season: {
      phases: [
        { phase: 'PREPARATORY', start: fromDayNumber(review - 200), end: fromDayNumber(review + 200) },
      ],
      mesocycle: { focus: 'AEROBIC_VOLUME', start: fromDayNumber(review - 13) },
    },
  };
}

/** A coach's week plan from a usual-week pattern (what the coach would publish without the engine). */
export function planFromWeek(
  weekStart: string,
  week: readonly (DaySlot | null)[] = USUAL_WEEK,
  scale = 1,
): WeekPlan {
  const sessions: PlannedSession[] = [];
  week.forEach((slot, day) => {
    if (!slot) return;
    const hard = slot.rpe >= 7;
    sessions.push({
      id: `${weekStart}-p${day}`,
      day: day as Weekday,
      kind: slot.kind ?? 'RUN',
      minutes: Math.round((slot.minutes * scale) / 5) * 5,
      effort: { type: 'RPE', value: slot.rpe },
      ...(hard
        ? {
            intervals: {
              repeats: 4,
              workSeconds: 360,
              workEffort: { type: 'RPE' as const, value: 7 },
              recoverySeconds: 120,
              recoveryEffort: { type: 'RPE' as const, value: 3 },
            },
          }
        : {}),
      purpose: slot.purpose ?? (slot.rpe <= 4 ? 'Easy run' : 'Steady run'),
      ...(slot.key ? { key: true } : {}),
    });
  });
  return { weekStart, phase: 'PREPARATORY', focus: 'AEROBIC_VOLUME', sessions };
}

/**
 * A spec's planned sessions for the week starting `weekStart`: `run(day, minutes, rpe, extra)` is a run at
 * session RPE `rpe` (an easy run at 4 or under, a steady run above), `extra` changing any field (kind,
 * purpose, key, intervals). Its id names the day and the kind, so one day holds one session of each kind.
 */
export const plannedSessions =
  (weekStart: string) =>
  (day: number, minutes: number, rpe: number, extra: Partial<PlannedSession> = {}): PlannedSession => ({
    id: `${weekStart}-x${day}${extra.kind ?? 'RUN'}`,
    day: day as Weekday,
    kind: 'RUN',
    minutes,
    effort: { type: 'RPE', value: rpe },
    purpose: rpe <= 4 ? 'Easy run' : 'Steady run',
    ...extra,
  });

export function mondayAfter(date: string): string {
  const d = toDayNumber(date);
  return fromDayNumber(d - weekdayOf(d) + 7);
}

export function shift(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The day number of a logged session or check-in, whichever way it says when (`Dated`). */
export function dayOf(record: Dated): number {
  return record.day ?? toDayNumber(record.date as string);
}

/**
 * `input` with a strength session added to this week's published plan on `date` (beside what the plan has that
 * day: a morning strength session on a day with a run planned for the evening) and logged that day, against the
 * plan (`linked`) or not.
 */
export function withMorningStrength(
  input: ReviewInput,
  date: string,
  linked = false,
  minutes = 30,
): ReviewInput {
  const plan = input.currentWeekPlan;
  if (plan === undefined) throw new Error('withMorningStrength: no plan for this week');
  const day = toDayNumber(date) - toDayNumber(plan.weekStart);
  const session = plannedSessions(plan.weekStart)(day, minutes, 5, {
    kind: 'STRENGTH',
    purpose: 'Strength and calf work',
  });
  const log: LoggedSession = {
    id: `log-${date}-strength`,
    date,
    kind: 'STRENGTH',
    minutes,
    rpe: 5,
    ...(linked ? { plannedSessionId: session.id } : {}),
  };
  return {
    ...input,
    currentWeekPlan: { ...plan, sessions: [session, ...plan.sessions] },
    sessions: [...input.sessions, log],
  };
}
