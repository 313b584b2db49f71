import { applySuggestion } from '../adaptation/apply-suggestion';
import { type EngineConfig, type EngineConfigOverrides, resolveEngineConfig } from '../config/engine-config';
import {
  type MetricsState,
  type ParsedRace,
  computeMetricsState,
  downByPlan,
  planReferenceWeeks,
} from '../metrics/compute-metrics';
import { type DraftRequest, draftWeekWithheld } from '../planning/draft-week';
import { raceEveDays, recentRuns, strengthFreeDays } from '../planning/long-run';
import { raceWeekAvailability } from '../planning/race-week';
import { RUN_LOOKBACK_WEEKS, recentWeeks } from '../planning/regular-sessions';
import { seasonOutlook } from '../planning/season-outlook';
import { postRaceEasyDays } from '../planning/taper';
import {
  type SuggestionContext,
  buildSuggestions,
  outlookTalkMark,
  raceUnderTalk,
  talkMarkWords,
  underbuiltLongRace,
  weekLongRunCap,
} from '../suggestions/build-suggestions';
import {
  currentWeekSuggestions,
  medicalToCome,
  spikeLongRunCut,
  withCurrentWeek,
} from '../suggestions/current-week';
import { copySuggestion } from '../suggestions/suggestion-copy';
import type {
  ComponentStatus,
  OutlookWeek,
  Readiness,
  Review,
  ReviewInput,
  Suggestion,
  WeekPlan,
  Weekday,
} from '../types';
import { assessComponents } from './assess-components';
import {
  type Decision,
  decideWeek,
  decisionSentence,
  lastTrainedWeek,
  overDraftDownSentence,
  strengthWithRunningWeek,
} from './decide-week';
import {
  ESCALATED_REST_DAYS,
  escalatedConfig,
  escalateRecovery,
  type LowReadiness,
  lowReadinessOf,
  medicalCheckDraft,
  medicalCheckOf,
  medicalRacesAhead,
  medicalCheckWeek,
  medicalClearanceOf,
  withMedicalCheck,
  withMedicalClearance,
} from './persistent-readiness';
import { type WeekContext, buildWeekContext } from './week-context';

/**
 * The weekly review of one athlete: metrics, the six components, suggestions with structured changes,
 * the engine's next-week draft and a coarse season outlook. Pure and deterministic: "today" is
 * `input.reviewDate`; nothing reads a clock, the environment or I/O.
 */
