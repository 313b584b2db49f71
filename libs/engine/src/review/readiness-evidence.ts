import type { EngineConfig } from '../config/engine-config';
import { fromDayNumber, toDayNumber } from '../dates/local-date';
import { effortToRpe } from '../intensity/intensity-distribution';
import {
  EXPLAINS_WELLNESS,
  READINESS_HOLD_DAYS,
  WELLNESS_ITEMS,
  itemLowOf,
  type MetricsState,
  type ParsedEvent,
  zScoreOf,
} from '../metrics/compute-metrics';
import { HRV_NOISE_FLOOR } from '../metrics/hrv-below';
import type { RecentSessions } from '../metrics/recent-sessions';
import {
  andList,
  joined,
  num,
  plural,
  quoteNote,
  valueAndBand,
  wellnessItemWords,
} from '../suggestions/format';
import type {
  ContextEventKind,
  HrvMetrics,
  ReviewInput,
  WellnessDecline,
  WellnessItem,
  WellnessMetrics,
  WellnessWindow,
} from '../types';

/**
 * What stands behind a readiness flag, graded (domain doc, Recovery): which markers agree, how clearly, and
 * whether a confirmed life event explains them. Computed only when readiness is amber or red or HRV is below
 * its band, so a review with nothing wrong pays nothing for it.
 */
export interface ReadinessEvidence {
  /** HRV clearly below its band (see `HrvBelow.clear`). */
  readonly hrvLow: boolean;
  /** HRV below its band, but only at its edge: not counted. */
  readonly hrvEdge: boolean;
  /** Wellness below the athlete's norm on more than one check-in (or with HRV agreeing). */
  readonly wellnessLow: boolean;
  /** Session RPE above what the athlete usually logs for the same prescriptions (points), when it counts. */
  readonly rpeDrift: number | null;
  readonly rpeDriftSessions: number;
  /** Markers that agree: HRV clearly low, wellness low, RPE drift. */
  readonly markers: number;
  /** Enough, and clear enough, for an urgent flag (see `strongReadiness`). */
  readonly strong: boolean;
  /** A confirmed illness, work-stress, travel or family event over the days of the low readings. */
  readonly context: ReadinessContext | null;
}

export interface ReadinessContext {
  readonly event: ParsedEvent;
  /** Over before next week starts: the return is graded rather than the week held again. */
  readonly ending: boolean;
}

/** Session-RPE drift that counts as a marker (RPE points over the athlete's own offset). [ours] */
export const RPE_DRIFT_POINTS = 1;
const DRIFT_RECENT_DAYS = 7;
const DRIFT_BASELINE_DAYS = 28; // with the 7 recent days, inside `RECENT_SESSION_DAYS` (see `rpeDriftOf`)
const DRIFT_MIN_RECENT = 3;
const DRIFT_MIN_BASELINE = 6;
/** Clearly low HRV this many days running is itself strong evidence. [ours] */
export const HRV_STRONG_DAYS = 7;
/** Hard sessions on these days of next week become easy in a graded return (the first two days). */
export const GRADED_EASY_DAYS: readonly number[] = [0, 1];
const EXPLAINS_READINESS: ReadonlySet<ContextEventKind> = new Set([
  'ILLNESS',
  'WORK_STRESS',
  'TRAVEL',
  'FAMILY',
]);

/**
 * How much harder than usual the last 7 days' sessions felt: the mean of (logged session RPE − the RPE the
 * plan prescribed) over the sessions logged against a plan, minus the same mean over the 28 days before (the
 * athlete's own offset: many log a zone-2 run at 3, not 5.5). Null without enough logged sessions. Reads the
 * sessions the metrics scan listed (`RecentSessions`, six weeks, which cover the 35 days; in input order, so
 * the sums are the same as over every session).
 */
