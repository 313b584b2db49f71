import { applyChanges } from '../adaptation/apply-suggestion';
import { fromDayNumber, toDayNumber, weekdayName, weekdayOf } from '../dates/local-date';
import { type LoggedLongRun, longRunCap, longRunLike } from '../planning/long-run';
import {
  BASE_HARD_SHARE_MAX,
  cutTier,
  easyFloor,
  hardShareMinutes,
  planMinutes,
  planLoad,
  plannedSessionLoad,
  raceMinutes,
  redCutLongRunDose,
  usefulDose,
  zoneRpeOf,
} from '../planning/plan-measures';
import { parseRaces, rampReferenceLoad, type ParsedEvent } from '../metrics/compute-metrics';
import type { RecentSessions } from '../metrics/recent-sessions';
import { loggedThisWeek, stillToCome } from '../metrics/to-come';
import type { LowReadiness, MedicalCheck } from '../review/persistent-readiness';
import {
  ESCALATED_DOWN_WEEK_CUT,
  ESCALATED_REST_DAYS,
  MEDICAL_WEEK_NO_LONG_RUN,
} from '../review/persistent-readiness';
import { askItems } from '../review/readiness-evidence';
import { feverRestThrough } from '../review/week-context';
import type {
  Metrics,
  PlanChange,
  PlannedSession,
  ReviewInput,
  Severity,
  Suggestion,
  WeekPlan,
  Weekday,
} from '../types';
import { athleteText } from './athlete-text';
import {
  andList,
  crossSport,
  loggedRunRef,
  longerRunAside,
  min,
  nextQualityRace,
  pct,
  qualityRaceWords,
  sessionPurpose,
} from './format';
import { fitVolume, scalePercent } from './fit-volume';
import { copySuggestion } from './suggestion-copy';
import type { EngineConfig } from '../config/engine-config';

/** After a fever, the graded return starts with short easy runs (domain doc: 20–30 min). */
export const RETURN_RUN_MINUTES = 30;
const EASY = { type: 'RPE', value: 3 } as const;
const SEVERITY_RANK: Record<Severity, number> = { URGENT: 0, ATTENTION: 1, INFO: 2 };