export function reviewAthlete(input: ReviewInput, overrides?: EngineConfigOverrides): Review {
  const base = resolveEngineConfig(overrides);
  const state = computeMetricsState(input, base);
  // Red readiness that has lasted two weeks or more takes the deepest down-week cut (and this week's too).
  const low = state.metrics.readiness === 'RED' ? lowReadinessOf(input, state.metrics) : null;
  const config = low?.escalated ? escalatedConfig(base) : base;
  const ctx = buildWeekContext(input, state, config);
  // The longest recent long run (as run and as still planned), the longest long run logged lately (since an illness
  // that resets it: what a hold's long run counts from, for the draft's cap and the suggestions' alike, one
  // computation, `weekLongRunCap`, and this week's load-spike long-run cap's) and the recent easy runs, in one pass over
  // the recent sessions.
  const runs = recentRuns(
    input,
    state.reviewDay,
    ctx.nextWeekStart,
    state.longRunIllness,
    state.recentSessions,
    state.thisWeekToCome,
  );
  const longRun = runs.longRun;
  const logged = runs.logged;
  // The A race whose long run the long-race note finds under-built with no time left: under the note's pending talk
  // (`raceUnderTalk`, one predicate for the decision's texts, the outlook and the suggestions), the texts that name
  // it as a reason say it is if the athlete starts it.
  const athlete = input.athlete.firstName ?? 'the athlete';
  const underbuilt = underbuiltLongRace(ctx, config, longRun);
  // Two weeks or more of red readiness with wellness worsening, nothing on record to explain it: a medical check, said
  // once (`withMedicalCheck`), and the down week that carries it is short easy sessions until a doctor has cleared the
  // athlete (`medicalCheckWeek`). A doctor's clearance on record that leaves fewer than two weeks of both signals after
  // it silences the check (`medicalClearanceOf`): the usual readiness rules apply, and the coach reads the answer.
  const check = medicalCheckOf(
    input,
    state.metrics,
    low,
    state.events,
    ctx.readiness?.context !== null && ctx.readiness?.context !== undefined,
    config,
    state.silentWeeks,
  );
  const clearance = medicalClearanceOf(input, state.metrics, low, check);
  const medical = clearance === null ? check : null;
  // A clearance on record that the check holds beside (it came before the two weeks that count): said with the check.
  const cleared = input.athlete.medicalClearedOn;
  // The week of the last session logged when a silence has left the weeks after it blank (0: none): once, for the
  // decision and the outlook.
  const quiet = lastTrainedWeek(state, config);
  const decision = medicalCheckWeek(
    decideWeek(
      state,
      ctx,
      config,
      underbuilt === null ? null : { race: underbuilt, mark: talkMarkWords(athlete) },
      quiet,
    ),
    medical,
  );
  const talk = raceUnderTalk(decision, underbuilt);

  const runsPerWeek =
    state.trainingDaysPerWeek !== null && state.completeWeeks >= 2
      ? Math.max(3, Math.round(state.trainingDaysPerWeek))
      : config.draft.defaultRunsPerWeek;
  let target = decision.targetMinutes;
  // A work-stress or family event keeps a share of the athlete's recent minutes on its days: the week loses the rest.
  if (ctx.draftCutMinutes > 0) target = Math.max(0, Math.floor((target - ctx.draftCutMinutes) / 5) * 5);
  // (The medical check: this week's sessions still to come follow the medical-check week's rule, `medicalCut`.)
  const current = currentWeekSuggestions(input, state.metrics, low, config, state, logged, medical);
  // This week's long run as the current-week cut after red readiness leaves it: next week's down week keeps its
  // long run no longer.
  const cut = current.find((c) => c.kind === 'CURRENT_WEEK_RECOVERY')?.evidence;
  const currentWeekLongRun =
    cut !== undefined &&
    typeof cut.longRunDay === 'number' &&
    typeof cut.longRunMinutes === 'number' &&
    typeof cut.longRunMinutesAfter === 'number'
      ? { day: cut.longRunDay, before: cut.longRunMinutes, after: cut.longRunMinutesAfter }
      : undefined;
  const noStrength = strengthFreeDays(state.races, ctx.nextWeekStart);
  const eve = raceEveDays(state.races, ctx.nextWeekStart);
  // A short taper's first step (`TaperWeek.share` < 1): the engine drafts the usual week, a hold at the recent
  // volume, and the TAPER suggestion cuts its taper days, from the taper's first day (a Sunday half's Thursday), as it
  // cuts a coach's plan; a draft at the step's size had spread the cut over the whole week.
  const stepped = decision.taper !== null && decision.taper.share < 1;
  if (stepped) target = Math.max(0, Math.floor((decision.baseMinutes - ctx.draftCutMinutes) / 5) * 5);
  // The athlete's regular strength and cross-training sessions and usual running week, from one pass over the
  // last four weeks' sessions.
  // (Its usual running week from the recent weeks that were not down weeks: `setRunWeeks`.)
  const weeks = recentWeeks(
    input,
    ctx.nextWeekStart,
    config.racing.longRaceMinutes,
    state.recentSessions,
    unusualWeekBits(state, ctx.nextWeekStart),
  );
  const { plan: drafted, withheldStrength } = draftWeekWithheld(
    {
      weekStart: ctx.nextWeekStartDate,
      phase: decision.phase,
      focus: decision.focus,
      decision: stepped ? 'HOLD' : decision.type,
      targetMinutes: target,
      // (A medical-check week: no session longer than its cap.)
      // (A race week: no session on the rest days right after a marathon-type race.)
      availability:
        decision.medicalWeek !== undefined
          ? cappedAvailability(ctx.draftAvailability, decision.medicalWeek.sessionMinutes)
          : decision.raceWeek !== null
            ? raceWeekAvailability(ctx.draftAvailability, decision.raceWeek)
            : ctx.draftAvailability,
      runsPerWeek,
      reliability: state.weekdayCompletion,
      races: draftRaces(ctx.racesNextWeek, ctx.nextWeekStart),
      restThroughDay: ctx.restThroughDay,
      easyOnly: decision.easyOnly,
      // (A re-entry week: easy running only, the long run kept: no quality session in the draft.)
      intensityLight: decision.intensityLight || decision.reentry !== null,
      qualityVolumeFactor: decision.taper !== null && !stepped ? 1 - decision.taper.volumeCut : 1,
      regular: weeks.regular,
      longRunCap: weekLongRunCap(decision, longRun, logged),
      noStrengthDays: noStrength.length > 0 ? weekdaysOf(noStrength) : undefined,
      postRaceDays: postRaceEasyDays(state.races, ctx.nextWeekStart, config.racing.longRaceMinutes),
      raceEveDays: eve.length > 0 ? draftRaceEves(eve, state.races, ctx.nextWeekStart) : undefined,
      usual: weeks.usual,
      // A down week after two weeks or more of red readiness keeps 2 full rest days (`escalatedRed`, as the down-week
      // suggestion asks of any plan) and a long run no longer than this week's as its cut leaves it.
      restDays:
        low?.escalated === true && decision.reason === 'RECOVERY_DOWN_WEEK' ? ESCALATED_REST_DAYS : undefined,
      reentry: decision.reentry !== null,
      taperStep: stepped,
      strengthShare:
        strengthWithRunningWeek(decision, state.metrics.readiness) && decision.baseMinutes > 0
          ? Math.min(1, target / decision.baseMinutes)
          : undefined,
      // (A re-entry week's cap is a ceiling too: it wins over a held long run's least, `heldLongRun`'s 45 min.)
      longRunCeiling:
        decision.medicalWeek !== undefined
          ? Math.min(decision.medicalWeek.sessionMinutes, currentWeekLongRun?.after ?? Infinity)
          : decision.reentry !== null
            ? Math.min(
                weekLongRunCap(decision, longRun, logged),
                (decision.type === 'DOWN' ? currentWeekLongRun?.after : undefined) ?? Infinity,
              )
            : decision.type === 'DOWN'
              ? currentWeekLongRun?.after
              : undefined,
    },
    config.draft,
  );
  // A medical-check week's own draft has no long run either (`medicalCheckDraft`).
  const draft = decision.medicalWeek !== undefined ? medicalCheckDraft(drafted) : drafted;

  const useDraft =
    input.nextWeekDraft === undefined || input.nextWeekDraft.weekStart !== ctx.nextWeekStartDate;
  const plan = useDraft ? draft : (input.nextWeekDraft as NonNullable<ReviewInput['nextWeekDraft']>);
  // The outlook starts from next week as the decision states it: a week a life event's own caps bound below the
  // decision's range is that week (`lifeBoundOf`, one figure for the decision and the outlook). The bound is the
  // suggestions' (the event's caps on the plan), and the suggestions read the outlook (the long-race note skips its
  // down weeks): when there is one, the outlook is made again from it, and the suggestions with that outlook, whose
  // bound the decision states. (The caps and the plan make the bound; the outlook could reach it only through a build's
  // long-run-first fit, and the generated cases of outlook-after-hold.spec check the two agree.)
  let outlook = reviewOutlook(ctx, state, decision, base, quiet, low, talk, athlete, null);
  const asked: SuggestionContext = {
    input,
    state,
    ctx,
    decision,
    plan,
    planIsEngineDraft: useDraft,
    draftWithheldStrength: withheldStrength,
    config,
    recentLongRun: longRun,
    loggedLongRun: logged,
    recentEasyRun: runs.easyRun,
    outlook,
    currentWeekLongRun,
    spikeLongRun: spikeLongRunCut(current, input.currentWeekPlan),
    spikeWeekCut: current.find((x) => x.kind === 'CURRENT_WEEK_LOAD'),
    talk,
  };
  let built = buildSuggestions(asked);
  const firstBound = lifeBoundOf(built);
  if (firstBound !== null) {
    outlook = reviewOutlook(ctx, state, decision, base, quiet, low, talk, athlete, firstBound);
    built = buildSuggestions({ ...asked, outlook });
  } else {
    // Next week's plan left above the decision's range by its own suggestion (the key sessions at their doses): the
    // outlook steps from that week, not from the range (`seasonOutlook`'s `start`), and the suggestions that read the
    // outlook (its next down week) are made again with it, as with a bound.
    const start = plannedAbove(built, decision, plan);
    if (start !== null) {
      outlook = reviewOutlook(ctx, state, decision, base, quiet, low, talk, athlete, null, start);
      built = buildSuggestions({ ...asked, outlook });
    }
  }
  const reviewed = withMedicalClearance(
    withMedicalCheck(
      withCurrentWeek(escalateRecovery(built, low, current, decision.medicalWeek !== undefined), current),
      medical,
      athlete,
      decision.reason,
      decision.medicalWeek,
      medical === null ? undefined : medicalToCome(input, state),
      cleared !== undefined && cleared <= input.reviewDate ? cleared : undefined,
      medical === null ? undefined : medicalRacesAhead(state.races, ctx.nextWeekStart),
    ),
    clearance,
    athlete,
    decision.reason,
  );
  // A note that asks before next week is published holds whatever the decision is (`pendingAnswer`).
  const pending = waitsForAnswer(decision) ? pendingAnswer(reviewed, athlete) : null;
  const suggestions = pending === null ? reviewed : withPending(reviewed, decision, pending);
  const bound = lifeBoundOf(suggestions);
  // (The components state the decision's target as the review does: a week the life event bounds is that week.)
  const components = assessComponents(
    state,
    ctx,
    bound === null
      ? decision
      : { ...decision, targetMinutes: bound.minutes, minMinutes: bound.minutes, maxMinutes: bound.minutes },
    suggestions,
    plan,
    config,
  );
  let status: ComponentStatus = 'OK';
  for (const c of components) {
    if (c.status === 'URGENT') status = 'URGENT';
    else if (c.status === 'ATTENTION' && status === 'OK') status = 'ATTENTION';
  }
  return {
    athleteId: input.athlete.id,
    reviewDate: input.reviewDate,
    nextWeekStart: ctx.nextWeekStartDate,
    status,
    metrics: state.metrics,
    components,
    decision: {
      type: decision.type,
      reason: decisionReason(decision, pending, athlete, state.metrics.readiness, bound, state.reviewDay),
      rule: decision.reason,
      ruledOut: decision.ruledOut,
      // A week a life event's own caps bound below the build's or hold's range: its target and range are the week the
      // event's suggestion leaves, as the decision's sentence says (`lifeBoundOf`).
      targetMinutes: bound === null ? decision.targetMinutes : bound.minutes,
      minMinutes: bound === null ? decision.minMinutes : bound.minutes,
      maxMinutes: bound === null ? decision.maxMinutes : bound.minutes,
      phase: decision.phase,
      focus: decision.focus,
    },
    suggestions,
    draft,
    suggestionsTarget: useDraft ? 'ENGINE_DRAFT' : 'NEXT_WEEK_DRAFT',
    outlook,
  };
}

