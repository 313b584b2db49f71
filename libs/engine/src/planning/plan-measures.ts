import { effortToRpe } from '../intensity/intensity-distribution';
import type { Effort, PlannedSession, WeekPlan } from '../types';

/** Planned minutes of a week (rest entries count 0). */
export function planMinutes(plan: WeekPlan): number {
  let total = 0;
  for (const s of plan.sessions) if (s.kind !== 'REST') total += s.minutes;
  return total;
}

/**
 * The RPE a prescribed effort stands for: the athlete's own mean logged RPE for that zone when `zoneRpe` has
 * it (see `zoneRpeFromHistory`), else the documented default (`effortToRpe`: Seiler's 3-zone mapping).
 */
export function costRpe(effort: Effort, zoneRpe?: ReadonlyMap<string, number>): number {
  if (effort.type === 'ZONE' && zoneRpe !== undefined) {
    const own = zoneRpe.get(`${effort.scale ?? 3}:${effort.value}`);
    if (own !== undefined) return own;
  }
  return effortToRpe(effort);
}

/** Estimated session load of a planned session: minutes × the RPE its effort stands for. */
export function plannedSessionLoad(s: PlannedSession, zoneRpe?: ReadonlyMap<string, number>): number {
  return s.kind === 'REST' ? 0 : s.minutes * costRpe(s.effort, zoneRpe);
}

/** Estimated weekly load of a plan (Σ minutes × RPE); races included unless `training` is true. */
export function planLoad(plan: WeekPlan, zoneRpe?: ReadonlyMap<string, number>, training = false): number {
  let total = 0;
  for (const s of plan.sessions) if (!training || s.kind !== 'RACE') total += plannedSessionLoad(s, zoneRpe);
  return total;
}

/** Minutes of the races in a plan. */
export function raceMinutes(plan: WeekPlan): number {
  let total = 0;
  for (const s of plan.sessions) if (s.kind === 'RACE') total += s.minutes;
  return total;
}

/** Logs needed before a zone is costed from the athlete's own RPE instead of the default. */
export const ZONE_RPE_MIN_LOGS = 3;

/**
 * The athlete's mean logged session RPE per prescribed zone (`'<scale>:<zone>'`), from the logs that
 * fulfil a planned session prescribed by zone in an earlier plan; zones with fewer than
 * {@link ZONE_RPE_MIN_LOGS} such logs are left out (the default applies).
 */
export function zoneRpeFromHistory(
  plans: readonly WeekPlan[] | undefined,
  logs: readonly { readonly plannedSessionId?: string; readonly rpe: number; readonly kind: string }[],
): Map<string, number> {
  const out = new Map<string, number>();
  if (!plans || plans.length === 0) return out;
  const zoneOf = new Map<string, string>();
  for (const p of plans) {
    for (const s of p.sessions) {
      if (s.effort.type === 'ZONE' && s.kind === 'RUN')
        zoneOf.set(s.id, `${s.effort.scale ?? 3}:${s.effort.value}`);
    }
  }
  if (zoneOf.size === 0) return out;
  const sum = new Map<string, number>();
  const n = new Map<string, number>();
  for (const l of logs) {
    if (l.plannedSessionId === undefined || l.kind !== 'RUN') continue;
    const z = zoneOf.get(l.plannedSessionId);
    if (z === undefined) continue;
    sum.set(z, (sum.get(z) ?? 0) + l.rpe);
    n.set(z, (n.get(z) ?? 0) + 1);
  }
  for (const [z, count] of n) if (count >= ZONE_RPE_MIN_LOGS) out.set(z, (sum.get(z) as number) / count);
  return out;
}

/** Minutes planned per weekday (index 0 = Monday). */
export function planMinutesByDay(plan: WeekPlan): number[] {
  const out = [0, 0, 0, 0, 0, 0, 0];
  for (const s of plan.sessions) if (s.kind !== 'REST') out[s.day] += s.minutes;
  return out;
}

export function isHard(s: PlannedSession, zoneRpe?: ReadonlyMap<string, number>): boolean {
  if (s.kind === 'REST') return false;
  if (costRpe(s.effort, zoneRpe) >= 5) return true;
  return s.intervals !== undefined && effortToRpe(s.intervals.workEffort) >= 7;
}