/** "Thursday's threshold intervals": what a coach calls a session. */
function called(s: PlannedSession): string {
  const what = s.purpose.split(/[:.(]/)[0].trim().toLowerCase() || s.kind.toLowerCase().replace('_', ' ');
  return `${weekdayName(s.day)}'s ${what}`;
}

/**
 * Hard as prescribed (intervals, RPE 5 or more, zone 3 or more): what an illness or a recovery week turns
 * easy. A zone-2 run is easy whatever RPE the athlete logs for it (tired legs make easy runs feel hard).
 */
function prescribedHard(s: PlannedSession): boolean {
  if (s.intervals !== undefined) return true;
  return s.effort.type === 'RPE' ? s.effort.value >= 5 : s.effort.value >= 3;
}

/**
 * The sessions of this week's published plan still ahead of the athlete (`stillToCome`, the rule the metrics count
 * this week by: today's unless a log today matches them, and the days after it, minus those already logged
 * against), races aside (never touched: `racing` has those still to come). The logs are the metrics scan's recent
 * sessions (`recent`: the 42 days to the review date, with their days), which hold this week's: the whole history
 * is not read again for them.
 */
function remainingSessions(
  history: LongRunHistory,
  plan: WeekPlan,
  review: number,
  todayWd: number,
): { remaining: PlannedSession[]; racing: WeekRacing; races: PlannedSession[] } {
  const recent = history.recentSessions;
  const monday = review - todayWd;
  // The metrics counted this plan's sessions still to come already (`thisWeekToCome`: the same rule on the same
  // logs, in plan order): taken as they are; this week's logs are read again only for a plan they did not count.
  const counted =
    history.thisWeekToComePlan === plan && history.thisWeekToCome !== undefined
      ? history.thisWeekToCome
      : null;
  const logged =
    counted === null ? loggedThisWeek(plan.sessions, recent.sessions, recent.days, monday, review) : null;
  const remaining: PlannedSession[] = [];
  const races: PlannedSession[] = [];
  let toCome = 0;
  for (const s of counted ?? plan.sessions)
    if (logged !== null && !stillToCome(s, todayWd, logged)) continue;
    else if (s.kind === 'RACE') {
      toCome += s.minutes;
      races.push(s);
    } else remaining.push(s);
  return { remaining, racing: { recent, monday, toCome }, races };
}

/** This week's sessions still to come (`remainingSessions`), as the medical check reads them (`MedicalToCome`). */
export interface MedicalToCome {
  /** The review day's sessions not logged yet, races aside (the review-day rule leaves them as they are). */
  readonly today: readonly PlannedSession[];
  /** The sessions of the days after it, races aside. */
  readonly later: readonly PlannedSession[];
  /** The races still to come: today's unless logged, and the days after it. */
  readonly races: readonly PlannedSession[];
}

/**
 * This week's sessions still to come (`remainingSessions`: today's unless logged, and the days after it) when the
 * review date is in the current week's plan; none otherwise. The suggestion that carries the medical check says what
 * they are when no cut of this week does (`withMedicalCheck`: every session after today within the rule already): a
 * race, and today's session past the rule.
 */
export function medicalToCome(input: ReviewInput, history: LongRunHistory): MedicalToCome {
  const none: MedicalToCome = { today: [], later: [], races: [] };
  const plan = input.currentWeekPlan;
  if (!plan) return none;
  const review = toDayNumber(input.reviewDate);
  const todayWd = weekdayOf(review);
  if (plan.weekStart !== fromDayNumber(review - todayWd)) return none;
  const { remaining, races } = remainingSessions(history, plan, review, todayWd);
  return {
    today: remaining.filter((s) => s.day === todayWd),
    later: remaining.filter((s) => s.day > todayWd),
    races,
  };
}

/** What this week's racing is counted from (`weekNow`): the logs, and the races of the plan still to come. */
interface WeekRacing {
  readonly recent: RecentSessions;
  readonly monday: number;
  /** Minutes of the plan's races still to come (`stillToCome`), as planned. */
  readonly toCome: number;
  /**
   * The days without contact when they reach the reach-out threshold (`noContactDays`) and nothing is logged since the
   * last contact; absent otherwise. The days past are unknown then, not done as logged (`weekNow`).
   */
  readonly silentDays?: number;
}

/**
 * " Friday's easy run, today, is left as it is (90 min, not logged yet: it may be done already, and a change today
 * may reach Jonas too late), and counts as planned in this week's minutes." for the review day's sessions still to
 * come, which a current-week cut leaves as they are (our rule),. '' with none.
 */
function todayLeft(
  today: readonly PlannedSession[],
  athlete: string,
  /** What to do with them if not done yet ("; if it is not done yet, ask Jonas to …"), or ''. */
  ifNotDone = '',
): string {
  if (today.length === 0) return '';
  const one = today.length === 1;
  const names = andList(today.map(called)).replace(/^\w/, (c) => c.toUpperCase());
  // (With what to do if not done yet, no "a change today may reach Jonas too late" before it.)
  return ` ${names}, today, ${one ? 'is left as it is' : 'are left as they are'} (${andList(today.map((s) => `${s.minutes} min`))}, not logged yet: ${one ? 'it' : 'they'} may be done already${ifNotDone === '' ? `, and a change today may reach ${athlete} too late` : ''}), and ${one ? 'counts' : 'count'} as planned in this week's minutes${ifNotDone}.`;
}

/** What applying `changes` does to each session, in words, from the plan the apply step itself returns. */
function describe(plan: WeekPlan, changes: readonly PlanChange[]): { after: WeekPlan; parts: string[] } {
  const r = applyChanges(plan, changes);
  if (!r.ok) return { after: plan, parts: [] };
  const after = new Map(r.plan.sessions.map((s) => [s.id, s]));
  const dropped: string[] = [];
  const parts: string[] = [];
  for (const s of plan.sessions) {
    const a = after.get(s.id);
    if (!a) {
      dropped.push(`${called(s)} (${s.minutes} min)`);
      continue;
    }
    const easier = a.effort !== s.effort;
    if (a.minutes !== s.minutes)
      parts.push(`${called(s)} ${s.minutes} → ${a.minutes} min${easier ? ' at easy effort' : ''}`);
    else if (easier) parts.push(`${called(s)} (${s.minutes} min) at easy effort`);
  }
  // The drops last, as next week's texts have them ("… 45 → 30 min and drop Sunday's long run (150 min)"): first, a
  // drop and a shortened session had read as two drops ("drop Sunday's long run (150 min) and Saturday's easy spin on
  // the bike 45 → 30 min").
  return { after: r.plan, parts: dropped.length ? [...parts, `drop ${andList(dropped)}`] : parts };
}

function suggestion(
  kind: 'CURRENT_WEEK_ILLNESS' | 'CURRENT_WEEK_RECOVERY' | 'CURRENT_WEEK_LONG_RUN' | 'CURRENT_WEEK_LOAD',
  plan: WeekPlan,
  rationale: string,
  evidence: Suggestion['evidence'],
  changes: PlanChange[],
  /** `plan` with `changes` applied (`describe` has it: the athlete text need not apply them again). */
  after: WeekPlan,
  /** Minutes `rationale` states with `min` (see `AthleteTextInput.stated`), or undefined. */
  stated: number | undefined,
  /** This week's minutes before and after the change, as the texts state them (`weekNow`). */
  week: WeekNow,
  severity: Severity = 'URGENT',
): Suggestion {
  return {
    id: `${kind}:${plan.weekStart}`,
    kind,
    severity,
    components:
      kind === 'CURRENT_WEEK_ILLNESS' ? ['ADAPTATION', 'EXTERNAL_EYES'] : ['ADAPTATION', 'PROGRESSION'],
    rationale,
    athleteText: athleteText({
      kind,
      rationale,
      evidence,
      changes,
      plan,
      after,
      stated,
      planMinutes: week.before,
      afterMinutes: week.after,
      raceMinutes: week.race,
    }),
    basis:
      kind === 'CURRENT_WEEK_ILLNESS'
        ? 'CONSENSUS'
        : kind === 'CURRENT_WEEK_LOAD'
          ? 'EVIDENCE'
          : 'CONVENTION',
    evidence,
    planWeekStart: plan.weekStart,
    changes,
  };
}

/**
 * Fever or symptoms below the neck: rest until 24 h free of fever (today through `restThrough`, this week's weekday
 * of `feverRestThrough`, are dropped: the days next week's plan rests to as well), then only short easy runs: key and
 * hard sessions, strength and cross-training go, easy runs are capped at 30 min. Symptoms above the neck: easy
 * running only (hard sessions become easy runs).
 */
function illnessChanges(
  m: Metrics,
  remaining: readonly PlannedSession[],
  feverRest: number,
): { changes: PlanChange[]; restThrough: number } {
  const changes: PlanChange[] = [];
  const fever = m.illness.status === 'BELOW_NECK_OR_FEVER';
  const restThrough = fever ? feverRest : -1;
  for (const s of remaining) {
    if (fever) {
      if (s.day <= restThrough || s.kind !== 'RUN' || s.key === true || prescribedHard(s)) {
        changes.push({ type: 'DROP_SESSION', sessionId: s.id });
      } else if (s.minutes > RETURN_RUN_MINUTES) {
        changes.push({
          type: 'SCALE_VOLUME',
          // The percentage that lands on the return run's minutes after the apply step's rounding.
          percent: scalePercent(s.minutes, RETURN_RUN_MINUTES),
          sessionIds: [s.id],
          expectedTotalMinutes: 0,
        });
      }
    } else if (s.kind === 'RUN' && prescribedHard(s)) {
      changes.push(easy(s, 'Easy run (symptoms above the neck: easy running only)'));
    }
  }
  return { changes, restThrough };
}

function easy(s: PlannedSession, purpose: string): PlanChange {
  const was = sessionPurpose(s.purpose).split(/[:.(]/)[0].trim().toLowerCase();
  return {
    type: 'REPLACE_INTENSITY',
    sessionId: s.id,
    effort: EASY,
    intervals: null,
    purpose: `${purpose} instead of ${was}`,
    key: false,
  };
}

/** This week's minutes before and after a current-week change (`weekNow`). */
interface WeekNow {
  readonly before: number;
  readonly after: number;
  /** The racing in them (a change never touches a race): not training, the athlete's figures leave it out. */
  readonly race: number;
  /** The plan's own total before the change: what the coach sees beside the text (`before` when the days past went as planned). */
  readonly planned: number;
  /** The days without contact (`WeekRacing.silentDays`): the week is counted as its plan. */
  readonly silentDays?: number;
}

/**
 * This week's minutes as the texts state them ("This week goes from 606 min to 531 min"): the days already past as
 * done (logged), the sessions still to come as planned, as the metrics count the week (`Metrics.weeks[0]`), and after
 * the change less what it takes off the plan (a current-week change touches only the sessions still to come). The
 * plan's own total is not this week when the days past went otherwise (Jonas: 595 min planned, 606 with what he had
 * logged). Its racing is counted the same way: the races logged this week as logged (a race not run: none), those
 * still to come as planned. The plan's totals and races without the metrics' week (none counted).
 */
/**
 * `racing` with the days without contact (`WeekRacing.silentDays`) when the athlete has been silent for the reach-out
 * threshold or longer and nothing is logged since the last contact.
 */
function silentWeek(racing: WeekRacing, m: Metrics, review: number, config: EngineConfig): WeekRacing {
  const since = m.daysSinceContact.value;
  if (since === null || since < config.contact.noContactDays) return racing;
  const { days } = racing.recent;
  for (let k = 0; k < days.length; k++) if (days[k] >= review - since && days[k] <= review) return racing;
  return { ...racing, silentDays: since };
}

function weekNow(
  m: Metrics,
  plan: WeekPlan,
  planBefore: number,
  planAfter: number,
  racing: WeekRacing,
): WeekNow {
  const w = m.weeks[0];
  // Silent days past are unknown, not 0 min done: the week is the plan the athlete sees (Jonas, silent since Monday,
  // read on Saturday: "This week goes from 195 min (the days past as logged; the plan has 595 min)", and the athlete
  // "about 75 min for the whole week instead of 195 min" beside a plan of 595).
  if (w === undefined || racing.silentDays !== undefined)
    return {
      before: planBefore,
      after: planAfter,
      race: raceMinutes(plan),
      planned: planBefore,
      silentDays: racing.silentDays,
    };
  const before = Math.round(w.minutes);
  const { recent, monday } = racing;
  let race = racing.toCome;
  for (let k = 0; k < recent.sessions.length; k++)
    if (recent.days[k] >= monday && recent.sessions[k].kind === 'RACE') race += recent.sessions[k].minutes;
  return { before, after: before - (planBefore - planAfter), race, planned: planBefore };
}

/**
 * "This week goes from 280 min to 45 min", "This week goes from 295 min (60 min of racing included) to 60 min": this
 * week's minutes, with the racing in them said (a race is not training, and a change never touches it), and, when the
 * days past went otherwise than planned, that they count as done beside the plan's own total, which the coach sees
 * next to the text ("This week goes from 606 min (the days past as logged; the plan has 595 min) to 531 min": coach
 * read 13 had read 606 → 531 beside a plan of 595 → 520 as a wrong sum; "This week, its days past as done (the plan
 * has 595 min), goes from …" was hard to read, coach read of 2026-12-06).
 */
function weekGoes(week: WeekNow): string {
  const said: string[] = [];
  if (week.silentDays !== undefined)
    said.push(
      `nothing is logged since the last contact ${week.silentDays} days ago: what was done on the days past is unknown, so they count as planned`,
    );
  else if (week.before !== week.planned)
    said.push(`the days past as logged; the plan has ${min(week.planned)}`);
  if (week.race > 0) said.push(`${min(week.race)} of racing included`);
  return `This week goes from ${min(week.before)}${said.length > 0 ? ` (${said.join('; ')})` : ''} to ${min(week.after)}`;
}

/** SCALE_VOLUME changes carry the plan's total as it is before them (what the apply step checks). */
function withTotals(plan: WeekPlan, changes: PlanChange[]): PlanChange[] {
  let current = plan;
  return changes.map((c) => {
    const out = c.type === 'SCALE_VOLUME' ? { ...c, expectedTotalMinutes: planMinutes(current) } : c;
    const r = applyChanges(current, [out]);
    if (r.ok) current = r.plan;
    return out;
  });
}

/**
 * Suggestions that change the current week's remaining days of the published plan (issue #10 item 3):
 * an illness reported mid-week, or red readiness that has lasted more than two weeks. Empty (and cheap)
 * when the athlete is well, there is no published plan of this week, or nothing in it is still ahead.
 */
/** A marathon or ultra athlete: their next A or B race is a marathon-type effort (the long run keeps its purpose). */
function longRaceAhead(input: ReviewInput, today: number, config: EngineConfig): boolean {
  for (const r of input.races ?? []) {
    if (
      r.priority !== 'C' &&
      r.expectedMinutes >= config.racing.longRaceMinutes &&
      toDayNumber(r.date) >= today
    )
      return true;
  }
  return false;
}

export function currentWeekSuggestions(
  input: ReviewInput,
  m: Metrics,
  lowReadiness: LowReadiness | null,
  config: EngineConfig,
  /** The metrics scan's recent sessions: this week's logs (what is still to come) are read from them. */
  history: LongRunHistory,
  /**
   * The longest long run the athlete logged lately (`loggedLongRun`: since an illness when back from one), as the
   * review read it (`recentRuns`): the load-spike long-run cap counts from it.
   */
  logged: LoggedLongRun,
  /**
   * The medical check applies (`medicalCheckOf`): this week's sessions still to come follow the medical-check week's
   * rule (`medicalCut`) rather than the red cut.
   */
  medical: MedicalCheck | null = null,
): Suggestion[] {
  const plan = input.currentWeekPlan;
  const ill = m.illness.status !== 'NONE';
  const spike =
    (m.rampPct.value ?? 0) > config.load.rampWarnPct ||
    (m.twoWeekPct.value ?? 0) > config.load.twoWeekStrongPct;
  if (!plan || (!ill && !lowReadiness?.escalated && !spike)) return [];
  const review = toDayNumber(input.reviewDate);
  const todayWd = weekdayOf(review);
  if (plan.weekStart !== fromDayNumber(review - todayWd)) return [];
  const found = remainingSessions(history, plan, review, todayWd);
  const { remaining, races } = found;
  const racing = silentWeek(found.racing, m, review, config);
  // A current-week cut for readiness or load changes only the days after the review date (our rule): the review
  // day's session not logged yet may be done already, and a change made today may reach the athlete too late. It
  // still counts as to come, as planned, in the week's figures ("This week goes from …"), and the text says it is
  // left as it is. An illness reported today is the exception: the athlete's own report rules today's session out
  // (a fever: no training today; symptoms above the neck: easy only), so its change covers today too.
  const later = remaining.filter((s) => s.day > todayWd);
  const today = remaining.filter((s) => s.day === todayWd);
  if (!(ill ? remaining : later).length) return [];
  const athlete = input.athlete.firstName ?? 'the athlete';
  const before = planMinutes(plan);

  if (ill) {
    // A fever's rest: one computation with next week's plan (`feverRestThrough`), as a weekday of this week (past
    // Sunday: it goes on into next week).
    const { changes: raw, restThrough } = illnessChanges(
      m,
      remaining,
      todayWd + feverRestThrough(review, history.events, config) - review,
    );
    if (!raw.length) return [];
    const changes = withTotals(plan, raw);
    const { after, parts } = describe(plan, changes);
    if (!parts.length) return [];
    const since = m.illness.since ?? input.reviewDate;
    const fever = m.illness.status === 'BELOW_NECK_OR_FEVER';
    const week = weekNow(m, plan, before, planMinutes(after), racing);
    // The rest's days as this week has them ("Friday", "Friday and Saturday", "Tuesday–Friday"); a rest that goes
    // past Sunday names the day next week's plan rests to (its `restThroughDay`, the same computation).
    const last = Math.min(6, restThrough);
    const rest =
      last === todayWd
        ? weekdayName(todayWd)
        : last === todayWd + 1
          ? `${weekdayName(todayWd)} and ${weekdayName(last)}`
          : `${weekdayName(todayWd)}–${weekdayName(last)}`;
    const into = restThrough - 7;
    // Why that long: the review day and the days after it the rule keeps (`illnessMinRestDays`), or a confirmed
    // illness's end.
    const n = config.readiness.illnessMinRestDays;
    const why =
      restThrough > todayWd + n
        ? 'to the day after the confirmed illness ends, our rule'
        : `the review day and the ${n} days after it, our rule`;
    const text = !fever
      ? `Symptoms only above the neck since ${since}: easy running only for the rest of this week: ${andList(parts)}. If it moves to the chest or brings a fever, stop and rest (neck check).`
      : restThrough >= 6
        ? `Fever or symptoms below the neck since ${since}: change the rest of this week now. No training until 24 h free of fever: rest ${rest}${into >= 6 ? ' and all of next week' : into >= 0 ? ` and on into next week through ${weekdayName(into)}` : ''} at least (${why}${into >= 0 ? ", and next week's plan rests to the same day" : ''}), so the graded return with short easy runs (up to ${RETURN_RUN_MINUTES} min) starts ${into >= 0 ? 'after that' : 'next week'}: ${andList(parts)}. ${weekGoes(week)} (neck check; IOC consensus).`
        : `Fever or symptoms below the neck since ${since}: change the rest of this week now. No training until 24 h free of fever (rest ${rest} at least: ${why}), then only short easy runs (up to ${RETURN_RUN_MINUTES} min) for a graded return, so no key, hard or long sessions this week: ${andList(parts)}. ${weekGoes(week)} (neck check; IOC consensus).`;
    return [
      suggestion(
        'CURRENT_WEEK_ILLNESS',
        plan,
        text,
        {
          illness: m.illness.status,
          since,
          restThroughWeekday: fever ? Math.min(6, restThrough) : null,
          // The rest goes on into next week through this weekday (6: all of it), as next week's plan rests.
          restIntoNextWeek: fever && restThrough > 6 ? Math.min(6, restThrough - 7) : null,
          planMinutes: before,
          planMinutesAfter: planMinutes(after),
          // This week as the text states it: done so far, and still to come as planned (`weekNow`).
          weekMinutes: week.before,
          weekMinutesAfter: week.after,
          remainingSessions: remaining.length,
          // An illness's change covers the review day's sessions still to come too (none is left as it is).
          leftToday: 0,
        },
        changes,
        after,
        // The fever text says "This week goes from 300 min …".
        fever ? week.before : undefined,
        week,
      ),
    ];
  }

  if (!lowReadiness?.escalated) {
    // The week's trim comes first (on any day with days after it: `spikeWeekCut`): it cuts the long run to its step
    // too (a hold's step cut), so a long-run spike no longer leaves the week above the limits with only the long run
    // cut.
    const c = spikeLongRun(input, m, plan, later, racing, todayWd, config, logged);
    if (longRunCutEnough(c, input, m, plan, config)) return [c as Suggestion];
    const w = spikeWeekCut(input, m, plan, later, today, racing, todayWd, config, athlete, logged);
    if (w !== null) return [w];
    return c === null ? [] : [c];
  }

  // Red readiness for more than two weeks: this week's remaining minutes are cut by a down week's deepest cut, in
  // the red cut's order (docs/coaching-domain.md, our rule): hard runs become easy runs (hard cross-training easy
  // cross-training of its sport), then the long run comes
  // down first (the session that costs the most recovery, to half of it: `redCutLongRunDose`), then the easy runs,
  // then the easy cross-training (low impact: kept before the running), each session kept at a useful dose and
  // none dropped before every one is at its minimum.
  const low = lowReadiness as LowReadiness;
  if (medical !== null) {
    const ask = askItems(m.wellness, config.readiness).join(',');
    const c = medicalCut(m, plan, later, today, racing, races, low, medical, ask, athlete, before, {
      todayWd,
      zoneRpe: zoneRpeOf(input),
      config,
      longRace: longRaceAhead(input, review, config),
    });
    return c === null ? [] : [c];
  }
  const cut = -Math.round(ESCALATED_DOWN_WEEK_CUT * 100);
  const eases: PlanChange[] = [];
  // Hard cross-training is eased too, staying its sport (a bike tempo becomes an easy ride), as a down week eases it:
  // red readiness for two weeks is no time for a hard ride either.
  for (const s of later)
    if ((s.kind === 'RUN' || s.kind === 'CROSS_TRAINING') && prescribedHard(s))
      eases.push(easy(s, s.kind === 'RUN' ? 'Easy run (recovery)' : `Easy ${crossSport(s)} (recovery)`));
  const eased = eases.length > 0 ? applyChanges(plan, eases) : null;
  const easedPlan = eased !== null && eased.ok ? eased.plan : plan;
  // A zone-2 run is costed from the athlete's own RPE for it, as next week's cut does: without it a Z2 easy
  // run reads as hard (the 3-zone default) and is dropped whole as quality, and a Z2 long run is not a long run.
  const zoneRpe = zoneRpeOf(input);
  const longRace = longRaceAhead(input, review, config);
  // The minutes the cut is of: the days after the review date's (the review day's are left as they are).
  let remainingMinutes = 0;
  for (const s of later) remainingMinutes += s.minutes;
  // The cut, on the 5-min grid the sessions are cut in, never past the convention's −40 % (as a down week's minutes
  // round: 40 % of 195 min is 78, so 75 min are taken).
  const aim = Math.floor((ESCALATED_DOWN_WEEK_CUT * remainingMinutes) / 5 + 1e-9) * 5;
  const target = before - aim;
  const freeBefore = freeThrough(easedPlan, todayWd);
  const fit = fitVolume({
    plan: easedPlan,
    target,
    max: target,
    cutTo: target,
    growBelow: 0,
    growTo: 0,
    scopeIds: new Set(later.map((s) => s.id)),
    mayDrop: true,
    depth: 'DOWN',
    // Two weeks of red readiness: Sunday's long run comes down with the easy runs, not kept whole.
    downLong: true,
    // The long run first, to half of it; the easy cross-training kept before the running; drops last.
    redCut: true,
    longRace,
    minRunMinutes: config.draft.minSessionMinutes,
    longRunShare: config.draft.longRunShare,
    floorTotal: 0,
    zoneRpe,
    // Rest days as next week's down week keeps them (`ESCALATED_REST_DAYS` in 7), pro rata for the days left
    // (`restDaysWanted`): the free days of the review day and before it count as free already.
    restDays: freeBefore + restDaysWanted(6 - todayWd, freeBefore).want,
  });
  const changes = withTotals(plan, [...eases, ...fit.changes]);
  const { after, parts } = describe(plan, changes);
  if (!parts.length) return [];
  const hard = eases.length > 0;
  // The cut the changes really make, of the remaining days' minutes (a dropped session can take more).
  const realCut = Math.round(((before - planMinutes(after)) / Math.max(1, remainingMinutes)) * 100);
  // The long run still ahead (the longest), and whether it came down with the easy running (the text says so
  // only when it did; next week's down week keeps its long run no longer than it: see `reviewAthlete`).
  const long = longestLongRun(later);
  const longAfter =
    long === null ? null : (after.sessions.find((x) => x.id === (long as PlannedSession).id) ?? null);
  const longCut = long !== null && longAfter !== null && longAfter.minutes < long.minutes;
  const taken = before - planMinutes(after);
  const week = weekNow(m, plan, before, planMinutes(after), racing);
  // "by 38 % (75 min: the convention's −40 % at most, on the 5-min grid)" when the cut lands on its aim.
  const by =
    taken === aim
      ? realCut === -cut
        ? `by ${realCut} %`
        : `by ${realCut} % (${min(aim)}: the convention's −${-cut} % at most, on the 5-min grid)`
      : `by ${realCut} % (about ${-cut} % is the aim; ${taken > aim ? 'a session dropped whole takes more' : 'the sessions’ useful doses keep the rest'})`;
  // The sessions of the days cut that the cut leaves as they are ("Saturday's easy spin on the bike (45 min) is kept
  // as it is."): the order keeps them, and the coach reads that it did.
  const keptWords = keptAsTheyAre(changes, later, '');
  const restDrop = fit.restDayDrop;
  const restWords =
    restDrop === undefined
      ? ''
      : restDaysWords(
          after,
          todayWd,
          // Named as the plan has them (the parts do: "drop Tuesday's race-specific (90 min)").
          plan.sessions.filter((x) => restDrop.dropped.some((y) => y.id === x.id)),
          freeBefore,
          athlete,
        );
  const text = `Readiness is red and the HRV 7-day mean has been below the usual band for ${low.days} days (since ${low.since}): two weeks or more is too long to wait for next week's down week. Cut the rest of this week now, ${today.length > 0 ? 'the days after today, ' : ''}${min(remainingMinutes)}, ${by}${hard ? ', hard sessions at easy effort,' : ','} ${cutOrderWords(easedPlan, later, long, longCut, longRace, config.draft.minSessionMinutes, zoneRpe)}; each session keeps a useful dose${restDrop === undefined ? ', and none is dropped before every one is at its minimum' : ', and the easy sessions on the rest days go whole (below)'}: ${andList(parts)}.${keptWords}${restWords}${todayLeft(today, athlete)} ${weekGoes(week)} (a down week is −20 % to −40 % by convention; the two-week limit and the order are our rule).`;
  return [
    suggestion(
      'CURRENT_WEEK_RECOVERY',
      plan,
      text,
      redCutEvidence(
        m,
        low,
        // What the athlete is asked about (`askItems`, as next week's recovery suggestion asks).
        askItems(m.wellness, config.readiness).join(','),
        { cutPct: cut },
        { before, after, week, remaining: remaining.length, today: today.length, long, longAfter },
      ),
      changes,
      after,
      // "This week goes from 300 min …".
      week.before,
      week,
    ),
  ];
}

/**
 * "Saturday's easy spin on the bike (45 min) is kept as it is." — the sessions of the days cut that `changes` leave as
 * they are (the cut's order keeps them, and the coach reads that it did), with `why` before the full stop; '' if none.
 */
function keptAsTheyAre(
  changes: readonly PlanChange[],
  later: readonly PlannedSession[],
  why: string,
): string {
  const changed = new Set<string>();
  const restDays: number[] = [];
  for (const c of changes)
    if (c.type === 'SCALE_VOLUME') for (const i of c.sessionIds ?? []) changed.add(i);
    else if (c.type === 'INSERT_REST_DAYS') for (const d of c.days) restDays.push(d);
    else if ('sessionId' in c) changed.add(c.sessionId);
  const untouched = later.filter((s) => !changed.has(s.id) && !restDays.includes(s.day));
  if (untouched.length === 0) return '';
  const one = untouched.length === 1;
  return ` ${andList(untouched.map((s) => `${called(s)} (${s.minutes} min)`)).replace(/^\w/, (c) => c.toUpperCase())} ${one ? 'is' : 'are'} kept as ${one ? 'it is' : 'they are'}${why}.`;
}

/**
 * The evidence of a red current-week cut (`CURRENT_WEEK_RECOVERY`), the medical check's (`medicalCut`) too: the red
 * spell, what the athlete is asked about, the cut's own fields (`own`, in the middle, in the order given) and the
 * figures of the plan, the week and this week's long run still ahead, before and after the cut (null: none is left).
 */
function redCutEvidence(
  m: Metrics,
  low: LowReadiness,
  ask: string,
  own: Readonly<Record<string, number | boolean>>,
  f: {
    before: number;
    after: WeekPlan;
    week: WeekNow;
    remaining: number;
    today: number;
    long: PlannedSession | null;
    longAfter: PlannedSession | null;
  },
): Suggestion['evidence'] {
  return {
    readiness: m.readiness,
    lowReadinessDays: low.days,
    lowReadinessSince: low.since,
    askItems: ask,
    ...own,
    planMinutes: f.before,
    planMinutesAfter: planMinutes(f.after),
    weekMinutes: f.week.before,
    weekMinutesAfter: f.week.after,
    remainingSessions: f.remaining,
    leftToday: f.today,
    longRunDay: f.long === null ? null : f.long.day,
    longRunMinutes: f.long === null ? null : f.long.minutes,
    longRunMinutesAfter: f.longAfter === null ? null : f.longAfter.minutes,
  };
}

/**
 * The athlete's sentence of this week's cut beside the medical check (`medicalCut`); the suggestion that carries the
 * check puts its own sentence before it (`withMedicalCheck`).
 */
export function medicalCutAthlete(
  today: readonly PlannedSession[] = [],
  /** This week's races still to come (a race is never removed: it waits for the doctor's all-clear too). */
  races: readonly PlannedSession[] = [],
): string {
  const past = pastMedicalRule(today);
  const todayWords =
    past.length === 0
      ? ''
      : ` If you have not done ${andList(past.map((s) => `today's ${called(s).replace(/^\w+'s /, '')} (${s.minutes} min)`))} yet, make ${past.length === 1 ? 'it' : 'them'} ${medicalTodayWords(past)} or rest.`;
  const one = races.length === 1;
  return `${MEDICAL_CUT_ATHLETE_START}the rest of this week${today.length > 0 ? ', from tomorrow,' : ''} is short easy sessions only${races.length > 0 ? ` besides your ${one ? 'race' : 'races'}` : ''}, ${RETURN_RUN_MINUTES} min at most each.${todayWords}${medicalRaceAthlete(races)}`;
}

