import { applyChanges } from '../adaptation/apply-suggestion';
import type { EngineConfig } from '../config/engine-config';
import { fromDayNumber, mondayOf, toDayNumber, weekdayName } from '../dates/local-date';
import {
  RAMP_SKIPS_DOWN_NOTE,
  itemLowOf,
  rampLeftOut,
  rampReferenceLoad,
  type MetricsState,
  type ParsedEvent,
  type ParsedRace,
  zScoreOf,
} from '../metrics/compute-metrics';
import {
  BASE_HARD_SHARE_MAX,
  costRpe,
  cutTier,
  dayFitDose,
  isHard,
  isLongRun,
  planLoad,
  planMinutes,
  planMinutesByDay,
  raceMinutes,
  zoneRpeOf,
  LONG_RACE_LONG_RUN_MINUTES,
  QUALITY_SHORT_MINUTES,
  ONE_QUALITY_RUNS,
  STRENGTH_MIN_MINUTES,
  EASY_RUN_USEFUL_MINUTES,
} from '../planning/plan-measures';
import {
  LONG_RACE_BUILD_WEEKS,
  LONG_RUN_DECIDE_WEEKS_BEFORE_PEAK,
  LONG_RUN_ON_TRACK_STEPS,
  LONG_RUN_STEP_FLOOR_FROM,
  LONG_RUN_STEP_SHARE,
  MIN_RUN_DAYS_LONG_RACE,
  NO_STRENGTH_DAYS_BEFORE_RACE,
  PEAK_WEEKS_BEFORE_RACE,
  BACK_TO_BACK_SHORTER_SHARE,
  HALF_MARATHON_MINUTES,
  RACE_EVE_DAYS,
  SHAKE_OUT_MINUTES,
  UNDERBUILT_URGENT_SHARE,
  LATER_RACE_LEADS_SHARE,
  longRacePeak,
  longRunCap,
  type LongRacePeak,
  longRunStep,
  recentEasyRun,
  type RecentEasyRun,
  raceEveDays,
  longRunWeekReaching,
  regrowLongRuns,
  reachableLongRun,
  recentLongRun,
  recentRunDaysPerWeek,
  runDays,
  strengthFreeDays,
  strengthTooClose,
  type RecentLongRun,
  type LoggedLongRun,
  loggedLongRun,
  loggedStepBase,
  longRunLike,
} from '../planning/long-run';
import { LONG_RUN_LEAD_MINUTES } from '../planning/draft-week';
import { type RaceWeekSize, RECOVERY_REST_DAYS, raceWeekCappedWords } from '../planning/race-week';
import { QUALITY_TEMPLATES, fitTemplate } from '../planning/session-templates';
import {
  recoveryDaysAfter,
  shortTaperRace,
  taperDaysFor,
  taperFirstWeek,
  taperPrescription,
  taperStart,
  type TaperWeek,
} from '../planning/taper';
import {
  baseLoad,
  baseWeeksWords,
  usualWeeks,
  peakLongRunRace,
  racingIssues,
  raceWeekAfterWords,
  recoveryWeekRace,
  REENTRY_IDLE_DAYS,
  REENTRY_SHARE,
  transitionEasyDaysIn,
  transitionEndAfter,
  type Decision,
  cadenceWords,
  noHistoryBase,
  silentGradedWords,
  strengthWithRunningWeek,
} from '../review/decide-week';
import { HRV_PERSIST_DAYS } from '../metrics/hrv-below';
import {
  ESCALATED_REST_DAYS,
  escalatedRed,
  MEDICAL_WEEK_NO_LONG_RUN,
  type MedicalWeek,
} from '../review/persistent-readiness';
import {
  EVENT_NAME,
  LOW_COMPLETION_SHARE,
  baseWeekLoad,
  coveredDaysWords,
  dayRun,
  daysToCome,
  eventInWeekWords,
  noteEquipment,
  weekAgainstPlan,
  type WeekContext,
} from '../review/week-context';
import type {
  ComponentKey,
  Evidence,
  Intervals,
  OutlookWeek,
  Phase,
  PlanChange,
  PlannedSession,
  ReviewInput,
  Severity,
  Suggestion,
  SuggestionKind,
  WeekLoad,
  WeekPlan,
  Weekday,
  WellnessItem,
  WellnessMetrics,
} from '../types';
import {
  andList,
  buildWeekPurpose,
  namedForDownWeek,
  joined,
  loggedRunRef,
  longerRunAside,
  crossSport,
  fixedNumber,
  min,
  nextQualityRace,
  num,
  pct,
  phaseWords,
  qualityRaceWords,
  plural,
  PURPOSE_NAMES_LIMIT,
  purposeName,
  quoteNote,
  sessionPurpose,
  round1,
  round2,
  valueAndBand,
  wellnessItemWords,
  words,
} from './format';
import {
  contextPhrase,
  hrvCheckedWords,
  hrvClearlyAbove,
  hrvPhrase,
  otherMarkersWords,
  type ReadinessEvidence,
  rpeDriftPhrase,
  askItems,
  askItemsWords,
  declinePhrase,
  manyRecentBelow,
  recentBelowCount,
  recentBelowWords,
  lowItemRunWords,
  wellnessChangeRule,
  wellnessPhrase,
  worstWellnessItem,
} from '../review/readiness-evidence';
import {
  fitVolume,
  strengthNearness,
  percentRange,
  rangeTolerance,
  scalePercent,
  scaled as scaledMinutes,
  type DayOver,
  type FitResult,
  easyRunCap,
  type GrowLimit,
} from './fit-volume';
import type { AboveHeld, KeyGaveWhy } from './fit-volume';
import { addedLabel, fillContext } from './fill-days';
import { sortByKeys } from '../util/insertion-sort';
import { athleteText } from './athlete-text';
import { RETURN_RUN_MINUTES, type SpikeLongRunCut, spikeLongRunLoad } from './current-week';
import { copySuggestion } from './suggestion-copy';

export interface SuggestionContext {
  readonly input: ReviewInput;
  readonly state: MetricsState;
  readonly ctx: WeekContext;
  readonly decision: Decision;
  /** The plan the changes refer to. */
  readonly plan: WeekPlan;
  readonly planIsEngineDraft: boolean;
  /**
   * Minutes of the athlete's regular strength the engine's draft leaves out on the easy days after a race, not given
   * to the runs (`draftWeekWithheld`): the draft lands under its target by them. 0 or absent: none.
   */
  readonly draftWithheldStrength?: number;
  readonly config: EngineConfig;
  /** The athlete's longest recent long run, as run and as planned (`recentLongRun`), when the caller has it already. */
  readonly recentLongRun?: RecentLongRun;
  /** The longest long run logged lately (`loggedLongRun`), when the caller has it already (its draft's cap read it). */
  readonly loggedLongRun?: LoggedLongRun;
  /** The athlete's recent easy runs (`recentEasyRun`), when the caller has them already. */
  readonly recentEasyRun?: RecentEasyRun;
  /** The season outlook beyond next week (`seasonOutlook`): the long-run projection skips its down weeks. */
  readonly outlook?: readonly OutlookWeek[];
  /**
   * This week's long run still ahead as the current-week cut after red readiness leaves it (its weekday, and its
   * minutes before and after the cut): next week's down week keeps its long run no longer (see `volumeChange`).
   */
  readonly currentWeekLongRun?: { readonly day: number; readonly before: number; readonly after: number };
  /**
   * This week's long run still to come as the load spike's current-week cut (`CURRENT_WEEK_LONG_RUN`) leaves it:
   * the load-spike warning's figures count it as planned, and say so, with the figures after the cut.
   */
  readonly spikeLongRun?: SpikeLongRunCut;
  /**
   * The load spike's trim of this week read on its first day (`CURRENT_WEEK_LOAD`): the load-spike warning says the
   * week is trimmed, with the figures after the trim (its evidence), rather than "nothing changes".
   */
  readonly spikeWeekCut?: Suggestion;
  /** The race under the long-race note's pending talk (`raceUnderTalk`), when the caller has it already. */
  readonly talk?: ParsedRace | null;
}

const KIND_ORDER: readonly SuggestionKind[] = [
  'ILLNESS_REST',
  'ILLNESS_EASY_ONLY',
  'INJURY_CHECK',
  'RECOVERY_DOWN_WEEK',
  'TRANSITION_AFTER_A_RACE',
  'RACE_RECOVERY',
  'TAPER',
  'LIFE_CONTEXT_REDUCTION',
  'LIFE_CONTEXT_RESCHEDULE',
  'LOAD_SPIKE_WARNING',
  'BACKWARD_DESIGN_WARNING',
  'PLANS_NOT_DONE',
  'RECOVERY_HOLD',
  'SCHEDULED_DOWN_WEEK',
  'CAUTIOUS_HOLD',
  'BUILD',
  'BASELINE_HOLD',
  'LONG_RACE_PREPARATION',
  'WELLNESS_NOTE',
  'HRV_NOTE',
  'MONOTONY_VARY',
  'MISSED_SESSIONS_PATTERN',
  'EFFORT_ABOVE_PLAN',
  'NO_CONTACT_REACH_OUT',
  'RACING_TOO_OFTEN',
  'NO_TRANSITION_WARNING',
  'PHASE_CHANGE',
  'STIMULUS_ROTATION',
  'HRV_ABOVE_BAND',
  'CURRENT_WEEK_ILLNESS',
  'CURRENT_WEEK_RECOVERY',
  'CURRENT_WEEK_LONG_RUN',
  'CURRENT_WEEK_LOAD',
];
/**
 * Each kind's rank in `KIND_ORDER`. A Map: looked up in an object by the suggestion's kind, a varying key, it was a
 * megamorphic keyed load (a stub-cache probe, a descriptor search of 33 names at a miss) for each suggestion sorted.
 */
const KIND_RANK: ReadonlyMap<SuggestionKind, number> = new Map(KIND_ORDER.map((k, i) => [k, i]));
function kindRank(kind: SuggestionKind): number {
  return KIND_RANK.get(kind) as number;
}
/** URGENT 0, ATTENTION 1, INFO 2 (compared, not looked up in a table by a varying key: that load was megamorphic). */
function severityRank(s: Severity): number {
  return s === 'URGENT' ? 0 : s === 'ATTENTION' ? 1 : 2;
}

const EASY_REPLACEMENT = { type: 'RPE', value: 3 } as const;

/**
 * A suggestion's evidence while it is built. Optional fields are stored one by one, in the order the JSON lists them,
 * not spread into an object literal (`...(c ? { x } : {})`): V8 defines every property written after a spread in a
 * literal by a call into its runtime (`DefineKeyedOwnPropertyInLiteral`, about 1,000 instructions each), where a
 * store of a named property is a few instructions.
 */
type MutableEvidence = Record<string, number | string | boolean | null>;

/** No session ids (shared, never added to). */
const NO_IDS: ReadonlySet<string> = new Set<string>();
/** No sessions changed for a reason of their own (`raceWeekStrength`; shared, never added to). */
const NO_WHY: ReadonlyMap<string, string> = new Map<string, string>();

/** Simulates a list of changes; returns the resulting plan (or the input when a change is rejected). */
function simulate(plan: WeekPlan, changes: readonly PlanChange[]): WeekPlan {
  const r = applyChanges(plan, changes);
  return r.ok ? r.plan : plan;
}

/**
 * The longest race the athlete ran in the 4 weeks to the review, as logged on the race's day (a race in the
 * calendar with no log is no evidence of time on feet), 0 with none. A hold or down week does not jump the long run past one
 * step over the longest recent long run, and a race does not count for that cap: a race is not a long run the
 * athlete can step from by 10 % a week (Emma's hold had kept an 80-min long run, +63 % on her longest run of 49
 * min, on a 106-min half marathon raced 12 days before; coach read, finding 6). As the long-race preparation
 * does, the texts name the race they leave aside: only they read this.
 */
function recentRaceMinutes(g: Shared): number {
  if (g.racedCache !== undefined) return g.racedCache;
  let best = 0;
  for (const r of racesRun(g)) if (r.minutes > best) best = r.minutes;
  g.racedCache = best;
  return best;
}

/** The races of the 4 weeks to the review with the minutes logged on their day (none logged: left out), in `races` order. */
function racesRun(g: Shared): { readonly race: ParsedRace; readonly minutes: number }[] {
  const { races, reviewDay, recentSessions } = g.state;
  const out: { race: ParsedRace; minutes: number }[] = [];
  for (const r of races) {
    if (r.day > reviewDay || r.day <= reviewDay - 28) continue;
    let logged = 0;
    const { sessions, days } = recentSessions;
    for (let k = 0; k < sessions.length; k++)
      if (days[k] === r.day && (sessions[k].kind === 'RACE' || sessions[k].kind === 'RUN'))
        logged = Math.max(logged, sessions[k].minutes);
    if (logged > 0) out.push({ race: r, minutes: logged });
  }
  return out;
}

/**
 * " (Drammen Half on 2026-11-22 aside)" after "the longest long run of the last 4 weeks", when a race of those
 * weeks ran longer than that long run (`figure`; as its race log says, or, with none, at its expected minutes): the figure leaves it aside (a race is not a long run), and
 * a coach who knows the athlete raced reads the figure as false unless the text says so (Emma; Oskar's 106-min
 * half beside his 101-min long run). '' when none did.
 */
function racesAsideWords(g: Shared, figure: number): string {
  const names: string[] = [];
  const { races, reviewDay, recentSessions } = g.state;
  const { sessions, days } = recentSessions;
  for (const r of races) {
    if (r.day > reviewDay || r.day <= reviewDay - 28) continue;
    // As logged on its day (a race's log); with none, at its expected minutes (the coach knows it was on).
    let logged = 0;
    for (let k = 0; k < sessions.length; k++)
      if (days[k] === r.day && sessions[k].kind === 'RACE') logged = Math.max(logged, sessions[k].minutes);
    if ((logged > 0 ? logged : r.minutes) > figure) names.push(`${raceName(r)} on ${fromDayNumber(r.day)}`);
  }
  return names.length === 0 ? '' : ` (${andList(names)} aside)`;
}

/** The longest long run the athlete logged lately (see `longestLoggedRun`). */
type LoggedRun = LoggedLongRun;

/**
 * The longest long run the athlete logged in the 4 weeks to the review, or, back from an illness in those weeks
 * with runs logged since, the longest since it ended (`loggedLongRun`): a long run, not any run (a coach read of
 * Ingrid, back from the flu: her 79-min race-specific session at RPE 6 is not a long run; her longest long run
 * since is 47 min). A hold or a down week brings the long run to one step over it at most (`stepBase`).
 */
function longestLoggedRun(g: Shared): LoggedRun {
  if (g.loggedRunCache !== undefined) return g.loggedRunCache;
  const { reviewDay, longRunIllness, recentSessions } = g.state;
  g.loggedRunCache = g.s.loggedLongRun ?? loggedLongRun(g.s.input, reviewDay, longRunIllness, recentSessions);
  return g.loggedRunCache;
}

/**
 * What a hard session becomes when eased: "an easy run", "an easy ride" (cross-training stays its sport).
 */
function easyKindOf(x: PlannedSession): string {
  return x.kind === 'RUN' ? 'run' : crossSport(x);
}

/**
 * Hard runs become easy runs that say what they replace and are no longer key sessions; hard cross-training
 * becomes easy cross-training of the same sport the same way (a hard ride an easy ride, never a run); strength
 * keeps its effort and purpose, and a long run stays a long run (its volume is what a cut may touch).
 */
function hardSessionsToEasy(
  plan: WeekPlan,
  purpose: string,
  zoneRpe?: ReadonlyMap<string, number>,
  onlyDays?: readonly number[],
  keepId?: string,
): PlanChange[] {
  const out: PlanChange[] = [];
  for (const s of plan.sessions) {
    if (s.kind !== 'RUN' && s.kind !== 'CROSS_TRAINING') continue;
    if (isLongRun(s, zoneRpe) || !isHard(s, zoneRpe) || s.id === keepId) continue;
    if (onlyDays && !onlyDays.includes(s.day)) continue;
    const was = purposeWas(s.purpose);
    const own = s.kind === 'RUN' ? purpose : purpose.replace(/^Easy run/, `Easy ${crossSport(s)}`);
    out.push({
      type: 'REPLACE_INTENSITY',
      sessionId: s.id,
      effort: EASY_REPLACEMENT,
      intervals: null,
      purpose: `${own} instead of ${was}`,
      key: false,
    });
  }
  return out;
}

/**
 * The key run a down week keeps at its effort: in the race-specific weeks before a marathon-type A or B race,
 * a continuous key run at the race's own moderate effort (RPE 6 or less: marathon pace), the session the race
 * is run at; the longest such run when there are several. Null otherwise (the down week eases every hard run).
 */
function raceEffortRunKept(g: Shared, plan: WeekPlan): PlannedSession | null {
  const d = g.decision;
  if (d.type !== 'DOWN' || d.easyOnly || d.focus !== 'RACE_SPECIFIC' || !longRaceAthlete(g)) return null;
  let kept: PlannedSession | null = null;
  for (const x of plan.sessions) {
    if (x.kind !== 'RUN' || !x.key || x.intervals !== undefined || !isHard(x, g.zoneRpe)) continue;
    if (costRpe(x.effort, g.zoneRpe) > 6 || (kept !== null && kept.minutes >= x.minutes)) continue;
    kept = x;
  }
  return kept;
}

/** ", except Thursday's marathon-pace run, …" when a down week keeps a key run at race effort. */
function keptEffort(g: Shared): string {
  const k = g.raceEffortKept;
  return k === null
    ? ''
    : ` except ${sessionName(k)}, kept at its effort (a run at the race's own effort, in the weeks before it)`;
}

/**
 * What the texts call a week whose cut keeps its hard share under `BASE_HARD_SHARE_MAX` ("above the 25 % a hold
 * week keeps"), or null for a week without that cap. A base week (the preparatory phase) has it, and in every phase
 * a hold or a down week: a week that builds nothing adds no intensity either (docs/coaching-domain.md: a down week's
 * intensity is kept light; Emma's competition-phase hold had kept 60 of its 210 min hard, 29 %). A build in the
 * pre-competition or competition phase keeps its race-specific work, and a taper its intensity (Bosquet 2007).
 */
function hardShareWeek(decision: Pick<Decision, 'type' | 'phase'>): string | null {
  if (decision.phase === 'PREPARATORY') return 'a base week';
  if (decision.type === 'HOLD') return 'a hold week';
  return decision.type === 'DOWN' ? 'a down week' : null;
}

/**
 * A build's race ahead, in words ("Spring Half on 2025-05-25"): the next A or B race after the review day, whose
 * week's quality runs a cut shortens rather than drops (`FitRequest.keepQuality`); undefined with none. Once per
 * review (`Shared.qualityRaceCache`). The race under the long-race note's pending talk (`raceUnderTalk`) is one
 * still: the cut is the same whatever the talk decides (a hold keeps its quality as far as its hard share lets it;
 * without the race, a hold's only way to its hard share is to drop a quality run, which Emma's floor forbids, and her
 * week had been left 29 % hard), and the text says the race is the reason if the athlete starts it
 * (`Shared.qualityRaceMark`: "for Oslo Marathon on 2026-12-27 (with Tuesday's steady blocks), if Emma starts it (see
 * the long-race note)").
 */
function qualityRace(g: Shared): string | undefined {
  if (g.qualityRaceCache === undefined) {
    const next = nextQualityRace(g.state.races, g.state.reviewDay);
    g.qualityRaceCache = next === null ? null : qualityRaceWords(next);
    g.qualityRaceMark = next === null ? '' : talkMark(g, next);
  }
  return g.qualityRaceCache ?? undefined;
}

/** A marathon or ultra athlete: their next A or B race is a marathon-type effort (the long run keeps its purpose). */
function longRaceAthlete(g: Shared): boolean {
  for (const r of g.state.races) {
    if (r.day >= g.state.reviewDay && r.priority !== 'C' && r.minutes >= g.config.racing.longRaceMinutes)
      return true;
  }
  return false;
}

/**
 * The volume decision's changes: the plan fitted to the athlete's time per day and to [min, max] (aiming at
 * the target), in cut order (see `fitVolume`). Only a build (or a new athlete's baseline hold) grows a plan
 * below its range; every other decision grows a plan only to refill what the day caps took off.
 */
function volumeChange(
  plan: WeekPlan,
  g: Shared,
  range: { min: number; max: number; target: number },
  scopeDays?: readonly number[],
  availability?: readonly number[],
): FitResult {
  const { decision, config } = g;
  let scalable = 0;
  for (const x of plan.sessions) {
    if (x.kind === 'REST' || x.kind === 'RACE') continue;
    if (scopeDays && !scopeDays.includes(x.day)) continue;
    scalable++;
  }
  // Growth in 5-min steps: a plan within that granularity of the range's bottom is left as it is. A build
  // grows a plan below its target (not only below its range, whose bottom is the recent weeks' volume): a
  // plan that repeats those weeks is a hold, and the build's "grow to about …" would carry no change.
  const tol = 5 * Math.ceil(scalable / 2);
  const t = decision.type;
  // A re-entry week grows nothing and fills no free day: its size is a ceiling, and so is its long run's.
  const reentry = reentryLongRun(g);
  const reentering = decision.reentry !== null;
  // A build pending the athlete's answer on a low check-in (a strong one, or one of several in the last 7 days)
  // grows nothing yet: a plan inside its range stays as it is until they answer (coach read 4: Chloé's easy runs
  // grown 60 → 75 min "pending her answer").
  // A build pending the athlete's answer on an HRV above its band grows nothing at all (`hrvAsksFirst`): the note
  // asks how training feels before load is added.
  const growBelow =
    range.min <= 0 || reentering || (t === 'BUILD' && g.hrvAsksFirst)
      ? 0
      : (t === 'BUILD' && !g.asksFirst ? range.target : range.min) - tol;
  return fitVolume({
    plan,
    planMinutes: plan === g.plan ? g.planTotal : undefined,
    target: range.target,
    max: range.max,
    // A plan above its range is cut to the target, a build's too: a build week lands about on the step its text
    // quotes ("about 380 min, +8 %"); a plan far above the range grows too fast, and its range's top had left Sara's
    // week at 400 min, +14 % on her usual week, under a text quoting +8 % (athlete21).
    cutTo: range.target,
    growBelow,
    growTo: range.target,
    scopeDays,
    // (A medical-check week: no session longer than its cap, `MedicalWeek`.)
    availability:
      decision.medicalWeek !== undefined
        ? (availability ?? g.ctx.availability).map((a) =>
            Math.min(a, (decision.medicalWeek as MedicalWeek).sessionMinutes),
          )
        : (availability ?? g.ctx.availability),
    // A taper keeps the number of sessions: nothing is dropped (a marathon's race week is its recovery). A short
    // taper's first step (about −29 %, the size of a down week) shortens its sessions as a down week does: its
    // quality keeps its repeats and its long run comes down, where the race week's cut takes the quality to its
    // shortest.
    mayDrop: t !== 'TAPER' || decision.raceWeekRecovery,
    depth:
      t === 'REST' || t === 'TRANSITION' || decision.reason === 'RACE_RECOVERY' || decision.raceWeekRecovery
        ? 'DEEP'
        : t === 'TAPER' && decision.taper !== null && decision.taper.share === 1
          ? 'TAPER'
          : t === 'TAPER' || t === 'DOWN' || decision.easyOnly
            ? 'DOWN'
            : 'HOLD',
    longRace: longRaceAthlete(g),
    minRunMinutes: config.draft.minSessionMinutes,
    longRunShare: config.draft.longRunShare,
    // A build's step counts from the longest long run or this week's still to come; a hold's or a down week's
    // from the longest run logged (see `longestLoggedRun`), a race aside (see `recentRaceMinutes`); a re-entry
    // week's from the same run, below it (`reentryLongRun`).
    longRunCap: weekLongRunCap(decision, g.longRun, longestLoggedRun(g)),
    easyRunCap: easyRunCap(
      g.easyRun.base,
      config.progression.easyRunStepMaxMinutes,
      config.progression.easyRunStepMaxPct,
    ),
    easyRunStep: {
      minutes: config.progression.easyRunStepMaxMinutes,
      pct: config.progression.easyRunStepMaxPct,
    },
    longRunStepCut: t === 'HOLD' || t === 'DOWN',
    longRunCutShare: config.draft.longRunCutShare,
    // A down week after two weeks of red readiness runs no longer a long run than this week's, as its own cut
    // leaves it (the two suggestions never disagree on the long run).
    // A re-entry week's long run is no longer than its cap, whether or not the week is cut (`reentryLongRun`).
    // A medical-check week's long run is no longer than its sessions' cap (`MedicalWeek`).
    longRunCeiling:
      reentering && reentry < Infinity
        ? reentry
        : decision.medicalWeek !== undefined
          ? Math.min(decision.medicalWeek.sessionMinutes, g.s.currentWeekLongRun?.after ?? Infinity)
          : t === 'DOWN'
            ? decision.downReentry !== undefined && reentry < Infinity
              ? Math.min(reentry, g.s.currentWeekLongRun?.after ?? Infinity)
              : g.s.currentWeekLongRun?.after
            : undefined,
    // A taper's size is the taper's: only a hold's or a build's range has a rounding tolerance (not a fever's
    // graded return either: its size is the rest decision's).
    tolerance:
      t === 'TAPER' || t === 'REST' || (decision.gradedReturn && !reentering)
        ? 0
        : rangeTolerance(range.max, config.progression),
    // A build whose long run is behind the next long race grows the long run first (within its step).
    longRunFirst: t === 'BUILD' && g.prep !== null && g.prep.behind,
    // One still under the race's peak grows to its step whatever its share of the week: the long-race projection
    // counts on that step every build week (Elias's 135-min long run had been held at 30 % of a 440-min week,
    // never to reach the 150 the projection and the phase change promised).
    longRunShareFree: t === 'BUILD' && g.prep !== null && g.prep.growing,
    zoneRpe: g.zoneRpe,
    // A hold's cut stops at its range's bottom: a hold "at about 310 min (280–325)" that dropped a base week's
    // tempo after cutting the long run to its step was left at 270 (Ingrid). (`range.min` is 0 for a decision
    // that only takes volume away: a hold grows nothing, but its cuts stop there all the same. A down week's
    // range is one size, which its day caps and its long run's share may take it under.)
    // (Shifted as the range is, by what the life event's own suggestion takes off its days.)
    floorTotal:
      t === 'HOLD' ? Math.max(range.min, decision.minMinutes + range.max - decision.maxMinutes) : range.min,
    // A base week, a hold or a down week keeps its hard share sensible (`hardShareWeek`): a cut takes the non-key
    // quality before the easy running.
    hardShareMax: hardShareWeek(decision) !== null ? BASE_HARD_SHARE_MAX : undefined,
    // A build or a hold with a race ahead keeps the week's quality for it: shortened, not dropped before an easy
    // run (a hold holds the week, its quality too, as far as the hard share lets it: Emma's hold three weeks before
    // her marathon kept its tempo at one block of two rather than leave the week 29 % hard).
    keepQuality: t === 'BUILD' || t === 'HOLD' ? qualityRace(g) : undefined,
    // In a hills and strength block the strength sessions are the block's work: the easy filler goes first.
    strengthLast: decision.focus === 'HILLS_STRENGTH',
    // A re-entry week shortens strength with the running: a return after a break is graded for both; so does a week
    // held or cut for red readiness (`strengthWithRunningWeek`).
    strengthWithRunning: strengthWithRunningWeek(decision, g.m.readiness),
    // A cut takes the easy sessions on the days the athlete keeps missing first (the missed-sessions note's days).
    failingDays: g.failingDays.map((x) => x.day),
    // A build's or a hold's cut has fewer runs rather than token runs (not a graded return, a re-entry week, a
    // down week or a taper: those keep their sessions short by design).
    fewerRuns: (t === 'BUILD' || t === 'HOLD') && !reentering && !decision.gradedReturn && !decision.easyOnly,
    // A week of 4 runs or fewer keeps one quality session besides the long run (`ONE_QUALITY_RUNS`): the non-key
    // quality goes whole rather than an easy run (Sofia's build had kept two beside one easy run, athlete03).
    oneQuality:
      (t === 'BUILD' || t === 'HOLD') && !reentering && !decision.gradedReturn && !decision.easyOnly,
    // A down week after two weeks or more of red readiness keeps 2 full rest days (fewer sessions, not only shorter).
    restDays:
      decision.reason === 'RECOVERY_DOWN_WEEK' && escalatedRed(g.s.input, g.m)
        ? ESCALATED_REST_DAYS
        : undefined,
    // A build or hold below its range may get an easy session on a free day (see `fillFreeDays`).
    fill:
      (t === 'BUILD' || t === 'HOLD') && !reentering
        ? () =>
            fillContext(
              g.s.input,
              g.state.reviewDay,
              g.state.nextWeekStart,
              contextDaysOf(g),
              t,
              // A build fills up to its target (`growBelow`). A hold grows nothing of its own, but it is still a
              // week of its range: one the day caps leave below it gets a free day's session like a build (the
              // range as the fit sizes it, with its shift).
              t === 'BUILD'
                ? growBelow
                : range.min > 0
                  ? range.min
                  : Math.max(0, decision.minMinutes + range.max - decision.maxMinutes),
              g.state.recentSessions,
            )
        : undefined,
  });
}

/** The days and the name of the life event a re-entry week reached into (`VolumeNote.lifeReach`). */
function lifeReachOf(g: Shared): { days: number[]; name: string } {
  const days: number[] = [];
  let name = '';
  for (const [d, c] of g.ctxDays) {
    days.push(d);
    const n = EVENT_NAME[c.event.kind];
    name = name === '' || name === n ? n : 'life event';
  }
  return { days, name };
}

/**
 * The weekdays the week's context events cover, as a list built by push (always of small integers: a `map` of
 * an empty list gave another element kind, and `fillFreeDays`'s `includes` on it deoptimised).
 */
function contextDaysOf(g: Shared): number[] {
  const out: number[] = [];
  for (const c of g.ctx.contextDays) out.push(c.day);
  return out;
}

/**
 * A re-entry week's long run at most (see `Decision.reentry`): `REENTRY_SHARE` of the longest long run logged in
 * the last 4 weeks (`longestLoggedRun`: what was run, which the gap also leaves fewer of), on the 5-min grid;
 * none (Infinity) without a long run logged in them or a re-entry.
 */
function reentryLongRun(g: Shared): number {
  return reentryCap(g.decision, longestLoggedRun(g));
}

function reentryCap(decision: Pick<Decision, 'reentry' | 'downReentry'>, logged: LoggedLongRun): number {
  if (decision.reentry === null && decision.downReentry === undefined) return Infinity;
  const l = logged.minutes;
  return l > 0 ? Math.floor((l * REENTRY_SHARE) / 5 + 1e-9) * 5 : Infinity;
}

/**
 * What the long run's step is counted from: in a hold or a down week the longest long run logged, or this week's
 * still to come as far as one step over it (`loggedStepBase`); else `longestRun` (see `weekLongRunCap`).
 */
function stepBase(g: Shared): number {
  const t = g.decision.type;
  return t === 'HOLD' || t === 'DOWN'
    ? loggedStepBase(longestLoggedRun(g).minutes, g.longRun.planned)
    : g.longestRun;
}

/**
 * The longest next week's long run may be, one number for the fit of a coach's plan (`volumeChange`) and the
 * engine's own draft (`reviewAthlete`): a re-entry week's cap (`reentryLongRun`); in a hold or a down week one step
 * (`longRunCap`) over the longest long run logged, or this week's still to come as far as one step over it
 * (`loggedStepBase`; back from an illness that resets it, since it ended: `MetricsState.longRunIllness`); in a
 * build one step over the longest recent long run, run or still planned (`RecentLongRun.base`).
 */
export function weekLongRunCap(
  decision: Pick<Decision, 'type' | 'reentry' | 'downReentry'>,
  recent: RecentLongRun,
  logged: LoggedLongRun,
): number {
  if (decision.reentry !== null) return reentryCap(decision, logged);
  const t = decision.type;
  const cap = longRunCap(
    t === 'HOLD' || t === 'DOWN' ? loggedStepBase(logged.minutes, recent.planned) : recent.base,
  );
  // A down week while the athlete is silent after a gap: the smaller of its cap and the re-entry week's.
  return decision.downReentry !== undefined ? Math.min(cap, reentryCap(decision, logged)) : cap;
}

/** The shake-outs on the days before a long race (see `raceEve`). */
interface RaceEve {
  readonly changes: PlanChange[];
  /** The sessions made shake-outs, and what the text says of each ("Sunday's long run 45 → 20 min (-56 %) as …"). */
  readonly ids: ReadonlySet<string>;
  readonly acts: readonly string[];
  /** The shake-outs' days: the volume fit leaves them alone. */
  readonly days: readonly number[];
}
const NO_EVE: RaceEve = { changes: [], ids: NO_IDS, acts: [], days: [] };

/** How the volume text reads the week it leaves (see `availabilityNote`). */
interface VolumeNote {
  /** The decision's maximum and target (training besides a race in a taper). */
  readonly max: number;
  readonly target: number;
  /** Minutes the life event's own suggestion takes off its days (0: none): the week is sized around them. */
  readonly lifeCut: number;
  /**
   * The days the fit leaves alone, in words ("the days of the life event are left to its own suggestion"; '' when
   * it reaches every day): what a key session's cut says is outside the cut's reach (`keyGaveNote`).
   */
  readonly outOfReach: string;
  /**
   * A hold's or a down week's range bottom (the decision's), and what the texts call the week ("hold", "down
   * week"), when the decision only takes volume away (null otherwise): a long run cut to its step that leaves the
   * week under it says so.
   */
  readonly under: { readonly min: number; readonly name: string } | null;
  /** The growth was a refill of what the day caps took (the plan's own minutes), not the week's target. */
  readonly refill: boolean;
  /** The athlete's longest recent long run (what a long run cut to its step is said to be one step above). */
  readonly longest: number;
  /** The longest race of the last 4 weeks, minutes (0: none): the step leaves it aside, and the text says so. */
  readonly raced: number;
  /** In a hold or a down week, the longest run logged (`longestLoggedRun`, = `longest`): the texts quote it. */
  readonly logged: LoggedRun | null;
  /** This week's long run as the current-week cut leaves it (what a down week's long run is brought to). */
  readonly current?: SuggestionContext['currentWeekLongRun'];
  /** The same as run and as this week's plan still has it: the texts quote what was run (`longRunBase`). */
  readonly longRun: RecentLongRun;
  /** The athlete's recent easy runs (what an easy run grows one easy-run step over at most). */
  readonly easyRun: RecentEasyRun;
  readonly athlete: string;
  readonly progression: EngineConfig['progression'];
  /** The long run's share of the week a growth takes it to (`longRunShare`). */
  readonly longRunShare: number;
  /** A re-entry week's long-run cap (`reentryLongRun`; Infinity: no re-entry). */
  readonly reentryCap: number;
  /** The weeks the missed-sessions note counts a failing day's misses in (`compliance.patternWeeks`). */
  readonly patternWeeks: number;
  /** The athlete's RPE per zone (what makes a zone-prescribed session hard: `isHard`). */
  readonly zoneRpe?: ReadonlyMap<string, number>;
  /** The review's metrics: what the athlete logged on a day whose time the fit caps (`loggedOverTime`). */
  readonly state: MetricsState;
  /**
   * The week could use more time on a day the fit caps (`mayUseMoreTime`): only then does the text ask whether those
   * days have more time.
   */
  readonly asksTime: boolean;
  /** What the texts call a week whose hard share the cut keeps (`hardShareWeek`: "a base week", "a hold week"). */
  readonly hardShareWeek: string;
  /** The talk's mark of the race the week's quality is kept for (`Shared.qualityRaceMark`; '' for most). */
  readonly qualityRaceMark: string;
  /** A medical-check week's cap on every session (`MedicalWeek.sessionMinutes`; absent: none). */
  readonly medicalCap?: number;
  /**
   * The days of a life event a re-entry week reached into, their time the event's cap, and the event's name ("trip";
   * `Shared.reentryReach`): the text says those days fit the event's cap, not the time the athlete gave.
   */
  readonly lifeReach?: { readonly days: readonly number[]; readonly name: string };
}

/**
 * "the longest long run of the last 4 weeks was 66 min" (what was run), with this week's long run still to come
 * when it is planned longer ("…, and this week's, still to come, is planned at 70 min").
 */
function longestSentence(lr: RecentLongRun, aside = ''): string {
  const ran = `the longest long run of the last 4 weeks${aside} was ${min(lr.ran)}`;
  if (lr.planned <= lr.ran) return ran;
  return lr.ran > 0
    ? `${ran}, and this week's, still to come, is planned at ${min(lr.planned)}`
    : `this week's long run, still to come, is planned at ${min(lr.planned)}`;
}

/**
 * What a long run's step is counted from, in words, always quoting what the athlete ran: "the longest long run of
 * the last 4 weeks (57 min)", or, when this week's long run still to come is planned longer, "this week's long
 * run, planned at 70 min and still to come (the longest Lea ran in the last 4 weeks was 66 min)".
 */
function longRunBase(lr: RecentLongRun, athlete: string): string {
  if (lr.planned > lr.ran)
    return lr.ran > 0
      ? `this week's long run, planned at ${min(lr.planned)} and still to come (the longest ${athlete} ran in the last 4 weeks was ${min(lr.ran)})`
      : `this week's long run, planned at ${min(lr.planned)} and still to come`;
  return `the longest long run ${athlete} ran in the last 4 weeks (${min(lr.ran)})`;
}

/** The race the long-run step leaves aside, when one was longer than the run it steps from (see `recentRaceMinutes`). */
function raceAside(note: VolumeNote): string {
  return note.raced > note.longest
    ? ` (the race of ${min(note.raced)} ${note.athlete} ran in those weeks aside: a race is not a long run to step from)`
    : '';
}

/**
 * "the longest long run Ingrid logged in the last 4 weeks", "… since the illness of 2026-11-14 to 2026-11-19";
 * "the longest run …" when no long run was logged there (the figure is then a run of any kind).
 */
function loggedRunWords(r: LoggedRun, athlete: string): string {
  return `${loggedRunRef(r.long, r.illness, athlete)}${longerRunAside(r.long, r.longerRun)}`;
}

/**
 * What a hold's or a down week's long-run step counts from, as a clause: "the longest long run Ingrid logged since
 * the illness of … was 47 min", with this week's long run still to come when it counts ("…, and this week's, still
 * to come, counts as one step over it at most (50 of its planned 90 min)"; "…, and this week's, still to come, is
 * planned at 50 min").
 */
function loggedBaseClause(logged: LoggedRun, base: number, planned: number, athlete: string): string {
  const ran = `${loggedRunWords(logged, athlete)} was ${min(logged.minutes)}`;
  if (base <= logged.minutes) return ran;
  return base < planned
    ? `${ran}, and this week's long run, still to come, counts as one step over it at most (${base} of its planned ${min(planned)})`
    : `${ran}, and this week's long run, still to come, is planned at ${min(planned)}`;
}

/** The same as a noun with its figure: "the longest long run Ingrid logged … (47 min)", "this week's long run …". */
function loggedBaseNoun(logged: LoggedRun, base: number, planned: number, athlete: string): string {
  const ran = `${loggedRunWords(logged, athlete)} (${min(logged.minutes)})`;
  if (base <= logged.minutes) return ran;
  return base < planned
    ? `this week's long run still to come, counted as ${min(base)} of its planned ${min(planned)} (one step over ${ran})`
    : `this week's long run still to come, planned at ${min(planned)} (${loggedRunWords(logged, athlete)} was ${min(logged.minutes)})`;
}

/**
 * Why no session grows further (see `GrowLimit`), session by session: "Monday's and Saturday's easy runs are at
 * one easy-run step (…) over the longest easy run Maya ran in the last 4 weeks (33 min); Sunday's long run is at
 * one step (…) over …; Wednesday has no time left for its easy run and easy spin on the bike (75 min available);
 * quality and strength keep their size". Empty without limits.
 */
function growLimitsText(applied: WeekPlan, fit: FitResult, note: VolumeNote): string {
  const limits = fit.growLimits ?? [];
  if (limits.length === 0) return '';
  const parts: string[] = [];
  // (Module-level helpers, not closures made per call.)
  const easyStep = limitsOf(limits, 'EASY_STEP');
  if (easyStep.length > 0) {
    const e = note.easyRun;
    const p = note.progression;
    const cap = easyRunCap(e.base, p.easyRunStepMaxMinutes, p.easyRunStepMaxPct);
    const base =
      e.planned > e.ran
        ? `this week's easy run, planned at ${min(e.planned)} and still to come`
        : `the longest easy run ${note.athlete} ran in the last 4 weeks (${min(e.ran)})`;
    if (cap < Infinity)
      parts.push(
        `${limitNames(easyStep)} ${isAre(easyStep)} ${atOrAbove(easyStep, cap)} ${min(cap)}, one easy-run step (${p.easyRunStepMaxMinutes} min or ${p.easyRunStepMaxPct} %, whichever is less; our rule) over ${base}`,
      );
    else {
      // No easy run logged or planned recently: each one's step counts from its own planned minutes.
      const each: string[] = [];
      for (const l of easyStep)
        each.push(`${sessionName(l.session)} ${fromTo(l.session.minutes, l.minutes)}`);
      parts.push(
        `${andList(each)}: one easy-run step (${p.easyRunStepMaxMinutes} min or ${p.easyRunStepMaxPct} %, whichever is less; our rule) over ${easyStep.length === 1 ? 'its' : 'their'} planned minutes, with no easy run of ${note.athlete}'s in the last 4 weeks to count it from`,
      );
    }
  }
  const easyLong = limitsOf(limits, 'EASY_LONG');
  if (easyLong.length > 0) {
    let longest = 0;
    for (const x of applied.sessions)
      if (x.kind === 'RUN' && x.key === true && x.intervals === undefined && x.minutes > longest)
        longest = x.minutes;
    parts.push(
      `${limitNames(easyLong)} ${isAre(easyLong)} as long as the long run (${min(longest)}): beyond an hour, an easy run grows no longer than the long run`,
    );
  }
  for (const l of limitsOf(limits, 'LONG_STEP')) {
    const cap = longRunCap(note.longest);
    const base =
      note.logged !== null
        ? loggedBaseNoun(note.logged, note.longest, note.longRun.planned, note.athlete)
        : longRunBase(note.longRun, note.athlete);
    parts.push(
      `${sessionName(l.session)} is ${atOrAbove([l], cap)} ${min(cap)}, one step over ${base}${raceAside(note)}: ${longStepWords(note.longest, cap)}`,
    );
  }
  for (const l of limitsOf(limits, 'LONG_SHARE')) {
    const share = Math.floor((note.target * note.longRunShare) / 5) * 5;
    parts.push(
      `${sessionName(l.session)} is ${atOrAbove([l], share)} ${min(share)}, ${Math.round(note.longRunShare * 100)} % of the ${Math.round(note.target)}-min target: a build grows a long run to that share of the week at most (our rule)`,
    );
  }
  const day = limitsOf(limits, 'DAY');
  // The days of those limits, each once, in weekday order (a bit per weekday: a Set, a spread and a sort cost more).
  let onDays = 0;
  for (const l of day) onDays |= 1 << l.session.day;
  // A medical-check week's days are capped at its session cap (`MedicalWeek`): a day at the cap is the cap's limit,
  // not the athlete's time (Jonas had 75 min on Tuesday beside "30 min available").
  const capped: string[] = [];
  for (let d = 0; d < 7; d++) {
    if (((onDays >> d) & 1) === 0) continue;
    const xs = day.filter((l) => l.session.day === d);
    const a = xs[0].available ?? 0;
    let planned = 0;
    for (const x of applied.sessions) if (x.day === d && x.kind !== 'REST') planned += x.minutes;
    const what = andList(xs.map((l) => purposeName(l.session.purpose)));
    if (note.medicalCap !== undefined && a >= note.medicalCap) capped.push(`${weekdayName(d)}'s ${what}`);
    else
      parts.push(
        `${weekdayName(d)} has no time left for its ${what} (${min(planned)} planned, ${min(a)} available)`,
      );
  }
  if (capped.length > 0)
    parts.push(
      `${andList(capped).replace(/^\w/, (c) => c.toUpperCase())} ${capped.length === 1 ? 'is' : 'are'} at ${min(note.medicalCap as number)}, the most a session has until a doctor has cleared ${note.athlete}`,
    );
  const size = limitsOf(limits, 'SIZE');
  if (size.length > 0) parts.push(sizeKeptWords(size));
  return joined(parts, '; ');
}

/**
 * What keeps its size among the sessions a build does not grow (`SIZE` limits), named by what they are: "quality
 * keeps its size", "quality and strength keep their size", "quality, strength and the long ride or swim keep their
 * size". Aroha's plan, with no strength session in a hills-and-strength block, had read "quality and strength keep
 * their size".
 */
function sizeKeptWords(size: readonly GrowLimit[]): string {
  let quality = false;
  let strength = false;
  let long = false;
  for (const l of size) {
    if (l.session.kind === 'STRENGTH') strength = true;
    else if (l.session.kind !== 'RUN' && cutTier(l.session) === 4) long = true;
    else quality = true;
  }
  const names: string[] = [];
  if (quality) names.push('quality');
  if (strength) names.push('strength');
  if (long) names.push('the long ride or swim');
  return `${andList(names)} ${names.length === 1 ? 'keeps its size' : 'keep their size'}`;
}

/**
 * How the step a long run takes over the longest recent one (`longRunCap`) is sized, in plain words, ending with
 * the minutes it adds: "10 % more than 57 min, 62.7, rounded to the nearest 5 min, is 65 min (+8 min)" (under an
 * hour); "10 % of 122 min, 12.2, rounded to the nearest 5 min, is a 10-min step, and 132 min rounded down to the
 * 5-min grid is 130 min (+8 min)" (from an hour on, and under 50 min); "10 % of 63 min, 6.3, rounded to the nearest
 * 5 min, is 5, under the 10-min step a long run of an hour or more takes at least, and 73 min rounded down to the
 * 5-min grid is 70 min (+7 min)" (`inParens`: ", +8 min" at the end, for a text in brackets). Maya's had read
 * "+8 min, +14 %: 10 % more, to the nearest 5 min" (14 % beside 10 %), Noah's "130 min: the one step from 122"
 * beside that rule, whose 134.2 would have been 135: the step is 10 % rounded to 5 min, the sum on the grid.
 */
function longStepWords(longest: number, cap: number, inParens = false): string {
  const share = `${Math.round(LONG_RUN_STEP_SHARE * 100)} %`;
  const tenthOf = (v: number): string => `${Math.round(v * LONG_RUN_STEP_SHARE * 10) / 10}`;
  if (!(longest > 0) || !Number.isFinite(cap)) return `about ${share}, on the 5-min grid`;
  const from = Math.round(longest * 10) / 10;
  const added = inParens ? `, +${min(cap - longest)}` : ` (+${min(cap - longest)})`;
  if (longest < LONG_RUN_STEP_FLOOR_FROM && longest * LONG_RUN_STEP_SHARE >= 5)
    return `${share} more than ${from} min, ${Math.round(longest * (1 + LONG_RUN_STEP_SHARE) * 10) / 10}, rounded to the nearest 5 min, is ${min(cap)}${added}`;
  const own = Math.round((longest * LONG_RUN_STEP_SHARE) / 5) * 5;
  const full = longRunStep(longest);
  const sized =
    full > own
      ? `is ${own}, under the ${full}-min step a long run${longest >= LONG_RUN_STEP_FLOOR_FROM ? ' of an hour or more' : ''} takes at least`
      : full < own
        ? `is ${own}, over the ${full}-min step a long run takes at most`
        : `is a ${full}-min step`;
  const sum = longest + full;
  const grid =
    sum > cap ? `, and ${Math.round(sum * 10) / 10} min rounded down to the 5-min grid is ${min(cap)}` : '';
  return `${share} of ${from} min, ${tenthOf(longest)}, rounded to the nearest 5 min, ${sized}${grid}${added}`;
}

/** The limits of one kind (`growLimitsText`), in the plan's order; a shared empty list when there are none. */
function limitsOf(limits: readonly GrowLimit[], why: GrowLimit['why']): GrowLimit[] {
  let out: GrowLimit[] | null = null;
  for (const l of limits) if (l.why === why) (out ??= []).push(l);
  return out ?? NO_LIMITS;
}
const NO_LIMITS: GrowLimit[] = [];

/** "Monday's and Saturday's easy runs" (one purpose), or each session's name. */
function limitNames(xs: readonly GrowLimit[]): string {
  const first = purposeName(xs[0].session.purpose);
  let same = true;
  for (const l of xs) if (purposeName(l.session.purpose) !== first) same = false;
  if (same && xs.length > 1) return `${andList(xs.map((l) => `${weekdayName(l.session.day)}'s`))} ${first}s`;
  return andList(xs.map((l) => sessionName(l.session)));
}

function isAre(xs: readonly GrowLimit[]): string {
  return xs.length === 1 ? 'is' : 'are';
}

/** Whether the sessions stand at `cap`, above it, or some at and some above. */
function atOrAbove(xs: readonly GrowLimit[], cap: number): string {
  let some = false;
  let all = true;
  for (const l of xs) {
    if (l.minutes > cap) some = true;
    else all = false;
  }
  return some ? (all ? 'above' : 'at or above') : 'at';
}

/**
 * What `describeVolume`'s lists of changed sessions read, made once per text: the helpers below are module-level
 * functions, whose optimised code V8 keeps; as closures made on every call it was collected at each major GC and
 * recompiled (`isEasy`, `fromTo`, `listOf` and the count of easy runs: 6–15 times each over 40,000 bench reviews).
 */
interface VolumeLists {
  readonly plan: WeekPlan;
  /** The sessions of the applied plan. */
  readonly applied: readonly PlannedSession[];
  /** The hard sessions the same suggestion eases. */
  readonly easedIds: ReadonlySet<string>;
  readonly zoneRpe: ReadonlyMap<string, number> | undefined;
  /** The easy runs the applied plan keeps, counted when a group needs them (most texts have no group); -1 before. */
  easyLeft: number;
}

// The text says the real change of the minutes it states (45 → 20 min: -56 %); the change itself carries the
// percentage that lands on those minutes under the apply step's rounding (`scalePercent`: -55), which a coach
// never reads.
function fromTo(a: number, b: number): string {
  // Joined from the right: " → " is a two-byte string, and V8 joins a short result (under 13 characters) of strings of
  // two encodings in the runtime ("45" + " → ", then "45 → " + "20", as the template read left to right did). The tail
  // ("20 min (-56 %)") is one-byte text of 11 characters at least, so " → " and it make 14 or more, a cons string.
  // listOf (which says every scaled session this way) 2,365 → 1,756 instructions per review on the bench.
  const tail = `${b} min (${pct((b / Math.max(1, a) - 1) * 100)})`;
  return `${a}${` → ${tail}`}`;
}

/** Easy runs are runs the original plan has as easy: never a key session, hard effort or intervals. */
function isEasy(l: VolumeLists, x: PlannedSession): boolean {
  return x.kind === 'RUN' && !x.key && !l.easedIds.has(x.id) && !isHard(x, l.zoneRpe);
}

/** The easy runs the applied plan keeps (`VolumeLists.easyLeft`, counted on the first call). */
function easyLeftCount(l: VolumeLists): number {
  if (l.easyLeft < 0) {
    l.easyLeft = 0;
    for (const x of l.plan.sessions) if (isEasy(l, x) && withId(l.applied, x.id) !== undefined) l.easyLeft++;
  }
  return l.easyLeft;
}

/**
 * Each session with its minutes before → after (`now[i]` is `xs[i]`'s), three or more easy runs changed the same
 * way as one group first: "the easy runs" when they are all of them.
 */
function listOf(l: VolumeLists, xs: readonly PlannedSession[], now: readonly number[]): string[] {
  const parts: string[] = [];
  // Which of them are easy runs (asked only of three or more: fewer make no group).
  const easy: boolean[] = [];
  let easyCount = 0;
  if (xs.length >= 3)
    for (const x of xs) {
      const e = isEasy(l, x);
      easy.push(e);
      if (e) easyCount++;
    }
  const grouped = easyCount >= 3;
  if (grouped) {
    // One pass for the minutes before and after and the weekdays (in weekday order, each once): a filter, two
    // reductions and a sorted set of days cost more than the group's text.
    const onDay = [false, false, false, false, false, false, false];
    let a = 0;
    let b = 0;
    for (let i = 0; i < xs.length; i++) {
      if (!easy[i]) continue;
      a += xs[i].minutes;
      b += now[i];
      onDay[xs[i].day] = true;
    }
    let which = 'the easy runs';
    if (easyCount !== easyLeftCount(l)) {
      const days: string[] = [];
      for (let d = 0; d < onDay.length; d++) if (onDay[d]) days.push(weekdayName(d));
      which = `the easy runs on ${andList(days)}`;
    }
    parts.push(`${which} ${fromTo(a, b)}`);
  }
  for (let i = 0; i < xs.length; i++) {
    if (grouped && easy[i]) continue;
    const x = xs[i];
    // A hard session the same suggestion eases is named as the plan has it, said to be easy now.
    const name = sessionName(x);
    const shown = l.easedIds.has(x.id) ? name.replace("'s ", "'s eased ") : name;
    parts.push(`${shown} ${fromTo(x.minutes, now[i])}`);
  }
  return parts;
}

/**
 * What a list of volume changes does to a plan, in words, built from the applied result: sessions are named
 * as the original plan has them (a hard session eased by the same suggestion is said to become an easy run
 * first), listed in cut order, and each scaled session or group of easy runs gets its minutes before → after
 * and the real percentage of those minutes (after the rounding to 5 min). Sessions cut and sessions grown are
 * said apart (a group of easy runs is never called scaled while some of it grows), and growth that only takes
 * back what the day caps took is said to be that. Then what the athlete's time per day left: days brought
 * within it, days still over it (and by how much), a week the key sessions' doses keep above its range,
 * growth the days with room could not take.
 */
function describeVolume(
  plan: WeekPlan,
  changes: readonly PlanChange[],
  races: number,
  fit: FitResult,
  note: VolumeNote,
  /** `plan` with `changes` applied (computed once by the caller; null when a change is rejected). */
  fitted: WeekPlan | null,
  /** The minutes of `plan` and of `fitted` (`planMinutes`, counted once by the caller). */
  totals: { readonly plan: number; readonly fitted: number },
  zoneRpe?: ReadonlyMap<string, number>,
  /** Sessions dropped or moved for a reason of their own (strength before a race), with that reason. */
  why?: ReadonlyMap<string, string>,
  /** Sessions changed for a reason of their own (the shake-out before a race), said by `acts`, not as cut. */
  own: RaceEve = NO_EVE,
): string {
  if (fitted === null) return '';
  const before = totals.plan - races;
  const after = totals.fitted - races;
  // The sessions by id, before and after (`withId`: a week has a handful, so a scan costs less than two Maps).
  const orig = plan.sessions;
  const applied = fitted.sessions;
  const eased: PlannedSession[] = [];
  for (const c of changes) {
    if (c.type !== 'REPLACE_INTENSITY' || own.ids.has(c.sessionId)) continue;
    const x = withId(orig, c.sessionId);
    // (A change that keeps the session's effort and intervals only renames it: `buildWeekPurpose`.)
    if (x === undefined || (c.effort === x.effort && c.intervals === (x.intervals ?? null))) continue;
    if (withId(applied, x.id) !== undefined && isHard(x, zoneRpe)) eased.push(x);
  }
  // (Loops, not `map` and `filter`: their callbacks, closures made on every call, lose their optimised code at each
  // major GC.)
  let easedIds: ReadonlySet<string> = NO_IDS;
  if (eased.length > 0) {
    const ids = new Set<string>();
    for (const x of eased) ids.add(x.id);
    easedIds = ids;
  }
  // Every session whose minutes changed, in cut order (an eased session is cut as the easy run it became),
  // with its minutes in the applied plan (`nowMinutes[i]` is `changed[i]`'s, found by id once here).
  const changed: PlannedSession[] = [];
  const nowMinutes: number[] = [];
  const tiers: number[] = [];
  for (const x of plan.sessions) {
    const y = withId(applied, x.id);
    if (
      y !== undefined &&
      x.kind !== 'REST' &&
      x.kind !== 'RACE' &&
      y.minutes !== x.minutes &&
      !own.ids.has(x.id)
    ) {
      changed.push(x);
      nowMinutes.push(y.minutes);
      tiers.push(cutTier(y, zoneRpe));
    }
  }
  // Stable sort by cut tier, each tier computed once (insertion sort: a week has a handful of sessions).
  for (let i = 1; i < changed.length; i++) {
    const x = changed[i];
    const m = nowMinutes[i];
    const t = tiers[i];
    let j = i - 1;
    for (; j >= 0 && tiers[j] > t; j--) {
      changed[j + 1] = changed[j];
      nowMinutes[j + 1] = nowMinutes[j];
      tiers[j + 1] = tiers[j];
    }
    changed[j + 1] = x;
    nowMinutes[j + 1] = m;
    tiers[j + 1] = t;
  }
  // The sessions cut and those grown, in cut order, each with its minutes in the applied plan (`cutNow[i]` is
  // `cut[i]`'s): the lists below read them by index, not by looking each session up again.
  const cut: PlannedSession[] = [];
  const cutNow: number[] = [];
  const grown: PlannedSession[] = [];
  const grownNow: number[] = [];
  for (let i = 0; i < changed.length; i++) {
    if (nowMinutes[i] < changed[i].minutes) {
      cut.push(changed[i]);
      cutNow.push(nowMinutes[i]);
    } else if (nowMinutes[i] > changed[i].minutes) {
      grown.push(changed[i]);
      grownNow.push(nowMinutes[i]);
    }
  }
  const lists: VolumeLists = { plan, applied, easedIds, zoneRpe, easyLeft: -1 };
  const cutParts = listOf(lists, cut, cutNow);
  for (const o of own.acts) cutParts.push(o);
  const grownParts = listOf(lists, grown, grownNow);
  const dropped: string[] = [];
  const reasoned: string[] = [];
  for (const c of changes) {
    if (c.type !== 'DROP_SESSION' && c.type !== 'MOVE_SESSION') continue;
    const x = withId(orig, c.sessionId);
    const reason = why?.get(c.sessionId);
    if (x === undefined) continue;
    if (reason !== undefined) {
      reasoned.push(
        c.type === 'DROP_SESSION'
          ? `drop ${sessionLabel(x)} (${reason})`
          : `move ${sessionLabel(x)} to ${weekdayName(c.toDay)} (${reason})`,
      );
    } else if (c.type === 'DROP_SESSION') {
      dropped.push(sessionLabel(x));
    }
  }
  const moves: string[] = [];
  for (const mv of fit.moved) moves.push(`${sessionLabel(mv.session)} to ${weekdayName(mv.to)}`);
  const acts: string[] = [];
  // (Rest days a red down week made by dropping whole easy sessions are said with the drops, below.)
  const restDrop = fit.restDayDrop;
  if (restDrop === undefined && changes.some((c) => c.type === 'INSERT_REST_DAYS'))
    acts.push('rest on those days');
  if (moves.length > 0) acts.push(`move ${joined(moves, '; ')} (where it fits the time available)`);
  if (cutParts.length > 0) acts.push(`scale ${joined(cutParts, ', ')}`);
  // "Rather than cut every session short" only when no other session is cut, and not of a drop a base week's hard
  // share made, nor of the race's quality the week cannot hold even shortened, nor of an easy session on a day the
  // athlete keeps missing, nor of the quality a week of few runs drops rather than an easy run (`cutNote` says those
  // reasons: the other sessions are at their doses, not spared a cut).
  let explained = (fit.hardShareDrop?.dropped.length ?? 0) + (fit.qualityKept?.dropped.length ?? 0);
  for (const x of fit.failingDayCut ?? [])
    if (changes.some((c) => c.type === 'DROP_SESSION' && c.sessionId === x.id)) explained++;
  explained += (fit.tokenRunDrop?.dropped.length ?? 0) + (fit.tokenRunDrop?.instead?.quality.length ?? 0);
  explained += fit.oneQuality?.dropped.length ?? 0;
  if (dropped.length > 0)
    acts.push(
      `drop ${andList(dropped)}${cutParts.length === 0 && explained < dropped.length ? ' (rather than cut every session short)' : ''}`,
    );
  for (const o of reasoned) acts.push(o);
  if (restDrop !== undefined) acts.push(`drop ${restDropNames(restDrop.dropped)}`);
  if (grownParts.length > 0) {
    // Growth that only gives back what the days over the athlete's time lost is said to be that; growth that gives
    // back part of a dropped session, that (Ingrid's hold had read "give 20 of the 95 min Monday loses" when
    // Monday had lost 5 and the 90 others were the long run's cut and a dropped tempo).
    const capped = fit.capped;
    let onCapped = 0;
    for (const c of capped) onCapped |= 1 << c.day;
    let lost = 0;
    for (let i = 0; i < cut.length; i++) if ((onCapped >> cut[i].day) & 1) lost += cut[i].minutes - cutNow[i];
    let lostDropped = 0;
    for (const c of changes) {
      if (c.type !== 'DROP_SESSION' || why?.get(c.sessionId) !== undefined) continue;
      const x = withId(orig, c.sessionId);
      if (x === undefined) continue;
      if ((onCapped >> x.day) & 1) lost += x.minutes;
      else lostDropped += x.minutes;
    }
    let gained = 0;
    for (let i = 0; i < grown.length; i++) gained += grownNow[i] - grown[i].minutes;
    if ((capped.length === 0 || gained > lost) && gained <= lostDropped)
      acts.push(`give ${gained} of the dropped ${lostDropped} min to ${joined(grownParts, ', ')}`);
    else if (capped.length === 0 || gained > lost) acts.push(`grow ${joined(grownParts, ', ')}`);
    else {
      // All of it ("give the time … lose to") or the share it is ("give 10 of the 100 min … lose to"). (Only
      // here: `andList` of an empty list of days, of another element kind, deoptimised this function.)
      const days = andList(capped.map((c) => weekdayName(c.day)));
      const lose = `${days} ${capped.length === 1 ? 'loses' : 'lose'}`;
      acts.push(
        gained === lost
          ? `give the time ${lose} to ${joined(grownParts, ', ')}`
          : `give ${gained} of the ${lost} min ${lose} to ${joined(grownParts, ', ')}`,
      );
    }
  }
  const added = addedLabel(fit);
  if (added !== '') acts.push(`add ${added}`);
  // "make Tuesday's intervals an easy run and Wednesday's bike tempo an easy ride": each kind as it stays.
  // (Each session's kind once, the kinds in the order they first come, as a Set of them keeps it.)
  const easeParts: string[] = [];
  if (eased.length > 0) {
    const kindOf: string[] = [];
    const kinds: string[] = [];
    for (const x of eased) {
      const kind = easyKindOf(x);
      kindOf.push(kind);
      if (!kinds.includes(kind)) kinds.push(kind);
    }
    for (const kind of kinds) {
      const names: string[] = [];
      for (let i = 0; i < eased.length; i++) if (kindOf[i] === kind) names.push(sessionName(eased[i]));
      easeParts.push(`${andList(names)} ${names.length === 1 ? `an easy ${kind}` : `easy ${kind}s`}`);
    }
  }
  const ease = eased.length > 0 ? `make ${andList(easeParts)}, then ` : '';
  const unit = races > 0 ? ' besides the race' : '';
  const what = acts.length === 0 ? 'keep every session as it is' : andList(acts);
  const text =
    after === before && acts.length === 0
      ? ''
      : ` The plan has ${min(before)}${unit}: ${ease}${what}, to ${min(after)}.`;
  return text + longRunBackNote(grown, grownNow, fit, note) + availabilityNote(fitted, fit, note);
}

/**
 * " Sunday's long run grows more than one step over the plan's 45 min, to 90 min, no longer than … (within one step
 * over … when longer): a long run's step counts from the long runs of the last weeks, not from the plan." when a
 * growth takes a plan's long run more than one step over its planned minutes, within its step over the athlete's
 * recent long runs (`longRunCap` of `note.longest`): a coach's down-week long run taken back to what the athlete
 * runs (coach read of the demo club, athlete24 Kasper: "45 → 90 min (+100 %)" had said no word on the step). Not
 * when the long run is at that step and the text says so with the limits (`growLimitsText`). '' otherwise.
 */
function longRunBackNote(
  grown: readonly PlannedSession[],
  grownNow: readonly number[],
  fit: FitResult,
  note: VolumeNote,
): string {
  for (let i = 0; i < grown.length; i++) {
    const x = grown[i];
    const now = grownNow[i];
    if (!longRunLike(x) || now <= longRunCap(x.minutes) || now > longRunCap(note.longest)) continue;
    if (fit.growShort > 0 && !note.refill)
      for (const l of fit.growLimits ?? []) if (l.why === 'LONG_STEP' && l.session.id === x.id) return '';
    const base =
      note.logged !== null
        ? loggedBaseNoun(note.logged, note.longest, note.longRun.planned, note.athlete)
        : longRunBase(note.longRun, note.athlete);
    return ` ${sessionName(x)} grows more than one step over the plan's ${min(x.minutes)}, to ${min(now)}, ${now <= note.longest ? 'no longer than' : 'within one step over'} ${base}${raceAside(note)}: a long run's step counts from the long runs of the last weeks, not from the plan.`;
  }
  return '';
}

/** The session of `sessions` with that id (the last, as a Map by id would keep), or undefined. */
function withId(sessions: readonly PlannedSession[], id: string): PlannedSession | undefined {
  for (let i = sessions.length - 1; i >= 0; i--) if (sessions[i].id === id) return sessions[i];
  return undefined;
}

/**
 * Why a week the cut leaves above its range stays there, from what the fit kept (`AboveHeld`), each clause true of
 * the sessions it names: ": Tuesday's light fartlek, the week's quality session, and Sunday's long run keep a useful
 * dose; Saturday's easy run is at its minimum (20 min); its 3 runs are the run days a marathon build keeps (our
 * threshold)". Emma's hold had read "the key sessions keep a useful dose" of a non-key fartlek (athlete05), and tapers,
 * which keep every session, the same. '' without a reason to give.
 */
function heldWords(h: AboveHeld | undefined, note: VolumeNote): string {
  if (h === undefined) return '';
  const races: string[] = [];
  const quality: string[] = [];
  const dose: string[] = [];
  const least: string[] = [];
  const leastMinutes: string[] = [];
  const out: string[] = [];
  const above: string[] = [];
  const aboveMinutes: string[] = [];
  let shortestNow = 0;
  // The week's other quality sessions (a key interval session beside a non-key tempo): then the non-key one is one
  // of them, not "the week's quality session".
  let otherQuality = 0;
  for (const k of h.kept) {
    const name = sessionName(k.session);
    if (k.quality && k.why !== 'QUALITY') otherQuality++;
    if (h.shortest !== undefined && k.session.id === h.shortest.id) shortestNow = k.minutes;
    if (k.why === 'RACE') races.push(`${weekdayName(k.session.day)}'s race (${min(k.minutes)})`);
    else if (k.why === 'QUALITY') quality.push(name);
    else if (k.why === 'KEY' || k.why === 'LONG') dose.push(name);
    else if (k.why === 'MIN') {
      least.push(name);
      leastMinutes.push(min(k.minutes));
    } else if (k.why === 'OUT') out.push(name);
    else {
      above.push(name);
      aboveMinutes.push(min(k.minutes));
    }
  }
  const parts: string[] = [];
  if (races.length > 0) parts.push(`${andList(races)} ${races.length === 1 ? 'stays' : 'stay'}`);
  if (quality.length + dose.length > 0) {
    const which =
      otherQuality === 0
        ? `the week's quality session${quality.length === 1 ? '' : 's'}`
        : `${quality.length === 1 ? 'one of' : 'among'} the week's quality sessions`;
    const q = quality.length === 0 ? '' : `${andList(quality)}, ${which}${dose.length > 0 ? ',' : ''}`;
    const subject = q === '' ? andList(dose) : dose.length === 0 ? q : `${q} and ${andList(dose)}`;
    parts.push(`${subject} ${quality.length + dose.length === 1 ? 'keeps' : 'keep'} a useful dose`);
  }
  if (least.length > 0)
    parts.push(
      `${andList(least)} ${least.length === 1 ? 'is at its minimum' : 'are at their minimums'} (${andList(leastMinutes)})`,
    );
  if (above.length > 0)
    parts.push(
      `${andList(above)} ${above.length === 1 ? 'is' : 'are'} kept at ${andList(aboveMinutes)} (above the useful dose)`,
    );
  if (out.length > 0)
    parts.push(
      `${andList(out)} ${out.length === 1 ? 'is' : 'are'} outside this change${note.outOfReach !== '' ? ` (${note.outOfReach})` : ''}`,
    );
  const s = h.shortest;
  if (h.dropWhy === 'TAPER') parts.push('a taper keeps every session');
  else if (h.dropWhy === 'RUN_DAYS')
    parts.push(
      h.longRace && h.runDays === MIN_RUN_DAYS_LONG_RACE
        ? `its ${h.runDays} runs are the run days a marathon build keeps (our threshold)`
        : h.runDays === 2
          ? 'its 2 runs are the fewest a running week keeps (our rule)'
          : 'it keeps every run it has (our rule: at least 2)',
    );
  else if (h.dropWhy === 'UNDER' && s !== undefined)
    parts.push(
      `dropping ${sessionName(s)} would take the week to ${min(h.leaves)}, under the ${min(h.floorTotal)} it keeps at least`,
    );
  else if (h.dropWhy === 'OVERSHOOT' && s !== undefined)
    parts.push(
      `dropping ${sessionName(s)} would take the week to ${min(h.leaves)}, ${min(h.aim - h.leaves)} under the ${min(h.aim)} the cut aims at, where it now stands ${min(h.leaves + shortestNow - h.aim)} above it`,
    );
  if (parts.length === 0) return '';
  return `: ${joined(parts, '; ')}`;
}

/** Whether one of the days still over the athlete's time is `day`. */
function overOn(over: readonly DayOver[], day: number): boolean {
  for (const o of over) if (o.day === day) return true;
  return false;
}

/**
 * Days brought within the athlete's time, days still over it (and by how much), a week still above its range,
 * growth the days with room could not take. With a life event's own suggestion capping its days, the week's
 * size is said once both apply (by `suggestVolume`), never of this plan alone.
 */
function availabilityNote(applied: WeekPlan, fit: FitResult, note: VolumeNote): string {
  let text = cutNote(fit, note, applied);
  // Days brought within the time (most weeks have none: nothing is allocated for them).
  // (In a medical-check week a day at its cap is the cap's, not the athlete's time: the week's text says the cap.)
  // (A loop, not a filter: its callback, made on every call, was recompiled after each major GC.)
  let fits = fit.capped;
  if (fits.length > 0) {
    const kept: DayOver[] = [];
    for (const c of fit.capped)
      if (!overOn(fit.over, c.day) && !(note.medicalCap !== undefined && c.available >= note.medicalCap))
        kept.push(c);
    fits = kept;
  }
  if (fits.length > 0 && note.lifeReach !== undefined) {
    const reach = note.lifeReach;
    const days: string[] = [];
    const rest: DayOver[] = [];
    for (const c of fits)
      if (reach.days.includes(c.day))
        days.push(
          `${weekdayName(c.day)} (${c.minutes} min planned, ${c.available} min at most on the ${reach.name})`,
        );
      else rest.push(c);
    if (days.length > 0)
      text += ` ${andList(days)} ${days.length === 1 ? 'now fits' : 'now fit'} the ${reach.name}'s cap.`;
    fits = rest;
  }
  if (fits.length > 0) {
    const days: string[] = [];
    for (const c of fits)
      days.push(`${weekdayName(c.day)} (${c.minutes} min planned, ${c.available} min available)`);
    // "The time the athlete gave" where they have been training longer than it on some of those days (the ask
    // follows): "the time the athlete has" beside "ask whether those days have more time" read as a contradiction.
    // The ask only in a week that could use the time (`mayUseMoreTime`): in a week that takes load away it reads as
    // wanting more training (Jonas's red down week); there the days still fit the time the athlete gave.
    const ask = loggedOverTime(note.state, note.athlete, fits);
    text += ` ${andList(days)} ${fits.length === 1 ? 'now fits' : 'now fit'} the time the athlete ${ask === '' ? 'has' : 'gave'}.${note.asksTime ? ask : ''}`;
  }
  for (const o of fit.over) {
    // (A medical-check week's long run comes down to its cap after the day caps: that day is not over.)
    if (note.medicalCap !== undefined && dayMinutes(applied, o.day) <= o.available) continue;
    const key = applied.sessions.find((x) => x.day === o.day && x.key && x.kind !== 'RACE');
    text += ` ${weekdayName(o.day)} stays ${o.minutes - o.available} min over the ${o.available} min available: ${key ? `${sessionName(key).replace(/^\w+day's /, 'its ')} keeps a useful dose and no free day has room for it` : 'a taper keeps every session'}; ask whether that day has more time.`;
  }
  if (fit.aboveMax) {
    const held = heldWords(fit.aboveHeld, note);
    text +=
      note.lifeCut === 0
        ? ` That is still ${fit.aboveBy} min above the ${note.max} min the week should have at most${held}.`
        : ` That is still ${fit.aboveBy} min above the ${note.max + note.lifeCut} min the week may have before the life event's days are capped (the ${note.max} min it should have at most and the ${note.lifeCut} min its own suggestion takes off them)${held}.`;
  }
  if (fit.growShort > 0) {
    // (Lists built by push: `map` of the fit's lists gave arrays of other element kinds, which deoptimised this
    // function in `andList` late in a process.)
    const free: string[] = [];
    // (In a medical-check week a day's time is capped at the session cap: a day at it is named without it.)
    for (const f of fit.freeDays)
      free.push(
        note.medicalCap !== undefined && f.available >= note.medicalCap
          ? weekdayName(f.day)
          : `${weekdayName(f.day)} (${f.available} min available)`,
      );
    // Why a free day stays empty (see `fillFreeDays`), and a rest day the plan keeps.
    const why = fit.fill?.why ?? '';
    const restNote = fit.fill?.restNote ?? '';
    const freeText =
      (free.length > 0
        ? `; ${andList(free)} ${free.length === 1 ? 'has' : 'have'} no session yet${why ? `: ${why}` : ''}`
        : '') + (restNote ? `; ${restNote}` : '');
    if (note.refill) {
      const capped: string[] = [];
      for (const c of fit.capped) capped.push(weekdayName(c.day));
      text += ` ${fit.growShort} of the minutes ${andList(capped)} ${capped.length === 1 ? 'loses' : 'lose'} find no room on the days with time to spare${freeText}.`;
    } else {
      // Each session's own limit, true of it (Maya's "easy runs stop at the long run's length" had been said of a
      // long run with time to grow and an easy run doubled).
      const limits = growLimitsText(applied, fit, note);
      const why = limits === '' ? '' : `: ${limits}`;
      text +=
        note.lifeCut > 0
          ? ` No session can grow further${why}${freeText}.`
          : ` No session can grow further${why}, so the week stays ${fit.growShort} min under the target of ${min(note.target)}${freeText}.`;
    }
  }
  const f = fit.fill;
  if (f?.belowPlan) {
    text += ` That leaves the week at ${f.after} min, ${f.before - f.after} min below the plan's ${f.before} min.`;
  }
  return text;
}

/**
 * " That leaves the week at 250 min, under the hold's range (270–320 min): …" after a long run cut to its step, when
 * the cut takes a hold or a down week (one that only takes volume away) under its range: the step comes first, and
 * its minutes do not go to the easy running (our rule: such a week adds no volume anywhere). '' otherwise.
 */
function underRange(applied: WeekPlan, note: VolumeNote): string {
  const u = note.under;
  if (u === null || note.lifeCut > 0) return '';
  const total = planMinutes(applied);
  if (total >= u.min) return '';
  const range = u.min >= note.max ? `size (${min(u.min)})` : `range (${u.min}–${note.max} min)`;
  return ` That leaves the week at ${min(total)}, under the ${u.name}'s ${range}: the long run's step comes first, and a ${u.name} only takes volume away, so its minutes do not go to the easy running (our rule).`;
}

/**
 * The days a volume fit leaves alone, in words, for `VolumeNote.outOfReach`: a life event's days (its own suggestion
 * caps them, or has: the fit's scope leaves them out either way) and the shake-out days before a race.
 */
function outOfReach(g: Shared, lifeCut: number, eve: RaceEve): string {
  const parts: string[] = [];
  if (g.affected.length > 0)
    parts.push(
      lifeCut > 0
        ? 'the days of the life event are left to its own suggestion'
        : 'the days of the life event keep what its caps leave them',
    );
  if (eve.ids.size > 0) parts.push('the days before the race keep their shake-out');
  return joined(parts, '; ');
}

/** The order `keyGaveNote` names the other sessions in: the easy running first, as the cut order takes them. */
const KEY_GAVE_WHY = ['EASY', 'DAY', 'PLANNED', 'HALF', 'DOSE'] as const;

/** Where the others stand, by `KeyGaveWhy`: one session, several. */
const KEY_GAVE_AT: Readonly<Record<KeyGaveWhy, readonly [string, string]>> = {
  EASY: ['is at its easy floor', 'are at their easy floors'],
  DAY: ['is at the time its day has', 'are at the time their days have'],
  PLANNED: ['is as short as planned', 'are as short as planned'],
  HALF: ['is at half of itself', 'are at half of themselves'],
  DOSE: ['is at its useful dose', 'are at their useful doses'],
};

/**
 * Why a build's or a hold's cut took minutes from a key session or the long run (`FitResult.keyGave`): the cut order
 * takes from them last, and what the other sessions in its reach had given first ("Sunday's long run gives 10 min: a
 * cut takes from the key sessions and the long run last, once the other sessions in its reach have given what it
 * takes from them (Saturday's easy run is at its easy floor (45 min); the days of the life event are left to its own
 * suggestion) (our cut order)."). Tom's hold had cut his long run 150 → 140 min with no reason given (athlete02). ''
 * when none gave.
 */
function keyGaveNote(fit: FitResult, note: VolumeNote): string {
  const kg = fit.keyGave;
  if (kg === undefined) return '';
  // Each with what it gives: "another" where a day cap or the long run's step (said before or after: "comes down
  // to 145 min first", "Tuesday (100 min planned, 75 min available) now fits …") took minutes before it; a key session
  // the plan calls an easy run is said to be one (the cut order's "key sessions" must name it).
  const parts: string[] = [];
  for (let i = 0; i < kg.sessions.length; i++) {
    const x = kg.sessions[i];
    const name = sessionName(x);
    const label = x.key === true && !name.endsWith('long run') ? `${name}, a key session,` : name;
    const first = fit.longRunCut !== undefined && fit.longRunCut.session === x;
    let capped: DayOver | undefined;
    for (const c of fit.capped) if (c.day === x.day) capped = c;
    // "another" only after a cut the texts state (the step's sentence, the day's time); one they do not state (a
    // share cut taken further) is counted in, the whole cut said as given (from the diff review).
    const capFirst = capped !== undefined && !first && kg.from[i] < x.minutes;
    const more = first || capFirst ? 'another ' : '';
    const why = capFirst ? ` below the ${(capped as DayOver).available} min its day has` : '';
    const gave = more === '' ? x.minutes - (kg.from[i] - kg.gave[i]) : kg.gave[i];
    const verb = `${first ? ' then' : ''} gives`;
    parts.push(i === 0 ? `${label}${verb} ${more}${gave} min${why}` : `${label} ${more}${gave} min${why}`);
  }
  const said = (
    parts.length === 1 ? parts[0] : `${joined(parts.slice(0, -1), ', ')} and ${parts[parts.length - 1]}`
  ).replace(/^\w/, (c) => c.toUpperCase());
  const others = kg.othersAtLimit;
  // The others by where they stand, each group once: "Wednesday's easy run and Sunday's easy run are at their easy
  // floors (45 and 40 min)".
  const atLimit: string[] = [];
  if (others !== null)
    for (const why of KEY_GAVE_WHY) {
      const xs: string[] = [];
      const ms: string[] = [];
      for (const o of others)
        if (o.why === why) {
          xs.push(sessionName(o.x));
          ms.push(String(o.m));
        }
      if (xs.length === 0) continue;
      const one = xs.length === 1;
      atLimit.push(`${andList(xs)} ${KEY_GAVE_AT[why][one ? 0 : 1]} (${andList(ms)} min)`);
    }
  if (note.outOfReach !== '') atLimit.push(note.outOfReach);
  const paren = atLimit.length > 0 ? ` (${joined(atLimit, '; ')})` : '';
  const reach =
    others === null
      ? ''
      : `, once the other sessions in its reach have given what it takes from them${paren}`;
  // The cut's last steps took the others further after the key sessions gave (to their minimum, or a drop): the key
  // sessions did not give last, and the text says what came after (the diff review of stop 40; the random athletes
  // of the claims property had many: "gives 10 min: a cut takes from the key sessions and the long run last" beside a
  // strength session the same cut then dropped).
  const after = kg.after;
  if (after.length > 0) {
    const took: string[] = [];
    const gone: string[] = [];
    for (const a of after) {
      if (a.m === 0) gone.push(sessionName(a.x));
      else took.push(`${sessionName(a.x)} to ${a.m} min`);
    }
    const then: string[] = [];
    if (took.length > 0) then.push(`takes ${andList(took)}`);
    if (gone.length > 0) then.push(`drops ${andList(gone)}`);
    const lead = kg.keyAtDose
      ? `with ${kg.sessions.length === 1 ? 'it at its useful dose' : 'them at their useful doses'}, the cut then`
      : 'the cut then';
    return ` ${said}: a cut takes from the key sessions and the long run ${others === null ? 'near the end of its order' : `once the other sessions in its reach have given what it takes from them first${paren}`}; ${lead} ${joined(then, ' and ')} (our cut order).`;
  }
  return ` ${said}: a cut takes from the key sessions and the long run last${reach} (our cut order).`;
}

/**
 * Why the cut took what it did where a coach would ask (docs/coaching-domain.md, "Cut order"): a long run
 * brought to one step above the longest recent one or to its share of the week, one of two strength sessions
 * dropped whole, and a week left within rounding of its range's top.
 */
function cutNote(fit: FitResult, note: VolumeNote, applied: WeekPlan): string {
  let text = '';
  const lr = fit.longRunCut;
  // (A re-entry week's long run at its cap: the re-entry week's own text says the cap.)
  if (lr !== undefined && !(lr.why === 'CURRENT_WEEK' && note.reentryCap < Infinity)) {
    const name = sessionName(lr.session);
    const c = note.current;
    text +=
      lr.why === 'CURRENT_WEEK' && note.medicalCap !== undefined && lr.limit <= note.medicalCap
        ? ` ${name} comes down to ${lr.limit} min: until a doctor has cleared ${note.athlete}, no session is longer than ${note.medicalCap} min, the long run too (our rule).`
        : lr.why === 'CURRENT_WEEK' && c !== undefined
          ? ` ${name} comes down to ${lr.limit} min, no longer than this ${weekdayName(c.day)}'s long run as the current-week suggestion ${c.after < c.before ? `cuts it (${c.before} → ${c.after} min)` : `leaves it (${c.after} min)`}: the down week for red readiness runs no longer a long run than the week cut for the same reason (our rule).`
          : lr.why === 'STEP'
            ? ` ${name} comes down to ${lr.limit} min${fit.keyGave?.sessions.includes(lr.session) === true ? ' first' : ''}: ${note.logged !== null ? loggedBaseClause(note.logged, note.longest, note.longRun.planned, note.athlete) : longestSentence(note.longRun)}${raceAside(note)}, and a long run grows by one step a week at most (about 10 %, at most 15 min), in a hold or a down week as in a build${lr.limit > longRunCap(note.longest) ? ' (a long run keeps 45 min at least)' : lr.limit > note.longest ? `: ${lr.limit} min is within that step over ${note.longest} min` : ''}.${underRange(applied, note)}`
            : lr.why === 'SHARE_LONG_RACE'
              ? ` ${name} comes down to ${lr.limit} min: a cut brings the long run toward ${Math.round((lr.share ?? 0) * 100)} % of the week (${min(Math.floor(((lr.size ?? 0) * (lr.share ?? 0)) / 5 + 1e-9) * 5)} of ${min(lr.size ?? 0)}), but a marathoner's long run is cut no shorter than a down week's (80 % of its planned length, ${LONG_RACE_LONG_RUN_MINUTES} min at least), so it stays at ${lr.limit} min (our rule), rather than cut the other sessions to tokens.`
              : lr.why === 'SHARE_DOSE'
                ? ` ${name} comes down to ${lr.limit} min: a cut brings the long run toward ${Math.round((lr.share ?? 0) * 100)} % of the week it aims at (${min(Math.floor(((lr.size ?? 0) * (lr.share ?? 0)) / 5 + 1e-9) * 5)} of ${min(lr.size ?? 0)}), rather than cut the other sessions to tokens, but ${lr.depth === 'DOWN' ? "a cut as deep as a down week's" : 'a cut'} leaves a long run ${min(lr.dose ?? lr.limit)} at least, its useful dose (our rule).`
                : ` ${name} comes down to ${lr.limit} min: a cut leaves the long run at most ${Math.round((lr.share ?? 0) * 100)} % of the week it aims at (${min(lr.size ?? 0)}; our rule), rather than cut the other sessions to tokens.`;
  }
  text += keyGaveNote(fit, note);
  const hd = fit.hardShareDrop;
  if (hd !== undefined) {
    const names = andList(hd.dropped.map(sessionName));
    const limit = Math.round(hd.share * 100);
    // "Had the other sessions taken the cut" only when they could have (a quality run kept for the race goes for
    // the hard share even when they could not: the other sessions at their doses).
    const lead = hd.could
      ? 'had the other sessions taken the cut'
      : `with all of ${hd.dropped.length === 1 ? 'its' : 'their'} work`;
    text += ` ${names.replace(/^\w/, (c) => c.toUpperCase())} ${hd.dropped.length === 1 ? 'goes' : 'go'} first: ${lead}, ${hd.hard} of the week's ${min(hd.size)} would be hard (${Math.round((hd.hard / Math.max(1, hd.size)) * 100)} %, counting the quality sessions' work), above the ${limit} % ${note.hardShareWeek} keeps (about 80/20 by time, Seiler 2010; our threshold).`;
  }
  text += qualityKeptNote(fit, applied, note.hardShareWeek, note.zoneRpe, note.qualityRaceMark);
  text += oneQualityNote(fit, note.athlete);
  text += failingDayNote(fit, note, applied);
  text += tokenRunNote(fit, applied);
  text += restDayNote(fit, note, applied);
  const sd = fit.strengthDrop;
  if (sd !== undefined) {
    // "Kept whole" only when the rest of the cut left them whole (its last trim to the doses can take 5 min off).
    let whole = true;
    for (const k of sd.kept)
      if ((withId(applied.sessions, k.id)?.minutes ?? k.minutes) < k.minutes) whole = false;
    text += ` ${sessionName(sd.dropped).replace(/^\w/, (c) => c.toUpperCase())} is dropped and ${andList(sd.kept.map(sessionName))} kept${whole ? ' whole' : ''} rather than ${sd.kept.length === 1 ? 'both' : 'all'} cut under ${STRENGTH_MIN_MINUTES} min, the least a strength session is worth (our rule)${strengthDropWhy(sd, applied, note.zoneRpe)}.`;
  }
  const sk = fit.strengthKept;
  if (sk !== undefined) {
    const days = andList(sk.map((x) => `${weekdayName(x.day)}'s`));
    text += ` ${days} strength ${sk.length === 1 ? 'is' : 'are'} kept whole: in a hills and strength block the strength sessions stay, and a cut takes the easy running first (our rule).`;
  }
  const rk = fit.runDaysKept;
  if (rk !== undefined) {
    // The rule that holds them, with the runs the week keeps (the long run and the key sessions counted): a marathon
    // build's 3 run days, else the 2 runs any running week keeps (Ingrid's 10k down week, left with Tuesday's easy
    // run and Sunday's long run, had read "one of the 3 run days a marathon build keeps").
    const names = andList(rk.sessions.map(sessionName));
    const some =
      rk.sessions.length === rk.runs
        ? rk.runs === 1
          ? 'is the'
          : `are the ${rk.runs}`
        : rk.sessions.length === 1
          ? 'is one of the'
          : `are ${rk.sessions.length} of the`;
    const rule =
      rk.longRace && rk.runs === MIN_RUN_DAYS_LONG_RACE
        ? `${rk.runs} run days a marathon build keeps (our threshold)`
        : rk.runs === 2
          ? `${rk.runs} runs a running week keeps at least (our rule)`
          : `${rk.runs === 1 ? 'run' : `${rk.runs} runs`} the plan has, which a cut keeps (our rule: at least ${rk.longRace ? MIN_RUN_DAYS_LONG_RACE : 2})`;
    text += ` In a hills and strength block the strength sessions stay while the easy running can give, but ${names} ${some} ${rule}, so strength gives way.`;
  }
  const r = fit.roundedAbove ?? 0;
  if (r > 0) {
    text += ` The week's ${min(note.max + note.lifeCut + r)} is within rounding of the range's top (${r} min above ${min(note.max + note.lifeCut)}; up to ${fit.tolerance ?? 0} min is left as it is, our rule), so no session is trimmed for it.`;
  }
  return text;
}

/**
 * " Thursday's tempo is dropped rather than Monday's easy run and Wednesday's easy run (or "Sunday's easy run cut to 20
 * min", an easy run the cut keeping it would have taken under its easy floor): keeping it, even shortened to 35 min,
 * would leave Sofia 4 runs, 2 of them quality sessions besides the long run (…), and a week of 4 runs or fewer keeps one
 * quality session besides the long run (our rule; …)." for the non-key quality a build's or a hold's cut dropped
 * rather than the easy runs it would have cost (`FitResult.oneQuality`). '' with none.
 */
function oneQualityNote(fit: FitResult, athlete: string): string {
  const o = fit.oneQuality;
  if (o === undefined) return '';
  const names = andList(o.dropped.map(sessionName)).replace(/^\w/, (c) => c.toUpperCase());
  const one = o.dropped.length === 1;
  let shortened = false;
  for (let i = 0; i < o.dropped.length; i++) if (o.had[i] < o.dropped[i].minutes) shortened = true;
  const same = o.had.every((m) => m === o.had[0]);
  const kept = !shortened
    ? ''
    : same
      ? `, even shortened to ${o.had[0]} min${one ? '' : ' each'},`
      : `, even shortened to ${andList(o.had.map(String))} min,`;
  const all = [...o.others, ...o.dropped].sort((a, b) => a.day - b.day);
  let keys = 0;
  for (const x of o.others) if (x.key === true) keys++;
  const instead = [
    ...o.easy.map(sessionName),
    ...o.short.map((x, i) => `${sessionName(x)} cut to ${o.shortTo[i]} min`),
  ];
  return ` ${names} ${one ? 'is' : 'are'} dropped rather than ${andList(instead)}: keeping ${one ? 'it' : 'them'}${kept} would leave ${athlete} ${o.runs} runs, ${all.length} of them quality sessions besides the long run (${andList(all.map(sessionName))}), and a week of ${ONE_QUALITY_RUNS} runs or fewer keeps one quality session besides the long run (our rule, where a cut keeps a race's quality: the non-key quality goes whole before an easy run, ${keys > 1 ? 'the key sessions stay' : keys === 1 ? 'the key session stays' : 'the longest stays'}).`;
}

/**
 * " Wednesday's easy run goes first: Wednesday's sessions were missed in 3 of the last 4 weeks (…; see the note
 * above), so the cut is taken from the day Sara keeps missing before the days Sara trains on (our rule)." for the
 * easy sessions the cut took first on the days the athlete keeps missing (`FitResult.failingDayCut`), with those
 * days' misses as the missed-sessions note counts them. '' with none.
 */
function failingDayNote(fit: FitResult, note: VolumeNote, applied: WeekPlan): string {
  const cut = fit.failingDayCut;
  if (cut === undefined || cut.length === 0) return '';
  const days: string[] = [];
  for (const x of cut) {
    const d = note.state.missedDayWeekdays.find((y) => y.day === x.day);
    if (d === undefined || days.some((y) => y.startsWith(`${weekdayName(x.day)}'s`))) continue;
    days.push(
      `${weekdayName(x.day)}'s sessions missed in ${d.dates.length} of the last ${note.patternWeeks} weeks (${d.dates.join(', ')})`,
    );
  }
  if (days.length === 0) return '';
  const names = andList(cut.map(sessionName)).replace(/^\w/, (c) => c.toUpperCase());
  const many = cut.length > 1;
  return ` ${names} ${many ? 'go' : 'goes'} first: the missed-sessions note above counts ${andList(days)}, so the cut is taken from the ${days.length > 1 ? 'days' : 'day'} ${note.athlete} keeps missing before the days ${note.athlete} trains on (our rule).${failingDayFewRuns(fit, note, applied)}`;
}

/**
 * " That leaves Sara 4 runs, 2 of them quality sessions besides the long run (…): a week of 4 runs or fewer keeps one
 * only where a cut would drop an easy run to keep a race's second quality session (our rule), not where the run
 * dropped is on a day Sara keeps missing." for a failing day's drop that leaves a week of `ONE_QUALITY_RUNS` runs or
 * fewer with two or more quality sessions besides the long run (Sara's build, athlete21: Wednesday's easy run
 * dropped beside Tuesday's steady blocks and Thursday's tempo, a week that read as breaking the one-quality rule).
 * '' otherwise.
 */
function failingDayFewRuns(fit: FitResult, note: VolumeNote, applied: WeekPlan): string {
  if (fit.oneQuality !== undefined) return '';
  let drop = false;
  for (const x of fit.failingDayCut ?? [])
    if (fit.changes.some((c) => c.type === 'DROP_SESSION' && c.sessionId === x.id)) drop = true;
  if (!drop) return '';
  let runs = 0;
  const quality: PlannedSession[] = [];
  for (const x of applied.sessions) {
    if (x.kind !== 'RUN') continue;
    runs++;
    if (isHard(x, note.zoneRpe) && !isLongRun(x, note.zoneRpe)) quality.push(x);
  }
  if (runs > ONE_QUALITY_RUNS || quality.length < 2) return '';
  return ` That leaves ${note.athlete} ${runs} runs, ${quality.length} of them quality sessions besides the long run (${andList(quality.map(sessionName))}): a week of ${ONE_QUALITY_RUNS} runs or fewer keeps one only where a cut would drop an easy run to keep a race's second quality session (our rule), not where the run dropped is on a day ${note.athlete} keeps missing.`;
}

/**
 * " Wednesday's easy run is dropped rather than leave two 20-min easy runs: …; Saturday's easy run keeps 30 min."
 * for the easy runs a build's or a hold's cut dropped rather than leave two or more easy runs under
 * `EASY_RUN_USEFUL_MINUTES` (`FitResult.tokenRunDrop`), after what gave instead of an easy run (" Thursday's steady
 * run is dropped rather than leave two 25-min easy runs: …", `instead`), with the minutes the applied plan gives the
 * sessions that got theirs back. '' with none.
 */
function tokenRunNote(fit: FitResult, applied: WeekPlan): string {
  const t = fit.tokenRunDrop;
  if (t === undefined) return '';
  const leave = (xs: readonly number[]): string => {
    const count = ['two', 'three', 'four', 'five', 'six'][xs.length - 2] ?? `${xs.length}`;
    return xs.every((m) => m === xs[0])
      ? `${count} ${xs[0]}-min easy runs`
      : `${count} easy runs of ${andList(xs.map(String))} min`;
  };
  const rule = `outside a graded return a cut does not leave two or more easy runs under ${EASY_RUN_USEFUL_MINUTES} min`;
  const cap = (v: string): string => v.replace(/^\w/, (c) => c.toUpperCase());
  let text = '';
  // What gave instead of an easy run (the cut order's step (3) before its step (4)).
  const ins = t.instead;
  if (ins !== undefined) {
    const parts: string[] = [];
    for (const x of ins.strength) {
      const now = withId(applied.sessions, x.id)?.minutes ?? x.minutes;
      parts.push(`${sessionName(x)} comes down to ${now} min`);
    }
    if (ins.quality.length > 0)
      parts.push(`${andList(ins.quality.map(sessionName))} ${ins.quality.length > 1 ? 'are' : 'is'} dropped`);
    const why: string[] = [];
    if (ins.strength.length > 0)
      why.push(
        `strength gives up to half of itself (${STRENGTH_MIN_MINUTES} min at least) before an easy run is dropped`,
      );
    if (ins.quality.length > 0)
      why.push('a non-key quality session goes whole before an easy run is dropped');
    text += ` ${cap(andList(parts))} rather than leave ${leave(ins.runs)}: ${rule}, and ${andList(why)} (our rule; the cut order).`;
  }
  if (t.dropped.length > 0) {
    const names = cap(andList(t.dropped.map(sessionName)));
    text += ` ${names} ${t.dropped.length > 1 ? 'are' : 'is'} dropped rather than leave ${leave(t.runs)}: ${rule}, fewer runs rather than token runs (our rule; of the runs the cut left short, one on a day the athlete keeps missing goes first, else the one nearest a hard session, the earlier of equals).`;
    // Strength left whole beside it: why it did not give instead (the cut order's step (3) before (4)).
    const short = t.strengthShort ?? [];
    if (short.length > 0) {
      const each = short.map(
        (q) =>
          `${sessionName(q.x)} (${q.x.minutes} min) could give ${q.room > 0 ? `${q.room} min at most` : 'nothing'}`,
      );
      text += ` ${cap(andList(each))} (strength gives down to half of itself, ${STRENGTH_MIN_MINUTES} min at least), too little to keep them at ${EASY_RUN_USEFUL_MINUTES} min, so ${short.length > 1 ? 'they stay' : 'it stays'} whole.`;
    }
  }
  if (text === '') return '';
  const kept: string[] = [];
  for (const x of t.kept) {
    const now = withId(applied.sessions, x.id);
    if (now !== undefined)
      kept.push(
        `${sessionName(x)} ${now.minutes >= x.minutes ? `keeps its ${x.minutes} min` : `gets ${now.minutes} min of its ${x.minutes}`}`,
      );
  }
  return kept.length === 0 ? text : `${text.slice(0, -1)}; ${andList(kept)}.`;
}

/**
 * "Monday's and Thursday's easy runs (90 and 40 min)" (one purpose), or each session with its minutes: the sessions a
 * red down week drops whole for its rest days, as planned.
 */
function restDropNames(xs: readonly PlannedSession[]): string {
  const byDay = [...xs].sort((a, b) => a.day - b.day);
  const first = purposeName(byDay[0].purpose);
  // The plural on the noun: "easy runs, conversational" (the engine's draft names its easy runs so), never
  // "easy run, conversationals".
  const comma = first.indexOf(', ');
  const many = comma < 0 ? `${first}s` : `${first.slice(0, comma)}s${first.slice(comma)}`;
  if (byDay.length > 1 && byDay.every((x) => purposeName(x.purpose) === first))
    return `${andList(byDay.map((x) => `${weekdayName(x.day)}'s`))} ${many} (${andList(byDay.map((x) => String(x.minutes)))} min)`;
  return andList(byDay.map(sessionLabel));
}

/**
 * " Monday and Thursday are rest days: after two weeks or more of red readiness the down week keeps 2 full rest days
 * …" for the easy sessions a red down week dropped whole (`FitResult.restDayDrop`), with the week the applied plan
 * has and how far under the target it lands. '' with none.
 */
function restDayNote(fit: FitResult, note: VolumeNote, applied: WeekPlan): string {
  const r = fit.restDayDrop;
  if (r === undefined) return '';
  const rest: string[] = [];
  for (let d = 0; d < 7; d++)
    if (!applied.sessions.some((x) => x.day === d && x.kind !== 'REST')) rest.push(weekdayName(d));
  const total = planMinutes(applied);
  const under = note.target - total;
  // (At its target the week's minutes are said once, by the plan's "…, to 340 min": Jonas's had said them twice.)
  const lands =
    under > 0
      ? `, and the week comes to ${min(total)}, ${under} min under the target of about ${min(note.target)} (a red down week may land under it)`
      : '';
  // (What the dropped sessions had: "the cut had left them" only when the cut had shortened one of them; a plan
  // already at or under the target drops them as planned.)
  let planned = 0;
  for (const x of r.dropped) planned += x.minutes;
  const one = r.dropped.length === 1;
  // Said of the days the runs were on ("the 90 min the cut had left on Monday and Thursday"; Jonas's had read "the
  // 90 min the cut had left them", naming no one).
  const droppedDays: string[] = [];
  for (const x of [...r.dropped].sort((a, b) => a.day - b.day))
    if (!droppedDays.includes(weekdayName(x.day))) droppedDays.push(weekdayName(x.day));
  const had =
    r.had < planned
      ? `the ${r.had} min the cut had left on ${andList(droppedDays)}`
      : `the ${r.had} min ${one ? 'it' : 'they'} had`;
  const back =
    r.back > 0
      ? `${r.back < r.had ? `${r.back} of ` : ''}${had} go to the sessions kept, none above its planned minutes${lands}`
      : `none of ${had} goes back (${under >= 5 ? "the sessions kept are at their planned minutes or their days' time" : 'the week is at its target'})${lands}`;
  return ` ${andList(rest)} ${rest.length === 1 ? 'is a rest day' : 'are rest days'}: after two weeks or more of red readiness the down week keeps ${ESCALATED_REST_DAYS} full rest days, fewer sessions rather than only shorter ones (our rule: easy runs go whole before easy cross-training, never the long run, a rest day beside the long run preferred, the day after it first, then days as far from the other rest days as the week allows, the shorter session on a tie); ${back}.`;
}

/** "2 × 15′": an interval session's blocks at `repeats`. */
function blocksWords(i: Intervals, repeats: number): string {
  return `${repeats} × ${Math.round((i.workSeconds / 60) * 10) / 10}′`;
}

/**
 * The week's other quality sessions, beside `sessions` (hard work other than strength or a race: the key steady
 * blocks beside a tempo), in words: " (with Tuesday's steady blocks)"; '' with none.
 */
function otherQuality(
  applied: WeekPlan,
  sessions: readonly PlannedSession[],
  zoneRpe: ReadonlyMap<string, number> | undefined,
): string {
  const names: string[] = [];
  for (const x of applied.sessions) {
    if (x.kind === 'STRENGTH' || x.kind === 'RACE' || !isHard(x, zoneRpe)) continue;
    if (sessions.some((y) => y.id === x.id)) continue;
    names.push(sessionName(x));
  }
  return names.length === 0 ? '' : ` (with ${andList(names)})`;
}

/**
 * The quality runs a build's or a hold's cut shortened rather than drop for the race ahead (`FitResult.qualityKept`), as
 * the applied plan has them ("Thursday's tempo keeps 1 × 15′ of its 2 × 15′ work: it is the week's quality session for
 * …", or "one of the week's quality sessions for … (with Tuesday's steady blocks)" beside others), and, when the week's
 * hard share shortened them (`week`: what the text calls it, `hardShareWeek`), its arithmetic (with all of their work,
 * and as shortened).
 */
function qualityKeptNote(
  fit: FitResult,
  applied: WeekPlan,
  week: string,
  zoneRpe: ReadonlyMap<string, number> | undefined,
  mark: string,
): string {
  const q = fit.qualityKept;
  if (q === undefined) return '';
  let text = '';
  for (const x of q.sessions) {
    const now = withId(applied.sessions, x.id);
    if (now === undefined) continue;
    const name = sessionName(x).replace(/^\w/, (c) => c.toUpperCase());
    const i = x.intervals;
    const kept =
      i !== undefined
        ? `${blocksWords(i, now.intervals?.repeats ?? i.repeats)} of its ${blocksWords(i, i.repeats)} work`
        : `${now.minutes} of its ${x.minutes} min`;
    const others = otherQuality(applied, [x], zoneRpe);
    const what =
      others === ''
        ? `the week's quality session for ${q.race}`
        : `one of the week's quality sessions for ${q.race}${others}`;
    text += ` ${name} keeps ${kept}: it is ${what}${mark}, so a cut shortens it (to ${QUALITY_SHORT_MINUTES} min at least) rather than drop it before an easy run (our rule).`;
  }
  const h = q.hardShare;
  if (h !== undefined && text !== '') {
    const size = Math.max(1, h.size);
    const shortened: string[] = [];
    for (const x of q.sessions) {
      const now = withId(applied.sessions, x.id);
      if (now === undefined) continue;
      shortened.push(
        x.intervals !== undefined
          ? blocksWords(x.intervals, now.intervals?.repeats ?? x.intervals.repeats)
          : `${now.minutes} min`,
      );
    }
    text += ` With all of ${q.sessions.length === 1 ? 'its' : 'their'} work, ${h.hard} of the week's ${min(h.size)} would be hard (${Math.round((h.hard / size) * 100)} %, counting the quality sessions' work), above the ${Math.round(h.share * 100)} % ${week} keeps (about 80/20 by time, Seiler 2010; our threshold); with ${andList(shortened)}, ${min(h.after)} (${Math.round((h.after / size) * 100)} %).`;
  }
  if (q.dropped.length > 0) {
    const names = andList(q.dropped.map(sessionName)).replace(/^\w/, (c) => c.toUpperCase());
    const others = otherQuality(applied, q.dropped, zoneRpe);
    const what =
      others !== ''
        ? `${q.dropped.length === 1 ? 'it is one of' : 'they are among'} the week's quality sessions for ${q.race}${others}`
        : `${q.dropped.length === 1 ? "it is the week's quality session" : "they are the week's quality sessions"} for ${q.race}`;
    text += ` ${names} ${q.dropped.length === 1 ? 'is' : 'are'} dropped although ${what}${mark}: the week cannot hold ${q.dropped.length === 1 ? 'it' : 'them'} even shortened (to ${QUALITY_SHORT_MINUTES} min at least), with the easy runs at their minimum or dropped and the key sessions and the long run at their doses (our rule).`;
  }
  return text;
}

const DAYS_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/**
 * How near a strength day is to a hard or key session or the weekend, in words (`strengthNearness`): "on the
 * weekend", "the day after the weekend", "on the day of Tuesday's hill repeats", "two days before Friday's tempo".
 */
function nearnessWords(day: number, r: ReturnType<typeof strengthNearness>): string {
  const n = r.days;
  if (r.session === null) {
    if (n === 0) return 'on the weekend';
    // After the weekend before (a Monday is a day after it), or before the one to come.
    const after = day + 1 === n;
    const before = Math.abs(day - 5) === n;
    const side = after && before ? 'from' : after ? 'after' : 'before';
    return n === 1 ? `the day ${side} the weekend` : `${DAYS_WORDS[n]} days ${side} the weekend`;
  }
  const name = sessionName(r.session);
  if (n === 0) return `on the day of ${name}`;
  const side = day < r.session.day ? 'before' : 'after';
  return n === 1 ? `the day ${side} ${name}` : `${DAYS_WORDS[n]} days ${side} ${name}`;
}

/**
 * Why the cut dropped that strength session and not the other(s), true of the plan it leaves: the dropped one is
 * the nearest to a hard or key session or the weekend ("; Monday's is the day after the weekend, nearer to a hard
 * session or the weekend than Thursday's (two days before the weekend)"), or as near as another, and then the
 * later in the week goes (our rule). '' when the plan left no longer reads so (a session the distance counted was
 * dropped after).
 */
function strengthDropWhy(
  sd: NonNullable<FitResult['strengthDrop']>,
  applied: WeekPlan,
  zoneRpe?: ReadonlyMap<string, number>,
): string {
  const d = sd.dropped.day;
  const nd = strengthNearness(applied.sessions, d, zoneRpe);
  const ties: string[] = [];
  const farther: string[] = [];
  let named = nd.session !== null;
  for (const k of sd.kept) {
    const nk = strengthNearness(applied.sessions, k.day, zoneRpe);
    if (nk.days < nd.days || (nk.days === nd.days && k.day > d)) return '';
    if (nk.session !== null) named = true;
    (nk.days === nd.days ? ties : farther).push(
      nk.days === nd.days
        ? `${weekdayName(k.day)}'s ${nearnessWords(k.day, nk)}`
        : `${weekdayName(k.day)}'s (${nearnessWords(k.day, nk)})`,
    );
  }
  const own = `${weekdayName(d)}'s is ${nearnessWords(d, nd)}`;
  const what = nearnessWhat(applied, named, zoneRpe);
  const ahead = farther.length > 0 ? `nearer to ${what} than ${andList(farther)}` : '';
  if (ties.length === 0) return `; ${own}, ${ahead}`;
  return `; ${own} and ${andList(ties)}: as near to ${what}, and the later in the week goes (our rule)${ahead !== '' ? `, ${ahead}` : ''}`;
}

/**
 * What `strengthDropWhy` measured the strength days against, as the plan it leaves has it: "a hard session or the
 * weekend"; in a week with no hard session left (an easy-only re-entry week), "the weekend", or "a key session or the
 * weekend" when a key session (the long run) was the nearest (`named`). Henrik's re-entry week had read "nearer to a
 * hard session or the weekend" with none.
 */
function nearnessWhat(
  applied: WeekPlan,
  named: boolean,
  zoneRpe: ReadonlyMap<string, number> | undefined,
): string {
  for (const x of applied.sessions)
    if (x.kind !== 'STRENGTH' && x.kind !== 'REST' && (x.kind === 'RACE' || isHard(x, zoneRpe)))
      return 'a hard session or the weekend';
  return named ? 'a key session or the weekend' : 'the weekend';
}

function keyDays(plan: WeekPlan): boolean[] {
  const out = [false, false, false, false, false, false, false];
  for (const x of plan.sessions) if (x.key || x.kind === 'RACE') out[x.day] = true;
  return out;
}

/** `bestDay` found days with room, but each is the day before or after a hard session or the long run. */
const ONLY_BESIDE_HARD = -2;

/**
 * Best day to move a hard or key session `moving` to: available, reliable, near its own day, and never the day
 * before or after another hard session, key session (the long run) or race, nor a day with one: back-to-back
 * hard days are what the move must not make (a key tempo the day after a long run; a long run or a non-key
 * hard session only goes beside one when no other day has room; the missed-session move of a key session never
 * does). -1: no other day has room; `ONLY_BESIDE_HARD`: the days with room are all beside one (the caller
 * eases or leaves the session, and says so).
 */
function bestDay(
  plan: WeekPlan,
  s: SuggestionContext,
  moving: PlannedSession,
  avoid: readonly number[],
  /** Only prefer a day away from the key sessions (the missed-session pattern's move, which asks the athlete). */
  prefer = false,
  /** The athlete's own RPE for a zone prescription: a Z2 easy run is not a hard session. */
  zoneRpe?: ReadonlyMap<string, number>,
  /** Another version of the week whose hard days count too (the missed-session move: the life event's plan). */
  also?: WeekPlan,
): number {
  const fromDay = moving.day;
  // A key quality session never lands on or beside a hard one (it is eased instead, and the text says so); a
  // long run or a non-key hard session prefers a day away from the key sessions (the week keeps its long run).
  const strict = !prefer && moving.key === true && isHard(moving, zoneRpe);
  // A non-key hard session moved for a life event (not the missed-session move, which asks the athlete) never
  // lands the day before or after the long run or a race: a tempo the day before a 150-min long run is two
  // hard days in a row. With no other day it is eased under the day's cap instead.
  const besideLong = !prefer && !strict && isHard(moving, zoneRpe);
  const long = [false, false, false, false, false, false, false];
  if (besideLong)
    for (const x of plan.sessions)
      if (x.id !== moving.id && (x.kind === 'RACE' || isLongRun(x, zoneRpe))) long[x.day] = true;
  const hard = [false, false, false, false, false, false, false];
  // The missed-session move (`prefer`) keeps the moved session off the days beside any hard session, the long
  // run or a race, in the plan and in the plans `also` gives (the plan the life event's suggestion leaves),
  // and off a Monday after this week's hard Sunday: it asks the athlete for a day, not for back-to-back days.
  const away = prefer && moving.key === true;
  for (const p of away && also !== undefined ? [plan, also] : [plan]) {
    for (const x of p.sessions) {
      if (x.id === moving.id || x.kind === 'REST' || x.kind === 'STRENGTH') continue;
      if (
        x.key ||
        x.kind === 'RACE' ||
        ((strict || away) && isHard(x, zoneRpe)) ||
        (away && isLongRun(x, zoneRpe))
      )
        hard[x.day] = true;
    }
  }
  let sundayBefore = false;
  if (away)
    for (const x of s.input.currentWeekPlan?.sessions ?? [])
      if (
        x.day === 6 &&
        x.kind !== 'REST' &&
        x.kind !== 'STRENGTH' &&
        (x.key || x.kind === 'RACE' || isHard(x, zoneRpe) || isLongRun(x, zoneRpe))
      )
        sundayBefore = true;
  let best = -1;
  let bestScore = -Infinity;
  let beside = false;
  for (let d = 0; d < 7; d++) {
    if (d === fromDay || avoid.includes(d) || hard[d] || s.ctx.availability[d] < moving.minutes) continue;
    const adjacent = (d > 0 && hard[d - 1]) || (d < 6 && hard[d + 1]) || (d === 0 && sundayBefore);
    if (adjacent && away) {
      beside = true;
      continue;
    }
    if (besideLong && ((d > 0 && long[d - 1]) || (d < 6 && long[d + 1]))) {
      beside = true;
      continue;
    }
    if (adjacent && strict) {
      beside = true;
      continue;
    }
    const rel = s.state.weekdayCompletion[d] ?? 0.9;
    const score = rel * 10 - (adjacent ? 5 : 0) - Math.abs(d - fromDay) * 0.1;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best < 0 && beside ? ONLY_BESIDE_HARD : best;
}

/** Why a hard session found no day to move to (`bestDay`'s answer below 0), after "no free day fits X". */
function noDayWhy(to: number): string {
  return to === ONLY_BESIDE_HARD ? ' without putting it beside a hard session or the long run' : '';
}

function sessionLabel(x: PlannedSession): string {
  return `${sessionName(x)} (${x.minutes} min)`;
}

/** What an eased session was, by purpose ("Tempo run: 20 min at threshold." → "tempo run"), memoised likewise. */
const PURPOSE_WAS = new Map<string, string>();

function purposeWas(purpose: string): string {
  let was = PURPOSE_WAS.get(purpose);
  if (was === undefined) {
    was = sessionPurpose(purpose).split(/[:.(]/)[0].trim().toLowerCase();
    if (PURPOSE_WAS.size >= PURPOSE_NAMES_LIMIT) PURPOSE_WAS.clear();
    PURPOSE_WAS.set(purpose, was);
  }
  return was;
}

/** "Tuesday's hill repeats": the day and the purpose's name only, up to a colon or a parenthesis. */
function sessionName(x: PlannedSession): string {
  return `${weekdayName(x.day)}'s ${purposeName(x.purpose)}`;
}

/**
 * " (Tuesday's race stays)": the races of `plan` on days a text calls rest days (a race is never dropped from
 * the plan; whether to start it is the coach's and the athlete's call). Empty when there are none.
 */
function racesStay(plan: WeekPlan, days: readonly number[], why = ''): string {
  const races: string[] = [];
  for (const x of plan.sessions)
    if (x.kind === 'RACE' && days.includes(x.day)) races.push(`${weekdayName(x.day)}'s race`);
  return races.length === 0 ? '' : ` (${andList(races)} ${races.length === 1 ? 'stays' : 'stay'}${why})`;
}

function raceDate(r: ParsedRace | null): string | null {
  return r === null ? null : fromDayNumber(r.day);
}

function raceName(r: ParsedRace): string {
  return r.source.name ?? `${r.priority} race`;
}

/**
 * The volume decision's numbers, first in the evidence of the suggestion that explains it. The rules that fire
 * on most reviews write their evidence as one object literal (these six fields, then its own): spreading this
 * object and adding fields cost several times more (a clone, then a map transition and a property-store growth
 * per field). The race rules (a race recovery week, a taper: a few weeks a season) spread it.
 */
/**
 * The evidence every volume suggestion carries, in this order. A suggestion that adds its own fields writes
 * these out before them rather than spreading `ev`: V8 builds an object literal that starts with a spread
 * and adds fields through a runtime call per added field (≈400 instructions each, measured with callgrind).
 */
interface VolumeEvidence {
  readonly baseWeeklyMinutes: number;
  /** The week the base is, when it is one week with others left out (the texts never call it "usual"). */
  readonly baseWeekOf: string | null;
  readonly targetMinutes: number;
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly planMinutes: number;
  readonly lastWeekMinutes: number;
  /**
   * Of `lastWeekMinutes` (this week's minutes, its days to come as planned), the planned minutes still to come
   * (`MetricsState.thisWeekToCome`; 0 when this week has no published plan): the athlete text says what is logged.
   */
  readonly thisWeekToComeMinutes: number;
  /** The sessions still to come are all the review date's own (a Sunday's long run not logged yet). */
  readonly thisWeekToComeToday: boolean;
}
const NO_VOLUME_EVIDENCE: VolumeEvidence = {
  baseWeeklyMinutes: 0,
  baseWeekOf: null,
  targetMinutes: 0,
  minMinutes: 0,
  maxMinutes: 0,
  planMinutes: 0,
  lastWeekMinutes: 0,
  thisWeekToComeMinutes: 0,
  thisWeekToComeToday: false,
};
interface ContextDayCap {
  cap: number;
  /** The event that caps the day (the one with the smallest cap). */
  event: ParsedEvent;
  /**
   * The share a relative cap keeps (work stress, family…) of the athlete's usual minutes on the day (`usual`), or
   * null for a fixed cap in minutes.
   */
  share: number | null;
  /**
   * A relative cap's reference: the athlete's minutes on that weekday over the last 4 weeks (`recentDayMinutes`;
   * on a weekday they have not trained, the mean of the days they have), within the day's time; null when
   * there is no history to take it from (the cap is then a share of what is planned on the day).
   */
  usual: number | null;
  /** `usual` is the athlete's average training day: they have not trained on this weekday lately. */
  averageDay: boolean;
  /** The cap is the athlete's own number of minutes a day. */
  own: boolean;
  /** The cap is the kind's for a note that names a treadmill or a gym (see `noteEquipment`). */
  equipped: boolean;
}

/**
 * What a relative cap takes its share of on a weekday: the athlete's minutes there over the last 4 weeks
 * (`recentDayMinutes`), on a weekday they have not trained the mean of the weekdays they have, to the nearest 5 min,
 * within the day's time (`available`); null with no recent training at all.
 */
function usualDayMinutes(recent: readonly number[], day: number, available: number): number | null {
  let m = recent[day] ?? 0;
  if (m <= 0) {
    let total = 0;
    let days = 0;
    for (const x of recent)
      if (x > 0) {
        total += x;
        days++;
      }
    if (days === 0) return null;
    m = total / days;
  }
  // On the 5-min grid, as the text states it ("about 50 min: at most 35").
  return Math.min(available, Math.round(m / 5) * 5);
}

/**
 * The next A race when it is marathon-type (or longer) and within a marathon build's horizon, with where the
 * long run stands against it (docs/coaching-domain.md, "Long runs and long races").
 */
interface LongRacePrep {
  readonly race: ParsedRace;
  /** What its build aims the long run at: a marathon's peak (2.5–3 h) or an ultra's (3–3.5 h). */
  readonly peak: LongRacePeak;
  /** Weeks from next week's Monday to the race week's Monday. */
  readonly weeksToRaceWeek: number;
  /** Weeks from next week to the peak long-run week, both counted (≤ 0: the peak week is past). */
  readonly peakWeeks: number;
  /** The Monday of the peak long-run week. */
  readonly peakWeek: number;
  readonly longest: number;
  /** The long run the step can reach by the peak week, growing every week from `longest` but the down weeks. */
  readonly reachable: number;
  /** The Mondays of the down weeks up to the peak week (next week's and the outlook's), which it does not grow in. */
  readonly downWeeks: readonly number[];
  /** The same, as weeks counted from next week (1). */
  readonly skip: readonly number[];
  /** Even so it stays under the peak's low end (`peak.low`). */
  readonly behind: boolean;
  /**
   * The peak weeks are ahead and the longest recent run is under the peak's low end: the long run still has to
   * grow, a step every build week, as the projection that finds it on track (or `behind`) assumes. A build's
   * growth takes it to its step whatever its share of the week (`longRunShareFree`; first only when `behind`), and
   * the phase change says so.
   */
  readonly growing: boolean;
  /** The peak weeks are past and the longest recent run is under `peak.underbuilt`. */
  readonly underbuilt: boolean;
}

/** The peak a long race's build aims at (`longRacePeak`): an ultra's when the race is longer than a marathon. */
function peakOf(r: ParsedRace): LongRacePeak {
  return longRacePeak({ minutes: r.minutes, distanceKm: r.source.distanceKm });
}

function longRacePrep(
  ctx: WeekContext,
  config: EngineConfig,
  longest: number,
  down: boolean,
  outlook: readonly OutlookWeek[] | undefined,
): LongRacePrep | null {
  const r = ctx.nextARace;
  const nws = ctx.nextWeekStart;
  if (r === null || r.minutes < config.racing.longRaceMinutes || r.day < nws) return null;
  const raceWeek = mondayOf(r.day);
  const weeksToRaceWeek = Math.round((raceWeek - nws) / 7);
  if (weeksToRaceWeek > LONG_RACE_BUILD_WEEKS) return null;
  const peakWeek = raceWeek - 7 * PEAK_WEEKS_BEFORE_RACE;
  const peakWeeks = Math.round((peakWeek - nws) / 7) + 1;
  // A down week (next week's, or one the outlook plans) is no growth step.
  const skip: number[] = [];
  const downWeeks: number[] = [];
  if (down) {
    skip.push(1);
    downWeeks.push(nws);
  }
  if (outlook !== undefined) {
    for (const w of outlook) {
      if (w.note === undefined || !w.note.startsWith('down week')) continue;
      const ws = toDayNumber(w.weekStart);
      const k = Math.round((ws - nws) / 7) + 1;
      if (k > peakWeeks) continue;
      skip.push(k);
      downWeeks.push(ws);
    }
  }
  const peak = peakOf(r);
  // The projection stops at the top of the peak (an ultra's long run may pass the draft's 3-h limit).
  const reachable =
    peakWeeks > 0 && longest > 0
      ? reachableLongRun(longest, peakWeeks, skip, Math.max(config.draft.longRunMaxMinutes, peak.high))
      : longest;
  return {
    race: r,
    peak,
    weeksToRaceWeek,
    peakWeeks,
    peakWeek,
    longest,
    reachable,
    downWeeks,
    skip,
    behind: peakWeeks > 0 && longest > 0 && reachable < peak.low,
    growing: peakWeeks > 0 && longest > 0 && longest < peak.low,
    underbuilt: peakWeeks <= 0 && longest > 0 && longest < peak.underbuilt,
  };
}

/** The life-event caps by day of a review with no life event next week. */
const NO_CONTEXT_DAYS: ReadonlyMap<number, ContextDayCap> = new Map<number, ContextDayCap>();

/**
 * What every suggestion rule reads, computed once per review. The rules are separate small functions (not
 * one long function) so that V8 optimises each quickly and only the rules that fire get hot.
 */
class Shared {
  readonly out: Suggestion[] = [];
  readonly state: MetricsState;
  readonly ctx: WeekContext;
  readonly decision: Decision;
  readonly plan: WeekPlan;
  readonly config: EngineConfig;
  readonly m: MetricsState['metrics'];
  readonly ws: string;
  readonly athlete: string;
  readonly base: number;
  readonly planTotal: number;
  readonly range: { min: number; max: number; target: number };
  readonly hrv: MetricsState['metrics']['hrv'];
  readonly ctxDays: ReadonlyMap<number, ContextDayCap>;
  readonly affected: number[];
  readonly unaffected: number[];
  /** Set by the volume decision for the rule that explains it. */
  ev: VolumeEvidence = NO_VOLUME_EVIDENCE;
  changes: PlanChange[] = [];
  /**
   * The plan with `changes` applied (the plan itself with none, or when one is rejected), set with them by the
   * volume decision: what the suggestions that describe the week after it read.
   */
  fitted: WeekPlan;
  /** `planMinutes(fitted)`, counted once. */
  fittedMinutes: number;
  scaled = '';
  /** The key run at race effort a down week keeps (see `raceEffortRunKept`). */
  raceEffortKept: PlannedSession | null = null;
  /** The volume decision's fit of the plan, and the minutes the life event's own suggestion takes off it. */
  fit: FitResult | null = null;
  lifeCut = 0;
  /**
   * A volume decision that changes nothing of the plan beside a life event: what the event's own suggestion takes the
   * plan to (" Capping the days of the life event, its own suggestion, takes the plan's 375 min to 240 min."; '' else).
   */
  lifeText = '';
  /**
   * The week's minutes with both the volume decision's changes and the life event's own suggestion applied
   * (`bothApplied`), when a life event caps next week and the two compose; null otherwise. The volume
   * suggestion's texts and the life event's state it, so the coach and the athlete read one figure for the week.
   */
  bothMinutes: number | null = null;
  /**
   * The days the life event's suggestion changes in the week `bothMinutes` counts ("Tuesday, Wednesday and
   * Thursday"): the volume decision's athlete text says the week counts them shortened, as its coach text does.
   */
  bothDays = '';
  /** The volume text's sentence stating `bothMinutes` ('' when it has none). */
  bothText = '';
  /**
   * A re-entry week that reached into the life event's days itself, their caps as their time (`suggestVolume`): the
   * week it leaves is within the event's caps, and the event's text says so rather than a week of its own.
   */
  reentryReach = false;
  /**
   * A build or hold whose week the life event's own caps take below its range: the week the event's suggestion
   * leaves (with the volume decision's changes, when the two compose), which the decision then states as its target
   * (`withLifeBound` in review-athlete); null when the caps leave the week within a 5-min step of the range.
   */
  lifeBound: number | null = null;
  /**
   * The most the event's caps allow the week (`lifeBoundRoom`), when that is above `lifeBound`, the plan within them
   * (the event's suggestion applied, or the plan already within its caps); null when the plan is all the caps allow.
   * (Lea's work stress: the plan within the caps is 90 min, the caps allow 140; her Wednesday and Saturday, 25 min
   * each, have no session.)
   */
  lifeBoundMost: number | null = null;
  /** The event's days with a cap of a session or more and nothing planned within it (see `lifeBoundMost`). */
  lifeBoundIdle: number[] = [];
  /** The life-context work on the plan, computed once (see `lifeContextWork`). */
  life: LifeContextWork | null | undefined = undefined;
  /** The athlete's longest recent run (`longestRecentRun`): a growth takes the long run one step above it at most. */
  readonly longestRun: number;
  /** The same, as run and as this week's plan still has it (`recentLongRun`): the texts quote what was run. */
  readonly longRun: RecentLongRun;
  /** The athlete's recent easy runs (`recentEasyRun`): a growth takes an easy run one step above them at most. */
  readonly easyRun: RecentEasyRun;
  /** The next A race when it is a long race within a build's horizon (see `longRacePrep`). */
  readonly prep: LongRacePrep | null;
  /** The race under the long-race note's pending talk, or null (`raceUnderTalk`). */
  readonly talk: ParsedRace | null;
  /** Strength dropped or moved off the days before an A race (see `raceWeekStrength`): its sentence, minutes dropped. */
  strengthText = '';
  strengthDropped = 0;
  /** A short taper's first step cut on its taper days only (see `suggestVolume`): the TAPER text says so. */
  taperDaysCut = false;
  /** The shake-outs on the days before a long race (see `raceEve`). */
  eve: RaceEve = NO_EVE;
  /** Key long runs a marathon's recovery week makes easy runs (see `suggestVolume`). */
  readonly recoveryUnkeyed: PlannedSession[] = [];
  /** Sessions named for a down week that a build over a plan made a down week renames (see `suggestVolume`). */
  readonly downNamed: PlannedSession[] = [];
  /** A fever's graded return: the first days after the rest, whose sessions are short (see `suggestVolume`). */
  returnFirst: readonly number[] = [];
  /** Not looked at yet (undefined), or the plan prescribes no zone (null). */
  private zoneRpeCache: ReadonlyMap<string, number> | null | undefined;

  private strongCache: boolean | undefined;
  /** `recentRaceMinutes`, once per review (the cut's cap and its text both read it). */
  racedCache: number | undefined;
  /** `longestLoggedRun`, once per review (the cut's cap and its text both read it). */
  loggedRunCache: LoggedRun | undefined;
  /** `qualityRace`, once per review (every build volume call reads it; null: no race ahead). */
  qualityRaceCache: string | null | undefined;
  /** The talk's mark of `qualityRace`'s race (`talkMark`), set with it. */
  qualityRaceMark = '';

  /**
   * The weekdays that keep failing (`missedDayWeekdays`) and are not already a key-session pattern: the
   * missed-sessions note asks for a talk before the week is published, and a build waits for it (ranks after it).
   */
  get failingDays(): readonly { readonly day: number; readonly dates: string[] }[] {
    const { state } = this.s;
    return state.missedDayWeekdays.filter((x) => !state.missedKeyWeekdays.some((y) => y.day === x.day));
  }

  /** Whether the wellness note's one reading is strong (`strongNote`). */
  get strong(): boolean {
    this.strongCache ??= strongNote(this);
    return this.strongCache;
  }

  /**
   * Whether the wellness note asks before next week is published: its one reading is strong, or it is one of
   * `askFirstRecentBelow` or more check-ins of the last 7 days below norm (`manyRecentBelow`, ours). The note
   * ranks first, and the build, its fit and the decision wait for the athlete's answer.
   */
  get asksFirst(): boolean {
    const w = this.m.wellness;
    const r = this.config.readiness;
    return this.strong || manyRecentBelow(w, r) || itemNoteAsksFirst(w, r);
  }

  /**
   * Whether the build waits for the athlete's answer on an HRV 7-day mean clearly above its band (domain doc, Recovery:
   * leaving the band upward can also mean strain: flag, don't celebrate; the HRV note asks how training feels before
   * adding load): the note ranks first, and the build grows nothing until they answer, as a build pending an answer
   * on low check-ins (coach read of the demo club: Ida, "recovery looks fine" and 255 → 290 min beside the note).
   */
  get hrvAsksFirst(): boolean {
    return this.decision.type === 'BUILD' && hrvClearlyAbove(this.hrv);
  }

  /** The athlete's own RPE per prescribed zone (only computed when the plan prescribes by zone, and once). */
  get zoneRpe(): ReadonlyMap<string, number> | undefined {
    if (this.zoneRpeCache === undefined) {
      this.zoneRpeCache = this.plan.sessions.some((x) => x.effort.type === 'ZONE')
        ? zoneRpeOf(this.s.input)
        : null;
    }
    return this.zoneRpeCache ?? undefined;
  }

  constructor(readonly s: SuggestionContext) {
    const { state, ctx, decision, plan, config } = s;
    this.state = state;
    this.ctx = ctx;
    this.decision = decision;
    this.plan = plan;
    this.fitted = plan;
    this.config = config;
    this.planTotal = planMinutes(plan);
    this.fittedMinutes = this.planTotal;
    this.m = state.metrics;
    this.ws = plan.weekStart;
    this.athlete = s.input.athlete.firstName ?? 'the athlete';
    this.base = decision.baseMinutes;
    // Only a build (or the baseline hold of a new athlete) may add volume to the plan; every other decision
    // only ever takes volume away.
    const mayAdd = decision.reason === 'BUILD' || decision.reason === 'BASELINE_HOLD';
    this.range = {
      min: mayAdd ? decision.minMinutes : 0,
      max: decision.maxMinutes,
      target: decision.targetMinutes,
    };
    this.hrv = state.metrics.hrv;
    this.longRun =
      s.recentLongRun ??
      recentLongRun(s.input, state.reviewDay, ctx.nextWeekStart, state.recentSessions, state.thisWeekToCome);
    this.longestRun = this.longRun.base;
    this.easyRun =
      s.recentEasyRun ??
      recentEasyRun(s.input, state.reviewDay, ctx.nextWeekStart, state.recentSessions, state.thisWeekToCome);
    this.prep = longRacePrep(ctx, config, this.longestRun, decision.type === 'DOWN', s.outlook);
    this.talk =
      s.talk !== undefined ? s.talk : raceUnderTalk(decision, underbuiltLongRace(ctx, config, this.longRun));

    // ---- life context (computed first: the decision's volume change scales only the unaffected days) ------
    // A fixed cap (the athlete's own number, or travel's default) limits the day to that many minutes; a
    // relative one (work stress, family…) keeps its share of what the plan has on the day. The engine's own
    // draft was built within the relative caps already (from the athlete's recent days).
    if (ctx.contextDays.length === 0) {
      // No life event touches next week (most reviews): every day is unaffected, and no Map is made for none.
      this.ctxDays = NO_CONTEXT_DAYS;
      this.affected = [];
      this.unaffected = [0, 1, 2, 3, 4, 5, 6];
      return;
    }
    const ctxDays = new Map<number, ContextDayCap>();
    let plannedByDay: number[] | null = null;
    for (const c of ctx.contextDays) {
      let cap: number;
      let share: number | null = null;
      let usual: number | null = null;
      let averageDay = false;
      if (c.cap !== null) cap = Math.min(c.cap, ctx.baseAvailability[c.day]);
      else if (c.factor >= 1) continue;
      else if (s.planIsEngineDraft) cap = ctx.draftAvailability[c.day];
      else {
        // A share of the athlete's usual minutes on the day, not of the plan's: a share of the plan was taken
        // again of the day it had capped, each time the week was reviewed after the change (Sofia's Wednesday
        // 35 → 20, then 20 → 0: the issue's class 6). The usual day does not move when the plan does.
        share = c.factor;
        usual = usualDayMinutes(state.recentDayMinutes, c.day, ctx.availability[c.day]);
        // (A weekday they have not trained lately takes their average training day: the text says so.)
        // (A day with no time at all is no average training day: its usual minutes are none, and the text says why.)
        averageDay =
          usual !== null && (state.recentDayMinutes[c.day] ?? 0) <= 0 && ctx.availability[c.day] > 0;
        if (usual === null) plannedByDay ??= planMinutesByDay(plan);
        cap = Math.floor(((usual ?? (plannedByDay as number[])[c.day]) * c.factor) / 5 + 1e-9) * 5;
      }
      const prev = ctxDays.get(c.day);
      if (!prev || cap < prev.cap) {
        ctxDays.set(c.day, {
          cap,
          event: c.event,
          share,
          usual,
          averageDay,
          own: c.event.source.availableMinutesPerDay !== undefined,
          equipped: c.equipped,
        });
      }
    }
    const affected: number[] = [];
    if (ctxDays.size === 0) {
      // No life event touches next week (most reviews): every day is unaffected, no lookup needed.
      this.ctxDays = ctxDays;
      this.affected = affected;
      this.unaffected = [0, 1, 2, 3, 4, 5, 6];
      return;
    }
    const unaffected: number[] = [];
    for (let d = 0; d < 7; d++) (ctxDays.has(d) ? affected : unaffected).push(d);
    this.ctxDays = ctxDays;
    this.affected = ctxDays.size === affected.length ? affected : [...ctxDays.keys()].sort((a, b) => a - b);
    this.unaffected = unaffected;
  }

  /**
   * The base week as the athlete reads it, by what the weeks after it were (`Decision.baseLeftOut`): "your last week
   * that was not a planned cutback, a race week or a drop of 25 % or more in training load on the three weeks before
   * it", each only when such a week came after it (see `AthleteTextInput.baseWeekWords`).
   */
  baseWeekWords(): string {
    const d = this.decision;
    const at = d.baseWeeks.length > 0 ? d.baseWeeks[0] : 0;
    let cutback = false;
    let race = false;
    let drop = false;
    for (const x of d.baseLeftOut) {
      if (x.week >= at) continue;
      if (x.race !== null) race = true;
      else if (x.loadDropRef !== null) drop = true;
      else cutback = true;
    }
    // (In this order: the drop's words, the longest, last.)
    const kinds: string[] = [];
    if (cutback) kinds.push('a planned cutback');
    if (race) kinds.push('a race week');
    if (drop)
      kinds.push(
        `a drop of ${Math.round(this.config.progression.downWeekDetectCut * 100)} % or more in training load on the three weeks before it`,
      );
    if (kinds.length === 0) return 'your last week without a cutback';
    const last = kinds.pop() as string;
    return `your last week that was not ${kinds.length > 0 ? `${kinds.join(', ')} or ${last}` : last}`;
  }

  /** The volume decision's suggestion was made with changes of its own (`changes`). */
  volumeCarries(): boolean {
    if (this.changes.length === 0) return false;
    for (const x of this.out) if (x.changes === this.changes) return true;
    return false;
  }

  /** The volume decision's suggestion carries changes of its own and states the week both leave (`bothText`). */
  volumeStatesBoth(): boolean {
    if (this.bothText === '' || this.changes.length === 0) return false;
    for (const x of this.out)
      if (x.changes === this.changes && x.rationale.includes(this.bothText)) return true;
    return false;
  }

  add(
    kind: SuggestionKind,
    severity: Severity,
    components: ComponentKey[],
    basis: Suggestion['basis'],
    rationale: string,
    evidence: Evidence,
    changes: PlanChange[],
    /** The id's rule name when the kind depends on the plan (so re-deriving after another apply keeps the id). */
    rule: string = kind,
    /** The plan with `changes` applied, when the caller has it (the volume decision's is `fitted`). */
    applied?: WeekPlan,
    /** Minutes `rationale` states with `min` (see `AthleteTextInput.stated`), when the caller knows them. */
    stated?: number,
  ): void {
    const ws = this.ws;
    const fitted = changes === this.changes && changes.length > 0;
    this.out.push({
      id: `${rule}:${ws}`,
      kind,
      severity,
      components,
      rationale,
      athleteText: athleteText({
        kind,
        rationale,
        evidence,
        changes,
        plan: this.plan,
        after: fitted ? this.fitted : applied,
        othersCut: kind === 'LIFE_CONTEXT_REDUCTION' ? 0 : this.lifeCut,
        // Beside a life event's caps the volume decision's text states the week both leave, the life event's
        // none (see `withVolume`): the athlete reads one figure for next week.
        weekMinutes:
          rule === 'LIFE_CONTEXT' && this.reentryReach && this.volumeCarries()
            ? null
            : this.bothText === ''
              ? undefined
              : fitted && rationale.includes(this.bothText)
                ? this.bothMinutes
                : rule === 'LIFE_CONTEXT' && this.volumeStatesBoth()
                  ? null
                  : undefined,
        // The week both leave counts the life event's days shortened: the athlete reads so, as the coach does
        // (coach read 12: Tom's hold read "about 365 min", the hold alone leaving 410).
        weekShortened:
          this.bothText !== '' && fitted && rationale.includes(this.bothText) && this.bothDays !== ''
            ? this.bothDays
            : undefined,
        stated,
        planMinutes: this.planTotal,
        afterMinutes: fitted ? this.fittedMinutes : undefined,
        // The non-key quality the volume decision's cut drops rather than easy runs: the athlete reads why.
        oneQuality: fitted ? (this.fit?.oneQuality ?? undefined) : undefined,
        baseWeekWords: typeof evidence.baseWeekOf === 'string' ? this.baseWeekWords() : undefined,
      }),
      basis,
      evidence,
      planWeekStart: ws,
      changes,
    });
  }
}

function suggestIllnessRest(g: Shared): void {
  const { s, ctx, m, ev, changes } = g;
  const since = m.illness.since ?? s.input.reviewDate;
  const through = Math.min(6, ctx.restThroughDay);
  const stays = racesStay(
    g.plan,
    [0, 1, 2, 3, 4, 5, 6].filter((d) => d <= through),
    ': start it only when 24 h free of symptoms and fever',
  );
  const restDays =
    (ctx.restThroughDay >= 6
      ? 'all of next week'
      : ctx.restThroughDay >= 0
        ? `${weekdayName(0)}${ctx.restThroughDay > 0 ? `–${weekdayName(ctx.restThroughDay)}` : ''}`
        : 'until 24 h symptom-free') + stays;
  const back = returnWords(g);
  g.add(
    'ILLNESS_REST',
    'URGENT',
    ['ADAPTATION', 'EXTERNAL_EYES'],
    'CONSENSUS',
    `Fever or symptoms below the neck since ${since}: no training until 24 h free of symptoms and fever, so rest ${restDays} and then return ${back.text}. Training through a fever risks a longer illness (neck check; IOC consensus).${g.scaled}`,
    {
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      illness: m.illness.status,
      since,
      restThroughWeekday: ctx.restThroughDay,
      returnFirstDays: back.days,
      returnFirstMinutes: back.minutes,
      returnFirstRuns: back.runs,
      returnBuildsTo: back.buildsTo,
      returnBuildsBy: back.buildsBy,
    },
    changes,
  );
}

/**
 * A fever's graded return as the plan the rest decision leaves holds it (`g.fitted`), in the text's words: "with
 * short easy runs (30 min) on Tuesday and Wednesday, building to 60 min by Sunday if symptom-free". The first days
 * are `g.returnFirst` (see `suggestVolume`); every minute said is a session's in that plan. With no session after
 * the rest, "with short easy runs over several days" (the return is next week's, no minutes to say).
 */
function returnWords(g: Shared): {
  text: string;
  days: string | null;
  minutes: string | null;
  buildsTo: number | null;
  buildsBy: string | null;
  runs: boolean | null;
} {
  const none = {
    text: 'with short easy runs over several days',
    days: null,
    minutes: null,
    buildsTo: null,
    buildsBy: null,
    runs: null,
  };
  const first = g.returnFirst;
  if (first.length === 0) return none;
  let lo = Infinity;
  let hi = 0;
  let n = 0;
  let runs = true;
  let later = 0;
  let laterDay = -1;
  for (const x of g.fitted.sessions) {
    if (x.kind === 'REST' || x.kind === 'RACE' || x.day <= g.ctx.restThroughDay) continue;
    if (first.includes(x.day)) {
      n++;
      if (x.minutes < lo) lo = x.minutes;
      if (x.minutes > hi) hi = x.minutes;
      if (x.kind !== 'RUN') runs = false;
    } else if (x.minutes >= later) {
      later = x.minutes;
      laterDay = x.day;
    }
  }
  if (n === 0) return none;
  const what = runs
    ? n === 1
      ? 'a short easy run'
      : 'short easy runs'
    : n === 1
      ? 'a short easy session'
      : 'short easy sessions';
  const minutes = lo === hi ? `${lo}` : `${lo}–${hi}`;
  const days = andList(first.map((d) => weekdayName(d)));
  const grows = later > hi;
  const after =
    laterDay < 0
      ? ''
      : grows
        ? `, building to ${min(later)} by ${weekdayName(laterDay)} if symptom-free`
        : `, and none longer after them`;
  return {
    text: `with ${what} (${minutes} min) on ${days}${after}`,
    days,
    minutes,
    buildsTo: grows ? later : null,
    buildsBy: grows ? weekdayName(laterDay) : null,
    runs,
  };
}

function suggestIllnessEasyOnly(g: Shared): void {
  const { m, ev, changes } = g;
  g.add(
    'ILLNESS_EASY_ONLY',
    'URGENT',
    ['ADAPTATION', 'EXTERNAL_EYES'],
    'CONSENSUS',
    `Symptoms only above the neck since ${m.illness.since}: easy running only next week, no intervals${easedOnly(g)} If it moves to the chest or brings a fever, stop and rest (neck check).${g.scaled}`,
    {
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      illness: m.illness.status,
      since: m.illness.since,
    },
    changes,
  );
}

/**
 * An easy-only week whose minutes the fit leaves as they are: what the change does and the week it leaves, in the
 * plan's minutes (": make Tuesday's steady blocks an easy run (55 min). The plan's 255 min stays as it is, inside
 * the hold's range (240–280 min)."; the text had given the decision's target, "about 265 min", for a week left at
 * 255: Ida). With the minutes changed, the volume text (`g.scaled`) says the week they come to: ".".
 */
function easedOnly(g: Shared): string {
  // (Any change but an eased session, a cut or a shake-out before a race, is said by the volume text.)
  if (g.eve.ids.size > 0) return '.';
  for (const c of g.changes) if (c.type !== 'REPLACE_INTENSITY') return '.';
  const eased: PlannedSession[] = [];
  for (const c of g.changes) {
    if (c.type !== 'REPLACE_INTENSITY') continue;
    const x = withId(g.plan.sessions, c.sessionId);
    if (x !== undefined) eased.push(x);
  }
  const parts: string[] = [];
  for (const kind of [...new Set(eased.map(easyKindOf))]) {
    const xs = eased.filter((x) => easyKindOf(x) === kind);
    parts.push(`${andList(xs.map(sessionLabel))} ${xs.length === 1 ? `an easy ${kind}` : `easy ${kind}s`}`);
  }
  const make = parts.length > 0 ? `: make ${andList(parts)}` : '';
  const week = g.fittedMinutes;
  const { minMinutes: lo, maxMinutes: hi } = g.decision;
  const where =
    week >= lo && week <= hi
      ? `, inside the hold's range (${lo}–${min(hi)})`
      : week < lo
        ? `, ${min(lo - week)} under the hold's range (${lo}–${min(hi)}): a hold grows nothing of its own`
        : '';
  return `${make}. The plan's ${min(week)} stays as it is${where}.`;
}

function suggestInjuryCheck(g: Shared): void {
  const { s, ctx, ev, changes } = g;
  const inj = ctx.injury;
  g.add(
    'INJURY_CHECK',
    'URGENT',
    ['ADAPTATION', 'EXTERNAL_EYES'],
    'HEURISTIC',
    `Injury reported${inj && quoteNote(inj.source.note) !== null ? ` (${quoteNote(inj.source.note)})` : ''} since ${inj ? fromDayNumber(inj.start) : s.input.reviewDate}: no hard sessions until it has been checked; easy running only if it is pain-free.${g.scaled}`,
    {
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      injurySince: inj ? fromDayNumber(inj.start) : null,
    },
    changes,
  );
}

/** The A race a transition follows: the one just run (it may be this weekend, after the review), else the last. */
function transitionRace(g: Shared): ParsedRace | null {
  const { ctx } = g;
  return ctx.nextARace !== null && ctx.nextARace.day < ctx.nextWeekStart ? ctx.nextARace : ctx.lastARace;
}

/** "was on 2026-12-13 (4 days ago)" or "is on 2026-12-06 (in 3 days)". */
function raceWhen(g: Shared, r: ParsedRace): string {
  const ago = g.state.reviewDay - r.day;
  return ago >= 0
    ? `was on ${fromDayNumber(r.day)} (${ago} ${ago === 1 ? 'day' : 'days'} ago)`
    : `is on ${fromDayNumber(r.day)} (in ${-ago} ${ago === -1 ? 'day' : 'days'})`;
}

/**
 * The draft's runs after the rest days, counted: "short easy runs" over a draft of one 50-min run was not true of it
 * (Lukas, next Monday; coach read of the demo club, issue #11).
 */
function shortRunsWords(g: Shared): string {
  let n = 0;
  for (const x of g.fitted.sessions) if (x.kind === 'RUN') n++;
  return n === 1 ? 'one short easy run' : 'short easy runs';
}

/** The week after a marathon-type race: its rest days (the first three after the race) and what follows. */
function recoveryWeekText(g: Shared, r: ParsedRace): string {
  const { decision, base } = g;
  const through = Math.min(6, r.day + 3 - g.ctx.nextWeekStart);
  // A race early in next week: the rest of that week, from the day after it.
  const from = r.day + 1 - g.ctx.nextWeekStart;
  const stays =
    from > 0
      ? ''
      : racesStay(
          g.plan,
          [0, 1, 2, 3, 4, 5, 6].filter((d) => d <= through),
        );
  const rest =
    from > 0 ? `rest ${weekdayName(from)}–${weekdayName(through)}` : `rest through ${weekdayName(through)}`;
  // The race week (a marathon early in it, `raceWeekSize`): its easy days after the rest ones, each the recovery week's
  // share, and, before a race on the Tuesday or Wednesday, its taper's last days, all in the target.
  const size = from > 0 ? decision.raceWeek : null;
  const runs =
    size !== null && size.easy.days.length > 0
      ? `short easy runs of about ${min(size.easyDay)} on ${dayRange(size.easy.days)} (the recovery week's ${pct(-g.config.racing.recoveryWeekCut * 100)} of the usual ${min(base)} over its ${7 - RECOVERY_REST_DAYS} easy days${raceWeekCappedWords(size, size.easy.days) !== '' ? `; each day at most the time the athlete has: ${raceWeekCappedWords(size, size.easy.days)}` : ''})`
      : shortRunsWords(g);
  // The week's strength is in its minutes too: it is named (Lukas's "short easy runs, about 135 min in all" had 45
  // min of strength in it).
  let strength = 0;
  for (const x of g.fitted.sessions) if (x.kind === 'STRENGTH') strength += x.minutes;
  const strengthWords = strength > 0 ? ` and ${min(strength)} of strength` : '';
  const total =
    size !== null
      ? `${size.taper.days.length + size.eve.days.length > 0 ? ', the days before the race included' : ''}`
      : ` (${pct((decision.targetMinutes / Math.max(1, base) - 1) * 100)} on the usual ${min(base)})`;
  // The engine's draft without the strength the easy days after the race leave out: the week is smaller than its
  // target, and the text says by what and why (Lukas's runs had taken the 45 min of strength, 30 → 45 min each).
  const withheld = g.s.planIsEngineDraft ? (g.s.draftWithheldStrength ?? 0) : 0;
  const inAll =
    withheld > 0 && !landsOnTarget(g)
      ? `, about ${min(g.fittedMinutes - raceMinutes(g.fitted))} in all, under its target of about ${min(decision.targetMinutes)}${total}: the athlete's usual strength, ${min(withheld)}, is left out (no strength on the easy days after the race), and its minutes do not go into the runs, which stay short;`
      : `${landsOnTarget(g) ? ', about' : ' with a target of about'} ${min(decision.targetMinutes)} in all${total},`;
  return `${from > 0 ? 'the rest of next week' : 'next week'} is its recovery week: ${through >= 0 ? `${rest} (the first three days after the race)${stays}, then ` : ''}${runs}${strengthWords}${inAll} no intervals${g.recoveryUnkeyed.length > 0 ? ` and no long run: ${andList(g.recoveryUnkeyed.map(sessionName))} ${g.recoveryUnkeyed.length === 1 ? 'becomes an easy run' : 'become easy runs'}, not a key session` : ''}. After a marathon, a week of rest brought leg strength and work capacity back sooner than 20–45 min of running a day (Sherman 1984); the size of the week is our rule.`;
}

function suggestTransitionAfterARace(g: Shared): void {
  const { state, ctx, decision, base, ev, changes, scaled, config } = g;
  const r = transitionRace(g);
  const ago = r ? state.reviewDay - r.day : 0;
  const recovery = r !== null && recoveryWeekRace(state.races, ctx.nextWeekStart, config) === r;
  const end = r ? transitionEndAfter(r, config) : null;
  const until = end !== null ? ` until ${fromDayNumber(end)}` : '';
  // A half marathon or shorter: one transition week, its cut in proportion to the race's easy days.
  const short = r !== null && shortTaperRace(r, config);
  const easy = r !== null ? recoveryDaysAfter(r.minutes) : 0;
  // Its easy days counted where they fall: those in its race week, after the race, are not next week's.
  const inWeek = r !== null && short ? transitionEasyDaysIn(r) : 0;
  const before = easy - inWeek;
  const raceWeekDays =
    before === 1
      ? `, 1 of them on its race week's ${weekdayName((r as ParsedRace).day + 1 - mondayOf((r as ParsedRace).day))}`
      : before > 1
        ? `, ${before} of them in its race week after it`
        : '';
  const why = short
    ? ` A race of half-marathon length or shorter needs one week of it: its ${easy} easy ${easy === 1 ? 'day' : 'days'} (one per 15 min raced, a convention)${raceWeekDays}${inWeek < 7 ? `${before > 0 ? `: the ${inWeek} in next week, ${inWeek} of its` : `, ${inWeek} of the week's`} 7 days, take ${inWeek}/7 of the transition's -${Math.round(config.racing.transitionVolumeCut * 100)} %` : ''}; the base then returns within the ramp limit.`
    : ' Body and mind recover before the next build (1–4 weeks, a convention).';
  const text = recovery
    ? `${raceName(r)} (A race) ${raceWhen(g, r)}: ${recoveryWeekText(g, r)} The transition phase of easy, unstructured running lasts${until} (${recoveryDaysAfter(r.minutes)} easy days, one per 15 min raced, and 1–4 weeks of transition, conventions), then base building.`
    : `${r ? `${raceName(r)} (A race) ${raceWhen(g, r)}` : 'The A race is done'}: ${ago <= 7 ? 'start' : 'keep to'} a transition phase of easy, unstructured running${until} ${landsOnTarget(g) ? 'at about' : 'at a target of about'} ${min(decision.targetMinutes)} a week (${pct((decision.targetMinutes / Math.max(1, base) - 1) * 100)} on the usual ${min(base)}), no intervals, then base building.${why}`;
  g.add(
    'TRANSITION_AFTER_A_RACE',
    'ATTENTION',
    ['LONG_TERM_DEVELOPMENT', 'PROGRESSION'],
    'CONVENTION',
    `${text}${scaled}`,
    {
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      raceDate: r ? fromDayNumber(r.day) : null,
      daysSinceRace: ago,
      transitionEnd: end !== null ? fromDayNumber(end) : null,
      // (After a half marathon or shorter: its easy days, the share of the one transition week's cut.)
      ...(short ? { easyDays: easy } : {}),
    },
    changes,
  );
}

function suggestRaceRecovery(g: Shared): void {
  const { state, ctx, ev, changes, scaled, config } = g;
  const r = recoveryWeekRace(state.races, ctx.nextWeekStart, config) as ParsedRace;
  const easy = recoveryDaysAfter(r.minutes);
  g.add(
    'RACE_RECOVERY',
    'ATTENTION',
    ['ADAPTATION', 'PROGRESSION'],
    'EVIDENCE',
    `${raceName(r)} (${r.priority} race, a marathon-type effort) ${raceWhen(g, r)}: ${recoveryWeekText(g, r)} Its ${easy} easy days (one per 15 min raced, a convention) run to ${fromDayNumber(r.day + easy)}.${scaled}`,
    {
      // The volume evidence's fields, written out (not `...ev`: see `VolumeEvidence`).
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      raceDate: fromDayNumber(r.day),
      easyDays: easy,
    },
    changes,
  );
}

/**
 * "the hard ones as easy runs and rides", "the hard one as an easy swim": what the sessions a taper's
 * REPLACE_INTENSITY changes ease become, each kind as it stays (a hard ride an easy ride, never a run).
 */
function easedAs(plan: WeekPlan, changes: readonly PlanChange[]): string {
  const kinds: string[] = [];
  let n = 0;
  for (const c of changes) {
    if (c.type !== 'REPLACE_INTENSITY') continue;
    const x = plan.sessions.find((s) => s.id === c.sessionId);
    if (x === undefined) continue;
    n++;
    const kind = easyKindOf(x);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (n === 0) return 'the hard ones eased';
  return n === 1
    ? `the hard one as an easy ${kinds[0]}`
    : `the hard ones as easy ${andList(kinds.map((k) => `${k}s`))}`;
}

/**
 * What a taper before a race with shake-outs on its last days keeps, as sentences: " Every session stays except the
 * strength in the last 4 days before the race, which is dropped: no strength that close to an A race (see below). The
 * intensity stays too, except in the last 2 days before the race (see below)." (`strengthDropped`: the strength of
 * the race's last 4 days is dropped; else the number of sessions stays.)
 */
function taperKeeps(strengthDropped: boolean, restAfter: boolean): string {
  // (A marathon's rest days after it in the week: the sessions before the race are the ones kept.)
  const sessions = restAfter
    ? strengthDropped
      ? 'Every session before the race stays except the strength in its last 4 days, which is dropped: no strength that close to an A race (see below); the days after it are rest'
      : 'Every session before the race stays; the days after it are rest'
    : strengthDropped
      ? 'Every session stays except the strength in the last 4 days before the race, which is dropped: no strength that close to an A race (see below)'
      : 'The number of sessions stays';
  return ` ${sessions}. The intensity stays too, except in the last ${RACE_EVE_DAYS} days before the race (see below).`;
}

/**
 * Why the taper is as long as it is, after "its 8-day taper starts on …": a half marathon or shorter's 11 days
 * (", shorter than a marathon's 14 days: the 10 days before a race of half-marathon length or shorter and the race
 * day (coaches taper those 7–10 days)"), and, when the plan's first day (`TaperWeek.start`, `taperStart`) is not the
 * one those days would begin on, why: 1–3 days at the end of a week are no taper week (it starts on the Monday
 * after), or a marathon's taper weeks take the full cut whole (from the Monday of its first day's week: "its taper
 * started on Monday …, two weeks before the race: a marathon tapers the 13 days before it and the race day (from
 * Tuesday …), …", no day count beside Bosquet's 8–14 days).
 */
function taperLength(t: TaperWeek, raceDay: number, marathonDays: number, started: boolean): string {
  const short =
    t.prescribedDays < marathonDays
      ? `, shorter than a marathon's ${marathonDays} days: the ${t.prescribedDays - 1} days before a race of half-marathon length or shorter and the race day (coaches taper those 7–10 days)`
      : '';
  if (t.days === t.prescribedDays) return short;
  const first = raceDay - t.prescribedDays + 1;
  const from = `${weekdayName(first - mondayOf(first))} ${fromDayNumber(first)}`;
  if (t.days < t.prescribedDays) {
    const n = t.start - first;
    const days = short
      ? `, shorter than a marathon's ${marathonDays} days: a race of half-marathon length or shorter tapers the ${t.prescribedDays - 1} days before it and the race day (coaches taper those 7–10 days), ${t.prescribedDays} days that would begin on ${from}`
      : `: its ${t.prescribedDays} days would begin on ${from}`;
    return `${days}, but ${n === 1 ? 'the last day' : `the last ${n} days`} of a week that trains as usual ${n === 1 ? 'is' : 'are'} no taper week, so it ${started ? 'started' : 'starts'} on the Monday after`;
  }
  // A marathon's taper from the Monday before its days (15–17 days with the race day): said in weeks before the race,
  // not as a "15-day taper" beside Bosquet's 8–14 days (Lukas's Monday marathon).
  // (From its first day to the race: two weeks for the usual 14 days, "a week and 3 days" for a 10-day taper set in
  // the config.)
  const gap = raceDay - t.start;
  const weeks = Math.floor(gap / 7);
  const rest = gap - weeks * 7;
  const weekWords = weeks === 1 ? 'a week' : weeks === 2 ? 'two weeks' : `${weeks} weeks`;
  const dayWords = rest === 1 ? ' and a day' : rest > 1 ? ` and ${rest} days` : '';
  const before = `${weeks === 0 ? `${gap} days` : weekWords + dayWords} before the race`;
  return `${short}, ${before}: a marathon tapers the ${t.prescribedDays - 1} days before it and the race day, from ${from}, and a taper week is cut as a whole week, so the taper ${started ? 'began' : 'begins'} on that week's Monday`;
}

/**
 * " After the race, its 4 easy days (one per 15 min raced, a convention) are Tuesday to Friday: the draft keeps them easy
 * and has no quality session." when the engine drafted next week and its A race `r` is in it before the
 * Sunday: the draft keeps the race's easy days in the week easy (`raceEasyDays`), and says where its quality session is,
 * or that it has none ('' otherwise; a Monday 10 km's race-week draft had put quality on the Wednesday).
 */
function raceEasyDaysWords(g: Shared, r: ParsedRace): string {
  if (!g.s.planIsEngineDraft) return '';
  const d = r.day - g.ctx.nextWeekStart;
  if (d < 0 || d > 5) return '';
  const n = recoveryDaysAfter(r.minutes);
  const last = Math.min(6, d + n);
  const inWeek = last - d;
  const one = inWeek === 1;
  const days = one ? weekdayName(d + 1) : `${weekdayName(d + 1)} to ${weekdayName(last)}`;
  const quality: string[] = [];
  for (const x of g.plan.sessions)
    if (x.kind === 'RUN' && x.key === true && !isLongRun(x, g.zoneRpe)) quality.push(weekdayName(x.day));
  return ` After the race, its ${plural(n, 'easy day')} (one per 15 min raced, a convention)${inWeek < n ? `, ${inWeek} of them in next week,` : ''} ${one ? 'is' : 'are'} ${days}: the draft keeps ${one ? 'it' : 'them'} easy${quality.length === 0 ? ' and has no quality session' : `; its quality session is on ${andList(quality)}`}.`;
}

/**
 * "-35 % on the recent 450 min": `v` minutes against the recent weeks' `base`. A base that left weeks out is not the
 * recent weeks': it is named as the usual week it is, with its weeks (`first`: " (the week of 2026-11-02, the last of
 * ordinary training: the 6 weeks since were …)", `usualWeeks`), or, said again, "that 249 min" (Emma's taper, read
 * next Monday, had cut "-52 % on the recent 249 min", the week of 2026-11-02, six weeks before).
 */
function onBase(v: number, base: number, g?: Shared, first = true): string {
  const cut = pct((v / Math.max(1, base) - 1) * 100);
  if (g === undefined || g.decision.baseLeftOut.length === 0) return `${cut} on the recent ${min(base)}`;
  if (!first) return `${cut} on that ${min(base)}`;
  return `${cut} on the usual ${min(base)}${usualWeeks(baseWeeksWords(g.decision, g.m.weeks))}`;
}

function suggestTaper(g: Shared): void {
  const { state, ctx, decision, config, base, ev, changes, scaled } = g;
  const r = ctx.nextARace as ParsedRace;
  const full = taperPrescription(config.taper);
  // Next week as a taper week (`taperWeek`): the race's own taper length, its first day as the plan has it, and its
  // cut (a short taper's first step takes its share of the full cut). A TAPER decision always carries it: decideWeek
  // makes the decision a taper only when next week is a taper week.
  const t = decision.taper;
  if (t === null) throw new Error('a TAPER decision carries its taper week (decideWeek)');
  const days = r.day - state.reviewDay;
  const start = t.start;
  if (decision.raceWeekRecovery) {
    suggestRaceWeekRecovery(g, r);
    return;
  }
  const raceNow = raceMinutes(g.plan);
  const unit = raceNow > 0 ? ' besides the race' : '';
  const before = g.planTotal - raceNow;
  const applied = g.fitted;
  const after = g.fittedMinutes - raceMinutes(applied);
  // Easy running only (an injury, symptoms above the neck) eases the hard sessions: then intensity is not kept
  // (a shake-out before the race is no easing: see `raceEve`).
  const eased = changes.some((c) => c.type === 'REPLACE_INTENSITY' && !g.eve.ids.has(c.sessionId));
  // Strength dropped before the race (see `raceWeekStrength`) is not part of the taper's cut.
  const dropped = g.strengthDropped;
  // Nor are the sessions on a marathon's rest days after it (`RaceWeekSize.rest`), which the change rests.
  const rested = restedAfterRace(g);
  // Said before the drop is (a coach read "keeping the other sessions" and then "drop Thursday's strength").
  const others =
    rested > 0
      ? dropped > 0
        ? 'every session before the race but the strength of its last 4 days, the days after it rest'
        : 'every session before the race, the days after it rest'
      : dropped > 0
        ? "every session but the strength of the race's last 4 days"
        : 'the number of sessions';
  // A plan with no hard session (the race aside) has no intensity to keep: it is said easy running only (Emma's
  // draft of four easy runs had read "keeps the intensity and the number of sessions").
  const easyOnly = !eased && !g.fitted.sessions.some((x) => x.kind !== 'RACE' && isHard(x, g.zoneRpe));
  // (The shake-outs of the days before the race are easy: the intensity kept is the other days'.)
  const keep = eased
    ? `keeping ${others} (${easedAs(g.plan, changes)} for now)`
    : easyOnly
      ? `keeping ${others}, all of them easy runs (the plan has no hard session to keep)`
      : g.eve.ids.size > 0
        ? `keeping ${others} and, the days before the race aside, the intensity`
        : `keeping the intensity and ${others}`;
  const kept = before - dropped - rested;
  // "The plan's 185 min …", or, once the strength before the race is dropped, "Without it, the plan's 155 min …".
  const plans = dropped > 0 ? `${g.strengthText} Without it, the plan's` : `${g.strengthText} The plan's`;
  // Every change is said: the phase the taper sets next week's plan to too (Lukas's taper had set it to
  // competition beside a text that named only its minutes).
  const phase = changes.some((c) => c.type === 'SET_PHASE');
  const setPhase = phase ? ", and set next week's phase to competition" : '';
  // Before a race with shake-outs on its last days (and no easing), what the taper keeps in plain sentences (Lukas's
  // had read "keeping every session but the strength of the race's last 4 days and, the days before the race aside,
  // the intensity").
  const plain = g.eve.ids.size > 0 && !eased ? taperKeeps(dropped > 0, rested > 0) : null;
  const phaseAnd = phase ? " and set next week's phase to competition" : '';
  // (A race week's range is its days', not a cut of the recent weeks: no percent on them, "-81 % on the recent 368
  // min" for a Thursday marathon's three days before it.)
  const ofBase = decision.raceWeek !== null ? '' : ` (${onBase(kept, base, g, false)})`;
  let what: string;
  if (after < kept - 4)
    what =
      plain !== null
        ? ` Cut the volume${phaseAnd}.${plain}${scaled}`
        : ` Cut the volume, ${keep}${setPhase}.${scaled}`;
  else if (after > kept + 4)
    what =
      plain !== null
        ? ` Bring the volume up to that${phaseAnd}.${plain}${scaled}`
        : ` Bring the volume up to that, ${keep}${setPhase}.${scaled}`;
  else if (kept >= decision.minMinutes && kept <= decision.maxMinutes) {
    what = `${plans} ${min(kept)} of training${unit} is already ${decision.raceWeek !== null ? 'within that range' : `that taper (${onBase(kept, base, g, false)})`}${eased ? '' : easyOnly ? ` and keeps ${others}, easy running only (it has no hard session to keep)` : ` and keeps the intensity and ${others}`}: its volume needs no change${phase ? ', only its phase is set to competition' : ''}.`;
  } else {
    what =
      (kept < decision.minMinutes
        ? `${plans} ${min(kept)} of training${unit} is already below that range${ofBase}: a deeper taper, so nothing is added.`
        : // Above the range by what the life event's own suggestion takes off its days (the taper sized the week around
          // it): that suggestion brings it in, and no session is at its shortest (a trip's week had read 'its sessions
          // are already at their shortest: drop one by hand' at 375 min for 170–250, 240 once the trip's days were capped).
          g.lifeText !== '' && g.fit !== null && !g.fit.aboveMax
          ? `${plans} ${min(kept)} of training${unit} is above that range${ofBase}.${g.lifeText}`
          : `${plans} ${min(kept)} of training${unit} is above that range${ofBase}, and its sessions are already at their shortest: drop one by hand if it must come down.`) +
      phaseSentence(changes);
  }
  // The figure is next week's only when the changed plan has it; else it is the taper's target, and a plan the race
  // week's own rules leave under its range says why (Lukas's Thursday marathon had read "next week's training
  // besides the race is about 195 min" over a change that left 40: three days before the race, none after it).
  const on = landsOnTarget(g);
  const short =
    after < decision.minMinutes && after < kept - 4 && decision.raceInWeek
      ? raceWeekShort(g, r, after)
      : decision.raceInWeek && !on
        ? raceWeekUnderTarget(g, r, after)
        : '';
  // The week's size: the race week's by its days (`raceWeekSize`: a whole week's taper had read "about 195 min" for
  // Lukas's Thursday marathon, whose days allow about 75); a short taper's first step by its days in the taper; else
  // the taper's cut of the recent weeks.
  const size =
    decision.raceWeek !== null
      ? `; the race week is sized by its days, the race not counted: ${raceWeekDaysText(decision.raceWeek, base, config)}. That is ${on ? '' : 'a target of '}about ${min(decision.targetMinutes)} of training besides the race in all (${decision.minMinutes}–${min(decision.maxMinutes)})`
      : `${
          t.share < 1
            ? `, and a taper that steps down (Mujika & Padilla 2003): next week has ${t.daysInWeek} of its 7 days in the taper (from ${weekdayName(start - ctx.nextWeekStart)}), so it takes ${t.daysInWeek}/7 of the race week's ${pct(-full.volumeCut * 100)}, about ${pct(-Math.round(t.volumeCut * 100))}${g.taperDaysCut ? `, cut from those days (${weekdayName(start - ctx.nextWeekStart)} to Sunday)` : ''}, and its training${on ? '' : "'s target"}`
            : `: ${on ? '' : "the taper's target for "}next week's training`
        } is about ${min(decision.targetMinutes)} (${decision.minMinutes}–${min(decision.maxMinutes)}, ${onBase(decision.targetMinutes, base, g)})`;
  const rationale = `${raceName(r)} (A race) is on ${fromDayNumber(r.day)}, ${plural(days, 'day')} away${talkMark(g, r)}: its ${t.days > t.prescribedDays ? 'taper' : `${t.days}-day taper`} ${start <= state.reviewDay ? 'started' : 'starts'} on ${t.days > t.prescribedDays ? `Monday ${fromDayNumber(start)}` : fromDayNumber(start)}${taperLength(t, r.day, full.days, start <= state.reviewDay)}. Bosquet 2007 found tapers of 8–14 days that cut volume 41–60 % and keep intensity and frequency work best${size}.${what}${short}${raceWeekOverTime(g)}${raceEasyDaysWords(g, r)}`;
  const evidence: MutableEvidence = {
    // The volume evidence's fields, written out (not `...ev`: see `VolumeEvidence`).
    baseWeeklyMinutes: ev.baseWeeklyMinutes,
    baseWeekOf: ev.baseWeekOf,
    targetMinutes: ev.targetMinutes,
    minMinutes: ev.minMinutes,
    maxMinutes: ev.maxMinutes,
    planMinutes: ev.planMinutes,
    lastWeekMinutes: ev.lastWeekMinutes,
    thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
    thisWeekToComeToday: ev.thisWeekToComeToday,
    raceDate: fromDayNumber(r.day),
    daysToRace: days,
  };
  // The race in next week (`raceWeekSize`): what its days do, for the athlete's text ("the last two days before it
  // short and easy, and rest after it"), not a whole week's taper ("keep the intensity of your sessions").
  // (The fields from here on stored one by one, in the same order: see `MutableEvidence`.)
  if (decision.raceInWeek && decision.raceWeek !== null) {
    evidence.raceWeekEveDays = decision.raceWeek.eve.days.length;
    evidence.raceWeekAfter = raceWeekAfterWords(decision.raceWeek);
  }
  evidence.volumeCutPct = Math.round(t.volumeCut * 100);
  evidence.taperDays = t.days;
  evidence.taperStart = fromDayNumber(start);
  evidence.trainingBefore = before;
  evidence.trainingAfter = after;
  // The race under the pending talk (`raceUnderTalk`): the athlete reads that the taper is if they start it.
  if (r === g.talk) evidence.pendingRace = raceName(r);
  // No hard session to keep: the athlete does not read "keep the intensity of your sessions".
  if (easyOnly) evidence.easyOnly = true;
  g.add(
    'TAPER',
    'ATTENTION',
    ['LONG_TERM_DEVELOPMENT', 'PROGRESSION'],
    'EVIDENCE',
    rationale,
    evidence,
    changes,
    'TAPER',
    undefined,
    // The text states the recent weeks' minutes (`onBase`: "on the recent 450 min").
    Math.round(base),
  );
}

/**
 * The minutes of the plan's sessions on the rest days right after a marathon-type race in next week
 * (`RaceWeekSize.rest`), which the taper's change rests (`INSERT_REST_DAYS`); 0 when it rests none.
 */
function restedAfterRace(g: Shared): number {
  const rw = g.decision.raceWeek;
  if (rw === null || !rw.long || g.decision.raceWeekRecovery) return 0;
  if (!g.changes.some((c) => c.type === 'INSERT_REST_DAYS')) return 0;
  let t = 0;
  for (const x of g.plan.sessions)
    if (x.kind !== 'REST' && x.kind !== 'RACE' && rw.rest.days.includes(x.day)) t += x.minutes;
  return t;
}

/**
 * " Tuesday keeps 20 min of the plan, a day the athlete has no time on: the race week's range counts none for it; ask
 * whether that day has more time." — the days a race week counts at the athlete's time (`RaceWeekSize.capped`) on
 * which the changed plan keeps more ('' with none).
 */
function raceWeekOverTime(g: Shared): string {
  const size = g.decision.raceWeek;
  if (size === null || size.capped.length === 0) return '';
  let text = '';
  for (const c of size.capped) {
    let m = 0;
    for (const x of g.fitted.sessions)
      if (x.day === c.day && x.kind !== 'REST' && x.kind !== 'RACE') m += x.minutes;
    if (m <= c.minutes) continue;
    text += ` ${weekdayName(c.day)} keeps ${min(m)} of the plan, ${c.minutes <= 0 ? 'a day the athlete has no time on' : `over the ${min(c.minutes)} the athlete has`}: the race week's range counts ${c.minutes <= 0 ? 'none' : `only ${min(c.minutes)}`} for it; ask whether that day has more time.`;
  }
  return text;
}

/**
 * " That is 35 min under the target: Monday has no training (its strength dropped, and nothing else planned) for
 * about 28 min and Tuesday has 20 min (its race-specific made the shake-out) for about 28 min; a taper cuts, it adds
 * no session." — why a race week's plan (`after`, its training besides the race) within its range lands more
 * than a 5-min step under its target: the days before the race its plan leaves under what they allow (`raceWeekSize`:
 * Lukas's Monday had read "about 28 min" beside a change that left it blank, 40 min for a target of 75; issue #11).
 * '' when no such day explains it.
 */
function raceWeekUnderTarget(g: Shared, r: ParsedRace, after: number): string {
  const { decision, ctx } = g;
  const size = decision.raceWeek;
  if (size === null || after >= decision.targetMinutes - 5 || after < decision.minMinutes) return '';
  const raceDay = r.day - ctx.nextWeekStart;
  const days: string[] = [];
  for (let d = 0; d < raceDay; d++) {
    const allows = size.taper.days.includes(d)
      ? size.taperDay.target
      : size.eve.days.includes(d)
        ? d === raceDay - 1
          ? SHAKE_OUT_MINUTES
          : size.taperDay.target
        : 0;
    let has = 0;
    for (const x of g.fitted.sessions)
      if (x.day === d && x.kind !== 'REST' && x.kind !== 'RACE') has += x.minutes;
    if (has >= allows - 4) continue;
    const planned = g.plan.sessions.filter((x) => x.day === d && x.kind !== 'REST' && x.kind !== 'RACE');
    const gone = planned.filter((x) => !g.fitted.sessions.some((y) => y.id === x.id));
    const shake = planned.filter((x) => g.eve.ids.has(x.id));
    const why =
      planned.length === 0
        ? 'nothing planned'
        : shake.length > 0
          ? `its ${andList(shake.map((x) => purposeName(x.purpose)))} made the shake-out`
          : gone.length === planned.length
            ? `its ${andList(gone.map((x) => purposeName(x.purpose)))} dropped, and nothing else planned`
            : `the plan's ${min(planned.reduce((t, x) => t + x.minutes, 0))}`;
    days.push(
      `${weekdayName(d)} ${has === 0 ? 'has no training' : `has ${min(has)}`} (${why}) for about ${min(allows)}`,
    );
  }
  if (days.length === 0) return '';
  return ` That is ${min(decision.targetMinutes - after)} under the target: ${andList(days)}; a taper cuts, it adds no session.`;
}

/**
 * " That is 25 min under that range: the plan has 20 min on the 3 days before Oslo Marathon on Thursday, and none
 * after it." — why a race week's plan (`after`, its training besides the race) lands under the range its days allow
 * (`raceWeekSize`): what the plan has before the race and after it.
 */
function raceWeekShort(g: Shared, r: ParsedRace, after: number): string {
  const { decision, ctx } = g;
  const raceDay = r.day - ctx.nextWeekStart;
  let beforeRace = 0;
  let afterRace = 0;
  for (const x of g.fitted.sessions) {
    if (x.kind === 'REST' || x.kind === 'RACE') continue;
    if (x.day < raceDay) beforeRace += x.minutes;
    else if (x.day > raceDay) afterRace += x.minutes;
  }
  const later =
    raceDay >= 6 ? '' : afterRace === 0 ? ', and none after it' : `, and ${min(afterRace)} after it`;
  const eve =
    g.eve.ids.size > 0 || g.strengthDropped > 0
      ? ', the last of them kept short for the race (our rule)'
      : '';
  // (A race on the Monday leaves no days before it, whose range starts at 0: its week is never under it.)
  return ` That is ${min(decision.minMinutes - after)} under that range: the plan has ${min(beforeRace)} on the ${raceDay === 1 ? 'day' : `${raceDay} days`} before ${raceName(r)} on ${weekdayName(raceDay)}${eve}${later}.`;
}

/**
 * What a race week's days allow besides the race (`raceWeekSize`), in words: "Monday at a taper day's share of the
 * week (about 28 min: the taper's -50 % of the recent 398 min over 7 days), Tuesday and Wednesday, the last 2 days
 * before the race, an easy run or a shake-out, then at most a 20-min shake-out (our rule), and Friday to Sunday after
 * it rest (the first 3 days of its recovery, our rule)".
 */
function raceWeekDaysText(size: RaceWeekSize, base: number, config: EngineConfig): string {
  const parts: string[] = [];
  const taper = size.taper.days;
  if (taper.length > 0)
    parts.push(
      `${dayRange(taper)} at a taper day's share of the week (about ${min(size.taperDay.target)}${taper.length > 1 ? ' each' : ''}: the taper's ${pct(-taperPrescription(config.taper).volumeCut * 100)} of the recent ${min(base)} over 7 days)`,
    );
  const eve = size.eve.days;
  // (Two days out an easy run of a taper day's share: "as much" after the taper days that name it.)
  const share =
    taper.length > 0 ? 'as much' : `a taper day's share of the week (about ${min(size.taperDay.target)})`;
  if (eve.length === 2)
    parts.push(
      `${dayRange(eve)}, the last 2 days before the race, an easy run of ${share} or a shake-out, then at most a ${SHAKE_OUT_MINUTES}-min shake-out (our rule)`,
    );
  else if (eve.length === 1)
    parts.push(
      `${dayRange(eve)}, the day before the race, at most a ${SHAKE_OUT_MINUTES}-min shake-out (our rule)`,
    );
  const rest = size.rest.days;
  const easy = size.easy.days;
  // (A race on the Monday: its days after it are the whole text.)
  const it = parts.length === 0 ? 'the race' : 'it';
  const after: string[] = [];
  if (rest.length > 0)
    after.push(
      size.long
        ? `${dayRange(rest)} after ${it} rest (the first ${plural(rest.length, 'day')} of its recovery, our rule)`
        : `${dayRange(rest)} after ${it} rest or an easy run`,
    );
  if (easy.length > 0)
    after.push(
      size.long
        ? `then ${dayRange(easy)} short easy runs of about ${min(size.easyDay)} (the recovery week's ${pct(-config.racing.recoveryWeekCut * 100)} of the usual ${min(base)} over its ${7 - RECOVERY_REST_DAYS} easy days)`
        : `then ${dayRange(easy)} easy days of about ${min(size.easyDay)} (the transition's ${pct(-config.racing.transitionVolumeCut * 100)} of the recent ${min(base)} over 7 days)`,
    );
  // The days before the race, then ", and" the days after it; each day no more than the athlete has.
  const before = parts.join(', ');
  const later = after.join(', ');
  const days = before === '' ? later : later === '' ? before : `${before}, and ${later}`;
  const time = raceWeekCappedWords(size);
  return time === '' ? days : `${days}, each day at most the time the athlete has: ${time}`;
}

/** Weekdays in words: "Monday", "Tuesday and Wednesday", "Friday to Sunday" (`days`: consecutive, in day order). */
function dayRange(days: readonly number[]): string {
  const n = days.length;
  if (n === 1) return weekdayName(days[0]);
  if (n === 2) return `${weekdayName(days[0])} and ${weekdayName(days[1])}`;
  return `${weekdayName(days[0])} to ${weekdayName(days[n - 1])}`;
}

/**
 * " The change also sets next week's phase to competition." for a volume suggestion whose changes set the plan's
 * phase (`SET_PHASE`) where its text does not say so otherwise ("Its only change sets …" when it is the only one);
 * '' with none.
 */
function phaseSentence(changes: readonly PlanChange[]): string {
  for (const c of changes)
    if (c.type === 'SET_PHASE')
      return changes.length === 1
        ? ` Its only change sets next week's phase to ${phaseWords(c.to)}.`
        : ` The change also sets next week's phase to ${phaseWords(c.to)}.`;
  return '';
}

/**
 * A marathon-type A race on the Monday to Wednesday of next week: the rest of the week is its recovery week
 * (the taper ended the week before), said as the recovery week after a race is.
 */
function suggestRaceWeekRecovery(g: Shared, r: ParsedRace): void {
  const { ev, changes, scaled } = g;
  g.add(
    'TAPER',
    'ATTENTION',
    ['LONG_TERM_DEVELOPMENT', 'PROGRESSION'],
    'EVIDENCE',
    `${raceName(r)} (A race, a marathon-type effort) ${raceWhen(g, r)}, on the ${weekdayName(r.day - g.ctx.nextWeekStart)} of next week${talkMark(g, r)}: its taper ends with ${raceWeekTaperEnd(g)}, and ${recoveryWeekText(g, r)}${scaled}${phaseSentence(changes)}`,
    {
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      raceDate: fromDayNumber(r.day),
      easyDays: recoveryDaysAfter(r.minutes),
      ...(r === g.talk ? { pendingRace: raceName(r) } : {}),
    },
    changes,
  );
}

/**
 * Where the taper of a marathon early in next week ends: "this week" (a Monday race), or its days before it in next
 * week, under the race-eve rules ("next week's Monday, the day before it, a 20-min shake-out at most (our rule)").
 */
function raceWeekTaperEnd(g: Shared): string {
  const size = g.decision.raceWeek;
  if (size === null || size.raceDay === 0) return 'this week';
  // (A marathon's last 2 days before it are its race-eve days: a Tuesday or Wednesday race has no other before it.)
  // (Each day no more than the athlete has: the days before the race that the athlete's time lowers.)
  const time = beforeRaceCappedWords(size);
  return size.raceDay === 1
    ? `next week's Monday, the day before it, a ${SHAKE_OUT_MINUTES}-min shake-out at most (our rule${time})`
    : `next week's Monday and Tuesday, the last 2 days before it, an easy run of a taper day's share of the week (about ${min(size.taperDay.target)}: the taper's ${pct(-taperPrescription(g.config.taper).volumeCut * 100)} of the recent ${min(g.base)} over 7 days) or a shake-out, then at most a ${SHAKE_OUT_MINUTES}-min shake-out (our rule${time})`;
}

/** "; at most the time the athlete has: none on Tuesday": the days before the race the athlete's time lowers ('' none). */
function beforeRaceCappedWords(size: RaceWeekSize): string {
  const words = raceWeekCappedWords(size, [...size.taper.days, ...size.eve.days]);
  return words === '' ? '' : `; at most the time the athlete has: ${words}`;
}

/** ", so the hard session (Tuesday's hill repeats) becomes an easy session": the hard sessions the change makes easy, named ('' with none). */
function easedNames(g: Shared): string {
  const names: string[] = [];
  for (const c of g.changes) {
    if (c.type !== 'REPLACE_INTENSITY' || g.eve.ids.has(c.sessionId)) continue;
    const x = g.plan.sessions.find((y) => y.id === c.sessionId);
    if (x !== undefined) names.push(sessionName(x));
  }
  if (names.length === 0) return '';
  const one = names.length === 1;
  return `, so the hard ${one ? 'session' : 'sessions'} (${andList(names)}) ${one ? 'becomes an easy session' : 'become easy sessions'}`;
}

/**
 * A lasting decline's items, comma-separated ("fatigue,mood"). A loop, not `items.map(…).join(',')`: TurboFan's inlined
 * `map` makes a holey array where the builtin makes a packed one, and `join`, compiled on the one, deoptimised
 * suggestRecovery ('wrong map') when the other came (bench athlete 9500 after a 10,000-review warm-up).
 */
function declineItemWords(decline: NonNullable<WellnessMetrics['decline']>): string {
  const items = decline.items;
  let t = items.length > 0 ? wellnessItemWords(items[0].item) : '';
  for (let i = 1; i < items.length; i++) t = `${t},${wellnessItemWords(items[i].item)}`;
  return t;
}
/** A readiness hold on HRV low for a week or more: volume held, the hard sessions easy (`Decision.intensityLight`). */
function strongHold(g: Shared): boolean {
  return g.decision.intensityLight;
}

/**
 * Why readiness amber is a down week rather than a hold (`decideWeek`: a down week was due, or comes a week early):
 * "; a down week is due after 3 build weeks anyway, and a hold at the usual volume would give more than it". Empty
 * for red.
 */
function amberDownWhy(g: Shared): string {
  if (g.m.readiness !== 'AMBER') return '';
  const n = g.m.weeksSinceDownWeek.value;
  return g.decision.downDue && n !== null
    ? ` (a down week is due after ${n} build weeks anyway, and a hold at the usual volume would give more than it)`
    : ` (a down week comes a week early anyway, before the peak long-run weeks, and a hold at the usual volume would give more than it)`;
}

/**
 * After a graded return's "the usual 210 min", the weeks before the life event it is the usual volume of
 * (`Decision.baseBeforeEvent`), named as the base names them: " before the work stress (the weeks of 2026-11-09 and
 * 2026-11-23, with the week of 2026-11-16 (…) left aside)"; '' when the base is the usual one.
 */
function usualBeforeEvent(g: Shared): string {
  const e = g.decision.baseBeforeEvent;
  if (e === null || e === undefined) return '';
  const b = baseWeeksWords(g.decision, g.m.weeks);
  const aside = b.since !== '' ? `: ${b.since}` : b.left !== '' ? `, with ${b.left} left aside` : '';
  return ` before the ${EVENT_NAME[e.kind]} (${b.counted}${aside})`;
}

function suggestRecovery(g: Shared): void {
  const { state, ctx, decision, config, m, base, hrv, ev, changes, scaled } = g;
  const e = ctx.readiness;
  const parts: string[] = [];
  // The coach's text names the athlete ("Jonas's HRV 7-day mean", "below Jonas's norm"), never "your" (coach read 12:
  // "your usual band", "your norm" had spoken to the athlete in the coach's text).
  const hrvText = hrv.status === 'BELOW_BAND' ? hrvPhrase(hrv, g.athlete) : null;
  // HRV first when it counts; at the edge of its band it is said after what does count.
  if (hrvText !== null && e?.hrvLow) parts.push(hrvText);
  // The lasting decline's phrase follows the wellness one and says it with its numbers (`wellnessPhrase`'s
  // `declineSaid`); when it is what makes wellness count, beside a latest check-in within the norm it lowered, it
  // says that too.
  const w = m.wellness;
  const wText = wellnessPhrase(w, e?.hrvLow === true, config.readiness, w.decline !== null);
  if (wText !== null && w.status !== 'GREEN') parts.push(wText.replaceAll("the athlete's", `${g.athlete}'s`));
  const decline = declinePhrase(w, config.readiness, w.declineCounts && w.trend === null);
  if (decline !== null) parts.push(decline);
  const ask = askItems(m.wellness, config.readiness);
  const drift = e ? rpeDriftPhrase(e) : null;
  if (drift !== null) parts.push(drift);
  if (hrvText !== null && !e?.hrvLow) parts.push(hrvText);
  const down = decision.reason === 'RECOVERY_DOWN_WEEK';
  const graded = decision.gradedDays.length > 0;
  const context = e?.context ?? null;
  const markers = e?.markers ?? 0;
  // Severity scales with the evidence: a down week is urgent only when the markers are clear and agree (or
  // one is far out); a graded return after an explained dip is a note unless two markers agree or it changes
  // the plan (then the coach should look before publishing).
  const severity: Severity = graded
    ? markers >= 2 || changes.length > 0
      ? 'ATTENTION'
      : 'INFO'
    : down
      ? e?.strong
        ? 'URGENT'
        : 'ATTENTION'
      : 'ATTENTION';
  // One marker changes a week only when it persists (HRV clearly low is a 7-day mean; wellness on several
  // check-ins running); a single check-in that counts because an event agrees says so in its own phrase.
  // (A lasting decline that counts is the wellness signal persisting: `WellnessMetrics.declineCounts`.)
  const persistent = e?.hrvLow === true || (w.trend?.checkIns ?? 0) >= 2 || w.declineCounts;
  // HRV the one marker beside a lasting decline that does not count (the latest check-in's composite not under 0):
  // the decline is said above, so "nothing else agrees" would not be true of the text; why it is not a second is.
  const declineAside =
    e?.hrvLow === true &&
    !e.wellnessLow &&
    w.decline !== null &&
    !w.declineCounts &&
    w.composite.value !== null
      ? ` One marker, but a persistent one; the lasting decline is not counted as a second while the latest check-in's composite (z ${num(w.composite.value, 1)}) is not under 0 (our rule).`
      : null;
  const agree =
    markers >= 2
      ? ` ${markers === 3 ? 'Three' : 'Two'} markers agree.`
      : markers === 1 && !graded && persistent
        ? (declineAside ??
          ` One marker, but a persistent one; nothing else agrees: ${otherMarkersWords(e as ReadinessEvidence, hrv, w, config.readiness)}.`)
        : '';
  const why = `${parts.join('; ') || 'recovery markers are down'}.${agree}`;
  const last7 = Math.round(state.last7Minutes);
  // (After an illness the return is graded from what was done; after anything else it is the usual volume.)
  const fromLast7 =
    context?.event.kind === 'ILLNESS' && decision.targetMinutes < Math.floor(base / 5) * 5 - 4;
  // A graded return after days with nothing logged is a re-entry week until the athlete answers (`Decision.reentry`):
  // the event explains the gap, which is a break all the same. An amber hold after such days is one too: low
  // readiness never makes the week less cautious than the break alone would.
  const reentry = decision.reentry;
  const action =
    reentry !== null && !graded
      ? ` No session has been logged since ${fromDayNumber(reentry.lastSession)} (${reentry.idleDays} days), with ${reentry.event === null ? 'no illness or event on record to explain it' : `the ${EVENT_NAME[reentry.event.kind]} confirmed for ${fromDayNumber(reentry.event.start)} to ${fromDayNumber(reentry.event.end)} to explain it: a break all the same`}, so rather than hold at the usual volume, until ${g.athlete} answers make next week a re-entry week ${weekOf(g)}, and check in on ${askItemsWords(ask)}${e?.wellnessLow ? ' (wellness flag rule is ours)' : ''}.${reentryText(g)}`
      : reentry !== null
        ? ` ${context ? capitalise(contextPhrase(context, state.reviewDay)) : 'A confirmed life event explains it and is over by next week'}` +
          `, but no session has been logged since ${fromDayNumber(reentry.lastSession)} (${reentry.idleDays} days), so until ${g.athlete} answers make the return a re-entry week ${landsOnTarget(g) ? 'of about' : 'with a target of about'} ${min(decision.targetMinutes)} next week, and build again once the markers are back in the norm.${reentryText(g)}`
        : graded
          ? ` ${context ? capitalise(contextPhrase(context, state.reviewDay)) : 'A confirmed life event explains it and is over by next week'}` +
            `, so rather than hold or cut the whole week again, grade the return: ${landsOnTarget(g) ? 'about' : 'a target of about'} ${min(decision.targetMinutes)} next week (${fromLast7 ? `at most +${config.load.rampWarnPct} % on the ${min(last7)} of the last 7 days, not the usual ${min(base)}${usualBeforeEvent(g)}` : `the usual ${min(base)}${usualBeforeEvent(g)}, no build`}), ${gradedDaysText(g)}, and build again once the markers are back in the norm. If they are still down by midweek, make it a down week.`
          : ` ${down ? (decision.medicalWeek !== undefined ? medicalWeekText(decision.medicalWeek, decision.targetMinutes, base, g.athlete, g.recoveryUnkeyed, g.fitted, landsOnTarget(g)) : `Take a down week ${weekOf(g)} (${pct((decision.targetMinutes / Math.max(1, base) - 1) * 100)} on ${min(base)}) with easy intensity${keptEffort(g)}${amberDownWhy(g)}`) : `Hold next week ${holdAt(g)} instead of building${strongHold(g) ? `, with easy intensity: HRV has been clearly low for ${hrv.below?.days ?? 0} days${easedNames(g)} (our rule)` : ''}`}, and check in on ${askItemsWords(ask)}${e?.wellnessLow ? ' (wellness flag rule is ours)' : ''}.${context ? ` ${capitalise(contextPhrase(context, state.reviewDay))}.` : ''}`;
  const rationale = `Readiness is ${m.readiness.toLowerCase()}: ${why}${action}${redStrengthText(g)}${scaled}`;
  const evidence: MutableEvidence = {
    baseWeeklyMinutes: ev.baseWeeklyMinutes,
    baseWeekOf: ev.baseWeekOf,
    targetMinutes: ev.targetMinutes,
    minMinutes: ev.minMinutes,
    maxMinutes: ev.maxMinutes,
    planMinutes: ev.planMinutes,
    lastWeekMinutes: ev.lastWeekMinutes,
    thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
    thisWeekToComeToday: ev.thisWeekToComeToday,
    readiness: m.readiness,
    hrvMean7: hrv.mean7.value === null ? null : round2(hrv.mean7.value),
    hrvBandLow: hrv.bandLow === null ? null : round2(hrv.bandLow),
    hrvBandHigh: hrv.bandHigh === null ? null : round2(hrv.bandHigh),
    hrvClearlyLow: e?.hrvLow ?? false,
    hrvDaysBelow: hrv.below?.days ?? 0,
  };
  // A mean under its floor by less than its noise does not count as low (`hrvPhrase`: "at the lower edge"): the
  // athlete is not told their HRV is below their range.
  // (The fields from here on are stored one by one, in the same order, not written after a spread in the literal:
  // each property after a spread is defined by a call into V8's runtime, see `MutableEvidence`.)
  if (hrv.status === 'BELOW_BAND' && hrv.below !== null && !hrv.below.clear) evidence.hrvAtEdge = true;
  evidence.wellnessComposite = m.wellness.composite.value;
  // The one check-in item that stays down on several check-ins (the athlete is told which).
  evidence.persistentItem =
    m.wellness.trend !== null && m.wellness.trend.item !== null && m.wellness.trend.checkIns >= 2
      ? wellnessItemWords(m.wellness.trend.item)
      : null;
  evidence.rpeDrift = e?.rpeDrift === null || e?.rpeDrift === undefined ? null : round1(e.rpeDrift);
  // What the athlete is asked about (`askItems`), and a lasting decline's items and days (comma-separated).
  evidence.askItems = ask.join(',');
  evidence.declineItems = m.wellness.decline ? declineItemWords(m.wellness.decline) : null;
  evidence.declineDays = m.wellness.decline?.days ?? null;
  evidence.markers = markers;
  evidence.explainedBy = context ? context.event.kind : null;
  evidence.contextEnds = context ? fromDayNumber(context.event.end) : null;
  evidence.gradedReturn = graded;
  // (A re-entry week: the athlete reads since when nothing has been logged.)
  if (reentry !== null) evidence.lastSessionDate = fromDayNumber(reentry.lastSession);
  // (And the date of a B or C race the week keeps, run easy or skipped: `reentryRace`.)
  const race = reentry !== null ? reentryRace(g) : null;
  if (race !== null) evidence.reentryRaceDate = fromDayNumber(race.day);
  g.add(decision.reason, severity, ['ADAPTATION', 'PROGRESSION'], 'EVIDENCE', rationale, evidence, changes);
}

/**
 * The graded return's first days as the changed plan has them: "Monday and Tuesday easy" only when every
 * session left on them is easy; else no hard running on them, and what else stays (strength at RPE 5 is not an
 * easy day).
 */
function gradedDaysText(g: Shared): string {
  const days = g.decision.gradedDays;
  const names = andList(days.map((d) => weekdayName(d)));
  const plan = g.fitted;
  const stays: string[] = [];
  // (A strength session the week shortens with its running stays, but not as planned: `strengthWithRunningWeek`.)
  const shortened: string[] = [];
  for (const x of plan.sessions) {
    if (x.kind === 'REST' || !days.includes(x.day) || !isHard(x, g.zoneRpe)) continue;
    const was = withId(g.plan.sessions, x.id);
    (was !== undefined && x.minutes < was.minutes ? shortened : stays).push(sessionName(x));
  }
  if (stays.length === 0 && shortened.length === 0) return `${names} easy`;
  const running = plan.sessions.some((x) => x.kind === 'RUN' && days.includes(x.day) && isHard(x, g.zoneRpe));
  const kept: string[] = [];
  if (stays.length > 0) kept.push(`${andList(stays)} ${stays.length === 1 ? 'stays' : 'stay'} as planned`);
  if (shortened.length > 0)
    kept.push(
      `${andList(shortened)} ${shortened.length === 1 ? 'stays' : 'stay'}, shortened with the running`,
    );
  return `${running ? 'easier' : 'no hard'} running on ${names} (${kept.join('; ')})`;
}

function capitalise(t: string): string {
  if (t.length === 0) return t;
  const c = t.charCodeAt(0);
  // 'a'–'z' without the locale-aware `toUpperCase`, a call into the runtime (every text here starts with one); others
  // as before.
  if (c >= 97 && c <= 122) return String.fromCharCode(c - 32) + t.slice(1);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * A down week two weeks before an A race's taper: " The taper for … starts in the week of …: this down week
 * comes before the last full week, not right before the taper." (empty otherwise).
 */
function taperAfterDownWeek(g: Shared): string {
  const a = g.ctx.nextARace;
  const nws = g.ctx.nextWeekStart;
  if (a === null || a.day < nws) return '';
  const first = taperFirstWeek(a.day, nws, taperDaysFor(a, g.config));
  if (first - nws === 14)
    return ` The taper for ${raceName(a)} starts in the week of ${fromDayNumber(first)}: this down week comes before the last full week, not right before the taper.`;
  // A down week a week early (see `decideWeek`): the next one is a marathon's peak long-run week.
  return (g.m.weeksSinceDownWeek.value ?? 0) < g.config.progression.buildWeeksBeforeDown &&
    peakLongRunRace(g.state.races, nws + 7, g.config) !== null
    ? ` It comes a week early: the week of ${fromDayNumber(nws + 7)} is one ${raceName(a)}'s long run peaks in (3–4 weeks before a marathon, a convention), and no down week falls there.`
    : '';
}

function suggestScheduledDownWeek(g: Shared): void {
  const { decision, m, base, ev, changes, scaled } = g;
  g.add(
    'SCHEDULED_DOWN_WEEK',
    'INFO',
    ['PROGRESSION'],
    'CONVENTION',
    `${m.weeksSinceDownWeek.value} build weeks since the last down week: make next week a down week ${weekOf(g)} (${pct((decision.targetMinutes / Math.max(1, base) - 1) * 100)} on the recent ${min(base)}) with light intensity${keptEffort(g)}. A cutback every 3rd–4th week is coaching convention rather than trial evidence.${taperAfterDownWeek(g)}${downReentryText(g)}${scaled}`,
    {
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      weeksSinceDownWeek: m.weeksSinceDownWeek.value,
    },
    changes,
    'SCHEDULED_DOWN_WEEK',
    undefined,
    // The text states the recent weeks' minutes ("on the recent 450 min").
    Math.round(base),
  );
}

function suggestBaselineHold(g: Shared): void {
  const { state, m, ev, changes, scaled } = g;
  g.add(
    'BASELINE_HOLD',
    'INFO',
    ['CURRENT_FITNESS', 'EXTERNAL_EYES'],
    'HEURISTIC',
    `${baselineLead(g)}, while Coachline learns ${g.athlete}'s normal load. ${state.historyDays === 0 ? 'Logged sessions and daily' : 'Daily'} check-ins (and HRV, where ${g.athlete} measures it) make the next reviews sharper.${scaled}`,
    {
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      historyDays: state.historyDays,
      checkIns: m.checkInCount,
      typicalWeeklyMinutes: g.ctx.typicalWeeklyMinutes,
      // Where a week with nothing logged starts, as the athlete text says it: the intake's usual week itself, or
      // within the time available (capped, or without an intake, or held lower by next week's limits).
      noHistoryStart: state.historyDays > 0 ? null : noHistoryStart(g),
    },
    changes,
  );
}

/**
 * What a baseline hold starts from, in words: the days logged so far ("Only 9 days of training data so far: hold next
 * week at about 70 min, close to what Sam has been doing"), or with none, the intake's usual week or the time
 * available (`noHistoryBase`). Kari, new with nothing logged, had read "Only 0 days of training data so far: hold next
 * week at about 180 min, close to what Kari has been doing", beside her intake's 4 h a week.
 */
function noHistoryStart(g: Shared): 'INTAKE' | 'WITHIN_TIME' {
  const from = noHistoryBase(g.ctx);
  return from.from === 'INTAKE' && Math.abs(g.decision.targetMinutes - from.minutes) <= 5
    ? 'INTAKE'
    : 'WITHIN_TIME';
}

function baselineLead(g: Shared): string {
  const { state, decision, athlete } = g;
  const target = min(decision.targetMinutes);
  if (state.historyDays > 0)
    return `Only ${state.historyDays} days of training data so far: hold next week at about ${target}, close to what ${athlete} has been doing`;
  const from = noHistoryBase(g.ctx);
  const stated = g.ctx.typicalWeeklyMinutes ?? 0;
  // Next week's own limits (a life event's caps, the time given for it) can hold the week under where it starts: said
  // so, not the start's figure as the week's (from the diff review).
  if (Math.abs(decision.targetMinutes - from.minutes) > 5)
    return `No training logged yet: next week is about ${target}, under ${from.from === 'AVAILABILITY' ? `the ${min(Math.round(from.minutes))} a first week starts from (half of the time ${athlete} has for training in a week, ${min(180)} at most; our rule of thumb)` : `the usual week ${athlete} gave in the intake questionnaire (${min(stated)})`}, as next week's own limits keep it (see the decision)`;
  return from.from === 'INTAKE'
    ? `No training logged yet: next week is about ${target}, the usual week ${athlete} gave in the intake questionnaire (${min(stated)})`
    : from.from === 'INTAKE_CAPPED'
      ? `No training logged yet: next week is about ${target}, the time ${athlete} has for training in a week (${min(from.available)}), under the usual week ${athlete} gave in the intake questionnaire (${min(stated)})`
      : `No training logged yet, and no usual week from an intake questionnaire: next week is about ${target}, half of the ${min(from.available)} ${athlete} has for training in a week, ${min(180)} at most (our rule of thumb)`;
}

/**
 * A scheduled down week while the athlete is silent after a gap (`Decision.downReentry`): its long run is no longer than
 * the re-entry week's cap, the smaller of the two, said with the gap it is for ('' otherwise, or with no long run
 * logged to cap it from).
 */
function downReentryText(g: Shared): string {
  const gap = g.decision.downReentry;
  if (gap === undefined) return '';
  const cap = reentryLongRun(g);
  if (cap === Infinity) return '';
  // Only where the cap holds the long run: one the cut takes further down says its own reason.
  let long = 0;
  for (const x of g.fitted.sessions) if (x.kind === 'RUN' && x.minutes > long) long = x.minutes;
  if (long < cap) return '';
  const logged = longestLoggedRun(g);
  return ` No session has been logged since ${fromDayNumber(gap.lastSession)} (${gap.idleDays} days), with no check-in or message either: after a break the down week's long run is ${min(cap)} at most, the re-entry week's cap (${Math.round(REENTRY_SHARE * 100)} % of ${min(logged.minutes)}, ${loggedRunWords(logged, g.athlete)}), the smaller of that and the down week's own (our rule: a break never makes a week less cautious).`;
}

/**
 * A re-entry week's own sentences (see `Decision.reentry`): what it is, why, and what the coach does if the
 * athlete has been training without logging; the hard sessions it eases by name, and the long run's cap only
 * when the week keeps a long run.
 */
function reentryText(g: Shared): string {
  const { decision, base, athlete } = g;
  const cap = reentryLongRun(g);
  let long = false;
  for (const x of g.fitted.sessions) if (x.kind === 'RUN' && isLongRun(x, g.zoneRpe)) long = true;
  const share = `${Math.round(REENTRY_SHARE * 100)} %`;
  const eased: string[] = [];
  for (const c of g.changes) {
    if (c.type !== 'REPLACE_INTENSITY' || g.eve.ids.has(c.sessionId)) continue;
    const x = g.plan.sessions.find((y) => y.id === c.sessionId);
    // (Only those the week keeps: an eased session the cut then drops is said dropped.)
    if (x !== undefined && g.fitted.sessions.some((y) => y.id === x.id))
      eased.push(`an easy ${easyKindOf(x)} instead of ${sessionName(x)}`);
  }
  const strengthText = reentryStrengthText(g);
  const logged = longestLoggedRun(g);
  const longText =
    long && cap < Infinity
      ? `, with a long run of ${min(cap)} at most (${share} of ${min(logged.minutes)}, ${loggedRunWords(logged, athlete)})`
      : '';
  // A gap a confirmed life event explains is a break all the same: the text says so, and names the event.
  const event = decision.reentry?.event ?? null;
  // A B or C race the week keeps is no race effort in it (Sara's re-entry week had kept "Race: Harbour 5k" beside
  // "easy running only"): it is named, run easy as a training run or skipped.
  const race = reentryRace(g);
  const raceText =
    race === null
      ? ''
      : `; ${raceName(race)} (${race.priority} race) on ${weekdayName(race.day - g.ctx.nextWeekStart)} stays in the plan, but in a re-entry week it is run easy, as a training run, or skipped`;
  // A down week due too (`Decision.reentryDown`): the smaller of the two sizes, the down week's.
  const down = decision.reentryDown;
  const downText =
    down === undefined
      ? ''
      : `; a down week is due too (${down.lastDown === null ? `no down week in the last ${down.weeks} weeks` : `${down.weeks} weeks since the last one, the week of ${down.lastDown}`}${down.blank > 0 ? `; ${down.blank === 1 ? 'the week' : `the ${down.blank} weeks`} left blank by the silence, not planned as a down week, ${down.blank === 1 ? 'is' : 'are'} no down week taken` : ''}), so the week takes the smaller of the two sizes, the down week's −${Math.round(g.config.progression.downWeekCut * 100)} %`;
  // Smaller still for another reason the hold gives (a return graded after a race's transition, the time there is).
  // (On the 5-min grid the decision rounds down to: Kasper's 75 % of 286.6 min is 210, no less than it.)
  const less =
    down === undefined && decision.targetMinutes < Math.floor((base * REENTRY_SHARE) / 5 + 1e-9) * 5 - 4;
  return ` A re-entry week is about ${share} of the usual ${min(base)}${usualBeforeEvent(g)}${less ? ` at most (next week's ${min(decision.targetMinutes)} is less, for the reasons above)` : ''}${downText}, easy running only (no hills or other quality${eased.length > 0 ? `: ${andList(eased)}` : ''})${strengthText}${longText}${raceText}: ${decision.reentry?.idleDays ?? 0} days with no session logged is a break ${event === null ? 'as far as anyone knows' : `whatever caused it (here the ${EVENT_NAME[event.kind]})`}, and a return after a break is graded, easy first (our rule: ${REENTRY_IDLE_DAYS} days or more with no session logged and ${event === null ? 'no illness or event on record to explain it' : 'no illness on record to explain it, whether or not a life event does'}, and no check-in or message for the last ${g.config.contact.noContactDays} days or more). If ${athlete} has been training without logging, restore the plan.`;
}

/** The B or C race a re-entry week keeps (a race session on its day in the changed plan), if any. */
function reentryRace(g: Shared): ParsedRace | null {
  for (const r of g.state.races) {
    if (r.priority === 'A') continue;
    const d = r.day - g.ctx.nextWeekStart;
    if (d < 0 || d > 6) continue;
    if (g.fitted.sessions.some((x) => x.kind === 'RACE' && x.day === d)) return r;
  }
  return null;
}

/**
 * A re-entry week's strength, shortened with the running (see `FitRequest.strengthWithRunning`): each session it
 * shortens with the share of itself it keeps, against the easy run that keeps the most ("Thursday's strength 30 →
 * 20 min (keeps 67 %): it keeps no larger a share than the easy run that keeps the most, Thursday's easy run 45 →
 * 30 min (keeps 67 %)"; the share kept, not the change, which the change list gives as "-33 %" a few words on:
 * "(67 %)" beside "(-33 %)" read as two figures for one change),
 * and why one keeps more (the shortest a strength session goes, the 5-min grid, no easy run with room for its
 * minutes). Henrik's had read "none keeps more of itself than the easy runs do" with his strength at 67 % beside
 * Tuesday's eased hill repeats at 62 % (coach read of the demo club). Empty when no strength is shortened.
 */
function reentryStrengthText(g: Shared): string {
  const details = strengthShortenedDetails(g);
  return details === '' ? '' : `, its strength shortened with the running${details}`;
}

/**
 * A week held or cut for red readiness shortens its strength with the running as a re-entry week does
 * (`strengthWithRunningWeek`): " With readiness red, strength is load too: it comes down with the running, as in a
 * re-entry week (Monday's strength 30 → 25 min (keeps 83 %): …; our rule)." Empty when none is shortened, and in a
 * re-entry week, whose own text says it (`reentryText`).
 */
function redStrengthText(g: Shared): string {
  if (g.decision.reentry !== null || !strengthWithRunningWeek(g.decision, g.m.readiness)) return '';
  const details = strengthShortenedDetails(g);
  if (details === '') return '';
  // The strength it keeps whole, and why (Lea's Thursday strength, 30 min beside an easy run kept at 89 %: 26.7 min,
  // 30 on the 5-min grid).
  // (The share kept by the easy run that keeps the most, as `strengthShortenedDetails` reads it.)
  let top = 0;
  for (const x of g.fitted.sessions) {
    if (x.kind !== 'RUN' || cutTier(x, g.zoneRpe) !== 0) continue;
    const was = withId(g.plan.sessions, x.id);
    if (was !== undefined && was.minutes > 0 && x.minutes / was.minutes > top) top = x.minutes / was.minutes;
  }
  const whole: string[] = [];
  for (const x of g.fitted.sessions) {
    if (x.kind !== 'STRENGTH') continue;
    const was = withId(g.plan.sessions, x.id);
    if (was === undefined || x.minutes < was.minutes) continue;
    const why =
      x.minutes <= STRENGTH_MIN_MINUTES
        ? `${STRENGTH_MIN_MINUTES} min being the shortest a strength session goes`
        : x.minutes - 5 < x.minutes * Math.min(1, top)
          ? 'its share rounded up to the 5-min grid'
          : 'no easy run having room for its minutes';
    whole.push(`${sessionName(x)} stays at ${x.minutes} min, ${why}`);
  }
  const kept = whole.length > 0 ? `; ${whole.join('; ')}` : '';
  return ` With readiness red, strength is load too: it comes down with the running, as in a re-entry week${details.replace(/\)$/, `${kept}; our rule)`)}.`;
}

/** `reentryStrengthText`'s parenthesis: the strength sessions shortened and their shares kept; empty with none. */
function strengthShortenedDetails(g: Shared): string {
  const shortened: { x: PlannedSession; was: PlannedSession }[] = [];
  let top: { x: PlannedSession; was: PlannedSession } | null = null;
  for (const x of g.fitted.sessions) {
    if (x.kind !== 'STRENGTH' && (x.kind !== 'RUN' || cutTier(x, g.zoneRpe) !== 0)) continue;
    const was = withId(g.plan.sessions, x.id);
    if (was === undefined || was.minutes <= 0) continue;
    if (x.kind === 'STRENGTH') {
      if (x.minutes < was.minutes) shortened.push({ x, was });
    } else if (top === null || x.minutes * top.was.minutes > top.x.minutes * was.minutes) top = { x, was };
  }
  if (shortened.length === 0) return '';
  const kept = (p: { x: PlannedSession; was: PlannedSession }): string =>
    `keeps ${Math.round((p.x.minutes / p.was.minutes) * 100)} %`;
  const items = andList(
    shortened.map((p) => `${sessionName(p.was)} ${p.was.minutes} → ${p.x.minutes} min (${kept(p)})`),
  );
  if (top === null) return ` (${items}, ${STRENGTH_MIN_MINUTES} min at least)`;
  const t = top;
  const ref = `the easy run that keeps the most, ${sessionName(t.was)} ${t.x.minutes < t.was.minutes ? `${t.was.minutes} → ${t.x.minutes} min (${kept(t)})` : `kept whole (${t.x.minutes} min)`}`;
  const above = shortened.filter((p) => p.x.minutes * t.was.minutes > t.x.minutes * p.was.minutes);
  if (above.length === 0)
    return ` (${items}: ${shortened.length === 1 ? 'it keeps no larger a share' : 'none keeps a larger share'} than ${ref})`;
  const why: string[] = [];
  for (const p of above) {
    const w =
      p.x.minutes <= STRENGTH_MIN_MINUTES
        ? `${STRENGTH_MIN_MINUTES} min being the shortest a strength session goes`
        : p.x.minutes - 5 < (p.was.minutes * t.x.minutes) / t.was.minutes
          ? 'rounded up to the 5-min grid'
          : 'no easy run having room for more of its minutes';
    if (!why.includes(w)) why.push(w);
  }
  const names = andList(above.map((p) => sessionName(p.was)));
  const others =
    above.length < shortened.length
      ? `, the other${shortened.length - above.length > 1 ? 's' : ''} no more`
      : '';
  return ` (${items}: ${names} ${above.length === 1 ? 'keeps' : 'keep'} a larger share than ${ref}, ${andList(why)}${others})`;
}

/**
 * Whether the plan after this suggestion's changes (its training besides any race) is the decision's target, as the
 * texts round minutes (`min`): only then may a text say next week "is about" the target. Otherwise the figure is
 * said to be the target it is (Sofia's load spike had read "Hold next week at about 225 min" over a change to 235
 * min; holds with no change "at about 280 min" over a plan left at 295).
 */
function landsOnTarget(g: Shared): boolean {
  return min(g.fittedMinutes - raceMinutes(g.fitted)) === min(g.decision.targetMinutes);
}

/** "at about 225 min", or "at a target of about 225 min (205–240 min)" when the changed plan lands elsewhere. */
function holdAt(g: Shared): string {
  const d = g.decision;
  // A week the life event's days bound below the hold's range: the target the decision states is that week.
  if (g.lifeBound !== null)
    return `at a target of about ${min(g.lifeBound)}, the week ${lifeCaps(g)} leave (the event's own suggestion; the hold's own range, ${d.minMinutes}–${min(d.maxMinutes)}, is for a week the event leaves alone)`;
  return landsOnTarget(g)
    ? `at about ${min(d.targetMinutes)}`
    : `at a target of about ${min(d.targetMinutes)} (${d.minMinutes}–${min(d.maxMinutes)})`;
}

/** "of about 265 min", or "with a target of about 265 min" when the changed plan lands elsewhere. */
function weekOf(g: Shared): string {
  return landsOnTarget(g)
    ? `of about ${min(g.decision.targetMinutes)}`
    : `with a target of about ${min(g.decision.targetMinutes)}`;
}

function suggestCautiousHold(g: Shared): void {
  const { state, decision, base, ev, changes, scaled } = g;
  const ill = decision.illness;
  const reentry = decision.reentry;
  // Graded from the last 7 days only when they are below the usual week (the return starts from there); after a
  // silence from the last week trained (`Decision.silent`: silent days are unknown, not rest).
  const silent = decision.silent;
  const from = silent?.minutes ?? state.last7Minutes;
  const graded =
    ill !== null &&
    from < base - 4 &&
    decision.targetMinutes < Math.round(base) - 4 &&
    decision.targetMinutes <= Math.round(from * 1.2) + 4;
  const race = reentry === null ? null : reentryRace(g);
  g.add(
    'CAUTIOUS_HOLD',
    ill !== null || decision.ruledOut.some((x) => x.includes('contact')) ? 'ATTENTION' : 'INFO',
    ['PROGRESSION', 'EXTERNAL_EYES'],
    'HEURISTIC',
    `${reentry !== null ? `Until ${g.athlete} answers, make next week a re-entry week ${weekOf(g)}` : `Hold next week ${holdAt(g)}`} instead of building: ${decision.ruledOut.join('; ')}.${graded ? ` The return is graded from where ${g.athlete} is: ${silent !== null ? silentGradedWords(silent) : `${min(Math.round(state.last7Minutes))} in the last 7 days`}, at most +20 % on that, not the usual ${min(base)}.` : ''}${reentry !== null ? reentryText(g) : ''}${scaled}`,
    {
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      ruledOut: decision.ruledOut.length,
      illnessEnd: ill === null ? null : fromDayNumber(ill.end),
      lastSessionDate: reentry === null ? null : fromDayNumber(reentry.lastSession),
      daysSinceSession: reentry === null ? null : reentry.idleDays,
      // A B or C race the re-entry week keeps (`reentryRace`): the athlete reads to run it easy or skip it.
      ...(race === null ? {} : { reentryRaceDate: raceDate(race) }),
      // Graded up from where the athlete is (this week after a race's transition, the last 7 days after an
      // illness), at most +20 % on it and below the usual week: a week that grows toward it, not a held week.
      gradedReturn:
        decision.gradedReturn && reentry === null && decision.targetMinutes < Math.floor(base / 5) * 5 - 4,
    },
    changes,
  );
}

/**
 * What took the plan to `to` minutes, in words, for a build that does not grow it: the life event's own
 * suggestion on its days, fitting each day to the athlete's time, trimming toward the build's target (only when
 * the plan after the day caps is still above the range). One cause alone that is the range's trim reads "trimmed
 * to".
 */
function buildCut(g: Shared, to: number): string {
  const { decision, planTotal, lifeCut } = g;
  const fit = g.fit;
  const causes: string[] = [];
  let afterCaps = planTotal;
  if (fit !== null && fit.capped.length > 0) {
    causes.push('fitting each day to the time the athlete has');
    const over = new Map(fit.over.map((o) => [o.day, o.minutes]));
    for (const c of fit.capped)
      afterCaps -= c.minutes - (over.get(c.day) ?? Math.min(c.minutes, c.available));
  }
  const trimmed = afterCaps > decision.maxMinutes + lifeCut + 4;
  // Beside a life event the build's size is what the week may keep besides what its own suggestion takes.
  const top =
    lifeCut > 0
      ? ` (the build's about ${min(decision.targetMinutes)} and the ${min(lifeCut)} the life event's own suggestion takes off its days)`
      : '';
  if (causes.length === 0) return `, so it is trimmed to ${min(to)}${top}`;
  if (trimmed)
    causes.push(`trimming it to the build's size (about ${min(decision.targetMinutes + lifeCut)})`);
  return `: ${andList(causes)} ${causes.length === 1 ? 'takes' : 'take'} it to ${min(to)}`;
}

/**
 * Where a build that trims its plan lands, when that is away from its target (5 min or more above it, or under it
 * after a drop of token easy runs, `FitResult.tokenRunDrop`): the
 * week's own step beside the build's, and why the cut stopped there (a drop left the week within its range, or
 * within rounding of its top, where a cut stops; else the key sessions and the long run at their doses). Empty
 * on the target, beside a life event (its own suggestion still takes minutes) and above the range (the fit's
 * note says how far).
 */
function buildLanding(g: Shared, after: number, ramp: string): string {
  const { decision, base, lifeCut } = g;
  const fit = g.fit;
  if (lifeCut > 0 || fit === null || fit.aboveMax) return '';
  const step = pct((after / Math.max(1, base) - 1) * 100);
  // Under the target: the cut dropped an easy run rather than leave token runs, and the runs left took back no more
  // than their planned minutes (`tokenRunNote` says which).
  if (after <= decision.targetMinutes - 5 && (fit.tokenRunDrop?.dropped.length ?? 0) > 0)
    return ` (${step}, not the build's ${ramp}: the cut drops an easy run rather than leave easy runs under ${EASY_RUN_USEFUL_MINUTES} min, and the runs left take back no more than their planned minutes; our rule)`;
  if (after < decision.targetMinutes + 5) return '';
  const dropped = fit.changes.some((c) => c.type === 'DROP_SESSION');
  if (!dropped)
    return ` (${step}, not the build's ${ramp}: the key sessions and the long run keep their useful doses; our rule)`;
  // What the fit did, in its order: the cut trims and drops toward the target, and once a session is dropped it
  // stops in the range (what it trimmed before the drop goes back up to the top), or within rounding of the top where
  // the rest would take an easy run under EASY_RUN_USEFUL_MINUTES (Sofia's "after a drop the week is within its
  // range" had stood beside a drop that left 230 min for a 225 top and a Monday trimmed 30 → 25, athlete03).
  const above = fit.roundedAbove ?? 0;
  if (above > 0)
    return ` (${step}, not the build's ${ramp}: once a session is dropped, the cut stops within rounding of the range's top, ${above} min above it, rather than take the last ${above} min from an easy run and leave it under ${EASY_RUN_USEFUL_MINUTES} min; our rule)`;
  return ` (${step}, not the build's ${ramp}: once a session is dropped, the cut stops ${after >= decision.maxMinutes ? "at the range's top" : 'within the range'} rather than go on to the target; our rule)`;
}

/**
 * A build whose long run is behind a long race grows it first, by its step (`longRunFirst`), which can take the
 * week above the target (within the range): said, so "grow to about 315 min" never stands unexplained beside a
 * plan grown to 335 (Hanna, once this week's missed sessions lowered her base). '' otherwise.
 */
function longRunFirstAbove(g: Shared, after: number, trimmed: boolean): string {
  const { decision } = g;
  if (trimmed || g.prep === null || !g.prep.behind) return '';
  if (after <= g.planTotal || after <= decision.targetMinutes + 4) return '';
  return ` The long run grows first, by its step, as the note on ${raceName(g.prep.race)} asks, so the week comes to ${min(after)}, above the target and within the range (${decision.minMinutes}–${min(decision.maxMinutes)}).`;
}

/**
 * A build over a plan made a down week (`Decision.overDraftDown`), in words: that the plan is one, by the rule the
 * past weeks' plans are read by, with its figures; why none is due (the last down week, the build weeks since, the
 * cadence, the outlook's next down week); that keeping it is the coach's call; and what becomes of the sessions named
 * for the down week (coach read of the demo club, athlete24 Kasper: a build took a planned down week 255 → 350 min
 * without a word on it and left "Down week: light fartlek" in the week it called a build). '' otherwise.
 */
function overDraftDownText(g: Shared): string {
  const o = g.decision.overDraftDown;
  if (o === null) return '';
  const weeks = g.m.weeks;
  const refWeeks: string[] = [];
  let planned = 0;
  for (let i = o.draft.weeks.length - 1; i >= 0; i--) {
    const k = o.draft.weeks[i];
    refWeeks.push(k === 0 ? 'this week' : `the week of ${weeks[k]?.start ?? ''}`);
    if ((weeks[k]?.plannedMinutes ?? null) !== null) planned++;
  }
  const one = refWeeks.length === 1;
  const as =
    planned === refWeeks.length
      ? 'as planned'
      : planned === 0
        ? 'as done: no plan was published'
        : 'as planned, or as done where no plan was published';
  const ref = Math.round(o.draft.reference);
  const under = Math.round((1 - o.draft.minutes / o.draft.reference) * 100);
  const cut = Math.round(g.config.progression.downWeekPlanCut * 100);
  let next = '';
  for (const w of g.s.outlook ?? [])
    if (w.note !== undefined && w.note.startsWith('down week')) {
      next = `; the outlook's next down week is the week of ${w.weekStart}`;
      break;
    }
  const named: string[] = [];
  for (const x of g.downNamed)
    if (g.changes.some((c) => c.type === 'REPLACE_INTENSITY' && c.sessionId === x.id))
      named.push(sessionName(x));
  const sessions =
    named.length === 0
      ? ''
      : ` ${andList(named)} ${named.length === 1 ? 'keeps its' : 'keep their'} effort and ${named.length === 1 ? 'loses its' : 'lose their'} down-week name: the build adds minutes, not intensity.`;
  return ` The plan is a down week: its ${min(o.draft.minutes)} are ${under} % under the ${min(ref)} ${one ? 'of the build week' : 'a week of the build weeks'} before it (${andList(refWeeks)}, ${as}; a plan ${cut} % or more under ${one ? 'it' : 'them'} is a down week, the rule the past weeks' plans are read by). None is due: ${o.lastDownText}, and ${cadenceWords(o)}${next}. So the build stands; keeping the plan's down week is the coach's call (dismiss this suggestion).${sessions}`;
}

/**
 * A build beside an HRV 7-day mean above its band (`hrvAsksFirst`), in words: "the HRV 7-day mean is above its usual
 * band (…), so this build is pending Ida's answer on how training feels" (`too`: the build already waits for an answer
 * on low check-ins, and the HRV is one more thing to ask about).
 */
function hrvAboveWords(g: Shared, too: boolean): string {
  const note = 'see the HRV note above: that can mean good adaptation but also strain';
  return too
    ? `the HRV 7-day mean is above its usual band too (${note}), so ask how training feels as well`
    : `the HRV 7-day mean is above its usual band (${note}), so this build is pending ${g.athlete}'s answer on how training feels`;
}

function suggestBuild(g: Shared): void {
  const { decision, config, m, base, ev, changes, scaled, lifeCut } = g;
  // A build whose change cuts the plan trims a plan above the build's range: it does not grow.
  const after = g.fittedMinutes;
  const above = g.planTotal > decision.maxMinutes + lifeCut && after < g.planTotal;
  // Above the range by no more than the tolerance, and left as it is (the fit's note says why).
  const rounded = !above && (g.fit?.roundedAbove ?? 0) > 0 && after === g.planTotal;
  const ramp = `${pct((decision.targetMinutes / Math.max(1, base) - 1) * 100)}`;
  // Within its range but cut by the day caps: said, so "grow" never stands beside a plan that shrinks.
  const capsCut =
    !above && after < g.planTotal && g.fit !== null && g.fit.capped.length > 0
      ? `; fitting each day to the time the athlete has takes the plan's ${min(g.planTotal)} to ${min(after)}`
      : '';
  // Pending the athlete's answer, a build grows nothing (`growBelow`): a plan under the range stays under it, and the
  // text says so with its minutes rather than "can grow to about 450 min" beside no change (coach read of 2026-12-06:
  // Elias's 405 min under 420–480).
  const heldUnder =
    !above &&
    !rounded &&
    (g.asksFirst || g.hrvAsksFirst) &&
    after === g.planTotal &&
    after < decision.minMinutes;
  const grow = heldUnder
    ? `next week could grow to about ${min(decision.targetMinutes)} (${ramp}), staying under the +${config.load.rampWarnPct} % ramp limit, but the plan's ${min(after)}, under the build's range (${decision.minMinutes}–${min(decision.maxMinutes)}), is left as it is until ${g.athlete} answers: a build pending an answer grows nothing (our rule)`
    : `next week can grow to about ${min(decision.targetMinutes)} (${ramp}), staying under the +${config.load.rampWarnPct} % ramp limit${capsCut}`;
  g.add(
    'BUILD',
    'INFO',
    ['PROGRESSION', 'CURRENT_FITNESS'],
    'EVIDENCE',
    `${buildBaseWords(g)} and ${m.wellness.singleReading || g.asksFirst ? `${lowCheckInWords(g)}${g.hrvAsksFirst ? `; ${hrvAboveWords(g, g.asksFirst)}` : ''}` : g.hrvAsksFirst ? hrvAboveWords(g, false) : g.hrv.below !== null ? 'no recovery marker is down for long enough to hold (see the note)' : 'recovery looks fine'}: ${above ? `a build of ${decision.minMinutes}–${min(decision.maxMinutes)} (about ${min(decision.targetMinutes)}, ${ramp}) stays under the +${config.load.rampWarnPct} % ramp limit, and the plan's ${min(g.planTotal)} is above that range${buildCut(g, after)}${buildLanding(g, after, ramp)}` : rounded ? `a build of ${decision.minMinutes}–${min(decision.maxMinutes)} (about ${min(decision.targetMinutes)}, ${ramp}) stays under the +${config.load.rampWarnPct} % ramp limit, and the plan's ${min(g.planTotal)} is just above that range` : grow}.${overDraftDownText(g)}${scaled}${longRunFirstAbove(g, after, above || rounded)}${buildBelowBase(g, after)}${g.failingDays.length > 0 ? ` This build is pending ${g.athlete}'s answer on the missed sessions (see the note above): the misses need no cut of its minutes, but which days hold its sessions is settled first.` : ''}`,
    {
      baseWeeklyMinutes: ev.baseWeeklyMinutes,
      baseWeekOf: ev.baseWeekOf,
      targetMinutes: ev.targetMinutes,
      minMinutes: ev.minMinutes,
      maxMinutes: ev.maxMinutes,
      planMinutes: ev.planMinutes,
      lastWeekMinutes: ev.lastWeekMinutes,
      thisWeekToComeMinutes: ev.thisWeekToComeMinutes,
      thisWeekToComeToday: ev.thisWeekToComeToday,
      rampPct: m.rampPct.value === null ? null : round1(m.rampPct.value),
      // Minutes the fitted week stays above its range's top, the key sessions at their doses (the fit's
      // `aboveBy`, what "That is still N min above …" says; 0: not above it beyond the rounding tolerance).
      aboveMaxMinutes: g.fit !== null && g.fit.aboveMax ? g.fit.aboveBy : 0,
      // The plan was a down week the build takes back (`overDraftDownText`): the athlete text says so.
      ...(decision.overDraftDown !== null ? { planDownWeek: true } : {}),
      // Pending the athlete's answer on an HRV above its band (`hrvAsksFirst`): the athlete text says so.
      ...(g.hrvAsksFirst ? { hrvPending: true } : {}),
    },
    changes,
    'BUILD',
    undefined,
    // The text states the recent weeks' minutes ("averaged 450 min").
    Math.round(base),
  );
}

/**
 * The weeks a build grows from, named with what they came to: "Sam's last three weeks averaged 450 min", or,
 * weeks left out, "With this week (a down week, 255 min planned) and the week of 2026-11-16 (…) left aside,
 * Kasper's last build week, that of 2026-11-23, was 221 min" (one week never "averaged"; coach finding 3).
 */
function buildBaseWords(g: Shared): string {
  const { decision, base } = g;
  // The weeks are named only beside weeks left out (most builds have none), so their words (`baseWeeksWords`: each
  // week's date, this week's days to come) are built only then; they had been built for every build and dropped.
  // (No week counted: `counted` is ''; none left out: `left` and `since` are.)
  if (decision.baseWeeks.length === 0) return `The recent weeks averaged ${min(base)}`;
  if (decision.baseLeftOut.length === 0) return `${g.athlete}'s last three weeks averaged ${min(base)}`;
  const b = baseWeeksWords(decision, g.m.weeks);
  const weeks = b.one
    ? `${g.athlete}'s last build week, that of ${b.countedWeeks}, was ${min(base)}`
    : `${g.athlete}'s build weeks, those of ${b.countedWeeks}, averaged ${min(base)}`;
  return b.left !== '' ? `With ${b.left} left aside, ${weeks}` : `${weeks} (${b.since})`;
}

/**
 * "the recent 450 min a week (the last three weeks", "the recent 387 min a week (the weeks of A and B, with the week
 * of C (a down week, 255 min done of 320 planned) left aside", "the 221 min of the week of 2026-11-23 (the last
 * build week, with this week (a down week, 255 min planned) and the week of 2026-11-16 (its load fell 37 % below
 * the three weeks before it (…): 194 min done of 360 planned) left aside": the base as the texts that compare a
 * plan with it name it, with what it left aside and why, in the build's words (`baseWeeksWords`: a race week or a
 * week whose load fell is not "the down weeks"). The parenthesis is left open for the caller's figures.
 */
function baseAbove(g: Shared, base: number): string {
  const b = baseWeeksWords(g.decision, g.m.weeks);
  const aside = b.since !== '' ? `: ${b.since}` : b.left !== '' ? `, with ${b.left} left aside` : '';
  if (b.one) return `the ${min(base)} of ${b.counted} (the last build week${aside}`;
  const which =
    aside !== ''
      ? b.counted
      : g.decision.baseWeeks.length === 3
        ? 'the last three weeks'
        : 'the recent weeks';
  return `the recent ${min(base)} a week (${which}${aside}`;
}

/**
 * Whether next week could use more time on the days the fit caps (our rule): a build, or a hold that keeps the usual
 * volume (a cautious, baseline or load-spike hold). Not a week whose purpose is to take load away: a down week (for
 * readiness, scheduled, or a race's recovery), a taper, a transition, an illness's rest, nor a hold for readiness, an
 * illness or an injury. There "ask whether those days have more time" reads as wanting more training (a coach on
 * Jonas's down week for red readiness, 15 days red: "In the last 4 weeks Jonas trained longer than the time given on
 * Tuesday …: ask whether those days have more time"); the days' fit to the time given is still said.
 */
function mayUseMoreTime(d: Decision): boolean {
  if (d.type !== 'BUILD' && d.type !== 'HOLD') return false;
  // A graded return or a re-entry week is a cautious hold that brings load back slowly: no ask there either (Jonas's
  // week after his red down week had asked again).
  if (d.gradedReturn || d.reentry !== null) return false;
  return d.reason !== 'RECOVERY_HOLD' && d.reason !== 'ILLNESS_EASY_ONLY' && d.reason !== 'INJURY_CHECK';
}

/** Weeks of logs read for what the athlete really does on a weekday (`loggedOverTime`). */
const LOGGED_DAY_WEEKS = 4;

/**
 * Days whose time a fit caps on which the athlete logged more than that time in 2 or more of the last 4 weeks:
 * their availability may be out of date, so the coach is asked (Mateo's Wednesdays; Jonas's Mondays, 62–96 min
 * logged on each of the last four against 45 min given, capped by a down week without a word). Said by the
 * volume text that caps days (`availabilityNote`), so once in a text, in a week that could use the time
 * (`mayUseMoreTime`; in the others it only makes the days fit "the time the athlete gave"). Empty when no day
 * qualifies (most weeks cap no day, and then nothing is read).
 */
function loggedOverTime(
  state: MetricsState,
  athlete: string,
  capped: readonly { readonly day: number; readonly available: number }[],
): string {
  const nws = state.nextWeekStart;
  const from = Math.max(nws - 7 * LOGGED_DAY_WEEKS, state.reviewDay - 7 * LOGGED_DAY_WEEKS + 1);
  // The metrics scan's recent sessions cover these 4 weeks (they list the 42 days to the review date).
  const { sessions, days } = state.recentSessions;
  const asks: string[] = [];
  // The minutes logged on each capped weekday of each week (week `w` back from next week, weekday `d` at
  // `w * 7 + d`), in one pass over the sessions for all the capped days (not one pass per day).
  let wanted = 0;
  for (const c of capped) wanted |= 1 << c.day;
  const logged = new Array<number>(5 * 7).fill(0);
  for (let k = 0; k < sessions.length; k++) {
    const d = days[k];
    if (d < from || d > state.reviewDay) continue;
    const wd = (((d - nws) % 7) + 7) % 7;
    const w = Math.floor((nws - 1 - d) / 7);
    if (((wanted >> wd) & 1) === 0 || w < 0 || w > 4) continue;
    logged[w * 7 + wd] += sessions[k].minutes;
  }
  for (const c of capped) {
    let over = 0;
    let most = 0;
    for (let w = 0; w < 5; w++) {
      const v = logged[w * 7 + c.day];
      if (v > c.available) over++;
      if (v > most) most = v;
    }
    if (over >= 2)
      asks.push(`${weekdayName(c.day)} (up to ${min(most)} logged, ${min(c.available)} available)`);
  }
  return asks.length > 0
    ? ` In the last ${LOGGED_DAY_WEEKS} weeks ${athlete} trained longer than the time given on ${andList(asks)}: ask whether ${asks.length === 1 ? 'that day has' : 'those days have'} more time.`
    : '';
}

/**
 * A build that the athlete's time per day leaves below the weeks it grows from is no build: said with the
 * real figure. (Which capped days the athlete trains longer on than the time given is said with the caps, by
 * `availabilityNote`, in the same text.)
 */
function buildBelowBase(g: Shared, after: number): string {
  const base = Math.round(g.decision.baseMinutes);
  const gap = base - after;
  if (gap < 5 || g.fit === null || g.fit.capped.length === 0) return '';
  return ` That is ${min(gap)} (${pct((after / Math.max(1, base) - 1) * 100)}) below the recent ${min(base)}: on the days as planned, next week does not grow.`;
}

/** An illness that is history by now, as context for a hold that has another reason (`Decision.illnessOver`). */
function illnessOver(g: Shared): string {
  const ill = g.decision.illnessOver;
  if (ill === null) return '';
  return ` ${g.athlete} is back from the illness of ${fromDayNumber(ill.start)} to ${fromDayNumber(ill.end)} and has trained since (${min(Math.round(g.state.last7Minutes))} in the last 7 days): the illness is history, the load is what rules out a build.`;
}

/**
 * The ramp's reference when lighter weeks among the three before were left out of it (`rampLeftOut`: a down week
 * lighter in load than every build week): which weeks it counts, with their loads, and which it leaves out, and,
 * when that leaves one or two weeks, the same ramp on the three build weeks before them too, so the coach sees
 * both (Ingrid's "+56 % on the three weeks before (down weeks left out)" was on her one week back from the flu;
 * on her October weeks it was about +25 %). A down week by its plan whose load was not lighter counts (her week
 * before the flu, its plan cut for it, had a load of 1387, above the 1115 of her week back: +39 %, not +56 %).
 * `earlierRef`: the mean load of those three build weeks (0 when not given); `oneWeek`: the reference is one week.
 */
function rampReference(weeks: readonly WeekLoad[]): {
  readonly text: string;
  readonly earlierRef: number;
  readonly oneWeek: boolean;
} {
  const used: WeekLoad[] = [];
  const left: WeekLoad[] = [];
  const out = rampLeftOut(
    weeks.map((w) => w.load),
    weeks.map((w) => w.isDownWeek),
  );
  for (let k = 1; k <= 3 && k < weeks.length; k++)
    ((out & (1 << (k - 1))) !== 0 ? left : used).push(weeks[k]);
  const name = (w: WeekLoad): string => `${w.start} (${Math.round(w.load)})`;
  const ref = rampReferenceLoad(weeks);
  const one = left.length === 1;
  // "lighter" and no more: such a week may be an illness's, not a planned down week.
  const leftWords = `; the ${one ? 'week' : 'weeks'} of ${andList(left.map(name))}, lighter than ${used.length === 1 ? 'it' : 'those'}, ${one ? 'is' : 'are'} left out`;
  let text =
    used.length === 1
      ? `the week of ${name(used[0])}${leftWords}`
      : `the weeks of ${andList(used.map(name))}, about ${Math.round(ref)} a week${leftWords}`;
  const earlier: WeekLoad[] = [];
  for (let k = 4; k < weeks.length && k <= 8 && earlier.length < 3; k++)
    if (!weeks[k].isDownWeek) earlier.push(weeks[k]);
  let earlierRef = 0;
  if (earlier.length === 3 && weeks.length > 0) {
    let sum = 0;
    for (const w of earlier) sum += w.load;
    earlierRef = sum / 3;
    if (earlierRef > 0)
      // What that says of the week (coach read of 2026-12-07: Ingrid's +73 % beside +16 % on her weeks before the flu
      // read as "not really a spike"): above those too, it is a new high, not only a return to her level.
      text += `; on the three build weeks before those (${earlier[2].start} to ${earlier[0].end}, about ${Math.round(earlierRef)} a week) it is ${pct((weeks[0].load / earlierRef - 1) * 100)}${weeks[0].load > earlierRef ? ', above even those: a new high, not only a return to that level' : ', no higher than those: a return toward that level'}`;
  }
  return { text, earlierRef, oneWeek: used.length === 1 };
}

/**
 * The load-spike figures count this week's long run still to come as planned; when the current-week cut
 * (`CURRENT_WEEK_LONG_RUN`) shortens it, the text says so and gives the figures after the cut (one computation
 * with that suggestion's, `spikeLongRunLoad`). Null: no such cut.
 */
function spikeCutWords(
  g: Shared,
): { readonly planned: string; readonly load: number; readonly words: string } | null {
  const cut: SpikeLongRunCut | undefined = g.s.spikeLongRun;
  if (cut === undefined) return null;
  const name = `${weekdayName(cut.session.day)}'s long run`;
  const { weekLoadAfter } = spikeLongRunLoad(g.m, cut.session, cut.to, zoneRpeOf(g.s.input));
  return {
    planned: `with ${name} at its planned ${min(cut.session.minutes)}`,
    load: weekLoadAfter,
    words: `With ${name} cut to ${min(cut.to)} (the current-week suggestion)`,
  };
}

function suggestLoadSpike(g: Shared): void {
  const { ctx, state, decision, m, changes, scaled } = g;
  const own = decision.reason === 'LOAD_SPIKE_WARNING';
  const ramp = m.rampPct.value ?? 0;
  const two = m.twoWeekPct.value ?? 0;
  const cut = spikeCutWords(g);
  // The reference load only for the figures after a current-week cut (the only ones that read it).
  const ref = cut === null || m.rampPct.value === null ? 0 : rampReferenceLoad(m.weeks);
  // The review date's own sessions count as planned while no log that day matches them (`stillToCome`).
  const days = daysToCome(state);
  const projected =
    days > 0
      ? ` (${days >= 7 ? 'all 7 days' : `its last ${days} ${days === 1 ? 'day' : 'days'}`} ${state.projectedFromPlan ? 'as planned' : 'as the same days went last week'}${cut !== null ? `, ${cut.planned}` : ''})`
      : '';
  const skips = m.rampPct.note === RAMP_SKIPS_DOWN_NOTE ? rampReference(m.weeks) : null;
  const reference = skips !== null ? skips.text : 'the three weeks before';
  // After the cut, on the same references (the earlier build weeks' too when the text gives them).
  const earlier =
    skips !== null && skips.earlierRef > 0 && cut !== null
      ? ` and ${pct((cut.load / skips.earlierRef - 1) * 100)} on the three build weeks before those`
      : '';
  // This week trimmed on its first day (`CURRENT_WEEK_LOAD`): its figures after the trim, from its own evidence.
  const trim = g.s.spikeWeekCut;
  const trimmedTo = trim === undefined ? null : (trim.evidence.weekMinutesAfter as number);
  // Later in the week, what is logged so far is in the week's minutes: said with them.
  const trimLogged = trim === undefined ? undefined : trim.evidence.weekLoggedMinutes;
  const loggedWords =
    typeof trimLogged === 'number'
      ? ` (${trimLogged > 0 ? `${trimLogged} min of them logged so far` : 'nothing logged so far'})`
      : '';
  const trimWords =
    trim === undefined
      ? ''
      : `. If the current-week suggestion's trim of this week (its days after today) is applied, the week comes to ${min(trimmedTo as number)}${loggedWords} and a load of ${trim.evidence.weekLoadAfter as number}, ${pct(trim.evidence.rampPctAfter as number)} on ${skips !== null && skips.oneWeek ? 'that week' : 'those weeks'}${decision.spikeStrong && typeof trim.evidence.twoWeekPctAfter === 'number' ? ` and ${pct(trim.evidence.twoWeekPctAfter)} over two weeks` : ''} (${trim.evidence.withinLimits === true ? 'within the limits below' : 'still above the limits below: the trim says where it stops and why'})`;
  const afterCut =
    cut !== null && ref > 0
      ? `. ${cut.words}, the week comes to ${Math.round(cut.load)}, ${pct((cut.load / ref - 1) * 100)} on ${skips !== null && skips.oneWeek ? 'that week' : 'those weeks'}${earlier}. Increases`
      : trim !== undefined
        ? `${trimWords}. Increases`
        : '; increases';
  g.add(
    'LOAD_SPIKE_WARNING',
    decision.spikeStrong ? 'URGENT' : 'ATTENTION',
    ['PROGRESSION', 'EXTERNAL_EYES'],
    'EVIDENCE',
    `Load in the week of ${fromDayNumber(ctx.nextWeekStart - 7)}${projected} ${days > 0 ? 'comes to' : 'was'} ${Math.round(state.weekLoads[0])} (sRPE × min), ${pct(ramp)} on ${reference}${decision.spikeStrong ? (skips !== null && skips.earlierRef > 0 ? `; over two weeks (this week and last against the two before) it is ${pct(two)}` : ` and ${pct(two)} over two weeks`) : ''}${afterCut} above +20 % a week (+30 % over two) are linked to more running injuries (Nielsen 2014; Damsted 2019). ${own ? `Hold next week ${holdAt(g)}.${illnessOver(g)}${scaled}` : `The ${words(decision.reason)} suggestion already keeps next week lower.`}`,
    loadSpikeEvidence(g, days, own, ramp, two, cut, ref, trimmedTo),
    own ? changes : [],
  );
}

/**
 * The load-spike suggestion's evidence (`suggestLoadSpike`), its optional fields stored one by one in their order (see
 * `MutableEvidence`).
 */
function loadSpikeEvidence(
  g: Shared,
  days: number,
  own: boolean,
  ramp: number,
  two: number,
  cut: { readonly load: number } | null,
  ref: number,
  trimmedTo: number | null,
): MutableEvidence {
  const { state, decision, m } = g;
  const evidence: MutableEvidence = { weekLoad: Math.round(state.weekLoads[0]) };
  // The week's days still to come, counted in its load as planned (what the athlete's text can say of it).
  if (days > 0) {
    evidence.daysToCome = days;
    evidence.toComeAsPlanned = state.projectedFromPlan;
  }
  // Another decision keeps next week lower (a down week): this suggestion does not hold it.
  if (!own) evidence.lowerBy = decision.reason;
  // This week trimmed by the current-week suggestion, to these minutes (the athlete reads it, not "nothing changes").
  if (trimmedTo !== null) {
    evidence.thisWeekTrimmedTo = trimmedTo;
    // Whether the trim brings the week within the limits (the athlete's text says what next week does either way).
    evidence.thisWeekTrimWithin = g.s.spikeWeekCut?.evidence.withinLimits === true;
    // Later in the week: the minutes logged so far, in those the week comes to.
    const done = g.s.spikeWeekCut?.evidence.weekLoggedMinutes;
    if (typeof done === 'number') evidence.thisWeekLogged = done;
  }
  evidence.rampPct = round1(ramp);
  evidence.twoWeekPct = round1(two);
  evidence.acwr = m.acwr.value === null ? null : round2(m.acwr.value);
  evidence.targetMinutes = decision.targetMinutes;
  if (cut !== null) {
    evidence.weekLoadAfterCut = Math.round(cut.load);
    evidence.rampPctAfterCut = ref > 0 ? round1((cut.load / ref - 1) * 100) : null;
  }
  return evidence;
}

/** The plan being adjusted for a life-context event, with the changes made so far (see `suggestLifeContext`). */
class LifeContextWork {
  readonly changes: PlanChange[] = [];
  readonly moved: string[] = [];
  /** Hard or key runs that stay on a capped day cut by more than half: they become easy runs. */
  readonly eased: string[] = [];
  readonly restDays: Weekday[] = [];
  /**
   * Key sessions that no free day fits: they stay, capped, as ordinary sessions (never a token "key" run), with
   * why (`noDayWhy`: the days with room are beside a hard session).
   */
  readonly unkeyed: { readonly x: PlannedSession; readonly why: string }[] = [];
  /** Days sessions were moved to. */
  readonly targets: number[] = [];
  /** Quality sessions that fit their capped day as shorter quality sessions: they stay there (`fitsCappedDay`). */
  readonly kept: PlannedSession[] = [];
  reduced = 0;
  /** `sim` is the plan with every one of `changes` applied (false when a change was kept that the apply refused). */
  simApplied = true;
  constructor(public sim: WeekPlan) {}

  /** Applies a change to the plan being worked and keeps it; false (nothing kept) when the engine refuses it. */
  take(change: PlanChange): boolean {
    const next = applyChanges(this.sim, [change]);
    if (!next.ok) return false;
    this.changes.push(change);
    this.sim = next.plan;
    return true;
  }
}

/**
 * The life-context changes (moves, key flags, caps, rest days) and the plan they leave, computed once per
 * review: the volume decision sizes the other days around them, so the two compose in either order.
 */
function lifeContextWork(g: Shared): LifeContextWork | null {
  if (g.affected.length === 0) return null;
  if (g.life === undefined) {
    const w = new LifeContextWork(g.plan);
    moveKeySessions(g, w);
    capAffectedDays(g, w);
    if (w.restDays.length > 0) {
      const rest: PlanChange = { type: 'INSERT_REST_DAYS', days: w.restDays };
      const next = applyChanges(w.sim, [rest]);
      w.changes.push(rest);
      if (next.ok) w.sim = next.plan;
      else w.simApplied = false;
    }
    g.life = w;
  }
  return g.life;
}

/**
 * A quality session (a hard session, not the long run) that its day's cap leaves a real quality session: the
 * share of the cap it gets when the day is scaled to it (`capAffectedDays`), less a 5-min step for the rounding
 * of a day with other sessions, is at least what it keeps on a short day (`dayFitDose`: intervals keep their
 * work with a shorter warm-up and cool-down, a steady run or tempo 80 % of itself) and more than half of it (a
 * session cut by more than half is made an easy run). It stays on its day, trimmed: a hotel treadmill carries
 * steady blocks or a tempo (our rule, as for the athlete's time per day).
 */
function fitsCappedDay(g: Shared, x: PlannedSession, cap: number, dayMinutes: number): boolean {
  if (x.kind === 'RACE' || x.kind === 'REST' || !isHard(x, g.zoneRpe) || isLongRun(x, g.zoneRpe))
    return false;
  if (cap <= 0 || dayMinutes <= 0) return false;
  const share = Math.floor((x.minutes * Math.min(1, cap / dayMinutes)) / 5 + 1e-9) * 5;
  const kept = dayMinutes > x.minutes ? share - 5 : share;
  const dose = dayFitDose(x, 'HOLD', longRaceAthlete(g), g.config.draft.minSessionMinutes, g.zoneRpe);
  return kept >= dose && kept * 2 >= x.minutes;
}

/** Moves key or hard sessions off the affected days when they no longer fit there. */
function moveKeySessions(g: Shared, w: LifeContextWork): void {
  const { s, plan, ctxDays, affected } = g;
  const resting: number[] = [];
  if (g.decision.type === 'REST')
    for (let d = 0; d <= Math.min(6, s.ctx.restThroughDay); d++) resting.push(d);
  let byDay: number[] | null = null;
  for (const x of plan.sessions) {
    const c = ctxDays.get(x.day);
    if (
      !c ||
      x.kind === 'RACE' ||
      x.kind === 'REST' ||
      !(x.key || isHard(x, g.zoneRpe)) ||
      x.minutes <= c.cap
    )
      continue;
    // A quality session the cap leaves a real one stays on its day, trimmed with the day (not on a rest day).
    byDay ??= planMinutesByDay(plan);
    if (!resting.includes(x.day) && fitsCappedDay(g, x, c.cap, byDay[x.day])) {
      w.kept.push(x);
      continue;
    }
    // A day another session was just moved to is taken: a second move there would swap that one back.
    // Nor a day an illness rest decision empties (the session would be lost once both are applied).
    const to = bestDay(
      w.sim,
      s,
      x,
      w.targets.length > 0 || resting.length > 0 ? [...affected, ...w.targets, ...resting] : affected,
      false,
      g.zoneRpe,
    );
    const change: PlanChange | null =
      to < 0 ? null : { type: 'MOVE_SESSION', sessionId: x.id, fromDay: x.day, toDay: to as Weekday };
    const next = change === null ? null : applyChanges(w.sim, [change]);
    if (change === null || next === null || !next.ok) {
      // A key session stays as an ordinary one; so does a non-key hard one whose only days are beside the long
      // run (eased under the cap, and the text says why).
      if (x.key || to === ONLY_BESIDE_HARD) unkey(g, w, x, noDayWhy(to));
      continue;
    }
    w.changes.push(change);
    w.sim = next.plan;
    w.targets.push(to);
    w.moved.push(`${sessionLabel(x)} to ${weekdayName(to)}`);
  }
}

/**
 * A key session no free day fits stays where it is under the cap, but as an ordinary session: a run becomes an
 * easy run that says what it replaces; another kind keeps its effort and purpose.
 */
function unkey(g: Shared, w: LifeContextWork, x: PlannedSession, why: string): void {
  const was = purposeWas(x.purpose);
  const change: PlanChange =
    x.kind === 'RUN'
      ? {
          type: 'REPLACE_INTENSITY',
          sessionId: x.id,
          effort: isHard(x, g.zoneRpe) ? EASY_REPLACEMENT : x.effort,
          intervals: null,
          purpose: `Easy run (no free day${why === '' ? '' : ' away from the hard sessions'} for the ${was} this week)`,
          key: false,
        }
      : {
          type: 'REPLACE_INTENSITY',
          sessionId: x.id,
          effort: x.effort,
          intervals: x.intervals ?? null,
          purpose: x.purpose,
          key: false,
        };
  if (w.take(change)) w.unkeyed.push({ x, why });
}

/** Caps what is left on the affected days: rest days below the minimum session, else scaled down. */
/**
 * The minutes day `d` of `plan` has after a SCALE_VOLUME of `percent` (above −100 %) on that day, as the apply
 * step computes them (its races keep theirs); null when the day has nothing to scale (the apply step rejects it).
 */
function dayScaledTo(plan: WeekPlan, d: number, percent: number): number | null {
  let total = 0;
  let scalable = 0;
  for (const x of plan.sessions) {
    if (x.day !== d || x.kind === 'REST') continue;
    if (x.kind === 'RACE') {
      total += x.minutes;
      continue;
    }
    scalable++;
    total += scaledMinutes(x.minutes, percent);
  }
  return scalable === 0 ? null : total;
}

function capAffectedDays(g: Shared, w: LifeContextWork): void {
  const { config, ctxDays, affected } = g;
  const byDay = planMinutesByDay(w.sim);
  for (const d of affected) {
    const sim = w.sim;
    const c = ctxDays.get(d) as { cap: number };
    if (byDay[d] <= c.cap) continue;
    if (c.cap < config.draft.minSessionMinutes) {
      if (!sim.sessions.some((x) => x.day === d && x.kind === 'RACE')) w.restDays.push(d as Weekday);
      w.reduced += byDay[d];
      continue;
    }
    // A hard or key run cut by more than half on a short day is no quality session any more: an easy run.
    for (const x of sim.sessions) {
      if (x.day !== d || x.kind !== 'RUN' || !(x.key || isHard(x, g.zoneRpe)) || c.cap >= x.minutes * 0.5)
        continue;
      const was = purposeWas(x.purpose);
      const ease: PlanChange = {
        type: 'REPLACE_INTENSITY',
        sessionId: x.id,
        effort: EASY_REPLACEMENT,
        intervals: null,
        purpose: `Easy run (short day) instead of ${was}`,
        key: false,
      };
      if (w.take(ease)) w.eased.push(sessionLabel(x));
    }
    // The smallest cut that brings the day to its cap once each session is rounded down to 5 min (each
    // percentage counted with the apply step's rounding, `dayScaledTo`; the one found is applied), down to −100 %.
    // (A float a hair above a whole percentage is that percentage: 75 → 60 min is -20 %, not -19.)
    let percent = Math.ceil((c.cap / byDay[d] - 1) * 100 - 1e-9);
    if (percent < -100) continue;
    for (; percent > -100; percent--) {
      const to = dayScaledTo(w.sim, d, percent);
      if (to === null || to <= c.cap) break;
    }
    const change: PlanChange = {
      type: 'SCALE_VOLUME',
      percent,
      days: [d as Weekday],
      expectedTotalMinutes: planMinutes(sim),
    };
    const next = applyChanges(w.sim, [change]);
    if (!next.ok) continue;
    const weekBefore = planMinutes(w.sim);
    const weekAfter = planMinutes(next.plan);
    if (weekAfter === weekBefore) continue;
    w.reduced += weekBefore - weekAfter;
    w.changes.push(change);
    w.sim = next.plan;
  }
}

/**
 * Key sessions no free day fits: on a day the event leaves time on, they stay as easy sessions under the cap;
 * on a day it leaves none, they are left out of the week.
 */
function unkeyedText(
  unkeyed: readonly { readonly x: PlannedSession; readonly why: string }[],
  restDays: readonly number[],
): string {
  if (unkeyed.length === 0) return '';
  const out = unkeyed.filter((u) => restDays.includes(u.x.day));
  const kept = unkeyed.filter((u) => !restDays.includes(u.x.day));
  const label = (u: { readonly x: PlannedSession; readonly why: string }): string =>
    sessionLabel(u.x) + u.why;
  // "Tuesday's race-specific (75 min) or Sunday's long run (70 min)"; with a why of its own each ("… without putting
  // it beside a hard session or the long run"), one after another ("; " had stood between two bare names: Lea's).
  const list = (us: readonly { readonly x: PlannedSession; readonly why: string }[]): string => {
    if (us.some((u) => u.why !== '')) return joined(us.map(label), '; ');
    const names = us.map(label);
    return names.length === 1
      ? names[0]
      : `${joined(names.slice(0, -1), ', ')} or ${names[names.length - 1]}`;
  };
  const parts: string[] = [];
  if (kept.length > 0) {
    parts.push(
      `${list(kept)}, so ${kept.length > 1 ? 'they stay as easy sessions under the cap' : 'it stays as an easy session under the cap'}${kept.every((u) => u.x.key === true) ? (kept.length > 1 ? ', no longer key sessions' : ', no longer a key session') : kept.some((u) => u.x.key === true) ? ', none of them a key session now' : ''}`,
    );
  }
  if (out.length > 0) {
    parts.push(`${list(out)}, so ${out.length > 1 ? 'they are' : 'it is'} left out this week`);
  }
  return `; no free day fits ${joined(parts, '; nor ')}`;
}

/**
 * The week the life event's suggestion and the volume decision's leave together, for the life event's text:
 * " With the cautious hold's changes on Saturday and Sunday (its own suggestion), the week comes to 365 min,
 * inside the hold's range (325–380 min)." (`bothMinutes`, the two applied); '' when the volume decision's
 * suggestion changes nothing of its own, or the two do not compose. `before`: the plan's minutes by day.
 */
function withVolume(g: Shared, before: readonly number[]): string {
  if (g.bothMinutes === null || !g.volumeCarries()) return '';
  let vol = g.out[0];
  for (const x of g.out) if (x.changes === g.changes) vol = x;
  const fitted = planMinutesByDay(g.fitted);
  const days: string[] = [];
  for (let d = 0; d < 7; d++) if (fitted[d] !== before[d]) days.push(weekdayName(d));
  return ` With the ${words(vol.kind)}'s changes${days.length > 0 ? ` on ${andList(days)}` : ''} (its own suggestion), the week comes to ${weekAgainstRange(g, g.bothMinutes)}.`;
}

/**
 * The life event's text beside a re-entry week that reached into its days (`Shared.reentryReach`): " The re-entry
 * week (the hold, its own suggestion) already keeps Tuesday, Wednesday and Thursday within the cap and drops
 * Tuesday's steady blocks: with it the week comes to 255 min, and this suggestion, applied after it, changes nothing
 * more." The week the hold leaves, one figure for both (Tom, issue #11: 255, 300 and 405 min for one week).
 */
function reentryWithin(g: Shared, kept: readonly PlannedSession[]): string {
  const days: string[] = [];
  for (const d of g.affected) if (g.ctxDays.has(d)) days.push(weekdayName(d));
  const dropped: string[] = [];
  const eased: string[] = [];
  for (const x of kept) {
    const y = g.fitted.sessions.find((z) => z.id === x.id);
    if (y === undefined) dropped.push(sessionLabel(x));
    else if (y.key !== x.key || y.effort.value !== x.effort.value || y.effort.type !== x.effort.type)
      eased.push(sessionLabel(x));
  }
  const does = [
    `keeps ${andList(days)} within the ${days.length === 1 ? 'cap' : 'caps'}`,
    ...(dropped.length > 0 ? [`drops ${andList(dropped)}`] : []),
    ...(eased.length > 0
      ? [`makes ${andList(eased)} ${eased.length === 1 ? 'an easy run' : 'easy runs'}`]
      : []),
  ];
  return ` The re-entry week (see the hold) already ${andList(does)}: with it the week comes to ${min(g.fittedMinutes)}, and this suggestion, applied after it, changes nothing more.`;
}

/**
 * A relative cap in words: "keep 70 % of what Sofia has done lately on Wednesday and Thursday (about 45 and 40 min:
 * at most 30 and 25 min; …)". `days`: the affected days in words.
 */
function shareRule(g: Shared, share: number, days: string): string {
  const kept = `keep ${Math.round(share * 100)} %`;
  const usual: number[] = [];
  const caps: number[] = [];
  for (const d of g.affected) {
    const c = g.ctxDays.get(d) as ContextDayCap;
    if (c.usual === null)
      return `${kept} of what is planned on ${days} (a share of the plan, not of the time available: our rule of thumb)`;
    usual.push(c.usual);
    caps.push(c.cap);
  }
  let average = false;
  // A day with no time at all (the athlete's availability) has no usual minutes to keep a share of: named apart.
  let noTime = false;
  // A cap rounded down to the 5-min grid keeps less than the share of its day: the text says so (Lea's Monday, 70 %
  // of 20 min, is 14 min, at most 10 on the grid; coach read of the demo club).
  let rounded = false;
  const named: string[] = [];
  for (const d of g.affected) {
    const c = g.ctxDays.get(d) as ContextDayCap;
    if (c.averageDay) average = true;
    const none = g.ctx.availability[d] <= 0;
    if (none) noTime = true;
    if (c.cap < (c.usual ?? 0) * share - 1e-9) rounded = true;
    named.push(
      `${weekdayName(d)} ${none ? `none (${g.athlete} has no time on ${weekdayName(d)}s)` : min(c.usual ?? 0)}${c.averageDay ? `, an average training day of ${g.athlete}'s, with none on ${weekdayName(d)}s lately` : ''}`,
    );
  }
  const grid = rounded ? `, ${Math.round(share * 100)} % of each rounded down to 5 min` : '';
  const same = !average && !noTime && usual.every((u) => u === usual[0]) && caps.every((c) => c === caps[0]);
  const figures = same
    ? `about ${min(usual[0])} a day: at most ${min(caps[0])}${grid}`
    : average || noTime
      ? `about ${andList(named)}: at most ${andList(caps.map(String))} min${grid}`
      : `about ${andList(usual.map(String))} min: at most ${andList(caps.map(String))} min${grid}`;
  return `${kept} of what ${g.athlete} has done lately on ${days} (${figures}; a share of the usual day, not of the plan or of the time available, so the cap holds when the week is reviewed again: our rule of thumb)`;
}

/**
 * The decision's words for a week a life event's own caps bound below the build's or hold's range (`lifeBound`):
 * "The days of the work stress (Monday–Sunday) bound next week: the plan within its caps (its own suggestion) comes
 * to about 90 min; the caps allow up to 140 min, with nothing planned on Wednesday (25 min) and Saturday (25 min). The
 * plan's 90 min is 150 min under the hold's 240–280 min, so that is next week's target; every day of next week is the
 * event's." (It had read "its caps take the week to about 90 min", as if the caps allowed no more, and "the hold
 * applies to the days the event leaves alone, and it leaves none".)
 */
function lifeBoundWords(
  g: Shared,
  week: number,
  /** The events by name (`lifeBoundEvents`), and in words (`andList` of them): the evidence carries both too. */
  names: readonly string[],
  events: string,
): string {
  const { decision } = g;
  const kind = decision.type === 'BUILD' ? 'build' : 'hold';
  const free = g.unaffected;
  const rule =
    free.length === 0
      ? `every day of next week is the ${names.length > 1 ? "events'" : "event's"}`
      : `the ${kind} applies to the days the ${names.length > 1 ? 'events leave' : 'event leaves'} alone (${dayRun(free)})`;
  const its = names.length > 1 ? 'their' : 'its';
  const most = g.lifeBoundMost;
  const idle = g.lifeBoundIdle;
  const room =
    idle.length === 0
      ? ''
      : `, with nothing planned on ${andList(idle.map((d) => `${weekdayName(d)} (${min((g.ctxDays.get(d) as ContextDayCap).cap)})`))}`;
  const weekText = min(week);
  const what =
    most === null
      ? `the plan within ${its} caps (${its} own suggestion) comes to about ${weekText}`
      : `the plan within ${its} caps (${its} own suggestion) comes to about ${weekText}; the caps allow up to ${min(most)}${room}`;
  return `The days of the ${events} (${dayRun(g.affected)}) bound next week: ${what}. The plan's ${weekText} is ${min(decision.minMinutes - week)} under the ${kind}'s ${decision.minMinutes}–${min(decision.maxMinutes)}, so that is next week's target; ${rule}.`;
}

/** The kinds of the life events whose days bound next week, as nouns, each once: ["work stress"]. */
function lifeBoundEvents(g: Shared): string[] {
  const names: string[] = [];
  for (const d of g.affected) {
    const n = EVENT_NAME[(g.ctxDays.get(d) as ContextDayCap).event.kind];
    if (!names.includes(n)) names.push(n);
  }
  return names;
}

/**
 * The most the life event's caps allow a week whose days are `byDay`: each event day at its cap, none under the
 * shortest training day (more only where the plan keeps more, a race); the other days as planned for a hold, at the
 * athlete's time for a build.
 */
function capsMost(g: Shared, byDay: readonly number[]): number {
  let most = 0;
  for (let d = 0; d < 7; d++) {
    const c = g.ctxDays.get(d);
    if (c !== undefined) most += Math.max(c.cap >= g.config.draft.minSessionMinutes ? c.cap : 0, byDay[d]);
    else most += g.decision.type === 'HOLD' ? byDay[d] : g.ctx.availability[d];
  }
  return most;
}

/**
 * With next week bounded at `week` (the plan within the event's caps, days `byDay`): the most the caps allow when
 * that is a 5-min step or more above it (`lifeBoundMost`), and the event's days with room for a session and nothing
 * planned (`lifeBoundIdle`), so the decision's words say the caps allow more than the plan uses, and where.
 */
function lifeBoundRoom(g: Shared, byDay: readonly number[], week: number): void {
  const most = capsMost(g, byDay);
  if (most < week + 5) return;
  g.lifeBoundMost = most;
  for (const d of g.affected) {
    const c = g.ctxDays.get(d) as ContextDayCap;
    if (byDay[d] === 0 && c.cap >= g.config.draft.minSessionMinutes) g.lifeBoundIdle.push(d);
  }
}

/**
 * The decision's own suggestion (else the life event's) carries a week the life event's days bound below the build's
 * or hold's range (`lifeBound`) as evidence (`weekBoundMinutes`, `weekBoundWords`, and the events by name,
 * `weekBoundEvents`: "work stress"): the review states it as the decision's target, and the season outlook starts from
 * it (`lifeBoundOf` in review-athlete).
 */
function withLifeBound(g: Shared): void {
  const week = g.lifeBound;
  if (week === null) return;
  const out = g.out;
  let at = -1;
  for (let i = 0; i < out.length && at < 0; i++) if (out[i].kind === g.decision.reason) at = i;
  for (let i = 0; i < out.length && at < 0; i++) if (out[i].kind.startsWith('LIFE_CONTEXT')) at = i;
  if (at < 0) return;
  const x = out[at];
  // The copy built key by key from an empty object, then the three fields (the same keys in the same order as a
  // spread): a spread literal with fields after it defined each through a runtime call (`DefineNamedOwnIC` on the
  // copy's map, a different one per evidence shape), 1,400 instructions per review on the bench (300 athletes), where
  // the keyed stores cost 240. (A spread copy, then stores, cost the same as the literal.)
  const evidence: Record<string, Evidence[string]> = {};
  const from = x.evidence;
  for (const k in from) evidence[k] = from[k];
  evidence.weekBoundMinutes = week;
  const names = lifeBoundEvents(g);
  const events = andList(names);
  evidence.weekBoundWords = lifeBoundWords(g, week, names, events);
  evidence.weekBoundEvents = events;
  out[at] = copySuggestion(x, x.rationale, x.athleteText, evidence);
}

/** The life-context suggestion, with each day's minutes before and after; none when the plan needs no change. */
function suggestLifeContext(g: Shared): void {
  const { plan, ctxDays, affected } = g;
  const w = lifeContextWork(g);
  if (w === null || w.changes.length === 0) return;
  const { changes, moved, eased, unkeyed, restDays, reduced, kept } = w;
  const first = ctxDays.get(affected[0]) as ContextDayCap;
  const before = planMinutesByDay(plan);
  const after = planMinutesByDay(w.sim);
  // One pass over the affected days: their names (for the text, and comma-separated for the evidence), the
  // largest cap, the days whose minutes change, and the events on them (built as strings, not mapped and joined).
  const dayNumbers: string[] = [];
  const events: ParsedEvent[] = [];
  let days = '';
  let dayList = '';
  let maxCap = 0;
  for (let i = 0; i < affected.length; i++) {
    const d = affected[i];
    const c = ctxDays.get(d) as ContextDayCap;
    const name = weekdayName(d);
    days = i === 0 ? name : `${days}, ${name}`;
    dayList = i === 0 ? name : `${dayList},${name}`;
    maxCap = i === 0 ? c.cap : Math.max(maxCap, c.cap);
    if (before[d] !== after[d]) dayNumbers.push(`${name} ${before[d]} → ${after[d]} min`);
    if (!events.includes(c.event)) events.push(c.event);
  }
  // Each event in words, its kind and its days in the athlete's week, its note quoted cleanly (no dates).
  const eventWords: string[] = [];
  for (const e of events) eventWords.push(eventInWeekWords(e, g.ctx.nextWeekStart));
  const what = andList(eventWords);
  const rule =
    first.share !== null
      ? shareRule(g, first.share, days)
      : maxCap <= 0
        ? `plan no training on ${days}${racesStay(plan, affected)}`
        : `plan at most ${min(maxCap)} a day on ${days}${first.own ? ` (${g.athlete}'s own estimate)` : first.equipped ? ` (with a ${noteEquipment(first.event.source.note) ?? 'treadmill or gym'} there: our cap for ${first.event.kind === 'TRAVEL' ? 'a trip' : 'an event'} with a treadmill or gym, ${min(g.config.context[first.event.kind].maxMinutesPerDay ?? 0)} without one)` : ''}`;
  // Quality sessions the cap leaves real ones stay on their days, trimmed with them.
  const keptLeft =
    kept.length === 0
      ? kept
      : kept.filter((x) => w.sim.sessions.some((y) => y.id === x.id && y.minutes < x.minutes));
  const keptText =
    keptLeft.length === 0
      ? ''
      : g.decision.reentry !== null
        ? // A re-entry week makes them easy runs (`Decision.reentry`): they stay on their days, not as quality (Tom's
          // trip text had kept his steady blocks and tempo "as shorter quality sessions" beside an easy-only re-entry week).
          // (Beside a re-entry week that reached into these days, its own text says what it makes of them.)
          `; ${andList(keptLeft.map(sessionLabel))} ${keptLeft.length === 1 ? 'fits the cap as a shorter session and stays on its day' : 'fit the cap as shorter sessions and stay on their days'}${g.reentryReach && g.volumeCarries() ? '' : ', as easy runs in the re-entry week (see the hold)'}`
        : `; ${andList(keptLeft.map(sessionLabel))} ${keptLeft.length === 1 ? 'fits the cap as a shorter quality session and stays on its day' : 'fit the cap as shorter quality sessions and stay on their days'}`;
  const total = g.planTotal;
  const totalAfter = planMinutes(w.sim);
  const kind: SuggestionKind =
    restDays.length > 0 || reduced > 0 || moved.length === 0
      ? 'LIFE_CONTEXT_REDUCTION'
      : 'LIFE_CONTEXT_RESCHEDULE';
  const both = g.reentryReach && g.volumeCarries() ? reentryWithin(g, kept) : withVolume(g, before);
  // A day whose cap is under the shortest session becomes a rest day: the text says why its minutes go to 0 (Lea's
  // Monday, at most 10 min, "30 → 0 min"). The rule is the day's, its sessions together (`capAffectedDays`): a day
  // scaled to its cap may keep a session shorter than that (Lea's Thursday, 40 min: a 25-min run and a 15-min
  // strength), so the text names a training day, not a session (it had said "under the shortest session (20 min)"
  // beside that 15-min strength).
  const shortCaps: number[] = [];
  for (const d of restDays) {
    const c = ctxDays.get(d);
    if (c !== undefined && c.cap > 0) shortCaps.push(d);
  }
  const restWhy =
    shortCaps.length === 0
      ? ''
      : `; the ${shortCaps.length === 1 ? 'cap' : 'caps'} on ${andList(shortCaps.map((d) => weekdayName(d)))} (${andList(shortCaps.map((d) => String((ctxDays.get(d) as ContextDayCap).cap)))} min) ${shortCaps.length === 1 ? 'is' : 'are'} under the shortest training day (${min(g.config.draft.minSessionMinutes)}, its sessions together), so ${shortCaps.length === 1 ? 'it is a rest day' : 'they are rest days'}`;
  g.add(
    kind,
    'ATTENTION',
    ['ADAPTATION', 'INDIVIDUALIZATION'],
    'HEURISTIC',
    `${capitalise(what)}: ${rule}${keptText}${moved.length > 0 ? `; move ${joined(moved, '; ')}` : ''}${eased.length > 0 ? `; ${joined(eased, ', ')} ${eased.length === 1 ? 'becomes an easy run' : 'become easy runs'}` : ''}${unkeyedText(unkeyed, restDays)}${restWhy}${dayNumbers.length > 0 ? `: ${joined(dayNumbers, ', ')}, the week ${total} → ${totalAfter} min (${pct((totalAfter / Math.max(1, total) - 1) * 100)})` : ''}, so those days fit real life instead of piling up missed sessions.${both}`,
    {
      affectedDays: dayList,
      capMinutesPerDay: maxCap,
      keptShare: first.share,
      minutesRemoved: total - totalAfter,
      planMinutesAfter: totalAfter,
      movedSessions: moved.length,
      unkeyedSessions: unkeyed.length,
    },
    changes,
    'LIFE_CONTEXT',
    w.simApplied ? w.sim : undefined,
  );
}

/**
 * The complete weeks of the last four whose published plans were done at under {@link LOW_COMPLETION_SHARE} of
 * their minutes: plans above what the athlete does are the same fault as a plan designed back from a goal, and the
 * question for the coach is the athlete's time, not their fitness (Kasper logged 194 and 221 min of 360 and 365
 * planned, and the warning blamed only next week's plan). Said when two or more were (`plansNotDone`).
 * - Done is every minute logged in the week, not only on the days with a planned session (Tom's 30-min bike
 *   commute on his rest day was left out of "264 min done": it is time he had).
 * - Days a life event or an illness covers say nothing about the plan: the week is judged on its other days, as
 *   the compliance metric leaves out the days of an illness or a trip. A week whose other days hold less than
 *   half of its planned minutes is the event's, not the plan's (Sofia's daughter was ill Wednesday–Saturday;
 *   on her other days she did 77 of 120 min, and her week before was at 65 %: the question is hers too).
 * `parts`: each week in words, oldest first; `sizes`: each week's whole plan in minutes (its covered days too).
 */
function shortPlans(g: Shared): {
  readonly parts: readonly string[];
  readonly sizes: readonly number[];
  /** The other plans judged (done at 70 % or more), as the note names them: "the week of 2026-11-16's (423 of 450 min)". */
  readonly kept: readonly string[];
  /** The weeks a life event or an illness took (`eventsWeek`), not judged: "the week of 2026-11-16, most of its plan on the days of the trip". */
  readonly aside: readonly string[];
} {
  const thisWeek = g.ctx.nextWeekStart - 7;
  const from = thisWeek - 28;
  const parts: string[] = [];
  const sizes: number[] = [];
  const kept: string[] = [];
  const aside: string[] = [];
  for (const w of g.m.compliance.weeks) {
    const d = toDayNumber(w.weekStart);
    if (d >= thisWeek || d < from || w.plannedMinutes <= 0) continue;
    // One judgement of the week for every text (`weekAgainstPlan`): its days of a life event or an illness aside.
    const j = weekAgainstPlan(g.s.input, g.state, d, w.plannedMinutes);
    if (j === null) continue;
    if (j.eventsWeek) {
      aside.push(`the week of ${w.weekStart}, most of its plan on the days of the ${andList(j.what)}`);
      continue;
    }
    if (!j.short) {
      kept.push(
        `the week of ${w.weekStart}'s (${min(Math.round(j.done))} of ${min(j.planned)}${j.coveredDays.length === 0 ? '' : `, ${coveredDaysWords(j)}`})`,
      );
      continue;
    }
    const first = parts.length === 0;
    parts.push(
      `in the week of ${w.weekStart}, ${min(Math.round(j.done))}${first ? ' done' : ''} of ${min(j.planned)}${first ? ' planned' : ''}${j.coveredDays.length === 0 ? '' : `, ${coveredDaysWords(j)}`}`,
    );
    sizes.push(j.allPlanned);
  }
  return { parts, sizes, kept, aside };
}

/** The plans-not-done sentence of the backward-design warning ('' with fewer than two such weeks: `shortPlans`). */
function plansNotDone(g: Shared): string {
  const { parts } = shortPlans(g);
  if (parts.length < 2) return '';
  return ` The plans before it went the same way: ${andList(parts)} (under ${Math.round(LOW_COMPLETION_SHARE * 100)} %, our threshold); ask ${g.athlete} whether the plan fits the time there is.`;
}

/**
 * Plans the athlete keeps not doing, when the backward-design warning (which says so in its own text) does not
 * fire: next week's plan is not far enough above the base for it, yet it is as big as plans done at under 70 %
 * in two or more of the last four weeks (`shortPlans`), so it is the same question (our rule): does the plan fit
 * the time there is? Tom's plans of 450 min were done at 294 and 309 min, next week's is 450 again, and the
 * warning, +23 % on his base, had dropped the question with it. A note (no change): attention, as it asks before
 * the plan is published; the volume decision that resizes the plan explains it (`rankByCause`), as it explains
 * the warning. Not said of the engine's own draft (sized from current fitness), nor in a rest week, nor when next
 * week's plan is smaller than the smallest of those plans.
 */
function suggestPlansNotDone(g: Shared): void {
  const { s, decision, plan, athlete } = g;
  if (s.planIsEngineDraft || decision.type === 'REST') return;
  if (g.out.some((x) => x.kind === 'BACKWARD_DESIGN_WARNING')) return;
  const { parts, sizes, kept, aside } = shortPlans(g);
  if (parts.length < 2) return;
  // A race is the goal, not training designed back from it: only the training around it is compared.
  const races = raceMinutes(plan);
  const minutes = planMinutes(plan) - races;
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  if (minutes < smallest) return;
  const what = races > 0 ? 'training around the race' : 'plan';
  const size =
    minutes === smallest && smallest === largest
      ? 'the same size again'
      : minutes > largest
        ? 'bigger than any of them'
        : minutes === largest
          ? 'as big as the biggest of them'
          : 'no smaller than the smallest of them';
  // What the week's suggestions make of it (as the warning says it); nothing when they leave it as it is. Resized,
  // next week is no longer the question, the plans of that size are.
  // (Only the volume decision's own change: it is what ranks the note after it, see `rootKeys`.)
  const resizedTo = !g.volumeCarries()
    ? null
    : g.bothMinutes !== null && g.bothMinutes < g.planTotal
      ? g.bothMinutes - races
      : g.fittedMinutes < g.planTotal
        ? g.fittedMinutes - races
        : null;
  const resized =
    resizedTo === null
      ? ''
      : g.bothMinutes !== null
        ? `the ${words(decision.reason)} suggestion, with ${lifeCaps(g)} (its own suggestion), sizes the week at about ${min(resizedTo)}`
        : `the ${words(decision.reason)} suggestion${sizesWeek(g, races)}`;
  // The plans that were not done are the question, at their own size: the resized week is not one of them (Tom's
  // "sizes the week at about 365 min, but plans that size have not fitted" read as if 365-min plans had failed;
  // his were 450-min plans, coach read 11).
  const sizeWords = smallest === largest ? min(smallest) : `${smallest}–${min(largest)}`;
  const ask =
    resized === ''
      ? `: those plans did not fit ${athlete}'s weeks, so ask ${athlete} whether the plan fits the time there is before it is published`
      : `; ${resized}, but the plans that did not fit ${athlete}'s weeks were of ${sizeWords}: ask ${athlete} whether plans of that size fit the time there is`;
  // How many of the last four weeks' plans, and how the others went (coach read 11: "Tom's last plans were done
  // well short" left out his 11-16 plan, done at 423 of 450 min).
  const judged = parts.length + kept.length;
  const lead =
    kept.length === 0
      ? `${athlete}'s last ${judged} plans were all done well short`
      : `${parts.length} of ${athlete}'s last ${judged} plans were done well short`;
  const others =
    kept.length === 0
      ? ''
      : kept.length === 1
        ? `; the other, ${kept[0]}, was done`
        : `; the others were done: ${andList(kept)}`;
  const asideWords = aside.length === 0 ? '' : ` (not counting ${andList(aside)})`;
  g.add(
    'PLANS_NOT_DONE',
    'ATTENTION',
    ['INDIVIDUALIZATION', 'EXTERNAL_EYES'],
    'HEURISTIC',
    `${lead}${asideWords}: ${andList(parts)} (under ${Math.round(LOW_COMPLETION_SHARE * 100)} %, our threshold)${others}. Next week's ${what} has ${min(minutes)}, ${size}${ask}.`,
    {
      weeksShort: parts.length,
      weeksJudged: judged,
      planMinutes: minutes,
      smallestShortPlan: smallest,
      // The week's minutes after the volume decision that makes it smaller (null: none does; see `rootKeys`).
      resizedTo,
    },
    [],
  );
}

/**
 * What the volume decision's suggestion makes of the week, for another suggestion's text: " brings the week to
 * 250 min (its target: about 235 min)" where its change lands away from the target (a build trims a plan to its
 * range's top: Kasper's "sizes the week at about 235 min" landed on 250, coach read 6), else " sizes the week at
 * about 235 min".
 */
function sizesWeek(g: Shared, races: number): string {
  const target = g.decision.targetMinutes;
  const landed = g.fittedMinutes - races;
  return g.fittedMinutes !== g.planTotal && Math.abs(landed - target) >= 5
    ? ` brings the week to ${min(landed)} (its target: about ${min(target)})`
    : ` sizes the week at about ${min(target)}`;
}

/**
 * The recent weekly load the backward-design warning compares next week's plan with: the mean load of the weeks
 * the base counts (`baseLoad`, `baseWeekLoad`: this week's days to come as the minutes count them), so the
 * minutes and the load of one text stand on the same weeks, counted one way (Kasper's minutes left this week
 * aside as a down week while the load average counted it; Sofia's minutes counted her days to come at 71 %, the
 * load as planned). Over a silence, or with no base of whole weeks, the metric's own figure (its silent days left
 * out) stands (`onBase` false). Its words are `backwardDesignWords`, built only when the warning is given.
 */
function backwardDesignReference(g: Shared): { readonly load: number | null; readonly onBase: boolean } {
  const { m, state, decision } = g;
  const chronic = m.chronicWeeklyLoad.value;
  if (m.chronicWeeklyLoad.note?.includes('without contact') === true) return { load: chronic, onBase: false };
  const ref = baseLoad(state, decision);
  if (ref === null || ref <= 0) return { load: chronic, onBase: false };
  return { load: ref, onBase: true };
}

/**
 * The backward-design reference (`backwardDesignReference`) in words. `lead`: the words after "+N % above " when
 * the load leads the text; `same`: when the minutes lead (their weeks named already), "the same weeks' average of
 * 1026 load units (…)".
 */
function backwardDesignWords(
  g: Shared,
  reference: { readonly load: number | null; readonly onBase: boolean },
): { readonly lead: string; readonly same: string } {
  const { m, state, decision } = g;
  const ref = reference.load ?? 0;
  if (!reference.onBase) {
    const plain = `the recent weekly average of ${Math.round(ref)} load units`;
    return { lead: plain, same: plain };
  }
  const used = decision.baseWeeks;
  const illness: { start: number; end: number }[] = [];
  if (state.recentIllness !== null) illness.push(state.recentIllness);
  for (const e of state.events) if (e.confirmed && e.kind === 'ILLNESS') illness.push(e);
  const short = decision.baseThisWeek;
  const thisWeek =
    short !== null
      ? `, this week, its days to come at that ${Math.round(short.share * 100)} %: ${short.counted} of their ${short.toCome} min`
      : daysToCome(state) <= 0
        ? ', this week'
        : state.projectedFromPlan
          ? ', this week, its days to come as planned'
          : ', this week, its days to come as the same days went last week';
  const b = baseWeeksWords(decision, m.weeks);
  const aside = b.since !== '' ? `: ${b.since}` : b.left !== '' ? `, with ${b.left} left aside` : '';
  if (used.length === 1) {
    const marks = weekMarks(state.nextWeekStart, illness, thisWeek, used[0]);
    return {
      lead: `the ${Math.round(ref)} load units of the week of ${m.weeks[used[0]]?.start ?? ''} (${marks.replace(/^, /, '')}${marks === '' ? '' : '; '}the last build week${aside})`,
      same: `the same week's ${Math.round(ref)} load units`,
    };
  }
  // Oldest first, as the base's words name them.
  const names: string[] = [];
  for (let i = used.length - 1; i >= 0; i--) {
    const k = used[i];
    names.push(
      `${m.weeks[k]?.start ?? ''} (${Math.round(baseWeekLoad(state, short, k))}${weekMarks(state.nextWeekStart, illness, thisWeek, k)})`,
    );
  }
  const listed = `the weeks of ${andList(names)}`;
  return {
    lead: `the recent weekly average of ${Math.round(ref)} load units (${aside === '' && short === null && used.length === 3 ? 'the last three weeks' : listed}${aside})`,
    same: `the same weeks' average of ${Math.round(ref)} load units (${andList(names)})`,
  };
}

/**
 * What `backwardDesignWords` says of base week `k` besides its load: this week's days to come (`thisWeek`, week 0),
 * an illness in it. A module function, not a closure made per call (the closures ran in baseline code).
 */
function weekMarks(
  nextWeekStart: number,
  illness: readonly { readonly start: number; readonly end: number }[],
  thisWeek: string,
  k: number,
): string {
  const start = nextWeekStart - 7 * (k + 1);
  let ill = false;
  for (const r of illness) if (r.start <= start + 6 && r.end >= start) ill = true;
  return `${k === 0 ? thisWeek : ''}${ill ? ', with the illness' : ''}`;
}

function suggestBackwardDesign(g: Shared): void {
  const { s, state, decision, plan, config, m } = g;
  if (!s.planIsEngineDraft && decision.type !== 'REST') {
    const reference = state.completeWeeks >= 2 ? backwardDesignReference(g) : null;
    const chronic = reference === null ? null : reference.load;
    if (reference !== null && chronic !== null && chronic > 0) {
      // A race is the goal, not training designed back from it: only the training around it is compared.
      const load = planLoad(plan, g.zoneRpe, true);
      const races = raceMinutes(plan);
      const over = load / chronic - 1;
      // The minutes too, against the recent weeks the volume decision names (the down weeks aside): an athlete
      // who logs harder than the plan asks has a high chronic load, so a plan 70 % longer than the weeks
      // behind it can stay under the load threshold while the coach sees a week designed back from a goal.
      const minutes = planMinutes(plan) - races;
      const base = g.ev.baseWeeklyMinutes;
      // (Not over a silence: its days count as zero minutes in those weeks, where the load leaves them out.)
      const silent = m.chronicWeeklyLoad.note?.includes('without contact') === true;
      const overMinutes = base > 0 && !silent ? minutes / base - 1 : 0;
      const pctMax = config.progression.backwardDesignPct;
      if (over > pctMax || overMinutes > pctMax) {
        const refWords = backwardDesignWords(g, reference);
        const what = races > 0 ? 'training around the race' : 'plan';
        const silence = m.chronicWeeklyLoad.note?.includes('without contact')
          ? ` (${m.chronicWeeklyLoad.note.split(';')[0]}: nothing is known of them)`
          : '';
        const byLoad = (against: string): string =>
          `${pct(over * 100)} ${over >= 0 ? 'above' : 'below'} ${against}${silence}`;
        // Over in minutes only: the load's figures follow as a sentence of their own (one parenthesis each), on
        // the weeks the minutes name.
        const lead =
          over > pctMax
            ? `Next week's ${what} is about ${Math.round(load)} load units (${min(minutes)}), ${byLoad(refWords.lead)}`
            : `Next week's ${what} has ${min(minutes)}, ${pct(overMinutes * 100)} above ${baseAbove(g, base)})`;
        const inLoad =
          over > pctMax
            ? ''
            : ` In load it is about ${Math.round(load)} load units, ${byLoad(refWords.same)}.`;
        // Over in both: the minutes too, on the same weeks (Kasper's "+72 % above the 221 min" had been the lead).
        const sameMinutes = !reference.onBase
          ? `the recent ${min(base)} a week`
          : decision.baseWeeks.length === 1
            ? `the same week's ${min(base)}`
            : `the same weeks' average of ${min(base)}`;
        const inMinutes =
          over > pctMax && overMinutes > pctMax
            ? ` In minutes it is ${pct(overMinutes * 100)} above ${sameMinutes}.`
            : '';
        const notDone = plansNotDone(g);
        g.add(
          'BACKWARD_DESIGN_WARNING',
          Math.max(over, overMinutes) > config.progression.backwardDesignUrgentPct ? 'URGENT' : 'ATTENTION',
          ['CURRENT_FITNESS', 'EXTERNAL_EYES'],
          'HEURISTIC',
          `${lead}: it looks designed back from a goal rather than from current fitness.${inLoad}${inMinutes} The ${words(decision.reason)} suggestion${g.bothMinutes === null ? sizesWeek(g, races) : `, with ${lifeCaps(g)} (its own suggestion), sizes the week at about ${min(g.bothMinutes - races)}`}.${notDone}`,
          {
            planLoad: Math.round(load),
            // The base's weekly load (`backwardDesignReference`; the metric's own over a silence or without a base).
            baseWeeklyLoad: Math.round(chronic),
            overPct: round1(over * 100),
            planMinutes: minutes,
            baseWeeklyMinutes: Math.round(base),
            baseWeekOf: g.ev.baseWeekOf,
            overMinutesPct: round1(overMinutes * 100),
            plansNotDone: notDone.length > 0,
          },
          [],
        );
      }
    }
  }
}

function suggestMonotony(g: Shared): void {
  const { s, decision, plan, config, m } = g;
  const mono = m.monotony.value;
  if (mono !== null && mono > config.load.monotonyHigh && decision.type !== 'REST') {
    const changes: PlanChange[] = [];
    const byDay = planMinutesByDay(plan);
    if (!byDay.some((v) => v === 0)) {
      const keys = keyDays(plan);
      let day = -1;
      for (let d = 0; d < 7; d++) if (!keys[d] && (day < 0 || byDay[d] < byDay[day])) day = d;
      if (day >= 0) changes.push({ type: 'INSERT_REST_DAYS', days: [day as Weekday] });
    }
    for (const x of plan.sessions) {
      if (x.key || x.kind !== 'RUN' || !isHard(x, g.zoneRpe)) continue;
      if (changes.some((c) => c.type === 'INSERT_REST_DAYS' && c.days.includes(x.day))) continue;
      changes.push({
        type: 'REPLACE_INTENSITY',
        sessionId: x.id,
        effort: EASY_REPLACEMENT,
        intervals: null,
        purpose: 'Easy run: keep easy days easy',
      });
    }
    g.add(
      'MONOTONY_VARY',
      'ATTENTION',
      ['PROGRESSION'],
      'EVIDENCE',
      `Training monotony over the 7 days to ${s.input.reviewDate} was ${m.monotony.note?.startsWith('the same load') ? `at the cap of ${num(mono, 1)}: the same load every day, the most monotonous week there is` : num(mono, 1)} (daily load mean ÷ SD; above ${config.load.monotonyHigh} goes with staleness and illness, Foster 1998): make easy days truly easy and keep at least one full rest day so hard days can be hard.`,
      { monotony: round2(mono), strain: m.strain.value === null ? null : Math.round(m.strain.value) },
      changes,
    );
  }
}

/**
 * What the life event's own suggestion does to session `x`, said with the session's label (empty: it leaves
 * it as it is): its day made a rest day, the session moved, made an easy session, or kept on its day, shorter.
 */
function lifeDoes(w: LifeContextWork | null, x: PlannedSession): string {
  if (w === null || w.changes.length === 0) return '';
  const y = w.sim.sessions.find((z) => z.id === x.id);
  const label = sessionLabel(x);
  if (y === undefined) return `leaves no training on ${weekdayName(x.day)}, ${label} included`;
  if (y.day !== x.day) return `takes ${label} off ${weekdayName(x.day)}, to ${weekdayName(y.day)}`;
  if (y.key !== x.key || y.effort.value !== x.effort.value || y.effort.type !== x.effort.type)
    return `makes ${label} an easy session${y.minutes < x.minutes ? ` of ${min(y.minutes)}` : ''}`;
  if (y.minutes < x.minutes) return `keeps ${label} on ${weekdayName(x.day)}, ${min(y.minutes)} long`;
  return '';
}

/**
 * The projection's first step from a long run off the 5-min grid, as `longRunCap` takes it and said as it is: "122 min
 * → 130 min first, its 10-min step rounded down onto the grid (+8 min), then 15 min from 130 min" (it had read "at
 * least 10 min from an hour … 122 min → 130 min first", an 8-min step, for Noah, Nora, Lea and Oskar).
 */
function offGridFirstStep(from: number): string {
  const to = longRunCap(from);
  const step = longRunStep(from);
  // Under an hour from 50 min, 10 % more is rounded to the nearest 5 min (57 → 62.7 → 65), as `longRunCap` does.
  const nearest = from < LONG_RUN_STEP_FLOOR_FROM && from * LONG_RUN_STEP_SHARE >= 5;
  const how = nearest
    ? `${Math.round(LONG_RUN_STEP_SHARE * 100)} % more (${Math.round(from * (1 + LONG_RUN_STEP_SHARE) * 10) / 10} min) rounded to the nearest 5 min`
    : `its ${step}-min step rounded ${to - from < step ? 'down' : 'up'} onto the grid`;
  return `${min(from)} → ${min(to)} first, ${how} (+${min(to - from)}), then ${longRunStep(to)} min from ${min(to)}`;
}

/** The volume decisions' suggestions by kind, as the missed-sessions note names them (`otherDoes`). */
const SUGGESTION_NAME: Partial<Record<SuggestionKind, string>> = {
  RECOVERY_HOLD: 'hold for low readiness',
  RECOVERY_DOWN_WEEK: 'down week for low readiness',
  TAPER: 'taper',
  SCHEDULED_DOWN_WEEK: 'down week',
  CAUTIOUS_HOLD: 'hold',
  BASELINE_HOLD: 'hold',
  ILLNESS_REST: 'rest for the illness',
  ILLNESS_EASY_ONLY: 'easy week for the illness',
  INJURY_CHECK: 'injury check',
  RACE_RECOVERY: 'recovery after the race',
  TRANSITION_AFTER_A_RACE: 'transition after the race',
};

/**
 * What a suggestion made before the missed-sessions note (the volume decision's, most often) does to session `x`,
 * said with the suggestion's name and the session's label (empty: none drops, eases, moves or rests it; one that
 * only scales it leaves it to move).
 */
function otherDoes(g: Shared, x: PlannedSession): string {
  for (const y of g.out) {
    if (y.changes.length === 0) continue;
    const touches = y.changes.some((c) =>
      c.type === 'INSERT_REST_DAYS'
        ? c.days.includes(x.day)
        : (c.type === 'DROP_SESSION' || c.type === 'REPLACE_INTENSITY' || c.type === 'MOVE_SESSION') &&
          c.sessionId === x.id,
    );
    if (!touches) continue;
    const after = applyChanges(g.plan, y.changes);
    if (!after.ok) continue;
    const z = after.plan.sessions.find((w) => w.id === x.id);
    const label = sessionLabel(x);
    // A re-entry week is named so whichever hold carries it (a cautious or an amber one); no other hold is one.
    const reentry = y.kind === g.decision.reason && g.decision.reentry !== null;
    const name = `the ${reentry ? 're-entry week' : (SUGGESTION_NAME[y.kind] ?? 'suggestion above')}`;
    if (z === undefined) return `${name} already drops ${label}`;
    if (z.day !== x.day)
      return `${name} already takes ${label} off ${weekdayName(x.day)}, to ${weekdayName(z.day)}`;
    if (z.key !== x.key || z.effort.value !== x.effort.value || z.effort.type !== x.effort.type)
      return `${name} already makes ${label} an easy session${z.minutes < x.minutes ? ` of ${min(z.minutes)}` : ''}`;
  }
  return '';
}

/**
 * " (the plan has Tuesday's steady blocks on those days; the build drops Wednesday's easy run)": the sessions next
 * week's plan has on the days the missed-sessions note asks about (`days`), as the build leaves it (`g.fitted`, the
 * volume decision's changes applied), and those the build drops or moves off them; '' when the plan has none there.
 * The sessions the note moves itself (`own`) are its own text's. The note and the build describe one plan (coach
 * read 12: Sara's note had said the plan has "Wednesday's easy run on those days" beside a build that drops it,
 * 455 → 380 min).
 */
function onTalkDays(g: Shared, days: readonly number[], own: readonly PlanChange[]): string {
  const on = (x: PlannedSession): boolean =>
    days.includes(x.day) &&
    x.kind !== 'REST' &&
    !own.some((c) => c.type === 'MOVE_SESSION' && c.sessionId === x.id);
  const kept = g.fitted.sessions.filter(on);
  const dropped: string[] = [];
  const moved: string[] = [];
  for (const x of g.plan.sessions) {
    if (!on(x) || kept.some((y) => y.id === x.id)) continue;
    const to = g.fitted.sessions.find((y) => y.id === x.id);
    if (to === undefined) dropped.push(sessionName(x));
    else moved.push(`${sessionName(x)} to ${weekdayName(to.day)}`);
  }
  const gone = [
    ...(dropped.length > 0 ? [`drops ${andList(dropped)}`] : []),
    ...(moved.length > 0 ? [`moves ${andList(moved)}`] : []),
  ];
  const has = kept.length > 0 ? `the plan has ${andList(kept.map(sessionName))} on those days` : '';
  if (gone.length === 0) return has === '' ? '' : ` (${has})`;
  const build = `the build ${gone.join(' and ')}`;
  return has === '' ? ` (${build}, and the plan has no other session on those days)` : ` (${has}; ${build})`;
}

/**
 * A pattern of missed key sessions on a weekday: next week's key session on that day moves to a day with time
 * for it, reliable in the athlete's record and away from the other hard sessions and the long run (never the
 * day before a long run: a hard session there is what the move must not make). With no such day, or when the
 * life event's own suggestion already changes that session next week (the two never act on one session), it
 * moves nothing and says the pattern is worth a talk (INFO), rather than make a bad move.
 */
function suggestMissedSessions(g: Shared): void {
  const { s, state, plan, config, m, affected, athlete } = g;
  // A day that keeps failing, key sessions or not (Sara's Wednesday easy runs, 3 weeks running): no key session
  // moves onto it, and it is worth a talk before the week is published.
  const failing = g.failingDays;
  if (state.missedKeyWeekdays.length > 0 || failing.length > 0) {
    const changes: PlanChange[] = [];
    let sim = plan;
    const badDays = [...state.missedKeyWeekdays.map((x) => x.day), ...failing.map((x) => x.day)];
    const life = lifeContextWork(g);
    const moved: string[] = [];
    const stuck: string[] = [];
    const beside: string[] = [];
    const byLife: string[] = [];
    // A race or taper week: the taper shapes it, and a missed-day pattern waits (`taperWeekMove`).
    const taper = taperWeekMove(g);
    const heldByTaper: string[] = [];
    for (const x of plan.sessions) {
      if (!badDays.includes(x.day) || !x.key || x.kind === 'RACE') continue;
      // The volume decision's own drop or easing first: a re-entry week that drops or eases the session is what the
      // week has, whatever the life event's caps would keep of it (Tom's note had said the trip keeps his steady
      // blocks "60 min long" beside an easy-only re-entry week, issue #11); nor is one moved that another suggestion of
      // the review already drops, eases, moves or rests (Lea's hill repeats, made an easy run by the graded return of
      // her hold, had been moved to Thursday as a key session, issue #11).
      const first = otherDoes(g, x);
      if (first !== '') {
        byLife.push(first);
        continue;
      }
      const does = lifeDoes(life, x);
      if (does !== '') {
        const kind = g.ctxDays.get(x.day)?.event.kind ?? 'OTHER';
        byLife.push(`the suggestion for the ${EVENT_NAME[kind]} already ${does}`);
        continue;
      }
      const to = bestDay(
        sim,
        s,
        x,
        taper === null ? [...badDays, ...affected] : [...badDays, ...affected, ...taper.closed(x.day)],
        true,
        g.zoneRpe,
        life?.sim,
      );
      if (to < 0) {
        (taper !== null ? heldByTaper : to === ONLY_BESIDE_HARD ? beside : stuck).push(sessionLabel(x));
        continue;
      }
      const change: PlanChange = {
        type: 'MOVE_SESSION',
        sessionId: x.id,
        fromDay: x.day,
        toDay: to as Weekday,
      };
      const next = applyChanges(sim, [change]);
      if (!next.ok) {
        stuck.push(sessionLabel(x));
        continue;
      }
      changes.push(change);
      sim = next.plan;
      const rate = state.weekdayCompletion[to];
      moved.push(
        `${sessionLabel(x)} to ${weekdayName(to)}${rate !== null ? ` (${Math.round(rate * 100)} % completed)` : ''}`,
      );
    }
    const worst = state.missedKeyWeekdays.slice().sort((a, b) => b.misses - a.misses || a.day - b.day)[0] as
      (typeof state.missedKeyWeekdays)[number] | undefined;
    const parts: string[] = [];
    if (moved.length > 0)
      parts.push(
        `Move ${moved.join('; ')}, a day that works for ${athlete}, away from the other hard sessions and the long run.`,
      );
    if (taper !== null && moved.length > 0) parts.push(`${taper.words}.`);
    if (heldByTaper.length > 0 && taper !== null)
      parts.push(
        `${taper.words}, and no earlier day has time for ${andList(heldByTaper)} away from the other hard sessions and the long run, so ${heldByTaper.length === 1 ? 'it stays where it is' : 'they stay where they are'}: the pattern is worth a talk with ${athlete} ${taper.race === null ? 'once the taper is over' : 'after the race'}.`,
      );
    if (byLife.length > 0) parts.push(`Next week, ${byLife.join('; ')}, so nothing moves here.`);
    const stays = (xs: readonly string[]): string =>
      xs.length === 1 ? 'it stays where it is' : 'they stay where they are';
    if (beside.length > 0)
      parts.push(
        `Every day with time for ${andList(beside)} next week is the day before or after another hard session or the long run, so ${stays(beside)} rather than make two hard days in a row.`,
      );
    if (stuck.length > 0)
      parts.push(`No other day next week has time for ${andList(stuck)}, so ${stays(stuck)}.`);
    const weeks = config.compliance.patternWeeks;
    const heads: string[] = [];
    if (worst !== undefined)
      heads.push(
        `Key sessions on ${weekdayName(worst.day)} were missed ${worst.misses} times in the last ${weeks} weeks (${worst.dates.join(', ')}).`,
      );
    const keyOn = (d: number, date: string): boolean =>
      state.patternWindowMisses.some((y) => y.day === d && y.date === date && y.key);
    for (const x of failing) {
      const keys = x.dates.filter((date) => keyOn(x.day, date)).length;
      heads.push(
        `${weekdayName(x.day)}'s sessions were missed in ${x.dates.length} of the last ${weeks} weeks (${x.dates.join(', ')}), ${keys === 0 ? 'none of them a key session' : keys === 1 ? 'one of them a key session' : `${keys} of them key sessions`}.`,
      );
    }
    // The days beside a failing day, missed in the same weeks: the midweek as a coach reads it (Sara's Tuesdays).
    const near: number[] = [];
    const nearMissed: number[] = [];
    // Their dates' count, for the athlete's text (which names the same days as this one).
    const nearCounts: number[] = [];
    for (const x of failing)
      for (const d of [x.day - 1, x.day + 1])
        if (d >= 0 && d <= 6 && !badDays.includes(d) && !near.includes(d)) near.push(d);
    for (const d of near.sort((a, b) => a - b)) {
      const dates: string[] = [];
      let n = 0;
      for (const y of state.patternWindowMisses) {
        if (y.day !== d) continue;
        n++;
        if (!dates.includes(y.date)) dates.push(y.date);
      }
      if (dates.length === 0) continue;
      nearMissed.push(d);
      nearCounts.push(dates.length);
      dates.sort();
      heads.push(
        `${weekdayName(d)}'s ${n === 1 ? 'session was' : 'sessions were'} missed on ${andList(dates.map((date) => (keyOn(d, date) ? `${date} (a key session)` : date)))} as well.`,
      );
    }
    if (failing.length > 0) {
      const talkDays = [...failing.map((x) => x.day), ...nearMissed].sort((a, b) => a - b);
      const many = talkDays.length > 1;
      const days = andList(talkDays.map((d) => `${weekdayName(d)}s`));
      // The build is sized from the minutes done (a missed session counts as 0), so the pattern does not cut it:
      // what needs settling before it is published is which days hold its sessions (our rule).
      const build =
        g.decision.type === 'BUILD'
          ? ` Next week's build is sized from the minutes done in the recent weeks (a missed session counts as 0${g.decision.baseThisWeek !== null ? ", and this week's days to come at the share of its plan done so far" : ''}), so it needs no cut for this; what needs settling before it is published is which days hold its sessions${onTalkDays(g, talkDays, changes)}.`
          : '';
      parts.push(
        `The pattern is worth a talk with ${athlete} before next week is published: what gets in the way on ${days}, and which ${many ? 'days' : 'day'} would work better.${build}`,
      );
    } else if (
      moved.length + byLife.length + beside.length + stuck.length + heldByTaper.length === 0 &&
      worst !== undefined
    )
      parts.push(`Next week's plan already keeps key sessions off ${weekdayName(worst.day)}.`);
    else if (moved.length === 0 && heldByTaper.length === 0 && worst !== undefined)
      parts.push(
        `The ${weekdayName(worst.day)} pattern is worth a talk with ${athlete}: what gets in the way that day, and which day would work better.`,
      );
    const lead = worst ?? { day: failing[0].day, misses: failing[0].dates.length, dates: failing[0].dates };
    g.add(
      'MISSED_SESSIONS_PATTERN',
      // A talk before next week is published (a day that keeps failing) is attention, as a move is (coach read 12);
      // in a race or taper week the taper outranks the pattern (coach read: Lukas), so it is a note.
      taper === null && (changes.length > 0 || failing.length > 0) ? 'ATTENTION' : 'INFO',
      ['INDIVIDUALIZATION', 'EXTERNAL_EYES'],
      'HEURISTIC',
      `${heads.join(' ')} ${parts.join(' ')}`,
      {
        weekday: weekdayName(lead.day),
        misses: lead.misses,
        dates: lead.dates.join(','),
        pattern: worst !== undefined ? 'KEY_SESSIONS' : 'DAY',
        askFirst: failing.length > 0,
        // The days beside it missed in the same weeks, and on how many dates each (comma lists; null: none).
        alsoWeekdays: nearMissed.length > 0 ? nearMissed.map(weekdayName).join(',') : null,
        alsoMisses: nearCounts.length > 0 ? nearCounts.join(',') : null,
        compliancePct: m.compliance.pct.value,
        // A race or taper week: a move only to an earlier day, and the taper ranks first (`taperWeekMove`).
        taperWeek: taper !== null,
      },
      changes,
    );
  }
}

/**
 * Next week as a race or taper week for the missed-sessions move (our rule; coach read of the demo club, athlete06
 * Lukas: Tuesday's 55-min race-specific moved to Wednesday, two days before his A marathon, where the taper in the
 * same review keeps only an easy run or a shake-out): the taper shapes the week, so a key session moves only to an
 * earlier day than its own, and never into the race's last days (`RACE_EVE_DAYS` before a race of half-marathon length
 * or longer, the day before a shorter one), the race day or the days after it. Null in any other week.
 */
function taperWeekMove(g: Shared): {
  readonly race: ParsedRace | null;
  /** The weekdays closed to a session of weekday `from`. */
  readonly closed: (from: number) => number[];
  readonly words: string;
} | null {
  const nws = g.ctx.nextWeekStart;
  let race: ParsedRace | null = null;
  for (const r of g.ctx.racesNextWeek)
    if ((r.priority === 'A' || r.priority === 'B') && (race === null || r.day < race.day)) race = r;
  if (race === null && g.decision.reason !== 'TAPER') return null;
  const eve = race === null ? 0 : race.minutes >= HALF_MARATHON_MINUTES ? RACE_EVE_DAYS : 1;
  const limit = race === null ? 7 : race.day - nws - eve;
  const closed = (from: number): number[] => {
    const out: number[] = [];
    for (let d = 0; d < 7; d++) if (d >= from || d >= limit) out.push(d);
    return out;
  };
  // A B race's week is no taper (a hold, the race ruling the build out): the race shapes it (reviewer of the diff).
  const shaper = g.decision.reason === 'TAPER' ? 'the taper' : 'the race';
  const words =
    race === null
      ? `Next week is a taper week, and the taper shapes it: a key session moves only to an earlier day (our rule)`
      : `Next week is ${g.athlete}'s race week (${raceName(race)} on ${weekdayName(race.day - nws)} ${fromDayNumber(race.day)}${talkMark(g, race)}), and ${shaper} shapes it: a key session moves only to an earlier day, never into the last ${eve === 1 ? 'day' : `${eve} days`} before the race (our rule)`;
  return { race, closed, words };
}

function suggestNoContact(g: Shared): void {
  const { state, config, m, athlete } = g;
  const since = m.daysSinceContact.value;
  if (since !== null && since < config.contact.noContactDays) {
    suggestLogSilence(g, since);
    return;
  }
  if (
    (since !== null && since >= config.contact.noContactDays) ||
    (since === null && state.historyDays >= 7)
  ) {
    const lastDate = since === null ? null : fromDayNumber(state.reviewDay - since);
    // The training, too: a silence over weeks still logged is not one over weeks without a session (Henrik: no
    // check-in for 6 days, no session for 8, a 100-min long run and a whole week missed; coach read 4). Said when
    // nothing was logged for as long as the no-contact threshold (the metrics list the last 42 days).
    const lastRun = state.recentSessions.lastDay;
    const idle = lastRun === -Infinity ? null : state.reviewDay - lastRun;
    const lastSession = idle === null ? null : fromDayNumber(lastRun);
    const stopped =
      idle === null
        ? ', and no session logged in the last 6 weeks'
        : idle >= config.contact.noContactDays
          ? `, and no session logged since ${lastSession} (${idle} days)`
          : '';
    // The recovery suggestion rests on the last check-in's readings, held through the silence: the reach-out comes
    // first, at its severity (`EXPLAINS`, `restsOn`), and says why.
    let stale: Suggestion | null = null;
    const resting = RESTS_ON_BY_RANK[kindRank('NO_CONTACT_REACH_OUT')];
    for (const x of g.out)
      if (
        resting.includes(kindRank(x.kind)) &&
        (stale === null || severityRank(x.severity) < severityRank(stale.severity))
      )
        stale = x;
    const severity = since !== null && since < config.contact.noContactUrgentDays ? 'ATTENTION' : 'URGENT';
    const race = g.ctx.nextARace;
    // An A race this week or next is named even when no taper is suggested (the race week is the current one, and next
    // week is its transition): the plan assumes the athlete is fit to start it (Lukas, silent 6 days with his marathon
    // on Friday: next Monday's reach-out had lost the race; coach read of the demo club, issue #11).
    const raceSoon =
      race !== null && race.day >= state.reviewDay && race.day < g.ctx.nextWeekStart + 7 ? race : null;
    const asks =
      lastDate === null
        ? ''
        : stale === null
          ? raceSoon === null
            ? ''
            : ` ${raceName(raceSoon)} (A race) on ${weekdayName(raceSoon.day - mondayOf(raceSoon.day))} ${fromDayNumber(raceSoon.day)}, ${raceSoon.day < g.ctx.nextWeekStart ? 'this week' : 'next week'}, assumes ${athlete} has trained up to it and is fit to start, which the silence leaves open: ask how ${athlete} is first.`
          : stale.kind === 'TAPER' && race !== null
            ? ` The taper to ${raceName(race)} on ${fromDayNumber(race.day)} assumes ${athlete} has trained up to it and is fit to start, which the silence leaves open: ask how ${athlete} is first.`
            : ` The ${stale.kind === 'RECOVERY_DOWN_WEEK' ? 'down week' : 'hold'} for low readiness rests on the readings of the last check-in (${lastDate} or before), held through the silence: ask how ${athlete} is first.`;
    g.add(
      'NO_CONTACT_REACH_OUT',
      severity,
      ['EXTERNAL_EYES'],
      'HEURISTIC',
      since === null
        ? `No check-in or message from ${athlete} on record${stopped}: reach out before publishing next week's plan.`
        : `No check-in or message from ${athlete} since ${lastDate} (${since} days)${stopped}: reach out before publishing next week's plan${g.decision.reentry !== null ? `, and until ${athlete} answers make it a re-entry week (see the hold)` : stopped !== '' ? `, which assumes ${athlete} is still training` : ''}; silence often hides illness, life stress or lost motivation.${asks}`,
      {
        daysSinceContact: since,
        lastContactDate: lastDate,
        daysSinceSession: stopped === '' ? null : idle,
        lastSessionDate: stopped === '' ? null : lastSession,
      },
      [],
    );
  }
}

/**
 * A check-in within the no-contact threshold, but no session logged for as long while this week's plan went by
 * unlogged (`buildRuleOuts` holds the week for it): the coach asks what was trained before publishing (coach read,
 * Aroha on Saturday: a Tuesday check-in, nothing logged since Sunday, and a build that said "recovery looks fine").
 */
function suggestLogSilence(g: Shared, since: number): void {
  const { state, config, athlete } = g;
  const missed = state.thisWeekMissed.length;
  if (missed === 0) return;
  const lastRun = state.recentSessions.lastDay;
  if (lastRun === -Infinity || state.reviewDay - lastRun < config.contact.noContactDays) return;
  const idle = state.reviewDay - lastRun;
  const lastDate = fromDayNumber(state.reviewDay - since);
  const lastSession = fromDayNumber(lastRun);
  g.add(
    'NO_CONTACT_REACH_OUT',
    'ATTENTION',
    ['EXTERNAL_EYES'],
    'HEURISTIC',
    `${since === 0 ? `${athlete} is in touch (a check-in or message on ${lastDate}, the day of this review, or since)` : `${athlete} last checked in on ${lastDate} (${since} ${since === 1 ? 'day' : 'days'} ago)`}, but no session has been logged since ${lastSession} (${idle} days), and ${missed === 1 ? "1 of this week's planned sessions" : `${missed} of this week's planned sessions`} went by unlogged: ask what ${athlete} has trained before publishing next week's plan, which assumes ${athlete} is still training (${g.decision.type === 'HOLD' ? 'the week is held, not built, until then' : 'next week is not built until then'}).`,
    {
      daysSinceContact: since,
      lastContactDate: lastDate,
      daysSinceSession: idle,
      lastSessionDate: lastSession,
      logSilence: true,
    },
    [],
  );
}

function suggestRacing(g: Shared): void {
  const { state, ctx, config, m } = g;
  {
    const { issues, densest, touchesNow, ahead } = racingIssues(state, ctx.nextWeekStart, config);
    if (touchesNow) {
      // The advice is about the races still ahead among those named (demo read, Emma: every race named was done but
      // the marathon, and the text had said "consider running some as training or dropping one").
      // The one race ahead under the long-race note's talk (`raceUnderTalk`) is advised there, and this says the same:
      // "running it as training" beside "a later marathon (or not starting this one) is the safer choice" had read as
      // two answers to one question (coach read 18, athlete05 Emma).
      const talk = g.talk !== null && ahead.includes(g.talk) ? g.talk : null;
      const others = talk === null ? ahead : ahead.filter((x) => x !== talk);
      const named = (x: ParsedRace): string => `${raceName(x)} on ${fromDayNumber(x.day)}`;
      const talkWords =
        talk === null
          ? ''
          : `${named(talk)} is still ahead, and the long-race note already asks for a talk about it: if ${g.athlete} starts it, it is run for time on feet with no goal pace, not raced`;
      const advice =
        ahead.length === 0
          ? 'all of them are done: space the next races further apart'
          : talk !== null
            ? others.length === 0
              ? `of these, only ${talkWords}`
              : `of these, ${talkWords}; ${others.length === 1 ? `${named(others[0])} is still ahead too: consider running it as training or dropping it` : `${andList(others.map(named))} are still ahead too: consider running some as training or dropping one`}`
            : ahead.length === 1
              ? `of these, only ${named(ahead[0])} is still ahead: consider running it as training or dropping it`
              : `of these, ${andList(ahead.map(named))} are still ahead: consider running some as training or dropping one`;
      g.add(
        'RACING_TOO_OFTEN',
        'ATTENTION',
        ['LONG_TERM_DEVELOPMENT', 'EXTERNAL_EYES'],
        'HEURISTIC',
        `The race calendar is crowded: ${issues.join('; ')}. Each race costs a taper and a recovery, so little real training happens in between; ${advice} (a heuristic, not a hard rule).`,
        {
          issues: issues.length,
          racesLast8Weeks: m.racesLast8Weeks.value,
          races: densest.length,
          racesAhead: ahead.length,
          raceAheadDate: ahead.length === 1 ? fromDayNumber(ahead[0].day) : null,
          ...(talk !== null ? { pendingRace: raceName(talk), pendingRaceDate: fromDayNumber(talk.day) } : {}),
        },
        [],
      );
    }
  }
}

function suggestNoTransition(g: Shared): void {
  const { s, state, decision, config } = g;
  {
    const season = s.input.season;
    let lastEnd = season?.lastTransitionEnd ? toDayNumber(season.lastTransitionEnd) : -Infinity;
    let earliest = Infinity;
    for (const ph of season?.phases ?? []) {
      const st = toDayNumber(ph.start);
      if (st < earliest) earliest = st;
      if (ph.phase === 'TRANSITION' && st <= state.reviewDay)
        lastEnd = Math.max(lastEnd, Math.min(toDayNumber(ph.end), state.reviewDay));
    }
    const gap = config.racing.transitionMaxGapDays;
    const known = lastEnd > -Infinity || earliest <= state.reviewDay - gap;
    const days = lastEnd > -Infinity ? state.reviewDay - lastEnd : null;
    if (known && (days === null || days > gap) && decision.type !== 'TRANSITION') {
      g.add(
        'NO_TRANSITION_WARNING',
        'ATTENTION',
        ['LONG_TERM_DEVELOPMENT'],
        'HEURISTIC',
        days === null
          ? `No transition phase in the last ${Math.round(gap / 30)} months of the season plan: schedule 1–4 easy weeks after the next A race so the body and mind can recover.`
          : `The last transition phase ended ${fromDayNumber(lastEnd)}, ${days} days ago: schedule 1–4 easy weeks after the next A race so the body and mind can recover.`,
        { daysSinceTransition: days },
        [],
      );
    }
  }
}

/** What a phase's training is for, in words (the domain doc's phases). */
function phaseAim(g: Shared, phase: Phase, pending: boolean): string {
  const a = g.ctx.nextARace;
  switch (phase) {
    case 'PRE_COMPETITION':
      // An ultra's pre-competition weeks still build the long run and the time on feet: its race is won on them.
      if (a && peakOf(a).ultra && !pending)
        return 'race-specific work while the long run and the time on feet keep building (for an ultra the pre-competition phase keeps building them rather than hold the volume)';
      // A marathon whose long run is still below its peak keeps growing the long run too (Elias: 135 min, 150 to
      // reach, had read "volume held"), by the build's own step (`LongRacePrep.growing`): the text gives next
      // week's long run as the volume decision leaves it, so it never promises a growth the build does not make
      // (Elias's had read "keeps growing toward 150 min" beside a build that held it at 30 % of the week).
      // A race whose long run the note finds under-built with no time left (`pending`) promises no growth.
      {
        // The text describes the volume as the outlook's pre-competition weeks have it, beside it: still building
        // within the ramp limit (coach read 11: Nora's 265 → 300–365 min by the week of 2027-01-04), or kept near
        // next week's target with the outlook's range (Elias's "with the volume held" had stood beside an outlook of
        // 415–510 min a week against his 440-min build); no volume claim when the outlook has no such week.
        const volume = preCompetitionVolume(g);
        const growing = a && !pending && g.prep !== null && g.prep.race === a && g.prep.growing;
        if (!growing) return `race-specific intensity${volume === null ? '' : ` ${volume.words}`}`;
        // A long run that reaches the peak's low end next week does not "keep growing toward" it (Elias: 136 min
        // now, 150 next week): it reaches it.
        const peak = peakOf(a);
        const next = weekLongRun(g.fitted);
        const longRun =
          next >= peak.low
            ? `the long run, which reaches ${min(next)} next week by one step (${min(g.longestRun)} now), ${next > peak.high ? 'past' : 'within'} the ${peak.low}–${peak.high} min a ${peak.name} build's long run peaks at`
            : next > 0 && next <= g.longestRun
              ? // Next week's long run no longer than the one now is no step (Elias: "136 min now, 135 min next week"
                // beside "keeps growing by one step a build week"): the text says next week holds it.
                `the long run, ${min(g.longestRun)} now, which next week's plan does not grow (${min(next)} next week) and the build weeks after grow toward ${min(peak.low)} by one step a week`
              : `the long run, which keeps growing toward ${min(peak.low)} by one step a build week (${min(g.longestRun)} now${nextLongRunWords(g)})`;
        if (volume === null) return `race-specific intensity, and ${longRun}`;
        return `race-specific intensity ${volume.words}, ${volume.builds ? 'led by' : 'except'} ${longRun}`;
      }
    case 'COMPETITION':
      return a
        ? `race-specific work until the taper for ${raceName(a)} starts on ${fromDayNumber(taperStart(a, g.ctx.nextWeekStart, g.config))}`
        : 'race-specific work';
    case 'TRANSITION':
      return 'rest and easy, unstructured running';
    default:
      return 'base: aerobic volume, strength and easy running';
  }
}

/**
 * The volume of the outlook's pre-competition build weeks (no note: not a down week, taper or return) before its
 * first competition week, in words: "while the volume still builds within the ramp limit (the outlook: 300–365 min
 * by the week of 2027-01-04)" when its biggest such week starts above next week's target, "with the volume kept
 * near next week's target of 440 min (the outlook: 415–510 min a week)" when their ranges hold the target, "with
 * less volume (the outlook: …)" when they end under it (`builds`: the first); null with no such week.
 */
function preCompetitionVolume(g: Shared): { words: string; builds: boolean } | null {
  const outlook = g.s.outlook;
  if (outlook === undefined) return null;
  let top: OutlookWeek | null = null;
  let low = Infinity;
  for (const w of outlook) {
    if (w.phase !== 'PRE_COMPETITION') {
      if (w.phase === 'COMPETITION') break;
      continue;
    }
    if (w.note !== undefined) continue;
    if (top === null || w.maxMinutes > top.maxMinutes) top = w;
    if (w.minMinutes < low) low = w.minMinutes;
  }
  if (top === null) return null;
  const target = g.decision.targetMinutes;
  if (top.minMinutes > target)
    return {
      words: `while the volume still builds within the ramp limit (the outlook: ${top.minMinutes}–${top.maxMinutes} min by the week of ${top.weekStart})`,
      builds: true,
    };
  const range = `the outlook: ${low}–${top.maxMinutes} min a week`;
  return {
    words:
      top.maxMinutes < target
        ? `with less volume (${range}, under next week's target of ${min(target)})`
        : `with the volume kept near next week's target of ${min(target)} (${range})`,
    builds: false,
  };
}

/** Next week's long run as the volume decision leaves it, in words (", 130 min next week"); '' with none. */
function nextLongRunWords(g: Shared): string {
  const next = weekLongRun(g.fitted);
  return next > 0 ? `, ${min(next)} next week` : '';
}

/** A week's long run, minutes: its longest key run without intervals (`longRunLike`); 0 with none. */
function weekLongRun(plan: WeekPlan): number {
  let long = 0;
  for (const x of plan.sessions) if (longRunLike(x) && x.minutes > long) long = x.minutes;
  return long;
}

/**
 * The weeks of race-specific work before the taper for `a` that a move to a race phase leads into: next week when it
 * builds or its block is race-specific (a hold, a down week or a rest otherwise keeps its own aim), and the outlook's training weeks of a race phase before
 * the taper's first week (not a down week, a taper or race week, or a return to the base; a week that holds in
 * place of a down week before the taper trains). Emma's phase change had promised "race-specific work until the
 * taper" when the only week before it was a hold keeping its aerobic focus.
 */
function raceSpecificWeeks(g: Shared, a: ParsedRace): number {
  const nws = g.ctx.nextWeekStart;
  const taperFrom = taperFirstWeek(a.day, nws, taperDaysFor(a, g.config));
  let n = (g.decision.type === 'BUILD' || g.decision.focus === 'RACE_SPECIFIC') && nws < taperFrom ? 1 : 0;
  for (const w of g.s.outlook ?? []) {
    const ws = toDayNumber(w.weekStart);
    if (ws >= taperFrom) break;
    if (w.phase !== 'PRE_COMPETITION' && w.phase !== 'COMPETITION') continue;
    if (w.note === undefined || w.note.startsWith('no down week')) n++;
  }
  return n;
}

/** Next week, when it is no week of race-specific work (see `raceSpecificWeeks`), in words. */
function nextWeekAim(decision: Decision): string {
  switch (decision.type) {
    case 'HOLD':
      return `holds rather than builds, with its ${words(decision.focus)} focus`;
    case 'DOWN':
      return 'is a down week';
    default:
      return 'is a rest week';
  }
}

/** How far off a day is: in days under a week (`5 days`), in weeks, rounded, from a week on (`1 week`, `3 weeks`). */
function awayWords(days: number): string {
  return days >= 7 ? plural(Math.round(days / 7), 'week') : plural(days, 'day');
}

function suggestPhaseChange(g: Shared): void {
  const { state, ctx, decision, plan } = g;
  if (decision.phase !== ctx.currentPhase && decision.type !== 'TAPER' && decision.type !== 'TRANSITION') {
    const changes: PlanChange[] =
      plan.phase === decision.phase
        ? []
        : [{ type: 'SET_PHASE', from: plan.phase ?? null, to: decision.phase }];
    const a = ctx.nextARace;
    const why =
      a && decision.phase === 'PRE_COMPETITION'
        ? `${raceName(a)} on ${fromDayNumber(a.day)} is ${awayWords(a.day - state.reviewDay)} away`
        : `the season plan has the ${phaseWords(decision.phase)} phase from the week of ${ctx.nextWeekStartDate}`;
    const pending = decision.phase === 'PRE_COMPETITION' || decision.phase === 'COMPETITION' ? g.talk : null;
    const wait =
      pending === null
        ? ''
        : `, pending the talk about the race (see the note on ${raceName(pending)}: its long run is under-built and the weeks to build it are past)`;
    // A race phase with no week of race-specific work before the taper (or the race) says so, and what next week is.
    const specific =
      a !== null && (decision.phase === 'PRE_COMPETITION' || decision.phase === 'COMPETITION')
        ? raceSpecificWeeks(g, a)
        : null;
    const taperFrom =
      a !== null && taperFirstWeek(a.day, ctx.nextWeekStart, taperDaysFor(a, g.config)) > ctx.nextWeekStart
        ? fromDayNumber(taperStart(a, ctx.nextWeekStart, g.config))
        : null;
    const aim =
      specific === 0 && a !== null
        ? `, but no week before ${taperFrom !== null ? `the taper for ${raceName(a)} (from ${taperFrom})` : 'the race'} is one of race-specific work: next week ${nextWeekAim(decision)}`
        : `, so the training shifts toward ${phaseAim(g, decision.phase, pending !== null)}`;
    // The change's `from` is next week's plan's phase (the apply step's check), which can differ from the phase
    // the text moves from (this week's): the text says what the plan has, so the two agree (Emma's read "from the
    // transition" beside "from":null).
    // Pending the talk, the change is for after it: applying sets the phase at once, so the text says when to
    // apply it (Emma's read "pending the talk" beside a change that set the phase outright).
    const planWords =
      changes.length === 0
        ? ''
        : pending !== null
          ? ` Apply this after the talk, if ${g.athlete} starts ${raceName(pending)}: the change sets next week's plan${plan.phase === undefined ? ', which has no phase set yet,' : ''} to the ${phaseWords(decision.phase)} phase.`
          : plan.phase === ctx.currentPhase
            ? ''
            : plan.phase === undefined
              ? ` Next week's plan has no phase set yet; the change sets it to ${phaseWords(decision.phase)}.`
              : ` Next week's plan is set to the ${phaseWords(plan.phase)} phase; the change sets it to ${phaseWords(decision.phase)}.`;
    g.add(
      'PHASE_CHANGE',
      'INFO',
      ['LONG_TERM_DEVELOPMENT'],
      'CONVENTION',
      `Move from the ${phaseWords(ctx.currentPhase)} to the ${phaseWords(decision.phase)} phase${specific === 0 ? wait : ''}: ${why}${aim}${specific === 0 ? '' : wait}.${planWords}`,
      {
        from: ctx.currentPhase,
        to: decision.phase,
        planPhase: plan.phase ?? null,
        pendingRace: pending === null ? null : raceName(pending),
        raceSpecificWeeks: specific,
        taperFrom,
      },
      changes,
    );
  }
}

// (Module-level, not closures made in `suggestStimulusRotation` on every call: V8 collects a closure's optimised
// code with it at each major GC.)
/** A key interval run: the quality session a new focus reshapes. */
const isQualityRun = (x: PlannedSession): boolean | undefined =>
  x.key && x.intervals !== undefined && x.kind === 'RUN';

/** Whether a suggestion already made eases, drops or moves the session `id`. */
function changedByOther(out: readonly Suggestion[], id: string): boolean {
  for (const o of out)
    for (const c of o.changes)
      if (
        (c.type === 'REPLACE_INTENSITY' || c.type === 'DROP_SESSION' || c.type === 'MOVE_SESSION') &&
        c.sessionId === id
      )
        return true;
  return false;
}

function suggestStimulusRotation(g: Shared): void {
  const { s, ctx, decision, plan, config, m } = g;
  const meso = s.input.season?.mesocycle;
  if (
    !decision.rotateFocus &&
    meso !== undefined &&
    toDayNumber(meso.start) === ctx.nextWeekStart &&
    plan.focus !== undefined &&
    plan.focus !== meso.focus &&
    decision.focus === meso.focus
  ) {
    // The season's next block starts next week: the draft should follow it.
    g.add(
      'STIMULUS_ROTATION',
      'INFO',
      ['PROGRESSION', 'LONG_TERM_DEVELOPMENT'],
      'CONVENTION',
      `The season's next block, ${words(meso.focus)}, starts on ${meso.start}, but next week's plan is still set to ${words(plan.focus)}: set its focus to ${words(meso.focus)} so the week starts the new block.`,
      { from: plan.focus, to: meso.focus, blockStart: meso.start },
      [{ type: 'CHANGE_MESOCYCLE_FOCUS', from: plan.focus, to: meso.focus }],
    );
    return;
  }
  if (decision.rotateFocus) {
    const weeks = m.weeksInMesocycle.value as number;
    const from = ctx.focus;
    const to = decision.focus;
    const changes: PlanChange[] = [];
    if (plan.focus !== to) changes.push({ type: 'CHANGE_MESOCYCLE_FOCUS', from: plan.focus ?? from, to });
    let keptAs = '';
    if (to !== 'RECOVERY') {
      const t = QUALITY_TEMPLATES[to];
      const q = plan.sessions.find(isQualityRun);
      // A session another suggestion already changes (the down week eases it, a life event moves it) is not
      // changed a second, different way: the new focus starts with the next one.
      const taken = q !== undefined && changedByOther(g.out, q.id);
      if (q && taken) {
        const by = g.out.find((o) => o.changes.some((c) => 'sessionId' in c && c.sessionId === q.id));
        keptAs = ` ${sessionName(q)} stays as the ${words(by?.kind ?? decision.reason)} suggestion has it this week; the new focus starts with the next one.`;
      } else if (q && q.purpose !== t.purpose) {
        changes.push({
          type: 'REPLACE_INTENSITY',
          sessionId: q.id,
          effort: t.effort,
          intervals: fitTemplate(t, q.minutes),
          purpose: t.purpose,
        });
      }
    }
    const meso = s.input.season?.mesocycle;
    g.add(
      'STIMULUS_ROTATION',
      weeks >= config.progression.stimulusAttentionWeeks ? 'ATTENTION' : 'INFO',
      ['PROGRESSION', 'LONG_TERM_DEVELOPMENT'],
      'CONVENTION',
      `${weeks} weeks on ${words(from)}${meso ? ` (since ${meso.start})` : ''}: gains from one stimulus flatten after 4–6 weeks, so switch the focus to ${words(to)}.${keptAs}`,
      { weeksInMesocycle: weeks, from, to },
      changes,
    );
  }
}

/** "2.5", "3": minutes as hours, the way a coach says a peak long run. */
function hours(minutes: number): string {
  return `${Math.round((minutes / 60) * 10) / 10}`;
}

/**
 * A marathon-type A race ahead (docs/coaching-domain.md, "Long runs and long races"): the plan's run days
 * (fewer than `MIN_RUN_DAYS_LONG_RACE`) and a long run that cannot reach the peak a marathon build needs (an
 * ultra's: 3–3.5 h, or back-to-back long runs), with the real numbers. A note; the build grows the long run
 * first (see `volumeChange`).
 */
/** Whether the long-race note is looked at in this review (a long race ahead, a week that is not a rest). */
function longRaceNoteApplies(g: Shared): g is Shared & { readonly prep: LongRacePrep } {
  return g.prep !== null && longRaceNoteAppliesTo(g.decision);
}

/** The decision lets the long-race note be looked at: a week that is not a rest, a transition or a race's recovery. */
function longRaceNoteAppliesTo(decision: Decision): boolean {
  const t = decision.type;
  return t !== 'REST' && t !== 'TRANSITION' && decision.reason !== 'RACE_RECOVERY';
}

/**
 * The next A race when it is a long race whose long run is under-built with its peak weeks past (`longRacePrep`'s
 * `underbuilt`), or null: what the long-race note asks a talk about the race for, whatever next week's decision
 * (`reviewAthlete` computes it before the decision, which says a taper takes a down week's place if the athlete
 * starts the race). (`underbuilt` reads neither the outlook nor a down week next week: those only skip steps of a
 * long run still growing, which one under-built with its peak weeks past is not.)
 */
export function underbuiltLongRace(
  ctx: WeekContext,
  config: EngineConfig,
  longRun: RecentLongRun,
): ParsedRace | null {
  const prep = longRacePrep(ctx, config, longRun.base, false, undefined);
  return prep !== null && prep.underbuilt ? prep.race : null;
}

/**
 * The race under the long-race note's pending talk about it (a later marathon, or not starting, or time on feet
 * with no goal pace), or null: the under-built race (`underbuiltLongRace`) when the note is looked at for the
 * decision. The one predicate of "this race is under the pending talk", computed once per review (`reviewAthlete`
 * passes it to the outlook and to the suggestions, `SuggestionContext.talk`). A phase change toward that race is
 * pending the same talk, and says so (Emma's had shifted her training "toward race-specific work until the taper"
 * beside a note that called not starting the safer choice). A text that names that race as the reason for
 * something says it is if the athlete starts it (`talkMark`): the quality a hold or a build keeps for it
 * (`qualityRace`), its taper, a hold in place of a down week before its taper (`decideWeek`), and the outlook's
 * weeks of that race.
 */
export function raceUnderTalk(decision: Decision, underbuilt: ParsedRace | null): ParsedRace | null {
  return underbuilt !== null && longRaceNoteAppliesTo(decision) ? underbuilt : null;
}

/**
 * What a coach text adds after naming `r` as the reason for something while `r` is under the pending talk
 * (`raceUnderTalk`): ", if Emma starts it (see the long-race note)"; '' for any other race.
 */
function talkMark(g: Shared, r: ParsedRace): string {
  return r === g.talk ? talkMarkWords(g.athlete) : '';
}

/** The coach texts' mark of the race under the pending talk (`talkMark`): ", if Emma starts it (see the long-race note)". */
export function talkMarkWords(athlete: string): string {
  return `, if ${athlete} starts it (see the long-race note)`;
}

/** The outlook's mark of a week of the race under the pending talk: ", if Emma starts it". */
export function outlookTalkMark(athlete: string): string {
  return `, if ${athlete} starts it`;
}

/**
 * Next week's long run (`id`, at `planned` minutes as the volume decision leaves it) as the life event's own suggestion
 * leaves it, when that suggestion caps it: the event (its name) and what the long run becomes ("a 30-min easy run",
 * "a rest day", "a 45-min long run"); null when the event leaves it a key long run of those minutes, or there is none.
 */
function lifeCappedLongRun(
  g: Shared,
  id: string,
  planned: number,
): { readonly event: string; readonly words: string } | null {
  if (g.affected.length === 0 || g.decision.type === 'REST') return null;
  const was = withId(g.plan.sessions, id);
  if (was === undefined) return null;
  const c = g.ctxDays.get(was.day);
  if (c === undefined) return null;
  const life = lifeContextWork(g);
  if (life === null || life.changes.length === 0) return null;
  const now = withId(life.sim.sessions, id);
  if (now !== undefined && now.key === true && now.minutes >= Math.min(planned, was.minutes)) return null;
  const words =
    now === undefined || now.kind === 'REST'
      ? 'a rest day'
      : now.key !== true
        ? `a ${now.minutes}-min easy run`
        : `a ${now.minutes}-min long run`;
  return { event: EVENT_NAME[c.event.kind], words };
}

/**
 * Why next week's long run is under the one the athlete is at, when no re-entry week or life event caps it, as it
 * is: "as the cautious hold suggestion leaves it for that week" when that suggestion shortens it; "the plan's own
 * shorter long run, which no suggestion cuts" when the coach's plan has it so (Nora's, Lea's and Oskar's had read
 * "as the plan has it … so next week is no growth step", a plan's long run said like a cut); "as the engine's draft
 * has it" when the plan is the engine's own draft.
 */
function dipSource(g: Shared, longId: string | null, planned: number): string {
  const own = longId === null ? undefined : withId(g.plan.sessions, longId);
  if (g.fitted !== g.plan && (own === undefined || own.minutes > planned))
    return `as the ${words(g.decision.reason)} suggestion leaves it for that week`;
  return g.s.planIsEngineDraft
    ? "as the engine's draft has it for that week"
    : "the plan's own shorter long run for that week, which no suggestion cuts";
}

/**
 * A re-entry week's long run under the one the athlete is at, said as where the return starts (see `regrow` in
 * `suggestLongRacePreparation`): "next week is a re-entry week, its long run 100 min, its cap (75 % of 136 min, the
 * longest long run Elias logged in the last 4 weeks), under the 136 min Elias is at"; how it comes back is
 * `regrowWords`'.
 */
function reentryRegrowWords(g: Shared, planned: number, longest: number): string {
  const cap = reentryLongRun(g);
  const logged = longestLoggedRun(g);
  const share = `${Math.round(REENTRY_SHARE * 100)} % of ${min(logged.minutes)}, ${loggedRunWords(logged, g.athlete)}`;
  const capWords =
    cap === planned ? `its cap (${share})` : cap < Infinity ? `under its cap of ${min(cap)} (${share})` : '';
  return `next week is a re-entry week, its long run ${min(planned)}${capWords === '' ? '' : `, ${capWords}`}, under the ${min(longest)} ${g.athlete} is at`;
}

/**
 * How the long run comes back after a re-entry week (`regrowLongRuns`), as the projection counts it: "back to 136
 * min within two weeks, as the long run was already run (115 min the week of 2026-12-21, about halfway, then 136 min
 * the week of 2026-12-28: a one-week break costs little fitness, our rule), then growing one step a week". The weeks
 * are the projection's own (a down week between them is named by its date, as the note's down weeks are).
 */
function regrowWords(g: Shared, planned: number, level: number, regrown: readonly number[]): string {
  const nws = g.ctx.nextWeekStart;
  const steps: string[] = [];
  let last = planned;
  let back = -1;
  for (let k = 0; k < regrown.length && last < level; k++) {
    const m = regrown[k] as number;
    if (m === last) continue;
    steps.push(`${min(m)} the week of ${fromDayNumber(nws + 7 * (k + 1))}`);
    last = m;
    if (m >= level) back = k;
  }
  if (back < 0)
    return `after the re-entry week the long run comes back toward the ${min(level)} ${g.athlete} already ran${steps.length > 0 ? ` (${steps.join(', then ')})` : ''}, not reaching it by the peak week`;
  const weeks = back + 1;
  // Back in the peak week itself: no growth week is left after it.
  const then = back === regrown.length - 1 ? '' : ', then growing one step a week';
  const how =
    steps.length > 1
      ? `${steps[0]}, about halfway, then ${steps[1]}`
      : `${steps[0]}, within one step of ${min(planned)}`;
  return `back to ${min(level)} within ${plural(weeks, 'week')} after it, as the long run was already run (${how}: a one-week break costs little fitness, our rule)${then}`;
}

/**
 * The long run by the peak week as the projection counts it with no re-entry week next week: from the plan's own long
 * run next week (before the re-entry week's cap), growing one step a week after it; the plan's under the one the
 * athlete is at (or none), from that one, next week no growth step. The engine's own draft (no plan published) is
 * already the re-entry week's: without the break it would grow from the one the athlete is at (`LongRacePrep.reachable`).
 */
function noBreakReachable(g: Shared, prep: LongRacePrep, capped: number): number {
  // The engine's own draft is drafted as the re-entry week: with no break it would grow from the one the athlete is at.
  if (g.s.planIsEngineDraft) return prep.reachable;
  let own = 0;
  for (const x of g.plan.sessions)
    if (x.kind === 'RUN' && x.key === true && x.intervals === undefined && x.minutes > own) own = x.minutes;
  if (own < capped) own = capped;
  const nextSkip = prep.skip.filter((k) => k > 1).map((k) => k - 1);
  if (own >= prep.longest || prep.peakWeeks <= 1)
    return reachableLongRun(own, prep.peakWeeks - 1, nextSkip, g.config.draft.longRunMaxMinutes);
  const skipped = prep.skip.includes(1) ? prep.skip : [1, ...prep.skip];
  return reachableLongRun(
    prep.longest,
    prep.peakWeeks,
    skipped,
    Math.max(g.config.draft.longRunMaxMinutes, prep.peak.high),
  );
}

function suggestLongRacePreparation(g: Shared): void {
  if (!longRaceNoteApplies(g)) return;
  const { prep, decision, plan, athlete } = g;
  const t = decision.type;
  const r = prep.race;
  // The date to decide by when the long run is on track (said to the athlete too), null otherwise.
  let onTrackBy: string | null = null;
  // The date of the projection's peak long run (said to the athlete too), null without a projection.
  let peakLongRunDate: string | null = null;
  // The verdict rests on the provisional re-entry week (see below): the athlete's text leaves the race out.
  let provisional = false;
  // ... and the no-break verdict is the milder talk (time on feet, or a later race), not on track: the athlete reads it.
  let milderTalk = false;
  // Run days of the plan as the volume decision leaves it (what the coach publishes after applying it).
  const daysNow = runDays(plan);
  const after = g.fitted;
  const daysAfter = after === plan ? daysNow : runDays(after);
  const fewRuns = daysAfter < MIN_RUN_DAYS_LONG_RACE;
  // Next week's long run as the volume decision leaves it: the projection starts there (Lea's held week keeps
  // its 75-min long run, a 5-min step, where the projection had taken 10), unless next week is a down week (its
  // long run is a dip, not the level the build resumes from) or the plan has none.
  let planned = 0;
  for (const x of after.sessions) {
    if (x.kind === 'RUN' && x.key === true && x.intervals === undefined && x.minutes > planned)
      planned = x.minutes;
  }
  let longDay = 6;
  let longId: string | null = null;
  for (const x of after.sessions)
    if (x.kind === 'RUN' && x.key === true && x.intervals === undefined && x.minutes === planned) {
      longDay = x.day;
      longId = x.id;
    }
  // Next week's long run as the life event's own suggestion leaves it: capped (shorter, or no longer a key long run),
  // it is no level to grow from, and next week no growth step; the growth counts from the recent long runs, from the
  // week after (Lea's 70-min long run, a 30-min easy run under the work stress's caps, had been the projection's start).
  const capped = planned > 0 && longId !== null ? lifeCappedLongRun(g, longId, planned) : null;
  const fromPlanned =
    planned > 0 && capped === null && t !== 'DOWN' && prep.peakWeeks > 0 && prep.longest > 0;
  // Next week's long run under the long run the athlete is at (`LongRacePrep.longest`: the longest of the last 4
  // weeks, or this week's still to come when longer) is a dip, not the level the build resumes from: a re-entry
  // week's or a hold's cap for a week (Elias: a re-entry week's 100 min "until Elias answers", 75 % of his 136 min,
  // had been the start of a projection that peaked at 130 min, under the 136 he had run, and flipped the verdict to a
  // later marathon). Next week is then no growth step, and the growth counts from that long run, from the week after.
  // (A peak next week is next week's long run, whatever it is.)
  let dip = fromPlanned && planned < prep.longest && prep.peakWeeks > 1;
  // A re-entry week's long run under the one the athlete is at is no dip but where the return starts: after a
  // one-week break the long run comes back to the one already run within two steps, then grows by the ordinary step
  // (`regrowLongRuns`; Elias 100 → 115 → 136 → 150). Growing back one step a week from the cap (100 → 110 → 120 →
  // 130) had told four athletes of a later marathon on the strength of a week that lasts until they answer (our
  // rule). A re-entry week whose long run is not under the one the athlete is at (already back) is no dip: the
  // projection starts from it as from any week's.
  // After a re-entry week the long run returns to the one already run (the longest logged before the break, else
  // the one the athlete is at) within two steps, then grows (`regrowLongRuns`; Elias 100 → 115 → 136 → 150). The
  // level the athlete is at is that logged one: a planned long run a silent athlete never logged is not (Lea's
  // "under the 70 min Lea is at: back to 66 min", the 70 a planned run never logged).
  const reentryDip = dip && decision.reentry !== null;
  const loggedLevel = reentryDip ? longestLoggedRun(g).minutes : 0;
  const level = loggedLevel > 0 ? Math.min(loggedLevel, prep.longest) : prep.longest;
  // A re-entry week's long run at or over that level is already back: the projection starts from it.
  const regrow = reentryDip && planned < level;
  if (reentryDip && !regrow) dip = false;
  const fromNext = fromPlanned && (!dip || regrow);
  const peaksNext = fromPlanned && prep.peakWeeks === 1;
  // (The event's week, or the dip's, is no growth step: week 1 skipped, as a down week is.)
  const fromLongest = capped !== null || (dip && !regrow);
  const skipped = !fromLongest || prep.skip.includes(1) ? prep.skip : [1, ...prep.skip];
  const nextSkip = prep.skip.filter((k) => k > 1).map((k) => k - 1);
  const regrown = regrow
    ? regrowLongRuns(planned, level, prep.peakWeeks - 1, nextSkip, g.config.draft.longRunMaxMinutes)
    : [];
  const stepped = regrow
    ? (regrown[regrown.length - 1] ?? planned)
    : fromNext
      ? reachableLongRun(planned, prep.peakWeeks - 1, nextSkip, g.config.draft.longRunMaxMinutes)
      : fromLongest && prep.peakWeeks > 0 && prep.longest > 0
        ? reachableLongRun(
            prep.longest,
            prep.peakWeeks,
            skipped,
            Math.max(g.config.draft.longRunMaxMinutes, prep.peak.high),
          )
        : prep.reachable;
  const peak = prep.peak;
  // An ultra's single long run tops out at its day's time (the athlete's stated availability): past it, the
  // peak is a back-to-back weekend with the day before (Noah: a 175-min projection on a 150-min Sunday).
  const dayTime = g.ctx.baseAvailability[longDay] ?? 0;
  const dayBefore = longDay > 0 ? (g.ctx.baseAvailability[longDay - 1] ?? 0) : 0;
  const dayCapped = peak.ultra && dayTime > 0 && stepped > dayTime;
  const reach = dayCapped ? dayTime : stepped;
  // The week a day-capped single long run reaches its day's time: it stays there after, so "by the peak week"
  // alone read as a steady build to it (Oskar: 150 min by mid-January, not by March's peak week).
  let capWeek = prep.peakWeek;
  if (dayCapped) {
    const w = regrow
      ? regrown.findIndex((x) => x >= dayTime) + 1 || -1
      : fromNext
        ? longRunWeekReaching(
            planned,
            prep.peakWeeks - 1,
            nextSkip,
            g.config.draft.longRunMaxMinutes,
            dayTime,
          )
        : longRunWeekReaching(
            prep.longest,
            prep.peakWeeks,
            skipped,
            Math.max(g.config.draft.longRunMaxMinutes, peak.high),
            dayTime,
          );
    if (w >= 0) capWeek = g.ctx.nextWeekStart + 7 * (fromNext ? w : Math.max(0, w - 1));
  }
  // The day before holds a second long run, not an easy one (`BACK_TO_BACK_SHORTER_SHARE`).
  const pairLeast = Math.ceil((peak.low * BACK_TO_BACK_SHORTER_SHARE) / 5) * 5;
  const pairShort = dayCapped && dayBefore > 0 && Math.min(dayBefore, dayTime) < pairLeast;
  const pairReaches = dayCapped && dayBefore > 0 && !pairShort && dayTime + dayBefore >= peak.low;
  const behind = prep.peakWeeks > 0 && prep.longest > 0 && reach < peak.low;
  if (!fewRuns && !behind && !prep.underbuilt) return;
  // An A marathon with its peak weeks past and a longest recent run under a third of the peak long run is the
  // first thing a coach must see of the review (`UNDERBUILT_URGENT_SHARE`).
  const urgent = prep.underbuilt && prep.longest < peak.low * UNDERBUILT_URGENT_SHARE;
  const later = peak.ultra ? 'a later race' : 'a later marathon';
  const peakWords = `${hours(peak.low)}–${hours(peak.high)} h`;
  const weeks = Math.round((r.day - g.state.reviewDay) / 7);
  const parts: string[] = [
    `${raceName(r)} (A race, about ${min(r.minutes)}) is on ${fromDayNumber(r.day)}, ${awayWords(r.day - g.state.reviewDay)} away.`,
  ];
  let recent: { readonly perWeek: number; readonly weeks: number } | null = null;
  if (fewRuns) {
    recent = recentRunDaysPerWeek(g.s.input, g.state.reviewDay, g.state.recentSessions);
    const by =
      daysAfter === daysNow
        ? `next week's plan has ${daysNow} run ${daysNow === 1 ? 'day' : 'days'}`
        : `next week's plan has ${daysNow} run days, ${daysAfter} once the ${words(decision.reason)} suggestion's change is applied`;
    parts.push(
      `Run frequency: ${by}${recent !== null ? ` (${athlete} ran on ${num(recent.perWeek, 1)} days a week over ${recent.weeks === 4 ? 'the last 4 weeks' : `the ${recent.weeks} of the last 4 weeks with sessions logged`})` : ''}. ${peak.ultra ? 'Ultra' : 'Marathon'} plans in common use run ${MIN_RUN_DAYS_LONG_RACE}–6 days a week: with fewer, the long run and the race carry too much of the running (a convention; our threshold is ${MIN_RUN_DAYS_LONG_RACE} run days). Keep at least ${MIN_RUN_DAYS_LONG_RACE} run days: shorter runs rather than fewer.`,
    );
  }
  if (behind) {
    const from = regrow ? Math.max(planned, level) : fromNext ? planned : prep.longest;
    const step = longRunStep(from);
    // What holds next week's long run back is its step from the longest recent one (a build grows a long run
    // that is behind by its step, whatever its share of the week: see `longRunLimit`).
    const cap = longRunCap(prep.longest);
    const lr = g.longRun;
    const base = lr.planned > lr.ran ? `this week's planned ${min(lr.planned)}` : min(prep.longest);
    const shareNote =
      planned > 0 && capped === null && planned + 5 > cap
        ? ` Next week's long run is ${min(planned)}: ${
            planned > cap
              ? `already above the one step from ${base} (${min(cap)})`
              : `the one step from ${base}${planned === cap ? ` (${longStepWords(prep.longest, cap, true)})` : ''}`
          }.`
        : '';
    const dw = prep.downWeeks.filter((d) => !fromNext || d > g.ctx.nextWeekStart);
    const downNote =
      dw.length === 0
        ? ''
        : ` and none in the down ${dw.length === 1 ? 'week' : 'weeks'} of ${andList(dw.map((d) => fromDayNumber(d)))}`;
    const start = regrow
      ? `${reentryRegrowWords(g, planned, level)}: ${regrowWords(g, planned, level, regrown)}`
      : fromNext
        ? `from next week's long run of ${min(planned)}, growing one step a week after it`
        : capped !== null
          ? `next week's long run of ${min(planned)} is capped by the ${capped.event} (its own suggestion makes it ${capped.words}), so next week is no growth step: from ${longRunBase(lr, athlete)}, growing one step a week from the week of ${fromDayNumber(g.ctx.nextWeekStart + 7)}`
          : dip
            ? `next week's long run of ${min(planned)}, ${dipSource(g, longId, planned)}, is under the long run ${athlete} is at, so next week is no growth step: from ${longRunBase(lr, athlete)}, growing one step a week from the week of ${fromDayNumber(g.ctx.nextWeekStart + 7)}`
            : `growing one step a week from ${min(prep.longest)}`;
    // Short by no more than `LONG_RUN_ON_TRACK_STEPS` steps: on track if the long run grows every build week, a
    // decision to take 4 weeks before the peak week, not a later marathon yet (Hanna, 145 of 150 with 14 weeks left).
    const short = peak.low - reach;
    // ... while that date is still ahead: with it next week or past, the conversation is now.
    const decideDay = prep.peakWeek - 7 * LONG_RUN_DECIDE_WEEKS_BEFORE_PEAK;
    const onTrack = short <= LONG_RUN_ON_TRACK_STEPS * longRunStep(reach) && decideDay > g.ctx.nextWeekStart;
    if (onTrack) onTrackBy = fromDayNumber(decideDay);
    // A verdict that rests on the re-entry week: the week is until the athlete answers, and without it the long run
    // reaches the peak (or is on track). The coach reads both; the athlete does not read of a later marathon yet.
    // Without the break the projection starts as it would with no re-entry week: from the plan's own long run next
    // week (growing one step a week after it), or, the plan's under the one the athlete is at, from that one with
    // next week no growth step (Ida: from `longest` 65 → 75 next week had read "about 140 min, within one step of
    // 150" where the plan's 65 next week reaches about 125).
    const noBreakReach = regrow ? noBreakReachable(g, prep, planned) : prep.reachable;
    const noBreakShort = peak.low - noBreakReach;
    const noBreakOnTrack =
      noBreakShort <= 0 ||
      (noBreakShort <= LONG_RUN_ON_TRACK_STEPS * longRunStep(noBreakReach) &&
        decideDay > g.ctx.nextWeekStart);
    // The verdict, mildest first: on track (or reached), time on feet or a later race, a later race first.
    const farShort = reach < peak.low * LATER_RACE_LEADS_SHARE;
    const noBreakFarShort = noBreakReach < peak.low * LATER_RACE_LEADS_SHARE;
    // The break alone makes it harsher (Nora: 110 without it, "time on feet … or a later marathon"; 80 after it, "a
    // later marathon is the safer choice"): the coach reads both, the athlete the milder one while the week lasts.
    const harsher = noBreakOnTrack || (farShort && !noBreakFarShort);
    provisional = regrow && !onTrack && !peaksNext && !dayCapped && harsher;
    milderTalk = provisional && !noBreakOnTrack;
    const decideBy = fromDayNumber(decideDay);
    // The peak week's long run, dated: "by the week of 2027-01-04" read as a week short of the outlook's biggest
    // week (01-11, the last before the taper); the peak long run is that week's, 3 weeks before the race.
    const peakDay = prep.peakWeek + longDay;
    peakLongRunDate = fromDayNumber(peakDay);
    const peakNote = ` That peak is ${weekdayName(longDay)}'s long run of ${peakLongRunDate}, ${plural(Math.round((r.day - peakDay) / 7), 'week')} before the race.`;
    const within = onTrack
      ? ` by ${min(short)}, within one step (${min(longRunStep(reach))}): ${athlete} is on track if the long run grows in every build week`
      : '';
    const reachWords =
      dayCapped && capWeek < prep.peakWeek
        ? `it reaches ${weekdayName(longDay)}'s ${min(dayTime)} available by the week of ${fromDayNumber(capWeek)} and stays there to the peak week, that of ${fromDayNumber(prep.peakWeek)}`
        : `it reaches about ${min(reach)} by the week of ${fromDayNumber(prep.peakWeek)}${dayCapped ? ` (${weekdayName(longDay)}'s time)` : ''}`;
    // The pair is offered only when the day before has the time for the second run of a back-to-back weekend (the
    // rule `pairShort` says for a day-capped run), else the text says why not (Noah, 2026-12-14: offered beside a
    // 45-min Saturday that the Monday before had called too short for it).
    const before = longDay > 0 ? weekdayName(longDay - 1) : '';
    const pairText = ` pair it with a second long run the day before, the two adding up to ${min(peak.low)} or more`;
    const pair = !peak.ultra
      ? ''
      : longDay > 0 && dayBefore < pairLeast
        ? ` (a back-to-back pair is not open: ${before} has ${dayBefore > 0 ? min(dayBefore) : 'no time available'}, too short for the second run of a back-to-back weekend (${min(pairLeast)} at least, a third of the ${min(peak.low)} peak: our rule); with more time on ${before}, ${pairText.slice(1)})`
        : longDay > 0 && dayTime > 0 && dayTime + dayBefore < peak.low
          ? ` (a back-to-back pair is not open: ${before}'s ${min(dayBefore)} and ${weekdayName(longDay)}'s ${min(dayTime)} come to ${min(dayTime + dayBefore)}, short of ${min(peak.low)}; with more weekend time,${pairText})`
          : ` (or${pairText})`;
    const capNote = dayCapped
      ? ` ${weekdayName(longDay)} has ${min(dayTime)} available, so a single long run tops out there${dayBefore > 0 ? (pairShort ? `; ${weekdayName(longDay - 1)} has ${min(dayBefore)}, too short for the second run of a back-to-back weekend (${min(pairLeast)} at least, a third of the ${min(peak.low)} peak: our rule)` : `; with ${weekdayName(longDay - 1)}'s ${min(dayBefore)} the back-to-back weekend comes to ${min(dayTime + dayBefore)}${pairReaches ? `, past ${min(peak.low)}` : ''}`) : ''}.`
      : '';
    // Far short (`LATER_RACE_LEADS_SHARE`: under 100 of 150 min), the later race leads the talk; else time on feet.
    const talk =
      reach < peak.low * LATER_RACE_LEADS_SHARE
        ? `${later} is the safer choice (${min(reach)} is under two thirds of the ${min(peak.low)} a peak long run starts at, our threshold); if ${athlete} starts this one, run it for time on feet, not a goal pace`
        : `run it for time on feet, not a goal pace, or choose ${later}`;
    const advice = pairReaches
      ? ` Build the weekend pair in the build weeks ahead: ${weekdayName(longDay - 1)}'s run and ${weekdayName(longDay)}'s long run back to back, the race's terrain and fuelling practised in both; no later race is needed for the long run.`
      : dayCapped && !onTrack
        ? ` Ask ${athlete} whether ${weekdayName(longDay)}${dayBefore > 0 ? ` or ${weekdayName(longDay - 1)}` : ''} can take more time on the key weekends before the peak (a longer single run, or a back-to-back pair); if not, talk about the race: ${talk}.`
        : onTrack
          ? ` Grow the long run first in the build weeks ahead${pair}, and decide with ${athlete} by ${decideBy} (${LONG_RUN_DECIDE_WEEKS_BEFORE_PEAK} weeks before that peak week) whether the ${peak.name} stays the goal.`
          : peaksNext
            ? ` Talk with ${athlete} about the race: ${talk}.`
            : milderTalk
              ? ` In the build weeks ahead, grow the long run first${pair}, and talk with ${athlete} about the race: run it for time on feet, not a goal pace, or choose ${later}. The harsher reading (${talk}) rests on the re-entry week, which is until ${athlete} answers: without it the long run reaches about ${min(noBreakReach)} by the week of ${fromDayNumber(prep.peakWeek)}, not under two thirds of ${min(peak.low)}; ${athlete}'s text keeps the milder talk until the re-entry week stands.`
              : provisional
                ? ` In the build weeks ahead, grow the long run first${pair}. This rests on the re-entry week, which is until ${athlete} answers: without it the long run reaches about ${min(noBreakReach)} by the week of ${fromDayNumber(prep.peakWeek)}${noBreakShort <= 0 ? `, the ${min(peak.low)} a peak long run starts at` : `, within one step of ${min(peak.low)}`}. Talk with ${athlete} about the race (${talk}) only once the re-entry week stands; ${athlete}'s text leaves the race out until then.`
                : ` In the build weeks ahead, grow the long run first${pair}, and talk with ${athlete} about the race: ${talk}.`;
    // The peak week is next week: no build week is left, and next week's long run is the longest before the race
    // (Emma, 4 weeks out: "it reaches about 45 min" from next week's 45 told the athlete it "can grow").
    const projection = peaksNext
      ? `next week's long run of ${min(planned)} is that peak, with no build week left before it, short of ${min(peak.low)}`
      : regrow && reach <= level
        ? `${start}${downNote === '' ? '' : ` (no growth${downNote.slice(' and none'.length)})`}, ${reachWords}, short of ${min(peak.low)}${within}`
        : `${start} (about 10 %, at least 10 min from an hour, at most 15, each week's long run on the 5-min grid: ${from % 5 === 0 ? `${step} min from ${min(from)}` : offGridFirstStep(from)}) with no week missed${downNote}, ${reachWords}, short of ${min(peak.low)}${within}`;
    parts.push(
      `Long run: ${longestSentence(lr, racesAsideWords(g, lr.ran))}. ${peak.ultra ? `An ultra build's long run peaks at ${peakWords} (${peak.low}–${peak.high} min) ${PEAK_WEEKS_BEFORE_RACE}–4 weeks before the race, or as back-to-back weekend long runs that add up to that (a convention)` : `A marathon build's long run peaks at ${peakWords} (${peak.low}–${peak.high} min) ${PEAK_WEEKS_BEFORE_RACE}–4 weeks before the race (a convention)`}; ${projection}.${peakNote}${capNote}${shareNote}${advice}`,
    );
  }
  if (prep.underbuilt) {
    // A race in those 4 weeks is not a training run: say it is left aside (a coach reads "the longest run was
    // 49 min" as false of an athlete who raced a half marathon 12 days ago). The figure is the longest long run
    // (`RecentLongRun.ran`), and the text says so: Emma's 50-min race-specific session is not one.
    const aside = racesAsideWords(g, g.longRun.ran);
    parts.push(
      `Long run: the longest long run of the last 4 weeks${aside} was ${min(g.longRun.ran)}${g.longRun.planned > g.longRun.ran ? `, and this week's long run, still to come, is planned at ${min(g.longRun.planned)}` : ''}, and the weeks ${peak.ultra ? 'an ultra' : 'a marathon'} build's long run peaks in (${peakWords}${peak.ultra ? ' or back-to-back long runs' : ''}, ${PEAK_WEEKS_BEFORE_RACE}–4 weeks before the race, a convention) are past: there is no time left to build it safely${urgent ? ` (${min(prep.longest)} is under a third of the ${min(peak.low)} a peak long run starts at: the most urgent point of this review, our threshold)` : ''}. ${urgent ? `Talk with ${athlete} about the race: ${later} (or not starting this one) is the safer choice; if ${athlete} starts, run it for time on feet with no goal pace (walk breaks planned).` : `Talk with ${athlete} about the race: run it for time on feet with no goal pace (walk breaks planned), or choose ${later}.`}`,
    );
  }
  g.add(
    'LONG_RACE_PREPARATION',
    // A back-to-back weekend that reaches the peak is a plan to follow, not a problem (unless runs are few).
    urgent ? 'URGENT' : pairReaches && !fewRuns && !prep.underbuilt ? 'INFO' : 'ATTENTION',
    ['PROGRESSION', 'LONG_TERM_DEVELOPMENT'],
    'CONVENTION',
    parts.join(' '),
    {
      raceDate: fromDayNumber(r.day),
      raceMinutes: r.minutes,
      weeksToRace: weeks,
      daysToRace: r.day - g.state.reviewDay,
      runDays: daysNow,
      runDaysAfterVolumeChange: daysAfter,
      recentRunDaysPerWeek: recent === null ? null : round1(recent.perWeek),
      longestRecentRun: g.longRun.ran,
      longRunStepBase: prep.longest,
      reachableLongRun: behind ? reach : null,
      reentryProvisional: provisional,
      reentryMilderTalk: milderTalk,
      longRunPeaksNextWeek: peaksNext,
      underbuilt: prep.underbuilt,
      underbuiltUrgent: prep.underbuilt && urgent,
      peakLongRunMinutes: peak.low,
      ultra: peak.ultra,
      onTrackDecideBy: onTrackBy,
      peakLongRunDate,
      backToBackMinutes: pairReaches ? dayTime + dayBefore : null,
      longRunDayMinutes: dayCapped ? dayTime : null,
    },
    [],
  );
}

/**
 * The wellness note's one reading is strong (`readiness.strongNoteComposite` / `strongNoteItem`, ours): its
 * composite z at or below −1, or an item at or below −2.5, as the text shows them (to one decimal). The week is
 * still not changed for it (one reading is not a trend), but the note ranks first and a build waits for the
 * athlete's answer (see `rankByCause`).
 */
function strongNote(g: Shared): boolean {
  const w = g.m.wellness;
  if (!w.singleReading || w.composite.value === null) return false;
  const r = g.config.readiness;
  if (fixedNumber(w.composite.value, 1) <= r.strongNoteComposite) return true;
  const worst = worstWellnessItem(w);
  return worst !== undefined && fixedNumber(zScoreOf(w.zScores, worst) as number, 1) <= r.strongNoteItem;
}

/**
 * What the build says of the note's one low check-in, with the note's own count (`recentBelowCount`): "one low
 * check-in is not yet a trend" only when it is one; else "the latest low check-in is not yet a trend, but 4 of the 7
 * check-ins of the last 7 days (since …) were low" (coach read 9: Nora's build had said "one" beside a note
 * counting 4). Pending the athlete's answer ("pending Nora's answer") when the note asks first (`asksFirst`), with why.
 */
function lowCheckInWords(g: Shared): string {
  const count = recentBelowCount(g.m.wellness);
  const pending = `so this build is pending ${g.athlete}'s answer`;
  // The item-only note that asks first (`itemNoteAsksFirst`): its item low on check-ins running, the composite
  // within norm, and the same count as the note.
  const item = itemLowNote(g.m.wellness);
  if (!g.m.wellness.singleReading && item !== null && count !== null) {
    return `${wellnessItemWords(item)} is low with the composite within norm, and ${count} (see the note above: our threshold, ${g.config.readiness.askFirstRecentBelow} or more), ${pending}`;
  }
  if (count === null) {
    return g.strong
      ? `one low check-in is not yet a trend, but a strong one (see the note above), ${pending}`
      : 'one low check-in is not yet a trend (see the note)';
  }
  const latest = `the latest low check-in is not yet a trend, but ${count}`;
  if (g.strong) return `${latest}, and the latest is a strong one (see the note above), ${pending}`;
  if (g.asksFirst) {
    return `${latest} (see the note above: our threshold, ${g.config.readiness.askFirstRecentBelow} or more), ${pending}`;
  }
  return `${latest} (see the note)`;
}

/** A lasting decline (`declinePhrase`) as a sentence of a wellness note, with what to ask about; '' without one. */
function declineSentence(g: Shared): string {
  const r = g.config.readiness;
  const d = declinePhrase(g.m.wellness, r);
  return d === null ? '' : ` There is ${d}: ask about ${askItemsWords(askItems(g.m.wellness, r))}.`;
}

/**
 * The item of the one-item note (`suggestWellnessNote`'s first branch: one item low on check-ins running, or on
 * several of the window's, while the composite is not under 0), null when that note is not written.
 */
function itemLowNote(w: WellnessMetrics): WellnessItem | null {
  return w.itemLow !== null && w.composite.value !== null ? w.itemLow.item : null;
}

/**
 * The one-item note asks before next week is published as the one-reading note does (`manyRecentBelow`, our
 * threshold `askFirstRecentBelow`): the window's low check-ins, its own item's among them, number 3 or more (coach
 * read 11: Tom's mood note counted its 2 check-ins running while 5 of his 7 were low).
 */
function itemNoteAsksFirst(w: WellnessMetrics, r: EngineConfig['readiness']): boolean {
  return itemLowNote(w) !== null && w.recent !== null && w.recent.below >= r.askFirstRecentBelow;
}

/**
 * What every wellness note says of the other low check-ins of the window and what it asks (one wording, the
 * one-reading note's and the one-item note's): " It is not the only low check-in: 4 of the 7 check-ins of the
 * last 7 days (since …) were low (items …)." (`lead`: "It is not the only low check-in", or "They are not the
 * only low check-ins" for a note on several), the items low on several of them, and "That is 3 or more in 7 days
 * (our threshold): ask Nora how things are before you publish next week" when the note asks first (else "Ask
 * Nora how things are"). `others`: whether to count them (null `recentBelowWords`: at most one was low). `decline`:
 * the note's `declineSentence`, which the caller has built for its own text.
 */
function otherLowWords(
  g: Shared,
  lead: string,
  others: boolean,
  asksFirst: boolean,
  decline: string,
): { readonly others: string; readonly ask: string } {
  const { athlete, config } = g;
  const w = g.m.wellness;
  const count = others ? recentBelowWords(w, config.readiness) : null;
  // An item low on several of them is named and asked about (the decline's sentence asks when there is one).
  const run = count === null ? null : lowItemRunWords(w, config.readiness);
  const runSentence =
    run === null
      ? ''
      : ` ${run}${decline === '' ? `: ask about ${askItemsWords(askItems(w, config.readiness))}` : ''}.`;
  const ask = g.strong
    ? `It is a strong reading, though (composite z ${num(config.readiness.strongNoteComposite, 1)} or below, or an item at ${num(config.readiness.strongNoteItem, 1)} or below: our threshold): ask ${athlete} how things are before you publish next week`
    : asksFirst
      ? `That is ${config.readiness.askFirstRecentBelow} or more in ${w.recent?.days ?? config.readiness.wellnessRecentDays} days (our threshold): ask ${athlete} how things are before you publish next week`
      : `Ask ${athlete} how things are`;
  return { others: `${count === null ? '' : ` ${lead}: ${count}.`}${runSentence}`, ask };
}

function suggestWellnessNote(g: Shared): void {
  // (The notes in functions of their own: the rule runs every review and most return here, and V8 had left the
  // whole of it in its baseline code, its property loads each a call into the IC builtins.)
  const w = g.m.wellness;
  if (w.itemLow !== null && w.composite.value !== null && w.itemLow.item !== null)
    wellnessItemLowNote(g, w, w.itemLow, w.composite.value);
  else if (w.singleReading && w.composite.value !== null) wellnessSingleReadingNote(g, w, w.composite.value);
}

/** `suggestWellnessNote`'s note for one item low on check-ins running while the rest of the check-in is not. */
function wellnessItemLowNote(
  g: Shared,
  w: MetricsState['metrics']['wellness'],
  t: NonNullable<MetricsState['metrics']['wellness']['itemLow']>,
  composite: number,
): void {
  const { athlete, config } = g;
  // One item low on check-ins running while the rest of the check-in is not (Tom's mood, coach read 7): not a
  // flag for the week (the check-in is not below norm), but persistent, as persistent as the one item that holds
  // a week when the composite is below norm too (athlete12's stress): the same severity, attention, so the coach
  // sees it and asks (our rule; a note, no change). The item is "low", the check-in "below norm" or not flagged:
  // Tom's had read "mood has been below norm …: the check-in is not below norm by our flag rule".
  const item = wellnessItemWords(t.item!);
  const decline = declineSentence(g);
  const win = w.recent;
  const inWindow = win !== null ? itemLowOf(win.itemLow, t.item!) : 0;
  const more =
    win !== null && inWindow > t.checkIns && t.checkIns >= 2
      ? `, and on ${inWindow} of the ${plural(win.checkIns, 'check-in')} of the last ${win.days} days (since ${win.since})`
      : '';
  // Running up to the latest, or (`itemLowInWindow`) low on several of the week's check-ins without running.
  const onWhat =
    t.checkIns >= 2 || win === null
      ? `on the last ${t.checkIns} check-ins (since ${t.since}; z ${num(zScoreOf(w.zScores, t.item!) as number, 1)} on ${w.date}; our threshold: z ${num(config.readiness.amberItem, 1)} or below on each)`
      : `on ${inWindow} of the ${plural(win.checkIns, 'check-in')} of the last ${win.days} days (since ${win.since}; z ${num(zScoreOf(w.zScores, t.item!) as number, 1)} on ${w.date}; our threshold: z ${num(config.readiness.amberItem, 1)} or below on each, ${config.readiness.askFirstRecentBelow} or more in ${win.days} days)`;
  // The window's other low check-ins (on other items: the item's own are counted above), and, at 3 or more low
  // in all, the ask before publishing, in the one-reading note's words (coach read 11: Tom's note said "the last
  // 2 check-ins" while 5 of his 7 were low, and asked as if nothing else was).
  const otherLow = win === null ? 0 : win.below - inWindow;
  const asksFirst = g.asksFirst;
  const tail = otherLowWords(
    g,
    inWindow === 1 ? 'It is not the only low check-in' : 'They are not the only low check-ins',
    otherLow > 0,
    asksFirst,
    decline,
  );
  const ask =
    tail.others === '' && !asksFirst ? `: ask ${athlete} how things are.` : `.${tail.others} ${tail.ask}.`;
  g.add(
    'WELLNESS_NOTE',
    'ATTENTION',
    ['ADAPTATION', 'EXTERNAL_EYES'],
    'HEURISTIC',
    `${athlete}'s ${item} has been low ${onWhat}${more}, but the wellness composite is within norm (z ${num(composite, 1)}, not under 0), so by our flag rule the check-in is not flagged and next week does not change (${wellnessChangeRule(config.readiness)}). A score that stays low is still worth a word${ask}${decline}`,
    {
      wellnessComposite: composite,
      date: w.date,
      strongReading: false,
      askFirst: asksFirst,
      worstItem: item,
      lowItemCheckIns: t.checkIns,
      lowItemInWindow: t.checkIns < 2 && win !== null ? inWindow : null,
      recentBelowCheckIns: win?.below ?? null,
      otherLowCheckIns: otherLow > 0 ? otherLow : null,
      recentDays: win?.days ?? null,
    },
    [],
  );
}

/** `suggestWellnessNote`'s note for one check-in below norm, which is not a trend. */
function wellnessSingleReadingNote(
  g: Shared,
  w: MetricsState['metrics']['wellness'],
  composite: number,
): void {
  const { athlete, config } = g;
  const strong = g.strong;
  const asksFirst = g.asksFirst;
  const worst = worstWellnessItem(w);
  const t = w.trend;
  const b = t?.before ?? null;
  const signal = t?.item ? `not on ${wellnessItemWords(t.item)}` : 'not overall';
  const before =
    b === null
      ? 'there is no check-in in the 3 days before it'
      : b.item === null
        ? 'the one before was not'
        : `the one before (${b.date}) was low on ${wellnessItemWords(b.item)} (z ${num(b.z as number, 1)}), ${signal},`;
  // The other recent check-ins below norm, when there were any (on signals that did not run up to this one), and
  // what the note asks.
  const decline = declineSentence(g);
  const tail = otherLowWords(g, 'It is not the only low check-in', true, asksFirst, decline);
  g.add(
    'WELLNESS_NOTE',
    // A note that asks before next week is published is attention (coach read 12: Chloé's and Viktor's reviews
    // read OK, and the coach's queue ranks a review by its worst open suggestion); one that only asks is info.
    asksFirst ? 'ATTENTION' : 'INFO',
    ['ADAPTATION', 'EXTERNAL_EYES'],
    'HEURISTIC',
    `${athlete}'s check-in of ${w.date} is below norm (composite z ${num(composite, 1)}${worst ? `, ${wellnessItemWords(worst)} z ${num(zScoreOf(w.zScores, worst) as number, 1)}` : ''}), but ${before} and ${g.hrv.below !== null ? 'HRV is only at the edge of its band' : g.hrv.status === 'INSUFFICIENT_DATA' ? hrvCheckedWords(g.hrv, config.readiness) : 'HRV does not agree'}: one reading is not a trend, so next week is not changed for it.${tail.others} ${tail.ask} (${wellnessChangeRule(config.readiness)}).${decline}`,
    {
      wellnessComposite: composite,
      date: w.date,
      strongReading: strong,
      askFirst: asksFirst,
      worstItem: worst ? wellnessItemWords(worst) : null,
      recentBelowCheckIns: w.recent?.below ?? null,
      recentDays: w.recent?.days ?? null,
    },
    [],
  );
}

/**
 * Easy runs logged well above the planned effort for weeks (see `effortVsPlan`): the easy running is not
 * easy, and the plan's load under-states the real one. A conversation about pacing, with the real numbers; no
 * change to the plan (the decision does not build on it: see `buildRuleOuts`).
 */
function suggestEffortAbovePlan(g: Shared): void {
  const e = g.state.effortVsPlan;
  if (!e.flag) return;
  const { athlete, config } = g;
  const planned = e.easyPlannedSum / e.easyRuns;
  const logged = e.easyLoggedSum / e.easyRuns;
  const range =
    e.easyLoggedMin === e.easyLoggedMax
      ? `all at ${e.easyLoggedMin}`
      : `${e.easyLoggedMin}–${e.easyLoggedMax}`;
  const hard =
    e.hardSessions > 0
      ? ` ${e.hardSessions === 1 ? 'The hard session was' : `The ${e.hardSessions} hard sessions were`} logged at RPE ${num(e.hardLoggedSum / e.hardSessions, 1)} against a planned ${num(e.hardPlannedSum / e.hardSessions, 1)}.`
      : '';
  const loadPct = e.plannedLoad > 0 ? (e.loggedLoad / e.plannedLoad - 1) * 100 : null;
  const load =
    loadPct !== null && Math.round(loadPct) > 0
      ? ` At the minutes done, the sessions' load (sRPE × min) is ${pct(loadPct)} on what the planned efforts stand for, so the weeks are harder than the plan says.`
      : '';
  g.add(
    'EFFORT_ABOVE_PLAN',
    'ATTENTION',
    ['INDIVIDUALIZATION', 'EXTERNAL_EYES'],
    'HEURISTIC',
    `${athlete} logged ${e.easyAbove} of ${e.easyRuns} easy runs of the last ${Math.round(config.effort.windowDays / 7)} weeks at least ${config.effort.minGap} points harder than planned, in ${e.weeksAbove} different weeks: planned RPE ${num(planned, 1)} on average, logged ${num(logged, 1)} (${range}).${hard}${load} Talk about pacing: easy runs at a conversational effort, RPE 3–4, and ask whether the easy days feel harder than they should (session RPE, Foster 2001; our rule: a point either way is ordinary).`,
    {
      easyRuns: e.easyRuns,
      easyRunsAbovePlan: e.easyAbove,
      weeksAbovePlan: e.weeksAbove,
      plannedEasyRpe: round1(planned),
      loggedEasyRpe: round1(logged),
      hardSessions: e.hardSessions,
      loadAbovePlanPct: loadPct === null ? null : round1(loadPct),
    },
    [],
  );
}

/**
 * An HRV 7-day mean below its band but only at its edge (inside its own noise, or one reading's doing) with
 * nothing else down: a note, never a change (a volume decision that speaks to readiness says it itself).
 */
function suggestHrvNote(g: Shared): void {
  const { hrv, decision, athlete } = g;
  const below = hrv.below;
  if (hrv.status !== 'BELOW_BAND' || below === null || below.clear) return;
  if (decision.reason === 'RECOVERY_HOLD' || decision.reason === 'RECOVERY_DOWN_WEEK') return;
  const text = hrvPhrase(hrv, null);
  if (text === null) return;
  g.add(
    'HRV_NOTE',
    'INFO',
    ['ADAPTATION', 'EXTERNAL_EYES'],
    'EVIDENCE',
    `${capitalise(text)}: next week is not changed for it. Watch ${athlete}'s next readings (our rule, after Buchheit 2014: an exit counts when it is larger than the readings' day-to-day noise, or than half of it for ${HRV_PERSIST_DAYS} days running).`,
    {
      hrvMean7: round2(hrv.mean7.value as number),
      hrvBandLow: round2(hrv.bandLow as number),
      marginBelowFloor: Math.round(below.margin * 1000) / 1000,
      noise: round2(below.noise),
      daysBelow: below.days,
      // One low reading's doing (`HrvBelow.singleReading`): the athlete text says so.
      ...(below.singleReading ? { singleReading: true } : {}),
    },
    [],
  );
}

function suggestHrvAboveBand(g: Shared): void {
  const { hrv } = g;
  if (hrvClearlyAbove(hrv) && hrv.bandLow !== null && hrv.bandHigh !== null && hrv.mean7.value !== null) {
    const [v, lo, hi] = valueAndBand(hrv.mean7.value, hrv.bandLow, hrv.bandHigh);
    // Beside a build it asks before the build is published, and the build grows nothing until then (`hrvAsksFirst`).
    const asks = g.hrvAsksFirst;
    g.add(
      'HRV_ABOVE_BAND',
      asks ? 'ATTENTION' : 'INFO',
      ['ADAPTATION', 'EXTERNAL_EYES'],
      'EVIDENCE',
      `HRV 7-day mean (ln rMSSD ${v}) is above the usual band ${lo}–${hi}: that can mean good adaptation but also strain (Plews), so ask how training feels before adding load${asks ? `: next week's build waits for ${g.athlete}'s answer and grows nothing until then (our rule)` : ''}.`,
      asks
        ? { hrvMean7: round2(hrv.mean7.value), hrvBandHigh: round2(hrv.bandHigh), askFirst: true }
        : { hrvMean7: round2(hrv.mean7.value), hrvBandHigh: round2(hrv.bandHigh) },
      [],
    );
  }
}

/**
 * Strength in the last days before an A race of half-marathon length or longer (our rule): each such session
 * moves to an earlier free day of the week with time for it, else it is dropped; light mobility is fine.
 */
function raceWeekStrength(
  g: Shared,
  plan: WeekPlan,
): { changes: PlanChange[]; why: ReadonlyMap<string, string>; text: string; dropped: number } {
  const nws = g.ctx.nextWeekStart;
  const free = strengthFreeDays(g.state.races, nws);
  const close = strengthTooClose(plan, free);
  const changes: PlanChange[] = [];
  // (No Map made for none: most weeks have no strength before a race.)
  if (close.length === 0) return { changes, why: NO_WHY, text: '', dropped: 0 };
  const why = new Map<string, string>();
  const used = [false, false, false, false, false, false, false];
  for (const x of plan.sessions) if (x.kind !== 'REST') used[x.day] = true;
  const texts: string[] = [];
  let dropped = 0;
  for (const x of close) {
    const f = free.find((y) => y.day === x.day) as { day: number; race: number };
    const r = g.state.races[f.race];
    const days = r.day - nws - x.day;
    // The latest earlier day with nothing on it, outside every race's strength-free days, with time for it.
    let to = -1;
    for (let d = x.day - 1; d >= 0 && to < 0; d--) {
      if (!used[d] && !free.some((y) => y.day === d) && g.ctx.availability[d] >= x.minutes) to = d;
    }
    const reason = `${days} ${days === 1 ? 'day' : 'days'} before ${raceName(r)}: no strength in the last ${NO_STRENGTH_DAYS_BEFORE_RACE} days before an A race of half-marathon length or longer, our rule; light mobility is fine`;
    why.set(x.id, reason);
    if (to >= 0) {
      used[to] = true;
      changes.push({ type: 'MOVE_SESSION', sessionId: x.id, fromDay: x.day, toDay: to as Weekday });
      texts.push(`move ${sessionLabel(x)} to ${weekdayName(to)} (${reason})`);
    } else {
      changes.push({ type: 'DROP_SESSION', sessionId: x.id });
      texts.push(`drop ${sessionLabel(x)} (${reason}; no earlier free day has time for it)`);
      why.set(x.id, `${reason}; no earlier free day has time for it`);
      dropped += x.minutes;
    }
  }
  const text = ` ${capitalise(andList(texts))}.`;
  return { changes, why, text, dropped };
}

/**
 * The last `RACE_EVE_DAYS` days before an A or B race of half-marathon length or longer (`raceEveDays`): no key
 * session, no long run, nothing hard there, and the day before only rest or a short easy shake-out. Each such
 * session (on the day before, also any longer than `SHAKE_OUT_MINUTES`) becomes an easy shake-out of at most
 * that, and the text says so; an easy run two days out stays an easy run. The volume fit leaves the shake-outs'
 * days alone.
 */
function raceEve(g: Shared, plan: WeekPlan): RaceEve {
  const nws = g.ctx.nextWeekStart;
  const eve = raceEveDays(g.state.races, nws);
  if (eve.length === 0) return NO_EVE;
  // The plan's minutes, for the shake-outs' expected totals (counted only in a week before a long race).
  const total = planMinutes(plan);
  const changes: PlanChange[] = [];
  const ids = new Set<string>();
  const acts: string[] = [];
  const days: number[] = [];
  let cut = 0;
  for (const x of plan.sessions) {
    if (x.kind !== 'RUN' && x.kind !== 'CROSS_TRAINING') continue;
    let f: { day: number; race: number } | undefined;
    for (const y of eve) if (y.day === x.day) f = y;
    if (f === undefined) continue;
    const r = g.state.races[f.race];
    const before = r.day - nws - x.day;
    const hard = isHard(x, g.zoneRpe) || x.intervals !== undefined;
    if (x.key !== true && !hard && (before > 1 || x.minutes <= SHAKE_OUT_MINUTES)) continue;
    const to = Math.min(x.minutes, SHAKE_OUT_MINUTES);
    const p = to < x.minutes ? percentRange(x.minutes, to) : null;
    if (to < x.minutes && p === null) continue;
    ids.add(x.id);
    if (!days.includes(x.day)) days.push(x.day);
    changes.push({
      type: 'REPLACE_INTENSITY',
      sessionId: x.id,
      // A hard session becomes easy; an easy one (a long run) keeps its own easy effort.
      effort: hard ? EASY_REPLACEMENT : x.effort,
      intervals: null,
      purpose:
        x.kind === 'RUN'
          ? `Shake-out: ${to} min easy, a few relaxed strides (${raceName(r)} ${before === 1 ? 'tomorrow' : `in ${before} days`})`
          : `Easy ${crossSport(x)}, ${to} min: loosen up for ${raceName(r)}`,
      key: false,
    });
    if (p !== null) {
      changes.push({
        type: 'SCALE_VOLUME',
        percent: scalePercent(x.minutes, to, p),
        sessionIds: [x.id],
        expectedTotalMinutes: total - cut,
      });
      cut += x.minutes - to;
    }
    acts.push(
      `${to < x.minutes ? `${sessionName(x)} ${x.minutes} → ${to} min (${pct((to / x.minutes - 1) * 100)})` : sessionLabel(x)} as an easy shake-out (${before === 1 ? 'the day before' : `${before} days before`} ${raceName(r)}`,
    );
  }
  if (acts.length === 0) return NO_EVE;
  // The rule is said once, with the last of them.
  const why = `the last ${RACE_EVE_DAYS} days before a race of half-marathon length or longer hold no long run or key session, and the day before only rest or a short easy shake-out, our rule`;
  for (let i = 0; i < acts.length; i++) acts[i] += i === acts.length - 1 ? `: ${why})` : ')';
  return { changes, ids, acts, days };
}

/** The minutes a plan has on a weekday. */
function dayMinutes(plan: WeekPlan, day: number): number {
  let t = 0;
  for (const x of plan.sessions) if (x.day === day) t += x.minutes;
  return t;
}

/** The down week's action when it is a medical-check week (`MedicalWeek`): what it is, until when, and why. */
function medicalWeekText(
  w: MedicalWeek,
  target: number,
  base: number,
  athlete: string,
  unkeyed: readonly PlannedSession[],
  /** The plan as the suggestion leaves it: its sessions and days are said as it has them. */
  fitted: WeekPlan,
  /** Whether that plan has `target` (`landsOnTarget`): else the figure is said to be the target. */
  on: boolean,
): string {
  const long =
    unkeyed.length > 0
      ? ` and no long run (${andList(unkeyed.map(sessionName))} ${unkeyed.length === 1 ? 'becomes an easy run' : 'become easy runs'}, not a key session)`
      : '';
  const trained = fitted.sessions.filter((x) => x.kind !== 'REST');
  const days = new Set(trained.map((x) => x.day)).size;
  const layout =
    trained.length > 0
      ? `: ${trained.length} ${trained.length === 1 ? 'session' : 'sessions'} on ${days} ${days === 1 ? 'day' : 'days'}`
      : '';
  return `Until a doctor has cleared ${athlete}, make next week short easy sessions only${on ? ': about' : ', with a target of about'} ${min(target)} (${pct((target / Math.max(1, base) - 1) * 100)} on ${min(base)}, in place of the down week's ${min(w.downWeekMinutes)})${layout}, each session ${w.sessionMinutes} min at most${long}, reusing the sizes of the graded return after a fever (about ${w.dayMinutes} min a day over the ${w.days} days a down week after two weeks of red readiness may train, in whole sessions of ${w.sessionMinutes} min; our rule: the overtraining consensus advises rest and a medical evaluation first, Meeusen et al. 2013)`;
}

// The helpers of `suggestVolume` are module-level functions, not closures made on every call: V8 collects a
// closure's optimised code with it at each major GC, and these were recompiled 8–18 times over 40,000 bench reviews.

/** `cs` added to the changes before the fit (`pre`, in place), and `plan` with them all; `sim` when `cs` is empty. */
function withChanges(plan: WeekPlan, pre: PlanChange[], sim: WeekPlan, cs: readonly PlanChange[]): WeekPlan {
  if (cs.length === 0) return sim;
  pre.push(...cs);
  return simulate(plan, pre);
}

/** The days of `plan`'s races. */
function raceDaysOf(plan: WeekPlan): Set<Weekday> {
  const out = new Set<Weekday>();
  for (const x of plan.sessions) if (x.kind === 'RACE') out.add(x.day);
  return out;
}

/** Whether `plan` has a session on day `d` other than rest (nor a race, with `notRace`). */
function trainsOn(plan: WeekPlan, d: number, notRace = false): boolean {
  for (const x of plan.sessions)
    if (x.day === d && x.kind !== 'REST' && !(notRace && x.kind === 'RACE')) return true;
  return false;
}

/**
 * A graded return's or a race's recovery week's first changes, onto `sim` (`withChanges`): the days `from`–`through` that
 * hold a session, a race's day aside, become rest days, then the week's hard sessions easy ones (`purpose`).
 */
function restThenEasy(
  plan: WeekPlan,
  pre: PlanChange[],
  simIn: WeekPlan,
  from: number,
  through: number,
  purpose: string,
  zoneRpe: ReadonlyMap<string, number> | undefined,
): WeekPlan {
  let sim = simIn;
  const raceDays = raceDaysOf(plan);
  const restDays: Weekday[] = [];
  for (let d = from; d <= through; d++) {
    if (raceDays.has(d as Weekday)) continue;
    if (trainsOn(plan, d)) restDays.push(d as Weekday);
  }
  if (restDays.length > 0) sim = withChanges(plan, pre, sim, [{ type: 'INSERT_REST_DAYS', days: restDays }]);
  return withChanges(plan, pre, sim, hardSessionsToEasy(sim, purpose, zoneRpe));
}

/**
 * The weekdays (0–6) after `day`: none after a Sunday, all seven after a day before the week (a fever's rest that ended
 * last week gives a negative `restThroughDay`).
 */
function daysAfter(day: number): number[] {
  const out: number[] = [];
  for (let d = Math.max(0, day + 1); d <= 6; d++) out.push(d);
  return out;
}

/** How many days of a fever's graded return hold only short easy sessions (our rule; see `suggestVolume`). */
export const RETURN_FIRST_DAYS = 2;

/**
 * The first `RETURN_FIRST_DAYS` days of a fever's graded return that hold a session (races aside), in order: the
 * return's first days, whose sessions are short easy ones (`RETURN_RUN_MINUTES` at most).
 */
function returnFirstDays(plan: WeekPlan, returnDays: readonly number[]): number[] {
  const out: number[] = [];
  for (const d of returnDays) {
    if (out.length >= RETURN_FIRST_DAYS) break;
    if (trainsOn(plan, d, true)) out.push(d);
  }
  return out;
}

/** The volume decision for next week (build / hold / down / taper / transition / rest) and its changes. */
function suggestVolume(g: Shared): void {
  const { state, ctx, decision, plan, range, planTotal, base, affected, unaffected } = g;
  // The changes before the volume fit, and `plan` with them (`withChanges`).
  const pre: PlanChange[] = [];
  let sim = plan;
  let scope: number[] | undefined = affected.length > 0 ? unaffected : undefined;
  if (decision.type === 'REST') {
    sim = restThenEasy(
      plan,
      pre,
      sim,
      0,
      Math.min(6, ctx.restThroughDay),
      'Graded return: easy and short; stop if symptoms come back',
      g.zoneRpe,
    );
    const returnDays = daysAfter(ctx.restThroughDay);
    // The return starts with short easy sessions (our rule, after the neck check's graded return): the first
    // `RETURN_FIRST_DAYS` days after the rest that hold a session keep `RETURN_RUN_MINUTES` at most each, and the
    // cut sizes the days after them (a cut of the whole return had left a 35-min run on its first day and dropped
    // the second's, beside a text promising "short easy runs (20–30 min)": Ida). The text names those days.
    // (Capped below, after the shake-outs before a race, which keep their own minutes and say them.)
    const first = returnFirstDays(sim, returnDays);
    g.returnFirst = first;
    const later: number[] = [];
    for (const d of returnDays) if (!first.includes(d)) later.push(d);
    scope = later.length > 0 ? later : returnDays;
  } else if (
    decision.raceWeekRecovery ||
    ((decision.type === 'TRANSITION' || decision.reason === 'RACE_RECOVERY') &&
      recoveryWeekRace(state.races, ctx.nextWeekStart, g.config) !== null)
  ) {
    // The recovery week after a marathon-type race (or the rest of its week, when it is early in the week):
    // rest the first three days after it, then short easy runs.
    const r = (
      decision.raceWeekRecovery ? ctx.nextARace : recoveryWeekRace(state.races, ctx.nextWeekStart, g.config)
    ) as ParsedRace;
    const through = Math.min(6, r.day + 3 - ctx.nextWeekStart);
    // (From the day after the race: the days before a race early in the week are its own, see `raceEve`.)
    sim = restThenEasy(
      plan,
      pre,
      sim,
      Math.max(0, r.day + 1 - ctx.nextWeekStart),
      through,
      'Easy run (recovery week after the race)',
      g.zoneRpe,
    );
    // No long run in a marathon's recovery week: a key long run left in it becomes an easy run that is not a
    // key session (the cut sizes it with the rest); the text names it.
    const unkey: PlanChange[] = [];
    for (const x of sim.sessions) {
      if (x.kind !== 'RUN' || x.key !== true || x.day <= through || !isLongRun(x, g.zoneRpe)) continue;
      unkey.push({
        type: 'REPLACE_INTENSITY',
        sessionId: x.id,
        effort: isHard(x, g.zoneRpe) ? EASY_REPLACEMENT : x.effort,
        intervals: null,
        purpose: 'Easy run (recovery week after the race: no long run yet)',
        key: false,
      });
      g.recoveryUnkeyed.push(x);
    }
    sim = withChanges(plan, pre, sim, unkey);
    const after = daysAfter(through);
    if (after.length > 0 && scope === undefined) scope = after;
  } else if (decision.easyOnly || decision.type === 'DOWN') {
    // (No race-effort run in a medical-check week: easy sessions only until a doctor has cleared the athlete.)
    g.raceEffortKept = decision.medicalWeek !== undefined ? null : raceEffortRunKept(g, sim);
    sim = withChanges(
      plan,
      pre,
      sim,
      hardSessionsToEasy(
        sim,
        decision.type === 'DOWN'
          ? 'Easy run (down week: intensity kept light)'
          : 'Easy run only, no intervals',
        g.zoneRpe,
        undefined,
        g.raceEffortKept?.id,
      ),
    );
    // A medical-check week has no long run either: a key long run in it becomes an easy run that is not a key
    // session, under the week's cap (`MedicalWeek`); the text names it.
    if (decision.medicalWeek !== undefined) {
      const unkey: PlanChange[] = [];
      for (const x of sim.sessions) {
        if (x.kind !== 'RUN' || x.key !== true || !isLongRun(x, g.zoneRpe)) continue;
        unkey.push({
          type: 'REPLACE_INTENSITY',
          sessionId: x.id,
          effort: isHard(x, g.zoneRpe) ? EASY_REPLACEMENT : x.effort,
          intervals: null,
          purpose: MEDICAL_WEEK_NO_LONG_RUN,
          key: false,
        });
        g.recoveryUnkeyed.push(x);
      }
      sim = withChanges(plan, pre, sim, unkey);
    }
  } else if (decision.reentry !== null) {
    // A re-entry week after a gap with no session logged: no hills or other quality, easy running first (strength
    // and cross-training keep their sport; the long run stays a long run, capped by the fit).
    sim = withChanges(
      plan,
      pre,
      sim,
      hardSessionsToEasy(sim, 'Easy run (re-entry week: easy first)', g.zoneRpe),
    );
  } else if (decision.gradedDays.length > 0) {
    // A graded return after an explained dip in readiness: the first days easy.
    sim = withChanges(
      plan,
      pre,
      sim,
      hardSessionsToEasy(sim, 'Easy run (graded return)', g.zoneRpe, decision.gradedDays),
    );
  } else if (strongHold(g)) {
    // A readiness hold on HRV clearly low for a week or more: the volume is held, the hard sessions are made
    // easy (the long run stays a long run).
    sim = withChanges(
      plan,
      pre,
      sim,
      hardSessionsToEasy(sim, 'Easy run (HRV low: intensity light this week)', g.zoneRpe),
    );
  }
  // A build over a plan made a down week: a session named for the down week keeps its effort and loses that name
  // (`buildWeekPurpose`), so the week the build leaves carries no "Down week: …" session; the text says so.
  if (decision.overDraftDown !== null) {
    const renamed: PlanChange[] = [];
    for (const x of sim.sessions) {
      if (x.kind === 'REST' || x.kind === 'RACE' || !namedForDownWeek(x.purpose)) continue;
      renamed.push({
        type: 'REPLACE_INTENSITY',
        sessionId: x.id,
        effort: x.effort,
        intervals: x.intervals ?? null,
        purpose: buildWeekPurpose(x.purpose),
      });
      g.downNamed.push(x);
    }
    sim = withChanges(plan, pre, sim, renamed);
  }
  // A marathon later in next week (Thursday to Saturday): the days right after it are rest, the first of its recovery
  // (`RaceWeekSize.rest`), as its week's size counts them (Lukas's Thursday marathon: a plan's Saturday and Sunday runs
  // had been cut to 20 min each and left the week above its range).
  const rw = decision.raceWeek;
  if (rw !== null && rw.long && !decision.raceWeekRecovery && rw.rest.days.length > 0) {
    const raceDays = raceDaysOf(plan);
    const restDays: Weekday[] = [];
    for (const d of rw.rest.days)
      if (!raceDays.has(d as Weekday) && trainsOn(sim, d)) restDays.push(d as Weekday);
    if (restDays.length > 0)
      sim = withChanges(plan, pre, sim, [{ type: 'INSERT_REST_DAYS', days: restDays }]);
  }
  // The plan's own phase (none yet is null), so the change never reads "competition → competition".
  if (decision.type === 'TAPER' && sim.phase !== 'COMPETITION') {
    sim = withChanges(plan, pre, sim, [{ type: 'SET_PHASE', from: sim.phase ?? null, to: 'COMPETITION' }]);
  }
  if (decision.type === 'TRANSITION' && sim.phase !== 'TRANSITION') {
    sim = withChanges(plan, pre, sim, [{ type: 'SET_PHASE', from: sim.phase ?? null, to: 'TRANSITION' }]);
  }
  // No strength in the last days before an A race of half-marathon length or longer.
  const strength = raceWeekStrength(g, sim);
  sim = withChanges(plan, pre, sim, strength.changes);
  g.strengthText = strength.text;
  g.strengthDropped = strength.dropped;
  if (scope !== undefined && scope.length === 0) scope = undefined;
  // The days before a long race: a short easy shake-out at most, which the volume fit then leaves alone.
  const eve = raceEve(g, sim);
  sim = withChanges(plan, pre, sim, eve.changes);
  g.eve = eve;
  if (eve.ids.size > 0) {
    const out: number[] = [];
    for (const d of scope ?? [0, 1, 2, 3, 4, 5, 6]) if (!eve.days.includes(d)) out.push(d);
    scope = out;
  }
  // A fever's graded return: the sessions of its first days keep `RETURN_RUN_MINUTES` at most (see above).
  let returnCaps = 0;
  if (g.returnFirst.length > 0) {
    const caps: PlanChange[] = [];
    let total = planMinutes(sim);
    for (const x of sim.sessions) {
      if (!g.returnFirst.includes(x.day) || x.kind === 'REST' || x.kind === 'RACE') continue;
      if (x.minutes <= RETURN_RUN_MINUTES || eve.ids.has(x.id)) continue;
      caps.push({
        type: 'SCALE_VOLUME',
        percent: scalePercent(x.minutes, RETURN_RUN_MINUTES),
        sessionIds: [x.id],
        expectedTotalMinutes: total,
      });
      total -= x.minutes - RETURN_RUN_MINUTES;
    }
    sim = withChanges(plan, pre, sim, caps);
    returnCaps = caps.length;
  }
  // A taper sizes the training around the race: the race's own minutes are not part of the cut.
  const races = decision.type === 'TAPER' ? raceMinutes(sim) : 0;
  // The life-context suggestion takes these minutes off the affected days: the week is sized around them, so
  // the two suggestions land on the decision's size whichever the coach applies first (after one, the other
  // is re-derived on the plan it left, where this is 0).
  // (A rest decision's own rest days already cover the days it rests, life event or not.)
  const life = decision.type === 'REST' ? null : lifeContextWork(g);
  let lifeOwn = life === null ? 0 : Math.max(0, planTotal - planMinutes(life.sim));
  let lifeCut = lifeOwn;
  if (life !== null && lifeCut > 0 && eve.ids.size > 0) {
    // A shake-out before the race on a day the life event caps has taken that day's cut already: the week is
    // sized around the rest of it.
    const was = planMinutesByDay(plan);
    const now = planMinutesByDay(sim);
    const capped = planMinutesByDay(life.sim);
    for (const d of eve.days) {
      if (!g.ctxDays.has(d)) continue;
      lifeCut -= Math.max(0, Math.min(was[d] - capped[d], was[d] - now[d]));
    }
    lifeCut = Math.max(0, lifeCut);
  }
  const shift = races + lifeCut;
  const sized =
    shift > 0 ? { min: range.min + shift, max: range.max + shift, target: range.target + shift } : range;
  // A short taper's first step: its cut falls on the taper's days, from its first day (a Sunday half's Thursday),
  // the days before it as planned, when those days fit the athlete's time and the taper's days can take the cut
  // (else the whole week's cut order, as before).
  const step = decision.taper;
  let fit: FitResult | null = null;
  if (step !== null && step.share < 1) {
    const from = step.start - ctx.nextWeekStart;
    const days = (scope ?? [0, 1, 2, 3, 4, 5, 6]).filter((d) => d >= from);
    const byDay = planMinutesByDay(sim);
    let fits = days.length > 0;
    for (let d = 0; d < from && fits; d++) if (byDay[d] > ctx.availability[d]) fits = false;
    if (fits) {
      const tried = volumeChange(sim, g, sized, days);
      if (!tried.aboveMax && tried.over.length === 0 && tried.growShort === 0) {
        fit = tried;
        g.taperDaysCut = true;
      }
    }
  }
  if (fit === null) fit = volumeChange(sim, g, sized, scope);
  // A down week held above its range on the other days reaches into the days of a life event that its own suggestion
  // leaves as they are (within their caps: nothing of it is on them), the caps as those days' time: their easy
  // filler is cut as any other (the cut order), not left beside a text that says the key sessions held the week up
  // (a C race's down week had left three 20-min runs on a trip's days at 205 min for a range of 140–155).
  if (decision.type === 'DOWN' && fit.aboveMax && scope !== undefined && life !== null) {
    const free = eventDaysLeftAlone(g, life, eve);
    if (free.length > 0) {
      const wider: number[] = [];
      for (let d = 0; d < 7; d++) if (scope.includes(d) || free.includes(d)) wider.push(d);
      const available = g.ctx.availability.slice();
      for (const d of free) available[d] = Math.min(available[d], (g.ctxDays.get(d) as ContextDayCap).cap);
      const tried = volumeChange(sim, g, sized, wider, available);
      if (tried.over.length === 0 && (!tried.aboveMax || tried.aboveBy < fit.aboveBy)) {
        fit = tried;
        scope = wider;
      }
    }
  }
  // A re-entry week (a ceiling, its long run capped) that, sized around the life event's days, cuts its long run
  // under its cap reaches into those days itself, the event's caps as their time, at the decision's own size: the
  // week the hold leaves is then the week its text says, already within the event's caps (the event's suggestion,
  // re-derived on it, takes nothing more), rather than a long run halved 150 → 75 min below its 115-min cap beside a
  // trip that takes another 45 min off the other days (Tom, issue #11: 255, 300 and 405 min said of one week).
  let reentryReach = false;
  if (
    decision.reentry !== null &&
    decision.type === 'HOLD' &&
    life !== null &&
    lifeCut > 0 &&
    races === 0 &&
    eve.ids.size === 0 &&
    scope !== undefined
  ) {
    const cap = reentryLongRun(g);
    const longAfter = (changes: readonly PlanChange[]): number => {
      const r = changes.length === 0 ? null : applyChanges(sim, changes);
      const p = r !== null && r.ok ? r.plan : sim;
      let most = 0;
      for (const x of p.sessions) if (x.kind === 'RUN' && x.key === true) most = Math.max(most, x.minutes);
      return most;
    };
    const before = longAfter(fit.changes);
    if (cap < Infinity && before < cap && before < longAfter([])) {
      const wider: number[] = [];
      for (let d = 0; d < 7; d++) if (scope.includes(d) || g.ctxDays.has(d)) wider.push(d);
      const available = g.ctx.availability.slice();
      for (const [d, c] of g.ctxDays) available[d] = Math.min(available[d], c.cap);
      const tried = volumeChange(sim, g, races > 0 ? sized : range, wider, available);
      if (tried.over.length === 0 && !tried.aboveMax && longAfter(tried.changes) > before) {
        fit = tried;
        scope = wider.length === 7 ? undefined : wider;
        lifeOwn = 0;
        lifeCut = 0;
        reentryReach = true;
      }
    }
  }
  const vol = fit.changes;
  // (The fit cut the eased week, and what it dropped was an easy run of it, cut with the easy running; the change list
  // drops it without easing it first (below), and the cut-order property eases the hard sessions a down week drops
  // as the week's rule does, PROPERTY_SEED=2002544394. The texts do not name a session the fit drops as eased or
  // unkeyed.)
  // (Made only when the fit drops a session: most fits drop none, and a Set made in every review cost its
  // constructor's call.)
  let dropped: Set<string> | null = null;
  for (const c of vol) if (c.type === 'DROP_SESSION') (dropped ??= new Set<string>()).add(c.sessionId);
  // A session the fit drops is dropped only: no intensity change before it (a change list that changes a session and
  // then drops it leaves, if the coach edits the drop out, a session the week's rule never sized; coach read: Jonas's
  // hill repeats made an easy run of 90 min, then dropped, in a week of 30-min sessions).
  let changes: PlanChange[];
  if (dropped === null) {
    changes = [];
    for (const c of pre) changes.push(c);
    for (const c of vol) changes.push(c);
  } else {
    const gone: Set<string> = dropped;
    changes = [];
    for (const c of pre) if (c.type !== 'REPLACE_INTENSITY' || !gone.has(c.sessionId)) changes.push(c);
    for (const c of vol) changes.push(c);
    const kept = g.recoveryUnkeyed.filter((x) => !gone.has(x.id));
    g.recoveryUnkeyed.length = 0;
    g.recoveryUnkeyed.push(...kept);
  }
  // The plan as the volume decision leaves it, applied once here and read by every suggestion that describes
  // it (`g.fitted`); with nothing before the fit, the fit's own changes on this plan, which filling a free day
  // may already have applied (`fit.plan`).
  const result =
    changes.length === 0
      ? null
      : pre.length === 0 && fit.plan !== undefined
        ? { ok: true as const, plan: fit.plan }
        : applyChanges(plan, changes);
  const fitted = result !== null && result.ok ? result.plan : plan;
  const fittedMinutes = fitted === plan ? planTotal : planMinutes(fitted);
  // What a growth aimed at: the week's target, or only the plan's own minutes the day caps took (a refill).
  const growTo = fittedMinutes + fit.growShort;
  const note: VolumeNote = {
    max: decision.maxMinutes,
    target: decision.targetMinutes,
    longest: stepBase(g),
    raced: recentRaceMinutes(g),
    logged: decision.type === 'HOLD' || decision.type === 'DOWN' ? longestLoggedRun(g) : null,
    current: g.s.currentWeekLongRun,
    longRun: g.longRun,
    easyRun: g.easyRun,
    athlete: g.athlete,
    progression: g.config.progression,
    longRunShare: g.config.draft.longRunShare,
    reentryCap: reentryLongRun(g),
    patternWeeks: g.config.compliance.patternWeeks,
    zoneRpe: g.zoneRpe,
    state: g.state,
    asksTime: mayUseMoreTime(decision),
    hardShareWeek: hardShareWeek(decision) ?? 'a base week',
    qualityRaceMark: g.qualityRaceMark,
    medicalCap: decision.medicalWeek?.sessionMinutes,
    lifeReach: reentryReach ? lifeReachOf(g) : undefined,
    lifeCut,
    outOfReach: outOfReach(g, lifeCut, eve),
    refill: fit.growShort > 0 && growTo < range.target + shift - 2,
    under:
      (decision.type === 'HOLD' || decision.type === 'DOWN') && range.min <= 0
        ? { min: decision.minMinutes, name: decision.type === 'HOLD' ? 'hold' : 'down week' }
        : null,
  };
  let scaled =
    vol.length > 0 || eve.ids.size > 0 || returnCaps > 0
      ? describeVolume(
          plan,
          changes,
          races,
          fit,
          note,
          result !== null && result.ok ? result.plan : null,
          { plan: planTotal, fitted: fittedMinutes },
          g.zoneRpe,
          strength.why,
          eve,
        )
      : strength.text + availabilityNote(fitted, fit, note);
  // A build or hold that changes nothing says where the plan stands against its range (see `planAsItIs`); beside
  // a growth that found no room only when the life event's caps take the week below the range (with no event
  // the growth's own note says how far under the target the week stays).
  const asIs =
    decision.type === 'DOWN' &&
    vol.length === 0 &&
    eve.ids.size === 0 &&
    lifeOwn === 0 &&
    !fit.aboveMax &&
    decision.medicalWeek === undefined &&
    changes.length > 0 &&
    changes.every((c) => c.type === 'REPLACE_INTENSITY')
      ? downEasedOnly(g, changes)
      : planAsItIs(g, changes.length === 0 && !fit.aboveMax, fit.growShort > 0, lifeOwn);
  // The plan both leave, when the review states it (`bothMinutes`).
  let bothPlan: WeekPlan | null = null;
  if (lifeOwn > 0) {
    const after = fittedMinutes - races;
    // The week with the life event's own suggestion applied too, by the apply step (the two compose: after
    // either, the other is re-derived on the plan it left and lands on the same week), so the coach reads the
    // week both leave rather than adding them up (Tom: "to 410 min" here, "450 → 405 min" there, 365 never said).
    const both =
      life === null || eve.ids.size > 0 || !composesOnOwnDays(g, life, changes)
        ? null
        : bothApplied(fitted, changes, life);
    // Only a week the volume decision's fit brought to its range: a fit held above or below it by its floors
    // (doses, steps) starts from other minutes on the plan the life event's suggestion leaves, and re-derived
    // there it need not land on the same week.
    // And the other order gives the same week: the volume decision re-derived on the plan the life event's
    // suggestion leaves (its own minutes no longer to take: the range unshifted), as the review after that apply
    // computes it (a fit's rounding can land a 5-min step apart from a different start).
    const bothTotal = both === null ? null : planMinutes(both);
    g.bothMinutes =
      bothTotal !== null &&
      nearRange(g, bothTotal) &&
      life !== null &&
      volumeAfterLife(
        g,
        life,
        pre,
        races > 0 ? { min: range.min + races, max: range.max + races, target: range.target + races } : range,
        scope,
      ) === bothTotal
        ? bothTotal
        : null;
    if (g.bothMinutes !== null) bothPlan = both;
    if (g.bothMinutes !== null && (vol.length > 0 || eve.ids.size > 0)) {
      g.bothText = ` With ${lifeCaps(g)} (its own suggestion: ${capWords(g)}), the week comes to ${weekAgainstRange(g, g.bothMinutes)}.`;
      // The days the life event's changes shorten on the plan the volume decision leaves (`both` is not null here).
      const was = planMinutesByDay(fitted);
      const now = planMinutesByDay(both as WeekPlan);
      const days: string[] = [];
      for (let d = 0; d < 7; d++) if (now[d] !== was[d]) days.push(weekdayName(d));
      g.bothDays = andList(days);
    }
    if (vol.length === 0 && eve.ids.size === 0 && !asIs.below)
      g.lifeText = ` Capping the days of the life event, its own suggestion, takes the plan's ${min(after)}${races > 0 ? ' besides the race' : ''} to ${min(after - lifeOwn)}.`;
    scaled +=
      vol.length > 0 || eve.ids.size > 0
        ? g.bothText !== ''
          ? g.bothText
          : ` Capping the days of the life event, its own suggestion, takes another ${min(lifeOwn)} off the plan as it is now.`
        : g.lifeText;
  }
  scaled += asIs.text;
  if (lifeOwn > 0 && life !== null && (decision.type === 'BUILD' || decision.type === 'HOLD')) {
    // The week both leave (or, with nothing of the volume decision's own, the week the event's caps leave): under the
    // range by more than a 5-min step, next week is bounded by the event's days, and the decision says so.
    const week =
      g.bothMinutes !== null
        ? g.bothMinutes
        : vol.length === 0 && eve.ids.size === 0 && life.simApplied
          ? planMinutes(life.sim)
          : null;
    if (week !== null && week < decision.minMinutes - 5) {
      g.lifeBound = week;
      lifeBoundRoom(g, planMinutesByDay(bothPlan ?? life.sim), week);
    }
  } else if (
    life !== null &&
    lifeOwn === 0 &&
    races === 0 &&
    (decision.type === 'BUILD' || decision.type === 'HOLD') &&
    vol.length === 0 &&
    planTotal < decision.minMinutes - 5
  ) {
    // The plan already within the event's caps (the event's suggestion applied, the week reviewed again): still bounded
    // when the caps themselves leave no room for the range, whatever the plan puts on the event's days (each day at its
    // cap, none under the shortest training day; the other days as planned for a hold, at the athlete's time for a build).
    if (capsMost(g, planMinutesByDay(plan)) < decision.minMinutes - 5) {
      g.lifeBound = planTotal;
      lifeBoundRoom(g, planMinutesByDay(plan), planTotal);
    }
  }
  g.fit = fit;
  g.lifeCut = lifeCut;
  g.reentryReach = reentryReach;
  const only = decision.baseWeeks.length === 1 && decision.baseLeftOut.length > 0 ? decision.baseWeeks[0] : 0;
  // This week's sessions still to come as planned (`lastWeekMinutes` counts them), and whether all are today's.
  let toComeMinutes = 0;
  let toComeToday = true;
  const todayWd = state.reviewDay - (ctx.nextWeekStart - 7);
  if (state.projectedFromPlan)
    for (const x of state.thisWeekToCome) {
      toComeMinutes += x.minutes;
      if (x.day !== todayWd) toComeToday = false;
    }
  const ev: VolumeEvidence = {
    baseWeeklyMinutes: Math.round(base),
    baseWeekOf: only > 0 ? (state.metrics.weeks[only]?.start ?? null) : null,
    targetMinutes: decision.targetMinutes,
    minMinutes: decision.minMinutes,
    maxMinutes: decision.maxMinutes,
    planMinutes: planTotal,
    lastWeekMinutes: Math.round(state.weekMinutes[0] ?? 0),
    thisWeekToComeMinutes: Math.round(toComeMinutes),
    thisWeekToComeToday: toComeMinutes > 0 && toComeToday,
  };
  g.ev = ev;
  g.changes = changes;
  g.fitted = fitted;
  g.fittedMinutes = fittedMinutes;
  g.scaled = scaled;
  switch (decision.reason) {
    case 'ILLNESS_REST':
      suggestIllnessRest(g);
      break;
    case 'ILLNESS_EASY_ONLY':
      suggestIllnessEasyOnly(g);
      break;
    case 'INJURY_CHECK':
      suggestInjuryCheck(g);
      break;
    case 'TRANSITION_AFTER_A_RACE':
      suggestTransitionAfterARace(g);
      break;
    case 'RACE_RECOVERY':
      suggestRaceRecovery(g);
      break;
    case 'TAPER':
      suggestTaper(g);
      break;
    case 'RECOVERY_DOWN_WEEK':
    case 'RECOVERY_HOLD':
      suggestRecovery(g);
      break;
    case 'SCHEDULED_DOWN_WEEK':
      suggestScheduledDownWeek(g);
      break;
    case 'LOAD_SPIKE_WARNING':
      break; // emitted below with the volume change
    case 'BASELINE_HOLD':
      suggestBaselineHold(g);
      break;
    case 'CAUTIOUS_HOLD':
      suggestCautiousHold(g);
      break;
    default:
      suggestBuild(g);
  }
  if (decision.spike || decision.spikeStrong) suggestLoadSpike(g);
}

/**
 * The days of a life event its own suggestion leaves as they are (`life`: nothing of it on them: no cap, move, easing
 * or rest day; their plan within the caps), the days before a race's shake-outs aside, in week order.
 */
function eventDaysLeftAlone(g: Shared, life: LifeContextWork, eve: RaceEve): number[] {
  const dayOf = (id: string): number => {
    for (const x of g.plan.sessions) if (x.id === id) return x.day;
    return -1;
  };
  const touched = [false, false, false, false, false, false, false];
  for (const c of life.changes) {
    switch (c.type) {
      case 'SCALE_VOLUME':
        if (c.days === undefined && c.sessionIds === undefined) return [];
        if (c.days !== undefined) for (const d of c.days) touched[d] = true;
        if (c.sessionIds !== undefined) for (const id of c.sessionIds) touched[dayOf(id)] = true;
        break;
      case 'REPLACE_INTENSITY':
      case 'DROP_SESSION':
        touched[dayOf(c.sessionId)] = true;
        break;
      case 'MOVE_SESSION':
        touched[c.fromDay] = true;
        touched[c.toDay] = true;
        break;
      case 'INSERT_REST_DAYS':
        for (const d of c.days) touched[d] = true;
        break;
      case 'ADD_SESSION':
        touched[c.day] = true;
        break;
      default:
        break;
    }
  }
  const byDay = planMinutesByDay(g.plan);
  const out: number[] = [];
  for (const d of g.affected) {
    if (touched[d] || eve.days.includes(d)) continue;
    if (byDay[d] > (g.ctxDays.get(d) as ContextDayCap).cap) continue;
    out.push(d);
  }
  return out;
}

/**
 * The life event's suggestion and the volume decision's each change only their own days, so either one,
 * re-derived on the plan the other leaves, makes the same changes: the life event's only caps, eases or rests its
 * days (no session moved or unkeyed for want of a free day, which depends on the other days), and the volume
 * decision's changes touch no session on those days, and its caps are fixed minutes (a share of the plan is taken
 * again of what it left). Then the life event's changes on the plan the volume decision leaves are the week the
 * coach gets that way round; otherwise no figure for both is given.
 */
function composesOnOwnDays(g: Shared, life: LifeContextWork, changes: readonly PlanChange[]): boolean {
  if (!life.simApplied || life.moved.length > 0 || life.unkeyed.length > 0) return false;
  const own = g.ctxDays;
  // A share of what is planned (without a usual day to take it of) is taken again of the day it has capped once
  // re-derived: it lands on no one week to state.
  for (const c of own.values()) if (c.share !== null && c.usual === null) return false;
  const dayOf = (id: string): number => {
    for (const x of g.plan.sessions) if (x.id === id) return x.day;
    return -1;
  };
  for (const c of changes) {
    switch (c.type) {
      case 'SCALE_VOLUME':
        if (c.days !== undefined && c.days.some((d) => own.has(d))) return false;
        if (c.sessionIds !== undefined && c.sessionIds.some((id) => own.has(dayOf(id)))) return false;
        if (c.days === undefined && c.sessionIds === undefined) return false;
        break;
      case 'REPLACE_INTENSITY':
      case 'DROP_SESSION':
        if (own.has(dayOf(c.sessionId))) return false;
        break;
      case 'MOVE_SESSION':
        if (own.has(c.fromDay) || own.has(c.toDay)) return false;
        break;
      case 'INSERT_REST_DAYS':
        if (c.days.some((d) => own.has(d))) return false;
        break;
      case 'ADD_SESSION':
        if (own.has(c.day)) return false;
        break;
      default:
        break;
    }
  }
  return true;
}

/**
 * The plan with both the volume decision's changes and the life event's own suggestion applied: the life event's
 * changes on the plan the volume decision leaves (`fitted`), or, when the apply step refuses that order (its
 * check that the plan has not drifted), the volume decision's `changes` on the plan the life event's leave.
 * Null when neither order applies: the texts then give no figure for both.
 */
function bothApplied(
  fitted: WeekPlan,
  changes: readonly PlanChange[],
  life: LifeContextWork,
): WeekPlan | null {
  const a = applyChanges(fitted, life.changes);
  if (a.ok) return a.plan;
  if (!life.simApplied) return null;
  const b = applyChanges(life.sim, changes);
  return b.ok ? b.plan : null;
}

/**
 * The week (minutes) the volume decision's suggestion, re-derived on the plan the life event's own suggestion
 * leaves, would leave: its changes before the fit (`pre`) and its fit there, to `range` on the days in `scope`;
 * null when the apply step refuses them.
 */
function volumeAfterLife(
  g: Shared,
  life: LifeContextWork,
  pre: readonly PlanChange[],
  range: { min: number; max: number; target: number },
  scope: number[] | undefined,
): number | null {
  let sim = life.sim;
  if (pre.length > 0) {
    const r = applyChanges(sim, pre);
    if (!r.ok) return null;
    sim = r.plan;
  }
  const fit = volumeChange(sim, g, range, scope);
  if (fit.changes.length === 0) return planMinutes(sim);
  const r = applyChanges(sim, fit.changes);
  return r.ok ? planMinutes(r.plan) : null;
}

/** A week (races included) within one 5-min step of the decision's range (a taper's: its training besides the race). */
function nearRange(g: Shared, week: number): boolean {
  const { decision } = g;
  const n = decision.type === 'TAPER' ? week - raceMinutes(g.plan) : week;
  return n >= decision.minMinutes - 5 && n <= decision.maxMinutes + 5;
}

/** The life event's own suggestion by what it does: "the trip's caps", "the caps for the work stress". */
function lifeCaps(g: Shared): string {
  const kind = (g.ctxDays.get(g.affected[0]) as ContextDayCap).event.kind;
  return kind === 'TRAVEL' ? "the trip's caps" : `the caps for the ${EVENT_NAME[kind]}`;
}

/**
 * A week's minutes (`week`, races included) against the decision: "365 min, inside the hold's range (325–380
 * min)", "15 min under the build's range (…)"; a down week, taper or recovery week has a target, not a range to
 * be inside. A plan with a race says the training besides it too (what the athlete reads): a taper's range is
 * that training's, every other decision's counts the race.
 */
function weekAgainstRange(g: Shared, week: number): string {
  const { decision } = g;
  const race = raceMinutes(g.plan);
  const taper = decision.type === 'TAPER';
  const n = taper ? week - race : week;
  const figure =
    race === 0
      ? min(week)
      : taper
        ? `${min(n)} besides the race`
        : `${min(week)} (${min(week - race)} besides the race)`;
  const lo = decision.minMinutes;
  const hi = decision.maxMinutes;
  if (decision.type === 'BUILD' || decision.type === 'HOLD') {
    const range = `the ${decision.type === 'BUILD' ? "build's" : "hold's"} range (${lo}–${min(hi)})`;
    return n < lo
      ? `${figure}, ${min(lo - n)} under ${range}`
      : n > hi
        ? `${figure}, ${min(n - hi)} above ${range}`
        : `${figure}, inside ${range}`;
  }
  const label = decision.type === 'DOWN' ? 'down week' : taper ? 'taper' : 'recovery week';
  return `${figure} (the ${label}'s target: about ${min(decision.targetMinutes)})`;
}

/** The life event's caps in words: "at most 30 min a day on Tuesday, Wednesday and Thursday". */
function capWords(g: Shared): string {
  const first = g.ctxDays.get(g.affected[0]) as ContextDayCap;
  const days = andList(g.affected.map((d) => weekdayName(d)));
  if (first.share !== null)
    return first.usual === null
      ? `${Math.round(first.share * 100)} % of what is planned on ${days}`
      : `${Math.round(first.share * 100)} % of what ${g.athlete} has done lately on ${days}`;
  let most = 0;
  for (const d of g.affected) most = Math.max(most, (g.ctxDays.get(d) as ContextDayCap).cap);
  return most <= 0 ? `no training on ${days}` : `at most ${min(most)} a day on ${days}`;
}

/**
 * A build or hold that changes nothing says so, with the plan's figure against the range it states (a coach
 * cannot otherwise tell whether the plan is fine): "The plan's 425 min (+12 %) is inside the build's range
 * (375–430 min): no change needed." (under the target by no more than the 5-min steps a build leaves as they are,
 * it says by how much). A build's kept plan gives its step on the same base as the target's "(+7 %)": the week
 * the athlete gets is the plan's, not the target (Amelia's read only the target's +7 % beside a kept +12 %). Beside a life event's own suggestion (`lifeOwn` minutes off its days) it is the week
 * that suggestion leaves: inside the range, "no other change needed"; below it, how far and why, in place of the
 * plain figure of the caps ("The trip's caps (its own suggestion: at most 30 min a day on Tuesday, Wednesday and
 * Thursday) take the week to 315 min, 5 min under the hold's range (320–360 min); the other days stay as planned."). Nothing for
 * a plan above the range (the rounding note says why it is left), nor beside a growth that found no room
 * (`growShort`: its own note says how far under the target the week stays) unless the caps take the week below
 * the range; a hold's plan written below its range is said to be left there ("The plan's 195 min is 60 min
 * under the hold's range (255–295 min); a hold grows nothing of its own, so it is left as it is.").
 */
function planAsItIs(
  g: Shared,
  unchanged: boolean,
  growShort: boolean,
  lifeOwn: number,
): { readonly text: string; readonly below: boolean } {
  const { decision } = g;
  const none = { text: '', below: false };
  if (unchanged && decision.type === 'DOWN') return { text: draftRestDaysWhy(g), below: false };
  if (!unchanged || (decision.type !== 'BUILD' && decision.type !== 'HOLD')) return none;
  const lo = decision.minMinutes;
  const hi = decision.maxMinutes;
  const week = g.planTotal - lifeOwn;
  if (week > hi) return none;
  // (Written once the text is known to need it: a plan above the range needs none.)
  const range = `the ${decision.type === 'BUILD' ? "build's" : "hold's"} range (${lo}–${min(hi)})`;
  if (lifeOwn > 0) {
    if (week < lo) {
      const kind = (g.ctxDays.get(g.affected[0]) as ContextDayCap).event.kind;
      const whose = kind === 'TRAVEL' ? "The trip's caps" : `The caps for the ${EVENT_NAME[kind]}`;
      return {
        // (With every day of the week the event's, there are no other days to stay as planned; the decision states
        // the week the caps leave as its target either way, `lifeBound`.)
        text: ` ${whose} (its own suggestion: ${capWords(g)}) take the week to ${min(week)}, ${min(lo - week)} under ${range}; ${g.unaffected.length === 0 ? "every day of the week is the event's" : 'the other days stay as planned'}${week < lo - 5 ? `, so next week's target is those ${min(week)} (see the decision)` : ''}.`,
        below: true,
      };
    }
    return growShort ? none : { text: ` That is inside ${range}: no other change needed.`, below: false };
  }
  if (growShort) return none;
  // A hold grows nothing of its own: a plan written below its range is left there, and the text says so.
  if (week < lo)
    return decision.type === 'HOLD'
      ? {
          text: ` The plan's ${min(week)} is ${min(lo - week)} under the hold's range (${lo}–${min(hi)}); a hold grows nothing of its own, so it is left as it is.${draftHeldWhy(g)}`,
          below: false,
        }
      : none;
  return {
    text:
      decision.type === 'BUILD'
        ? ` The plan's ${min(week)} (${pct((week / Math.max(1, g.base) - 1) * 100)}) is inside ${range}${week < decision.targetMinutes ? `, ${min(decision.targetMinutes - week)} under the target of ${min(decision.targetMinutes)}` : ''}: ${buildKeptWords(g)}.`
        : ` The plan's ${min(week)} is already within ${range}: no change needed.`,
    below: false,
  };
}

/**
 * A down week whose plan is already within its range and whose only changes ease hard sessions says both, as a
 * build or hold that changes nothing says where the plan stands (coach read, Sander: the coach text had said only
 * "Take a down week with a target of about 310 min", never that the plan was 300 min already nor that Tuesday's light
 * fartlek becomes an easy run, which the athlete text did say): "The plan's 300 min is already within the down
 * week's range (270–310 min); the one change eases its intensity: Tuesday's light fartlek becomes an easy run."
 */
function downEasedOnly(
  g: Shared,
  changes: readonly PlanChange[],
): { readonly text: string; readonly below: boolean } {
  const { decision } = g;
  const week = g.planTotal;
  const eased: PlannedSession[] = [];
  for (const c of changes) {
    if (c.type !== 'REPLACE_INTENSITY') continue;
    const x = g.plan.sessions.find((y) => y.id === c.sessionId);
    if (x !== undefined) eased.push(x);
  }
  if (eased.length === 0 || week > decision.maxMinutes) return { text: '', below: false };
  const parts: string[] = [];
  for (const kind of [...new Set(eased.map(easyKindOf))]) {
    const xs = eased.filter((x) => easyKindOf(x) === kind);
    parts.push(
      `${andList(xs.map(sessionName))} ${xs.length === 1 ? `becomes an easy ${kind}` : `become easy ${kind}s`}`,
    );
  }
  const range = `the down week's range (${decision.minMinutes}–${min(decision.maxMinutes)})`;
  const where =
    week < decision.minMinutes
      ? `is ${min(decision.minMinutes - week)} under ${range}; a down week adds nothing of its own, so its volume is left as it is`
      : `is already within ${range}`;
  return {
    text: ` The plan's ${min(week)} ${where}; the ${eased.length === 1 ? 'one change eases its intensity' : 'only changes ease its intensity'}: ${andList(parts)}.`,
    below: false,
  };
}

/**
 * What a build leaves of a plan inside its range: "no change needed", or, while the build waits for the athlete's
 * answer on a low check-in (`asksFirst`: "so this build is pending Viktor's answer"), "no change until Viktor
 * answers", however near the target the plan is (demo read: Viktor's, 5 min under it, had read "pending Viktor's
 * answer … no change needed" where Chloé's, 40 min under, read "no change until Chloé answers").
 */
function buildKeptWords(g: Shared): string {
  return g.asksFirst || g.hrvAsksFirst ? `no change until ${g.athlete} answers` : 'no change needed';
}

/**
 * The engine's own draft of a down week after two weeks or more of red readiness, left as it is: it keeps the rest
 * days itself (`DraftRequest.restDays`), its long run no longer than this week's as the current-week cut leaves it,
 * and says where it lands: " The engine's draft keeps Monday and Thursday free: … and comes to 345 min, 15 min under
 * the target of about 360 min (a red down week may land under it)." '' otherwise (Jonas's had kept a session on every
 * day, which the down-week suggestion then dropped, landing 120 min under the target).
 */
function draftRestDaysWhy(g: Shared): string {
  if (!g.s.planIsEngineDraft || g.decision.reason !== 'RECOVERY_DOWN_WEEK' || !escalatedRed(g.s.input, g.m))
    return '';
  return draftRestDaysText(g);
}

/**
 * `draftRestDaysWhy`'s sentence, apart from its test: the test, small, is inlined where it is asked (every unchanged
 * down week), and this function, large, only runs for the red down week it is about. In one piece the function was
 * too large to inline and ran in baseline code until V8 had counted enough calls to optimise it, which it did, for
 * a test that returns '' nearly always, after ~35,000 reviews: inside the instruction bench's window (3,083
 * instructions a review of TurboFan compiling).
 */
function draftRestDaysText(g: Shared): string {
  const rest: string[] = [];
  // The free days with no time at all (the athlete's availability): free whatever the rule, and named apart.
  const none: string[] = [];
  for (let d = 0; d < 7; d++)
    if (!g.plan.sessions.some((x) => x.day === d && x.kind !== 'REST')) {
      rest.push(weekdayName(d));
      if (g.ctx.availability[d] <= 0) none.push(weekdayName(d));
    }
  if (rest.length === 0) return '';
  const current = g.s.currentWeekLongRun;
  const long = weekLongRun(g.plan);
  const ceiling =
    current !== undefined && long > 0 && long === Math.floor(current.after / 5 + 1e-9) * 5
      ? ` Its long run is no longer than this ${weekdayName(current.day)}'s as the current-week suggestion cuts it (${min(long)}), and the week`
      : ' The week';
  const under = g.decision.targetMinutes - g.planTotal;
  // A medical-check week's whole sessions of its cap can leave more days free than the down week's rest days: those
  // with time only (a day with none is free whatever the rule; Sam's four free days had been "2 more for the
  // medical-check week" with no time on any of them).
  const more = Math.min(rest.length - none.length, rest.length - ESCALATED_REST_DAYS);
  const medical =
    g.decision.medicalWeek !== undefined && more > 0
      ? `, and ${more === 1 ? 'one more' : `${more} more`} for the medical-check week, in whole sessions of ${g.decision.medicalWeek.sessionMinutes} min`
      : '';
  const noTime =
    none.length === 0
      ? ''
      : `${g.athlete} has no time on ${none.length === rest.length ? (none.length === 1 ? 'it' : 'any of them') : andList(none)}; `;
  return ` The engine's draft keeps ${andList(rest)} free: ${noTime}after two weeks or more of red readiness the down week keeps ${ESCALATED_REST_DAYS} full rest days, fewer sessions rather than only shorter ones${medical} (our rule).${ceiling} comes to ${min(g.planTotal)}${under > 0 ? `, ${under} min under the target of about ${min(g.decision.targetMinutes)} (a red down week may land under it)` : ''}.`;
}

/**
 * Why the engine's own draft of a hold is under the hold's range, when its long run is held at the hold's step
 * (`weekLongRunCap`, as a coach's plan would be cut): " The engine's draft holds its long run at 55 min, one step
 * over 50 min (the longest long run Ingrid logged … was 46 min, and this week's …), as the hold would cut a coach's
 * plan, and writes every easy run at least 5 min shorter than it, with one run more than the athlete's usual number
 * at most (the draft's rules)." '' otherwise.
 */
function draftHeldWhy(g: Shared): string {
  if (!g.s.planIsEngineDraft) return '';
  const cap = weekLongRunCap(g.decision, g.longRun, longestLoggedRun(g));
  if (cap === Infinity) return '';
  const held = Math.floor(cap / 5 + 1e-9) * 5;
  let long = 0;
  for (const x of g.plan.sessions) if (longRunLike(x) && x.minutes > long) long = x.minutes;
  if (long !== held) return '';
  const logged = longestLoggedRun(g);
  // A re-entry week's cap is a share of the longest long run logged, not a step over it (`reentryLongRun`).
  if (g.decision.reentry !== null)
    return ` The engine's draft holds its long run at ${min(long)}, the re-entry week's cap (${Math.round(REENTRY_SHARE * 100)} % of ${min(logged.minutes)}, ${loggedRunWords(logged, g.athlete)}), and writes every easy run at least ${LONG_RUN_LEAD_MINUTES} min shorter than it, with one run more than the athlete's usual number at most (the draft's rules).`;
  const base = stepBase(g);
  return ` The engine's draft holds its long run at ${min(long)}, one step over ${min(base)} (${loggedBaseClause(logged, base, g.longRun.planned, g.athlete)}), as the hold would cut a coach's plan, and writes every easy run at least ${LONG_RUN_LEAD_MINUTES} min shorter than it, with one run more than the athlete's usual number at most (the draft's rules).`;
}

/**
 * Sorts by severity, then kind: a stable insertion sort on a key computed once per suggestion (severity × 100 +
 * kind rank, the kind ranks being below 100), where a comparator looked up both ranks of both at every step; the keys,
 * pushed on `keys`, sorted with the suggestions (`rankByCause` reads the kind ranks from them). A suggestion that
 * another rests on (`restsOn`) first takes that one's severity when it is the more severe.
 */
function sortBySeverityThenKind(out: Suggestion[], keys: number[]): void {
  const n = out.length;
  for (let i = 0; i < n; i++) keys[i] = severityRank(out[i].severity) * 100 + kindRank(out[i].kind);
  for (let i = 0; i < n; i++) {
    const rank = keys[i] % 100;
    const lifted = RESTS_ON_BY_RANK[rank];
    if (lifted.length === 0 || logSilence(out[i])) continue;
    let key = keys[i];
    for (let j = 0; j < n; j++) {
      const by = keys[j] - (keys[j] % 100) + rank;
      if (by < key && lifted.includes(keys[j] % 100)) key = by;
    }
    if (key < keys[i]) {
      keys[i] = key;
      out[i] = { ...out[i], severity: SEVERITY_BY_RANK[(key - rank) / 100] };
    }
  }
  sortByKeys(out, keys);
}

/** Severities by `severityRank`. */
const SEVERITY_BY_RANK: readonly Severity[] = ['URGENT', 'ATTENTION', 'INFO'];

/**
 * An explained kind that rests on what explains it (`EXPLAINS`), rather than being explained away by it: the
 * explainer takes its severity when that is the more severe (`sortBySeverityThenKind`), where an explained suggestion
 * otherwise takes the explainer's (`rootKeys`).
 */
interface RestsOn {
  readonly restsOn: SuggestionKind;
}
function restsOn(kind: SuggestionKind): RestsOn {
  return { restsOn: kind };
}
function explainedKind(e: SuggestionKind | RestsOn): SuggestionKind {
  return typeof e === 'string' ? e : e.restsOn;
}

/**
 * What explains what (the one place that says it): a silence explains a low load and missed sessions (and plans
 * not done), and the recovery suggestions and notes that rest on the readings held through it (`restsOn`: the
 * reach-out takes their severity); an illness explains a low load; a missed-session pattern or a life event explains
 * a gap between the plan and recent load; the volume decision that resizes the plan explains the backward-design flag
 * on it and the plans-not-done note (`RESIZE_EXPLAINED_RANKS`).
 */
const EXPLAINS: Partial<Record<SuggestionKind, readonly (SuggestionKind | RestsOn)[]>> = {
  NO_CONTACT_REACH_OUT: [
    'BACKWARD_DESIGN_WARNING',
    'PLANS_NOT_DONE',
    'LOAD_SPIKE_WARNING',
    'MISSED_SESSIONS_PATTERN',
    'CAUTIOUS_HOLD',
    'BASELINE_HOLD',
    // A silence of `noContactDays` or more has no check-in in it: every readiness reading is the last check-in's,
    // held (`READINESS_HOLD_DAYS`), so the recovery suggestions and notes rest on stale data and the reach-out asks
    // first, at their severity (issue #11; Jonas, red and silent for 5 days, had his reach-out ranked after the
    // urgent down week).
    restsOn('RECOVERY_DOWN_WEEK'),
    restsOn('RECOVERY_HOLD'),
    // A taper shapes the days before a race for an athlete who has trained up to it; a silence before the race
    // leaves open whether the athlete is fit to start, which no taper can know: the reach-out asks first (issue #11:
    // Lukas, silent 6 days and nothing logged in the week before his marathon, had his taper ranked first).
    restsOn('TAPER'),
    // (Never beside the reach-out for a silence, whose last check-in is older than `wellnessMaxAgeDays`: no note
    // reads one.)
    'WELLNESS_NOTE',
    'HRV_NOTE',
  ],
  ILLNESS_REST: ['BACKWARD_DESIGN_WARNING', 'LOAD_SPIKE_WARNING', 'MISSED_SESSIONS_PATTERN'],
  ILLNESS_EASY_ONLY: ['BACKWARD_DESIGN_WARNING', 'LOAD_SPIKE_WARNING', 'MISSED_SESSIONS_PATTERN'],
  MISSED_SESSIONS_PATTERN: ['BACKWARD_DESIGN_WARNING'],
  LIFE_CONTEXT_REDUCTION: ['BACKWARD_DESIGN_WARNING'],
  LIFE_CONTEXT_RESCHEDULE: ['BACKWARD_DESIGN_WARNING'],
};

/**
 * What the reach-out for sessions unlogged while the athlete checks in (`suggestLogSilence`, evidence `logSilence`)
 * explains, in place of the silence's `EXPLAINS` list: the sessions missing from the logs, so the missed sessions and
 * the plans not done, the gap between the plan and the logged load, and the hold for it (`buildRuleOuts`). Not the
 * recovery suggestions nor the wellness and HRV notes: they are read from the athlete's check-ins, which are fresh
 * (issue #11: Aroha's red down week, read from Thursday's and Friday's check-ins, had been said to rest on her
 * unlogged sessions, the reach-out taking its urgency and ranking before it). Nor a load spike or a baseline hold,
 * which are the plan's and the history's.
 */
const LOG_SILENCE_EXPLAINS: readonly SuggestionKind[] = [
  'BACKWARD_DESIGN_WARNING',
  'PLANS_NOT_DONE',
  'MISSED_SESSIONS_PATTERN',
  'CAUTIOUS_HOLD',
];

/** The log silence's reach-out (same kind as the silence's, its own relation: `LOG_SILENCE_EXPLAINS`). */
function logSilence(x: Suggestion): boolean {
  return x.kind === 'NO_CONTACT_REACH_OUT' && x.evidence.logSilence === true;
}

/** `EXPLAINS` by kind rank (see `KIND_RANK`): the ranks of the kinds each kind explains. */
const EXPLAINS_BY_RANK: readonly (readonly number[])[] = KIND_ORDER.map((k) =>
  (EXPLAINS[k] ?? []).map((e) => kindRank(explainedKind(e))),
);
/** The kinds that rest on each kind (`restsOn`), by rank. */
const RESTS_ON_BY_RANK: readonly (readonly number[])[] = KIND_ORDER.map((k) =>
  (EXPLAINS[k] ?? []).flatMap((e) => (typeof e === 'string' ? [] : [kindRank(e.restsOn)])),
);
/** `LOG_SILENCE_EXPLAINS` by rank (it rests on none of them). */
const LOG_SILENCE_EXPLAINS_RANKS: readonly number[] = LOG_SILENCE_EXPLAINS.map(kindRank);
/** The kinds the volume decision explains when it resizes the plan (see `rootKeys`), by rank. */
const RESIZE_EXPLAINED_RANKS: readonly number[] = [
  kindRank('BACKWARD_DESIGN_WARNING'),
  kindRank('PLANS_NOT_DONE'),
];

/**
 * Ranks by severity, then by cause: a suggestion explained by another is never more severe than it and
 * comes right after it; ties keep the kind order. (Kinds are handled by their rank in `KIND_ORDER`, in
 * arrays indexed by it, and each suggestion's sort key is computed once: the lists are short, the review
 * calls this every time.)
 */
const PRESENT_SCRATCH: (Suggestion | null)[] = KIND_ORDER.map(() => null);
/**
 * The sort keys and kind ranks of a review's suggestions, by index (`sortBySeverityThenKind`, `rankByCause`,
 * `rootKeys`): module scratch, read only below the suggestions' count and written there before each read (the
 * engine is synchronous; arrays made and grown from empty in every review otherwise).
 */
const SEVERITY_KEYS_SCRATCH: number[] = [];
const RANK_SCRATCH: number[] = [];
const CAUSE_KEYS_SCRATCH: number[] = [];
const EXPLAINER_SCRATCH: (Suggestion | null)[] = KIND_ORDER.map(() => null);

function rankByCause(
  out: Suggestion[],
  sorted: readonly number[],
  decisionKind: SuggestionKind,
  asksFirst: boolean,
): void {
  const n = out.length;
  // Each suggestion's kind rank, from its key in the sort before (`sorted`: severity × 100 + kind rank, in the
  // order `out` is now): not looked up again by its kind (a keyed load by a varying string key, megamorphic).
  const rank = RANK_SCRATCH;
  for (let i = 0; i < n; i++) rank[i] = sorted[i] % 100;
  // The suggestion of each kind present (the last one of a kind), and the first that explains each kind
  // (module scratch, null at every index between calls: the engine is synchronous, and each call sets only its
  // suggestions' kinds, `explainerOf` only where `present` is set, and nulls them again in `finally`, so no
  // suggestion outlives its review there and no call clears all the kinds).
  const present = PRESENT_SCRATCH;
  const explainerOf = EXPLAINER_SCRATCH;
  const keys = CAUSE_KEYS_SCRATCH;
  try {
    rootKeys(out, rank, decisionKind, asksFirst, keys);
  } finally {
    for (let i = 0; i < n; i++) {
      present[rank[i]] = null;
      explainerOf[rank[i]] = null;
    }
  }
  sortByKeys(out, keys);
}

/**
 * `rankByCause`'s sort key of each suggestion (in `keys`, by index), from the kinds present and what explains
 * what (in `PRESENT_SCRATCH` and `EXPLAINER_SCRATCH`, which the caller clears).
 */
function rootKeys(
  out: Suggestion[],
  rank: readonly number[],
  decisionKind: SuggestionKind,
  asksFirst: boolean,
  keys: number[],
): void {
  const n = out.length;
  const present = PRESENT_SCRATCH;
  const explainerOf = EXPLAINER_SCRATCH;
  for (let i = 0; i < n; i++) present[rank[i]] = out[i];
  for (let i = 0; i < n; i++) {
    const x = out[i];
    const own = logSilence(x) ? LOG_SILENCE_EXPLAINS_RANKS : EXPLAINS_BY_RANK[rank[i]];
    for (let j = 0; j < own.length; j++) {
      const k = own[j];
      if (k !== rank[i] && present[k] !== null && explainerOf[k] === null) explainerOf[k] = x;
    }
    // The volume decision explains the backward-design flag, and the plans-not-done note, when it carries the
    // change that resizes the plan.
    // (The note only when its text says the decision makes the week smaller: a build that grows the plan does not
    // answer whether plans that size fit, so the note asks first.)
    if (x.kind === decisionKind && (present[rank[i]] as Suggestion).changes.length > 0)
      for (const k of RESIZE_EXPLAINED_RANKS) {
        const y = present[k];
        if (k === rank[i] || y === null || explainerOf[k] !== null) continue;
        if (y.kind === 'PLANS_NOT_DONE' && y.evidence.resizedTo === null) continue;
        explainerOf[k] = x;
      }
  }
  // A missed-sessions note in a race or taper week is no one's consequence to rank with: the taper outranks it
  // (`taperWeekMove`; coach read: Lukas's, explained by his silence, had ranked above his taper).
  for (let i = 0; i < n; i++)
    if (out[i].kind === 'MISSED_SESSIONS_PATTERN' && out[i].evidence.taperWeek === true)
      explainerOf[rank[i]] = null;
  // Each suggestion's chain of explainers: it is ranked with the root of its chain, right after it.
  for (let i = 0; i < n; i++) {
    let k = rank[i];
    let depth = 0;
    for (let by = explainerOf[k]; by !== null && depth < 8; by = explainerOf[k]) {
      k = kindRank(by.kind);
      depth++;
    }
    const top = present[k] as Suggestion;
    const topSeverity = severityRank(top.severity);
    // A silence that explains what is present (a low load, the recovery suggestions on readings held through it) is
    // asked about first: the reach-out and what it explains rank first of their severity (issue #11: "the reach-out
    // comes first"; Lea's, explaining her hold, had ranked after a long-race note).
    if (top.kind === 'NO_CONTACT_REACH_OUT' && (depth > 0 || explainsAny(top, out, explainerOf, rank)))
      k = -1;
    if (depth > 0 && severityRank(out[i].severity) < topSeverity) {
      out[i] = { ...out[i], severity: top.severity };
    }
    // A wellness note that asks before you publish (a strong reading, or one of several low check-ins of the last
    // 7 days) ranks first of its severity, before the build it bears on: its kind counts as -1, ahead of every kind
    // (it explains nothing and nothing explains it).
    if (asksFirst && depth === 0 && out[i].kind === 'WELLNESS_NOTE') k = -1;
    // So does an HRV note on a mean above its band that the build waits for (`hrvAsksFirst`).
    if (depth === 0 && out[i].kind === 'HRV_ABOVE_BAND' && out[i].evidence.askFirst === true) k = -1;
    // So does a missed-sessions note on a day that keeps failing, before the build that waits for its talk.
    if (
      depth === 0 &&
      out[i].kind === 'MISSED_SESSIONS_PATTERN' &&
      out[i].evidence.askFirst === true &&
      out[i].evidence.taperWeek !== true
    )
      k = -1;
    // (severity of the root, kind of the root, depth, own kind): each below 100.
    keys[i] = ((topSeverity * 100 + k) * 100 + depth) * 100 + rank[i];
  }
}

/** Whether `x` explains one of the suggestions present (`rootKeys`'s explainers). */
function explainsAny(
  x: Suggestion,
  out: readonly Suggestion[],
  explainerOf: readonly (Suggestion | null)[],
  rank: readonly number[],
): boolean {
  for (let i = 0; i < out.length; i++) if (explainerOf[rank[i]] === x) return true;
  return false;
}

export function buildSuggestions(s: SuggestionContext): Suggestion[] {
  const g = new Shared(s);
  suggestVolume(g);
  suggestLifeContext(g);
  suggestBackwardDesign(g);
  suggestPlansNotDone(g);
  suggestMonotony(g);
  suggestMissedSessions(g);
  suggestNoContact(g);
  suggestRacing(g);
  suggestNoTransition(g);
  suggestPhaseChange(g);
  suggestStimulusRotation(g);
  suggestLongRacePreparation(g);
  suggestHrvAboveBand(g);
  suggestWellnessNote(g);
  suggestEffortAbovePlan(g);
  suggestHrvNote(g);
  withLifeBound(g);
  const out = g.out;
  if (out.length > 1) {
    const keys = SEVERITY_KEYS_SCRATCH;
    sortBySeverityThenKind(out, keys);
    rankByCause(out, keys, s.decision.reason, g.asksFirst);
  }
  return out;
}
