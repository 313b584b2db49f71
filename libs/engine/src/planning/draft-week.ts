import type { EngineConfig } from '../config/engine-config';
import type {
  MesocycleFocus,
  Phase,
  PlannedSession,
  RacePriority,
  WeekDecisionType,
  WeekPlan,
  Weekday,
} from '../types';
import { EASY, LONG_EASY, QUALITY_TEMPLATES, fitTemplate } from './session-templates';

export interface DraftRequest {
  readonly weekStart: string;
  readonly phase: Phase;
  readonly focus: MesocycleFocus;
  readonly decision: WeekDecisionType;
  readonly targetMinutes: number;
  /** Minutes per weekday after context events. */
  readonly availability: readonly number[];
  readonly runsPerWeek: number;
  /** Completion rate of planned sessions per weekday (null = unknown). */
  readonly reliability: readonly (number | null)[];
  readonly races: readonly {
    readonly day: Weekday;
    readonly priority: RacePriority;
    readonly minutes: number;
    readonly label: string;
  }[];
  /** Rest through this weekday (−1 = none) for fever / below-neck illness. */
  readonly restThroughDay: number;
  /** Easy running only (above-neck illness, injury, transition). */
  readonly easyOnly: boolean;
  /** Taper volume factor for quality work (1 = unchanged). */
  readonly qualityVolumeFactor: number;
}

const PREFERRED_QUALITY_DAYS = [1, 3, 2, 4, 0, 5, 6];

function floor5(v: number): number {
  return Math.max(0, Math.floor(v / 5 + 1e-9) * 5);
}

function rel(req: DraftRequest, d: number): number {
  return req.reliability[d] ?? 1;
}