/**
 * What the review waits for before next week is published, when one of its notes asks the coach to ask the athlete
 * first: whose answer and on what ("Nora's answer on 4 low check-ins in the last 7 days (see the wellness note)",
 * "… on a strong low check-in …" or "… on the missed sessions (see the missed-sessions note)"); null when no note
 * asks first. It names the athlete (`athlete`: the first name, or "the athlete"), as the coach texts do, and no
 * pronoun (coach read 12: Sara's had read "pending the athlete's answer on the sessions they keep missing"). A build
 * is "pending" it; any other decision is published after it (`publishAfter`).
 */
function pendingAnswer(suggestions: readonly Suggestion[], athlete: string): string | null {
  const answer = `${athlete}'s answer`;
  for (const s of suggestions) {
    if (s.kind === 'WELLNESS_NOTE' && s.evidence.strongReading === true)
      return `${answer} on a strong low check-in (see the wellness note)`;
    if (s.kind === 'WELLNESS_NOTE' && s.evidence.askFirst === true)
      return `${answer} on ${s.evidence.recentBelowCheckIns} low check-ins in the last ${s.evidence.recentDays} days (see the wellness note)`;
    if (s.kind === 'MISSED_SESSIONS_PATTERN' && s.evidence.askFirst === true)
      return `${answer} on the missed sessions (see the missed-sessions note)`;
    if (s.kind === 'HRV_ABOVE_BAND' && s.evidence.askFirst === true)
      return `${answer} on how training feels, with the HRV above its usual band (see the HRV note)`;
  }
  return null;
}

