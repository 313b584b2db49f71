import type { EngineConfig } from '../config/engine-config';
import { RAMP_SKIPS_DOWN_NOTE, silentWeeksNote, type MetricsState } from '../metrics/compute-metrics';
import { planMinutesByDay } from '../planning/plan-measures';
import { andList, fixed, phaseWords, plural, round1Text, round2, words } from '../suggestions/format';
import type {
  ComponentAssessment,
  ComponentKey,
  ComponentStatus,
  Readiness,
  Severity,
  Suggestion,
  WeekPlan,
} from '../types';
import { baseCountedWords, type Decision } from './decide-week';
import { contextPhrase, greenWellnessWords, hrvPhrase, wellnessPhrase } from './readiness-evidence';
import { daysToCome, type WeekContext } from './week-context';

export const COMPONENT_ORDER: readonly ComponentKey[] = [
  'CURRENT_FITNESS',
  'PROGRESSION',
  'ADAPTATION',
  'INDIVIDUALIZATION',
  'LONG_TERM_DEVELOPMENT',
  'EXTERNAL_EYES',
];
/**
 * What next week is sized from: "the 450 min a week of the last 3 weeks" when the base counts the last weeks in a row
 * (", this one included" when this week is among them), else its weeks by date ("the 235 min a week of the weeks
 * of 2025-03-10 and 2025-02-24"; one week: "the 221 min of the week of 2026-11-23, the last build week"), or, not
 * from whole weeks (no training logged yet), "450 min a week". Was "the last weeks' 450 min" (coach read,
 * 2026-12-06); "of the last 2 weeks, the lighter ones left out" was false where the week left out lay between the
 * two counted (diff review).
 */
function baseWeekWords(decision: Decision, weeks: MetricsState['metrics']['weeks']): string {
  const base = Math.round(decision.baseMinutes);
  const w = decision.baseWeeks;
  const n = w.length;
  if (n === 0) return `${base} min a week`;
  if (n === 1)
    return `the ${base} min of ${baseCountedWords(decision, weeks)}${decision.baseLeftOut.length > 0 ? ', the last build week' : ''}`;
  let inRow = w[0] === 0 || w[0] === 1;
  for (let i = 1; i < n && inRow; i++) inRow = w[i] === w[i - 1] + 1;
  return inRow
    ? `the ${base} min a week of the last ${n} weeks${w[0] === 0 ? ', this one included' : ''}`
    : `the ${base} min a week of ${baseCountedWords(decision, weeks)}`;
}

/** OK 0, ATTENTION 1, URGENT 2 (compared, not looked up in a table: a keyed load by status was megamorphic). */
function rank(s: ComponentStatus): number {
  return s === 'URGENT' ? 2 : s === 'ATTENTION' ? 1 : 0;
}

function worst(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return rank(a) >= rank(b) ? a : b;
}
const r = (v: number | null): number | null => (v === null ? null : round2(v));
/** `v` rounded to one decimal with its sign: "+12.5", "0", "-3" (as `+${round1(v)}` would write it). */
const signed1 = (v: number): string => {
  const t = round1Text(v);
  return t === '0' || t.charCodeAt(0) === 45 /* '-' */ ? t : `+${t}`;
};
/**
 * The week's decision in words (a switch, not a table looked up by a varying key). A hold is said with its
 * target: it holds near the recent weeks' base, not at this week's size nor at the draft's ("next week is held at its
 * size" read as either, and was neither for Ingrid: this week 365 min, the draft 360, the hold about 310). Its
 * target, not its size: the suggestion that carries it may land elsewhere and says so ("still 90 min above").
 */
function decisionWords(d: Decision): string {
  switch (d.type) {
    case 'BUILD':
      return 'a build week';
    case 'HOLD':
      return `a hold, not a build (its target about ${d.targetMinutes} min)`;
    case 'DOWN':
      return 'a down week';
    case 'TAPER':
      return 'a taper week';
    case 'TRANSITION':
      return 'a transition week';
    case 'REST':
      return 'rest, then a graded return';
  }
}

