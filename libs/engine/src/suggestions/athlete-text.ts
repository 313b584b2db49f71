/**
 * What the athlete reads of a suggestion their coach shares: 1–3 short sentences in the second person, in
 * plain words, without rule citations, ids or the coach's instructions ("talk with …"). It says what changes
 * in their week and why, with the numbers that matter to them.
 *
 * One source of truth for numbers: the "why" reads the suggestion's own evidence (the numbers its coach
 * rationale is built from) and the "what" reads the plan its changes produce (the apply step's own result,
 * passed in when the caller has it). Nothing here re-derives a metric. Plain string building: no regex.
 */
import { applyChanges } from '../adaptation/apply-suggestion';
import { mondayOf, shortDayName, toDayNumber, weekdayName } from '../dates/local-date';
import { ONE_QUALITY_RUNS, planMinutes, raceMinutes } from '../planning/plan-measures';
import { LATER_RACE_LEADS_SHARE } from '../planning/long-run';
import type { Evidence, PlanChange, PlannedSession, SuggestionKind, WeekPlan } from '../types';
import { andList, phaseWords, plural, sessionPurpose, words } from './format';

/** What the athlete text of one suggestion is built from. */
export interface AthleteTextInput {
  readonly kind: SuggestionKind;
  /** The coach's text: the athlete's says the plan's minutes before the change only when this one does. */
  readonly rationale: string;
  readonly evidence: Evidence;
  readonly changes: readonly PlanChange[];
  /** The plan the changes apply to (next week's, or this week's for a current-week suggestion). */
  readonly plan: WeekPlan | undefined;
  /** The plan with `changes` applied, when the caller has it already (else it is applied here). */
  readonly after?: WeekPlan;
  /** Minutes another suggestion (a life event's) takes off the same plan: then it does not "stay as planned". */
  readonly othersCut?: number;
  /**
   * The week the head states, when it is not the plan after `changes` alone: the minutes with another
   * suggestion's changes too (the volume decision's beside a life event's caps: the week both leave); null for
   * no figure at all (the other suggestion's text states the week both leave), so the athlete reads one.
   */
  readonly weekMinutes?: number | null;
  /**
   * The days another suggestion shortens in `weekMinutes` ("Tuesday, Wednesday and Thursday"), when that week counts
   * them (the life event's caps): the head says so ("about 365 min with Tuesday, Wednesday and Thursday shortened to
   * the time you have"), true of the plan the change produces only with that suggestion's changes too.
   */
  readonly weekShortened?: string;
  /**
   * Minutes the coach's text is known to state ("450 min", built with `min`), when its caller knows one: the
   * figure then needs no search of the text (searching copies the whole text into one string first).
   */
  readonly stated?: number;
  /** `planMinutes` of `plan` and of `after`, when the caller has counted them (else they are counted here). */
  readonly planMinutes?: number;
  readonly afterMinutes?: number;
  /**
   * The racing in `planMinutes` and `afterMinutes` when they are not the plans' own (this week's, done so far and
   * still to come: a race already run as logged, one not run as none); else the plans' races are left out.
   */
  readonly raceMinutes?: number;
  /**
   * The non-key quality the change drops rather than easy runs in a week of few runs (`FitResult.oneQuality`): the
   * athlete reads why ("Thursday's tempo goes rather than Monday's and Wednesday's easy runs: …").
   */
  /**
   * What the weeks after the base week were, when the base is one week (`Evidence.baseWeekOf`): "your last week that
   * was not a planned cutback" (a race week, or a drop of 25 % or more in training load on the three weeks before
   * it): the head names the base week by them. Kasper had read "your last week without a cutback or a drop in
   * training" of a week done at 61 % of its plan, 21 % under the minutes of the three weeks before it.
   */
  readonly baseWeekWords?: string;
  readonly oneQuality?: {
    readonly dropped: readonly PlannedSession[];
    readonly others: readonly PlannedSession[];
    readonly runs: number;
    readonly easy: readonly PlannedSession[];
  };
}

// Evidence fields are read by name at each use (`numOf(e.rampPct)`), not through one `e[key]` helper: each
// kind's evidence has its own shape, and a single keyed load shared by every kind was megamorphic.
type EvidenceValue = Evidence[string] | undefined;
function numOf(v: EvidenceValue): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function strOf(v: EvidenceValue): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null;
}
/** A comma-separated evidence list (`"fatigue,mood"`), empty when there is none. */
function strsOf(v: EvidenceValue): string[] {
  const s = strOf(v);
  return s === null ? [] : s.split(',');
}

/** `andList` of a comma-separated list ("Monday,Friday" → "Monday and Friday"), without splitting it. */
function andListOfCsv(csv: string): string {
  const last = csv.lastIndexOf(',');
  if (last < 0) return csv;
  return `${csv.slice(0, last).replaceAll(',', ', ')} and ${csv.slice(last + 1)}`;
}

function capitalise(t: string): string {
  if (t.length === 0) return t;
  const c = t.charCodeAt(0);
  // 'a'–'z' without the locale-aware `toUpperCase` (every text here starts with one); others as it has them.
  if (c >= 97 && c <= 122) return String.fromCharCode(c - 32) + t.slice(1);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** A text as it starts a sentence (`capital`) or goes on one. */
/**
 * "this week to about 520 min" on the week's first day; later in the week, "the rest of this week, to about 520 min
 * for the whole week (the 75 min you have logged so far included)": the trim changes only the days after today, and
 * the week's minutes count what is logged so far (`thisWeekLogged`).
 */
function trimmedWeek(e: Evidence, trimmed: number): string {
  const done = numOf(e.thisWeekLogged);
  if (done === null) return `this week to about ${trimmed} min`;
  return `the rest of this week, to about ${trimmed} min for the whole week (${done > 0 ? `the ${done} min you have logged so far included` : 'nothing logged so far'})`;
}

function lead(capital: boolean, t: string): string {
  return capital ? capitalise(t) : t;
}

/** `whatOf` by purpose, memoised: a handful of purposes recur across reviews (bounded like `words`). */
const WHAT_OF = new Map<string, string>();

/** "hill repeats" from "Hill repeats: strong and tall uphill…": what the session is called, lower case. */
function sessionWhat(s: PlannedSession): string {
  const p = s.purpose;
  let what = WHAT_OF.get(p);
  if (what === undefined) {
    what = whatOf(p);
    if (WHAT_OF.size < 1000) WHAT_OF.set(p, what);
  }
  if (what.length > 0) return what;
  return s.kind === 'CROSS_TRAINING' ? 'cross-training' : s.kind.toLowerCase();
}

/** A purpose's text (`sessionPurpose`: a week's head left out) before its first ':', '.' or '(', trimmed and in lower case ('' when there is none). */
function whatOf(purpose: string): string {
  const p = sessionPurpose(purpose);
  let end = p.length;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    // ':' '.' '('
    if (c === 58 || c === 46 || c === 40) {
      end = i;
      break;
    }
  }
  return p.slice(0, end).trim().toLowerCase();
}

/** "Tuesday's hill repeats". */
function called(s: PlannedSession): string {
  return `${weekdayName(s.day)}'s ${sessionWhat(s)}`;
}

/** "Monday–Wednesday" for consecutive days, else "Monday, Wednesday and Friday". */
function dayRange(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  let consecutive = sorted.length > 2;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1] + 1) consecutive = false;
  return consecutive
    ? `${weekdayName(sorted[0])}–${weekdayName(sorted[sorted.length - 1])}`
    : andList(sorted.map((d) => weekdayName(d)));
}

function isEasyEffort(s: PlannedSession): boolean {
  if (s.intervals !== undefined) return false;
  return s.effort.type === 'RPE' ? s.effort.value <= 4 : s.effort.value <= 2;
}

/**
 * "Wednesday's easy run is shorter", "the other sessions are shorter" (every other one), "3 other sessions are
 * longer": sessions whose minutes changed, named when there are up to three (only then are names built).
 */
function lengthText(
  sessions: readonly PlannedSession[],
  how: string,
  others: boolean,
  rest: number,
): string | null {
  const k = sessions.length;
  if (k === 0) return null;
  if (k === 1) return `${called(sessions[0])} is ${how}`;
  if (k === 2) return `${called(sessions[0])} and ${called(sessions[1])} are ${how}`;
  if (k === 3) return `${called(sessions[0])}, ${called(sessions[1])} and ${called(sessions[2])} are ${how}`;
  if (rest === 0) return others ? `the other sessions are ${how}` : `Every session is ${how}`;
  return `${k} ${others ? 'other ' : ''}sessions are ${how}`;
}

/** What the changes do to the plan, as the applied plan has it. */
interface Diff {
  /** Minutes of training (races aside) before and after the change. */
  readonly before: number;
  readonly after: number;
  /** The plan holds a race (its minutes are not training and not in `before`/`after`). */
  readonly race: boolean;
  readonly details: string[];
}

/**
 * The session of `plan` with this id, or undefined; looked for first at `at`, where it is when the change kept
 * the plan's order (a plan's ids are unique: comparing equal-length ids one by one is what costs here).
 */
function sessionById(plan: WeekPlan, id: string, at: number): PlannedSession | undefined {
  const xs = plan.sessions;
  if (at < xs.length && xs[at].id === id) return xs[at];
  for (const x of xs) if (x.id === id) return x;
  return undefined;
}