/**
 * Whether next week's decision can wait for the athlete's answer: an illness's rest or easy running, or an injury
 * check, is decided whatever the answer (a fever beside 5 low check-ins of 7 had read "Next week's plan is pending
 * Sam's answer …", as if the rest could be called off); the note still asks.
 */
function waitsForAnswer(decision: Decision): boolean {
  const r = decision.reason;
  return r !== 'ILLNESS_REST' && r !== 'ILLNESS_EASY_ONLY' && r !== 'INJURY_CHECK';
}

/**
 * The decision's sentence, as the review's own suggestions leave it: a build beside a note that asks first waits
 * for the athlete's answer (the note ranks first and says so), so its sentence does not say "recovery is good and
 * nothing rules a build out" above a card that says otherwise (coach read 3: Chloé, Viktor). Any other decision
 * stands whatever the answer, but the note asks before next week is published: its sentence says what the coach does
 * (`publishAfter`).
 */
function decisionReason(
  decision: Decision,
  pending: string | null,
  athlete: string,
  readiness: Readiness,
  bound: LifeBound | null = null,
  reviewDay?: number,
): string {
  // A build over a plan made a down week says so, why none is due, and whose call keeping it is.
  const over = decision.overDraftDown === null ? '' : overDraftDownSentence(decision.overDraftDown);
  const after = `${over}${bound === null ? '' : ` ${bound.words}`}`;
  // A week the event bounds is not the rule's size: the sentence names the rule, and the bound's words the week
  // (Lea's hold had read "hold instead of building (about 265 min)" before "… take the week to about 90 min").
  const size = bound === null ? ` (about ${decision.targetMinutes} min)` : '';
  if (pending !== null && decision.reason === 'BUILD')
    return `A build within the ramp limit${size}, pending ${pending}.${after}`;
  const sized = bound === null ? decision : { ...decision, targetMinutes: bound.minutes };
  const sentence = `${decisionSentence(sized, athlete, readiness, bound === null, reviewDay)}${after}`;
  return pending === null ? sentence : `${sentence} ${publishAfter(decision, pending)}`;
}