export function rpeDriftOf(
  input: ReviewInput,
  reviewDay: number,
  recent: RecentSessions,
): { drift: number; sessions: number } | null {
  const prescribed = new Map<string, number>();
  const plans = input.pastWeekPlans ?? [];
  const addPlan = (
    sessions: readonly { id: string; kind: string; effort: Parameters<typeof effortToRpe>[0] }[],
  ) => {
    for (const s of sessions)
      if (s.kind !== 'REST' && s.kind !== 'RACE') prescribed.set(s.id, effortToRpe(s.effort));
  };
  for (const p of plans) addPlan(p.sessions);
  if (input.currentWeekPlan) addPlan(input.currentWeekPlan.sessions);
  if (prescribed.size === 0) return null;
  let recentSum = 0;
  let recentN = 0;
  let baseSum = 0;
  let baseN = 0;
  const { sessions, days } = recent;
  for (let k = 0; k < sessions.length; k++) {
    const l = sessions[k];
    if (l.plannedSessionId === undefined) continue;
    const want = prescribed.get(l.plannedSessionId);
    if (want === undefined) continue;
    const age = reviewDay - days[k];
    if (age < 0 || age >= DRIFT_RECENT_DAYS + DRIFT_BASELINE_DAYS) continue;
    if (age < DRIFT_RECENT_DAYS) {
      recentSum += l.rpe - want;
      recentN++;
    } else {
      baseSum += l.rpe - want;
      baseN++;
    }
  }
  if (recentN < DRIFT_MIN_RECENT || baseN < DRIFT_MIN_BASELINE) return null;
  return { drift: recentSum / recentN - baseSum / baseN, sessions: recentN };
}

/** The confirmed event that explains low readings of the last 7 days, if any (the one that ends last). */
function explainingContext(state: MetricsState, nextWeekStart: number): ReadinessContext | null {
  const review = state.reviewDay;
  const below = state.metrics.hrv.below;
  let best: ParsedEvent | null = null;
  for (const e of state.events) {
    if (!e.confirmed || !EXPLAINS_READINESS.has(e.kind)) continue;
    if (e.start > review || e.end < review - DRIFT_RECENT_DAYS + 1) continue;
    // HRV that was clearly low well before the event began is not explained by it.
    if (below !== null && below.clear && below.days > review - e.start + 3) continue;
    if (best === null || e.end > best.end) best = e;
  }
  return best === null ? null : { event: best, ending: best.end < nextWeekStart };
}

/** The evidence behind today's readiness (null when readiness is green or unknown and HRV is not below its band). */
export function readinessEvidence(
  input: ReviewInput,
  state: MetricsState,
  nextWeekStart: number,
  config: EngineConfig,
): ReadinessEvidence | null {
  const m = state.metrics;
  const below = m.hrv.below;
  if (m.readiness !== 'AMBER' && m.readiness !== 'RED' && below === null) return null;
  const hrvLow = below !== null && below.clear;
  const w = m.wellness;
  const wellnessLow = (w.status === 'AMBER' || w.status === 'RED') && !w.singleReading;
  const d = m.readiness === 'GREEN' ? null : rpeDriftOf(input, state.reviewDay, state.recentSessions);
  const rpeDrift = d !== null && d.drift >= RPE_DRIFT_POINTS ? d.drift : null;
  const markers = (hrvLow ? 1 : 0) + (wellnessLow ? 1 : 0) + (rpeDrift !== null ? 1 : 0);
  const composite = w.composite.value;
  const strong =
    (below !== null && below.strong) ||
    (hrvLow && below !== null && below.days >= HRV_STRONG_DAYS) ||
    (composite !== null && composite <= config.readiness.redComposite) ||
    markers >= 3;
  return {
    hrvLow,
    hrvEdge: below !== null && !below.clear,
    wellnessLow,
    rpeDrift,
    rpeDriftSessions: d?.sessions ?? 0,
    markers,
    strong,
    context:
      m.readiness === 'AMBER' || m.readiness === 'RED' ? explainingContext(state, nextWeekStart) : null,
  };
}

/**
 * The HRV 7-day mean against its band, in words that are true of the numbers: "below" only for a clear exit
 * (its numbers never read as the band's edge), "at the lower edge" for one inside the mean's own noise. `athlete`
 * names whose mean it is ("Jonas's HRV 7-day mean"), null for none; a coach text never says "your" (coach read 12).
 */
export function hrvPhrase(h: HrvMetrics, athlete: string | null): string | null {
  if (h === phraseOf && athlete === phraseAthlete) return phrase;
  const text = hrvWords(h, athlete);
  phraseOf = h;
  phraseAthlete = athlete;
  phrase = text;
  return text;
}

/**
 * `hrvPhrase`'s last answer and what it was for: the HRV note and the adaptation component's summary of one review
 * both say it (the engine is synchronous, and a review's metrics are not changed once computed); its figures had
 * been formatted twice.
 */
let phraseOf: HrvMetrics | null = null;
let phraseAthlete: string | null = null;
let phrase: string | null = null;

