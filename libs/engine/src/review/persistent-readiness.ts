import { fromDayNumber, toDayNumber } from '../dates/local-date';
import {
  DEFAULT_ENGINE_CONFIG,
  defaultConfigWithDownWeekCut,
  type EngineConfig,
} from '../config/engine-config';
import {
  type MedicalToCome,
  medicalNoCutAthlete,
  medicalNoCutCoach,
  medicalNoCutNeeded,
  medicalRaceAthlete,
  medicalRaceCoach,
  RETURN_RUN_MINUTES,
} from '../suggestions/current-week';
import { type Decision, RETURN_DAY_MINUTES } from './decide-week';
import type { ParsedEvent, ParsedRace } from '../metrics/compute-metrics';
import { HRV_LOOKBACK_DAYS, hrvBelow } from '../metrics/hrv-below';
import { isLongRun } from '../planning/plan-measures';
import { medicalCheckAthlete, withoutCheckMarkers } from '../suggestions/athlete-text';
import { andList, num, wellnessItemWords } from '../suggestions/format';
import { copySuggestion } from '../suggestions/suggestion-copy';
import type {
  CheckIn,
  Metrics,
  PlannedSession,
  ReviewInput,
  Suggestion,
  SuggestionKind,
  WeekPlan,
  WellnessItem,
} from '../types';

/**
 * Red readiness whose HRV has been below its band for at least this many days (two weeks; our rule, not a
 * published threshold) is escalated: the deepest down-week cut the convention allows, and this week's
 * remaining sessions cut as well.
 */
export const PERSISTENT_RED_DAYS = 14;
/** The deepest down-week cut of the convention (domain doc: volume −20 % to −40 %). */
export const ESCALATED_DOWN_WEEK_CUT = 0.4;

export interface LowReadiness {
  /** Consecutive days, ending on the review date, whose HRV 7-day mean was below today's band. */
  readonly days: number;
  /** The first of those days. */
  readonly since: string;
  readonly escalated: boolean;
}

/**
 * How long the HRV 7-day mean of ln(rMSSD) has stayed below the athlete's band (the band of today's
 * review), counted back from the review date (up to six weeks, see `hrvBelow`). Null when HRV is not clearly
 * below its band today (wellness alone does not say how long a problem has lasted, and a mean at the edge
 * of the band is not a low one).
 */
export function lowReadinessOf(input: ReviewInput, m: Metrics): LowReadiness | null {
  const below = m.hrv.below;
  if (m.hrv.status !== 'BELOW_BAND' || below === null || !below.clear || below.days === 0) return null;
  // (Counted back from the last check-in when its reading is held: `HrvMetrics.heldDays`.)
  const review = toDayNumber(input.reviewDate) - (m.hrv.heldDays ?? 0);
  return {
    days: below.days,
    since: fromDayNumber(review - below.days + 1),
    escalated: below.days >= PERSISTENT_RED_DAYS,
  };
}

/**
 * The days free of any session an escalated down week keeps at least (our rule): after two weeks of red readiness a
 * recovery week has fewer sessions, not only shorter ones (coach read 11: Jonas's down week had kept a session on all
 * 7 days).
 */
export const ESCALATED_REST_DAYS = 2;

/** Red readiness escalated (`lowReadinessOf`: HRV clearly below its band for two weeks or more), as the review reads it. */
export function escalatedRed(input: ReviewInput, m: Metrics): boolean {
  return m.readiness === 'RED' && lowReadinessOf(input, m)?.escalated === true;
}

/**
 * The engine's settings with the deepest down-week cut (for an escalated review only). The default's own: one object,
 * with the default's maps (see `defaultConfigWithDownWeekCut`); a copy, kept, for settings a caller overrode.
 */
export function escalatedConfig(config: EngineConfig): EngineConfig {
  if (config === DEFAULT_ENGINE_CONFIG) return ESCALATED_DEFAULT_CONFIG;
  let c = escalated.get(config);
  if (c === undefined) {
    c = { ...config, progression: { ...config.progression, downWeekCut: ESCALATED_DOWN_WEEK_CUT } };
    escalated.set(config, c);
  }
  return c;
}

const escalated = new WeakMap<EngineConfig, EngineConfig>();

/**
 * Made when the module loads, before any engine code is optimised: made at the first escalated review of a process, it
 * deoptimised eight functions that had folded the default's settings into their code (decideWeek, suggestVolume,
 * seasonOutlook, …; --trace-deopt, 'code dependencies').
 */
const ESCALATED_DEFAULT_CONFIG = defaultConfigWithDownWeekCut(ESCALATED_DOWN_WEEK_CUT);

/**
 * The next-week down week says why it is the deepest cut and what else changes: this week's remaining
 * sessions when a current-week suggestion cuts them, or that none are left to cut.
 */