function diffOf(
  plan: WeekPlan,
  after: WeekPlan,
  changes: readonly PlanChange[],
  planTotal: number | undefined,
  afterTotal: number | undefined,
  /** The racing in `planTotal` and `afterTotal` (`AthleteTextInput.raceMinutes`), else the plans' races. */
  raceTotal: number | undefined,
  oneQuality?: AthleteTextInput['oneQuality'],
): Diff {
  const restDays: number[] = [];
  for (const c of changes) if (c.type === 'INSERT_REST_DAYS') for (const d of c.days) restDays.push(d);
  const dropped: string[] = [];
  const eased: string[] = [];
  const easedOther: string[] = [];
  const moved: string[] = [];
  // Sessions shorter or longer: named only when there are few enough to name (`lengthText`).
  const shorter: PlannedSession[] = [];
  const longer: PlannedSession[] = [];
  const shakeOut: string[] = [];
  const grown: string[] = [];
  // The weekdays the first shake-out and the first grown session are on (see `leadDay` below).
  let shakeOutDay = -1;
  let grownDay = -1;
  // Sessions the change leaves as they were (their length, not counting those eased or moved).
  let unchanged = 0;
  for (let i = 0; i < plan.sessions.length; i++) {
    const s = plan.sessions[i];
    const kind = s.kind;
    if (kind === 'REST') continue;
    // A session the change left alone is the same object in the applied plan (no field to compare).
    if (i < after.sessions.length && after.sessions[i] === s) {
      if (kind !== 'RACE') unchanged++;
      continue;
    }
    const a = sessionById(after, s.id, i);
    if (a === undefined) {
      if (!restDays.includes(s.day)) dropped.push(called(s));
      continue;
    }
    let named = false;
    // A session made a shake-out before a race says so ("Sunday's long run becomes a 20-min easy shake-out"):
    // "shorter" undersold the day before a marathon (coach read 2).
    if (a.purpose !== s.purpose && a.purpose.startsWith('Shake-out')) {
      if (shakeOut.length === 0) shakeOutDay = s.day;
      shakeOut.push(`${called(s)} becomes a ${a.minutes}-min easy shake-out`);
      continue;
    }
    if (a.day !== s.day) {
      moved.push(`${called(s)} to ${weekdayName(a.day)}`);
      named = true;
    }
    // A key session made an ordinary easy one is eased too, its effort easy already (Lea's long run at RPE 4 made a
    // 30-min "Easy run (no free day for the long run this week)" had read "Sunday's long run is shorter"); a run eased
    // and shortened says by how much (her race-specific 75 → 20 min had not been said).
    const unkeyed =
      s.key === true && a.key !== true && a.purpose !== s.purpose && a.purpose.startsWith('Easy');
    if ((a.effort !== s.effort && isEasyEffort(a) && !isEasyEffort(s)) || unkeyed) {
      // A ride or a swim made easy stays a ride or a swim: never "you run … as an easy run".
      if (s.kind === 'RUN')
        eased.push(a.minutes !== s.minutes ? `${called(s)} (${s.minutes} → ${a.minutes} min)` : called(s));
      else easedOther.push(called(s));
      named = true;
    }
    if (named) continue;
    // A session that grows by half or more says by how much (Kasper's long run 45 → 90 min had read "4 sessions
    // are longer").
    if (a.minutes >= s.minutes * 1.5 && a.minutes - s.minutes >= 15) {
      if (grown.length === 0) grownDay = s.day;
      grown.push(`${called(s)} grows ${s.minutes} → ${a.minutes} min`);
    } else if (a.minutes < s.minutes) shorter.push(s);
    else if (a.minutes > s.minutes) longer.push(s);
    else if (kind !== 'RACE') unchanged++;
  }
  const added: string[] = [];
  for (let i = 0; i < after.sessions.length; i++) {
    const a = after.sessions[i];
    if ((i < plan.sessions.length && plan.sessions[i] === a) || a.kind === 'REST') continue;
    const s = sessionById(plan, a.id, i);
    if (s !== undefined && s.kind !== 'REST') continue;
    added.push(
      `an easy ${a.kind === 'RUN' ? 'run' : sessionWhat(a)} of ${a.minutes} min on ${weekdayName(a.day)}`,
    );
  }
  // The first detail opens a sentence (`athleteText` joins them): each is written with its first letter as it reads
  // there, rather than capitalised after it is built (a text built by concatenation is copied flat to read its first
  // character). Those that start with a weekday's name start capitalised; `leadDay` is that day (null: the first
  // detail starts with no day), for the one case where `weekdayName` writes no name (a day outside 0–6, -1 among
  // them: "day -1", written "Day -1" where it opens the sentence).
  const details: string[] = [];
  let leadDay: number | null = null;
  if (restDays.length > 0) {
    let first = restDays[0];
    for (const d of restDays) if (d < first) first = d;
    leadDay = first;
    details.push(`${dayRange(restDays)} ${restDays.length === 1 ? 'is a rest day' : 'are rest days'}`);
  }
  if (eased.length > 0)
    details.push(
      `${details.length === 0 ? 'You' : 'you'} run ${andList(eased)} as ${eased.length === 1 ? 'an easy run' : 'easy runs'}`,
    );
  if (easedOther.length > 0)
    details.push(`${details.length === 0 ? 'You' : 'you'} take ${andList(easedOther)} easy`);
  if (shakeOut.length > 0) {
    if (details.length === 0) leadDay = shakeOutDay;
    details.push(andList(shakeOut));
  }
  if (dropped.length > 0)
    details.push(
      `${details.length === 0 ? 'You' : 'you'} skip ${andList(dropped)}${oneQualityWhy(oneQuality, after, dropped.length)}`,
    );
  if (moved.length > 0) details.push(`${details.length === 0 ? 'You' : 'you'} move ${andList(moved)}`);
  if (added.length > 0) details.push(`${details.length === 0 ? 'You' : 'you'} add ${andList(added)}`);
  if (grown.length > 0) {
    if (details.length === 0) leadDay = grownDay;
    details.push(andList(grown));
  }
  if (details.length < 3) {
    if (details.length === 0 && shorter.length > 0 && shorter.length <= 3) leadDay = shorter[0].day;
    const lengths = lengthText(shorter, 'shorter', details.length > 0, unchanged + longer.length);
    if (lengths !== null) details.push(lengths);
  }
  if (details.length < 3) {
    if (details.length === 0 && longer.length > 0 && longer.length <= 3) leadDay = longer[0].day;
    const lengths = lengthText(longer, 'longer', details.length > 0, unchanged + shorter.length);
    if (lengths !== null) details.push(lengths);
  }
  if (details.length > 0 && leadDay !== null && !(leadDay >= 0 && leadDay <= 6))
    details[0] = capitalise(details[0]);
  const race = raceTotal ?? raceMinutes(plan);
  return {
    before: (planTotal ?? planMinutes(plan)) - race,
    after: (afterTotal ?? planMinutes(after)) - (raceTotal ?? raceMinutes(after)),
    race: race > 0,
    details: details.length > 3 ? details.slice(0, 3) : details,
  };
}

/**
 * How near the usual week a build's week may be and still be no step on it: under +5 % (ours). Maya's build, 390 min
 * against her usual 387 (+1 %), had read "Your week grows by a small, safe step on what you have been doing".
 */
const CLOSE_TO_USUAL = 0.05;

/** Whether a build's week of `week` min is within `CLOSE_TO_USUAL` of the usual week (`usual`, above or below it). */
function closeToUsual(week: number, usual: number): boolean {
  return usual > 0 && Math.abs(week - usual) < CLOSE_TO_USUAL * usual;
}

/**
 * The readiness markers a recovery suggestion rests on, in the athlete's words. `checkSaid`: the medical check's
 * sentence before it states the HRV's days below the range and the check-ins' decline (`withoutCheckMarkers`), so
 * they are not said again.
 */
function readinessWhy(e: Evidence, capital: boolean, checkSaid = false): string {
  const parts: string[] = [];
  // A current-week cut carries the days as `lowReadinessDays` (the HRV 7-day mean's days below its band).
  const days = numOf(e.hrvDaysBelow) ?? numOf(e.lowReadinessDays) ?? 0;
  // (Not an HRV mean at the edge of its band: the coach's text says it does not count as low.)
  if (!checkSaid && e.hrvAtEdge !== true && (e.hrvClearlyLow === true || days > 0)) {
    parts.push(
      days >= 2
        ? `your HRV has been below your usual range for ${days} days`
        : 'your HRV is below your usual range',
    );
  }
  const w = numOf(e.wellnessComposite);
  if (w !== null && w <= -1) parts.push('your check-ins show you are more tired or stressed than usual');
  const declined = strsOf(e.declineItems);
  const declineDays = numOf(e.declineDays);
  if (!checkSaid && declined.length > 0 && declineDays !== null) {
    parts.push(
      `your ${andList(declined)} ${declined.length === 1 ? 'score has' : 'scores have'} been worse than usual for the last ${declineDays} days`,
    );
  }
  const drift = numOf(e.rpeDrift);
  if (drift !== null && drift > 0) parts.push('sessions feel harder than usual');
  // Nothing left that the check's sentence has not said: only what to tell the coach.
  if (parts.length === 0 && checkSaid)
    return `${capital ? 'Tell' : 'tell'} your coach ${askWords(strsOf(e.askItems))}`;
  if (parts.length === 0)
    parts.push(
      strOf(e.persistentItem) !== null
        ? `your ${strOf(e.persistentItem)} score has been below your usual for several check-ins`
        : 'some of your recent check-in scores are below your usual',
    );
  // (Each part is a short text: capitalising the first copies little.)
  if (capital) parts[0] = capitalise(parts[0]);
  const ctx = strOf(e.explainedBy);
  const ctxWords =
    ctx === 'ILLNESS'
      ? 'your recent illness'
      : ctx === 'TRAVEL'
        ? 'your trip'
        : ctx === 'WORK_STRESS'
          ? 'a stressful time at work'
          : ctx === 'FAMILY'
            ? 'a busy time at home'
            : null;
  // The athlete is asked about what the coach's text asks about (`askItems`): the items out of line, else sleep and
  // stress.
  return `${andList(parts)}${ctxWords !== null ? ` (most likely ${ctxWords})` : ''}; tell your coach ${askWords(strsOf(e.askItems))}`;
}

