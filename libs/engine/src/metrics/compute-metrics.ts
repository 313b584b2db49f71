import type { EngineConfig } from '../config/engine-config';
import { fromDayNumber, toDayNumber, weekdayOf } from '../dates/local-date';
import { polarizationIndex } from '../intensity/intensity-distribution';
import { exponentialLoad, monotonyAndStrain, ewmaLast, percentChange } from '../load/training-load';
import type {
  CheckIn,
  ComplianceWeek,
  ContextEvent,
  ContextEventKind,
  HrvMetrics,
  IllnessStatus,
  LoggedSession,
  MetricValue,
  Metrics,
  Race,
  RacePriority,
  Readiness,
  ReviewInput,
  WeekLoad,
  WeekPlan,
  WellnessItem,
  WellnessMetrics,
} from '../types';

export interface ParsedEvent {
  readonly kind: ContextEventKind;
  readonly start: number;
  readonly end: number;
  readonly confirmed: boolean;
  readonly illness: IllnessStatus;
  readonly source: ContextEvent;
}

export interface ParsedRace {
  readonly day: number;
  readonly priority: RacePriority;
  readonly minutes: number;
  readonly label: string;
  readonly source: Race;
}

/** Everything later stages need, computed once per review (day numbers, not strings). */
export interface MetricsState {
  readonly metrics: Metrics;
  readonly reviewDay: number;
  readonly nextWeekStart: number;
  readonly historyDays: number;
  /** Rolling week loads/minutes, index 0 = the 7 days ending on the review date. */
  readonly weekLoads: readonly number[];
  readonly weekMinutes: readonly number[];
  /** Number of complete rolling weeks the history covers. */
  readonly completeWeeks: number;
  readonly events: readonly ParsedEvent[];
  readonly races: readonly ParsedRace[];
  /** Weekday completion rate of planned sessions (null = no data). */
  readonly weekdayCompletion: readonly (number | null)[];
  /** Weekdays with at least `patternMisses` missed key sessions in the last `patternWeeks` weeks. */
  readonly missedKeyWeekdays: readonly {
    readonly day: number;
    readonly misses: number;
    readonly dates: string[];
  }[];
  /** Mean number of training days per week over the last 4 weeks. */
  readonly trainingDaysPerWeek: number | null;
}

const mv = (value: number | null, count: number, insufficientData: boolean, note?: string): MetricValue =>
  note === undefined ? { value, count, insufficientData } : { value, count, insufficientData, note };

const ILLNESS_RANK: Record<IllnessStatus, number> = { NONE: 0, ABOVE_NECK: 1, BELOW_NECK_OR_FEVER: 2 };
const WELLNESS_ITEMS: readonly WellnessItem[] = ['sleepQuality', 'fatigue', 'soreness', 'stress', 'mood'];
/** +1: higher is better; −1: higher is worse. */
const WELLNESS_SIGN = [1, -1, -1, -1, 1];

function wellnessValue(c: CheckIn, item: number): number | undefined {
  switch (item) {
    case 0:
      return c.sleepQuality;
    case 1:
      return c.fatigue;
    case 2:
      return c.soreness;
    case 3:
      return c.stress;
    default:
      return c.mood;
  }
}

export function parseEvents(events: readonly ContextEvent[] | undefined): ParsedEvent[] {
  const out: ParsedEvent[] = [];
  if (!events) return out;
  for (const e of events) {
    out.push({
      kind: e.kind,
      start: toDayNumber(e.start),
      end: toDayNumber(e.end),
      confirmed: e.confirmed !== false,
      illness: e.kind === 'ILLNESS' ? (e.illness ?? 'BELOW_NECK_OR_FEVER') : 'NONE',
      source: e,
    });
  }
  return out;
}

export function parseRaces(races: readonly Race[] | undefined): ParsedRace[] {
  const out: ParsedRace[] = [];
  if (!races) return out;
  for (const r of races) {
    const day = toDayNumber(r.date);
    out.push({
      day,
      priority: r.priority,
      minutes: r.expectedMinutes,
      label: `${r.name ?? `${r.priority} race`} on ${r.date}`,
      source: r,
    });
  }
  out.sort((a, b) => a.day - b.day);
  return out;
}

/**
 * Scratch buffers reused across calls. Allocating typed arrays per review puts pressure on V8's external
 * memory accounting (frequent full GCs); reuse is safe because reviews run synchronously and nothing
 * escapes: every output is copied into plain arrays.
 */