/**
 * The athlete's words for this week's races still to come beside the medical check: " Your race on Sunday (Half
 * marathon) waits for the doctor's all-clear too: …". '' with none. `when` follows the weekday (" this week" where
 * the text is next week's).
 */
export function medicalRaceAthlete(races: readonly PlannedSession[], when = ''): string {
  if (races.length === 0) return '';
  const one = races.length === 1;
  return ` Your ${one ? 'race' : 'races'} ${andList(races.map((s) => `on ${weekdayName(s.day)}${when}${raceTitle(s)}`))} ${one ? 'waits' : 'wait'} for the doctor's all-clear too: we recommend you do not race before a doctor has cleared you, and your coach decides with you whether you start.`;
}

/** " (Half marathon)": a race's own name, from its purpose ('' when it has none but "Race"). */
function raceTitle(s: PlannedSession): string {
  const name = s.purpose.trim();
  return name === '' || /^race$/i.test(name) ? '' : ` (${name})`;
}

/**
 * The coach's words for this week's races still to come beside the medical check (no suggestion removes a race, so
 * the cut leaves them in the plan): " Sunday's race (Half marathon, 100 min) stays in the plan (no suggestion removes
 * a race) and waits for the doctor's all-clear too: …". '' with none. `when` follows "race" (" this week" where the
 * text is next week's).
 */