export function escalateRecovery(
  suggestions: Suggestion[],
  low: LowReadiness | null,
  current: readonly Suggestion[],
  medicalWeek = false,
): Suggestion[] {
  if (!low?.escalated) return suggestions;
  const now = current.find((c) => c.kind === 'CURRENT_WEEK_RECOVERY');
  // The days once: the readiness sentence gives them where it says the mean is below its band ("… for 15 days
  // running"; Jonas's down week had said them twice).
  const days = ` for ${low.days} days running`;
  // A loop, not `map`: TurboFan's inlined `map` makes a holey array, the interpreter's a packed one, and the readers
  // of the suggestions deoptimise on the one they have not seen ('wrong map'; see `draftRaces` in review-athlete).
  const out: Suggestion[] = [];
  for (const s of suggestions)
    out.push(
      s.kind !== 'RECOVERY_DOWN_WEEK'
        ? s
        : medicalWeek
          ? // A medical-check week is no −40 % week (its own sentence says its size and what it replaces): the
            // spell's first day goes beside its days, and what else changes follows.
            copySuggestion(
              s,
              s.rationale.includes(days)
                ? `${s.rationale.replace(days, `${days} (since ${low.since})`)}${now ? ' The current-week suggestion cuts the rest of this week too.' : ''}`
                : `${s.rationale} The HRV 7-day mean has been below the band for ${low.days} days (since ${low.since})${now ? '; the current-week suggestion cuts the rest of this week too' : ''}.`,
              s.athleteText,
              { ...s.evidence, lowReadinessDays: low.days, lowReadinessSince: low.since },
            )
          : copySuggestion(
              s,
              `${s.rationale} The HRV 7-day mean has been below the band ${s.rationale.includes(days) ? `since ${low.since}` : `for ${low.days} days (since ${low.since})`}: after two weeks or more the down week takes the deepest cut of the convention (−${Math.round(ESCALATED_DOWN_WEEK_CUT * 100)} %)${now ? ', and the current-week suggestion cuts the rest of this week too' : ''} (the two-week limit is our rule).`,
              s.athleteText,
              { ...s.evidence, lowReadinessDays: low.days, lowReadinessSince: low.since },
            ),
    );
  return out;
}

/**
 * A medical check recommended (our threshold, after the overtraining consensus: Meeusen et al. 2013, ECSS/ACSM, Med Sci
 * Sports Exerc 45:186–205, rules out organic disease, such as an infection, anaemia or a thyroid disorder, before a
 * persistent fatigue or underperformance is put down to training; low energy availability too, Mountjoy et al. 2018,
 * the IOC consensus on REDs). Both signals of the escalated spell must have lasted two weeks: readiness red with the HRV
 * 7-day mean clearly below its band for `PERSISTENT_RED_DAYS` days or more (`lowReadinessOf`), and the check-ins' lasting
 * decline (`WellnessMetrics.decline`) over `PERSISTENT_RED_DAYS` days or more. HRV alone is a marker, not a symptom the
 * athlete feels; a decline without two weeks of low HRV is not the escalated spell. Not beside an illness on record over
 * the days both signals cover or ending up to `MEDICAL_ILLNESS_LAG_DAYS` before them (a check-in's, or an illness
 * event's, confirmed or not), nor a confirmed event that explains the low
 * readings (`ReadinessEvidence.context`): the fatigue is explained, or being followed already, and "rule out an illness"
 * would contradict it. Coach read of athlete04 (Jonas, red for 15 days, fatigue 2.3 SD worse over 14 days): "I would
 * tell him to see a doctor".
 */
export interface MedicalCheck {
  /** Days the HRV 7-day mean has been below its band (`LowReadiness.days`). */
  readonly hrvDays: number;
  /** The lasting decline's days and items, the most first. */
  readonly declineDays: number;
  readonly items: readonly WellnessItem[];
  /**
   * An illness on record that ended before the days both signals cover, more than `MEDICAL_ILLNESS_LAG_DAYS` before
   * them (its last day, and the first of those days): too long ago to explain them (null: none).
   */
  readonly earlierIllness: { readonly end: string; readonly since: string } | null;
  /** The training load that is the likelier cause, when the metrics show one (`medicalLoadOf`; null: none). */
  readonly load: MedicalLoad | null;
  /**
   * The last check-in's day and the days since it, when the athlete has gone quiet and its red reading is held
   * (`WellnessMetrics.heldDays`): the check still stands, and the texts say so. Null otherwise.
   */
  readonly held: { readonly since: string; readonly days: number } | null;
}

/**
 * A load pattern behind the red spell (our rule, from the engine's own thresholds; Meeusen et al. 2013: a coach looks
 * at the training load as well as ruling out illness): more build weeks since the last down week than the convention
 * allows (`buildWeeksBeforeDown`), and either form (TSB) at or below the deep-fatigue flag (`tsbAttentionRatio` of
 * CTL) or this week's ramp above its warning (`rampWarnPct`). Non-functional overreaching is then the likelier cause,
 * and the doctor rules out the others (coach read: Jonas, 8 weeks with no down week, TSB −175, was told to see a
 * doctor "to rule out an illness behind it", the load unnamed).
 */