/** `hrvPhrase`, worded. */
function hrvWords(h: HrvMetrics, athlete: string | null): string | null {
  if (h.mean7.value === null || h.bandLow === null || h.bandHigh === null) return null;
  const usual = 'the usual band';
  const mean = `${athlete !== null ? `${athlete}'s ` : ''}HRV 7-day mean`;
  // One formatting of the figures in every case (the web's HRV chart caption uses it too): a mean just over an edge
  // never reads as equal to it.
  const [v, lo, hi] = valueAndBand(h.mean7.value, h.bandLow, h.bandHigh);
  if (h.status === 'ABOVE_BAND' && !hrvClearlyAbove(h)) {
    return `${mean} is at the upper edge of ${usual} (ln rMSSD ${v}, band ${lo}–${hi}: over its top by less than the ${num(hrvNoise(h), 2)} day-to-day noise of a 7-day mean)`;
  }
  if (h.status === 'BELOW_BAND' && h.below !== null && h.below.singleReading) {
    // Below the band, but one reading's doing (our rule: the mean is back inside without it): said as it is, with that
    // reading, and how few readings the window holds (coach read of the demo club: Lea's 4.35 under 4.41–4.49, from
    // 4.46, 4.40 and 4.19, had read "at the lower edge of the usual band").
    const b = h.below;
    const n = h.mean7.count;
    const thin = n <= HRV_THIN_WINDOW ? `; the 7-day window has thinned to ${n} readings` : '';
    return `${mean} is below ${usual} (ln rMSSD ${v}, band ${lo}–${hi}), but driven by a single reading (${num(b.lowest, 2)} on ${b.lowestDate}: without it the mean is back inside the band${thin}), and one low reading is not a trend (our rule), so it does not count as low`;
  }
  if (h.status === 'BELOW_BAND' && h.below !== null && !h.below.clear) {
    const b = h.below;
    const by = b.margin < 0.001 ? 'a hair' : num(b.margin, 3);
    const why = `${by} under its floor, inside the ${num(b.noise, 2)} day-to-day noise of a 7-day mean`;
    return `${mean} is at the lower edge of ${usual} (ln rMSSD ${v}, band ${lo}–${hi}: ${why}), so it does not count as low`;
  }
  const where = h.status === 'BELOW_BAND' ? 'below' : h.status === 'ABOVE_BAND' ? 'above' : 'within';
  const days = h.below !== null && h.below.days >= 2 ? ` for ${h.below.days} days running` : '';
  // A reading held from the last check-in (the athlete has gone quiet: `HrvMetrics.heldDays`) says so.
  const held =
    h.heldDays === undefined
      ? ''
      : `, as read on the last check-in ${h.heldDays} days ago (too few readings since, so it holds; our rule)`;
  return `${mean} (ln rMSSD ${v}) is ${where} ${usual} ${lo}–${hi}${days}${held}`;
}

/**
 * What HRV says when it is not a marker, in words true of the data: within or above its band, only at the edge
 * below it, or why it cannot be read at all (no readings in the 7 days, too few, or no baseline yet). A text that
 * reads "HRV does not agree" of an athlete who logs no HRV had claimed a check it never made (coach read: Viktor).
 */
export function hrvCheckedWords(h: HrvMetrics, r: EngineConfig['readiness']): string {
  if (h.status === 'INSUFFICIENT_DATA') {
    if (h.mean7.count === 0) return 'there is no HRV reading in the last 7 days to check it against';
    if (h.mean7.count < r.hrvMinReadings)
      return `HRV cannot be checked (${h.mean7.count} ${h.mean7.count === 1 ? 'reading' : 'readings'} in the last 7 days; ${r.hrvMinReadings} needed)`;
    return `HRV cannot be checked yet (${h.baselineMean.count} baseline readings; ${r.hrvBaselineMinReadings} needed)`;
  }
  if (h.status === 'BELOW_BAND')
    return h.below !== null && h.below.clear
      ? 'HRV is clearly low'
      : h.below !== null && h.below.singleReading
        ? 'HRV is below its band by one low reading only'
        : 'HRV is only at the edge of its band';
  return h.status === 'ABOVE_BAND' ? 'HRV is above its band rather than below it' : 'HRV is within its band';
}

/**
 * The markers checked besides the one that counts (HRV, wellness, logged effort: `readinessEvidence`), each with
 * what it showed: "nothing else agrees" says what was looked at (coach read: Oskar's hold, who logs no HRV).
 */