/** Next week bounded by a life event's days below the build's or hold's range (see `lifeBoundOf`). */
interface LifeBound {
  readonly minutes: number;
  readonly words: string;
  /** The events by name ("work stress"), for the outlook's note on the week after. */
  readonly events: string;
}

/**
 * The season outlook of a review (`seasonOutlook`), from next week as the decision states it: `bound`, the week a life
 * event's caps bound it to (`lifeBoundOf`), or null for the decision's own week.
 */
function reviewOutlook(
  ctx: WeekContext,
  state: MetricsState,
  decision: Decision,
  config: EngineConfig,
  /** `lastTrainedWeek(state, config)`. */
  quiet: number,
  low: LowReadiness | null,
  talk: ParsedRace | null,
  athlete: string,
  bound: LifeBound | null,
  start: number | null = null,
): OutlookWeek[] {
  return seasonOutlook(
    ctx.nextWeekStart,
    decision,
    state.metrics.weeksSinceDownWeek.value,
    state.races,
    ctx.phaseSpans,
    config,
    ctx.baseAvailability.reduce((t, x) => t + x, 0),
    // After an escalated down week for red readiness the outlook returns within the ramp limit (coach read 12).
    low?.escalated === true && decision.reason === 'RECOVERY_DOWN_WEEK',
    talk === null ? null : { race: talk, mark: outlookTalkMark(athlete) },
    decision.medicalWeek !== undefined
      ? `until a doctor has cleared ${athlete}: short easy sessions as next week, no build before the doctor's answer`
      : null,
    athlete,
    bound === null
      ? null
      : {
          minutes: bound.minutes,
          events: bound.events,
          reference: state.nextWeekPlanReference,
          down: downByPlan(bound.minutes, state.nextWeekPlanReference, config.progression),
        },
    ctx.baseAvailability,
    start,
    state.metrics.readiness,
    // After a silence the weeks the plan reference reads as done, with no plan on record, are blank, not weeks trained
    // (`lastTrainedWeek`): a graded return is then measured against the usual week the decision sized it from (Jonas
    // with no plans, silent after a red spell: his down week, 175 of a usual 525 min, had been measured against 59 min
    // and counted as a build week). With their plans on record the reference is those plans, as the week's own review
    // will read it once past (`downByPlan`; issue #11).
    referenceReadsBlank(state, quiet) ? decision.baseMinutes : state.nextWeekPlanReference,
  );
}