export interface MedicalLoad {
  readonly weeksSinceDown: number;
  readonly limit: number;
  /** The first build week on record since the last down week, its start and minutes; this week's minutes. */
  readonly fromWeek: string;
  readonly fromMinutes: number;
  readonly toWeek: string;
  readonly toMinutes: number;
  /** This week has days to come, counted as planned (`WeekLoad`). */
  readonly toComePlanned: boolean;
  /** CTL change over the last 7 days (null when there is too little history to say). */
  readonly ctlPerWeek: number | null;
  /** TSB and TSB / CTL when at or below the flag, else null. */
  readonly tsb: number | null;
  readonly tsbRatio: number | null;
  readonly tsbFlag: number;
  /** This week's ramp when above the warning, else null. */
  readonly rampPct: number | null;
  readonly rampWarnPct: number;
}

/** See `MedicalLoad`. */
export function medicalLoadOf(
  m: Metrics,
  config: EngineConfig,
  reviewDate: string,
  /** `MetricsState.silentWeeks`: weeks since the last down week that are neither a down week nor a build week. */
  silentWeeks: readonly number[] = [],
): MedicalLoad | null {
  const since = m.weeksSinceDownWeek.value;
  const limit = config.progression.buildWeeksBeforeDown;
  if (since === null || since <= limit || m.weeks.length === 0) return null;
  const ctl = m.ctl.value;
  const tsb = m.tsb.value;
  const ratio = ctl !== null && ctl > 0 && tsb !== null ? tsb / ctl : null;
  const deep = ratio !== null && ratio <= config.load.tsbAttentionRatio;
  const ramp = m.rampPct.value;
  const steep = ramp !== null && !m.rampPct.insufficientData && ramp > config.load.rampWarnPct;
  if (!deep && !steep) return null;
  // Week 0 is this week; the weeks since the last down week are weeks 0 … since − 1 (those on record), and the weeks
  // that fell in a silence besides (passed over by the count: the last down week is week since + their number).
  const gone = since + silentWeeks.length;
  const first = m.weeks[Math.min(gone, m.weeks.length) - 1];
  const ctlWeek = m.ctlChangePerWeek;
  return {
    weeksSinceDown: gone,
    limit,
    fromWeek: first.start,
    fromMinutes: Math.round(first.minutes),
    toWeek: m.weeks[0].start,
    toMinutes: Math.round(m.weeks[0].minutes),
    toComePlanned: reviewDate < m.weeks[0].end,
    ctlPerWeek: ctlWeek.value === null || ctlWeek.insufficientData ? null : ctlWeek.value,
    tsb: deep ? tsb : null,
    tsbRatio: deep ? ratio : null,
    tsbFlag: config.load.tsbAttentionRatio,
    rampPct: steep ? ramp : null,
    rampWarnPct: config.load.rampWarnPct,
  };
}

/** The load pattern in the coach's words, with its numbers (`MedicalLoad`). */
function medicalLoadCoach(l: MedicalLoad, athlete: string): string {
  const figures = [
    `${l.weeksSinceDown} weeks since the last down week (the convention: a down week after at most ${l.limit} build weeks)`,
    l.fromWeek === l.toWeek
      ? null
      : `weekly minutes from ${l.fromMinutes} (the week of ${l.fromWeek}) to ${l.toMinutes} this week${l.toComePlanned ? ' (its days to come as planned)' : ''}`,
    l.ctlPerWeek !== null && l.ctlPerWeek > 0 ? `CTL up ${num(l.ctlPerWeek, 1)} over the last 7 days` : null,
    l.tsb !== null && l.tsbRatio !== null
      ? `form (TSB) at ${num(l.tsb, 1)}, ${num(l.tsbRatio, 2)} of CTL (deep fatigue at ${num(l.tsbFlag, 2)}: our flag)`
      : null,
    l.rampPct !== null
      ? `this week's load +${num(l.rampPct, 1)} % on the three weeks before (warning above +${l.rampWarnPct} %)`
      : null,
  ].filter((x): x is string => x !== null);
  return `The likeliest cause is ${athlete}'s training load: ${andList(figures)}, so non-functional overreaching after weeks of build with no down week comes first (Meeusen et al. 2013 look at the training load as well as ruling out illness), and easing the load answers it; the doctor rules out the other causes:`;
}

/**
 * How many days before the days both signals of the medical check cover (the later of the HRV spell's first day and
 * the decline window's) an illness that ended still explains them (our rule): the HRV 7-day mean and the check-ins
 * lag an illness by a few days. One that ended earlier does not, and the check is made (an illness weeks ago with
 * the markers still down is a reason more to see a doctor, not less).
 */
export const MEDICAL_ILLNESS_LAG_DAYS = 3;

