import { toDayNumber, weekdayOf } from '../dates/local-date';
import type { Effort, LoggedSession, ReviewInput, WeekPlan, Weekday } from '../types';

/** A strength or cross-training session the athlete does on the same weekday most weeks. */
export interface RegularSession {
  readonly day: Weekday;
  readonly kind: 'STRENGTH' | 'CROSS_TRAINING';
  readonly minutes: number;
  readonly effort: Effort;
  readonly purpose: string;
}

/** Calendar weeks looked at, and in how many of them the session must have been logged. [ours] */
const WEEKS = 4;
const MIN_WEEKS = 3;

const DEFAULT_PURPOSE = { STRENGTH: 'Strength', CROSS_TRAINING: 'Cross-training' } as const;

function dayOf(s: LoggedSession): number {
  return s.day ?? toDayNumber(s.date as string);
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/**
 * The athlete's regular non-run sessions (strength, cross-training): a kind logged on the same weekday in at
 * least 3 of the last 4 calendar weeks (to the review date). Each keeps the athlete's usual minutes (median,
 * to 5 min) and effort (median RPE) and the purpose the plans gave it. The engine's own draft keeps them:
 * they are part of the athlete's week, not filler to be replaced by running.
 */
export function regularSessions(input: ReviewInput, nextWeekStart: number): RegularSession[] {
  const from = nextWeekStart - 7 * WEEKS;
  const review = toDayNumber(input.reviewDate);
  // kind|weekday → the weeks seen, minutes, RPEs and the linked plan session ids
  const seen = new Map<string, { weeks: Set<number>; minutes: number[]; rpe: number[]; ids: string[] }>();
  for (const s of input.sessions) {
    if (s.kind !== 'STRENGTH' && s.kind !== 'CROSS_TRAINING') continue;
    const d = dayOf(s);
    if (d < from || d > review) continue;
    const key = `${s.kind}|${weekdayOf(d)}`;
    let e = seen.get(key);
    if (!e) seen.set(key, (e = { weeks: new Set(), minutes: [], rpe: [], ids: [] }));
    e.weeks.add(Math.floor((d - from) / 7));
    e.minutes.push(s.minutes);
    e.rpe.push(s.rpe);
    if (s.plannedSessionId !== undefined) e.ids.push(s.plannedSessionId);
  }
  const out: RegularSession[] = [];
  if (seen.size === 0) return out;
  const plans: WeekPlan[] = [
    ...(input.pastWeekPlans ?? []),
    ...(input.currentWeekPlan ? [input.currentWeekPlan] : []),
  ];
  for (const [key, e] of seen) {
    if (e.weeks.size < MIN_WEEKS) continue;
    const [kind, wd] = key.split('|') as ['STRENGTH' | 'CROSS_TRAINING', string];
    const day = Number(wd) as Weekday;
    let purpose: string = DEFAULT_PURPOSE[kind];
    for (const p of plans) {
      const x = p.sessions.find((ps) => e.ids.includes(ps.id) || (ps.kind === kind && ps.day === day));
      if (x) purpose = x.purpose;
    }
    out.push({
      day,
      kind,
      minutes: Math.max(5, Math.round(median(e.minutes) / 5) * 5),
      effort: { type: 'RPE', value: Math.round(median(e.rpe)) },
      purpose,
    });
  }
  out.sort((a, b) => a.day - b.day);
  return out;
}