/**
 * Whether next week's plan reference (`MetricsState.nextWeekPlanReference`) reads a week a silence left blank as done:
 * one of its weeks (`planReferenceWeeks`) after the last week trained (`quiet`, `lastTrainedWeek`; 0: no such
 * silence) with no plan on record.
 */
function referenceReadsBlank(state: MetricsState, quiet: number): boolean {
  if (quiet === 0) return false;
  const weeks = state.metrics.weeks;
  const isDown: boolean[] = [];
  for (let k = 0; k < 3 && k < weeks.length; k++) isDown.push(weeks[k].isDownWeek);
  for (const k of planReferenceWeeks(isDown, 0))
    if (k < quiet && (weeks[k]?.plannedMinutes ?? null) === null) return true;
  return false;
}

/**
 * The minutes next week's plan comes to once the decision's own suggestion (a build's or a hold's) is applied, when
 * they are above the decision's range (a hold's: the outlook steps from it only in a return); null otherwise.
 */
function plannedAbove(suggestions: readonly Suggestion[], decision: Decision, plan: WeekPlan): number | null {
  if (decision.type !== 'HOLD') return null;
  for (const s of suggestions) {
    if (s.kind !== decision.reason || s.planWeekStart !== plan.weekStart || s.changes.length === 0) continue;
    const applied = applySuggestion(plan, s);
    if (!applied.ok) return null;
    // (Training only: a race in the week is not in the decision's range.)
    let minutes = 0;
    for (const x of applied.plan.sessions) if (x.kind !== 'REST' && x.kind !== 'RACE') minutes += x.minutes;
    return minutes > decision.maxMinutes ? minutes : null;
  }
  return null;
}

/**
 * A build or hold whose week a confirmed life event's own caps take below its range, as the event's suggestion states
 * it (`weekBoundMinutes`, `weekBoundWords`, on the decision's own suggestion or the event's): the decision's target and range are that week, and its sentence says why
 * (coach read of the demo club, athlete13 Lea: a hold "target 265 [240–280]" beside a work-stress suggestion that took
 * the week to 90 min, which the hold's own text called 150 min under its range). Null otherwise. The caps bound the
 * week as the athlete's time does (`availabilityClause`): the hold or build rule applies to the days the event leaves.
 */
function lifeBoundOf(suggestions: readonly Suggestion[]): LifeBound | null {
  for (const s of suggestions) {
    // (The words and events read only beside minutes: each read of an evidence field is a megamorphic load, the
    // evidence objects having many shapes, and most suggestions have no bound.)
    const minutes = s.evidence.weekBoundMinutes;
    if (typeof minutes !== 'number') continue;
    const words = s.evidence.weekBoundWords;
    const events = s.evidence.weekBoundEvents;
    if (typeof words === 'string')
      return { minutes, words, events: typeof events === 'string' ? events : 'life event' };
  }
  return null;
}

/**
 * A decision other than a build beside a note that asks first, as what the coach does: "Publish this hold after Tom's
 * answer on 5 low check-ins in the last 7 days (see the wellness note)." The hold stands whatever he answers (demo
 * read: Tom's trip hold had read "This hold is pending Tom's answer …" beside a note saying next week does not change
 * for it).
 */
function publishAfter(decision: Decision, pending: string): string {
  return `Publish ${decisionWeek(decision)} after ${pending}.`;
}

/** The decision's week as its texts name it ("this hold"), or "next week's plan" for one with no name of its own. */
function decisionWeek(d: Decision): string {
  if (d.reentry !== null) return 'this re-entry week';
  if (d.gradedDays.length > 0) return 'this graded return';
  if (d.raceWeekRecovery || d.reason === 'RACE_RECOVERY') return 'this recovery week';
  switch (d.reason) {
    case 'TAPER':
      return 'this taper';
    case 'RECOVERY_DOWN_WEEK':
    case 'SCHEDULED_DOWN_WEEK':
      return 'this down week';
    case 'RECOVERY_HOLD':
    case 'LOAD_SPIKE_WARNING':
    case 'BASELINE_HOLD':
    case 'CAUTIOUS_HOLD':
      return 'this hold';
    case 'TRANSITION_AFTER_A_RACE':
      return 'this transition week';
    default:
      return "next week's plan";
  }
}