/** A re-entry week's words to the athlete (no session logged since `run`; no final full stop). */
function reentryWords(run: string, capital: boolean, race: string | null): string {
  return `${capital ? 'We' : 'we'} see no sessions logged since ${run}, so until we hear from you it is an easy re-entry week${race === null ? ' with no hard sessions' : ` (run your race on ${race} easy, as a training run, or skip it)`}: after a break, training comes back step by step. If you have been training without logging, tell your coach and your plan can go back to what it was`;
}

/**
 * The athlete's sentence of a medical check (`MedicalCheck`), plain and with no alarm, with the numbers the coach
 * reads: "Your HRV has been below your usual range for 15 days and your fatigue, mood, sleep quality and soreness
 * scores worse than usual for the last 14 days, so it is worth seeing a doctor to rule out an illness behind it."
 * The recovery suggestion that carries it does not say them again (`withoutCheckMarkers`).
 */
export function medicalCheckAthlete(
  hrvDays: number,
  declineDays: number,
  items: readonly string[],
  /** A training-load pattern behind it (`MedicalLoad`): named as the likeliest cause, the doctor ruling out others. */
  load: {
    readonly weeksSinceDown: number;
    readonly fromWeek: string;
    readonly toWeek: string;
    readonly fromMinutes: number;
    readonly toMinutes: number;
  } | null = null,
): string {
  const signs = `Your HRV has been below your usual range for ${hrvDays} days and your ${andList(items)} ${items.length === 1 ? 'score' : 'scores'} worse than usual for the last ${declineDays} days`;
  if (load === null) return `${signs}, so it is worth seeing a doctor to rule out an illness behind it.`;
  const minutes =
    load.fromWeek === load.toWeek
      ? ''
      : ` (from ${load.fromMinutes} min a week to ${load.toMinutes} min this week)`;
  return `${signs}. The likeliest cause is your training: ${load.weeksSinceDown} weeks of building with no lighter week${minutes}, so your training steps back now; it is still worth seeing a doctor to rule out other causes, such as an illness.`;
}

/**
 * A recovery suggestion's athlete text (`kind`, its `evidence`) with the markers the medical check's sentence states
 * (`medicalCheckAthlete`: the HRV below its range, the check-ins' decline) left out of its why, which is said once,
 * by the check (coach read of Jonas: "Your HRV has been low …" then "Your HRV has been below your usual range for 15
 * days …" in one text). The why is the one `athleteText` wrote from the same evidence; a text without it, or of
 * another kind, is returned as it is.
 */
export function withoutCheckMarkers(text: string, kind: SuggestionKind, e: Evidence): string {
  if (kind !== 'RECOVERY_DOWN_WEEK' && kind !== 'RECOVERY_HOLD' && kind !== 'CURRENT_WEEK_RECOVERY')
    return text;
  for (const capital of [true, false]) {
    const full = readinessWhy(e, capital);
    const at = text.indexOf(full);
    if (at >= 0)
      return `${text.slice(0, at)}${readinessWhy(e, capital, true)}${text.slice(at + full.length)}`;
  }
  return text;
}

/** Whether `text` states `minutes` as a figure ("625 min" or "625 → …", not within "1625 min"). */
function states(text: string, minutes: number): boolean {
  const f = String(minutes);
  for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
    const p = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (p >= 48 && p <= 57) continue;
    const rest = text.slice(i + f.length, i + f.length + 4);
    if (rest === ' min' || rest.startsWith(' →')) return true;
  }
  return false;
}

/**
 * The head of a text with a change: "Next week is a lighter week: about 320 min instead of 625 min". The
 * minutes before the change are said only when the coach text states them too (both texts tell one story).
 */
function head(
  kind: SuggestionKind,
  rationale: string,
  stated: number | undefined,
  d: Diff,
  e: Evidence,
  shortened?: string,
  baseWeek = 'your last week without a cutback',
  nextWeek?: string,
  /** Minutes another suggestion (a life event's caps) takes off the same plan, not in `d.after` (see `othersCut`). */
  othersCut = 0,
): string | null {
  const { before, after } = d;
  if (after === before) return null;
  const shorter = shortened === undefined ? '' : ` with ${shortened} shortened to the time you have`;
  const current =
    kind === 'CURRENT_WEEK_ILLNESS' ||
    kind === 'CURRENT_WEEK_RECOVERY' ||
    kind === 'CURRENT_WEEK_LONG_RUN' ||
    kind === 'CURRENT_WEEK_LOAD';
  // This week's published plan is one the athlete has seen: "instead of" it. Next week's draft is the coach's,
  // never seen: the figure to compare with is the athlete's own recent weeks (when the coach text states it).
  const was = current && states(rationale, before) ? ` instead of ${before} min` : '';
  const baseRaw = numOf(e.baseWeeklyMinutes);
  const base = baseRaw === null ? null : Math.round(baseRaw);
  const baseStated = !current && base !== null && base > 0 && (base === stated || states(rationale, base));
  const recent = baseStated
    ? typeof e.baseWeekOf === 'string'
      ? ` (${baseWeek}, that of ${e.baseWeekOf}: ${base} min)`
      : ` (your usual week: about ${base} min)`
    : '';
  const besides = d.race ? ' of training besides your race' : '';
  if (current && after > before) return `This week grows to about ${after} min${besides}${was}`;
  let label: string;
  switch (kind) {
    case 'CURRENT_WEEK_ILLNESS':
    case 'CURRENT_WEEK_RECOVERY':
    case 'CURRENT_WEEK_LONG_RUN':
      return `The rest of this week is lighter: about ${after} min for the whole week${besides}${was}`;
    case 'CURRENT_WEEK_LOAD': {
      // Later in the week, the minutes logged so far are in the week's.
      const done = numOf(e.weekLoggedMinutes);
      const so =
        done === null
          ? ''
          : done > 0
            ? ` (the ${done} min you have logged so far included)`
            : ' (with nothing logged so far)';
      // The plan the athlete sees says other minutes when the days past are not logged as planned: both are said
      // (Ingrid had read "about 230 min (with nothing logged so far) instead of 300 min" beside a plan cut 360 → 290).
      const planBefore = numOf(e.planMinutes);
      const planAfter = numOf(e.planMinutesAfter);
      if (done !== null && planBefore !== null && planAfter !== null && planBefore !== before)
        return done > 0
          ? `The rest of this week is lighter: its plan goes from ${planBefore} to ${planAfter} min; with what you have logged, the week comes to about ${after} min${so}${besides}${was}`
          : `The rest of this week is lighter: its plan goes from ${planBefore} to ${planAfter} min; with nothing logged so far, about ${after} min${besides} of it are still to come from today on${was}`;
      // Only the days after today change (the days past are what they were, today's sessions as planned): "the rest
      // of this week", as the recovery cut says it (the midweek text had read "This week is lighter"); the minutes
      // are the whole week's, and said so where no logged minutes say it.
      return `The rest of this week is lighter: about ${after} min${done === null ? ' for the whole week' : so}${besides}${was}`;
    }
    case 'RECOVERY_DOWN_WEEK':
    case 'SCHEDULED_DOWN_WEEK':
      // Beside a life event's caps that take the rest (its own suggestion), the plan this change leaves alone may be
      // above the usual week: no figure is "lighter" then ("a lighter week: about 290 min (your usual week: about 285
      // min)" had been read beside a trip taking another 95 min); the week both leave is, or it is no lighter week.
      if (othersCut > 0 && base !== null && after >= base) {
        return after - othersCut < base
          ? 'Next week is a lighter week once the days you have less time on are shortened too'
          : `Next week is about ${after} min${besides}${shorter}${recent}`;
      }
      label = 'Next week is a lighter week';
      break;
    case 'TAPER': {
      // A taper that began this week or before: next week is its second week (Lukas's Monday marathon, its taper from
      // this Monday, had read "Next week is your taper").
      const from = strOf(e.taperStart);
      const weeks =
        from === null || nextWeek === undefined
          ? 0
          : Math.floor((toDayNumber(nextWeek) - mondayOf(toDayNumber(from))) / 7);
      // A marathon early next week (`suggestRaceWeekRecovery`): the taper ends with this week, next week is the race
      // and its recovery.
      const raceWeek = from === null && e.easyDays !== undefined;
      label = raceWeek
        ? 'Next week is your race week'
        : weeks > 0
          ? `Next week is the ${weeks === 1 ? 'second' : 'third'} week of your taper`
          : 'Next week is your taper';
      break;
    }
    case 'TRANSITION_AFTER_A_RACE':
    case 'RACE_RECOVERY':
      label = 'Next week is your recovery week';
      break;
    case 'ILLNESS_REST':
    case 'ILLNESS_EASY_ONLY':
    case 'INJURY_CHECK':
      label = 'Next week is lighter while you recover';
      break;
    default: {
      // "Lighter" only when it is lighter than what the athlete has been doing (a trip week that still builds
      // on the recent weeks is not: Tom read "lighter … instead of 450 min", a draft he never saw), and not
      // when it is more than this week: a return after a race's transition grows from this week toward the
      // usual week (Emma read "Next week is lighter: about 215 min" against her 249-min usual week, +22 % on
      // this week's 176 min).
      const thisWeekRaw = numOf(e.lastWeekMinutes);
      const thisWeek = thisWeekRaw === null ? 0 : Math.round(thisWeekRaw);
      // This week's minutes count its sessions still to come as planned: the text says which are logged and which
      // still planned, and with nothing logged and only today's sessions to come it compares with no "this week"
      // (Chloé, on a Sunday with nothing logged since the Sunday before, had read "up from this week's 145 min":
      // that day's long run, not run yet).
      const toComeRaw = numOf(e.thisWeekToComeMinutes);
      const toCome = toComeRaw === null ? 0 : Math.min(thisWeek, Math.round(toComeRaw));
      const logged = thisWeek - toCome;
      const todayOnly = e.thisWeekToComeToday === true;
      if (base !== null && after < base && thisWeek > 0 && logged === 0 && todayOnly) label = 'Next week is';
      else if (base !== null && after < base && thisWeek > 0 && after > thisWeek) {
        if (baseStated && states(rationale, thisWeek)) {
          const usual =
            typeof e.baseWeekOf === 'string'
              ? `${baseWeek} (that of ${e.baseWeekOf}: ${base} min)`
              : `your usual week (about ${base} min)`;
          const when = todayOnly ? 'for today' : 'from today on';
          const split =
            toCome === 0
              ? ''
              : logged === 0
                ? ` (none of it logged yet, all still planned ${when})`
                : ` (${logged} min logged, ${toCome} min still planned ${when})`;
          return `Next week is about ${after} min${besides}${shorter}, up from this week's ${thisWeek} min${split} and still under ${usual}`;
        }
        label = 'Next week is';
      } else label = base !== null && after < base ? 'Next week is lighter' : 'Next week is';
    }
  }
  return `${label}${label.endsWith('is') ? '' : ':'} about ${after} min${besides}${shorter}${recent}`;
}

