/**
 * A silence over weeks still logged is not one over weeks without a session (coach read 4: Henrik, no check-in for
 * 6 days and no session for 8, a 100-min long run and a whole week missed, read only "No check-in or message since
 * 2026-11-28 (6 days)"). The reach-out says when the training stopped too, and the athlete reads it.
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { LoggedSession, PlannedSession, ReviewInput, Suggestion, WeekPlan } from '../src';
import { toDayNumber, fromDayNumber, weekdayName } from '../src/dates/local-date';
import { isHard } from '../src/planning/plan-measures';
import { REVIEW, SCENARIOS } from './factories/athlete-scenarios.factory';
import {
  REVIEW as SUNDAY,
  buildCoachHistory,
  shift,
  withDownWeeks,
} from './factories/coach-histories.factory';
import { realisticDone, withGaps } from './factories/coach-histories-2';
import { HENRIK_DRAFT, HENRIK_WEEK } from './factories/henrik.factory';

function reachOut(input: ReviewInput): Suggestion {
  const s = reviewAthlete(input).suggestions.find((x) => x.kind === 'NO_CONTACT_REACH_OUT');
  if (s === undefined) throw new Error('no NO_CONTACT_REACH_OUT');
  return s;
}

const dayOf = (x: LoggedSession): number => (x.day !== undefined ? x.day : toDayNumber(x.date as string));

describe('the reach-out after a silence says whether the training stopped too', () => {
  it('should say nothing of the training when sessions were logged through the silence', () => {
    const input = SCENARIOS['no contact for a week']();
    const review = toDayNumber(REVIEW);
    expect(input.sessions.some((x) => review - dayOf(x) < 3)).toBe(true);
    const s = reachOut(input);
    expect(s.rationale).toMatch(/since 2025-03-08 \(8 days\): reach out before publishing next week's plan;/);
    expect(s.rationale).not.toContain('no session logged');
    expect(s.athleteText).not.toContain('no sessions logged');
    expect(s.evidence.lastSessionDate).toBeNull();
  });

  it('should name the last session when nothing was logged for as long as the silence', () => {
    const base = SCENARIOS['no contact for a week']();
    const review = toDayNumber(REVIEW);
    const sessions = base.sessions.filter((x) => review - dayOf(x) >= 10);
    const last = Math.max(...sessions.map(dayOf));
    const input: ReviewInput = { ...base, sessions };
    const s = reachOut(input);
    const date = fromDayNumber(last);
    expect(s.rationale).toContain(
      `since 2025-03-08 (8 days), and no session logged since ${date} (${review - last} days): reach out before publishing next week's plan, and until ${input.athlete.firstName} answers make it a re-entry week (see the hold);`,
    );
    expect(s.athleteText).toContain(
      `we have not heard from you since 2025-03-08 and see no sessions logged since ${date}`,
    );
    expect(s.evidence).toMatchObject({ daysSinceSession: review - last, lastSessionDate: date });
  });
});

/**
 * A silence with no session logged either (coach read 5, issue #11 finding 1: Henrik, no check-in for 6 days, no
 * session for 8): the hold had kept Tuesday's 65-min hill repeats and a 90-min long run, 12–17 days after his last
 * run, whatever his answer. Until the athlete answers, next week is a re-entry week: about 3/4 of the usual week,
 * no hills or other quality, the long run at most 3/4 of the longest run logged in the last 4 weeks, and the
 * texts say so (and that the coach restores the plan if the athlete trained without logging).
 */