/** See `MedicalCheck`; null when the rule does not hold (most reviews: not an escalated red spell). */
export function medicalCheckOf(
  input: ReviewInput,
  m: Metrics,
  low: LowReadiness | null,
  events: readonly ParsedEvent[],
  explained: boolean,
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
  /** `MetricsState.silentWeeks` (see `medicalLoadOf`). */
  silentWeeks: readonly number[] = [],
): MedicalCheck | null {
  const decline = m.wellness.decline;
  if (m.readiness !== 'RED' || !low?.escalated || explained) return null;
  if (decline === null || decline.items.length === 0 || decline.days < PERSISTENT_RED_DAYS) return null;
  const review = toDayNumber(input.reviewDate);
  // The days both signals cover (the later of their first days), and the few before them an illness may still explain.
  const both = Math.max(toDayNumber(low.since), toDayNumber(decline.since));
  const from = both - MEDICAL_ILLNESS_LAG_DAYS;
  // The latest illness on record that ended before those days (named in the text: too long ago to explain them).
  let before = -Infinity;
  for (const e of events) {
    if (e.kind !== 'ILLNESS' || e.start > review) continue;
    if (e.end >= from) return null;
    if (e.end > before) before = e.end;
  }
  for (const c of input.checkIns) {
    if (c.illness === undefined || c.illness === 'NONE') continue;
    const d = c.day ?? toDayNumber(c.date as string);
    if (d > review) continue;
    if (d >= from) return null;
    if (d > before) before = d;
  }
  return {
    hrvDays: low.days,
    declineDays: decline.days,
    items: decline.items.map((x) => x.item),
    earlierIllness: before > -Infinity ? { end: fromDayNumber(before), since: fromDayNumber(from) } : null,
    load: medicalLoadOf(m, config, input.reviewDate, silentWeeks),
    held:
      m.wellness.heldDays === undefined || m.wellness.date === null
        ? null
        : { since: m.wellness.date, days: m.wellness.heldDays },
  };
}

/**
 * A doctor's clearance that answers the medical check (our rule; coach read: once the doctor has cleared the athlete,
 * every review had kept recommending the doctor and capping the weeks while HRV stayed low). The coach records the day
 * (`AthleteProfile.medicalClearedOn`); only the days after it count toward the two weeks of both signals: the HRV
 * spell's days after it, and the decline window's days after it. When fewer than `PERSISTENT_RED_DAYS` of either
 * follow it, the check that would hold is silenced, with the medical-check week and this week's medical cut; the usual
 * readiness rules still apply (the escalated down week, the red cut). A clearance before both signals began leaves
 * their days as they are (an earlier spell's answer); one after the review date is ignored.
 */
export interface MedicalClearance {
  /** The day the doctor cleared the athlete. */
  readonly on: string;
  /** The days after it that both signals cover (fewer than `PERSISTENT_RED_DAYS`). */
  readonly daysSince: number;
}

/** See `MedicalClearance`; null with no clearance on record, or none that silences `check`. */
export function medicalClearanceOf(
  input: ReviewInput,
  m: Metrics,
  low: LowReadiness | null,
  check: MedicalCheck | null,
): MedicalClearance | null {
  const on = input.athlete.medicalClearedOn;
  const decline = m.wellness.decline;
  if (on === undefined || check === null || low === null || decline === null) return null;
  const cleared = toDayNumber(on);
  const review = toDayNumber(input.reviewDate);
  if (cleared > review) return null;
  const hrvAfter = Math.min(low.days, review - cleared);
  const declineAfter = Math.min(decline.days, toDayNumber(decline.since) + decline.days - 1 - cleared);
  const daysSince = Math.max(0, Math.min(hrvAfter, declineAfter));
  return daysSince < PERSISTENT_RED_DAYS ? { on, daysSince } : null;
}

/**
 * The clearance said once, in the coach's text of the suggestion that would have carried the medical check
 * (`withMedicalCheck`'s order): the doctor's answer, the days that count since it, and that the usual readiness rules
 * still apply. The athlete's text is the usual one.
 */
export function withMedicalClearance(
  suggestions: Suggestion[],
  clearance: MedicalClearance | null,
  athlete: string,
  decided: SuggestionKind,
): Suggestion[] {
  if (clearance === null) return suggestions;
  const at = medicalCarrier(suggestions, decided);
  if (at < 0) return suggestions;
  const s = suggestions[at];
  const out = suggestions.slice();
  const n = clearance.daysSince;
  // (Cleared on the review date: no day after it yet.)
  const since =
    n === 0
      ? 'only the days after it will count'
      : n === 1
        ? 'only the day since counts'
        : `only the ${n} days since count`;
  const week = s.kind === 'RECOVERY_DOWN_WEEK' ? ' and next week is no medical-check week' : '';
  out[at] = copySuggestion(
    s,
    `A doctor cleared ${athlete} on ${clearance.on} (recorded by the coach): ${since} toward a new two-week spell of HRV below its band and declining check-ins (our rule), so no doctor is recommended again${week}; the usual readiness rules still apply. ${s.rationale}`,
    s.athleteText,
    { ...s.evidence, medicalClearedOn: clearance.on },
  );
  return out;
}

/** The suggestion that carries the medical check: next week's down week, else this week's cut, else the decision's. */
function medicalCarrier(suggestions: readonly Suggestion[], decided: SuggestionKind): number {
  let at = suggestions.findIndex((s) => s.kind === 'RECOVERY_DOWN_WEEK');
  if (at < 0) at = suggestions.findIndex((s) => s.kind === 'CURRENT_WEEK_RECOVERY');
  // Neither (a taper reviewed on the Sunday, no day of this week left to cut): next week's decision carries it.
  if (at < 0) at = suggestions.findIndex((s) => s.kind === decided);
  return at;
}

