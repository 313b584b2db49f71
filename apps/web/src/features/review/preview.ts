/**
 * Edit-and-apply of a suggestion's structured change: the editable fields each change type allows, the
 * `changes` input the API takes, and the before/after of next week computed with the engine's own pure
 * apply (libs/engine), mapped as the API maps an edit (apps/api … review-model.mapper.ts toPlanChange), so
 * the preview is what the API will do. The API still validates the apply and answers with typed errors.
 */
import { applyChanges } from '../../../../../libs/engine/src/adaptation/apply-suggestion';
import { purposeName } from '../../../../../libs/engine/src/suggestions/format';
import type {
  Intervals as EngineIntervals,
  PlanChange as EnginePlanChange,
  PlannedSession as EngineSession,
  WeekPlan as EngineWeekPlan,
  Weekday,
} from '../../../../../libs/engine/src/types';
import type { ResultOf, VariablesOf } from '../../graphql';
import type { PlannedSession } from '../plan/components/SessionLabel';
import type { ApplySuggestionMutation, PlanChangeFields } from './graphql/review';

export type Change = ResultOf<typeof PlanChangeFields>;
export type ChangeInput = NonNullable<
  VariablesOf<typeof ApplySuggestionMutation>['input']['changes']
>[number];

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const PHASES = ['TRANSITION', 'PREPARATORY', 'PRE_COMPETITION', 'COMPETITION'] as const;
export const FOCUSES = [
  'AEROBIC_VOLUME',
  'HILLS_STRENGTH',
  'THRESHOLD',
  'VO2MAX',
  'RACE_SPECIFIC',
  'RECOVERY',
] as const;

/** What the coach may edit of one change, as form values (strings for inputs). */
export interface EditValues {
  type: string;
  percent: string;
  toDay: string;
  days: boolean[];
  effort: string;
  purpose: string;
  to: string;
  /** ADD_SESSION: the new session's minutes (its day is `toDay`). */
  minutes: string;
}

export function editValuesOf(c: Change): EditValues {
  return {
    type: c.type,
    percent: c.percent != null ? String(Math.round(c.percent)) : '',
    toDay:
      c.type === 'ADD_SESSION'
        ? c.day != null
          ? String(c.day)
          : ''
        : c.toDay != null
          ? String(c.toDay)
          : '',
    days: WEEKDAYS.map((_, i) => (c.days ?? []).includes(i)),
    effort: c.effort ? String(c.effort.value) : '',
    purpose: c.purpose ?? '',
    to: c.to ?? '',
    minutes: c.minutes != null ? String(c.minutes) : '',
  };
}

/** Whether a change type has anything a coach can edit (a dropped session has not). */
export function isEditable(type: string): boolean {
  return type !== 'DROP_SESSION';
}

const daysOf = (v: EditValues) => v.days.flatMap((on, i) => (on ? [i] : []));

/** The `changes` input of applySuggestion for the edited values (the original supplies what is not edited). */
export function toChangeInput(v: EditValues, original: Change): ChangeInput {
  switch (original.type) {
    case 'SCALE_VOLUME':
      // No day ticked: every day (the sessions the engine limited the change to still apply).
      return { type: 'SCALE_VOLUME', percent: Number(v.percent), days: daysOf(v).length ? daysOf(v) : null };
    case 'MOVE_SESSION':
      return {
        type: 'MOVE_SESSION',
        sessionId: original.sessionId,
        fromDay: original.fromDay,
        toDay: Number(v.toDay),
      };
    case 'DROP_SESSION':
      return { type: 'DROP_SESSION', sessionId: original.sessionId };
    case 'INSERT_REST_DAYS':
      return { type: 'INSERT_REST_DAYS', days: daysOf(v) };
    case 'REPLACE_INTENSITY':
      return {
        type: 'REPLACE_INTENSITY',
        sessionId: original.sessionId,
        effort: {
          type: (original.effort?.type ?? 'RPE') as 'RPE' | 'ZONE',
          value: Number(v.effort),
          // a zone stays a zone of the model proposed
          ...(original.effort?.scale != null ? { scale: original.effort.scale } : {}),
        },
        purpose: v.purpose.trim() || original.purpose,
        // What the coach's form does not edit stays as proposed: the intervals and the key flag.
        intervals: original.intervals ?? null,
        key: original.key ?? null,
      };
    case 'CHANGE_MESOCYCLE_FOCUS':
    case 'SET_PHASE':
      return { type: original.type, to: v.to };
    case 'ADD_SESSION':
      // The coach edits the day and the minutes; the kind, effort and purpose stay as proposed.
      return {
        type: 'ADD_SESSION',
        day: Number(v.toDay),
        minutes: Number(v.minutes),
        sessionKind: original.sessionKind,
        effort: original.effort
          ? {
              type: original.effort.type as 'RPE' | 'ZONE',
              value: original.effort.value,
              ...(original.effort.scale != null ? { scale: original.effort.scale } : {}),
            }
          : null,
        purpose: original.purpose,
      };
    default:
      throw new Error(`Unknown change ${original.type}`);
  }
}