describe('a silence with no session logged makes the hold a re-entry week until the athlete answers', () => {
  const review = toDayNumber(REVIEW);
  const NEXT_WEEK = fromDayNumber(review + 1);

  /** The athlete silent for 8 days and no session logged from `idleFrom` days before the review on. */
  function silent(idleFrom: number, extra: Partial<ReviewInput> = {}): ReviewInput {
    const base = SCENARIOS['no contact for a week']();
    const sessions = base.sessions.filter((x) => review - dayOf(x) >= idleFrom);
    const draft = base.nextWeekDraft as WeekPlan;
    // Strength and a hard ride beside the runs: a re-entry week eases the ride as a ride and keeps the strength.
    const plan: WeekPlan = {
      ...draft,
      sessions: [
        ...draft.sessions,
        {
          id: 'str',
          day: 0,
          kind: 'STRENGTH',
          minutes: 30,
          effort: { type: 'RPE', value: 5 },
          purpose: 'Strength',
        },
        {
          id: 'bike',
          day: 4,
          kind: 'CROSS_TRAINING',
          sport: 'BIKE',
          minutes: 45,
          effort: { type: 'RPE', value: 7 },
          purpose: 'Bike intervals',
        },
      ],
    };
    return { ...base, sessions, nextWeekDraft: plan, ...extra };
  }

  function get(input: ReviewInput, kind: Suggestion['kind']): Suggestion {
    const s = reviewAthlete(input).suggestions.find((x) => x.kind === kind);
    if (s === undefined) throw new Error(`no ${kind}`);
    return s;
  }

  /** The longest long run logged in the 28 days to the review (an unlinked run at RPE 5 or less), what the cap counts from. */
  function longestRun(input: ReviewInput): number {
    let best = 0;
    for (const x of input.sessions)
      if (x.kind === 'RUN' && x.rpe <= 5 && review - dayOf(x) < 28 && x.minutes > best) best = x.minutes;
    return best;
  }

  const hard = (x: PlannedSession): boolean =>
    x.intervals !== undefined || (x.effort.type === 'RPE' ? x.effort.value >= 5 : x.effort.value >= 3);

  it('should size the week at about 3/4 of the usual week and say it holds until the athlete answers', () => {
    const input = silent(9);
    const last = Math.max(...input.sessions.map(dayOf));
    const r = reviewAthlete(input);
    const hold = get(input, 'CAUTIOUS_HOLD');
    const base = hold.evidence.baseWeeklyMinutes as number;
    expect(r.decision.type).toBe('HOLD');
    expect(r.decision.targetMinutes).toBeLessThanOrEqual(base * 0.8);
    expect(r.decision.targetMinutes).toBeGreaterThanOrEqual(base * 0.7);
    // The usual week is the one before the gap: the empty days of the gap do not shrink it again (the same athlete
    // logging through the silence holds at the usual week).
    const usual = get(silent(0), 'CAUTIOUS_HOLD').evidence.baseWeeklyMinutes as number;
    expect(base).toBeGreaterThanOrEqual(usual * 0.85);
    // The weeks the base names are those it averaged, before the gap, and their minutes make its figure (review
    // of the change: the texts had named the empty weeks of the gap beside the figure of the weeks before it).
    const weekOf = hold.evidence.baseWeekOf as string;
    const week = r.metrics.weeks.find((x) => x.start === weekOf);
    expect(week).toBeDefined();
    expect(toDayNumber(weekOf)).toBeLessThanOrEqual(last);
    expect(Math.round(week!.minutes)).toBe(Math.round(base));
    expect(hold.athleteText).toContain(`that of ${weekOf}: ${Math.round(base)} min)`);
    // Naming the athlete, as coach texts do (Henrik's read "A re-entry week until the athlete answers").
    expect(r.decision.reason).toContain(
      `A re-entry week until Sam answers (about ${r.decision.targetMinutes} min, easy running only)`,
    );
    expect(r.decision.reason).not.toContain('the athlete');
    const unnamed = reviewAthlete({ ...input, athlete: { ...input.athlete, firstName: undefined } });
    expect(unnamed.decision.reason).toMatch(/^A re-entry week until the athlete answers \(/);
    expect(r.decision.reason).toContain(
      `no session has been logged since ${fromDayNumber(last)} (${review - last} days)`,
    );
    expect(hold.rationale).toMatch(
      new RegExp(
        `^Until Sam answers, make next week a re-entry week of about ${r.decision.targetMinutes} min`,
      ),
    );
    expect(hold.rationale).toContain(`about 75 % of the usual ${Math.round(base)} min, easy running only`);
    expect(hold.rationale).toContain('If Sam has been training without logging, restore the plan.');
    expect(hold.rationale).toContain('a return after a break is graded, easy first (our rule');
    expect(hold.athleteText).toContain(`We see no sessions logged since ${fromDayNumber(last)}`);
    expect(hold.athleteText).toContain('If you have been training without logging, tell your coach');
    // The reach-out stays first and points at the re-entry week.
    expect(r.suggestions[0].kind).toBe('NO_CONTACT_REACH_OUT');
    expect(r.suggestions[0].rationale).toContain('until Sam answers make it a re-entry week (see the hold)');
    expect(r.suggestions[0].rationale).not.toContain('assumes Sam is still training');
  });

  it('should leave no quality, a long run within its cap and strength and cross-training their own kind once applied', () => {
    const input = silent(9);
    const plan = input.nextWeekDraft as WeekPlan;
    const r = reviewAthlete(input);
    const hold = get(input, 'CAUTIOUS_HOLD');
    const a = applySuggestion(plan, hold);
    if (!a.ok) throw new Error(a.reason);
    const after = a.plan;
    const total = after.sessions.reduce((t, x) => t + x.minutes, 0);
    expect(total).toBeLessThanOrEqual(r.decision.maxMinutes + 5);
    expect(total).toBeGreaterThanOrEqual(r.decision.minMinutes);
    expect(total).toBeLessThan(plan.sessions.reduce((t, x) => t + x.minutes, 0));
    // No hills or other quality: nothing hard left, no key session but the long run.
    for (const x of after.sessions) {
      if (x.kind === 'STRENGTH') continue;
      expect({ id: x.id, hard: hard(x) }).toEqual({ id: x.id, hard: false });
    }
    const longs = after.sessions.filter((x) => x.key === true);
    expect(longs.map((x) => x.id)).toEqual([`${NEXT_WEEK}-p5`]);
    const cap = Math.floor((longestRun(input) * 0.75) / 5) * 5;
    expect(longs[0].minutes).toBeLessThanOrEqual(cap);
    expect(hold.rationale).toContain(
      `with a long run of ${cap} min at most (75 % of ${longestRun(input)} min, the longest long run Sam logged in the last 4 weeks)`,
    );
    // Strength and cross-training keep their kind (and the ride its sport); the threshold run is an easy run now.
    for (const x of after.sessions) {
      const was = plan.sessions.find((y) => y.id === x.id) as PlannedSession;
      expect({ id: x.id, kind: x.kind, sport: x.sport }).toEqual({
        id: x.id,
        kind: was.kind,
        sport: was.sport,
      });
    }
    const tue = after.sessions.find((x) => x.id === `${NEXT_WEEK}-p1`);
    if (tue !== undefined) expect(tue.purpose).toMatch(/^Easy run \(re-entry week/);
    const bike = after.sessions.find((x) => x.id === 'bike');
    expect(bike?.purpose).toMatch(/^Easy ride \(re-entry week/);
    // The athlete reads the ride taken easy, never run as an easy run.
    expect(hold.athleteText).toContain("you take Friday's bike intervals easy");
    expect(hold.athleteText).not.toMatch(/bike intervals (and [^;]* )?as (an )?easy runs?/);
    // The same review of the week it leaves changes nothing more.
    const again = reviewAthlete({ ...input, nextWeekDraft: after }).suggestions.find(
      (x) => x.kind === 'CAUTIOUS_HOLD',
    );
    expect(again?.changes ?? []).toEqual([]);
  });

  it('should keep the plain hold when sessions were logged through the silence or for a gap under 7 days', () => {
    for (const idle of [0, 5]) {
      const input = silent(idle);
      expect(review - Math.max(...input.sessions.map(dayOf))).toBeLessThan(7);
      const r = reviewAthlete(input);
      expect(r.decision.reason).toMatch(/^Hold instead of building/);
      expect(get(input, 'CAUTIOUS_HOLD').rationale).not.toContain('re-entry');
      // Five days or more with no session, under the re-entry's 7: the plan still assumes the athlete trains.
      if (idle > 0)
        expect(reachOut(input).rationale).toContain("next week's plan, which assumes Sam is still training;");
    }
  });

  /** `silent(9)` with one context event over the gap. */
  function withEvent(kind: 'VACATION' | 'ILLNESS', confirmed: boolean): ReviewInput {
    return silent(9, {
      contextEvents: [
        {
          id: 'v',
          kind,
          start: fromDayNumber(review - 8),
          end: fromDayNumber(review - 1),
          note: kind === 'VACATION' ? 'holiday' : 'flu',
          confirmed,
        },
      ],
    });
  }

  // A confirmed life event explains the gap but leaves it a break (coach read of the demo club: Lea's 11 days beside
  // a confirmed work stress had been returned to her full usual week): the re-entry week names it as the reason.
  it('should make a re-entry week of a gap a confirmed life event explains, naming the event', () => {
    const r = reviewAthlete(withEvent('VACATION', true));
    expect(r.decision.reason).toContain('A re-entry week until Sam answers');
    expect(r.decision.reason).toContain(
      `which the holiday confirmed for ${fromDayNumber(review - 8)} to ${fromDayNumber(review - 1)} explains: a break all the same`,
    );
    expect(r.decision.reason).not.toContain('no illness or event on record');
    const hold = r.suggestions.find((x) => x.kind === 'CAUTIOUS_HOLD')?.rationale ?? '';
    expect(hold).toContain('is a break whatever caused it (here the holiday)');
  });

  it('should keep the plain hold when an illness, or an event not yet confirmed, is on record over the gap', () => {
    for (const input of [withEvent('ILLNESS', true), withEvent('VACATION', false)]) {
      const r = reviewAthlete(input);
      expect(r.decision.reason).not.toContain('re-entry');
      expect(r.suggestions.find((x) => x.kind === 'CAUTIOUS_HOLD')?.rationale ?? '').not.toContain(
        're-entry',
      );
    }
  });

  it('should not make a re-entry week of a gap when the athlete is in contact or did not log regularly before it', () => {
    // Checking in daily: no silence, so no week "until the athlete answers".
    const talking = silent(9, { checkIns: SCENARIOS['steady builder']().checkIns, lastContactDate: REVIEW });
    expect(reviewAthlete(talking).decision.reason).not.toContain('re-entry');
    // Logging only every other week before the gap: a week without a log is their usual.
    const sparse = silent(9);
    const patchy: ReviewInput = {
      ...sparse,
      sessions: sparse.sessions.filter((x) => Math.floor((review - dayOf(x)) / 7) % 2 === 1),
    };
    expect(reviewAthlete(patchy).decision.reason).not.toContain('re-entry');
  });
});

/**
 * Henrik as the demo club has him (athlete10, reviewed on a Friday): strength on Monday and Thursday, hills on
 * Tuesday, an easy run on Thursday, a long run on Sunday, a marathon 14 weeks away; no check-in for 6 days and no
 * session for 8. Next week's draft: 275 min with 65-min hill repeats and a 105-min long run.
 */
describe('the re-entry week of a marathoner in a hills and strength block (athlete10 Henrik)', () => {
  const FRIDAY = shift(SUNDAY, -2);
  const WEEK = HENRIK_WEEK;
  const DRAFT = HENRIK_DRAFT;

  function henrik(
    availabilityMinutes: readonly number[] = [45, 75, 45, 90, 45, 60, 150],
    silent = true,
  ): ReviewInput {
    const input = buildCoachHistory({
      athlete: {
        id: 'henrik',
        firstName: 'Henrik',
        trainingYears: 4,
        availabilityMinutes,
      },
      reviewDate: FRIDAY,
      weeks: 10,
      plan: (w) => (w === 0 ? DRAFT : withDownWeeks(WEEK, [3, 7])(w)),
      done: (c) => (silent && c.daysAgo < 8 ? null : realisticDone(c)),
      checkIn: (c, u) => (silent && c.daysAgo < 6 ? null : withGaps(c, u)),
      planMeta: { focus: 'HILLS_STRENGTH' },
      extra: {
        races: [
          {
            id: 'cph',
            name: 'Copenhagen Marathon',
            date: shift(FRIDAY, 100),
            priority: 'A',
            expectedMinutes: 235,
          },
        ],
      },
    });
    const draft = input.nextWeekDraft as WeekPlan;
    const thu: PlannedSession = { ...draft.sessions[0], id: 'thu-strength', day: 3 };
    return {
      ...input,
      season: { ...input.season!, mesocycle: { ...input.season!.mesocycle!, focus: 'HILLS_STRENGTH' } },
      nextWeekDraft: { ...draft, sessions: [...draft.sessions, thu] },
    };
  }

  it('should ease the hills, cap the long run under the longest run logged and keep three run days and strength', () => {
    const input = henrik();
    const review = toDayNumber(FRIDAY);
    const plan = input.nextWeekDraft as WeekPlan;
    const r = reviewAthlete(input);
    expect(r.suggestions[0].kind).toBe('NO_CONTACT_REACH_OUT');
    expect(r.decision.reason).toMatch(/^A re-entry week until Henrik answers/);
    const hold = r.suggestions.find((x) => x.kind === 'CAUTIOUS_HOLD') as Suggestion;
    const a = applySuggestion(plan, hold);
    if (!a.ok) throw new Error(a.reason);
    const after = a.plan;
    const total = after.sessions.reduce((t, x) => t + x.minutes, 0);
    expect(total).toBeLessThanOrEqual(r.decision.maxMinutes + 5);
    expect(total).toBeGreaterThanOrEqual(r.decision.minMinutes);
    const tue = after.sessions.find((x) => x.day === 1 && x.kind === 'RUN') as PlannedSession;
    expect(tue.intervals).toBeUndefined();
    expect(tue.effort).toEqual({ type: 'RPE', value: 3 });
    expect(tue.key ?? false).toBe(false);
    let longest = 0;
    for (const x of input.sessions)
      if (x.kind === 'RUN' && review - dayOf(x) < 28 && x.minutes > longest) longest = x.minutes;
    const cap = Math.floor((longest * 0.75) / 5) * 5;
    const sun = after.sessions.find((x) => x.day === 6 && x.kind === 'RUN') as PlannedSession;
    expect(sun.minutes).toBeLessThanOrEqual(cap);
    expect(hold.rationale).toContain(`with a long run of ${cap} min at most (75 % of ${longest} min`);
    expect(after.sessions.filter((x) => x.kind === 'RUN').length).toBe(3);
    expect(after.sessions.filter((x) => x.kind === 'STRENGTH').length).toBeGreaterThanOrEqual(1);
    expect(hold.rationale).toContain("an easy run instead of Tuesday's hill repeats");
    // Two named run days are "2 of the 3", not "are of the 3".
    expect(hold.rationale).not.toMatch(/ are of the \d run days/);
    expect(hold.athleteText).toContain("You run Tuesday's hill repeats (65 → 25 min) as an easy run");
    // A strength session the text keeps "whole" has its minutes (the cut's last trim had taken 30 → 25 min off
    // the one it kept whole).
    const str = after.sessions.filter((x) => x.kind === 'STRENGTH');
    const whole = str.every((x) => x.minutes === 30);
    if (!whole) expect(hold.rationale).not.toContain('kept whole');
  });

  // Issue #11 (coach read of the demo club): the re-entry week had cut Thursday's easy run 45 → 25 min and kept
  // Thursday's 30-min strength whole. A return after a break is graded for the strength as for the running.
  it('should shorten strength with the running in a re-entry week, no more of it kept than the easy runs keep', () => {
    const input = henrik();
    const plan = input.nextWeekDraft as WeekPlan;
    const r = reviewAthlete(input);
    const hold = r.suggestions.find((x) => x.kind === 'CAUTIOUS_HOLD') as Suggestion;
    const a = applySuggestion(plan, hold);
    if (!a.ok) throw new Error(a.reason);
    const after = a.plan;
    const was = (x: PlannedSession): PlannedSession =>
      plan.sessions.find((y) => y.id === x.id) as PlannedSession;
    // The largest share of itself an easy run keeps (the eased hill repeats are an easy run now).
    let kept = 0;
    for (const x of after.sessions)
      if (x.kind === 'RUN' && x.key !== true) kept = Math.max(kept, x.minutes / was(x).minutes);
    expect(kept).toBeGreaterThan(0);
    const str = after.sessions.filter((x) => x.kind === 'STRENGTH');
    expect(str.length).toBeGreaterThanOrEqual(1);
    for (const x of str) {
      const most = Math.max(20, Math.ceil((was(x).minutes * kept) / 5 - 1e-9) * 5);
      expect({ id: x.id, minutes: x.minutes }).toEqual({ id: x.id, minutes: Math.min(x.minutes, most) });
      expect(x.minutes).toBeGreaterThanOrEqual(20);
      if (x.minutes < was(x).minutes)
        expect(hold.rationale).toMatch(
          new RegExp(`${weekdayName(x.day)}'s strength[a-z ]* ${was(x).minutes} → ${x.minutes} min`),
        );
    }
    const total = after.sessions.reduce((t, x) => t + x.minutes, 0);
    expect(total).toBeLessThanOrEqual(r.decision.maxMinutes + 5);
    expect(total).toBeGreaterThanOrEqual(r.decision.minMinutes);
    // No easy run is left shorter than the strength beside it on its day.
    for (const x of after.sessions)
      if (x.kind === 'RUN' && x.key !== true)
        for (const y of str) if (y.day === x.day) expect(x.minutes).toBeGreaterThanOrEqual(y.minutes);
    expect(hold.rationale).not.toContain('kept whole');
    expect(hold.rationale).toContain('its strength shortened with the running (');
    expect(hold.athleteText).toMatch(/strength[^;.]* (is|are) shorter/);
  });

  // Coach read of the demo club (2026-12-05): Henrik's text said of Thursday's strength 30 → 20 min (67 % of it) that
  // "none keeps more of itself than the easy runs do", beside Tuesday's eased hill repeats 65 → 40 min (62 %). The
  // text gives each shortened strength's share and the easy run that keeps the most, as the applied plan has them,
  // and says why a strength session keeps more (its 20-min floor). Written, and seen to fail, before the text changed.
  it.each([
    ['30 min, held at its 20-min floor above the easy runs’ share', 30, true],
    ['45 min, shortened to the easy runs’ share', 45, false],
  ])(
    "should state each shortened strength's share against the easy runs as the plan has them (Thursday's strength %s)",
    (_, thu, floor) => {
      const base = henrik();
      const draft = base.nextWeekDraft as WeekPlan;
      const input: ReviewInput = {
        ...base,
        nextWeekDraft: {
          ...draft,
          sessions: draft.sessions.map((x) => (x.id === 'thu-strength' ? { ...x, minutes: thu } : x)),
        },
      };
      const plan = input.nextWeekDraft as WeekPlan;
      const hold = reviewAthlete(input).suggestions.find((x) => x.kind === 'CAUTIOUS_HOLD') as Suggestion;
      const a = applySuggestion(plan, hold);
      if (!a.ok) throw new Error(a.reason);
      const was = (x: PlannedSession): PlannedSession =>
        plan.sessions.find((y) => y.id === x.id) as PlannedSession;
      const share = (x: PlannedSession): number => x.minutes / was(x).minutes;
      const pct = (x: PlannedSession): string => `keeps ${Math.round(share(x) * 100)} %`;
      const easy = a.plan.sessions.filter((x) => x.kind === 'RUN' && x.key !== true);
      const str = a.plan.sessions.filter((x) => x.kind === 'STRENGTH' && x.minutes < was(x).minutes);
      expect(easy.length).toBeGreaterThan(0);
      expect(str.length).toBeGreaterThan(0);
      const text = hold.rationale;
      // A claim of every easy run is true of every easy run (the demo's: 67 % of the strength against 62 %).
      if (/none keeps more of itself than the easy runs do/.test(text))
        for (const x of str) for (const y of easy) expect(share(x)).toBeLessThanOrEqual(share(y));
      const top = easy.reduce((p, x) => (share(x) > share(p) ? x : p));
      for (const x of str)
        expect(text).toMatch(
          new RegExp(
            `${weekdayName(x.day)}'s strength[a-z ]* ${was(x).minutes} → ${x.minutes} min \\(${pct(x)}\\)`,
          ),
        );
      expect(text).toContain(
        `the easy run that keeps the most, ${weekdayName(top.day)}'s easy run ${was(top).minutes} → ${top.minutes} min (${pct(top)})`,
      );
      const above = str.filter((x) => share(x) > share(top));
      if (above.length === 0)
        expect(text).toMatch(
          /\((?:[^()]|\([^()]*\))*: (?:it keeps no larger a share|none keeps a larger share) than the easy run/,
        );
      else {
        expect(text).toMatch(/keeps? a larger share than the easy run that keeps the most/);
        for (const x of above)
          if (x.minutes === 20) expect(text).toContain('20 min being the shortest a strength session goes');
      }
      // The case each row is for.
      expect(above.length > 0).toBe(floor);
    },
  );

  const DAY_WORDS = ['', '', 'two', 'three', 'four', 'five', 'six'];

  /**
   * How near `day` is to a hard or key session of `plan` or to the weekend (Saturday, Sunday, or the Sunday before a
   * Monday), in days, and the words the text must use for it.
   */
  function nearness(plan: WeekPlan, day: number): { n: number; words: RegExp; session: boolean } {
    const weekend = Math.min(Math.abs(day - 5), Math.abs(day - 6), day + 1);
    let n = weekend;
    for (const x of plan.sessions)
      if (x.kind !== 'STRENGTH' && x.kind !== 'REST' && (x.key === true || x.kind === 'RACE' || isHard(x)))
        n = Math.min(n, Math.abs(day - x.day));
    // (A session as near as the weekend is the one named.)
    const session = plan.sessions.some(
      (x) =>
        x.kind !== 'STRENGTH' &&
        x.kind !== 'REST' &&
        (x.key === true || x.kind === 'RACE' || isHard(x)) &&
        Math.abs(day - x.day) === n,
    );
    const words =
      n === 0
        ? /^on (the weekend|the day of \w+day's [a-z ]+)/
        : n === 1
          ? /^the day (before|after) (the weekend|\w+day's [a-z ]+)/
          : new RegExp(`^${DAY_WORDS[n]} days (from|before|after) (the weekend|\\w+day's [a-z ]+)`);
    return { n, words, session };
  }

  // Issue #11: "Monday's is the nearer to a hard day or the weekend" held for Henrik only through the weekend; with
  // strength on Monday and Friday (each a day from the weekend) the cut dropped Friday's and said it was the nearer.
  it('should say how near each strength day is to a hard session or the weekend, true of the plan, whatever the days', () => {
    let said = 0;
    const wrong: string[] = [];
    for (const silent of [true, false])
      for (let a = 0; a < 7; a++)
        for (let b = a + 1; b < 7; b++) {
          const base = henrik([120, 120, 120, 120, 120, 120, 150], silent);
          const draft = base.nextWeekDraft as WeekPlan;
          const str = draft.sessions.find((x) => x.kind === 'STRENGTH') as PlannedSession;
          // In contact the week builds: a draft half as long again is trimmed to the range's top.
          const sessions: PlannedSession[] = draft.sessions
            .filter((x) => x.kind !== 'STRENGTH')
            .map((x) => (silent ? x : { ...x, minutes: Math.round((x.minutes * 1.5) / 5) * 5 }));
          for (const d of [a, b]) sessions.push({ ...str, id: `str-${d}`, day: d as PlannedSession['day'] });
          const plan: WeekPlan = { ...draft, sessions };
          const input: ReviewInput = { ...base, nextWeekDraft: plan };
          for (const s of reviewAthlete(input).suggestions) {
            if (!/strength and calf work is dropped and/.test(s.rationale)) continue;
            const ap = applySuggestion(plan, s);
            if (!ap.ok) throw new Error(ap.reason);
            const after = ap.plan;
            const dropped = [a, b].filter((d) => !after.sessions.some((x) => x.id === `str-${d}`));
            expect({ a, b, silent, dropped: dropped.length }).toEqual({ a, b, silent, dropped: 1 });
            const gone = dropped[0];
            const kept = gone === a ? b : a;
            const ng = nearness(after, gone);
            const nk = nearness(after, kept);
            // (The days a and b, the dropped one and the kept one, and the sentence that says why.)
            const why = s.rationale.slice(s.rationale.indexOf('the least a strength session is worth'));
            const sentence = why.slice(0, why.indexOf('.') + 1);
            const pair = `${weekdayName(a)}/${weekdayName(b)}${silent ? ' (re-entry)' : ' (build)'}`;
            // What the days were measured against, as the plan has it: an easy-only re-entry week has no hard
            // session left (demo read: Henrik's "nearer to a hard session or the weekend" with none), so the text
            // names the weekend only, or a key session (the long run) when one counted.
            const hardLeft = after.sessions.some(
              (x) => x.kind !== 'STRENGTH' && x.kind !== 'REST' && (x.kind === 'RACE' || isHard(x)),
            );
            const what = hardLeft
              ? 'a hard session or the weekend'
              : ng.session || nk.session
                ? 'a key session or the weekend'
                : 'the weekend';
            if (!hardLeft && sentence.includes('hard session'))
              wrong.push(`${pair}: a hard session named in a week with none: ${sentence}`);
            // The one dropped is never the farther; on a tie the text says so and names the rule that chose.
            if (ng.n > nk.n) wrong.push(`${pair}: dropped the farther: ${sentence}`);
            if (ng.n === nk.n) {
              if (!sentence.includes(`as near to ${what}`) || /is the near(er|est)/.test(sentence))
                wrong.push(`${pair}: a tie (${ng.n} days each) said otherwise: ${sentence}`);
              if (gone < kept) wrong.push(`${pair}: a tie dropped the earlier day: ${sentence}`);
            } else if (!sentence.includes(`nearer to ${what} than`))
              wrong.push(`${pair}: no "nearer … than" (${ng.n} against ${nk.n} days): ${sentence}`);
            // Each day's own distance, in words true of the plan.
            for (const [d, nd] of [
              [gone, ng],
              [kept, nk],
            ] as const) {
              const at = sentence.indexOf(`${weekdayName(d)}'s `);
              const rest = sentence.slice(at + weekdayName(d).length + 3).replace(/^(is |\()/, '');
              if (at < 0 || !nd.words.test(rest))
                wrong.push(`${pair}: ${weekdayName(d)} is ${nd.n} days from one, not said so: ${sentence}`);
            }
            said++;
          }
        }
    expect(wrong).toEqual([]);
    // Most pairs of days make the cut drop one of the two.
    expect(said).toBeGreaterThan(20);
  });
});