/** A focus in the athlete's words (a switch: a table looked up by a varying key was a megamorphic load). */
function focusWords(focus: string): string {
  switch (focus) {
    case 'AEROBIC_VOLUME':
      return 'aerobic volume';
    case 'HILLS_STRENGTH':
      return 'hills and strength';
    case 'THRESHOLD':
      return 'threshold running';
    case 'VO2MAX':
      return 'VO2max intervals';
    case 'RACE_SPECIFIC':
      return 'race-specific running';
    case 'RECOVERY':
      return 'recovery';
    default:
      return words(focus);
  }
}

/** Whether a build trims a plan above its range (its evidence's plan above the range's top). */
function trims(e: Evidence): boolean {
  const plan = numOf(e.planMinutes);
  const top = numOf(e.maxMinutes);
  return plan !== null && top !== null && plan > top;
}

/**
 * Why, per kind, from the suggestion's own evidence: a clause in the second person (no full stop), with a
 * capital letter when it starts a sentence (`capital`). Each text is built with its first letter as it is read (a
 * built text capitalised afterwards is first copied into one string, for its first character).
 */
function why(kind: SuggestionKind, e: Evidence, capital: boolean): string {
  switch (kind) {
    case 'ILLNESS_REST': {
      // The return as the plan holds it (the suggestion's own evidence: its first days' minutes, what it builds to).
      const days = strOf(e.returnFirstDays);
      const minutes = strOf(e.returnFirstMinutes);
      const to = numOf(e.returnBuildsTo);
      const by = strOf(e.returnBuildsBy);
      const back =
        days !== null && minutes !== null
          ? `short easy ${e.returnFirstRuns === true ? 'runs' : 'sessions'} (${minutes} min) on ${days}${to !== null && by !== null ? `, building to ${to} min by ${by} if you stay free of symptoms` : ''}`
          : 'short easy runs over several days';
      return lead(
        capital,
        `with a fever or symptoms below the neck, you rest until you have been free of symptoms and fever for 24 hours, then come back with ${back}`,
      );
    }
    case 'ILLNESS_EASY_ONLY':
      return lead(
        capital,
        'with a cold above the neck, you run easy only, no intervals; if it moves to your chest or you get a fever, stop and rest',
      );
    case 'INJURY_CHECK':
      return lead(
        capital,
        'with the injury you reported, there are no hard sessions until it has been checked, and you run easy only if it is pain-free',
      );
    case 'CURRENT_WEEK_ILLNESS': {
      // A fever's rest that goes on into next week: no run this week, and the days next week's plan rests too.
      const into = numOf(e.restIntoNextWeek);
      return lead(
        capital,
        into === null
          ? 'you are ill, so the rest of this week is about getting well: rest first, then only short easy runs'
          : `you are ill, so you rest for the rest of this week and ${into >= 6 ? 'all of next week' : `next week through ${weekdayName(into)}`}, until you have been free of fever for 24 hours; then you come back with short easy runs`,
      );
    }
    case 'CURRENT_WEEK_LONG_RUN':
      return lead(
        capital,
        `your training load is rising quickly this week, so your long run grows from the longest long run you have run ${e.sinceIllness !== null && e.sinceIllness !== undefined ? 'since you were ill' : 'lately'}${numOf(e.longerQualityMinutes) !== null ? ` (your ${numOf(e.longerQualityMinutes)}-min session was a different kind of session, so the step counts from your long runs)` : ''}, one small step at a time`,
      );
    case 'CURRENT_WEEK_LOAD':
      return lead(
        capital,
        `this week's plan would raise your training load quickly, and a rise that fast goes with more running injuries, so it is trimmed${numOf(e.keyKept) ? ' and your key sessions stay as planned' : ''}`,
      );
    case 'LIFE_CONTEXT_REDUCTION':
    case 'LIFE_CONTEXT_RESCHEDULE': {
      const days = strOf(e.affectedDays);
      const list = days === null ? null : andListOfCsv(days);
      const cap = numOf(e.capMinutesPerDay);
      const fixed = e.keptShare === null && cap !== null;
      return list === null
        ? lead(capital, 'your week has less time than usual, so the plan fits the time you have')
        : `${capital ? 'You' : 'you'} have less time on ${list}${fixed ? ` (about ${cap} min a day)` : ''}, so those days fit the time you have`;
    }
    case 'RECOVERY_DOWN_WEEK':
    case 'CURRENT_WEEK_RECOVERY':
      return readinessWhy(e, capital);
    case 'RECOVERY_HOLD': {
      // A graded return that is a re-entry week too (nothing logged since `lastSessionDate`): the athlete reads why.
      const run = strOf(e.lastSessionDate);
      return run === null
        ? readinessWhy(e, capital)
        : `${readinessWhy(e, capital)}. ${reentryWords(run, true, strOf(e.reentryRaceDate))}`;
    }
    case 'SCHEDULED_DOWN_WEEK': {
      const w = numOf(e.weeksSinceDownWeek);
      return `${capital ? 'After' : 'after'} ${w !== null ? `${plural(w, 'week')} of building` : 'several weeks of building'}, an easier week lets your body absorb the training`;
    }
    case 'BUILD':
      // Only what the build rests on: the step, not a verdict on the weeks ("went well" had gone to athletes whose
      // plans were not done, or whose build waited for their answer on a low check-in). A build that trims a plan
      // above its range does not "grow" the week the athlete gets: it sizes it (Kasper: 380 → 250 min).
      // A plan made a down week that the build takes back says so (Kasper's planned down week 255 → 350 min had read
      // only "your week grows by a small, safe step").
      return trims(e)
        ? lead(capital, 'it is sized to what you have been managing lately, with a small, safe step on it')
        : e.planDownWeek === true
          ? lead(
              capital,
              'the down week in your plan is not due yet (you had one recently), so next week is a build week instead: it grows by a small, safe step on what you have been doing',
            )
          : lead(capital, 'your week grows by a small, safe step on what you have been doing');
    case 'CAUTIOUS_HOLD': {
      // A re-entry week after days with no session logged and no word (the coach's text says why, and that the
      // plan comes back if the athlete trained without logging).
      const run = strOf(e.lastSessionDate);
      return run !== null
        ? reentryWords(run, capital, strOf(e.reentryRaceDate))
        : e.gradedReturn === true
          ? // A return graded up from this week (after a race's transition or an illness) grows: it does not "hold".
            lead(
              capital,
              'your week steps back up gradually rather than all at once, to be on the safe side for now',
            )
          : lead(capital, 'your week holds rather than builds, to be on the safe side for now');
    }
    case 'BASELINE_HOLD':
      // With nothing logged yet there is nothing "you have been doing": the week starts from the intake's usual week,
      // or gently within the time given (Kari, new, had read "stays close to what you have been doing").
      return lead(
        capital,
        numOf(e.historyDays) !== 0
          ? 'we are still learning what your normal training looks like, so next week stays close to what you have been doing; daily check-ins help'
          : strOf(e.noHistoryStart) === 'INTAKE'
            ? 'we have no training of yours logged yet, so next week starts from the usual week you gave us in your questionnaire; logging your sessions and daily check-ins helps us learn your normal training'
            : 'we have no training of yours logged yet, so next week starts gently, within the time you have; logging your sessions and daily check-ins helps us learn your normal training',
      );
    case 'LOAD_SPIKE_WARNING': {
      const ramp = numOf(e.rampPct);
      // No percentage: the coach's figure may rest on a few weeks around a break (Ingrid's +39 % was +25 % on her
      // usual weeks, +14 % with this Sunday's long run cut), which the coach text explains and a sentence to the
      // athlete cannot.
      // Most of the week still to come (a review early in the week): the rise is the plan's, not training done.
      const toCome = numOf(e.daysToCome) ?? 0;
      const rise =
        toCome >= 4 && e.toComeAsPlanned === true
          ? `${capital ? 'This' : 'this'} week's plan raises your training load quickly`
          : `${capital ? 'Your' : 'your'} training load ${toCome > 0 ? 'is rising' : 'rose'} quickly${ramp !== null && ramp > 0 ? ' this week' : ''}`;
      // This week trimmed by the current-week suggestion (a spike read on its first day): said, with its minutes.
      const trimmed = numOf(e.thisWeekTrimmedTo);
      if (trimmed !== null)
        // Next week's hold is the decision, whether the coach applies the trim or not: said as the coach text says it
        // ("Hold next week"), not as a condition on the trim (coach read, Sofia: "if it stays as planned, next week
        // holds" beside a coach text holding next week unconditionally).
        return `${rise}, and a rise that fast goes with more running injuries, so your coach may trim ${trimmedWeek(e, trimmed)}${strOf(e.lowerBy) !== null ? '' : e.thisWeekTrimWithin === true ? ', and next week holds instead of building' : ', and next week holds instead of building either way'}`;
      // Next week held by this warning, or kept lower by another decision (a down week: its own text says so).
      return `${rise}, and a rise that fast goes with more running injuries${strOf(e.lowerBy) === null ? ', so next week holds instead of building' : ''}`;
    }
    case 'BACKWARD_DESIGN_WARNING':
      // The athlete never saw the draft: what they read is how next week is sized, and the question the coach has
      // when earlier plans were not done (Kasper, Tom).
      return lead(
        capital,
        e.plansNotDone === true
          ? 'next week is sized from what you have been doing lately, not from your goal; the last plans did not fit your weeks, so tell your coach how much time you really have'
          : 'next week is sized from what you have been doing lately, not from your goal',
      );
    case 'PLANS_NOT_DONE': {
      // The true count (coach read 11: Tom's "your last plans did not fit your weeks" was false of his 11-16 plan).
      const short = numOf(e.weeksShort);
      const judged = numOf(e.weeksJudged);
      const count = (n: number): string => COUNT_WORDS[n] ?? `${n}`;
      return lead(
        capital,
        short === null || judged === null
          ? 'your last plans did not fit your weeks, so tell your coach how much time you really have'
          : short === judged
            ? `your last ${count(judged)} weekly plans did not fit your weeks, so tell your coach how much time you really have`
            : `${count(short)} of your last ${count(judged)} weekly plans did not fit your weeks, so tell your coach how much time you really have`,
      );
    }
    case 'MONOTONY_VARY':
      return lead(
        capital,
        'your days have been very alike in load, and easy days that are truly easy (with a full rest day) let the hard days count',
      );
    case 'STIMULUS_ROTATION': {
      const weeks = numOf(e.weeksInMesocycle);
      const from = strOf(e.from);
      const to = strOf(e.to);
      return `${capital ? 'After' : 'after'} ${weeks !== null && from !== null ? `${plural(weeks, 'week')} on ${focusWords(from)}` : 'several weeks on one kind of training'}, your body has adapted to it, so the focus switches${to !== null ? ` to ${focusWords(to)}` : ''}`;
    }
    case 'PHASE_CHANGE': {
      const to = strOf(e.to);
      // Pending the talk about an under-built long race: the athlete reads that it waits on it too.
      const race = strOf(e.pendingRace);
      return `${capital ? 'Your' : 'your'} season moves on${to !== null ? ` to the ${phaseWords(to)} phase` : ''}${race !== null ? ` if you start ${race}, which we talk about first` : ''}`;
    }
    case 'TAPER': {
      const date = strOf(e.raceDate);
      const days = numOf(e.daysToRace);
      // The race under the pending talk about it (see the long-race note): the taper is if the athlete starts it.
      const talk = strOf(e.pendingRace) !== null;
      // The race in next week: what its days do (the race-eve days short and easy, rest or easy days after it).
      const eve = numOf(e.raceWeekEveDays);
      const after = strOf(e.raceWeekAfter);
      if (days !== null && eve !== null) {
        const before =
          eve >= 2
            ? ', the last two days before it short and easy'
            : eve === 1
              ? ', the day before it short and easy'
              : '';
        return `${capital ? 'Your' : 'your'} race${date !== null ? ` on ${date}` : ''} is ${plural(days, 'day')} away, next week${talk ? ', if you start it (we talk about that first)' : ''}: you train less before it${before}, to arrive fresh${after !== null && after !== '' ? `, and ${after}` : ''}`;
      }
      return days !== null
        ? `${capital ? 'Your' : 'your'} race${date !== null ? ` on ${date}` : ''} is ${plural(days, 'day')} away, so${talk ? ', if you start it (we talk about that first),' : ''} you train less${e.easyOnly === true ? ', easy running only,' : ' but keep the intensity of your sessions,'} to arrive fresh`
        : `${capital ? 'Your' : 'your'} race${date !== null ? ` on ${date}` : ''} is next week${talk ? ', if you start it (we talk about that first)' : ''}: less training before it, and rest and easy running after it`;
    }
    case 'TRANSITION_AFTER_A_RACE':
    case 'RACE_RECOVERY': {
      const date = strOf(e.raceDate);
      // After a half marathon or shorter (the transition's `easyDays`): one week of easy running, then training.
      const easy = kind === 'TRANSITION_AFTER_A_RACE' ? numOf(e.easyDays) : null;
      return easy !== null
        ? `${capital ? 'After' : 'after'} your race${date !== null ? ` on ${date}` : ''}, your body needs about ${plural(easy, 'easy day')}, so next week is easy running with no intervals, then your training builds again`
        : `${capital ? 'After' : 'after'} your race${date !== null ? ` on ${date}` : ''}, your body needs rest first, then short easy runs with no intervals`;
    }
    case 'RACING_TOO_OFTEN': {
      // As the coach's advice: the one race ahead, several, or none (then the next ones are spaced out).
      const ahead = numOf(e.racesAhead) ?? 0;
      const date = strOf(e.raceAheadDate);
      // The race under the long-race note's talk, advised as that note advises it (coach read 18).
      const pending = strOf(e.pendingRaceDate);
      return lead(
        capital,
        ahead === 0
          ? 'your race calendar has been crowded, and each race costs a taper and a recovery; we will space your next races further apart'
          : `your race calendar is crowded, and each race costs a taper and a recovery; ${pending !== null ? `we talk about your race on ${pending} first, and if you start it, you run it for time on feet with no goal pace${ahead > 2 ? '; we may run some of your other races as training' : ahead === 2 ? '; we may run your other race as training' : ''}` : date === null ? 'we may run some of them as training' : `we may run your race on ${date} as training`}`,
      );
    }
    case 'NO_TRANSITION_WARNING':
      return lead(
        capital,
        'you have not had an easy break phase for a long time; a few easy weeks after your next big race will let body and mind recover',
      );
    case 'MISSED_SESSIONS_PATTERN':
      return `${missedWhy(e, capital)}, so your key session goes to a day that works better for you`;
    case 'NO_CONTACT_REACH_OUT': {
      const since = strOf(e.lastContactDate);
      const run = strOf(e.lastSessionDate);
      if (e.logSilence === true)
        return `${capital ? 'We' : 'we'} see no sessions logged since ${run ?? 'a while'}; a quick note on what you have trained and how you feel helps plan your next week`;
      return `${capital ? 'We' : 'we'} have not heard from you${since !== null ? ` since ${since}` : ' for a while'}${run !== null ? ` and see no sessions logged since ${run}` : ''}; a quick check-in on how you feel helps plan your next week`;
    }
    case 'WELLNESS_NOTE':
      if (numOf(e.lowItemInWindow) !== null && strOf(e.worstItem) !== null)
        return `${capital ? 'Your' : 'your'} ${strOf(e.worstItem)} score has been below your usual on ${numOf(e.lowItemInWindow)} of your check-ins of the last ${numOf(e.recentDays)} days${otherLow(e)}; tell your coach how things are${askFirst(e)}`;
      if (numOf(e.lowItemCheckIns) !== null && strOf(e.worstItem) !== null)
        return `${capital ? 'Your' : 'your'} ${strOf(e.worstItem)} score has been below your usual on your last ${numOf(e.lowItemCheckIns)} check-ins${otherLow(e)}; tell your coach how things are${askFirst(e)}`;
      return e.strongReading === true
        ? `${capital ? 'Your' : 'your'} latest check-in was well below your usual${strOf(e.worstItem) !== null ? ` (${strOf(e.worstItem)} especially)` : ''}: tell your coach how you feel before next week is confirmed`
        : `${capital ? 'Your' : 'your'} latest check-in was below your usual${strOf(e.worstItem) !== null ? ` (${strOf(e.worstItem)} especially)` : ''}${othersBelow(e)}; tell your coach how you feel${askFirst(e)}`;
    case 'HRV_NOTE':
      return lead(
        capital,
        e.singleReading === true
          ? 'your HRV is a little below your usual range because of one low reading, and nothing else points the same way; keep checking in'
          : 'your HRV is at the low edge of your usual range and nothing else points the same way; keep checking in',
      );
    case 'HRV_ABOVE_BAND':
      return lead(
        capital,
        'your HRV is above your usual range, which can mean good recovery but also strain; tell your coach how training feels',
      );
    case 'EFFORT_ABOVE_PLAN':
      return lead(
        capital,
        'your easy runs have felt harder than planned for a while; keep them truly easy, at a pace where you can talk',
      );
    case 'LONG_RACE_PREPARATION':
      return longRaceWhy(e, capital);
  }
}