/** A field error per edited value (null when valid). */
export function validateEdit(v: EditValues): string | null {
  switch (v.type) {
    case 'SCALE_VOLUME': {
      const p = Number(v.percent);
      if (v.percent.trim() === '' || !Number.isFinite(p)) return 'Enter a percentage, e.g. -20.';
      if (p < -100 || p > 100) return 'Between -100 % and +100 %.';
      return null;
    }
    case 'MOVE_SESSION':
      return v.toDay === '' ? 'Pick the day to move it to.' : null;
    case 'INSERT_REST_DAYS':
      return v.days.some(Boolean) ? null : 'Pick at least one rest day.';
    case 'REPLACE_INTENSITY': {
      const e = Number(v.effort);
      return Number.isInteger(e) && e >= 1 && e <= 10 ? null : 'Effort: a whole number 1–10.';
    }
    case 'CHANGE_MESOCYCLE_FOCUS':
    case 'SET_PHASE':
      return v.to ? null : 'Pick one.';
    case 'ADD_SESSION': {
      if (v.toDay === '') return 'Pick the day for the new session.';
      const m = Number(v.minutes);
      return Number.isInteger(m) && m >= 10 && m <= 300 ? null : 'Minutes: a whole number 10–300.';
    }
    default:
      return null;
  }
}

/** An API effort in the engine's shape: a zone keeps its model (3 or 5) when it has one. */
function engineEffort(e: { type: string; value: number; scale?: number | null }): EngineSession['effort'] {
  return e.type === 'ZONE'
    ? { type: 'ZONE', value: e.value, ...(e.scale === 3 || e.scale === 5 ? { scale: e.scale } : {}) }
    : { type: 'RPE', value: e.value };
}

/** The API's plan in the engine's shape (day 0 = Monday). */
export function toEnginePlan(
  weekStart: string,
  sessions: readonly PlannedSession[],
  phase?: string,
  focus?: string,
): EngineWeekPlan {
  return {
    weekStart,
    ...(phase ? { phase: phase as EngineWeekPlan['phase'] } : {}),
    ...(focus ? { focus: focus as EngineWeekPlan['focus'] } : {}),
    sessions: sessions.map((s): EngineSession => ({
      id: s.id,
      day: s.dayOfWeek as Weekday,
      kind: s.kind,
      minutes: s.minutes,
      effort: engineEffort(s.effort),
      purpose: s.purpose,
      ...(s.key ? { key: true } : {}),
      ...(s.sport && s.kind === 'CROSS_TRAINING' ? { sport: s.sport } : {}),
      ...(s.intervals
        ? {
            intervals: {
              repeats: s.intervals.repeats,
              workSeconds: s.intervals.workSeconds,
              recoverySeconds: s.intervals.recoverySeconds,
              workEffort: engineEffort(s.intervals.workEffort),
              recoveryEffort: engineEffort(s.intervals.recoveryEffort),
            },
          }
        : {}),
    })),
  };
}

const total = (p: EngineWeekPlan) => p.sessions.reduce((a, s) => a + s.minutes, 0);

/**
 * The engine change for a change as proposed (`edit` absent) or as edited: what the API will apply. An edit
 * keeps the sessions the original volume change was limited to and is checked against `planTotal`, the
 * plan it meets (apps/api review-model.mapper.ts toPlanChange / toEditedChanges).
 */
