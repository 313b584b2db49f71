/**
 * Series the review screen draws, shaped from what the API returns (pure: rows in, aligned arrays out).
 * CTL/ATL/TSB use the engine's own exponential load (libs/engine, pure), so the chart's last point is the
 * number the review's metrics snapshot shows; wellness is the mean of the five check-in scales (1–5, 5 best);
 * compliance is planned vs done per week from `compliance`.
 */
import { exponentialLoad } from '../../../../../libs/engine/src/load/training-load';
import { addDays } from '../../lib/dates';

/** The engine's time constants (DEFAULT_ENGINE_CONFIG.load) and its RPE for unrated sessions. */
export const CTL_DAYS = 42;
export const ATL_DAYS = 7;
const UNRATED_RPE = 4;

export interface PmcSeries {
  dates: string[];
  ctl: number[];
  atl: number[];
  /** Form on day t = CTL(t−1) − ATL(t−1). */
  tsb: number[];
}

/**
 * Daily load (sRPE × minutes; an unrated session at RPE 4, as the engine counts it) from `loadFrom` to `to`,
 * through the 42- and 7-day exponential loads; the series returned starts at `from` (the earlier days only
 * warm the averages up).
 */
export function pmcSeries(
  sessions: readonly { date: string; minutes: number; load: number | null }[],
  loadFrom: string,
  from: string,
  to: string,
): PmcSeries {
  const days: string[] = [];
  for (let d = loadFrom; d <= to; d = addDays(d, 1)) days.push(d);
  const index = new Map(days.map((d, i) => [d, i]));
  const loads = new Float64Array(days.length);
  for (const s of sessions) {
    const i = index.get(s.date);
    if (i !== undefined) loads[i] += s.load ?? UNRATED_RPE * s.minutes;
  }
  const ctl = exponentialLoad(loads, CTL_DAYS);
  const atl = exponentialLoad(loads, ATL_DAYS);
  const out: PmcSeries = { dates: [], ctl: [], atl: [], tsb: [] };
  for (let i = 0; i < days.length; i++) {
    if (days[i] < from) continue;
    out.dates.push(days[i]);
    out.ctl.push(round1(ctl[i]));
    out.atl.push(round1(atl[i]));
    out.tsb.push(round1(i > 0 ? ctl[i - 1] - atl[i - 1] : 0));
  }
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function pmcSummary(s: PmcSeries): string {
  const i = s.dates.length - 1;
  if (i < 0) return 'No training load yet.';
  const form = s.tsb[i];
  const words =
    form < -20 ? 'deep fatigue' : form < -5 ? 'training fatigue' : form > 10 ? 'fresh' : 'neutral';
  // Form is yesterday's fitness minus yesterday's fatigue (`PmcSeries.tsb`): said with those figures, or a coach
  // computes today's and finds the caption wrong ("fitness 307, fatigue 367, form -110").
  const yesterday =
    i > 0
      ? ` (yesterday's fitness ${s.ctl[i - 1].toFixed(0)} minus yesterday's fatigue ${s.atl[i - 1].toFixed(0)})`
      : '';
  return `Fitness (CTL) ${s.ctl[i].toFixed(0)}, fatigue (ATL) ${s.atl[i].toFixed(0)}, form (TSB) ${form.toFixed(0)}${yesterday}: ${words}.`;
}

export interface WellnessCheckIn {
  date: string;
  illness: string;
  sleepQuality: number | null;
  fatigue: number | null;
  soreness: number | null;
  stress: number | null;
  mood: number | null;
}

export interface WellnessSeries {
  dates: string[];
  /** Mean of the scales answered that day (1–5, 5 best); null without a check-in. */
  score: (number | null)[];
  /** 7-day mean of the daily scores (at least 3 in the 7 days). */
  mean7: (number | null)[];
  /** The day's score (or 1 without one) on days with illness reported; null otherwise: the markers. */
  illness: (number | null)[];
  /** The day's illness as reported (NONE, ABOVE_NECK, BELOW_NECK_OR_FEVER); null without a check-in. */
  illnessStatus: (string | null)[];
  checkInDays: number;
  illnessDays: string[];
}

const SCALES = ['sleepQuality', 'fatigue', 'soreness', 'stress', 'mood'] as const;

export function wellnessSeries(
  checkIns: readonly WellnessCheckIn[],
  from: string,
  to: string,
): WellnessSeries {
  const byDate = new Map<string, WellnessCheckIn>();
  for (const c of checkIns) byDate.set(c.date, c);
  const scoreOf = (c: WellnessCheckIn | undefined): number | null => {
    if (!c) return null;
    const xs = SCALES.map((k) => c[k]).filter((v): v is number => v != null);
    return xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null;
  };
  const s: WellnessSeries = {
    dates: [],
    score: [],
    mean7: [],
    illness: [],
    illnessStatus: [],
    checkInDays: 0,
    illnessDays: [],
  };
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const c = byDate.get(d);
    const score = scoreOf(c);
    s.dates.push(d);
    s.score.push(score);
    if (c) s.checkInDays++;
    const week: number[] = [];
    for (let i = 0; i < 7; i++) {
      const v = scoreOf(byDate.get(addDays(d, -i)));
      if (v != null) week.push(v);
    }
    s.mean7.push(
      week.length >= 3 ? Math.round((week.reduce((a, b) => a + b, 0) / week.length) * 100) / 100 : null,
    );
    const ill = !!c && c.illness !== 'NONE';
    s.illness.push(ill ? (score ?? 1) : null);
    s.illnessStatus.push(c ? c.illness : null);
    if (ill) s.illnessDays.push(d);
  }
  return s;
}