export function otherMarkersWords(
  e: ReadinessEvidence,
  h: HrvMetrics,
  w: WellnessMetrics,
  r: EngineConfig['readiness'],
): string {
  const parts: string[] = [];
  if (!e.hrvLow) parts.push(hrvCheckedWords(h, r));
  if (!e.wellnessLow)
    parts.push(
      w.status === 'UNKNOWN' || w.composite.value === null
        ? 'there are too few check-ins to read wellness against a norm'
        : w.status === 'GREEN'
          ? `wellness is within the norm (composite z ${num(w.composite.value, 1)})`
          : 'the low check-in is a single reading',
    );
  if (e.rpeDrift === null)
    parts.push(
      e.rpeDriftSessions > 0
        ? `logged effort is less than ${RPE_DRIFT_POINTS} RPE point above the usual for the same prescriptions (our threshold)`
        : 'too few sessions were logged against a plan to compare effort',
    );
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Wellness within the norm today, in words that are true of the week behind it: the latest check-in's composite, and
 * when 2 or more of the recent check-ins were low (`recentBelowWords`), that count, today's low item, and how many of
 * them fell on the days of a confirmed event that explains low scores (`WellnessWindow.explained`; the event named
 * when one covers them). Coach read (Lea): "wellness is within the athlete's norm (composite z 0.3)" while stress was
 * low on 4 of her 6 check-ins of the week, all of them in a confirmed work-stress week.
 */
export function greenWellnessWords(
  w: WellnessMetrics,
  r: EngineConfig['readiness'],
  events: readonly ParsedEvent[],
): string | null {
  const c = w.composite.value;
  if (w.status !== 'GREEN' || c === null) return null;
  const base = `wellness is within the athlete's norm (composite z ${num(c, 1)})`;
  const low = recentBelowWords(w, r);
  const win = w.recent;
  if (low === null || win === null) return base;
  const worst = worstWellnessItem(w);
  const wz = worst === undefined ? undefined : w.zScores[worst];
  const today =
    worst !== undefined && wz !== undefined && wz <= r.amberItem
      ? `; ${wellnessItemWords(worst)} z ${num(wz, 1)} today`
      : '';
  let why = '';
  if (win.explained > 0) {
    const from = toDayNumber(win.since);
    const to = w.date === null ? from : toDayNumber(w.date);
    let one: ParsedEvent | null = null;
    let n = 0;
    for (const e of events)
      if (e.confirmed && EXPLAINS_WELLNESS[e.kind] && e.start <= to && e.end >= from) {
        n++;
        one = e;
      }
    const which =
      win.explained === win.below
        ? win.below === 2
          ? 'both'
          : `all ${win.below}`
        : `${win.explained} of them`;
    const what =
      n === 1 && one !== null
        ? `${eventWords(one)}, confirmed for ${fromDayNumber(one.start)} to ${fromDayNumber(one.end)}`
        : 'confirmed life events';
    why = `, ${which} on the days of ${what}, which ${win.explained === 1 ? 'explains it' : 'explain them'} (our rule: a confirmed illness, work stress, trip or family event explains low check-ins on its days)`;
  }
  // (`today` inside the closing parenthesis: sliced, not `replace(/\)$/, …)`, a call into the regexp runtime.)
  const lowToday = low.endsWith(')') ? `${low.slice(0, -1)}${today})` : low;
  return `the latest wellness check-in's composite is within the athlete's norm (z ${num(c, 1)}), but ${lowToday}${why}`;
}

/** A 7-day HRV window of this many readings or fewer is said to have thinned (our wording threshold). */
const HRV_THIN_WINDOW = 4;

/** Day-to-day noise of the 7-day mean (see `hrvBelow`). */
export function hrvNoise(h: HrvMetrics): number {
  return Math.max(HRV_NOISE_FLOOR, (h.baselineSd ?? 0) / Math.sqrt(Math.max(1, h.mean7.count)));
}

/**
 * Above its band by more than the mean's own noise (the same reading as a clear exit below it): leaving the
 * band upward can mean strain too (Plews), but a hair above its top is the band's edge, not a signal.
 */
export function hrvClearlyAbove(h: HrvMetrics): boolean {
  return (
    h.status === 'ABOVE_BAND' &&
    h.mean7.value !== null &&
    h.bandHigh !== null &&
    h.mean7.value - h.bandHigh >= hrvNoise(h)
  );
}

/**
 * Wellness in words, with the evidence the flag rests on (domain doc, Wellness; our rule): within the norm;
 * one check-in below it, a note; the same signal below it on several check-ins running (the composite, or
 * one item while the composite is within the norm); or one check-in that counts because HRV (`hrvLow`) or a
 * confirmed event that day agrees.
 */
export function wellnessPhrase(
  w: WellnessMetrics,
  hrvLow: boolean,
  r: EngineConfig['readiness'],
  /** The caller says the lasting decline next, with its numbers (`declinePhrase`): not named here again. */
  declineSaid = false,
): string | null {
  const phrase = wellnessPhraseOf(w, hrvLow, r, declineSaid);
  // A held reading (the athlete has gone quiet, `WellnessMetrics.heldDays`): said to be the last check-in's, and why
  // it still counts.
  if (phrase === null || w.heldDays === undefined) return phrase;
  return `there has been no check-in since ${w.date} (${w.heldDays} days), and its ${w.status === 'RED' ? 'red' : 'amber'} reading holds until a check-in says otherwise (silence is no sign of recovery; our rule, up to ${READINESS_HOLD_DAYS} days): ${phrase}`;
}

function wellnessPhraseOf(
  w: WellnessMetrics,
  hrvLow: boolean,
  r: EngineConfig['readiness'],
  declineSaid: boolean,
): string | null {
  // "Today" is the latest check-in's day, unless that reading is held from an earlier one.
  const today = w.heldDays === undefined ? 'today' : `on ${w.date}, the last check-in`;
  const c = w.composite.value;
  if (c === null || w.status === 'UNKNOWN') return null;
  if (w.status === 'GREEN') return `wellness is within the athlete's norm (composite z ${num(c, 1)})`;
  const t = w.trend;
  // Red for a lasting decline beside HRV clearly low while the latest check-in reads within the norm the decline has
  // lowered (`WellnessMetrics.declineCounts`; `trend` is set only for a check-in below norm): said by the decline's
  // own phrase when it follows.
  if (w.declineCounts && t === null) {
    return declineSaid
      ? null
      : `the latest wellness check-in is within the athlete's norm (composite z ${num(c, 1)}), but that norm has dropped with ${declineBrief(w, r)}, so wellness agrees with HRV`;
  }
  const far = c <= r.redComposite ? 'far ' : '';
  // A trend on one item names that item, and says nothing of the latest check-in's worst item or of the other low
  // check-ins of the window: neither is built for it (they had been, and dropped, on every review with a trend).
  if (!w.singleReading && t !== null && t.checkIns >= 2 && t.item !== null) {
    const composite =
      c <= r.amberComposite
        ? `and ${w.heldDays === undefined ? today : `${today},`} the composite is ${far}below it too (z ${num(c, 1)})`
        : `while the wellness composite is within it (z ${num(c, 1)})`;
    return `${wellnessItemWords(t.item)} is below the athlete's norm on the last ${t.checkIns} check-ins (since ${t.since}; z ${num(zScoreOf(w.zScores, t.item) as number, 1)} ${today}), ${composite}`;
  }
  const worst = worstWellnessItem(w);
  const item = worst ? `, ${wellnessItemWords(worst)} z ${num(zScoreOf(w.zScores, worst) as number, 1)}` : '';
  // A trend of the composite says nothing of the other low check-ins either.
  if (!w.singleReading && t !== null && t.checkIns >= 2)
    return `wellness is ${far}below the athlete's norm on the last ${t.checkIns} check-ins (since ${t.since}; composite z ${num(c, 1)} ${today}${item})`;
  const others = recentBelowWords(w, r);
  // (Said only beside `others`: the latest's signal did not run back, see `WellnessTrend.before`.)
  const notBefore =
    t !== null && t.before === null
      ? 'there was no check-in in the 3 days before it'
      : 'its own signal was not low on the check-in before it';
  // One check-in below norm, not two running, at the end of a lasting decline: no single reading (our rule).
  if (w.declineCounts && !hrvLow && t !== null && t.checkIns < 2) {
    const and = others === null ? '' : `, and it is not the only one: ${others}`;
    return `the latest wellness check-in is ${far}below the athlete's norm (composite z ${num(c, 1)}${item})${and}; ${notBefore}, but it is no single reading${declineSaid ? '' : `: ${declineBrief(w, r)} lies behind it`}`;
  }
  if (w.singleReading) {
    return others === null
      ? `only the latest wellness check-in is below the athlete's norm (composite z ${num(c, 1)}${item}), not yet a trend`
      : `the latest wellness check-in is below the athlete's norm (composite z ${num(c, 1)}${item}) and ${others}, but ${notBefore}: not yet a trend`;
  }
  const latest = `the latest wellness check-in is ${far}below the athlete's norm (composite z ${num(c, 1)}${item})`;
  if (others === null) {
    return `${latest}: one check-in, ${hrvLow ? 'with HRV clearly low too' : 'on a day a confirmed life event explains'}`;
  }
  return `${latest}, and it is not the only one: ${others}; ${notBefore}, and ${hrvLow ? 'HRV is clearly low too' : 'a confirmed life event explains that day'}`;
}

/**
 * `recentBelowWords`' last answer and what it was for: the wellness note and the adaptation component's summary of
 * one review both say it (the engine is synchronous, and a review's metrics are not changed once computed); the
 * words, the window's items sorted and listed, had been built twice.
 */
let belowWordsOf: WellnessMetrics | null = null;
let belowWordsRules: EngineConfig['readiness'] | null = null;
let belowWords: string | null = null;

/**
 * The recent low check-ins in words (`WellnessMetrics.recent`), when the latest is not the only one: "5 of
 * the 7 check-ins of the last 7 days (since 2026-11-28) were low (items at z -1.5 or below: mood on 2,
 * soreness on 2, sleep quality on 1, stress on 1; the composite at z -1.0 or below on 1)". Null when at most one
 * was (then "one check-in" is true). "Low", not "below norm": the count takes an item at the amber item on its own
 * (`lowForCount`), while "below norm" is the flag rule's word, which asks for the composite under 0 too (coach read
 * 10: Chloé's 12-02, fatigue z -2.3 with the composite at +0.1, is low but not below norm).
 */
export function recentBelowWords(w: WellnessMetrics, r: EngineConfig['readiness']): string | null {
  if (w === belowWordsOf && r === belowWordsRules) return belowWords;
  const count = recentBelowCount(w);
  const words = count === null ? null : `${count} (${recentLowWords(w.recent as WellnessWindow, r)})`;
  belowWordsOf = w;
  belowWordsRules = r;
  belowWords = words;
  return words;
}

/**
 * The count alone, as `recentBelowWords` says it: "4 of the 7 check-ins of the last 7 days (since 2026-11-28) were
 * low" (null when at most one was). The build and the note it points to say the same count this way.
 */
export function recentBelowCount(w: WellnessMetrics): string | null {
  const win = w.recent;
  if (win === null || win.below < 2) return null;
  return `${win.below} of the ${plural(win.checkIns, 'check-in')} of the last ${win.days} days (since ${win.since}) were low`;
}

/**
 * A note's one reading is asked about before next week is published because of the check-ins around it: at least
 * `askFirstRecentBelow` of the last `wellnessRecentDays` days' check-ins low (`recentBelowCount`, the latest included; ours).
 * The week is still not changed for it (see `wellnessChangeRule`).
 */
export function manyRecentBelow(w: WellnessMetrics, r: EngineConfig['readiness']): boolean {
  return w.singleReading && w.recent !== null && w.recent.below >= r.askFirstRecentBelow;
}

/**
 * The rule that decides whether wellness changes next week, in the words of every text that quotes it (the flag
 * rule of `belowNorm` on the latest check-in, followed back by `wellnessTrend`; docs/coaching-domain.md,
 * Wellness): the latest check-in below norm (the composite at or below the amber composite, or an item at or below
 * the amber item while the composite is under 0) with the same signal low on the check-in before it, or a second
 * marker (HRV clearly low, a confirmed life event on the day). One item low on check-ins running while the
 * composite is not under 0 does not meet it (Tom, coach read 9).
 */
export function wellnessChangeRule(r: EngineConfig['readiness']): string {
  // The same words for every review with the same settings (a wellness note quotes them): worded once for them.
  if (r !== changeRuleOf) {
    changeRuleOf = r;
    changeRule = changeRuleWords(r);
  }
  return changeRule;
}

/** `wellnessChangeRule`'s settings and words (settings are not changed once resolved). */
let changeRuleOf: EngineConfig['readiness'] | null = null;
let changeRule = '';

function changeRuleWords(r: EngineConfig['readiness']): string {
  return `our rule: next week changes only when the latest check-in is below norm (the composite at z ${num(r.amberComposite, 1)} or below, or an item at z ${num(r.amberItem, 1)} or below while the composite is under 0) and the same signal was low on the check-in before it too, or when a second marker agrees (HRV clearly low, or a confirmed life event that day) or a lasting decline lies behind it (an item ${r.wellnessDeclineSd} SD or more worse over the last ${r.wellnessDeclineDays} days than in the ${r.wellnessDeclineBaselineDays} before)`;
}

/** The items (and the composite) a window's check-ins were low on, most often first: `mood on 2, stress on 1`. */
export function recentLowWords(win: WellnessWindow, r: EngineConfig['readiness']): string {
  // Most often first, ties in the items' order (an insertion that keeps them, as the stable sort did; loops rather
  // than the sort's and the map's arrow functions, made per call, which lost their optimised code at each major
  // garbage collection).
  // (Each item's count read once, by `itemLowOf`; the insertion shifts the items after it, not a `splice` call.)
  const items: WellnessItem[] = [];
  const counts: number[] = [];
  for (const it of WELLNESS_ITEMS) {
    const n = itemLowOf(win.itemLow, it);
    if (!(n > 0)) continue;
    let at = items.length;
    items.push(it);
    counts.push(n);
    for (; at > 0 && counts[at - 1] < n; at--) {
      items[at] = items[at - 1];
      counts[at] = counts[at - 1];
    }
    items[at] = it;
    counts[at] = n;
  }
  const parts: string[] = [];
  if (items.length > 0) {
    const words: string[] = [];
    for (let i = 0; i < items.length; i++) words.push(`${wellnessItemWords(items[i])} on ${counts[i]}`);
    parts.push(`items at z ${num(r.amberItem, 1)} or below: ${joined(words, ', ')}`);
  }
  if (win.compositeLow > 0) {
    parts.push(`the composite at z ${num(r.amberComposite, 1)} or below on ${win.compositeLow}`);
  }
  return joined(parts, '; ');
}

/**
 * A lasting decline in words (`WellnessMetrics.decline`, our rule), null without one: "a lasting decline: over the last
 * 14 days (since 2026-11-21) fatigue averaged 2.3 SD worse than in the 28 days before them, mood 2.3 and soreness 1.5
 * (our rule: 1 SD or more), so the 28-day baseline the z-scores are read against has dropped with them". The z-scores
 * of the same texts are against that baseline, so they understate the decline: the text says so.
 */
export function declinePhrase(
  w: WellnessMetrics,
  r: EngineConfig['readiness'],
  /** Say that the latest check-in reads within the lowered norm (when `wellnessPhrase` left the decline to say so). */
  latestWithin = false,
): string | null {
  const d = w.decline;
  if (d === null || d.items.length === 0) return null;
  const [first, ...rest] = d.items;
  const lead = `${wellnessItemWords(first.item)} averaged ${num(first.sd, 1)} SD worse than in the ${d.baselineDays} days before them`;
  const list = andList([lead, ...rest.map((x) => `${wellnessItemWords(x.item)} ${num(x.sd, 1)}`)]);
  const within =
    latestWithin && w.composite.value !== null
      ? `, and the latest check-in (composite z ${num(w.composite.value, 1)}) reads within it`
      : '';
  return `a lasting decline: over the last ${d.days} days (since ${d.since}) ${list} (our rule: ${r.wellnessDeclineSd} SD or more), so the ${r.wellnessBaselineDays}-day baseline the z-scores are read against has dropped with ${d.items.length === 1 ? 'it' : 'them'}${within}`;
}

/** A lasting decline named in brief: "a lasting decline of fatigue and mood over the last 14 days (our rule: 1 SD or more)". */
function declineBrief(w: WellnessMetrics, r: EngineConfig['readiness']): string {
  const d = w.decline as WellnessDecline;
  return `a lasting decline of ${andList(d.items.map((x) => wellnessItemWords(x.item)))} over the last ${d.days} days (our rule: ${r.wellnessDeclineSd} SD or more worse than the ${d.baselineDays} days before)`;
}

/**
 * The items at or below the amber item on `askFirstRecentBelow` or more of the recent window's check-ins (the latest
 * included or not), each counted on its own whatever the composite (our threshold, the same 3 of 7 as the note's
 * ask-first count), the most often first. Read from `WellnessMetrics.recent`, so only where a note or an amber
 * path scored the window; empty otherwise. Coach read 10: Chloé's fatigue was low on the week's check-ins while
 * her composite was just above 0, and no text named it.
 */
export function lowItemRuns(w: WellnessMetrics, r: EngineConfig['readiness']): WellnessItem[] {
  const win = w.recent;
  if (win === null) return [];
  const out: WellnessItem[] = [];
  for (const it of WELLNESS_ITEMS) if (itemLowOf(win.itemLow, it) >= r.askFirstRecentBelow) out.push(it);
  return out.sort((a, b) => itemLowOf(win.itemLow, b) - itemLowOf(win.itemLow, a));
}

const upperFirst = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * A run of one item low (`lowItemRuns`) in words, null without one: "Fatigue was at z -1.5 or below on 3 of them
 * (our threshold: 3 or more in 7 days)".
 */
export function lowItemRunWords(w: WellnessMetrics, r: EngineConfig['readiness']): string | null {
  const runs = lowItemRuns(w, r);
  const win = w.recent;
  if (runs.length === 0 || win === null) return null;
  const parts = runs.map((it) => `${wellnessItemWords(it)} on ${itemLowOf(win.itemLow, it)}`);
  const lead =
    runs.length === 1
      ? `${upperFirst(wellnessItemWords(runs[0]))} was at z ${num(r.amberItem, 1)} or below on ${itemLowOf(win.itemLow, runs[0])} of them`
      : `The same item was at z ${num(r.amberItem, 1)} or below on several of them (${andList(parts)})`;
  return `${lead} (our threshold: ${r.askFirstRecentBelow} or more in ${win.days} days)`;
}

/**
 * The wellness items to ask the athlete about, the most out of line first: those of a lasting decline, then those
 * low on several recent check-ins (`lowItemRuns`), then the latest check-in's items at the amber item or below. Empty when none is (the texts then ask about sleep and
 * stress, the usual questions). One list for the coach's text and the athlete's (Jonas had been asked about sleep
 * and stress, stress his least out-of-line item, while fatigue had been at its worst for two weeks).
 */
export function askItems(w: WellnessMetrics, r: EngineConfig['readiness']): WellnessItem[] {
  const out: WellnessItem[] = [];
  for (const x of w.decline?.items ?? []) out.push(x.item);
  for (const it of lowItemRuns(w, r)) if (!out.includes(it)) out.push(it);
  const latest: WellnessItem[] = [];
  for (const it of WELLNESS_ITEMS) {
    const z = zScoreOf(w.zScores, it);
    if (z !== undefined && z <= r.amberItem && !out.includes(it)) latest.push(it);
  }
  latest.sort((a, b) => (zScoreOf(w.zScores, a) as number) - (zScoreOf(w.zScores, b) as number));
  return out.concat(latest);
}

/** `askItems` in the coach's words: "fatigue, mood and soreness", or "sleep and stress" when none is out of line. */
export function askItemsWords(items: readonly WellnessItem[]): string {
  return items.length === 0 ? 'sleep and stress' : andList(items.map((it) => wellnessItemWords(it)));
}

/** The item with the lowest z of the latest check-in (undefined when none is scored). */
export function worstWellnessItem(w: WellnessMetrics): WellnessItem | undefined {
  let worst: WellnessItem | undefined;
  for (const k of Object.keys(w.zScores) as WellnessItem[]) {
    if (worst === undefined || (zScoreOf(w.zScores, k) as number) < (zScoreOf(w.zScores, worst) as number))
      worst = k;
  }
  return worst;
}

/** The RPE drift in words. */
export function rpeDriftPhrase(e: ReadinessEvidence): string | null {
  if (e.rpeDrift === null) return null;
  return `sessions feel harder than usual (logged effort ${num(e.rpeDrift, 1)} RPE points above the athlete's usual for the same prescriptions, ${e.rpeDriftSessions} sessions in the last 7 days)`;
}

const EVENT_WORDS: Record<ContextEventKind, string> = {
  ILLNESS: 'the illness',
  INJURY: 'the injury',
  TRAVEL: 'the trip',
  FAMILY: 'the family event',
  WORK_STRESS: 'the work stress',
  VACATION: 'the holiday',
  OTHER: 'the event',
};

/** A context event in words, with the athlete's own note quoted: `the trip ("Client visit in Hamburg.")`. */
export function eventWords(e: ParsedEvent): string {
  const note = quoteNote(e.source.note);
  return note !== null ? `${EVENT_WORDS[e.kind]} (${note})` : EVENT_WORDS[e.kind];
}

/** The explaining event in words: what it is, its dates, and whether it is over by next week. */
export function contextPhrase(c: ReadinessContext, reviewDay: number): string {
  const e = c.event;
  const what = eventWords(e);
  const span = `confirmed for ${fromDayNumber(e.start)} to ${fromDayNumber(e.end)}`;
  if (!c.ending) return `${what}, ${span}, goes on into next week, so it still counts`;
  return `${what}, ${span}, explains it and ${e.end < reviewDay ? 'is over' : `ends on ${fromDayNumber(e.end)}, before next week`}`;
}