export function toEngineChange(original: Change, planTotal: number, edit?: ChangeInput): EnginePlanChange {
  const c = { ...original, ...(edit ?? {}) } as Change & ChangeInput;
  switch (c.type) {
    case 'SCALE_VOLUME':
      return {
        type: 'SCALE_VOLUME',
        percent: c.percent ?? 0,
        ...(c.days ? { days: c.days as Weekday[] } : {}),
        ...(original.sessionIds ? { sessionIds: original.sessionIds } : {}),
        expectedTotalMinutes: edit ? planTotal : (original.expectedTotalMinutes ?? planTotal),
      };
    case 'REPLACE_INTENSITY':
      return {
        type: 'REPLACE_INTENSITY',
        sessionId: c.sessionId ?? '',
        effort: engineEffort(c.effort ?? { type: 'RPE', value: 3 }),
        intervals: (c.intervals ?? null) as EngineIntervals | null,
        purpose: c.purpose ?? '',
        ...(c.key != null ? { key: c.key } : {}),
      };
    case 'MOVE_SESSION':
      return {
        type: 'MOVE_SESSION',
        sessionId: c.sessionId ?? '',
        fromDay: (c.fromDay ?? 0) as Weekday,
        toDay: (c.toDay ?? 0) as Weekday,
      };
    case 'DROP_SESSION':
      return { type: 'DROP_SESSION', sessionId: c.sessionId ?? '' };
    case 'INSERT_REST_DAYS':
      return { type: 'INSERT_REST_DAYS', days: (c.days ?? []) as Weekday[] };
    case 'CHANGE_MESOCYCLE_FOCUS':
      return { type: 'CHANGE_MESOCYCLE_FOCUS', from: original.from as never, to: c.to as never };
    case 'SET_PHASE':
      return { type: 'SET_PHASE', from: original.from as never, to: c.to as never };
    case 'ADD_SESSION': {
      const day = (c.day ?? 0) as Weekday;
      return {
        type: 'ADD_SESSION',
        day,
        session: {
          // As the API names it: the proposed id on the proposed day, else one for the day.
          id: original.sessionId && original.day === day ? original.sessionId : `added-d${day}`,
          kind: (c.sessionKind ?? 'RUN') as 'RUN',
          minutes: c.minutes ?? 0,
          effort: engineEffort(c.effort ?? { type: 'RPE', value: 3 }),
          purpose: c.purpose ?? 'Easy run',
        },
        expectedTotalMinutes: edit ? planTotal : (original.expectedTotalMinutes ?? planTotal),
      };
    }
    default:
      throw new Error(`Unknown change ${c.type}`);
  }
}

/** A suggestion's changes for the engine, as proposed or with the coach's edits (one per change, in order). */
export function engineChanges(
  plan: EngineWeekPlan,
  originals: readonly Change[],
  edits?: readonly ChangeInput[],
): EnginePlanChange[] {
  const out: EnginePlanChange[] = [];
  let current = plan;
  originals.forEach((o, i) => {
    const change = toEngineChange(o, total(current), edits?.[i]);
    out.push(change);
    if (edits) {
      const step = applyChanges(current, [change]);
      if (step.ok) current = step.plan;
    }
  });
  return out;
}

export interface WeekPreview {
  ok: boolean;
  /** The engine's refusal in words, when it refuses. */
  reason?: string;
  code?: string;
  /** Minutes per weekday (Mon..Sun) and the sessions' kinds, before and after. */
  before: number[];
  after: number[];
  beforeTotal: number;
  afterTotal: number;
  changedDays: number[];
}

const perDay = (p: EngineWeekPlan) => {
  const out = [0, 0, 0, 0, 0, 0, 0];
  for (const s of p.sessions) out[s.day] += s.minutes;
  return out;
};