export function medicalRaceCoach(races: readonly PlannedSession[], athlete: string, when = ''): string {
  if (races.length === 0) return '';
  const one = races.length === 1;
  const names = andList(
    races.map((s) => {
      const t = raceTitle(s);
      return `${weekdayName(s.day)}'s race${when} (${t === '' ? '' : `${t.slice(2, -1)}, `}${s.minutes} min)`;
    }),
  );
  return ` ${names} ${one ? 'stays' : 'stay'} in the plan (no suggestion removes a race) and ${one ? 'waits' : 'wait'} for the doctor's all-clear too: whether ${athlete} starts is the coach's call, and we recommend no racing before a doctor has cleared ${athlete}.`;
}

/**
 * The coach's words for this week beside the medical check when no cut of it is made (`medicalCut`: every session
 * after today within the rule already) and something of it still needs saying (`medicalNoCutNeeded`): the rule for
 * the rest of this week, and the review day's sessions that go past it, what to do with them if not done yet (as the
 * cut asks: `medicalTodayCoach`). " Until a doctor has cleared Jonas, the rest of this week is short easy sessions
 * only, 30 min at most each: the sessions after today are within that already, so no suggestion cuts this week.
 * Friday's easy run, today, goes past it (90 min, not logged yet: it may be done already); if it is not done yet, ask
 * Jonas to make it a 30-min easy run or rest."
 */
export function medicalNoCutCoach(c: MedicalToCome, athlete: string): string {
  const past = pastMedicalRule(c.today);
  const races = c.races.length;
  const within =
    c.later.length > 0
      ? `: the ${races > 0 ? 'other ' : ''}sessions after today are within that already, so no suggestion cuts this week`
      : '';
  // (The race aside as the cut has it: `medicalRaceCoach` follows, "… stays in the plan …".)
  const aside = races === 0 ? '' : `, ${races === 1 ? 'the race' : 'the races'} aside (below)`;
  const one = past.length === 1;
  const today =
    past.length === 0
      ? ''
      : ` ${andList(past.map(called)).replace(/^\w/, (x) => x.toUpperCase())}, today, ${one ? 'goes' : 'go'} past it (${andList(past.map((s) => `${s.minutes} min`))}, not logged yet: ${one ? 'it' : 'they'} may be done already)${medicalTodayCoach(past, athlete)}.`;
  return ` ${MEDICAL_CUT_COACH_START}${athlete}, the rest of this week is short easy sessions only${aside}, ${RETURN_RUN_MINUTES} min at most each${within}.${today}`;
}

/**
 * The athlete's words for this week beside the medical check when no cut of it is made (`medicalNoCutCoach`): the
 * rule for the rest of this week (`rule`: not when the carrier's own sentence says it already, "your sessions are
 * short and easy"), and what to do with today's sessions past it if not done yet.
 */
export function medicalNoCutAthlete(c: MedicalToCome, rule: boolean): string {
  const past = pastMedicalRule(c.today);
  const today =
    past.length === 0
      ? ''
      : ` If you have not done ${andList(past.map((s) => `today's ${called(s).replace(/^\w+'s /, '')} (${s.minutes} min)`))} yet, make ${past.length === 1 ? 'it' : 'them'} ${medicalTodayWords(past)} or rest.`;
  const races = c.races.length;
  const besides = races === 0 ? '' : ` besides your ${races === 1 ? 'race' : 'races'}`;
  return `${rule ? ` ${MEDICAL_CUT_ATHLETE_START}the rest of this week is short easy sessions only${besides}, ${RETURN_RUN_MINUTES} min at most each.` : ''}${today}`;
}

/**
 * Whether this week, with no cut of it beside the medical check, still needs saying (`medicalNoCutCoach`): today's
 * sessions past the rule, or a race still to come (its sentence, `medicalRaceCoach`, "waits for the doctor's
 * all-clear too", follows the rule's: beside a taper that carries the check it had followed "see a doctor" alone).
 */
export function medicalNoCutNeeded(c: MedicalToCome): boolean {
  return pastMedicalRule(c.today).length > 0 || c.races.length > 0;
}

/** Where the coach's sentence of this week beside the medical check begins (`medicalNoCutCoach`). */
const MEDICAL_CUT_COACH_START = 'Until a doctor has cleared ';

/** Where the athlete's sentence of this week's cut beside the medical check begins (`medicalCutAthlete`). */
export const MEDICAL_CUT_ATHLETE_START = 'Until a doctor has cleared you, ';

/** The review day's sessions still to come that go past the medical-check rule (longer than the cap, hard or a long run). */
function pastMedicalRule(today: readonly PlannedSession[]): PlannedSession[] {
  return today.filter(
    (s) =>
      s.kind !== 'REST' &&
      (s.minutes > RETURN_RUN_MINUTES ||
        ((s.kind === 'RUN' || s.kind === 'CROSS_TRAINING') && prescribedHard(s)) ||
        (s.kind === 'RUN' && longRunLike(s))),
  );
}

/** "a 30-min easy run" (one run), "30-min easy sessions" (several, or not a run): what today's sessions become. */
function medicalTodayWords(past: readonly PlannedSession[]): string {
  if (past.length > 1) return `${RETURN_RUN_MINUTES}-min easy sessions`;
  return past[0].kind === 'RUN'
    ? `a ${RETURN_RUN_MINUTES}-min easy run`
    : `a ${RETURN_RUN_MINUTES}-min easy session`;
}

/**
 * The coach's words for the review day's sessions beside the medical check (the review-day rule leaves them as they
 * are): "; if it is not done yet, ask Jonas to make it a 30-min easy run or rest" ('' when they are within the rule).
 */
function medicalTodayCoach(today: readonly PlannedSession[], athlete: string): string {
  const past = pastMedicalRule(today);
  if (past.length === 0) return '';
  const one = past.length === 1;
  return `; if ${one ? 'it is' : 'they are'} not done yet, ask ${athlete} to make ${one ? 'it' : 'them'} ${medicalTodayWords(past)} or rest`;
}

/**
 * This week's cut when the medical check applies (our rule; `medicalCheckOf`): the sessions still to come after the
 * review date follow the medical-check week's rule (`MedicalWeek`) until a doctor has cleared the athlete, rather
 * than the red cut's −40 % (a 75-min long run beside "see a doctor first" contradicted itself, coach read of Jonas):
 * hard runs become easy runs and hard cross-training easy cross-training of its sport, a long run an easy run that
 * is not a key session (`MEDICAL_WEEK_NO_LONG_RUN`: a 30-min "long run" is none), and every session is
 * `RETURN_RUN_MINUTES` at most. Sessions within that are kept as they are. Null when nothing goes past the rule.
 */