/** "Readiness is green": the status in lower case, without `toLowerCase`. */
function readinessWords(r: Readiness): string {
  switch (r) {
    case 'GREEN':
      return 'green';
    case 'AMBER':
      return 'amber';
    case 'RED':
      return 'red';
    case 'UNKNOWN':
      return 'unknown';
  }
}

/** A suggestion's severity as the status it gives the components it serves. */
function severityStatus(s: Severity): ComponentStatus {
  return s === 'URGENT' ? 'URGENT' : s === 'ATTENTION' ? 'ATTENTION' : 'OK';
}

/** Whether `s` serves component `c`. */
function serves(s: Suggestion, c: ComponentKey): boolean {
  for (const x of s.components) if (x === c) return true;
  return false;
}

/** Whether `cs[i]` is named earlier in `cs` too (a plain loop: `indexOf` is a builtin call each time). */
function namedBefore(cs: readonly ComponentKey[], i: number): boolean {
  for (let j = 0; j < i; j++) if (cs[j] === cs[i]) return true;
  return false;
}

/** Per component: the worst status of the suggestions that serve it, and their kinds. */
class FromSuggestions {
  readonly status: Record<ComponentKey, ComponentStatus> = {
    CURRENT_FITNESS: 'OK',
    PROGRESSION: 'OK',
    ADAPTATION: 'OK',
    INDIVIDUALIZATION: 'OK',
    LONG_TERM_DEVELOPMENT: 'OK',
    EXTERNAL_EYES: 'OK',
  };
  /** The kinds of the suggestions that serve each component, comma-separated in suggestion order. */
  private readonly kinds: Record<ComponentKey, string | null> = {
    CURRENT_FITNESS: null,
    PROGRESSION: null,
    ADAPTATION: null,
    INDIVIDUALIZATION: null,
    LONG_TERM_DEVELOPMENT: null,
    EXTERNAL_EYES: null,
  };

  /** One pass over the suggestions (not one per component): each is listed once per component it serves. */
  constructor(private readonly suggestions: readonly Suggestion[]) {
    for (const s of suggestions) {
      const st = severityStatus(s.severity);
      const cs = s.components;
      for (let i = 0; i < cs.length; i++) {
        const c = cs[i];
        if (namedBefore(cs, i)) continue; // a component named twice serves it once
        if (st !== 'OK') this.raise(c, st);
        this.addKind(c, s.kind);
      }
    }
  }

  /**
   * `status[c] = worst(status[c], st)`, each component by name: a keyed load and store with six different keys
   * were megamorphic (a stub-cache probe each).
   */
  private raise(c: ComponentKey, st: ComponentStatus): void {
    const s = this.status;
    switch (c) {
      case 'CURRENT_FITNESS':
        s.CURRENT_FITNESS = worst(s.CURRENT_FITNESS, st);
        break;
      case 'PROGRESSION':
        s.PROGRESSION = worst(s.PROGRESSION, st);
        break;
      case 'ADAPTATION':
        s.ADAPTATION = worst(s.ADAPTATION, st);
        break;
      case 'INDIVIDUALIZATION':
        s.INDIVIDUALIZATION = worst(s.INDIVIDUALIZATION, st);
        break;
      case 'LONG_TERM_DEVELOPMENT':
        s.LONG_TERM_DEVELOPMENT = worst(s.LONG_TERM_DEVELOPMENT, st);
        break;
      default:
        s.EXTERNAL_EYES = worst(s.EXTERNAL_EYES, st);
    }
  }