/** The question for a check-in item (a switch: a table looked up by a varying key was a megamorphic load). */
function askWord(item: string): string | undefined {
  switch (item) {
    case 'sleepQuality':
      return 'how you are sleeping';
    case 'fatigue':
      return 'how tired you feel';
    case 'soreness':
      return 'how sore you are';
    case 'stress':
      return 'how stressed you feel';
    case 'mood':
      return 'how your mood is';
    default:
      return undefined;
  }
}

/** The questions for the items to ask about (`askItems`): "how tired you feel and how your mood is". */
function askWords(items: readonly string[]): string {
  const asks: string[] = [];
  for (const it of items) {
    const ask = askWord(it);
    if (ask !== undefined) asks.push(ask);
  }
  return asks.length === 0 ? 'how you are sleeping and how stressed you feel' : andList(asks);
}

/** The weekdays a missed-sessions pattern is about, in the week's order: its own and the days beside it missed too. */
function missedDays(e: Evidence): string[] {
  const day = strOf(e.weekday);
  const also = strOf(e.alsoWeekdays);
  const out = also === null ? [] : also.split(',');
  if (day !== null) out.push(day);
  const days: string[] = [];
  for (let d = 0; d < 7; d++) if (out.includes(weekdayName(d))) days.push(weekdayName(d));
  return days;
}

