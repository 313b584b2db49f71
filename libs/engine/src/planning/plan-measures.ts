import { effortToRpe } from '../intensity/intensity-distribution';
import type { PlannedSession, WeekPlan } from '../types';

/** Planned minutes of a week (rest entries count 0). */
export function planMinutes(plan: WeekPlan): number {
  let total = 0;
  for (const s of plan.sessions) if (s.kind !== 'REST') total += s.minutes;
  return total;
}

/** Estimated session load of a planned session: minutes × the RPE its effort stands for. */
export function plannedSessionLoad(s: PlannedSession): number {
  return s.kind === 'REST' ? 0 : s.minutes * effortToRpe(s.effort);
}

/** Estimated weekly load of a plan (Σ minutes × RPE). */
export function planLoad(plan: WeekPlan): number {
  let total = 0;
  for (const s of plan.sessions) total += plannedSessionLoad(s);
  return total;
}

/** Minutes planned per weekday (index 0 = Monday). */
export function planMinutesByDay(plan: WeekPlan): number[] {
  const out = [0, 0, 0, 0, 0, 0, 0];
  for (const s of plan.sessions) if (s.kind !== 'REST') out[s.day] += s.minutes;
  return out;
}

export function isHard(s: PlannedSession): boolean {
  if (s.kind === 'REST') return false;
  if (effortToRpe(s.effort) >= 5) return true;
  return s.intervals !== undefined && effortToRpe(s.intervals.workEffort) >= 7;
}
