import type { EngineConfig } from '../config/engine-config';
import type { MetricsState } from '../metrics/compute-metrics';
import { nextFocus } from '../planning/session-templates';
import { taperPrescription } from '../planning/taper';
import type { MesocycleFocus, Phase, SuggestionKind, WeekDecisionType } from '../types';
import type { WeekContext } from './week-context';

export interface Decision {
  readonly type: WeekDecisionType;
  readonly reason: SuggestionKind;
  readonly targetMinutes: number;
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly phase: Phase;
  readonly focus: MesocycleFocus;
  /** Mean weekly minutes of the last three weeks: the base every target derives from. */
  readonly baseMinutes: number;
  readonly easyOnly: boolean;
  readonly rotateFocus: boolean;
  readonly spike: boolean;
  readonly spikeStrong: boolean;
  readonly downDue: boolean;
  readonly taperDaysToRace: number | null;
}

function floor5(v: number): number {
  return Math.max(0, Math.floor(v / 5 + 1e-9) * 5);
}

/** The single build / hold / down (or taper / transition / rest) decision for next week, with its range. */
export function decideWeek(state: MetricsState, ctx: WeekContext, config: EngineConfig): Decision {
  const m = state.metrics;
  const p = config.progression;
  const w = state.weekMinutes;
  const weeks = Math.min(3, state.completeWeeks);
  let base: number;
  if (weeks >= 1) {
    base = 0;
    for (let k = 0; k < weeks; k++) base += w[k];
    base /= weeks;
  } else if (state.historyDays > 0) base = (w[0] * 7) / state.historyDays;
  else {
    let total = 0;
    for (const a of ctx.baseAvailability) total += a;
    base = Math.min(total * 0.5, 180);
  }
  const w0 = w[0] ?? 0;
  const ramp = m.rampPct.value;
  const two = m.twoWeekPct.value;
  const spike = ramp !== null && ramp > config.load.rampWarnPct;
  const spikeStrong = two !== null && two > config.load.twoWeekStrongPct;
  const downDue = m.weeksSinceDownWeek.value !== null && m.weeksSinceDownWeek.value >= p.buildWeeksBeforeDown;
  const nws = ctx.nextWeekStart;

  let type: WeekDecisionType;
  let reason: SuggestionKind;
  let phase: Phase = ctx.seasonPhaseNextWeek;
  let easyOnly = ctx.illness === 'ABOVE_NECK' || ctx.injury !== null;
  let taperDaysToRace: number | null = null;
  const taper = taperPrescription(config.taper);
  const a = ctx.nextARace;
  const last = ctx.lastARace;

  if (ctx.illness === 'BELOW_NECK_OR_FEVER') {
    type = 'REST';
    reason = 'ILLNESS_REST';
  } else if (
    (last !== null && nws - last.day <= config.racing.transitionDays) ||
    (a !== null && a.day < nws)
  ) {
    type = 'TRANSITION';
    reason = 'TRANSITION_AFTER_A_RACE';
    phase = 'TRANSITION';
    easyOnly = true;
  } else if (a !== null && a.day - taper.days + 1 <= nws + 3) {
    type = 'TAPER';
    reason = 'TAPER';
    phase = 'COMPETITION';
    taperDaysToRace = a.day - state.reviewDay;
  } else if (m.readiness === 'RED') {
    type = 'DOWN';
    reason = 'RECOVERY_DOWN_WEEK';
  } else if (m.readiness === 'AMBER') {
    type = 'HOLD';
    reason = 'RECOVERY_HOLD';
  } else if (ctx.illness === 'ABOVE_NECK') {
    type = 'HOLD';
    reason = 'ILLNESS_EASY_ONLY';
  } else if (ctx.injury !== null) {
    type = 'HOLD';
    reason = 'INJURY_CHECK';
  } else if (downDue) {
    type = 'DOWN';
    reason = 'SCHEDULED_DOWN_WEEK';
  } else if (spike || spikeStrong) {
    type = 'HOLD';
    reason = 'LOAD_SPIKE_WARNING';
  } else if (state.historyDays < config.history.minDaysForProgression || state.completeWeeks < 3) {
    type = 'HOLD';
    reason = 'BASELINE_HOLD';
  } else {
    type = 'BUILD';
    reason = 'BUILD';
  }
  if (phase === 'PREPARATORY' && a !== null && a.day - nws < p.preCompetitionWeeks * 7 && type !== 'TAPER') {
    phase = 'PRE_COMPETITION';
  }

  let target: number;
  let min: number;
  let max: number;
  switch (type) {
    case 'BUILD': {
      const rampCap = base * (1 + config.load.rampWarnPct / 100);
      const twoCap = weeks >= 3 ? (w[1] + w[2]) * (1 + config.load.twoWeekStrongPct / 100) - w0 : Infinity;
      max = Math.min(rampCap, twoCap, base * (1 + p.buildStep * 1.8));
      target = Math.min(base * (1 + p.buildStep), max);
      min = Math.min(base, target);
      break;
    }
    case 'HOLD':
      target = base;
      min = base * 0.9;
      max = base * 1.05;
      break;
    case 'DOWN':
      target = Math.min(base * (1 - p.downWeekCut), w0);
      min = target * 0.8;
      max = target;
      break;
    case 'TAPER':
      target = base * (1 - taper.volumeCut);
      min = base * (1 - config.taper.maxCut);
      max = base * (1 - config.taper.minCut);
      break;
    case 'TRANSITION':
      target = base * (1 - config.racing.transitionVolumeCut);
      min = 0;
      max = target;
      break;
    default: {
      // REST: graded return only on the days after the rest days.
      const days = Math.max(0, 6 - ctx.restThroughDay);
      target = Math.min(base, days * 25);
      min = 0;
      max = target;
    }
  }
  const focus = phase === 'TRANSITION' ? 'RECOVERY' : ctx.focus;
  const weeksIn = m.weeksInMesocycle.value;
  const rotateFocus =
    weeksIn !== null &&
    weeksIn >= p.stimulusInfoWeeks &&
    (type === 'BUILD' || type === 'HOLD' || type === 'DOWN') &&
    !easyOnly &&
    focus !== 'RECOVERY';
  return {
    type,
    reason,
    targetMinutes: floor5(target),
    minMinutes: floor5(min),
    maxMinutes: Math.max(floor5(max), floor5(target)),
    phase,
    focus: rotateFocus ? nextFocus(phase, focus) : focus,
    baseMinutes: base,
    easyOnly,
    rotateFocus,
    spike,
    spikeStrong,
    downDue,
    taperDaysToRace,
  };
}