/** "once", "twice", "3 times". */
function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/**
 * "Tuesday has been hard to fit (2 key sessions missed in the last 4 weeks)"; with the days beside it missed in the
 * same weeks (the coach's note names them too): "…, and Tuesday too (its sessions missed twice)".
 */
function missedWhy(e: Evidence, capital: boolean): string {
  const day = strOf(e.weekday);
  const misses = numOf(e.misses);
  const what =
    misses === null
      ? ''
      : e.pattern === 'DAY'
        ? ` (its sessions missed in ${misses} of the last 4 weeks)`
        : ` (${plural(misses, 'key session')} missed in the last 4 weeks)`;
  const also = strOf(e.alsoWeekdays)?.split(',') ?? [];
  const counts = (strOf(e.alsoMisses)?.split(',') ?? []).map(Number);
  const beside = also.map(
    (d, k) => `${d} too (its ${counts[k] === 1 ? 'session' : 'sessions'} missed ${times(counts[k] ?? 1)})`,
  );
  return `${day !== null ? (capital ? capitalise(day) : day) : capital ? 'One weekday' : 'one weekday'} has been hard to fit${what}${beside.length > 0 ? `, and ${andList(beside)}` : ''}`;
}

function longRaceWhy(e: Evidence, capital: boolean): string {
  const date = strOf(e.raceDate);
  const weeks = numOf(e.weeksToRace);
  // An ultra's note carries `ultra` and its own peak (3–3.5 h, or back-to-back long runs): not a marathon's.
  const ultra = e.ultra === true;
  const what = ultra ? 'ultra' : 'marathon';
  const peak = ultra
    ? '3–3.5 hours (or back-to-back weekend long runs adding up to that) an ultra build usually peaks at'
    : '2.5–3 hours a marathon build usually peaks at';
  // Under a week away in days, as the coach's text says it ("2 days away", not "0 weeks away").
  const toRace = numOf(e.daysToRace);
  const away =
    toRace !== null && toRace < 7 ? plural(toRace, 'day') : weeks !== null ? plural(weeks, 'week') : null;
  const race = `${capital ? 'Your' : 'your'} ${what}${date !== null ? ` on ${date}` : ''}${away !== null ? ` is ${away} away` : ' is coming up'}`;
  const longest = numOf(e.longestRecentRun);
  const reach = numOf(e.reachableLongRun);
  if (e.underbuilt === true)
    return `${race}, and your longest long run of the last 4 weeks${longest !== null ? ` (${longest} min, races aside)` : ''} is far from the ${peak}, with no time left to build it safely. ${e.underbuiltUrgent === true ? `Let's talk about choosing a later ${ultra ? 'race' : 'marathon'} (or not starting this one), the safer choice; if you start, run it for time on feet, with planned walk breaks and no goal pace` : `Let's talk about running it for time on feet, with planned walk breaks and no goal pace, or choosing a later ${ultra ? 'race' : 'marathon'}`}`;
  const pair = numOf(e.backToBackMinutes);
  if (reach !== null && pair !== null)
    return `${race}, and a single long run can grow to about ${reach} min in the time you have that day; with a run the day before, your back-to-back weekend comes to ${pair} min, what an ultra build peaks at: the pair grows in the weeks ahead`;
  // A single long run capped by its day's time, with no back-to-back pair to reach the peak: the athlete hears
  // the question their coach is told to ask (Oskar, Noah: a 45-min Saturday is no second long run).
  const dayCap = numOf(e.longRunDayMinutes);
  // Far short of the peak (`LATER_RACE_LEADS_SHARE`), the later race leads the talk, as the coach is told.
  const low = numOf(e.peakLongRunMinutes);
  const laterFirst =
    reach !== null && low !== null && reach < low * LATER_RACE_LEADS_SHARE
      ? `choosing a later ${ultra ? 'race' : 'marathon'}, the safer choice; if you start this one, run it for time on feet rather than a goal pace`
      : null;
  if (reach !== null && dayCap !== null && e.onTrackDecideBy == null)
    return `${race}, and a single long run can grow to about ${reach} min in the time you have that day, short of the ${peak}; let's talk about whether that day or the one before can take more time on the key weekends ahead, or else ${laterFirst ?? 'how you run the race: for time on feet rather than a goal pace, or a later race'}`;
  const by = strOf(e.onTrackDecideBy);
  const peakDate = strOf(e.peakLongRunDate);
  const byPeak = peakDate !== null ? peakDate : 'its peak weeks';
  // The coach's verdict rests on next week's re-entry week, which lasts until you answer: no later race is said yet.
  // ... and the break alone makes the talk harsher (a later race first): the athlete hears the milder one (Nora).
  if (reach !== null && e.reentryProvisional === true && e.reentryMilderTalk === true)
    return `${race}, and after next week's re-entry week your long run comes back and grows in the weeks ahead, short of the ${peak}; let's talk about how you run the race: for time on feet rather than a goal pace, or a later ${ultra ? 'race' : 'marathon'}`;
  if (reach !== null && e.reentryProvisional === true)
    return `${race}, and after next week's re-entry week your long run comes back and grows toward the ${peak}; once you have told your coach how your training has gone, you look at the weeks to the race together`;
  if (reach !== null && by !== null)
    return `${race}, and your long run can grow to about ${reach} min by ${byPeak}, just short of the ${peak}: you are on track if it grows in every build week, and we decide together by ${by} whether the race stays the goal`;
  // The peak week is next week: its long run is the longest before the race, nothing left to grow.
  if (reach !== null && e.longRunPeaksNextWeek === true)
    return `${race}, and next week's long run of about ${reach} min${peakDate !== null ? ` (${peakDate})` : ''} is the longest before the race, short of the ${peak}; let's talk about ${laterFirst ?? `how you run the race: for time on feet rather than a goal pace, or a later ${ultra ? 'race' : 'marathon'}`}`;
  // The coach is told to talk about the race (time on feet, or a later one): the athlete hears it too (Lea).
  if (reach !== null)
    return `${race}, and your long run can grow to about ${reach} min by ${byPeak}, short of the ${peak}; the long run grows first in the weeks ahead, and let's talk about ${laterFirst ?? `how you run the race: for time on feet rather than a goal pace, or a later ${ultra ? 'race' : 'marathon'}`}`;
  const days = numOf(e.runDaysAfterVolumeChange);
  return `${race}, and ${ultra ? 'an ultra' : 'a marathon'} needs running on more days of the week${days !== null ? ` than ${days}` : ''}: shorter runs rather than fewer`;
}