/**
 * The medical check said once (`MedicalCheck`), by the suggestion that carries the escalated spell: next week's down
 * week for red readiness (ranked first, it states the spell and its evidence, and there is one whenever the week is
 * decided on readiness), else this week's cut for the same reason (next week decided otherwise: a taper, say), else
 * the suggestion of next week's decision (`decided`; a taper reviewed on the Sunday, no day left to cut). The
 * other says nothing of it: both are read together, by the coach and by the athlete.
 */
export function withMedicalCheck(
  suggestions: Suggestion[],
  check: MedicalCheck | null,
  athlete: string,
  decided: SuggestionKind,
  medicalWeek?: MedicalWeek,
  /**
   * This week's sessions still to come (`medicalToCome`). This week's cut names its races and says what to do with
   * today's sessions past the rule (`medicalCut`); with none (every session after today within the rule already) the
   * suggestion that carries the check does, with the same words, so neither is left unsaid beside "your sessions are
   * short and easy".
   */
  toCome: MedicalToCome = { today: [], later: [], races: [] },
  /**
   * A doctor's clearance on record (`AthleteProfile.medicalClearedOn`, not after the review date) that the check holds
   * beside (`medicalClearanceOf` found it before the two weeks that count): said, so the coach reads why the doctor is
   * recommended again.
   */
  clearedOn?: string,
  /**
   * The calendar's races after next week, within `MEDICAL_RACES_AHEAD_DAYS` (`medicalRacesAhead`): they wait for the
   * doctor's all-clear too, said once by the suggestion that carries the check (demo read, Jonas: his parkrun two weeks
   * after the medical-check week had gone unmentioned).
   */
  ahead: readonly ParsedRace[] = [],
): Suggestion[] {
  if (check === null) return suggestions;
  const at = medicalCarrier(suggestions, decided);
  if (at < 0) return suggestions;
  const s = suggestions[at];
  const out = suggestions.slice();
  const illness = `with no illness on record ${check.earlierIllness === null ? '' : `since ${check.earlierIllness.since} (the illness that ended on ${check.earlierIllness.end} is too long before these two weeks to explain them; our rule: at most ${MEDICAL_ILLNESS_LAG_DAYS} days before) `}and no confirmed event to explain them`;
  const why = `fatigue and underperformance that persist for two weeks or more are checked for a medical cause (an infection, anaemia or a thyroid disorder among others, and low energy availability) before they are put down to training (Meeusen et al. 2013, the ECSS/ACSM overtraining consensus; Mountjoy et al. 2018, the IOC consensus on REDs; our threshold: two weeks of both).`;
  // The recommendation first (coach read of Jonas: it had come last of ~500 words). The down week states the spell's
  // evidence with its days and items right after it, so its sentence does not say them again.
  const down = s.kind === 'RECOVERY_DOWN_WEEK';
  // A load pattern behind the spell (`MedicalLoad`) is named as the likeliest cause, with its numbers, and the doctor
  // then rules out the others.
  const load = check.load === null ? null : medicalLoadCoach(check.load, athlete);
  const first = down
    ? `Recommend that ${athlete} sees a doctor: two weeks or more of HRV below its band and of declining check-ins (below), ${illness}${load === null ? ';' : `. ${load}`} ${why}`
    : `With the HRV 7-day mean below the band for ${check.hrvDays} days and a lasting decline of ${andList(check.items.map(wellnessItemWords))} over the last ${check.declineDays} days, ${illness}, recommend that ${athlete} sees a doctor${load === null ? ':' : `. ${load}`} ${why}`;
  // Gone quiet after the red readings (`MedicalCheck.held`): the check stands until a check-in says otherwise.
  const heldCoach =
    check.held === null
      ? ''
      : `No check-in since ${check.held.since} (${check.held.days} days); the last readings were red: the doctor's check still stands. `;
  const heldAthlete =
    check.held === null
      ? ''
      : `We have had no check-in from you since ${check.held.since}; your last readings were still low, so seeing a doctor still stands. `;
  const again =
    clearedOn === undefined
      ? ''
      : ` The clearance on record (a doctor cleared ${athlete} on ${clearedOn}) came before the two weeks of both signals that count, so the check is made again.`;
  const until =
    medicalWeek !== undefined && down
      ? ` Until a doctor has cleared you, your sessions are short and easy, ${medicalWeek.sessionMinutes} min at most each.`
      : '';
  const cut = suggestions.some((x) => x.kind === 'CURRENT_WEEK_RECOVERY');
  const races = toCome.races;
  const raceCoach = cut ? '' : medicalRaceCoach(races, athlete, ' this week');
  const raceAthlete = cut ? '' : medicalRaceAthlete(races, ' this week');
  // No cut of this week: the rest of it is within the rule already but for today's sessions, which go past it (the
  // review-day rule leaves them as they are): what to do with them if not done yet, as the cut says it. The down
  // week's athlete sentence says the rule already ("your sessions are short and easy").
  const noCut = !cut && medicalNoCutNeeded(toCome);
  const weekCoach = noCut ? medicalNoCutCoach(toCome, athlete) : '';
  const weekAthlete = noCut ? medicalNoCutAthlete(toCome, until === '') : '';
  const aheadCoach = ahead.length === 0 ? '' : medicalRacesAheadCoach(ahead, athlete);
  const aheadAthlete = ahead.length === 0 ? '' : medicalRacesAheadAthlete(ahead);
  out[at] = copySuggestion(
    s,
    `${heldCoach}${first}${again}${weekCoach}${raceCoach}${aheadCoach} ${s.rationale}`,
    // The athlete reads the check first too (this week's cut beside it says "until a doctor has cleared you" after it).
    // The check's sentence states the HRV's days and the decline; the suggestion's own why does not say them again.
    `${heldAthlete}${medicalCheckAthlete(check.hrvDays, check.declineDays, check.items.map(wellnessItemWords), check.load)}${until}${weekAthlete}${raceAthlete}${aheadAthlete} ${withoutCheckMarkers(s.athleteText, s.kind, s.evidence)}`,
    { ...s.evidence, medicalCheck: true },
  );
  return out;
}

