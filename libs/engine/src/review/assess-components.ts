import type { EngineConfig } from '../config/engine-config';
import type { MetricsState } from '../metrics/compute-metrics';
import { planMinutesByDay } from '../planning/plan-measures';
import { round1, round2 } from '../suggestions/format';
import type { ComponentAssessment, ComponentKey, ComponentStatus, Suggestion, WeekPlan } from '../types';
import type { Decision } from './decide-week';
import type { WeekContext } from './week-context';

export const COMPONENT_ORDER: readonly ComponentKey[] = [
  'CURRENT_FITNESS',
  'PROGRESSION',
  'ADAPTATION',
  'INDIVIDUALIZATION',
  'LONG_TERM_DEVELOPMENT',
  'EXTERNAL_EYES',
];
const RANK: Record<ComponentStatus, number> = { OK: 0, ATTENTION: 1, URGENT: 2 };

function worst(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return RANK[a] >= RANK[b] ? a : b;
}
const r = (v: number | null): number | null => (v === null ? null : round2(v));

/** The six components, always all six, each with a status and its evidence. */
export function assessComponents(
  state: MetricsState,
  ctx: WeekContext,
  decision: Decision,
  suggestions: readonly Suggestion[],
  plan: WeekPlan,
  config: EngineConfig,
): ComponentAssessment[] {
  const m = state.metrics;
  const fromSuggestions: Record<ComponentKey, ComponentStatus> = {
    CURRENT_FITNESS: 'OK',
    PROGRESSION: 'OK',
    ADAPTATION: 'OK',
    INDIVIDUALIZATION: 'OK',
    LONG_TERM_DEVELOPMENT: 'OK',
    EXTERNAL_EYES: 'OK',
  };
  const kinds: Record<ComponentKey, string[]> = {
    CURRENT_FITNESS: [],
    PROGRESSION: [],
    ADAPTATION: [],
    INDIVIDUALIZATION: [],
    LONG_TERM_DEVELOPMENT: [],
    EXTERNAL_EYES: [],
  };
  for (const s of suggestions) {
    const st: ComponentStatus =
      s.severity === 'URGENT' ? 'URGENT' : s.severity === 'ATTENTION' ? 'ATTENTION' : 'OK';
    for (const c of s.components) {
      fromSuggestions[c] = worst(fromSuggestions[c], st);
      kinds[c].push(s.kind);
    }
  }

  // CURRENT_FITNESS
  let fitness = fromSuggestions.CURRENT_FITNESS;
  const tsb = m.tsb.value;
  if (m.ctl.insufficientData) fitness = worst(fitness, 'ATTENTION');
  const ctlValue = m.ctl.value ?? 0;
  const tsbRatio = tsb !== null && ctlValue > 0 ? tsb / ctlValue : null;
  if (tsbRatio !== null && !m.tsb.insufficientData) {
    if (tsbRatio < config.load.tsbUrgentRatio) fitness = worst(fitness, 'URGENT');
    else if (tsbRatio < config.load.tsbAttentionRatio) fitness = worst(fitness, 'ATTENTION');
  }
  const fitnessSummary = m.ctl.insufficientData
    ? `Insufficient data: ${state.historyDays} days of history (CTL needs 42).`
    : `Next week is sized from the last weeks' ${Math.round(decision.baseMinutes)} min, not from a goal; CTL ${round1(m.ctl.value ?? 0)}, TSB ${round1(tsb ?? 0)}.`;

  // PROGRESSION
  let progression = fromSuggestions.PROGRESSION;
  if (m.rampPct.insufficientData || m.weeksSinceDownWeek.insufficientData)
    progression = worst(progression, 'ATTENTION');
  const progressionSummary = m.rampPct.insufficientData
    ? 'Insufficient data for ramp and down-week rhythm (needs 4 complete weeks).'
    : `Ramp ${round1(m.rampPct.value ?? 0)} %, ${m.weeksSinceDownWeek.value} weeks since a down week, decision ${decision.type}.`;

  // ADAPTATION
  let adaptation = fromSuggestions.ADAPTATION;
  if (m.readiness === 'UNKNOWN') adaptation = worst(adaptation, 'ATTENTION');
  const adaptationSummary =
    m.readiness === 'UNKNOWN'
      ? 'Insufficient data: no usable HRV or wellness baseline yet.'
      : `Readiness ${m.readiness}, HRV ${m.hrv.status}, illness ${m.illness.status}${ctx.contextDays.length > 0 ? ', life context next week' : ''}.`;

  // INDIVIDUALIZATION
  let individual = fromSuggestions.INDIVIDUALIZATION;
  const compliance = m.compliance.pct.value;
  if (compliance !== null && compliance < config.compliance.attentionPct)
    individual = worst(individual, 'ATTENTION');
  const byDay = planMinutesByDay(plan);
  let overAvailability = 0;
  for (let d = 0; d < 7; d++) if (byDay[d] > ctx.availability[d]) overAvailability++;
  if (overAvailability > 0) individual = worst(individual, 'ATTENTION');
  const individualSummary =
    compliance === null
      ? 'Insufficient data: no planned sessions to compare with what was done.'
      : `Compliance ${compliance} % of planned minutes (illness and travel days excluded); ${overAvailability} days planned beyond availability.`;

  // LONG_TERM_DEVELOPMENT
  let longTerm = fromSuggestions.LONG_TERM_DEVELOPMENT;
  if (!ctx.phaseKnown) longTerm = worst(longTerm, 'ATTENTION');
  const a = ctx.nextARace;
  const longTermSummary = ctx.phaseKnown
    ? `Phase ${decision.phase}; ${m.racesLast8Weeks.value} races in the last 8 weeks${a ? `; next A race ${a.source.date}` : '; no A race planned'}.`
    : 'No season plan: phase assumed PREPARATORY.';

  // EXTERNAL_EYES
  let eyes = fromSuggestions.EXTERNAL_EYES;
  if (ctx.unconfirmedEvents > 0) eyes = worst(eyes, 'ATTENTION');
  const since = m.daysSinceContact.value;
  const flags = suggestions.filter((s) => s.severity !== 'INFO').length;
  const eyesSummary = `${since === null ? 'No contact on record' : `Last contact ${since} days ago`}; ${flags} flags for the coach${ctx.unconfirmedEvents > 0 ? `; ${ctx.unconfirmedEvents} context events await confirmation` : ''}; every suggestion carries its why.`;

  const out: ComponentAssessment[] = [
    {
      component: 'CURRENT_FITNESS',
      status: fitness,
      summary: fitnessSummary,
      evidence: {
        ctl: r(m.ctl.value),
        atl: r(m.atl.value),
        tsb: r(tsb),
        tsbToCtl: r(tsbRatio),
        chronicWeeklyMinutes: r(m.chronicWeeklyMinutes.value),
        historyDays: state.historyDays,
        insufficientData: m.ctl.insufficientData,
        suggestions: kinds.CURRENT_FITNESS.join(',') || null,
      },
    },
    {
      component: 'PROGRESSION',
      status: progression,
      summary: progressionSummary,
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
        suggestions: kinds.PROGRESSION.join(',') || null,
      },
    },
    {
      component: 'ADAPTATION',
      status: adaptation,
      summary: adaptationSummary,
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
        suggestions: kinds.ADAPTATION.join(',') || null,
      },
    },
    {
      component: 'INDIVIDUALIZATION',
      status: individual,
      summary: individualSummary,
      evidence: {
        compliancePct: compliance,
        availabilityMinutes: ctx.availability.reduce((x, y) => x + y, 0),
        daysOverAvailability: overAvailability,
        missedKeyPatternDays: state.missedKeyWeekdays.length,
        polarizationIndex: r(m.intensity.polarizationIndex.value),
        insufficientData: compliance === null,
        suggestions: kinds.INDIVIDUALIZATION.join(',') || null,
      },
    },
    {
      component: 'LONG_TERM_DEVELOPMENT',
      status: longTerm,
      summary: longTermSummary,
      evidence: {
        phase: decision.phase,
        currentPhase: ctx.currentPhase,
        focus: decision.focus,
        racesLast8Weeks: m.racesLast8Weeks.value,
        nextARace: a ? a.source.date : null,
        insufficientData: !ctx.phaseKnown,
        suggestions: kinds.LONG_TERM_DEVELOPMENT.join(',') || null,
      },
    },
    {
      component: 'EXTERNAL_EYES',
      status: eyes,
      summary: eyesSummary,
      evidence: {
        daysSinceContact: since,
        flagsForCoach: flags,
        unconfirmedContextEvents: ctx.unconfirmedEvents,
        insufficientData: since === null,
        suggestions: kinds.EXTERNAL_EYES.join(',') || null,
      },
    },
  ];
  return out;
}