/** At least one day away from every key day. */
function far(keyDay: readonly boolean[], d: number): boolean {
  for (let k = 0; k < 7; k++) if (keyDay[k] && Math.abs(k - d) < 2) return false;
  return true;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

/** Insertion sort of a few weekdays (the comparators below are total orders, so any sort gives this). */
function sortDays(days: number[], before: (a: number, b: number) => boolean): number[] {
  for (let i = 1; i < days.length; i++) {
    const x = days[i];
    let j = i - 1;
    while (j >= 0 && before(x, days[j])) {
      days[j + 1] = days[j];
      j--;
    }
    days[j + 1] = x;
  }
  return days;
}

function bySessionDayThenId(a: PlannedSession, b: PlannedSession): number {
  return a.day - b.day || (a.id < b.id ? -1 : 1);
}

/** The best free quality day: preferred weekdays first, then reliability; relaxed when nothing fits. */
function pickQualityDay(
  req: DraftRequest,
  avail: readonly number[],
  used: readonly boolean[],
  keyDay: readonly boolean[],
  candidates: readonly number[],
): number {
  let best = -1;
  for (let pass = 0; pass < 2; pass++) {
    const strict = pass === 0;
    for (const d of PREFERRED_QUALITY_DAYS) {
      if (used[d] || avail[d] < 35 || !candidates.includes(d)) continue;
      if (strict && (!far(keyDay, d) || rel(req, d) < 0.75)) continue;
      if (best < 0 || rel(req, d) > rel(req, best)) best = d;
    }
    if (best >= 0) break;
  }
  return best;
}

/**
 * Builds next week from availability, phase, focus and the build/hold/down decision: time-based sessions
 * only. Deterministic; never exceeds `targetMinutes` or a day's availability.
 */
export function draftWeek(req: DraftRequest, config: EngineConfig['draft']): WeekPlan {
  const ws = req.weekStart;
  const avail = [0, 0, 0, 0, 0, 0, 0];
  const src = req.availability;
  for (let d = 0; d < 7 && d < src.length; d++) avail[d] = Math.max(0, src[d] || 0);
  const sessions: PlannedSession[] = [];
  const used = [false, false, false, false, false, false, false];
  const keyDay = [false, false, false, false, false, false, false];
  let remaining = Math.max(0, req.targetMinutes);
  const minS = config.minSessionMinutes;

  // Races are fixed points; protect the day before and (for A/B races) the day after.
  let hasMajorRace = false;
  for (const race of req.races) {
    if (race.priority !== 'C') hasMajorRace = true;
    sessions.push({
      id: `${ws}-d${race.day}-race`,
      day: race.day,
      kind: 'RACE',
      minutes: race.minutes,
      effort: { type: 'RPE', value: race.priority === 'C' ? 8 : 9 },
      purpose: `Race: ${race.label}`,
      key: true,
    });
    used[race.day] = true;
    keyDay[race.day] = true;
    avail[race.day] = 0;
    remaining = Math.max(0, remaining - race.minutes);
    if (race.day > 0) avail[race.day - 1] = Math.min(avail[race.day - 1], race.priority === 'C' ? 40 : 20);
    if (race.day < 6 && race.priority !== 'C') avail[race.day + 1] = 0;
  }

  // Illness: rest days first.
  for (let d = 0; d <= Math.min(6, req.restThroughDay); d++) {
    avail[d] = 0;
    used[d] = true;
    sessions.push({
      id: `${ws}-d${d}-rest`,
      day: d as Weekday,
      kind: 'REST',
      minutes: 0,
      effort: { type: 'RPE', value: 0 },
      purpose: 'Rest until 24 h free of fever and below-neck symptoms',
    });
  }

  const candidates: number[] = [];
  for (let d = 0; d < 7; d++) if (!used[d] && avail[d] >= minS) candidates.push(d);
  const graded = req.restThroughDay >= 0;
  const easyOnly = req.easyOnly || graded || req.decision === 'TRANSITION' || req.decision === 'REST';
  let runs = Math.min(Math.max(1, Math.round(req.runsPerWeek)), candidates.length);
  if (req.decision === 'TRANSITION') runs = Math.min(runs, 3);
  if (graded) runs = Math.min(runs, Math.ceil(candidates.length / 2) + (candidates.length > 3 ? 1 : 0));

  let longDay = -1;
  if (!easyOnly && !hasMajorRace && runs >= 2) {
    for (const d of candidates) {
      if (
        longDay < 0 ||
        avail[d] > avail[longDay] ||
        (avail[d] === avail[longDay] && rel(req, d) >= rel(req, longDay))
      ) {
        longDay = d;
      }
    }
  }
  let qualityCount = 0;
  if (!easyOnly && req.focus !== 'RECOVERY') {
    if (req.decision === 'TAPER') qualityCount = 1;
    else if (req.decision === 'BUILD' || req.decision === 'HOLD') {
      qualityCount = req.phase === 'PREPARATORY' || runs < 5 ? 1 : 2;
    }
    if (req.races.length > 0) qualityCount = Math.max(0, qualityCount - 1);
    qualityCount = Math.min(qualityCount, Math.max(0, runs - (longDay >= 0 ? 1 : 0) - 1));
  }
  if (longDay >= 0) {
    used[longDay] = true;
    keyDay[longDay] = true;
  }

  const qualityDays: number[] = [];
  for (let q = 0; q < qualityCount; q++) {
    const best = pickQualityDay(req, avail, used, keyDay, candidates);
    if (best < 0) break;
    qualityDays.push(best);
    used[best] = true;
    keyDay[best] = true;
  }

  const easyWanted = Math.max(0, runs - (longDay >= 0 ? 1 : 0) - qualityDays.length);
  const easyPool: number[] = [];
  for (const d of candidates) if (!used[d]) easyPool.push(d);
  sortDays(easyPool, (a, b) => {
    const c = rel(req, a) - rel(req, b) || avail[a] - avail[b] || b - a;
    return c > 0;
  });
  let easyDays = sortDays(easyPool.slice(0, easyWanted), (a, b) => a < b);

  // Minutes.
  const target = remaining;
  let longMin = 0;
  if (longDay >= 0) {
    const share = req.decision === 'DOWN' ? config.longRunShare * 0.9 : config.longRunShare;
    longMin = Math.min(avail[longDay], floor5(target * share), config.longRunMaxMinutes);
    if (longMin < minS) longMin = 0;
  }
  const qualityMin: number[] = [];
  for (const d of qualityDays) {
    const m = Math.min(avail[d], floor5(target * config.qualityShare));
    qualityMin.push(m >= 35 ? m : 0);
  }
  let rest = target - longMin - sum(qualityMin);
  if (rest < 0) {
    // Tiny target: shrink key sessions proportionally.
    const keys = longMin + sum(qualityMin);
    const f = target / keys;
    longMin = floor5(longMin * f);
    if (longMin < minS) longMin = 0;
    for (let i = 0; i < qualityMin.length; i++) {
      qualityMin[i] = floor5(qualityMin[i] * f);
      if (qualityMin[i] < 35) qualityMin[i] = 0;
    }
    rest = target - longMin - sum(qualityMin);
    easyDays = [];
  }
  const easyMin: number[] = [];
  if (graded) {
    // Graded return: short, easy, growing by 5 minutes per outing.
    let m = 20;
    for (const d of easyDays) {
      const v = Math.min(avail[d], m, floor5(rest));
      easyMin.push(v >= minS ? v : 0);
      rest -= easyMin[easyMin.length - 1];
      m += 5;
    }
  } else {
    while (easyDays.length > 0) {
      const each = floor5(rest / easyDays.length);
      if (each >= minS) break;
      easyDays = easyDays.slice(0, easyDays.length - 1);
    }
    const cap = longMin > 0 ? longMin : Infinity;
    // Fill the days with the least availability first so that leftovers flow to roomier days.
    const order = sortDays(
      easyDays.slice(),
      (a, b) => avail[a] < avail[b] || (avail[a] === avail[b] && a < b),
    );
    const byDay = [0, 0, 0, 0, 0, 0, 0];
    let left = rest;
    for (let i = 0; i < order.length; i++) {
      const d = order[i];
      const v = Math.min(avail[d], cap, floor5(left / (order.length - i)));
      byDay[d] = v >= minS ? v : 0;
      left -= byDay[d];
    }
    for (const d of easyDays) easyMin.push(byDay[d]);
  }

  if (longDay >= 0 && longMin > 0) {
    sessions.push({
      id: `${ws}-d${longDay}-long`,
      day: longDay as Weekday,
      kind: 'RUN',
      minutes: longMin,
      effort: req.decision === 'DOWN' ? EASY : LONG_EASY,
      purpose:
        req.decision === 'DOWN' ? 'Shorter long run, easy throughout' : 'Long run, easy and conversational',
      key: true,
    });
  }
  const focus = req.focus === 'RECOVERY' ? 'AEROBIC_VOLUME' : req.focus;
  const secondary = focus === 'THRESHOLD' ? 'VO2MAX' : 'THRESHOLD';
  for (let i = 0; i < qualityDays.length; i++) {
    const d = qualityDays[i];
    const m = qualityMin[i];
    if (m <= 0) continue;
    const t = QUALITY_TEMPLATES[i === 0 ? focus : secondary];
    sessions.push({
      id: `${ws}-d${d}-quality${i + 1}`,
      day: d as Weekday,
      kind: 'RUN',
      minutes: m,
      effort: t.effort,
      intervals: fitTemplate(t, m, req.qualityVolumeFactor),
      purpose: req.decision === 'TAPER' ? `${t.purpose} (taper: fewer repeats, same effort)` : t.purpose,
      key: true,
    });
  }
  const purpose =
    req.decision === 'TRANSITION'
      ? 'Unstructured easy running or cross-training, only if you feel like it'
      : graded
        ? 'Graded return: easy and short; stop if symptoms come back'
        : 'Easy run, conversational';
  for (let i = 0; i < easyDays.length; i++) {
    const d = easyDays[i];
    const m = easyMin[i];
    if (m <= 0) continue;
    sessions.push({
      id: `${ws}-d${d}-easy`,
      day: d as Weekday,
      kind: 'RUN',
      minutes: m,
      effort: req.decision === 'TRANSITION' || graded ? { type: 'RPE', value: 2 } : EASY,
      purpose,
    });
  }
  const hasSession = [false, false, false, false, false, false, false];
  for (const s of sessions) hasSession[s.day] = true;
  for (let d = 0; d < 7; d++) {
    if (hasSession[d]) continue;
    sessions.push({
      id: `${ws}-d${d}-rest`,
      day: d as Weekday,
      kind: 'REST',
      minutes: 0,
      effort: { type: 'RPE', value: 0 },
      purpose: 'Rest day',
    });
  }
  sessions.sort(bySessionDayThenId);
  return { weekStart: ws, phase: req.phase, focus: req.focus, sessions };
}