function medicalCut(
  m: Metrics,
  plan: WeekPlan,
  later: readonly PlannedSession[],
  today: readonly PlannedSession[],
  racing: WeekRacing,
  /** This week's races still to come: left in the plan, and the texts say they wait for the doctor too. */
  races: readonly PlannedSession[],
  low: LowReadiness,
  check: MedicalCheck,
  /** What the athlete is asked about (`askItems`, as the red cut's evidence has it). */
  ask: string,
  athlete: string,
  before: number,
  /** The review day's weekday, and what the rest days' fit reads (`restDaysLeft`). */
  at: RestDaysAt,
): Suggestion | null {
  let raw: PlanChange[] = [];
  let unkeyed: PlannedSession[] = [];
  let hard = false;
  for (const s of later) {
    if ((s.kind === 'RUN' || s.kind === 'CROSS_TRAINING') && prescribedHard(s)) {
      hard = true;
      raw.push(
        easy(
          s,
          s.kind === 'RUN'
            ? 'Easy run (short and easy until a doctor has given the all-clear)'
            : `Easy ${crossSport(s)} (short and easy until a doctor has given the all-clear)`,
        ),
      );
    } else if (s.kind === 'RUN' && longRunLike(s)) {
      unkeyed.push(s);
      raw.push({
        type: 'REPLACE_INTENSITY',
        sessionId: s.id,
        effort: s.effort,
        intervals: null,
        purpose: MEDICAL_WEEK_NO_LONG_RUN,
        key: false,
      });
    }
    if (s.minutes > RETURN_RUN_MINUTES)
      raw.push({
        type: 'SCALE_VOLUME',
        // The percentage that lands on the cap after the apply step's rounding.
        percent: scalePercent(s.minutes, RETURN_RUN_MINUTES),
        sessionIds: [s.id],
        expectedTotalMinutes: 0,
      });
  }
  // The days left keep rest days as a medical-check week does (`restDaysLeft`): the sessions capped first, then the
  // lowest-value ones dropped whole for the rest days (a session dropped is not capped first).
  let cappedPlan = plan;
  if (raw.length > 0) {
    const r = applyChanges(plan, withTotals(plan, raw));
    if (r.ok) cappedPlan = r.plan;
  }
  const freeBefore = freeThrough(cappedPlan, at.todayWd);
  const rest = restDaysLeft(cappedPlan, later, at, restDaysWanted(6 - at.todayWd, freeBefore).want);
  if (rest !== null) {
    const gone = new Set(rest.dropped.map((x) => x.id));
    raw = raw.filter(
      (c) =>
        !('sessionId' in c && gone.has(c.sessionId)) &&
        !(c.type === 'SCALE_VOLUME' && (c.sessionIds ?? []).some((i) => gone.has(i))),
    );
    raw.push({ type: 'INSERT_REST_DAYS', days: rest.days });
    // (A long run dropped for a rest day does not become an easy run: the text names only those that do.)
    unkeyed = unkeyed.filter((x) => !gone.has(x.id));
  }
  if (raw.length === 0) return null;
  const changes = withTotals(plan, raw);
  const { after, parts } = describe(plan, changes);
  if (!parts.length) return null;
  let remainingMinutes = 0;
  for (const s of later) remainingMinutes += s.minutes;
  const taken = before - planMinutes(after);
  const week = weekNow(m, plan, before, planMinutes(after), racing);
  const long = longestLongRun(later);
  const longAfter =
    long === null ? null : (after.sessions.find((x) => x.id === (long as PlannedSession).id) ?? null);
  const keptWords = keptAsTheyAre(raw, later, ': within the rule');
  const restWords =
    rest === null
      ? ''
      : restDaysWords(
          after,
          at.todayWd,
          plan.sessions.filter((x) => rest.dropped.some((y) => y.id === x.id)),
          freeBefore,
          athlete,
        );
  const noLong =
    unkeyed.length > 0
      ? ` (${andList(unkeyed.map(called))} ${unkeyed.length === 1 ? 'becomes an easy run' : 'become easy runs'}, not a key session)`
      : '';
  const raceAside =
    races.length === 0 ? '' : `, ${races.length === 1 ? 'the race' : 'the races'} aside (below)`;
  const text = `Readiness is red and the HRV 7-day mean has been below the usual band for ${low.days} days (since ${low.since}) and the check-ins have declined over the last ${check.declineDays} days: until a doctor has cleared ${athlete}, the rest of this week${today.length > 0 ? ', from tomorrow,' : ''} is short easy sessions only${raceAside}, each session ${RETURN_RUN_MINUTES} min at most, no long run${hard ? ' and no hard session' : ''}${noLong}. Change it now, ${today.length > 0 ? 'the days after today, ' : ''}${min(remainingMinutes)} → ${min(remainingMinutes - taken)} (${pct((-taken / Math.max(1, remainingMinutes)) * 100)}): ${andList(parts)}.${keptWords}${restWords}${todayLeft(today, athlete, medicalTodayCoach(today, athlete))}${medicalRaceCoach(races, athlete)} ${weekGoes(week)} (our rule, reusing the cap of a graded return's first runs after a fever: the overtraining consensus advises rest and a medical evaluation before training goes on, Meeusen et al. 2013).`;
  const s = suggestion(
    'CURRENT_WEEK_RECOVERY',
    plan,
    text,
    redCutEvidence(
      m,
      low,
      ask,
      { medicalCut: true, sessionCapMinutes: RETURN_RUN_MINUTES },
      { before, after, week, remaining: later.length + today.length, today: today.length, long, longAfter },
    ),
    changes,
    after,
    week.before,
    week,
  );
  return copySuggestion(s, s.rationale, `${s.athleteText} ${medicalCutAthlete(today, races)}`, s.evidence);
}

/** The days of `plan` with no session but rest from Monday through `todayWd`. */
function freeThrough(plan: WeekPlan, todayWd: number): number {
  let busy = 0;
  for (const x of plan.sessions) if (x.kind !== 'REST') busy |= 1 << x.day;
  let free = 0;
  for (let d = 0; d <= todayWd; d++) if (((busy >> d) & 1) === 0) free++;
  return free;
}

/**
 * The rest days a current-week cut for two weeks of red readiness keeps among the `daysLeft` days after the review
 * date (our rule, coach read of Jonas: a cut of the rest of the week to six 30-min days had left him seven days of
 * training in a row beside "see a doctor"): next week's down week trains on 7 − `ESCALATED_REST_DAYS` days of 7, so
 * the days left train on that many pro rata (rounded, one at least: 6 days 4, 3 days 2, 2 days 1), and no more rest
 * days are made than the week still lacks of its `ESCALATED_REST_DAYS` (`freeBefore`: the days free of any session
 * through the review day).
 */
function restDaysWanted(daysLeft: number, freeBefore: number): { want: number; pro: number } {
  const train = 7 - ESCALATED_REST_DAYS;
  const pro = daysLeft - Math.max(1, Math.round((train * daysLeft) / 7));
  return { want: Math.max(0, Math.min(pro, ESCALATED_REST_DAYS - freeBefore)), pro };
}

/**
 * " Tuesday and Friday are rest days: after two weeks or more of red readiness the down week trains on 5 days of 7
 * (next week's rule), so the 6 days after today keep 2 rest days (5 × 6/7 ≈ 4 days with training) and Jonas trains
 * on 4 of them: Tuesday's race-specific (90 min) and Friday's easy run (90 min) go whole rather than only shorter
 * (…; our rule)." — the rest days of the days after the review date as the applied plan has them (`after`), and the
 * sessions dropped for them (`dropped`, as planned). '' with none.
 */
function restDaysWords(
  after: WeekPlan,
  todayWd: number,
  dropped: readonly PlannedSession[],
  freeBefore: number,
  athlete: string,
): string {
  const free: string[] = [];
  let training = 0;
  for (let d = todayWd + 1; d < 7; d++)
    if (after.sessions.some((x) => x.day === d && x.kind !== 'REST')) training++;
    else free.push(weekdayName(d));
  if (free.length === 0 || dropped.length === 0) return '';
  const daysLeft = 6 - todayWd;
  const { want, pro } = restDaysWanted(daysLeft, freeBefore);
  const train = 7 - ESCALATED_REST_DAYS;
  const one = free.length === 1;
  const byDay = [...dropped].sort((a, b) => a.day - b.day);
  // A key session as planned that the cut made easy first (the medical cut: no key session is left) is one of them.
  const keyed = byDay.some((x) => x.key === true);
  const share = `${train} × ${daysLeft}/7 ≈ ${daysLeft - pro} ${daysLeft - pro === 1 ? 'day' : 'days'} with training`;
  const keep =
    want < pro
      ? `would keep ${pro} rest days (${share}), but the week has ${freeBefore} ${freeBefore === 1 ? 'day' : 'days'} free through today already, so ${want} more`
      : `keep ${pro} ${pro === 1 ? 'rest day' : 'rest days'} (${share})`;
  const more =
    training > daysLeft - want
      ? ` (the sessions on the other days are ones the rule does not drop: a key session, a long run or the runs ${athlete} keeps)`
      : '';
  return ` ${andList(free)} ${one ? 'is a rest day' : 'are rest days'}: after two weeks or more of red readiness the down week trains on ${train} days of 7 (${ESCALATED_REST_DAYS} full rest days, next week's rule), so the ${daysLeft} days after today ${keep}, and ${athlete} trains on ${training} of them${more}: ${andList(byDay.map((x) => `${called(x)} (${x.minutes} min)`))} ${byDay.length === 1 ? 'goes' : 'go'} whole rather than only shorter (${keyed ? 'all easy as the cut leaves them, ' : ''}easy runs before easy cross-training${keyed ? '' : ', never the long run or a key session'}, the rest days spread out; our rule).`;
}

/** What `restDaysLeft` reads besides the plan: the review day's weekday, the athlete's zone RPEs and the config. */
interface RestDaysAt {
  readonly todayWd: number;
  readonly zoneRpe: ReadonlyMap<string, number> | undefined;
  readonly config: EngineConfig;
  /** A marathon-type race ahead (`longRaceAhead`): three runs kept rather than two. */
  readonly longRace: boolean;
}

/**
 * The rest days a current-week cut for two weeks of red readiness makes among the days after the review date (our
 * rule, coach read of Jonas: a cut of the rest of the week to six 30-min days had left him seven days of training in
 * a row beside "see a doctor"): `want` of them free of any session, by the down week's own rest-day step (`fitVolume`
 * with `restDays`, step (8) of its `fitDays`: easy runs go whole before easy cross-training, never the long run, a key
 * session or strength, within the runs an athlete keeps; the days as far from the other free days as the week
 * allows), on `plan` as the cut leaves it (its other changes made). The free days of the review day and before it
 * count as free already. Null when none is made (none wanted, or no session the step may drop).
 */
function restDaysLeft(
  plan: WeekPlan,
  later: readonly PlannedSession[],
  at: RestDaysAt,
  want: number,
): { dropped: readonly PlannedSession[]; days: Weekday[] } | null {
  if (want <= 0) return null;
  const freeBefore = freeThrough(plan, at.todayWd);
  const total = planMinutes(plan);
  const fit = fitVolume({
    plan,
    target: total,
    max: total,
    cutTo: total,
    growBelow: 0,
    growTo: 0,
    scopeIds: new Set(later.map((s) => s.id)),
    mayDrop: true,
    depth: 'DOWN',
    downLong: true,
    redCut: true,
    longRace: at.longRace,
    minRunMinutes: at.config.draft.minSessionMinutes,
    longRunShare: at.config.draft.longRunShare,
    floorTotal: 0,
    zoneRpe: at.zoneRpe,
    restDays: freeBefore + want,
  });
  const r = fit.restDayDrop;
  if (r === undefined || r.dropped.length === 0) return null;
  return { dropped: r.dropped, days: r.days as Weekday[] };
}