/**
 * How far after next week the medical check names the calendar's races (our rule: six weeks). This week's races are
 * said by this week's cut or the carrier (`MedicalToCome.races`), next week's by next week's own decision (a taper for
 * it, the medical-check week's plan keeping it).
 */
export const MEDICAL_RACES_AHEAD_DAYS = 42;

/** The calendar's races after next week (from `nextWeekStart` + 7) within `MEDICAL_RACES_AHEAD_DAYS`, in day order. */
export function medicalRacesAhead(races: readonly ParsedRace[], nextWeekStart: number): ParsedRace[] {
  const out: ParsedRace[] = [];
  const from = nextWeekStart + 7;
  for (const r of races) if (r.day >= from && r.day < from + MEDICAL_RACES_AHEAD_DAYS) out.push(r);
  out.sort((a, b) => a.day - b.day);
  return out;
}

/** " Parkrun (C) on 2026-12-27 waits for the doctor's all-clear too: we recommend no racing before …". */
function medicalRacesAheadCoach(ahead: readonly ParsedRace[], athlete: string): string {
  const one = ahead.length === 1;
  const names = andList(
    ahead.map((r) => `${r.source.name ?? 'a race'} (${r.priority}) on ${fromDayNumber(r.day)}`),
  );
  return ` ${names} ${one ? 'waits' : 'wait'} for the doctor's all-clear too: we recommend no racing before a doctor has cleared ${athlete}, and whether ${athlete} starts is the coach's call.`;
}

/** " Your race on 2026-12-27 (Parkrun) waits for the doctor's all-clear too: …". */
function medicalRacesAheadAthlete(ahead: readonly ParsedRace[]): string {
  const one = ahead.length === 1;
  const names = andList(
    ahead.map((r) => `on ${fromDayNumber(r.day)}${r.source.name ? ` (${r.source.name})` : ''}`),
  );
  return ` Your ${one ? 'race' : 'races'} ${names} ${one ? 'waits' : 'wait'} for the doctor's all-clear too: we recommend you do not race before a doctor has cleared you, and your coach decides with you whether you start.`;
}

/**
 * A down week for red readiness that carries the medical check (our rule, coach read of athlete04: "see a doctor
 * first" beside a 340-min week of 75-min runs contradicted itself). Until a doctor has cleared the athlete the week
 * is sized as the graded return after a rest for fever starts (`RETURN_DAY_MINUTES` a day, its first days' sessions
 * `RETURN_RUN_MINUTES` at most each: the same rule, reused): short easy sessions only, each at most
 * `sessionMinutes` (the long run too), about `dayMinutes` a day on the days the escalated down week trains
 * (`ESCALATED_REST_DAYS` kept free), never more than the down week itself. Meeusen et al. 2013 advise rest and a
 * medical evaluation; the numbers are our convention.
 */
export interface MedicalWeek {
  /** The longest any session of the week may be (min). */
  readonly sessionMinutes: number;
  /** Minutes a day on the days with training. */
  readonly dayMinutes: number;
  /** The days with training it is sized on. */
  readonly days: number;
  /** The down week's own target before it (min). */
  readonly downWeekMinutes: number;
}

/** Next week's decision as a medical-check week (`MedicalWeek`) when it is the escalated down week and the check holds. */
export function medicalCheckWeek(decision: Decision, check: MedicalCheck | null): Decision {
  if (check === null || decision.reason !== 'RECOVERY_DOWN_WEEK') return decision;
  const days = 7 - ESCALATED_REST_DAYS;
  // In whole sessions of the cap (about `RETURN_DAY_MINUTES` a day on those days: 5 × 25 = 125 min is 4 sessions of
  // 30, 120 min): a week of 125 min in sessions of 30 at most is one the fit cannot land on (Jonas's plan came to 120
  // beside "about 125 min").
  const size = Math.min(
    decision.targetMinutes,
    Math.floor((days * RETURN_DAY_MINUTES) / RETURN_RUN_MINUTES) * RETURN_RUN_MINUTES,
  );
  return {
    ...decision,
    targetMinutes: size,
    minMinutes: Math.min(decision.minMinutes, size),
    maxMinutes: size,
    medicalWeek: {
      sessionMinutes: RETURN_RUN_MINUTES,
      dayMinutes: RETURN_DAY_MINUTES,
      days,
      downWeekMinutes: decision.targetMinutes,
    },
  };
}