  /** `kinds[c]` gets `kind` appended, each component by name (as in `raise`). */
  private addKind(c: ComponentKey, kind: string): void {
    const k = this.kinds;
    switch (c) {
      case 'CURRENT_FITNESS':
        k.CURRENT_FITNESS = k.CURRENT_FITNESS === null ? kind : `${k.CURRENT_FITNESS},${kind}`;
        break;
      case 'PROGRESSION':
        k.PROGRESSION = k.PROGRESSION === null ? kind : `${k.PROGRESSION},${kind}`;
        break;
      case 'ADAPTATION':
        k.ADAPTATION = k.ADAPTATION === null ? kind : `${k.ADAPTATION},${kind}`;
        break;
      case 'INDIVIDUALIZATION':
        k.INDIVIDUALIZATION = k.INDIVIDUALIZATION === null ? kind : `${k.INDIVIDUALIZATION},${kind}`;
        break;
      case 'LONG_TERM_DEVELOPMENT':
        k.LONG_TERM_DEVELOPMENT =
          k.LONG_TERM_DEVELOPMENT === null ? kind : `${k.LONG_TERM_DEVELOPMENT},${kind}`;
        break;
      default:
        k.EXTERNAL_EYES = k.EXTERNAL_EYES === null ? kind : `${k.EXTERNAL_EYES},${kind}`;
    }
  }

  /**
   * When the suggestions that serve `c` make its status worse than its own figures do (`own`), the words that say so,
   * naming them: " Urgent for the suggestion that serves it (current week long run)." (empty otherwise). Ingrid's
   * adaptation read "URGENT: Readiness is green: … within the usual band …; no illness reported.", urgent for this
   * week's long-run cut alone, and said nowhere why.
   */
  raisedWords(c: ComponentKey, own: ComponentStatus): string {
    const st = this.statusOf(c);
    if (rank(st) <= rank(own)) return '';
    const names: string[] = [];
    for (const s of this.suggestions) {
      if (severityStatus(s.severity) !== st || !serves(s, c)) continue;
      const w = words(s.kind);
      if (!names.includes(w)) names.push(w);
    }
    const n = names.length;
    return ` ${st === 'URGENT' ? 'Urgent' : 'Needs attention'} for the suggestion${n === 1 ? ' that serves' : 's that serve'} it (${andList(names)}).`;
  }

  private statusOf(c: ComponentKey): ComponentStatus {
    switch (c) {
      case 'CURRENT_FITNESS':
        return this.status.CURRENT_FITNESS;
      case 'PROGRESSION':
        return this.status.PROGRESSION;
      case 'ADAPTATION':
        return this.status.ADAPTATION;
      case 'INDIVIDUALIZATION':
        return this.status.INDIVIDUALIZATION;
      case 'LONG_TERM_DEVELOPMENT':
        return this.status.LONG_TERM_DEVELOPMENT;
      default:
        return this.status.EXTERNAL_EYES;
    }
  }

  /** The kinds of the suggestions that serve `c`, comma-separated in suggestion order (null when none). */
  list(c: ComponentKey): string | null {
    switch (c) {
      case 'CURRENT_FITNESS':
        return this.kinds.CURRENT_FITNESS;
      case 'PROGRESSION':
        return this.kinds.PROGRESSION;
      case 'ADAPTATION':
        return this.kinds.ADAPTATION;
      case 'INDIVIDUALIZATION':
        return this.kinds.INDIVIDUALIZATION;
      case 'LONG_TERM_DEVELOPMENT':
        return this.kinds.LONG_TERM_DEVELOPMENT;
      default:
        return this.kinds.EXTERNAL_EYES;
    }
  }
}

function currentFitness(
  state: MetricsState,
  decision: Decision,
  config: EngineConfig,
  f: FromSuggestions,
): ComponentAssessment {
  const m = state.metrics;
  let fitness: ComponentStatus = 'OK';
  const tsb = m.tsb.value;
  if (m.ctl.insufficientData) fitness = worst(fitness, 'ATTENTION');
  const ctlValue = m.ctl.value ?? 0;
  const tsbRatio = tsb !== null && ctlValue > 0 ? tsb / ctlValue : null;
  if (tsbRatio !== null && !m.tsb.insufficientData) {
    if (tsbRatio < config.load.tsbUrgentRatio) fitness = worst(fitness, 'URGENT');
    else if (tsbRatio < config.load.tsbAttentionRatio) fitness = worst(fitness, 'ATTENTION');
  }
  const summary = m.ctl.insufficientData
    ? `Only ${plural(state.historyDays, 'day')} of training history so far: fitness (CTL) needs 42 days before it means much.`
    : `Next week is sized from ${baseWeekWords(decision, m.weeks)}, not from a goal. Fitness (CTL, 42-day load) is ${round1Text(m.ctl.value ?? 0)} and form (TSB, fitness minus fatigue) ${round1Text(tsb ?? 0)}.`;
  return {
    component: 'CURRENT_FITNESS',
    status: worst(fitness, f.status.CURRENT_FITNESS),
    summary: summary + f.raisedWords('CURRENT_FITNESS', fitness),
    evidence: {
      ctl: r(m.ctl.value),
      atl: r(m.atl.value),
      tsb: r(tsb),
      tsbToCtl: r(tsbRatio),
      chronicWeeklyMinutes: r(m.chronicWeeklyMinutes.value),
      historyDays: state.historyDays,
      insufficientData: m.ctl.insufficientData,
      suggestions: f.list('CURRENT_FITNESS'),
    },
  };
}