/** What the current-week suggestions read of the metrics scan (`MetricsState`'s field of the same name). */
export interface LongRunHistory {
  readonly recentSessions: RecentSessions;
  /**
   * This week's sessions still to come as the metrics counted them (`MetricsState.thisWeekToCome`), and the plan they
   * were read from: `remainingSessions` takes them for that plan rather than read this week's logs again.
   */
  readonly thisWeekToCome?: readonly PlannedSession[];
  readonly thisWeekToComePlan?: WeekPlan | null;
  /** The events: a fever's rest goes to the day after a confirmed illness ends (`feverRestThrough`). */
  readonly events: readonly ParsedEvent[];
}

/**
 * A long run this close (days from the review) makes its current-week cut urgent: the coach must change it before
 * the athlete runs it. Further off, it waits for the coach's weekly pass. [ours]
 */
export const CURRENT_WEEK_URGENT_DAYS = 3;

/**
 * A load spike this week (`LOAD_SPIKE_WARNING`'s ramp) with this week's long run still to come more than two steps
 * over the longest long run the athlete logged lately (`loggedLongRun`: since an illness when back from one): that
 * long run comes down to one step over it (`longRunCap`; a down week's long-run dose at least), now, rather than
 * wait for next week's hold (Ingrid, back from the flu with a 47-min long run, had a 90-min long run this Sunday in
 * a +56 % week). One step over it is left alone (a mid-week change is not worth a few minutes), and so is a
 * marathoner's long run at its down-week dose. Urgent when the run is `CURRENT_WEEK_URGENT_DAYS` days off or
 * fewer. Null: nothing to cut.
 */
function spikeLongRun(
  input: ReviewInput,
  m: Metrics,
  plan: WeekPlan,
  remaining: readonly PlannedSession[],
  /** What this week's racing is counted from (`remainingSessions`). */
  racing: WeekRacing,
  todayWd: number,
  config: EngineConfig,
  logged: LoggedLongRun,
): Suggestion | null {
  const long = longestLongRun(remaining);
  if (long === null) return null;
  if (logged.minutes <= 0) return null;
  const review = toDayNumber(input.reviewDate);
  const step = longRunCap(logged.minutes);
  if (long.minutes <= longRunCap(step)) return null;
  const zoneRpe = zoneRpeOf(input);
  const dose = usefulDose(
    long,
    'DOWN',
    longRaceAhead(input, review, config),
    config.draft.minSessionMinutes,
    zoneRpe,
  );
  const to = Math.max(step, dose);
  if (to >= long.minutes) return null;
  const changes = withTotals(plan, [
    {
      type: 'SCALE_VOLUME',
      percent: scalePercent(long.minutes, to),
      sessionIds: [long.id],
      expectedTotalMinutes: 0,
    },
  ]);
  const { after } = describe(plan, changes);
  const landed = after.sessions.find((x) => x.id === (long as PlannedSession).id);
  if (landed === undefined || landed.minutes !== to) return null;
  const before = planMinutes(plan);
  const afterMinutes = planMinutes(after);
  const week = weekNow(m, plan, before, afterMinutes, racing);
  const days = long.day - todayWd;
  const ill = logged.illness;
  const athlete = input.athlete.firstName ?? 'the athlete';
  const ref = loggedRunRef(logged.long, ill, athlete);
  // "(47 min; a longer run of 79 min aside: not a long run)"
  const aside = longerRunAside(logged.long, logged.longerRun).replace(/^ \(/, '; ').replace(/\)$/, '');
  const ramp = m.rampPct.value ?? 0;
  const name = `${weekdayName(long.day)}'s long run`;
  // The change's own percentage (`scalePercent`: the real change, which lands on `to`), one figure for both.
  const real = scalePercent(long.minutes, to);
  const rose =
    ramp > config.load.rampWarnPct
      ? `up ${pct(ramp, false)}`
      : `up ${pct(m.twoWeekPct.value ?? 0, false)} over two weeks`;
  // This week's load as the cut leaves it (the load-spike warning's figures count the long run as planned, and
  // give these too: one computation, `spikeLongRunLoad`).
  const { weekLoad, weekLoadAfter, rampPctAfter } = spikeLongRunLoad(m, long, to, zoneRpe);
  const loadAfter =
    ramp > config.load.rampWarnPct && rampPctAfter !== null
      ? `its load ${Math.round(weekLoad)} → ${Math.round(weekLoadAfter)} (${pct(rampPctAfter)} on the weeks the load-spike warning compares with, instead of ${pct(ramp)})`
      : `its load ${Math.round(weekLoad)} → ${Math.round(weekLoadAfter)}`;
  const text = `This week's load is ${rose} (see the load-spike warning), and ${name}, still to come, is planned at ${min(long.minutes)}, ${pct(((long.minutes - logged.minutes) / logged.minutes) * 100)} on ${ref} (${min(logged.minutes)}${aside}). Cut it now, ${long.minutes} → ${to} min (${real} %): ${to > step ? `its down-week dose (${min(to)}), more than one step over that` : 'one step over that (a long run grows about 10 % a week at most, a convention)'}. ${weekGoes(week)}, ${loadAfter}${to === step ? ", and next week's long run is counted from this one" : ''}.`;
  return suggestion(
    'CURRENT_WEEK_LONG_RUN',
    plan,
    text,
    {
      rampPct: Math.round(ramp * 10) / 10,
      loggedLongRunMinutes: logged.minutes,
      loggedIsLongRun: logged.long,
      longerQualityMinutes: logged.long && logged.longerRun > 0 ? logged.longerRun : null,
      sinceIllness: ill === null ? null : fromDayNumber(ill.end),
      longRunDay: long.day,
      longRunMinutes: long.minutes,
      longRunMinutesAfter: to,
      daysToLongRun: days,
      planMinutes: before,
      planMinutesAfter: afterMinutes,
      weekMinutes: week.before,
      weekMinutesAfter: week.after,
      weekLoad: Math.round(weekLoad),
      weekLoadAfter: Math.round(weekLoadAfter),
      rampPctAfter: rampPctAfter === null ? null : Math.round(rampPctAfter * 10) / 10,
    },
    changes,
    after,
    week.before,
    week,
    days <= CURRENT_WEEK_URGENT_DAYS ? 'URGENT' : 'ATTENTION',
  );
}

/** The load this week may come to within the load-spike limits (`spikeWeekCut`), and the references they are on. */
interface SpikeLimits {
  readonly ramp: number;
  readonly two: number | null;
  /** The ramp's reference (`rampReferenceLoad`). */
  readonly ref: number;
  /** The two-week ratio's reference, 0 without one. */
  readonly twoRef: number;
  /** Last week's load. */
  readonly lastLoad: number;
  /** This week's load at most within +20 % a week and +30 % over two weeks. */
  readonly limit: number;
}

function spikeLimits(m: Metrics, config: EngineConfig): SpikeLimits | null {
  if (m.weeks.length < 2) return null;
  const ramp = m.rampPct.value;
  const two = m.twoWeekPct.value;
  if (ramp === null) return null;
  const ref = rampReferenceLoad(m.weeks);
  if (ref <= 0) return null;
  const weekLoad = m.weeks[0].load;
  const lastLoad = m.weeks[1].load;
  // The two-week ratio's reference (its own definition: this week and last against the two before, a week left out
  // at the ramp's level), backed out of the metric rather than counted again.
  const twoRef = two === null ? 0 : (weekLoad + lastLoad) / (1 + two / 100);
  const weekLimit = ref * (1 + config.load.rampWarnPct / 100);
  const twoLimit = twoRef > 0 ? twoRef * (1 + config.load.twoWeekStrongPct / 100) - lastLoad : Infinity;
  return { ramp, two, ref, twoRef, lastLoad, limit: Math.min(weekLimit, twoLimit) };
}

/**
 * The long-run cut (`spikeLongRun`) when it alone brings the week within the load-spike limits: the trim's first step
 * (the long run to its step) is then all of it, and the long-run cut says it with what the step counts from (the long
 * runs since an illness, a longer run set aside). The same on every review day, Monday included: the suggestion a
 * coach read on Monday keeps its kind (and id) when the week is reviewed again on Tuesday with the same change
 * (diff review of 2026-12-07: Monday's CURRENT_WEEK_LOAD became Tuesday's CURRENT_WEEK_LONG_RUN with the identical
 * change, and applying Monday's read on Tuesday was refused as no longer proposed).
 */
function longRunCutEnough(
  c: Suggestion | null,
  input: ReviewInput,
  m: Metrics,
  plan: WeekPlan,
  config: EngineConfig,
): boolean {
  if (c === null) return false;
  const limits = spikeLimits(m, config);
  const cut = spikeLongRunCut([c], plan);
  if (limits === null || cut === undefined) return false;
  return spikeLongRunLoad(m, cut.session, cut.to, zoneRpeOf(input)).weekLoadAfter <= limits.limit + 0.5;
}

/**
 * A load spike this week (`LOAD_SPIKE_WARNING`'s ramp or two-week ratio) read on any day with days after it (Monday–
 * Saturday; first written for the week's first day, its plan all still to come; later in the week what is logged so
 * far counts as done, as the metrics count the week, and the text says what it is): the week is trimmed now, toward
 * the limits the warning cites (+20 % on the weeks it compares with, +30 % over two weeks: Nielsen 2014; Damsted
 * 2019), rather than left as planned beside a warning that it is too big
 * (coach read of 2026-12-07: Ingrid's URGENT warning on a week of 1605, +73 %, carried no change; only next week's
 * down week did). The cut is a hold's (`fitVolume`, as next week's: the long run to one step over the long runs
 * logged lately, the easy running, the quality shortened before it is dropped, the key sessions last, the drops spread
 * over the week) on the days after today (today's are left as they are, as every current-week cut leaves them),
 * deepened in 5-min steps until the week's load is within both limits, but never so deep that the last easy runs
 * after today go or 3 days in a row or more are left empty where the plan had training: there it stops, and the text
 * says the week is still above the limits and why (more is the coach's call), and in words when too little of the week
 * is left to bring it within them (a Saturday read: only Sunday). It comes before the long-run cut (`spikeLongRun`),
 * whose step it makes too. Null: nothing to cut, or the week within the limits.
 */