/** Next week before and after the changes, as the engine applies them (all or nothing). */
export function previewWeek(plan: EngineWeekPlan, changes: readonly EnginePlanChange[]): WeekPreview {
  const before = perDay(plan);
  const res = applyChanges(plan, changes);
  if (!res.ok)
    return {
      ok: false,
      reason: res.reason,
      code: res.code,
      before,
      after: before,
      beforeTotal: total(plan),
      afterTotal: total(plan),
      changedDays: [],
    };
  const after = perDay(res.plan);
  const sig = (p: EngineWeekPlan, d: number) =>
    p.sessions
      .filter((s) => s.day === d)
      .map((s) => `${s.kind}:${s.minutes}:${s.effort.value}:${s.purpose}`)
      .join('|');
  return {
    ok: true,
    before,
    after,
    beforeTotal: total(plan),
    afterTotal: total(res.plan),
    changedDays: WEEKDAYS.flatMap((_, d) => (sig(plan, d) !== sig(res.plan, d) ? [d] : [])),
  };
}

export { total as planTotal };

/**
 * What a SCALE_VOLUME change really does to the plan it meets: the sessions it scales and their minutes
 * before → after, as the engine applies it (each session rounded to 5 min, a cut never below 10 min). A
 * change's `percent` is the factor each session is scaled by before that rounding, and it may cover only some
 * sessions (`sessionIds`, `days`): never the week's change, so the coach is shown these minutes instead.
 */
export interface ScaleEffect {
  days: number[];
  sessions: number;
  before: number;
  after: number;
  /** Each scaled session, in the plan's order: its id and its minutes before → after. */
  items: { id: string; before: number; after: number }[];
}

/** One change of a suggestion with the plan it meets (as the earlier changes left it) and, for a volume change, its effect. */
export interface ChangeStep {
  plan: EngineWeekPlan;
  effect: ScaleEffect | null;
}

/** Each change with the plan the earlier changes left it and its effect (SCALE_VOLUME only; null for the others). */
export function changeSteps(plan: EngineWeekPlan, changes: readonly EnginePlanChange[]): ChangeStep[] {
  const out: ChangeStep[] = [];
  let current = plan;
  for (const c of changes) {
    const step = applyChanges(current, [c]);
    if (c.type !== 'SCALE_VOLUME' || !step.ok) {
      out.push({ plan: current, effect: null });
      if (step.ok) current = step.plan;
      continue;
    }
    const after = new Map(step.plan.sessions.map((s) => [s.id, s.minutes]));
    const scoped = current.sessions.filter(
      (s) =>
        s.kind !== 'REST' &&
        s.kind !== 'RACE' &&
        (c.days === undefined || c.days.includes(s.day)) &&
        (c.sessionIds === undefined || c.sessionIds.includes(s.id)),
    );
    const items = scoped.map((s) => ({ id: s.id, before: s.minutes, after: after.get(s.id) ?? 0 }));
    out.push({
      plan: current,
      effect: {
        days: [...new Set(scoped.map((s) => s.day))].sort((a, b) => a - b),
        sessions: scoped.length,
        before: items.reduce((t, x) => t + x.before, 0),
        after: items.reduce((t, x) => t + x.after, 0),
        items,
      },
    });
    current = step.plan;
  }
  return out;
}

const KIND_NAME: Record<string, string> = {
  RUN: 'run',
  STRENGTH: 'strength',
  CROSS_TRAINING: 'cross-training',
  REST: 'rest day',
  RACE: 'race',
};
const SPORT_NAME: Record<string, string> = { BIKE: 'ride', SWIM: 'swim', OTHER: 'cross-training' };

/**
 * What a session is, as the engine's texts call it: its purpose up to a colon or a parenthesis ("Hill repeats:
 * strong …" → "hill repeats"; the engine's `purposeName`), else its kind ("run", "ride").
 */
export function sessionWhat(s: Pick<EngineSession, 'kind' | 'purpose' | 'sport'>): string {
  const named = s.purpose ? purposeName(s.purpose) : '';
  if (named) return named;
  if (s.kind === 'CROSS_TRAINING' && s.sport) return SPORT_NAME[s.sport] ?? KIND_NAME[s.kind];
  return KIND_NAME[s.kind] ?? s.kind.toLowerCase();
}

/** "Tuesday's hill repeats": the session's weekday and what it is, as the rationale names it. */
export function sessionName(s: Pick<EngineSession, 'day' | 'kind' | 'purpose' | 'sport'>): string {
  return `${WEEKDAY_NAMES[s.day] ?? 'A day'}'s ${sessionWhat(s)}`;
}