function progression(state: MetricsState, decision: Decision, f: FromSuggestions): ComponentAssessment {
  const m = state.metrics;
  let status: ComponentStatus = 'OK';
  if (m.rampPct.insufficientData || m.weeksSinceDownWeek.insufficientData)
    status = worst(status, 'ATTENTION');
  const since = m.weeksSinceDownWeek.value;
  const summary = m.rampPct.insufficientData
    ? `Not enough weeks yet to judge the ramp and the down-week rhythm (4 complete weeks needed); next week is ${decisionWords(decision)}.`
    : // The ramp's own week and reference (calendar weeks, this week's days to come counted as planned, the
      // lighter weeks before left out: `rampLeftOut`); Ingrid's "last 7 days' load … on the three weeks before"
      // was neither.
      `This week's load${daysToCome(state) > 0 ? ` (its days to come ${state.projectedFromPlan ? 'as planned' : 'as the same days went last week'})` : ''} is ${signed1(m.rampPct.value ?? 0)} % on the three weeks before${m.rampPct.note === RAMP_SKIPS_DOWN_NOTE ? ', the lighter ones left out' : ''}, ${since === null ? 'with no down week on record' : since === 0 && state.silentWeeks.length === 0 ? 'and is a down week' : state.silentWeeks.length > 0 ? `${plural(since, 'build week')} since the last down week (${silentWeeksNote(state.silentWeeks, state.nextWeekStart, state.reviewDay)})` : `${plural(since, 'week')} after the last down week`}; next week is ${decisionWords(decision)}.`;
  return {
    component: 'PROGRESSION',
    status: worst(status, f.status.PROGRESSION),
    summary: summary + f.raisedWords('PROGRESSION', status),
    evidence: {
      rampPct: r(m.rampPct.value),
      weekOverWeekPct: r(m.weekOverWeekPct.value),
      weeksSinceDownWeek: m.weeksSinceDownWeek.value,
      monotony: r(m.monotony.value),
      strain: r(m.strain.value),
      acwr: r(m.acwr.value),
      weeksInMesocycle: m.weeksInMesocycle.value,
      decision: decision.type,
      insufficientData: m.rampPct.insufficientData,
      suggestions: f.list('PROGRESSION'),
    },
  };
}