function spikeWeekCut(
  input: ReviewInput,
  m: Metrics,
  plan: WeekPlan,
  later: readonly PlannedSession[],
  today: readonly PlannedSession[],
  racing: WeekRacing,
  todayWd: number,
  config: EngineConfig,
  athlete: string,
  logged: LoggedLongRun,
): Suggestion | null {
  // Any review day with days after it (Monday–Saturday: a coach works the queue on Monday or Tuesday, or later when
  // something urgent comes up, brief of 2026-12-07): the days past count as logged, today's sessions not logged yet
  // as planned (both in `Metrics.weeks[0]`), and only the days after today are cut. On Sunday none are left: the
  // week is over, and next week's suggestions handle the spike.
  if (later.length === 0 || m.weeks.length < 2) return null;
  const spike = spikeLimits(m, config);
  if (spike === null) return null;
  const { ramp, two, ref, twoRef, lastLoad, limit } = spike;
  const weekLoad = m.weeks[0].load;
  if (weekLoad <= limit + 0.5) return null;
  const zoneRpe = zoneRpeOf(input);
  const review = toDayNumber(input.reviewDate);
  const longRace = longRaceAhead(input, review, config);
  const before = planMinutes(plan);
  const planLoadBefore = planLoad(plan, zoneRpe);
  // The days after today are cut as next week's hold cuts a week (coach read of 2026-12-07: the trim had kept
  // Ingrid's race-specific and 90-min long run whole and dropped both easy runs, the tempo and Thursday's strength,
  // Wednesday to Saturday left empty before the long run): the long run first to one step over the long runs she
  // logged lately (`longRunCap`, as the hold's `longRunStepCut`), the easy running, the quality shortened before it is
  // dropped, the key sessions last, and the drops spread over the week (`scopeDays`, not a scope of some sessions).
  const cut = later;
  const days = [1, 2, 3, 4, 5, 6];
  // A session of the days after today already logged (done ahead of its day) is no longer the plan's to cut: the cut
  // is then kept to the sessions still to come (`scopeIds`). Races are never cut (`fitVolume` leaves them).
  const ahead = plan.sessions.filter((s) => s.day > todayWd && s.kind !== 'REST' && s.kind !== 'RACE');
  const scopeIds = ahead.length === later.length ? undefined : new Set(later.map((s) => s.id));
  const longStep = logged.minutes > 0 ? longRunCap(logged.minutes) : undefined;
  // As a hold's cut of next week (`fitVolume`'s order): with an A or B race ahead the non-key quality runs are the
  // week's quality for it, shortened rather than dropped before an easy run; the hard share a hold keeps.
  // (The rule next week's cut keeps its quality by, `nextQualityRace`.)
  const race = nextQualityRace(parseRaces(input.races), review);
  const keepQuality = race === null ? undefined : qualityRaceWords(race);
  // Where the deepening stops short of the limits: no cut leaves every easy run after today dropped (the athlete's
  // last easy runs), nor 3 or more days in a row empty where the plan had training on one of them.
  const easyIds = later
    .filter((s) => s.kind === 'RUN' && s.key !== true && !longRunLike(s) && cutTier(s, zoneRpe) === 0)
    .map((s) => s.id);
  const emptyRun = (p: WeekPlan): number => {
    let run = 0;
    let trained = false;
    let worst = 0;
    for (let d = 0; d < 7; d++) {
      const on = p.sessions.some((x) => x.day === d && x.kind !== 'REST' && x.minutes > 0);
      if (on) {
        run = 0;
        trained = false;
        continue;
      }
      run++;
      if (plan.sessions.some((x) => x.day === d && x.kind !== 'REST')) trained = true;
      if (trained && run > worst) worst = run;
    }
    return worst;
  };
  const emptyBefore = emptyRun(plan);
  let stop: 'EASY' | 'EMPTY' | null = null;
  let best: { changes: PlanChange[]; after: WeekPlan; load: number } | null = null;
  for (let target = before - 5; target > 0; target -= 5) {
    const fit = fitVolume({
      plan,
      planMinutes: before,
      target,
      max: target,
      cutTo: target,
      growBelow: 0,
      growTo: 0,
      scopeDays: days.filter((d) => d > todayWd),
      ...(scopeIds === undefined ? {} : { scopeIds }),
      mayDrop: true,
      depth: 'HOLD',
      longRace,
      minRunMinutes: config.draft.minSessionMinutes,
      longRunShare: config.draft.longRunShare,
      longRunCap: longStep,
      longRunStepCut: longStep !== undefined,
      longRunCutShare: config.draft.longRunCutShare,
      floorTotal: 0,
      zoneRpe,
      keepQuality,
      hardShareMax: BASE_HARD_SHARE_MAX,
    });
    if (fit.changes.length === 0) continue;
    const changes = withTotals(plan, fit.changes);
    const r = applyChanges(plan, changes);
    if (!r.ok) break;
    if (easyIds.length > 0 && easyIds.every((id) => !r.plan.sessions.some((x) => x.id === id))) {
      stop = 'EASY';
      break;
    }
    if (emptyRun(r.plan) >= Math.max(3, emptyBefore + 1)) {
      stop = 'EMPTY';
      break;
    }
    const load = weekLoad - (planLoadBefore - planLoad(r.plan, zoneRpe));
    if (best === null || load < best.load) best = { changes, after: r.plan, load };
    if (load <= limit + 0.5) break;
  }
  if (best === null) return null;
  const { changes } = best;
  const { after, parts } = describe(plan, changes);
  if (!parts.length) return null;
  const afterMinutes = planMinutes(after);
  const week = weekNow(m, plan, before, afterMinutes, racing);
  const weekLoadAfter = weekLoad - (planLoadBefore - planLoad(after, zoneRpe));
  const rampAfter = (weekLoadAfter / ref - 1) * 100;
  const twoAfter = twoRef > 0 ? ((weekLoadAfter + lastLoad) / twoRef - 1) * 100 : null;
  const within = weekLoadAfter <= limit + 0.5;
  const strong = two !== null && two > config.load.twoWeekStrongPct;
  // The key sessions the cut leaves as planned (the athlete text says so only of them all).
  const keyIds = later.filter((s) => s.key === true || longRunLike(s));
  const keyWhole = keyIds.filter((k) =>
    after.sessions.some((a) => a.id === k.id && a.minutes === k.minutes && a.effort === k.effort),
  );
  const longLater = longestLongRun(later);
  const longAfter = longLater === null ? undefined : after.sessions.find((a) => a.id === longLater.id);
  const stepWords =
    longStep !== undefined &&
    longLater !== null &&
    longAfter !== undefined &&
    longAfter.minutes < longLater.minutes
      ? `the long run first, to ${min(longAfter.minutes)}${longAfter.minutes === longStep ? `, one step over the ${min(logged.minutes)} logged lately, as a long run grows about 10 % a week at most` : ''}; then `
      : '';
  // A week above the hard share a hold keeps: the non-key quality gives first (`fitVolume`'s order), and says so.
  const hardOf = (p: WeekPlan): number => {
    let h = 0;
    for (const x of p.sessions) h += hardShareMinutes(x, zoneRpe);
    return h;
  };
  const share = (h: number, total: number): string => {
    const v = (h / Math.max(1, total)) * 100;
    const r = Math.round(v);
    return r === Math.round(BASE_HARD_SHARE_MAX * 100) ? `${v.toFixed(1)} %` : `${r} %`;
  };
  const hardBefore = hardOf(plan);
  const hardAfter = hardOf(after);
  // The non-key quality gave first because the cut, taken from the easy running instead, would leave the week harder
  // than a hold keeps (`fitVolume`'s order: "had the other sessions taken the cut", as next week's hold says it).
  // (Only beside easy runs the cut left whole: those are what could have given instead.)
  const easyLeft = later.some(
    (x) =>
      x.kind === 'RUN' &&
      x.key !== true &&
      !longRunLike(x) &&
      cutTier(x, zoneRpe) === 0 &&
      after.sessions.some((a) => a.id === x.id && a.minutes === x.minutes),
  );
  const hardWords =
    easyLeft && hardAfter < hardBefore && hardBefore > BASE_HARD_SHARE_MAX * afterMinutes
      ? ` The non-key quality gives first: had the easy running given the same minutes instead, ${hardBefore} of the week's ${min(afterMinutes)} would be hard (${share(hardBefore, afterMinutes)}, counting the quality sessions' work), above the ${Math.round(BASE_HARD_SHARE_MAX * 100)} % a hold keeps (about 80/20 by time, Seiler 2010; our threshold); after the cut, ${hardAfter} min (${share(hardAfter, afterMinutes)}).`
      : '';
  // The sessions the cut could take that it leaves as they are (the key sessions are named as kept whole already).
  // Easy runs the cut leaves whole at their easy floor: the order takes the other sessions before it drops one.
  const touched = new Set<string>();
  for (const c of changes)
    if (c.type === 'SCALE_VOLUME') for (const i of c.sessionIds ?? []) touched.add(i);
    else if ('sessionId' in c) touched.add(c.sessionId);
  const untouched = cut.filter((s) => !touched.has(s.id));
  const atFloor =
    untouched.length > 0 &&
    untouched.every(
      (s) =>
        s.kind === 'RUN' &&
        cutTier(s, zoneRpe) === 0 &&
        s.minutes <= easyFloor(s, config.draft.minSessionMinutes),
    );
  const keptWords = keptAsTheyAre(
    changes,
    cut,
    atFloor
      ? `: ${untouched.length === 1 ? 'it is' : 'they are'} at the easy floor, and the cut order drops an easy run only after the other sessions have given what they can`
      : '',
  );
  const overWeek = ramp > config.load.rampWarnPct;
  // Which limits the week is above, as planned: the ones named (the two-week figure only when it is above its own).
  const above = [
    ...(overWeek ? [`+${config.load.rampWarnPct} % a week`] : []),
    ...(strong ? [`+${config.load.twoWeekStrongPct} % over two weeks`] : []),
  ];
  // The two-week limit only where the week has a two-week figure (its reference: the two weeks before last).
  const limits = `+${config.load.rampWarnPct} % a week${twoRef > 0 ? ` and +${config.load.twoWeekStrongPct} % over two weeks` : ''}`;
  const afterWords = `${pct(rampAfter)} on that reference${strong && twoAfter !== null ? ` and ${pct(twoAfter)} over two weeks` : ''}`;
  // Today's sessions a log has matched already (not left as planned): said as logged, not "as planned".
  const loggedToday = plan.sessions.filter(
    (x) => x.day === todayWd && x.kind !== 'REST' && x.kind !== 'RACE' && !today.some((t) => t.id === x.id),
  );
  // What is logged so far this week, the review day's logs included (`racing.recent`: the metrics scan's logs, which
  // the week's load counts as done): later in the week the text says it beside the plan's days still to come.
  let doneMinutes = 0;
  const doneDays = new Set<number>();
  for (let k = 0; k < racing.recent.sessions.length; k++) {
    const d = racing.recent.days[k];
    if (d < racing.monday || d > review) continue;
    doneMinutes += racing.recent.sessions[k].minutes;
    doneDays.add(d - racing.monday);
  }
  const midweek = todayWd > 0;
  const opening = midweek
    ? `This week is on its ${weekdayName(todayWd)}, ${doneMinutes > 0 ? `${min(doneMinutes)} logged so far (${andList([...doneDays].sort((a, b) => a - b).map((d) => weekdayName(d)))})` : 'nothing of it logged so far'}: with that as logged and the rest as planned, its load comes to`
    : loggedToday.length > 0
      ? `This week is on its first day, ${andList(loggedToday.map(called))} logged already: with that as logged and the rest as planned, its load comes to`
      : 'This week is on its first day, and as planned its load comes to';
  // The days after today, named later in the week ("Its days after today (Friday–Sunday)").
  const daysLeft = 6 - todayWd;
  const leftNames = daysLeft === 1 ? weekdayName(6) : `${weekdayName(todayWd + 1)}–${weekdayName(6)}`;
  // Too little of the week left to bring it within the limits: even with every session after today dropped, what is
  // logged so far and today's sessions as planned are above them (a Saturday read: only Sunday is left). Said in
  // words, beside where the cut stops.
  let laterLoad = 0;
  for (const s of later) laterLoad += plannedSessionLoad(s, zoneRpe);
  const floorLoad = weekLoad - laterLoad;
  const tooLittle = !within && floorLoad > limit + 0.5;
  const tooLittleWords = tooLittle
    ? ` Too little of the week is left to bring it within them: ${daysLeft === 1 ? `only ${leftNames} is left` : `only the ${daysLeft} days ${leftNames} are left`} after today, and even with every session of ${daysLeft === 1 ? 'it' : 'them'} dropped its load would be ${Math.round(floorLoad)}, ${pct((floorLoad / ref - 1) * 100)} on that reference${strong && twoRef > 0 ? ` and ${pct(((floorLoad + lastLoad) / twoRef - 1) * 100)} over two weeks` : ''}.`
    : '';
  const text = `${opening} ${Math.round(weekLoad)} (sRPE × min), ${pct(ramp)} on the load-spike warning's reference (about ${Math.round(ref)} a week)${strong ? ` and ${pct(two as number)} over two weeks` : ''}, above the ${andList(above)} that go with more running injuries (Nielsen 2014; Damsted 2019). ${!midweek ? 'Its days after today can still be changed: trim them now' : daysLeft === 1 ? `Its one day after today, ${leftNames}, can still be changed: trim it now` : `Its days after today (${leftNames}) can still be changed: trim them now`} rather than leave the week as planned, in the cut order of a hold, as for next week (${stepWords}the easy running, the quality shortened before it is dropped and the key sessions last, with no 3 days in a row left empty): ${andList(parts)}.${hardWords}${keptWords} ${weekGoes(week)}, its load ${Math.round(weekLoad)} → ${Math.round(weekLoadAfter)}, ${afterWords}: ${within ? `within the ${limits}` : `still above the ${limits}.${tooLittleWords} The cut stops here: ${stop === 'EASY' ? 'a deeper one would drop the last easy runs after today' : stop === 'EMPTY' ? 'a deeper one would leave 3 days in a row or more without training' : 'every session is at its minimum'}; more is the coach's call`}.${todayLeft(today, athlete)}`;
  return suggestion(
    'CURRENT_WEEK_LOAD',
    plan,
    text,
    {
      rampPct: Math.round(ramp * 10) / 10,
      twoWeekPct: two === null ? null : Math.round(two * 10) / 10,
      weekLoad: Math.round(weekLoad),
      weekLoadAfter: Math.round(weekLoadAfter),
      rampPctAfter: Math.round(rampAfter * 10) / 10,
      twoWeekPctAfter: twoAfter === null ? null : Math.round(twoAfter * 10) / 10,
      withinLimits: within,
      keyKept: keyWhole.length === keyIds.length ? keyIds.length : 0,
      stoppedBy: within ? null : stop,
      planMinutes: before,
      planMinutesAfter: afterMinutes,
      weekMinutes: week.before,
      weekMinutesAfter: week.after,
      remainingSessions: later.length + today.length,
      leftToday: today.length,
      // Later in the week: the minutes logged so far (in `weekMinutes`), and whether too little of it is left.
      ...(midweek ? { weekLoggedMinutes: doneMinutes, tooLittleLeft: tooLittle } : {}),
    },
    changes,
    after,
    week.before,
    week,
    strong ? 'URGENT' : 'ATTENTION',
  );
}

