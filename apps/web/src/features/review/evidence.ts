import { codeWords } from '../../lib/code-words';

/**
 * A component's evidence as a coach reads it: the engine's keys (`tsbToCtl`, `acwr`) as labels, its enum values
 * (`WITHIN_BAND`, `MISSED_SESSIONS_PATTERN,BACKWARD_DESIGN_WARNING`) in words, lists with spaces (so they wrap on a
 * phone), and the entries that say nothing to a coach left out (no value, "insufficientData false").
 */

const LABEL: Record<string, string> = {
  ctl: 'Fitness (CTL)',
  atl: 'Fatigue (ATL)',
  tsb: 'Form (TSB)',
  tsbToCtl: 'Form to fitness (TSB/CTL)',
  chronicWeeklyMinutes: 'Usual weekly minutes',
  historyDays: 'Days of history',
  insufficientData: 'Data',
  suggestions: 'Suggestions',
  rampPct: 'Ramp',
  weekOverWeekPct: 'Week over week',
  weeksSinceDownWeek: 'Weeks since a down week',
  monotony: 'Monotony',
  strain: 'Strain',
  acwr: 'ACWR',
  weeksInMesocycle: 'Weeks in the block',
  decision: 'Decision',
  readiness: 'Readiness',
  hrvStatus: 'HRV',
  hrvMean7: 'HRV 7-day mean',
  hrvReadings7: 'HRV readings (7 days)',
  wellness: 'Wellness',
  wellnessComposite: 'Wellness score',
  illness: 'Illness',
  contextDaysNextWeek: 'Context days next week',
  compliancePct: 'Compliance',
  availabilityMinutes: 'Available minutes',
  daysOverAvailability: 'Days over availability',
  missedKeyPatternDays: 'Weekdays key sessions are missed',
  polarizationIndex: 'Polarization index',
  easyRunsWithLog: 'Easy runs rated',
  plannedEasyRpe: 'Planned easy RPE',
  loggedEasyRpe: 'Logged easy RPE',
  effortAbovePlan: 'Effort above plan',
  phase: 'Phase',
  currentPhase: 'Current phase',
  focus: 'Focus',
  racesLast8Weeks: 'Races (8 weeks)',
  nextARace: 'Next A race',
  daysSinceContact: 'Days since contact',
  flagsForCoach: 'Flags',
  unconfirmedContextEvents: 'Unconfirmed context',
};

/** Percentages: shown with their unit. */
const PERCENT = new Set(['rampPct', 'weekOverWeekPct', 'compliancePct']);

/** WITHIN_BAND -> "Within band", RED -> "Red" (as GREEN -> "Green"); a word or a number as it is. */
export const enumWords = (token: string): string =>
  /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(token) || /^[A-Z]{3,}$/.test(token) ? codeWords(token) : token;

/** "tsbToCtl" -> "Tsb to ctl" for a key without a label (an engine newer than this page). */
const camelWords = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

export function evidenceLabel(key: string): string {
  return LABEL[key] ?? camelWords(key);
}

export function evidenceValue(key: string, value: string): string {
  if (key === 'insufficientData') return value === 'true' ? 'Too little yet' : 'Enough';
  if (value === 'true') return 'Yes';
  if (value === 'false') return 'No';
  if (PERCENT.has(key) && /^-?\d+(\.\d+)?$/.test(value)) return `${value} %`;
  return value
    .split(',')
    .map((t) => enumWords(t.trim()))
    .filter((t) => t !== '')
    .join(', ');
}

/** The entries worth showing, labelled and in words (at most `max`). */
export function readableEvidence(
  evidence: readonly { key: string; value: string }[],
  max = 4,
): { key: string; label: string; value: string }[] {
  return evidence
    .filter((e) => e.value !== 'null' && e.value.trim() !== '')
    .filter((e) => !(e.key === 'insufficientData' && e.value === 'false'))
    .slice(0, max)
    .map((e) => ({ key: e.key, label: evidenceLabel(e.key), value: evidenceValue(e.key, e.value) }));
}