function adaptation(
  state: MetricsState,
  ctx: WeekContext,
  config: EngineConfig,
  f: FromSuggestions,
): ComponentAssessment {
  const m = state.metrics;
  let status: ComponentStatus = 'OK';
  if (m.readiness !== 'GREEN') status = worst(status, 'ATTENTION');
  const hrv = m.hrv;
  const hrvText =
    hrv.status === 'INSUFFICIENT_DATA' ||
    hrv.mean7.value === null ||
    hrv.bandLow === null ||
    hrv.bandHigh === null
      ? hrv.mean7.count === 0
        ? 'no HRV readings in the last 7 days'
        : `${plural(hrv.mean7.count, 'HRV reading')} in the last 7 days, too few for a trend`
      : (hrvPhrase(hrv, null) as string);
  const w = m.wellness;
  const wellnessText =
    w.date === null
      ? `no wellness check-in in the last ${plural(config.readiness.wellnessMaxAgeDays + 1, 'day')}`
      : w.status === 'UNKNOWN' || w.composite.value === null
        ? `no wellness baseline yet (${plural(w.baselineEntries, 'check-in')} of the ${config.readiness.wellnessBaselineMinEntries} needed)`
        : (greenWellnessWords(w, config.readiness, state.events) ??
          (wellnessPhrase(w, hrv.below?.clear === true, config.readiness) as string));
  const ill = m.illness;
  const illnessText =
    ill.status === 'NONE'
      ? 'no illness reported'
      : `${ill.status === 'ABOVE_NECK' ? 'symptoms above the neck' : 'fever or symptoms below the neck'}${ill.since ? ` since ${ill.since}` : ''}`;
  // The distinct days of next week a life event touches (counted without a Set: the list is short).
  let lifeDays = 0;
  const cds = ctx.contextDays;
  for (let i = 0; i < cds.length; i++) {
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = cds[j].day === cds[i].day;
    if (!seen) lifeDays++;
  }
  const explained = ctx.readiness?.context ?? null;
  const summary = `${m.readiness === 'UNKNOWN' ? 'Readiness is unknown' : `Readiness is ${readinessWords(m.readiness)}`}: ${hrvText}; ${wellnessText}; ${illnessText}${explained ? `; ${contextPhrase(explained, state.reviewDay)}` : ''}${lifeDays > 0 ? `; a life event touches ${plural(lifeDays, 'day')} of next week` : ''}.`;
  return {
    component: 'ADAPTATION',
    status: worst(status, f.status.ADAPTATION),
    summary: summary + f.raisedWords('ADAPTATION', status),
    evidence: {
      readiness: m.readiness,
      hrvStatus: m.hrv.status,
      hrvMean7: r(m.hrv.mean7.value),
      hrvReadings7: m.hrv.mean7.count,
      wellness: m.wellness.status,
      wellnessComposite: m.wellness.composite.value,
      illness: m.illness.status,
      contextDaysNextWeek: ctx.contextDays.length,
      insufficientData: m.readiness === 'UNKNOWN',
      suggestions: f.list('ADAPTATION'),
    },
  };
}

function individualization(
  state: MetricsState,
  ctx: WeekContext,
  plan: WeekPlan,
  config: EngineConfig,
  f: FromSuggestions,
): ComponentAssessment {
  const m = state.metrics;
  let status: ComponentStatus = 'OK';
  const compliance = m.compliance.pct.value;
  if (compliance !== null && compliance < config.compliance.attentionPct) status = worst(status, 'ATTENTION');
  const byDay = planMinutesByDay(plan);
  let overAvailability = 0;
  for (let d = 0; d < 7; d++) if (byDay[d] > ctx.availability[d]) overAvailability++;
  if (overAvailability > 0) status = worst(status, 'ATTENTION');
  const beyond =
    overAvailability === 0
      ? "no day of next week's plan goes beyond the athlete's availability"
      : `${plural(overAvailability, 'day')} of next week's plan ${overAvailability === 1 ? 'goes' : 'go'} beyond the athlete's availability`;
  const effort = state.effortVsPlan;
  const easyPlanned = effort.easyRuns > 0 ? effort.easyPlannedSum / effort.easyRuns : null;
  const easyLogged = effort.easyRuns > 0 ? effort.easyLoggedSum / effort.easyRuns : null;
  const harder =
    effort.flag && easyPlanned !== null && easyLogged !== null
      ? `; the easy runs were logged at RPE ${fixed(easyLogged, 1)} against a planned ${fixed(easyPlanned, 1)}`
      : '';
  const summary =
    compliance === null
      ? `No planned sessions yet to compare with what was done; ${beyond}${harder}.`
      : `${compliance} % of the planned minutes were done (illness and travel days left out); ${beyond}${harder}.`;
  let availabilityMinutes = 0;
  for (const a of ctx.availability) availabilityMinutes = availabilityMinutes + a;
  return {
    component: 'INDIVIDUALIZATION',
    status: worst(status, f.status.INDIVIDUALIZATION),
    summary: summary + f.raisedWords('INDIVIDUALIZATION', status),
    evidence: {
      compliancePct: compliance,
      availabilityMinutes,
      daysOverAvailability: overAvailability,
      missedKeyPatternDays: state.missedKeyWeekdays.length,
      polarizationIndex: r(m.intensity.polarizationIndex.value),
      easyRunsWithLog: effort.easyRuns,
      plannedEasyRpe: easyPlanned === null ? null : round2(easyPlanned),
      loggedEasyRpe: easyLogged === null ? null : round2(easyLogged),
      effortAbovePlan: effort.flag,
      insufficientData: compliance === null,
      suggestions: f.list('INDIVIDUALIZATION'),
    },
  };
}