/** This week's long run still to come that the load-spike cut (`CURRENT_WEEK_LONG_RUN`) cuts, and to what. */
export interface SpikeLongRunCut {
  readonly session: PlannedSession;
  readonly to: number;
}

/** The load-spike long-run cut among a review's current-week suggestions, as the session it cuts and its minutes. */
export function spikeLongRunCut(
  current: readonly Suggestion[],
  plan: WeekPlan | undefined,
): SpikeLongRunCut | undefined {
  const c = current.find((x) => x.kind === 'CURRENT_WEEK_LONG_RUN');
  const change = c?.changes[0];
  const to = c?.evidence.longRunMinutesAfter;
  if (plan === undefined || change === undefined || change.type !== 'SCALE_VOLUME' || typeof to !== 'number')
    return undefined;
  const id = change.sessionIds?.[0];
  const session = plan.sessions.find((x) => x.id === id);
  return session === undefined ? undefined : { session, to };
}

/**
 * This week's load (`Metrics.weeks[0]`, its days to come as planned) with its long run still to come at `to` min
 * instead of as planned, and the ramp on the same reference as `rampPct` (`rampReferenceLoad`); null without one.
 * The current-week long-run cut and the load-spike warning both quote it.
 */
export function spikeLongRunLoad(
  m: Metrics,
  long: PlannedSession,
  to: number,
  zoneRpe: ReadonlyMap<string, number> | undefined,
): { weekLoad: number; weekLoadAfter: number; rampPctAfter: number | null } {
  const weekLoad = m.weeks.length > 0 ? m.weeks[0].load : 0;
  const weekLoadAfter =
    weekLoad - plannedSessionLoad(long, zoneRpe) + plannedSessionLoad({ ...long, minutes: to }, zoneRpe);
  const ref = m.rampPct.value === null ? 0 : rampReferenceLoad(m.weeks);
  return { weekLoad, weekLoadAfter, rampPctAfter: ref > 0 ? (weekLoadAfter / ref - 1) * 100 : null };
}

/**
 * The red cut's order as it applies to the days it cuts, in words: only the kinds of session they hold, the long
 * run named only when the cut takes it ("the long run first (as far as half of it, 75 min: …), then the easy runs,
 * then the easy cross-training (low impact, so kept before the running)"; "… and the quality sessions last" only
 * when a quality session is left after the hard runs were eased). The dose is `redCutLongRunDose`, the cut's own.
 */
function cutOrderWords(
  eased: WeekPlan,
  remaining: readonly PlannedSession[],
  long: PlannedSession | null,
  longCut: boolean,
  longRace: boolean,
  minRunMinutes: number,
  zoneRpe: ReadonlyMap<string, number> | undefined,
): string {
  const ids = new Set(remaining.map((s) => s.id));
  let easyRuns = false;
  let easyOther = false;
  let key = false;
  let quality = false;
  let strength = false;
  // Easy runs as long as the long run or longer: the red cut brings them down with it (`FitRequest.redCut`).
  const asLong: PlannedSession[] = [];
  for (const s of eased.sessions) {
    if (!ids.has(s.id) || (long !== null && s.id === long.id)) continue;
    const tier = cutTier(s, zoneRpe);
    if (tier === 0 && s.kind === 'RUN' && long !== null && s.minutes >= long.minutes) asLong.push(s);
    if (tier === 0) easyRuns = true;
    else if (tier === 1) easyOther = true;
    else if (tier >= 3) key = true;
    else if (s.kind === 'STRENGTH') strength = true;
    else quality = true;
  }
  const parts: string[] = [];
  if (longCut && long !== null) {
    const dose = redCutLongRunDose(long, longRace, minRunMinutes, zoneRpe);
    parts.push(
      `the long run first${asLong.length > 0 ? `, with ${andList(asLong.map(called))}, as long or longer` : ''} (as far as ${dose.half ? `half of ${asLong.length > 0 ? 'the long run' : 'it'}` : `${asLong.length > 0 ? "the long run's" : 'its'} down-week dose`}, ${min(dose.minutes)}: after two weeks of red readiness it is the session that costs the most recovery${dose.half ? '' : longRace ? ', and a marathon build keeps 80 % of it' : ''})`,
    );
  }
  if (easyRuns) parts.push(parts.length === 0 ? 'the easy runs first' : 'then the easy runs');
  if (easyOther)
    parts.push(
      `${parts.length === 0 ? 'the easy cross-training first' : 'then the easy cross-training'}${easyRuns ? ' (low impact, so kept before the running)' : ''}`,
    );
  // What the cut takes last, of what the days hold: key sessions (the long run among them when it is not cut),
  // else the quality sessions, else strength.
  const last =
    key || (!longCut && long !== null)
      ? 'the key sessions'
      : quality
        ? strength
          ? 'the quality and strength sessions'
          : 'the quality sessions'
        : strength
          ? 'strength'
          : null;
  if (last !== null) parts.push(parts.length > 0 ? `${last} last` : last);
  if (parts.length === 0) return 'the sessions left';
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')}${parts[parts.length - 1].startsWith('then ') ? ', ' : ' and '}${parts[parts.length - 1]}`;
}

/** Current-week suggestions go right after the suggestions at least as severe (the next-week cause first). */
export function withCurrentWeek(suggestions: Suggestion[], current: readonly Suggestion[]): Suggestion[] {
  if (!current.length) return suggestions;
  const out = suggestions.slice();
  for (const c of current) {
    let i = 0;
    while (i < out.length && SEVERITY_RANK[out[i].severity] <= SEVERITY_RANK[c.severity]) i++;
    out.splice(i, 0, c);
  }
  return out;
}

/** The longest of this week's long runs still to come (`longRunLike`), or null. */
function longestLongRun(remaining: readonly PlannedSession[]): PlannedSession | null {
  let long: PlannedSession | null = null;
  for (const s of remaining) if (longRunLike(s) && (long === null || s.minutes > long.minutes)) long = s;
  return long;
}