/**
 * A day's illness in words, as the athlete chose it on the check-in (CheckInPage's choices): "none" when the check-in
 * reported none, "no check-in" without one (nothing known).
 */
export function illnessWords(status: string | null): string {
  switch (status) {
    case null:
      return 'no check-in';
    case 'NONE':
      return 'none';
    case 'ABOVE_NECK':
      return 'cold, above the neck';
    case 'BELOW_NECK_OR_FEVER':
      return 'fever, or chest / body aches';
    default:
      return status.toLowerCase().replace(/_/g, ' ');
  }
}

export function wellnessSummary(s: WellnessSeries): string {
  const last = [...s.mean7].reverse().find((v) => v != null);
  const parts = [
    `${s.checkInDays} check-in${s.checkInDays === 1 ? '' : 's'} in ${s.dates.length} days`,
    last != null ? `7-day wellness ${last.toFixed(1)} of 5` : 'too few check-ins for a 7-day mean',
  ];
  if (s.illnessDays.length)
    parts.push(`illness reported on ${s.illnessDays.length} day${s.illnessDays.length === 1 ? '' : 's'}`);
  return `${parts.join('; ')}.`;
}

export interface ComplianceWeek {
  weekStart: string;
  plannedMinutes: number;
  completedMinutes: number;
  completionRate: number | null;
  hasPublishedPlan: boolean;
  keySessionsPlanned: number;
  keySessionsDone: number;
}

/** The Mondays of the `n` weeks ending with the week of `date` (oldest first). */
export function lastWeeks(date: string, n: number): string[] {
  const day = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(date, -day);
  return Array.from({ length: n }, (_, i) => addDays(monday, -7 * (n - 1 - i)));
}

/** Weeks in order, done % of plan (null without a published plan or when nothing was planned). */
export function complianceSeries(weeks: readonly ComplianceWeek[]) {
  const sorted = [...weeks].sort((a, b) => (a.weekStart < b.weekStart ? -1 : 1));
  return {
    weeks: sorted.map((w) => w.weekStart),
    planned: sorted.map((w) => (w.hasPublishedPlan ? w.plannedMinutes : null)),
    done: sorted.map((w) => w.completedMinutes),
    pct: sorted.map((w) =>
      w.hasPublishedPlan && w.completionRate != null ? Math.round(w.completionRate * 100) : null,
    ),
  };
}

export function complianceSummary(weeks: readonly ComplianceWeek[]): string {
  const s = complianceSeries(weeks);
  const rated = s.pct.filter((p): p is number => p != null);
  if (!rated.length) return 'No published plan in these weeks to compare with.';
  const mean = Math.round(rated.reduce((a, b) => a + b, 0) / rated.length);
  const last = s.pct.at(-1);
  return `Done vs planned: ${mean} % on average over ${rated.length} planned week${rated.length === 1 ? '' : 's'}${last != null ? `; this week so far ${last} %` : ''}.`;
}