const scratch = {
  load: new Float64Array(0),
  minutes: new Float64Array(0),
  ctl: new Float64Array(0),
  atl: new Float64Array(0),
  sessionDay: new Int32Array(0),
  checkInDay: new Int32Array(0),
  excluded: new Uint8Array(49),
};

function f64(key: 'load' | 'minutes' | 'ctl' | 'atl', n: number): Float64Array {
  if (scratch[key].length < n) scratch[key] = new Float64Array(Math.max(n, 512));
  const a = scratch[key].subarray(0, n);
  return a;
}
function i32(key: 'sessionDay' | 'checkInDay', n: number): Int32Array {
  if (scratch[key].length < n) scratch[key] = new Int32Array(Math.max(n, 1024, n * 1.5));
  return scratch[key];
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Computes section-4 metrics for the review date. Each session and check-in date is parsed exactly once. */
export function computeMetricsState(input: ReviewInput, config: EngineConfig): MetricsState {
  const reviewDay = toDayNumber(input.reviewDate);
  const nextWeekStart = reviewDay - weekdayOf(reviewDay) + 7;
  const maxDays = config.history.maxDays;
  const windowStart = reviewDay - maxDays + 1;

  // ---- sessions → daily series -----------------------------------------------------------------------
  const sessions: readonly LoggedSession[] = input.sessions;
  const nS = sessions.length;
  const load = f64('load', maxDays).fill(0);
  const minutes = f64('minutes', maxDays).fill(0);
  const sessionDay = i32('sessionDay', nS);
  const intensityStart = reviewDay - config.intensity.windowDays + 1;
  let z1 = 0;
  let z2 = 0;
  let z3 = 0;
  let firstDay = reviewDay + 1;
  let sessionCount = 0;
  for (let i = 0; i < nS; i++) {
    const s = sessions[i];
    const d = toDayNumber(s.date);
    sessionDay[i] = d;
    if (d < windowStart || d > reviewDay) continue;
    sessionCount++;
    if (d < firstDay) firstDay = d;
    const idx = d - windowStart;
    load[idx] += s.rpe * s.minutes;
    minutes[idx] += s.minutes;
    if (d >= intensityStart) {
      const zm = s.zoneMinutes;
      if (zm) {
        z1 += zm.z1;
        z2 += zm.z2;
        z3 += zm.z3;
      } else if (s.rpe < 5) z1 += s.minutes;
      else if (s.rpe < 7) z2 += s.minutes;
      else z3 += s.minutes;
    }
  }
  const historyDays = sessionCount > 0 ? reviewDay - firstDay + 1 : 0;
  const seriesFrom = sessionCount > 0 ? firstDay - windowStart : maxDays - 1;
  const seriesLen = maxDays - seriesFrom;
  const loadView = load.subarray(seriesFrom);

  const ctl = exponentialLoad(loadView, config.load.ctlDays, f64('ctl', seriesLen));
  const atl = exponentialLoad(loadView, config.load.atlDays, f64('atl', seriesLen));
  const last = seriesLen - 1;
  const ctlToday = ctl[last];
  const atlToday = atl[last];
  const tsbToday = last > 0 ? ctl[last - 1] - atl[last - 1] : 0;

  const seriesDays = Math.min(config.history.seriesDays, maxDays);
  const dailyOut: number[] = new Array(seriesDays);
  const ctlOut: number[] = new Array(seriesDays);
  const atlOut: number[] = new Array(seriesDays);
  const tsbOut: number[] = new Array(seriesDays);
  for (let j = 0; j < seriesDays; j++) {
    const idx = maxDays - seriesDays + j; // index into full window
    const k = idx - seriesFrom; // index into series
    dailyOut[j] = load[idx];
    if (k >= 0) {
      ctlOut[j] = ctl[k];
      atlOut[j] = atl[k];
      tsbOut[j] = k > 0 ? ctl[k - 1] - atl[k - 1] : 0;
    } else {
      ctlOut[j] = 0;
      atlOut[j] = 0;
      tsbOut[j] = 0;
    }
  }

  // ---- rolling weeks -------------------------------------------------------------------------------------
  const completeWeeks = Math.floor(historyDays / 7);
  const nWeeks = Math.min(16, Math.max(completeWeeks, 1));
  const weekLoads: number[] = new Array(nWeeks);
  const weekMinutes: number[] = new Array(nWeeks);
  const weekSessions: number[] = new Array(nWeeks);
  const weekTrainingDays: number[] = new Array(nWeeks);
  for (let k = 0; k < nWeeks; k++) {
    let l = 0;
    let m = 0;
    let days = 0;
    const endIdx = maxDays - 1 - 7 * k;
    for (let i = endIdx - 6; i <= endIdx; i++) {
      if (i < 0) continue;
      l += load[i];
      m += minutes[i];
      if (minutes[i] > 0) days++;
    }
    weekLoads[k] = l;
    weekMinutes[k] = m;
    weekTrainingDays[k] = days;
    weekSessions[k] = 0;
  }
  for (let i = 0; i < nS; i++) {
    const k = Math.floor((reviewDay - sessionDay[i]) / 7);
    if (k >= 0 && k < nWeeks && sessionDay[i] >= windowStart) weekSessions[k]++;
  }
  const detectCut = config.progression.downWeekDetectCut;
  const isDown: boolean[] = new Array(nWeeks).fill(false);
  for (let k = 0; k + 3 < Math.min(nWeeks, completeWeeks); k++) {
    const ref = (weekLoads[k + 1] + weekLoads[k + 2] + weekLoads[k + 3]) / 3;
    isDown[k] = ref > 0 && weekLoads[k] <= (1 - detectCut) * ref;
  }
  const weeks: WeekLoad[] = [];
  for (let k = 0; k < Math.min(nWeeks, 8); k++) {
    weeks.push({
      start: fromDayNumber(reviewDay - 7 * k - 6),
      end: fromDayNumber(reviewDay - 7 * k),
      load: weekLoads[k],
      minutes: weekMinutes[k],
      sessions: weekSessions[k],
      isDownWeek: isDown[k],
    });
  }

  const mono = monotonyAndStrain(load, config.load.monotonyCap, maxDays);
  const haveWeek = historyDays >= 7;
  const haveMonth = completeWeeks >= 4;
  const chronicMinutes = haveMonth
    ? (weekMinutes[0] + weekMinutes[1] + weekMinutes[2] + weekMinutes[3]) / 4
    : null;
  const chronicLoad = haveMonth ? (weekLoads[0] + weekLoads[1] + weekLoads[2] + weekLoads[3]) / 4 : null;
  let partialChronicMinutes = 0;
  let partialChronicLoad = 0;
  const partialWeeks = Math.max(1, Math.min(4, completeWeeks));
  for (let k = 0; k < partialWeeks; k++) {
    partialChronicMinutes += weekMinutes[k] ?? 0;
    partialChronicLoad += weekLoads[k] ?? 0;
  }
  partialChronicMinutes /= partialWeeks;
  partialChronicLoad /= partialWeeks;

  const prev3 = haveMonth ? (weekLoads[1] + weekLoads[2] + weekLoads[3]) / 3 : 0;
  const ramp = haveMonth ? percentChange(weekLoads[0], prev3) : null;
  const wow = completeWeeks >= 2 ? percentChange(weekLoads[0], weekLoads[1]) : null;
  const twoWeek = haveMonth ? percentChange(weekLoads[0] + weekLoads[1], weekLoads[2] + weekLoads[3]) : null;
  const acwrOk = historyDays >= config.load.acwrChronicDays;
  const acuteE = ewmaLast(loadView, config.load.acwrAcuteDays);
  const chronicE = ewmaLast(loadView, config.load.acwrChronicDays);
  const acwr = acwrOk && chronicE > 0 ? acuteE / chronicE : null;
  const ctlWeekAgo = last - 7 >= 0 ? ctl[last - 7] : 0;

  let weeksSinceDown: MetricValue;
  if (completeWeeks < 4) weeksSinceDown = mv(null, completeWeeks, true, 'needs 4 complete weeks');
  else {
    const checkable = Math.min(nWeeks, completeWeeks) - 3;
    let found = -1;
    for (let k = 0; k < checkable; k++) {
      if (isDown[k]) {
        found = k;
        break;
      }
    }
    weeksSinceDown =
      found >= 0
        ? mv(found, completeWeeks, false)
        : mv(checkable, completeWeeks, false, `no down week in the last ${checkable} weeks`);
  }

  // ---- context events and races -------------------------------------------------------------------------
  const events = parseEvents(input.contextEvents);
  const races = parseRaces(input.races);
  let racesLast8 = 0;
  for (const r of races) if (r.day <= reviewDay && r.day > reviewDay - 56) racesLast8++;

  // ---- check-ins: HRV, wellness, illness, contact -------------------------------------------------------
  const checkIns = input.checkIns;
  const nC = checkIns.length;
  const cDay = i32('checkInDay', nC);
  const r = config.readiness;
  const hrvFrom = reviewDay - r.hrvWindowDays + 1;
  const baseTo = hrvFrom - 1;
  const baseFrom = baseTo - r.hrvBaselineDays + 1;
  let hrvSum = 0;
  let hrvN = 0;
  let baseSum = 0;
  let baseSumSq = 0;
  let baseN = 0;
  let latestWellness = -1;
  let latestWellnessDay = -Infinity;
  let lastCheckInDay = -Infinity;
  let checkInCount = 0;
  let illnessStatus: IllnessStatus = 'NONE';
  let illnessSince = Infinity;
  const illnessFrom = reviewDay - r.illnessLookbackDays;
  const excluded = scratch.excluded.fill(0); // days [reviewDay − 42, reviewDay + 6] for compliance exclusion
  const exclFrom = reviewDay - 42;
  // ISO dates compare lexicographically, so old check-ins are skipped with a string comparison instead of a parse.
  const oldestNeeded = Math.min(
    baseFrom,
    reviewDay - r.wellnessMaxAgeDays - r.wellnessBaselineDays,
    exclFrom,
  );
  const oldestNeededDate = fromDayNumber(oldestNeeded);
  let newestOld = '';
  for (let i = 0; i < nC; i++) {
    const c = checkIns[i];
    const date = c.date;
    if (date < oldestNeededDate && date.length === 10) {
      cDay[i] = oldestNeeded - 1;
      checkInCount++;
      if (date > newestOld) newestOld = date;
      continue;
    }
    const d = toDayNumber(date);
    cDay[i] = d;
    if (d > reviewDay) continue;
    checkInCount++;
    if (d > lastCheckInDay) lastCheckInDay = d;
    {
      const v = c.rmssd;
      if (v !== undefined && v > 0) {
        const ln = Math.log(v);
        if (d >= hrvFrom) {
          hrvSum += ln;
          hrvN++;
        } else if (d >= baseFrom) {
          baseSum += ln;
          baseSumSq += ln * ln;
          baseN++;
        }
      }
      const ill = c.illness;
      if (ill !== undefined && ill !== 'NONE') {
        if (d >= exclFrom && ill === 'BELOW_NECK_OR_FEVER') excluded[d - exclFrom] = 1;
        if (d >= illnessFrom) {
          if (ILLNESS_RANK[ill] > ILLNESS_RANK[illnessStatus]) illnessStatus = ill;
          if (d < illnessSince) illnessSince = d;
        }
      }
      if (
        d >= reviewDay - r.wellnessMaxAgeDays &&
        d >= latestWellnessDay &&
        (c.sleepQuality !== undefined ||
          c.fatigue !== undefined ||
          c.soreness !== undefined ||
          c.stress !== undefined ||
          c.mood !== undefined)
      ) {
        latestWellness = i;
        latestWellnessDay = d;
      }
    }
  }
  for (const e of events) {
    if (!e.confirmed) continue;
    if (e.kind === 'ILLNESS' || e.kind === 'TRAVEL') {
      const from = Math.max(e.start, exclFrom);
      const to = Math.min(e.end, reviewDay + 6);
      for (let d = from; d <= to; d++) excluded[d - exclFrom] = 1;
    }
    if (e.kind === 'ILLNESS' && e.start <= reviewDay && e.end >= illnessFrom) {
      if (ILLNESS_RANK[e.illness] > ILLNESS_RANK[illnessStatus]) illnessStatus = e.illness;
      if (e.start < illnessSince) illnessSince = e.start;
    }
  }

  const hrvMean = hrvN > 0 ? hrvSum / hrvN : null;
  const baseMean = baseN > 0 ? baseSum / baseN : null;
  const baseSd =
    baseN > 1 && baseMean !== null ? Math.sqrt(Math.max(0, baseSumSq / baseN - baseMean * baseMean)) : null;
  const hrvOk = hrvN >= r.hrvMinReadings && baseN >= r.hrvBaselineMinReadings && baseSd !== null;
  let bandLow: number | null = null;
  let bandHigh: number | null = null;
  let hrvStatus: HrvMetrics['status'] = 'INSUFFICIENT_DATA';
  if (hrvOk && baseMean !== null && baseSd !== null && hrvMean !== null) {
    bandLow = baseMean - r.hrvBandSd * baseSd;
    bandHigh = baseMean + r.hrvBandSd * baseSd;
    hrvStatus = hrvMean < bandLow ? 'BELOW_BAND' : hrvMean > bandHigh ? 'ABOVE_BAND' : 'WITHIN_BAND';
  }
  const hrv: HrvMetrics = {
    status: hrvStatus,
    mean7: mv(
      hrvMean,
      hrvN,
      hrvN < r.hrvMinReadings,
      hrvN < r.hrvMinReadings ? `needs ${r.hrvMinReadings} readings in 7 days` : undefined,
    ),
    baselineMean: mv(
      baseMean,
      baseN,
      baseN < r.hrvBaselineMinReadings,
      baseN < r.hrvBaselineMinReadings ? `needs ${r.hrvBaselineMinReadings} baseline readings` : undefined,
    ),
    baselineSd: baseSd,
    bandLow,
    bandHigh,
  };

  // Wellness: z of the latest check-in vs the 28 days before it.
  let wellness: WellnessMetrics;
  if (latestWellness < 0) {
    wellness = {
      status: 'UNKNOWN',
      date: null,
      zScores: {},
      composite: mv(null, 0, true, 'no recent check-in'),
      baselineEntries: 0,
    };
  } else {
    const latest = checkIns[latestWellness];
    const wFrom = latestWellnessDay - r.wellnessBaselineDays;
    const sums = [0, 0, 0, 0, 0];
    const sqs = [0, 0, 0, 0, 0];
    const ns = [0, 0, 0, 0, 0];
    let entries = 0;
    for (let i = 0; i < nC; i++) {
      const d = cDay[i];
      if (d < wFrom || d >= latestWellnessDay) continue;
      entries++;
      const c = checkIns[i];
      for (let it = 0; it < 5; it++) {
        const v = wellnessValue(c, it);
        if (v !== undefined) {
          sums[it] += v;
          sqs[it] += v * v;
          ns[it]++;
        }
      }
    }
    const zScores: Partial<Record<WellnessItem, number>> = {};
    let zSum = 0;
    let zN = 0;
    let worstItem = Infinity;
    for (let it = 0; it < 5; it++) {
      const v = wellnessValue(latest, it);
      if (v === undefined || ns[it] < r.wellnessBaselineMinEntries) continue;
      const mean = sums[it] / ns[it];
      const sd = Math.max(r.wellnessMinSd, Math.sqrt(Math.max(0, sqs[it] / ns[it] - mean * mean)));
      const z = (WELLNESS_SIGN[it] * (v - mean)) / sd;
      zScores[WELLNESS_ITEMS[it]] = round2(z);
      zSum += z;
      zN++;
      if (z < worstItem) worstItem = z;
    }
    const composite = zN > 0 ? zSum / zN : null;
    let status: Readiness = 'UNKNOWN';
    if (composite !== null) {
      const amber = composite <= r.amberComposite || worstItem <= r.amberItem;
      status =
        composite <= r.redComposite || (amber && hrvStatus === 'BELOW_BAND')
          ? 'RED'
          : amber
            ? 'AMBER'
            : 'GREEN';
    }
    wellness = {
      status,
      date: fromDayNumber(latestWellnessDay),
      zScores,
      composite: mv(
        composite === null ? null : round2(composite),
        entries,
        composite === null,
        composite === null ? `needs ${r.wellnessBaselineMinEntries} baseline entries` : undefined,
      ),
      baselineEntries: entries,
    };
  }
  let readiness: Readiness;
  if (wellness.status === 'RED') readiness = 'RED';
  else if (wellness.status === 'AMBER' || hrvStatus === 'BELOW_BAND') readiness = 'AMBER';
  else if (wellness.status === 'GREEN' || hrvStatus !== 'INSUFFICIENT_DATA') readiness = 'GREEN';
  else readiness = 'UNKNOWN';

  // ---- compliance ---------------------------------------------------------------------------------------
  const plans: WeekPlan[] = [];
  if (input.pastWeekPlans) for (const p of input.pastWeekPlans) plans.push(p);
  if (input.currentWeekPlan) plans.push(input.currentWeekPlan);
  const complianceWeeks: ComplianceWeek[] = [];
  const wdPlanned = [0, 0, 0, 0, 0, 0, 0];
  const wdDone = [0, 0, 0, 0, 0, 0, 0];
  const missesByDay: { dates: string[] }[] = [[], [], [], [], [], [], []].map((dates) => ({ dates }));
  const patternFrom = reviewDay - 7 * config.compliance.patternWeeks;
  let totalPlanned = 0;
  let totalDone = 0;
  if (plans.length > 0) {
    // Index logs by day for the compliance horizon.
    const horizonFrom = reviewDay - 7 * 6;
    const loggedIds = new Set<string>();
    const byDay = new Map<number, number[]>();
    for (let i = 0; i < nS; i++) {
      const d = sessionDay[i];
      if (d < horizonFrom || d > reviewDay) continue;
      const pid = sessions[i].plannedSessionId;
      if (pid !== undefined) loggedIds.add(pid);
      const list = byDay.get(d);
      if (list) list.push(i);
      else byDay.set(d, [i]);
    }
    const sorted = plans
      .slice()
      .sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0));
    for (const plan of sorted) {
      const ws = toDayNumber(plan.weekStart);
      if (ws + 6 < horizonFrom || ws > reviewDay) continue;
      let planned = 0;
      let done = 0;
      const exclDays = new Set<number>();
      const missed: { sessionId: string; date: string }[] = [];
      const plannedDays = new Set<number>();
      for (const ps of plan.sessions) {
        if (ps.kind === 'REST') continue;
        const d = ws + ps.day;
        if (d > reviewDay) continue;
        const ex = d >= exclFrom && d - exclFrom < excluded.length && excluded[d - exclFrom] === 1;
        if (ex) {
          exclDays.add(d);
          continue;
        }
        planned += ps.minutes;
        plannedDays.add(d);
        let completed = loggedIds.has(ps.id);
        if (!completed) {
          const logs = byDay.get(d);
          if (logs) {
            for (const li of logs) {
              const s = sessions[li];
              if (
                (s.kind === ps.kind || (s.kind === 'RACE' && ps.kind === 'RUN')) &&
                s.minutes >= config.compliance.completedShare * ps.minutes &&
                (s.plannedSessionId === undefined || s.plannedSessionId === ps.id)
              ) {
                completed = true;
                break;
              }
            }
          }
        }
        wdPlanned[ps.day]++;
        if (completed) wdDone[ps.day]++;
        else if (ps.key) {
          const date = fromDayNumber(d);
          missed.push({ sessionId: ps.id, date });
          if (d > patternFrom) missesByDay[ps.day].dates.push(date);
        }
      }
      for (const d of plannedDays) {
        const logs = byDay.get(d);
        if (logs) for (const li of logs) done += sessions[li].minutes;
      }
      totalPlanned += planned;
      totalDone += done;
      complianceWeeks.push({
        weekStart: plan.weekStart,
        plannedMinutes: planned,
        completedMinutes: done,
        pct: planned > 0 ? Math.round((done / planned) * 100) : null,
        excludedDays: exclDays.size,
        missedKeySessions: missed,
      });
    }
  }
  const weekdayCompletion = wdPlanned.map((p, i) => (p > 0 ? wdDone[i] / p : null));
  const missedKeyWeekdays: { day: number; misses: number; dates: string[] }[] = [];
  for (let d = 0; d < 7; d++) {
    const n = missesByDay[d].dates.length;
    if (n >= config.compliance.patternMisses)
      missedKeyWeekdays.push({ day: d, misses: n, dates: missesByDay[d].dates });
  }

  // ---- contact, mesocycle --------------------------------------------------------------------------------
  let lastContact = lastCheckInDay;
  if (lastContact === -Infinity && newestOld !== '') lastContact = toDayNumber(newestOld);
  if (input.lastContactDate) {
    const lc = toDayNumber(input.lastContactDate);
    if (lc > lastContact) lastContact = lc;
  }
  const daysSinceContact: MetricValue =
    lastContact === -Infinity
      ? mv(null, 0, true, 'no check-in or message on record')
      : mv(reviewDay - lastContact, checkInCount, false);
  const meso = input.season?.mesocycle;
  const weeksInMesocycle: MetricValue = meso
    ? mv(Math.max(0, Math.floor((reviewDay - toDayNumber(meso.start) + 1) / 7)), 1, false)
    : mv(null, 0, true, 'no mesocycle set');

  let trainingDays = 0;
  const tdWeeks = Math.min(4, completeWeeks);
  for (let k = 0; k < tdWeeks; k++) trainingDays += weekTrainingDays[k];

  const polar = polarizationIndex(z1, z2, z3, config.intensity.z2Floor);
  const zTotal = z1 + z2 + z3;

  const metrics: Metrics = {
    historyDays,
    sessionCount,
    checkInCount,
    dailyLoad: dailyOut,
    ctlSeries: ctlOut,
    atlSeries: atlOut,
    tsbSeries: tsbOut,
    seriesStart: fromDayNumber(reviewDay - seriesDays + 1),
    weeks,
    weeklyLoad: mv(
      weekLoads[0],
      Math.min(historyDays, 7),
      !haveWeek,
      haveWeek ? undefined : 'less than 7 days',
    ),
    weeklyMinutes: weekMinutes[0],
    chronicWeeklyMinutes: haveMonth
      ? mv(chronicMinutes, 28, false)
      : mv(
          round2(partialChronicMinutes),
          historyDays,
          true,
          'less than 4 weeks; mean of the weeks available',
        ),
    chronicWeeklyLoad: haveMonth
      ? mv(chronicLoad, 28, false)
      : mv(round2(partialChronicLoad), historyDays, true, 'less than 4 weeks; mean of the weeks available'),
    monotony: mv(
      mono.monotony,
      7,
      !haveWeek || mono.monotony === null,
      mono.monotony === null ? 'undefined: SD of daily loads is 0' : mono.capped ? 'capped' : undefined,
    ),
    strain: mv(mono.strain, 7, !haveWeek || mono.strain === null),
    ctl: mv(
      ctlToday,
      historyDays,
      historyDays < 42,
      historyDays < 42 ? 'less than 42 days of history' : undefined,
    ),
    atl: mv(atlToday, historyDays, historyDays < 7),
    tsb: mv(tsbToday, historyDays, historyDays < 42),
    ctlChangePerWeek: mv(ctlToday - ctlWeekAgo, historyDays, historyDays < 49),
    rampPct: mv(ramp, 28, ramp === null, haveMonth ? undefined : 'needs 4 complete weeks'),
    weekOverWeekPct: mv(wow, 14, wow === null),
    twoWeekPct: mv(twoWeek, 28, twoWeek === null),
    acwr: mv(acwr, historyDays, acwr === null, 'context only, not an injury predictor (Impellizzeri 2020)'),
    hrv,
    wellness,
    readiness,
    intensity: {
      windowDays: config.intensity.windowDays,
      minutes: { z1, z2, z3 },
      shares: zTotal > 0 ? { z1: z1 / zTotal, z2: z2 / zTotal, z3: z3 / zTotal } : null,
      polarizationIndex: mv(polar, zTotal, polar === null),
      polarized: polar !== null && polar > config.intensity.polarizedAbove && z1 > z3 && z3 > z2,
    },
    compliance: {
      weeks: complianceWeeks,
      pct: mv(
        totalPlanned > 0 ? Math.round((totalDone / totalPlanned) * 100) : null,
        complianceWeeks.length,
        totalPlanned === 0,
        totalPlanned === 0 ? 'no planned sessions to compare' : undefined,
      ),
      weekdayCompletion,
    },
    weeksSinceDownWeek: weeksSinceDown,
    weeksInMesocycle,
    racesLast8Weeks: mv(racesLast8, races.length, false),
    daysSinceContact,
    illness: {
      status: illnessStatus,
      since: illnessStatus === 'NONE' ? null : fromDayNumber(illnessSince),
    },
  };

  return {
    metrics,
    reviewDay,
    nextWeekStart,
    historyDays,
    weekLoads,
    weekMinutes,
    completeWeeks,
    events,
    races,
    weekdayCompletion,
    missedKeyWeekdays,
    trainingDaysPerWeek: tdWeeks > 0 ? trainingDays / tdWeeks : null,
  };
}
