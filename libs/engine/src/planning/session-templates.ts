import type { Effort, Intervals, MesocycleFocus, Phase } from '../types';

export interface QualityTemplate {
  readonly purpose: string;
  readonly effort: Effort;
  readonly intervals: Intervals;
}

const rpe = (value: number): Effort => ({ type: 'RPE', value });

/** Time-based quality sessions per mesocycle focus (minutes and RPE only, never pace or distance). */
export const QUALITY_TEMPLATES: Readonly<Record<Exclude<MesocycleFocus, 'RECOVERY'>, QualityTemplate>> = {
  AEROBIC_VOLUME: {
    purpose: 'Steady aerobic run with short relaxed strides',
    effort: rpe(5),
    intervals: {
      repeats: 6,
      workSeconds: 20,
      workEffort: rpe(7),
      recoverySeconds: 100,
      recoveryEffort: rpe(3),
    },
  },
  HILLS_STRENGTH: {
    purpose: 'Hill repeats for strength: hard uphill, walk or jog down',
    effort: rpe(6),
    intervals: {
      repeats: 8,
      workSeconds: 60,
      workEffort: rpe(8),
      recoverySeconds: 90,
      recoveryEffort: rpe(2),
    },
  },
  THRESHOLD: {
    purpose: 'Threshold intervals: comfortably hard, controlled',
    effort: rpe(6),
    intervals: {
      repeats: 3,
      workSeconds: 600,
      workEffort: rpe(7),
      recoverySeconds: 120,
      recoveryEffort: rpe(3),
    },
  },
  VO2MAX: {
    purpose: 'VO2max intervals: hard but even',
    effort: rpe(7),
    intervals: {
      repeats: 5,
      workSeconds: 180,
      workEffort: rpe(8),
      recoverySeconds: 120,
      recoveryEffort: rpe(3),
    },
  },
  RACE_SPECIFIC: {
    purpose: 'Race-specific blocks at goal-race effort',
    effort: rpe(6),
    intervals: {
      repeats: 3,
      workSeconds: 480,
      workEffort: rpe(7),
      recoverySeconds: 120,
      recoveryEffort: rpe(3),
    },
  },
};

/**
 * `QUALITY_TEMPLATES[focus]` by a switch: the keyed load, with a different focus from draft to draft, was a
 * megamorphic load in the draft's hot path.
 */
export function qualityTemplate(focus: Exclude<MesocycleFocus, 'RECOVERY'>): QualityTemplate {
  switch (focus) {
    case 'AEROBIC_VOLUME':
      return QUALITY_TEMPLATES.AEROBIC_VOLUME;
    case 'HILLS_STRENGTH':
      return QUALITY_TEMPLATES.HILLS_STRENGTH;
    case 'THRESHOLD':
      return QUALITY_TEMPLATES.THRESHOLD;
    case 'VO2MAX':
      return QUALITY_TEMPLATES.VO2MAX;
    case 'RACE_SPECIFIC':
      return QUALITY_TEMPLATES.RACE_SPECIFIC;
  }
}

/** Mesocycle focus sequence per phase; rotation suggests the next one. */
export const FOCUS_SEQUENCE: Readonly<Record<Phase, readonly MesocycleFocus[]>> = {
  TRANSITION: ['RECOVERY'],
  PREPARATORY: ['AEROBIC_VOLUME', 'HILLS_STRENGTH', 'THRESHOLD'],
  PRE_COMPETITION: ['THRESHOLD', 'VO2MAX', 'RACE_SPECIFIC'],
  COMPETITION: ['RACE_SPECIFIC', 'THRESHOLD'],
};

export function defaultFocus(phase: Phase): MesocycleFocus {
  return FOCUS_SEQUENCE[phase][0];
}

export function nextFocus(phase: Phase, current: MesocycleFocus): MesocycleFocus {
  const seq = FOCUS_SEQUENCE[phase];
  const i = seq.indexOf(current);
  if (i < 0) return seq[0];
  return seq[(i + 1) % seq.length];
}

/** Fits a template's intervals into a session of `minutes` (at least 10 min warm-up + cool-down). */
export function fitTemplate(t: QualityTemplate, minutes: number, volumeFactor = 1): Intervals {
  const rep = t.intervals.workSeconds + t.intervals.recoverySeconds;
  const room = Math.max(0, (minutes - 20) * 60);
  const wanted = Math.max(1, Math.round(t.intervals.repeats * volumeFactor));
  const repeats = Math.max(1, Math.min(wanted, Math.floor(room / rep)));
  return repeats === t.intervals.repeats ? t.intervals : { ...t.intervals, repeats };
}

export const EASY: Effort = { type: 'RPE', value: 3 };
export const LONG_EASY: Effort = { type: 'RPE', value: 4 };