function longTermDevelopment(
  state: MetricsState,
  ctx: WeekContext,
  decision: Decision,
  f: FromSuggestions,
): ComponentAssessment {
  const m = state.metrics;
  let status: ComponentStatus = 'OK';
  if (!ctx.phaseKnown) status = worst(status, 'ATTENTION');
  const a = ctx.nextARace;
  const races = m.racesLast8Weeks.value ?? 0;
  const summary = `${ctx.phaseKnown ? `Next week is in the ${phaseWords(decision.phase)} phase` : `No season plan, so next week is taken as ${phaseWords(decision.phase)}`}; ${plural(races, 'race')} in the last 8 weeks; ${a ? `the next A race is ${a.source.name ?? 'planned'} on ${a.source.date}` : 'no A race is planned'}.`;
  return {
    component: 'LONG_TERM_DEVELOPMENT',
    status: worst(status, f.status.LONG_TERM_DEVELOPMENT),
    summary: summary + f.raisedWords('LONG_TERM_DEVELOPMENT', status),
    evidence: {
      phase: decision.phase,
      currentPhase: ctx.currentPhase,
      focus: decision.focus,
      racesLast8Weeks: m.racesLast8Weeks.value,
      nextARace: a ? a.source.date : null,
      insufficientData: !ctx.phaseKnown,
      suggestions: f.list('LONG_TERM_DEVELOPMENT'),
    },
  };
}

function externalEyes(
  state: MetricsState,
  ctx: WeekContext,
  suggestions: readonly Suggestion[],
  f: FromSuggestions,
): ComponentAssessment {
  const m = state.metrics;
  let status: ComponentStatus = 'OK';
  if (ctx.unconfirmedEvents > 0) status = worst(status, 'ATTENTION');
  const since = m.daysSinceContact.value;
  let flags = 0;
  for (const s of suggestions) if (s.severity !== 'INFO') flags++;
  const summary = `${since === null ? 'No check-in or message on record' : since === 0 ? 'Last check-in or message today' : `Last check-in or message ${plural(since, 'day')} ago`}; ${plural(flags, 'flag')} for the coach${ctx.unconfirmedEvents > 0 ? `; ${plural(ctx.unconfirmedEvents, 'life event')} ${ctx.unconfirmedEvents === 1 ? 'awaits' : 'await'} confirmation` : ''}; every suggestion carries its why.`;
  return {
    component: 'EXTERNAL_EYES',
    status: worst(status, f.status.EXTERNAL_EYES),
    summary: summary + f.raisedWords('EXTERNAL_EYES', status),
    evidence: {
      daysSinceContact: since,
      flagsForCoach: flags,
      unconfirmedContextEvents: ctx.unconfirmedEvents,
      insufficientData: since === null,
      suggestions: f.list('EXTERNAL_EYES'),
    },
  };
}

/** The six components, always all six, each with a status and its evidence. */
export function assessComponents(
  state: MetricsState,
  ctx: WeekContext,
  decision: Decision,
  suggestions: readonly Suggestion[],
  plan: WeekPlan,
  config: EngineConfig,
): ComponentAssessment[] {
  const f = new FromSuggestions(suggestions);
  return [
    currentFitness(state, decision, config, f),
    progression(state, decision, f),
    adaptation(state, ctx, config, f),
    individualization(state, ctx, plan, config, f),
    longTermDevelopment(state, ctx, decision, f),
    externalEyes(state, ctx, suggestions, f),
  ];
}