/**
 * Changes to the season's frame only (focus, phase): they leave every session as it is, so there is no plan
 * to apply them to for the text (`applyChanges` would return the same sessions, or reject the change).
 */
function frameOnly(changes: readonly PlanChange[]): boolean {
  for (const c of changes) if (c.type !== 'CHANGE_MESOCYCLE_FOCUS' && c.type !== 'SET_PHASE') return false;
  return true;
}

/**
 * The athlete's text of one suggestion. A suggestion with no change (or a change to no minutes) says
 * "Nothing changes in your plan for this" or only what moves; one with a change to the minutes leads with it.
 */
export function athleteText(t: AthleteTextInput): string {
  let d: Diff | null = null;
  if (t.changes.length > 0 && t.plan !== undefined && !frameOnly(t.changes)) {
    let after = t.after;
    let afterMinutes = t.afterMinutes;
    if (after === undefined) {
      const r = applyChanges(t.plan, t.changes);
      if (r.ok) after = r.plan;
      afterMinutes = undefined;
    }
    if (after !== undefined)
      d = diffOf(t.plan, after, t.changes, t.planMinutes, afterMinutes, t.raceMinutes, t.oneQuality);
  }
  // A phase the change sets is said (a phase change says its own): Lukas's taper had set next week's phase to
  // competition beside a text that named only its minutes.
  let phase = '';
  if (t.kind !== 'PHASE_CHANGE')
    for (const c of t.changes)
      if (c.type === 'SET_PHASE') phase = `; your plan puts next week in the ${phaseWords(c.to)} phase`;
  if (d === null || (d.details.length === 0 && d.after === d.before)) {
    // Only the season's frame changes (phase, focus), or nothing does.
    const frame = t.changes.length > 0 && t.plan !== undefined;
    // "By itself": another suggestion of the same review may change next week's sessions (a build, a hold), and the
    // athlete reads both (Nora's phase change had said they "stay as they are" beside a build that changed two).
    // A move to a race phase with no week of race-specific work before the taper or the race says so (Emma's had
    // read "your training shifts with it" with only her taper and race after next week's hold).
    if (frame)
      return `${why(t.kind, t.evidence, true)}${phase}: this does not change next week's sessions by itself, and ${t.kind === 'PHASE_CHANGE' && t.evidence.raceSpecificWeeks === 0 ? `no week of race-specific work comes before your ${strOf(t.evidence.taperFrom) !== null ? `taper (from ${strOf(t.evidence.taperFrom)})` : 'race'}` : 'your training shifts with it in the weeks after'}.`;
    // A volume kind with no change of its own: the plan already is that size ("already does this", when its
    // minutes are inside the decision's range), or another suggestion (a life event's, say) carries the change;
    // either way this one changes nothing.
    const planMin = numOf(t.evidence.planMinutes);
    const lo = numOf(t.evidence.minMinutes);
    const hi = numOf(t.evidence.maxMinutes);
    // A build whose plan no session can grow, a little under the usual week, grows nothing either (Elias: 405 min
    // against his usual 410, every day at its available time): it stays close to that week, not "grows".
    const usualWeek = numOf(t.evidence.baseWeeklyMinutes);
    // A build waiting for the athlete's answer on an HRV above its band grows nothing until then (Ida).
    // Another suggestion cutting days (a life event's) leaves the week not "as planned": only that nothing is added.
    if (t.kind === 'BUILD' && planMin !== null && t.evidence.hrvPending === true)
      return (t.othersCut ?? 0) === 0
        ? `Next week stays as planned for now, about ${planMin} min: your HRV is above your usual range, so tell your coach how training feels before anything is added.`
        : `Nothing is added to next week for now: your HRV is above your usual range, so tell your coach how training feels first.`;
    if (
      t.kind === 'BUILD' &&
      planMin !== null &&
      lo !== null &&
      planMin < lo &&
      usualWeek !== null &&
      (planMin <= Math.round(usualWeek) || closeToUsual(planMin, usualWeek)) &&
      planMin >= 0.9 * usualWeek &&
      (t.othersCut ?? 0) === 0
    )
      return `Next week stays as planned, about ${planMin} min, close to what you have been doing lately.`;
    // A down week's plan already under its size stays as planned too (a red down week may land under it: the
    // engine's own draft keeping its rest days had read "Nothing changes in your plan" to Jonas).
    if (
      planMin !== null &&
      lo !== null &&
      hi !== null &&
      (planMin >= lo || t.kind === 'RECOVERY_DOWN_WEEK' || t.kind === 'SCHEDULED_DOWN_WEEK') &&
      planMin <= hi &&
      (t.othersCut ?? 0) === 0
    ) {
      // A build that leaves a plan no bigger than the usual week grows nothing (Chloé, waiting for her answer on
      // a strong low check-in: 485 min against her usual 489), nor one within 5 % of it (`closeToUsual`).
      const usual = numOf(t.evidence.baseWeeklyMinutes);
      if (
        t.kind === 'BUILD' &&
        usual !== null &&
        (planMin <= Math.round(usual) || closeToUsual(planMin, usual))
      )
        return `Next week stays as planned, about ${planMin} min, close to what you have been doing lately.`;
      return `Next week stays as planned, about ${planMin} min: ${why(t.kind, t.evidence, false)}.`;
    }
    if (t.kind === 'BACKWARD_DESIGN_WARNING') return `${why(t.kind, t.evidence, true)}.`;
    // A load spike whose change is to this week (the current-week suggestion's): something does change.
    if (t.kind === 'LOAD_SPIKE_WARNING' && numOf(t.evidence.thisWeekTrimmedTo) !== null)
      return `${why(t.kind, t.evidence, true)}.`;
    // A pattern with nothing to move (the session stays where it is, or another suggestion keeps it there) is a
    // question, not "your key session goes to a day that works better" (Tom: "Nothing changes … goes to …").
    if (t.kind === 'MISSED_SESSIONS_PATTERN') {
      const days = missedDays(t.evidence);
      return `Nothing changes in your plan for this: ${missedWhy(t.evidence, false)}; tell your coach what gets in the way ${days.length > 1 ? `on ${andList(days.map((x) => `${x}s`))}, and which days` : 'that day, and which day'} would work better.`;
    }
    return `Nothing changes in your plan for this: ${why(t.kind, t.evidence, false)}.`;
  }
  const week = t.weekMinutes;
  const h =
    week === null
      ? null
      : head(
          t.kind,
          t.rationale,
          t.stated,
          week === undefined ? d : { ...d, after: week - raceMinutes(t.plan as WeekPlan) },
          t.evidence,
          week === undefined ? undefined : t.weekShortened,
          t.baseWeekWords,
          t.plan?.weekStart,
          week === undefined ? (t.othersCut ?? 0) : 0,
        );
  // "; " between the parts: a part may itself be a list with "and". (Concatenated, the first part capitalised, as
  // `capitalise` of their `join` reads: a join called the builtin and copied every part, one part alone too.)
  const parts = d.details;
  let details = '';
  if (parts.length > 0) {
    details = parts[0];
    for (let i = 1; i < parts.length; i++) details = `${details}; ${parts[i]}`;
    details = ` ${details}.`;
  }
  // A build whose week (as the head states it) lands within 5 % of the usual one is no step on it, though sessions
  // grow (`closeToUsual`).
  const usual = t.kind === 'BUILD' && h !== null ? numOf(t.evidence.baseWeeklyMinutes) : null;
  const weekAfter = week === undefined || week === null ? d.after : week - raceMinutes(t.plan as WeekPlan);
  const w =
    (usual !== null && !trims(t.evidence) && closeToUsual(weekAfter, usual)
      ? 'That is close to what you have been doing lately'
      : why(t.kind, t.evidence, true)) + phase;
  return h === null ? `${w}.${details}` : `${h}. ${w}.${details}`;
}

/**
 * " and keep Monday's and Wednesday's easy runs: keeping Thursday's tempo would have left you 4 runs, and in a week of
 * 4 runs one hard session besides your long run is enough" (the week after the change has more runs), or ", and keep
 * Wednesday's easy run: with 4 runs in the week, one hard session besides your long run is enough" (it has 4 or
 * fewer): why the change skips a quality session rather than easy runs (`AthleteTextInput.oneQuality`; '' without
 * one). Sofia's had read "since with Thursday's tempo you would have 4 runs, …, and a week of 4 runs or fewer needs
 * only one" beside a week of 5 runs (athlete03).
 */