/**
 * The suggestion that carries a decision other than a build (whose own text says it waits, with why: see
 * `lowCheckInWords` in build-suggestions) says when to publish it too, in the decision's words (`publishAfter`).
 */
function withPending(suggestions: Suggestion[], decision: Decision, pending: string): Suggestion[] {
  if (decision.reason === 'BUILD') return suggestions;
  // (A loop, not `map`: see `draftRaces`.)
  const out: Suggestion[] = [];
  for (const s of suggestions)
    out.push(
      s.kind === decision.reason
        ? copySuggestion(s, `${s.rationale} ${publishAfter(decision, pending)}`, s.athleteText, s.evidence)
        : s,
    );
  return out;
}

/*
 * The draft request's lists below, and the lists of suggestions a review hands on (`withPending`, `escalateRecovery`),
 * are made in loops rather than with `Array.prototype.map`: TurboFan's inlined `map` makes a holey array where the
 * builtin (interpreted or baseline code) makes a packed one, another map, and a reader optimised on the one deoptimises
 * ('wrong map') when the other comes. After a 10,000-review warm-up, a first escalated red spell deoptimised
 * `reviewAthlete` (a path taken for the first time), and the packed lists its interpreted `map`s made deoptimised
 * `placeRaces`, `chooseKeyDays`, `raceEasyDays` and, 450 reviews later, `placeRegular` (bench athletes 4830 and 5278);
 * `withPending`, rare enough to be optimised only after 19,000 reviews, then made holey lists that deoptimised
 * `FromSuggestions`, `assessComponents` and `externalEyes`, which had seen packed ones only (athlete 9390). A loop of
 * `push` from `[]` makes a packed array in every tier.
 */

/** Next week's races as the draft takes them: weekdays of the week starting `weekStart`. */
function draftRaces(races: WeekContext['racesNextWeek'], weekStart: number): DraftRequest['races'] {
  const out: DraftRequest['races'][number][] = [];
  for (const r of races)
    out.push({
      day: (r.day - weekStart) as Weekday,
      priority: r.priority,
      minutes: r.minutes,
      label: r.label,
    });
  return out;
}

/** The weekdays of days before races (`strengthFreeDays`). */
function weekdaysOf(days: readonly { readonly day: number }[]): number[] {
  const out: number[] = [];
  for (const f of days) out.push(f.day);
  return out;
}

/** The draft's race eves (`raceEveDays`), with the days from each to its race (`races`: the athlete's races). */
function draftRaceEves(
  eve: readonly { readonly day: number; readonly race: number }[],
  races: readonly { readonly day: number }[],
  weekStart: number,
): { day: number; before: number }[] {
  const out: { day: number; before: number }[] = [];
  for (const f of eve) out.push({ day: f.day, before: races[f.race].day - weekStart - f.day });
  return out;
}

/** A medical-check week's availability: no day longer than its sessions' cap. */
function cappedAvailability(availability: readonly number[], cap: number): number[] {
  const out: number[] = [];
  for (const a of availability) out.push(Math.min(a, cap));
  return out;
}

/**
 * The recent weeks that are not the athlete's usual week, as bits (bit k: the week k weeks before next week's, 0 this
 * week), for the usual running week (`recentWeeks`, the `RUN_LOOKBACK_WEEKS` it reads): a week with no session logged
 * (a silence, or before the history: nothing is known of it) and a week a confirmed life event or an illness covers a
 * day of (the event's week, not the athlete's).
 */
function unusualWeekBits(state: MetricsState, nextWeekStart: number): number {
  let logged = 0;
  const { sessions, days } = state.recentSessions;
  for (let i = 0; i < sessions.length; i++) {
    const k = ((nextWeekStart - 1 - days[i]) / 7) | 0;
    if (days[i] < nextWeekStart && k < RUN_LOOKBACK_WEEKS) logged |= 1 << k;
  }
  let bits = 0;
  for (let k = 0; k < RUN_LOOKBACK_WEEKS; k++) {
    const start = nextWeekStart - 7 * (k + 1);
    let covered = (logged & (1 << k)) === 0;
    for (const e of state.events) if (e.confirmed && e.start <= start + 6 && e.end >= start) covered = true;
    const ill = state.recentIllness;
    if (ill !== null && ill.start <= start + 6 && ill.end >= start) covered = true;
    if (covered) bits |= 1 << k;
  }
  return bits;
}