/** The purpose of a medical-check week's easy run in place of its long run (`MedicalWeek`). */
export const MEDICAL_WEEK_NO_LONG_RUN =
  'Easy run (short and easy until a doctor has given the all-clear: no long run yet)';

/**
 * The engine's draft of a medical-check week (`MedicalWeek`): its long run, capped as every session is, becomes an
 * easy run that is not a key session (a 30-min "long run" is none).
 */
export function medicalCheckDraft(draft: WeekPlan): WeekPlan {
  if (!draft.sessions.some((x) => isLongRun(x))) return draft;
  // (A loop, not `map`, for one array map in every tier: see `escalateRecovery`.)
  const sessions: PlannedSession[] = [];
  for (const x of draft.sessions)
    sessions.push(isLongRun(x) ? { ...x, key: false, purpose: MEDICAL_WEEK_NO_LONG_RUN } : x);
  return { ...draft, sessions };
}

/**
 * How far back an escalated red spell that is over counts for next week's return (days before the review date): a
 * review a week after the escalated one (the down week's own review) sees that review's day, and a review up to 3
 * days late still does. Older than that, the down week is behind the athlete by more than a week: the usual rules.
 */
export const RED_RETURN_LOOKBACK_DAYS = 10;

/** An escalated red spell that is over (`recentRedSpell`). */
export interface RedSpell {
  /** Days the HRV 7-day mean stayed below the band, as a review on `until` would have counted them (≥ 14). */
  readonly days: number;
  /** The first of those days. */
  readonly since: string;
  /** The last day a review would have read it escalated (within `RED_RETURN_LOOKBACK_DAYS` of the review date). */
  readonly until: string;
}

// Per-day ln(rMSSD) over the days `recentRedSpell` reads (sums and counts; a day with two readings has both).
const SPAN = RED_RETURN_LOOKBACK_DAYS + HRV_LOOKBACK_DAYS + 66;
const lnSum = new Float64Array(SPAN);
const lnSq = new Float64Array(SPAN);
const lnN = new Float64Array(SPAN);
// The check-ins' days, the ln of their rMSSD and the indexes of those read, for `hrvBelow` (grown when a history
// has more check-ins).
let cDayOf = new Int32Array(128);
let lnOfCheckIn = new Float64Array(128);
let recentOf = new Int32Array(128);

/**
 * An escalated red spell that ended recently (our rule): a day among the `RED_RETURN_LOOKBACK_DAYS` before the review
 * date on which the review would have read HRV as `lowReadinessOf` does and found it escalated, its HRV 7-day mean
 * clearly below that day's band (the 60 days before its 7-day window, ± 0.5 SD) for 14 days or more. The engine keeps
 * nothing between reviews, so the spell is read again from the check-ins; the latest such day is the one named. Null
 * when there is none (only read by a review whose own HRV is not low: see `buildWeekContext`).
 */