function oneQualityWhy(o: AthleteTextInput['oneQuality'], after: WeekPlan, skipped: number): string {
  if (o === undefined || o.dropped.length === 0 || o.easy.length === 0) return '';
  const easy =
    o.easy.length === 1
      ? called(o.easy[0])
      : `${andList(o.easy.map((x) => `${weekdayName(x.day)}'s`))} ${sessionWhat(o.easy[0])}s`;
  const same = o.easy.every((x) => sessionWhat(x) === sessionWhat(o.easy[0]));
  let runs = 0;
  for (const x of after.sessions) if (x.kind === 'RUN') runs++;
  const one = 'one hard session besides your long run is enough';
  // Keeping the quality session would have cost the easy runs kept ("in their place"): said, or "keeping Thursday's
  // tempo would have left you 4 runs" reads as if keeping a session lowered the count (demo read, Sofia).
  const displaced = runs + o.dropped.length - o.runs;
  const place =
    displaced === o.easy.length ? (o.easy.length === 1 ? ' in its place' : ' in their place') : ' instead';
  const why =
    runs <= ONE_QUALITY_RUNS
      ? `with ${runs} runs in the week, ${one}`
      : `keeping ${andList(o.dropped.map(called))}${place} would have left you ${o.runs} runs, and in a week of ${o.runs} runs ${one}`;
  return `${skipped > 1 ? ',' : ''} and keep ${same ? easy : andList(o.easy.map(called))}: ${why}`;
}

/**
 * A neutral sentence per kind, for when the engine's athlete text is not there or no longer true: a review
 * stored before suggestions carried one, or a change the coach edited before applying it (the engine's text
 * describes the change as proposed). It names no minutes, so it cannot be false of the plan.
 */
const NEUTRAL: Record<SuggestionKind, string> = {
  ILLNESS_REST:
    'Your plan gives you time to get well: rest until you have been free of symptoms and fever for 24 hours, then come back with short easy runs.',
  ILLNESS_EASY_ONLY:
    'While you have a cold, your plan is easy running only, no intervals; if it moves to your chest or you get a fever, stop and rest.',
  INJURY_CHECK:
    'With the injury you reported, your plan has no hard sessions until it has been checked; run easy only if it is pain-free.',
  LIFE_CONTEXT_REDUCTION: 'Your plan fits the days when you have less time than usual.',
  LIFE_CONTEXT_RESCHEDULE: 'Your sessions move to days that fit the time you have.',
  RECOVERY_HOLD: 'Your plan holds steady for now, so you can recover well before building again.',
  RECOVERY_DOWN_WEEK:
    'Next week is a lighter week with easy intensity, so you can recover: your recovery markers are below your usual.',
  SCHEDULED_DOWN_WEEK: 'Next week is a planned lighter week, so your body can absorb the training.',
  BUILD: 'Your training grows a small, safe step on what you have been doing.',
  CAUTIOUS_HOLD: 'Your plan holds steady rather than building, to be on the safe side for now.',
  BASELINE_HOLD:
    'Your plan holds steady while we learn your normal training; logging sessions and daily check-ins help.',
  WELLNESS_NOTE: 'Nothing changes in your plan for this; tell your coach how you are sleeping and feeling.',
  EFFORT_ABOVE_PLAN:
    'Nothing changes in your plan for this; keep your easy runs truly easy, at a pace where you can talk.',
  HRV_NOTE: 'Nothing changes in your plan for this; keep checking in.',
  LOAD_SPIKE_WARNING:
    'Your training load rose quickly, so your plan holds instead of building, to keep you healthy.',
  MONOTONY_VARY: 'Your plan keeps easy days truly easy, with a full rest day, so the hard days count.',
  STIMULUS_ROTATION: 'Your training focus changes, because your body has adapted to the current one.',
  PHASE_CHANGE: 'Your season moves into its next phase, and your training shifts with it.',
  TAPER: 'You are tapering for your race: less training, the same intensity, so you arrive fresh.',
  TRANSITION_AFTER_A_RACE: 'After your race, your plan is rest first, then short easy runs.',
  RACE_RECOVERY: 'After your race, your plan is rest days and short easy runs.',
  RACING_TOO_OFTEN:
    'Nothing changes in your plan for this; your race calendar is crowded, and your coach will look at it with you.',
  NO_TRANSITION_WARNING:
    'Nothing changes in your plan for this; a few easy weeks after your next big race will let body and mind recover.',
  BACKWARD_DESIGN_WARNING: 'Your plan is sized from your current fitness.',
  MISSED_SESSIONS_PATTERN: 'Your key session moves to a day that works better for you.',
  PLANS_NOT_DONE:
    'Nothing changes in your plan for this; tell your coach how much time you really have for training.',
  NO_CONTACT_REACH_OUT:
    'Nothing changes in your plan for this; a quick check-in on how you feel helps plan your next week.',
  HRV_ABOVE_BAND: 'Nothing changes in your plan for this; tell your coach how training feels.',
  CURRENT_WEEK_ILLNESS: 'The rest of this week is about getting well: rest first, then only short easy runs.',
  CURRENT_WEEK_RECOVERY: 'The rest of this week is lighter too, so you can recover.',
  CURRENT_WEEK_LONG_RUN:
    "This week's long run is shorter, so it grows from what you have run lately one small step at a time.",
  CURRENT_WEEK_LOAD: "This week's plan is trimmed, so your training load does not rise too quickly.",
  LONG_RACE_PREPARATION:
    'Nothing changes in your plan for this; your coach will talk with you about how to prepare for your long race.',
};

/** The neutral athlete sentence of a kind (see `NEUTRAL`); a kind this engine does not know gets a general one. */
export function neutralAthleteText(kind: string): string {
  return (
    (NEUTRAL as Record<string, string | undefined>)[kind] ??
    'Your coach adjusted your plan for this; ask them if you want to know more.'
  );
}

/**
 * What an edited change says when it cannot say what it did: true of any edit (not "adjusted your plan for this",
 * which named nothing the athlete can see, and an edit may leave the plan as it was).
 */
const EDITED_NEUTRAL =
  'Your coach edited this change before applying it to your plan; ask them what it means for your week.';

/**
 * What the athlete reads of a suggestion the coach edited before applying it: what the applied changes did to the
 * plan they met (its training minutes before and after, up to three session changes, a phase or focus it set), and
 * nothing of the engine's proposal or its reasons, which the edit may have changed (Emma's cautious hold, edited,
 * had read the hold's own sentence). The coach's own words go in the message they publish with. A sentence true of
 * any edit when the plan they met is not known or the changes do not apply to it.
 */
export function editedAthleteText(plan: WeekPlan | null | undefined, changes: readonly PlanChange[]): string {
  if (plan === null || plan === undefined || changes.length === 0) return EDITED_NEUTRAL;
  const r = applyChanges(plan, changes);
  if (!r.ok) return EDITED_NEUTRAL;
  const d = diffOf(plan, r.plan, changes, undefined, undefined, undefined);
  const frame: string[] = [];
  for (const c of changes) {
    if (c.type === 'SET_PHASE') frame.push(`it puts the week in the ${phaseWords(c.to)} phase`);
    else if (c.type === 'CHANGE_MESOCYCLE_FOCUS')
      frame.push(`its training focus becomes ${focusWords(c.to)}`);
  }
  const besides = d.race ? ' of training besides your race' : '';
  const size =
    d.after === d.before
      ? `about ${d.after} min${besides}, as before`
      : `about ${d.after} min${besides}, ${d.after < d.before ? 'down' : 'up'} from ${d.before} min`;
  let details = '';
  if (d.details.length > 0) {
    details = d.details[0];
    for (let i = 1; i < d.details.length; i++) details = `${details}; ${d.details[i]}`;
    details = ` ${details}.`;
  }
  const also = frame.length > 0 ? ` ${capitalise(andList(frame))}.` : '';
  // The week by its Monday as the athlete reads a day ("the week of Mon 14 Dec"), not its ISO date.
  const day = shortDayName(plan.weekStart);
  return `Your coach adjusted your plan${day !== null ? ` for the week of ${day}` : ''}: ${size}.${details}${also}`;
}

/**
 * A single-reading wellness note's other recent check-ins below norm (`recentBelowCheckIns`, the latest
 * included), as the coach text counts them: "one check-in is not a trend" only when it is one.
 */
/** Small counts in words ("two of your last four weekly plans"). */
const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** A wellness note that asks before next week is published (`askFirst`): the athlete is asked to answer first. */
function askFirst(e: Evidence): string {
  return e.askFirst === true ? ' before next week is confirmed' : '';
}

/**
 * The one-item note's other low check-ins of the window (`otherLowCheckIns`, on other items): ", and 3 other
 * check-ins of the last 7 days were below your usual too" ('' without any). Not "so were 3 others": they were low
 * on other scores than the one the sentence names (Tom's mood, his sleep and soreness on the others).
 */
function otherLow(e: Evidence): string {
  const n = numOf(e.otherLowCheckIns);
  if (n === null || n < 1) return '';
  const days = numOf(e.recentDays);
  return `, and ${n === 1 ? '1 other check-in' : `${n} other check-ins`}${days !== null ? ` of the last ${days} days` : ''} ${n === 1 ? 'was' : 'were'} below your usual too`;
}

function othersBelow(e: Evidence): string {
  const n = numOf(e.recentBelowCheckIns);
  if (n === null || n < 2) return ', but one check-in is not a trend';
  const days = numOf(e.recentDays);
  return `, and so ${n === 2 ? 'was 1 other' : `were ${n - 1} others`}${days !== null ? ` in the last ${days} days` : ''}`;
}