export function recentRedSpell(
  checkIns: readonly CheckIn[],
  reviewDay: number,
  r: EngineConfig['readiness'],
): RedSpell | null {
  const win = r.hrvWindowDays;
  const from = reviewDay - RED_RETURN_LOOKBACK_DAYS - Math.max(HRV_LOOKBACK_DAYS, r.hrvBaselineDays) - win;
  if (reviewDay - from + 1 > SPAN) return null;
  lnSum.fill(0);
  lnSq.fill(0);
  lnN.fill(0);
  if (cDayOf.length < checkIns.length) {
    cDayOf = new Int32Array(checkIns.length * 2);
    lnOfCheckIn = new Float64Array(checkIns.length * 2);
    recentOf = new Int32Array(checkIns.length * 2);
  }
  const cDay = cDayOf;
  const lnOf = lnOfCheckIn;
  const recent = recentOf;
  let n = 0;
  let maxAbs = 0;
  // (An older check-in dated by a string is skipped by a string comparison, as ISO dates compare lexicographically:
  // cheaper than a parse, and most of a year's check-ins are older.)
  const fromDate = fromDayNumber(from);
  for (let i = 0; i < checkIns.length; i++) {
    const c = checkIns[i];
    const v = c.rmssd;
    if (v === undefined || !(v > 0)) continue;
    const given = c.day;
    if (given === undefined && (c.date as string) < fromDate && (c.date as string).length === 10) continue;
    const d = given ?? toDayNumber(c.date as string);
    if (d < from || d > reviewDay) continue;
    const ln = Math.log(v);
    if (ln > maxAbs) maxAbs = ln;
    else if (-ln > maxAbs) maxAbs = -ln;
    lnSum[d - from] += ln;
    lnSq[d - from] += ln * ln;
    lnN[d - from]++;
    cDay[i] = d;
    lnOf[i] = ln;
    recent[n++] = i;
  }
  // The bands by sliding sums, a day's from the next day's (cheaper than 60 days' sums for each of the 10 days), only
  // to pass over a day whose 7-day mean, or one of the 13 before it, is not below its band even with a bound on their
  // rounding (`bandSlack`, `mayStayBelow`); a day that may be is read exactly as before (its band summed afresh).
  const baseDays = r.hrvBaselineDays;
  const slack = bandSlack(n, maxAbs, r.hrvBandSd);
  let ss = 0;
  let sq = 0;
  let sn = 0;
  for (let d = reviewDay - 1 - win - baseDays + 1; d <= reviewDay - 1 - win; d++) {
    ss += lnSum[d - from];
    sq += lnSq[d - from];
    sn += lnN[d - from];
  }
  for (let day = reviewDay - 1; day >= reviewDay - RED_RETURN_LOOKBACK_DAYS; day--) {
    if (day < reviewDay - 1) {
      // Slide the baseline a day back: [day − win − baseDays + 1, day − win].
      const out = day + 1 - win - from;
      const inn = day - win - baseDays + 1 - from;
      ss += lnSum[inn] - lnSum[out];
      sq += lnSq[inn] - lnSq[out];
      sn += lnN[inn] - lnN[out];
    }
    // That day's 7-day mean and band, as its own review would have read them (`hrvMetrics`).
    let s = 0;
    let k = 0;
    for (let d = day - win + 1; d <= day; d++) {
      s += lnSum[d - from];
      k += lnN[d - from];
    }
    if (k < r.hrvMinReadings) continue;
    if (sn < r.hrvBaselineMinReadings || sn < 2) continue;
    const sMean = ss / sn;
    const sFloor = sMean - r.hrvBandSd * Math.sqrt(Math.max(0, sq / sn - sMean * sMean));
    const high = sFloor + slack;
    if (s / k >= high || !mayStayBelow(day, from, high, win, r.hrvMinReadings)) continue;
    let bs = 0;
    let bq = 0;
    let bn = 0;
    for (let d = day - win - r.hrvBaselineDays + 1; d <= day - win; d++) {
      bs += lnSum[d - from];
      bq += lnSq[d - from];
      bn += lnN[d - from];
    }
    if (bn < r.hrvBaselineMinReadings || bn < 2) continue;
    const mean = bs / bn;
    const sd = Math.sqrt(Math.max(0, bq / bn - mean * mean));
    const floor = mean - r.hrvBandSd * sd;
    const mean7 = s / k;
    if (!(mean7 < floor)) continue;
    if (!mayStayBelow(day, from, floor, win, r.hrvMinReadings)) continue;
    const below = hrvBelow(checkIns, cDay, recent, lnOf, n, day, mean7, k, floor, sd, win, r.hrvMinReadings);
    if (!below.clear || below.days < PERSISTENT_RED_DAYS) continue;
    return {
      days: below.days,
      since: fromDayNumber(day - below.days + 1),
      until: fromDayNumber(day),
    };
  }
  return null;
}

/**
 * A bound on how far the sliding band floor of `recentRedSpell` can be from the floor summed afresh (ln units), for
 * `n` readings of |ln| ≤ `maxAbs` in its span: each sum (the per-day sums, the first baseline's 60 days, two per slide)
 * takes at most n + 80 roundings of at most u = 2⁻⁵³ of a partial sum of at most n·maxAbs, for the sums and the sums
 * of squares (maxAbs²); the variance's error e gives at most √e in the SD. Generous (factors of 2 and more): it is
 * only the margin of a test that passes over days, about 10⁻⁴ for a year of daily check-ins.
 */
export function bandSlack(n: number, maxAbs: number, bandSd: number): number {
  const k = (n + 100) * (n + 100) * 2.3e-16;
  return maxAbs * (4 * k + (Math.abs(bandSd) + 1) * (3 * Math.sqrt(k) + 1e-14));
}

/**
 * Whether `hrvBelow` can find the 7-day mean below `floor` for `PERSISTENT_RED_DAYS` days running to `day`, from the
 * per-day sums of `recentRedSpell`: the same sums, in the same order, where each day of the 7-day windows has at most
 * one reading (`hrvBelow` reads one a day); true (ask `hrvBelow`) when one has two.
 */
function mayStayBelow(day: number, from: number, floor: number, win: number, minReadings: number): boolean {
  for (let d = day - PERSISTENT_RED_DAYS - win + 2; d <= day; d++) if (lnN[d - from] > 1) return true;
  for (let d = day; d > day - PERSISTENT_RED_DAYS; d--) {
    let sum = 0;
    let n = 0;
    for (let k = d - win + 1; k <= d; k++) {
      if (lnN[k - from] > 0) {
        sum += lnSum[k - from];
        n++;
      }
    }
    if (n < minReadings || sum / n >= floor) return false;
  }
  return true;
}
