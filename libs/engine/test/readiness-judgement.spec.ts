/**
 * Issue #11, readiness: a coach read of the demo club disagreed with the engine's readiness calls. One named
 * scenario per fault (each failed on the engine before its fix), and properties where a rule generalises.
 *
 * - HRV band exit: a 7-day mean 0.005 under its band's floor (athlete13) made an urgent down week, and its
 *   text read "4.40 is below your usual band 4.40–4.49".
 * - Confirmed context that ends: quarter-end work stress ending on Sunday held (cut) the whole next week.
 * - "availability 360" was the capped figure (athlete02), presented as the athlete's availability.
 * - Other readiness sentences not true of their numbers (a silent athlete "has no wellness baseline yet").
 */
import fc from 'fast-check';
import { reviewAthlete } from '../src';
import type {
  ContextEvent,
  PlannedSession,
  Review,
  ReviewInput,
  Suggestion,
  SuggestionKind,
  WeekPlan,
} from '../src';
import { fromDayNumber, toDayNumber, weekdayOf } from '../src/dates/local-date';
import { dayOf, mondayAfter, planFromWeek, shift, steadyHistory } from './factories/athlete-history.factory';

const REVIEW = '2025-03-16'; // a Sunday
const NEXT = mondayAfter(REVIEW);
const REVIEW_DAY = toDayNumber(REVIEW);
const RANK = { URGENT: 0, ATTENTION: 1, INFO: 2 } as const;
/** The wellness change rule, as every text that quotes it says it (docs/coaching-domain.md, Wellness). */
const WELLNESS_CHANGE_RULE =
  'our rule: next week changes only when the latest check-in is below norm (the composite at z -1.0 or below, or an item at z -1.5 or below while the composite is under 0) and the same signal was low on the check-in before it too, or when a second marker agrees (HRV clearly low, or a confirmed life event that day) or a lasting decline lies behind it (an item 1 SD or more worse over the last 14 days than in the 28 before)';

const history = (): ReviewInput => steadyHistory();

function get(r: Review, kind: SuggestionKind): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (!s) throw new Error(`expected ${kind}, got ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}

const texts = (r: Review): string[] => [
  r.decision.reason,
  ...r.components.map((c) => c.summary),
  ...r.suggestions.map((s) => s.rationale),
];

/** The last 7 HRV readings set so that the 7-day mean sits `under` ln units below the band's floor. */
function hrvUnderFloor(input: ReviewInput, under: number): ReviewInput {
  const band = reviewAthlete(input).metrics.hrv.bandLow as number;
  const rmssd = Math.exp(band - under);
  return {
    ...input,
    checkIns: input.checkIns.map((c) => (REVIEW_DAY - dayOf(c) < 7 ? { ...c, rmssd } : c)),
  };
}

/** The last 7 HRV readings set `over` ln units above the band's top. */
function hrvOverTop(input: ReviewInput, over: number): ReviewInput {
  const band = reviewAthlete(input).metrics.hrv.bandHigh as number;
  const rmssd = Math.exp(band + over);
  return {
    ...input,
    checkIns: input.checkIns.map((c) => (REVIEW_DAY - dayOf(c) < 7 ? { ...c, rmssd } : c)),
  };
}

/** Stress well above the athlete's usual on the last `days` check-ins (one item amber, composite amber). */
function stressed(input: ReviewInput, days = 2): ReviewInput {
  return {
    ...input,
    checkIns: input.checkIns.map((c) => (REVIEW_DAY - dayOf(c) < days ? { ...c, stress: 6 } : c)),
  };
}

/**
 * Every log of the last five weeks fulfils a planned session that prescribed the RPE it was logged at; those of
 * the last 7 days are logged `points` harder than prescribed (the sessions feel harder than usual).
 */
function withRpeDrift(input: ReviewInput, points: number): ReviewInput {
  const plans = new Map<number, PlannedSession[]>();
  const sessions = input.sessions.map((l) => {
    const d = dayOf(l);
    const age = REVIEW_DAY - d;
    if (age >= 35) return l;
    const monday = d - weekdayOf(d);
    const list = plans.get(monday) ?? [];
    list.push({
      id: `p-${l.id}`,
      day: weekdayOf(d),
      kind: 'RUN',
      minutes: l.minutes,
      effort: { type: 'RPE', value: l.rpe },
      purpose: 'Run',
    });
    plans.set(monday, list);
    return { ...l, plannedSessionId: `p-${l.id}`, rpe: age < 7 ? Math.min(10, l.rpe + points) : l.rpe };
  });
  const pastWeekPlans = [...plans].map(([monday, list]) => ({
    weekStart: fromDayNumber(monday),
    sessions: list,
  }));
  return { ...input, sessions, pastWeekPlans };
}

const withPlan = (input: ReviewInput): ReviewInput => ({ ...input, nextWeekDraft: planFromWeek(NEXT) });

const workStress = (end: string): ContextEvent => ({
  id: 'ws',
  kind: 'WORK_STRESS',
  start: shift(REVIEW, -4),
  end,
  note: 'Quarter-end close at work: long days',
});

describe('readiness judgement (issue #11)', () => {
  describe('an HRV band exit needs a margin (or persistence) and severity scales with the evidence', () => {
    it('should note an HRV mean at the edge of its band and not change the week for it (nothing else down)', () => {
      const r = reviewAthlete(withPlan(hrvUnderFloor(history(), 0.004)));
      const h = r.metrics.hrv;
      expect(h.status).toBe('BELOW_BAND');
      const kinds = r.suggestions.map((x) => x.kind);
      expect(kinds).not.toContain('RECOVERY_HOLD');
      expect(kinds).not.toContain('RECOVERY_DOWN_WEEK');
      expect(r.metrics.readiness).toBe('GREEN');
      expect(h.below?.clear).toBe(false);
      const note = get(r, 'HRV_NOTE');
      expect(note.severity).toBe('INFO');
      expect(note.changes).toEqual([]);
      expect(note.rationale).toMatch(/at the lower edge of the usual band .*so it does not count as low/);
      for (const t of texts(r)) expect(t).not.toMatch(/is below (your|the) usual band/);
    });

    it('should hold, not call an urgent down week, when HRV is only at its edge beside a wellness flag (athlete13)', () => {
      const r = reviewAthlete(withPlan(stressed(hrvUnderFloor(history(), 0.004))));
      expect(r.metrics.wellness.status).toBe('AMBER');
      expect(r.decision.type).toBe('HOLD');
      const s = get(r, 'RECOVERY_HOLD');
      expect(s.severity).toBe('ATTENTION');
      expect(r.suggestions.some((x) => x.severity === 'URGENT')).toBe(false);
      // Stress is down on the last two check-ins: the hold says which signal persists, and for how long.
      expect(s.rationale).toMatch(
        /^Readiness is amber: stress is below Sam's norm on the last 2 check-ins \(since \d{4}-\d{2}-\d{2}; z -\d\.\d today\)/,
      );
      expect(s.rationale).toMatch(
        /Sam's HRV 7-day mean is at the lower edge of the usual band .*does not count as low/,
      );
      expect(s.rationale).toContain('One marker, but a persistent one; nothing else agrees: ');
      // The athlete is not told their HRV is below their range when the coach's text says it does not count (demo
      // read, Lea on Sunday: "your HRV has been below your usual range for 2 days" beside the coach's "at the lower
      // edge … so it does not count as low"); they read the marker that does.
      expect(s.athleteText).not.toMatch(/HRV/);
      expect(s.athleteText).toMatch(/your stress score has been below your usual for several check-ins/);
    });

    it('should scale a down week with the margin: clear and two markers → attention, far out → urgent', () => {
      const clear = reviewAthlete(withPlan(stressed(hrvUnderFloor(history(), 0.035))));
      expect(clear.decision.type).toBe('DOWN');
      const a = get(clear, 'RECOVERY_DOWN_WEEK');
      expect(a.severity).toBe('ATTENTION');
      const h = clear.metrics.hrv.below;
      expect(h?.clear && !h.strong).toBe(true);
      expect(a.rationale).toContain('Two markers agree.');
      expect(a.rationale).toMatch(/Sam's HRV 7-day mean \(ln rMSSD \d\.\d\d\) is below the usual band/);

      const far = reviewAthlete(withPlan(stressed(hrvUnderFloor(history(), 0.07))));
      expect(get(far, 'RECOVERY_DOWN_WEEK').severity).toBe('URGENT');
      expect(far.metrics.hrv.below?.strong).toBe(true);
    });

    it('should count session-RPE drift as a marker that agrees: three markers make the down week urgent', () => {
      const input = withPlan(stressed(hrvUnderFloor(history(), 0.035)));
      const r = reviewAthlete(withRpeDrift(input, 2));
      const s = get(r, 'RECOVERY_DOWN_WEEK');
      expect(s.rationale).toMatch(/sessions feel harder than usual \(logged effort 2\.0 RPE points above/);
      expect(s.rationale).toContain('Three markers agree.');
      expect(s.severity).toBe('URGENT');
      // The same athlete without the drift: two markers, not urgent.
      expect(get(reviewAthlete(withRpeDrift(input, 0)), 'RECOVERY_DOWN_WEEK').severity).toBe('ATTENTION');
    });

    it('should say "(wellness flag rule is ours)" only when wellness is part of the call', () => {
      const r = reviewAthlete(withPlan(hrvUnderFloor(history(), 0.035)));
      const s = get(r, 'RECOVERY_HOLD');
      expect(r.metrics.wellness.status).toBe('GREEN');
      expect(s.rationale).not.toContain('wellness flag rule');
    });
  });

  describe('a confirmed life event that explains low readiness', () => {
    const low = (): ReviewInput => withPlan(stressed(hrvUnderFloor(history(), 0.035)));

    it('should grade the return, not cut the whole next week, when the event ends before it (athlete13)', () => {
      const input = { ...low(), contextEvents: [workStress(REVIEW)] };
      const r = reviewAthlete(input);
      expect(r.decision.type).toBe('HOLD');
      expect(r.decision.reason).toMatch(
        /a confirmed life event explains it and is over by next week: a graded return/,
      );
      const s = get(r, 'RECOVERY_HOLD');
      expect(RANK[s.severity]).toBeGreaterThanOrEqual(RANK.ATTENTION);
      expect(s.rationale).toContain(
        `The work stress ("Quarter-end close at work: long days"), confirmed for ${shift(REVIEW, -4)} to ${REVIEW}, explains it and ends on ${REVIEW}, before next week`,
      );
      expect(s.rationale).toMatch(
        // The week stays at the plan's 285 min: 280 is said to be the target it is (stated-figures.spec). The usual
        // volume is that of the weeks before the event (graded-return-usual-week.spec), named.
        /grade the return: a target of about \d+ min next week \(the usual \d+ min before the work stress \(the weeks of [-\d]+ and [-\d]+, with .* left aside\), no build\), Monday and Tuesday easy/,
      );
      // Held near the usual volume, not a down week's cut; Tuesday's key session is eased, nothing else.
      const base = s.evidence.baseWeeklyMinutes as number;
      expect(r.decision.targetMinutes).toBeGreaterThanOrEqual(Math.floor(base * 0.9));
      const eased = s.changes.filter((c) => c.type === 'REPLACE_INTENSITY');
      const plan = input.nextWeekDraft as WeekPlan;
      for (const c of eased) {
        const x = plan.sessions.find((y) => y.id === (c as { sessionId: string }).sessionId)!;
        expect(x.day).toBeLessThanOrEqual(1);
      }
      expect(eased.length).toBeGreaterThan(0);
      const summary = r.components.find((c) => c.component === 'ADAPTATION')!.summary;
      expect(summary).toContain('explains it and ends on');
    });

    it('should still count an event that goes on into next week, and say so', () => {
      const r = reviewAthlete({ ...low(), contextEvents: [workStress(shift(NEXT, 6))] });
      expect(r.decision.type).toBe('DOWN');
      const s = get(r, 'RECOVERY_DOWN_WEEK');
      expect(s.rationale).toContain('goes on into next week, so it still counts');
    });

    it('should grade the return from what was done after an illness that is over', () => {
      const base = low();
      const from = REVIEW_DAY - 8;
      const input: ReviewInput = {
        ...base,
        sessions: base.sessions.filter((x) => {
          const d = dayOf(x);
          return d < from || d > from + 4;
        }),
        contextEvents: [
          { id: 'flu', kind: 'ILLNESS', start: shift(REVIEW, -8), end: shift(REVIEW, -4), note: 'flu' },
        ],
      };
      const r = reviewAthlete(input);
      expect(r.decision.type).toBe('HOLD');
      const s = get(r, 'RECOVERY_HOLD');
      expect(s.rationale).toMatch(/The illness \("flu"\), confirmed for .* explains it and is over/);
      expect(r.decision.targetMinutes).toBeLessThanOrEqual(Math.round(r.metrics.weeklyMinutes * 1.2) + 5);
    });
  });

  it("should cite the athlete's stated availability and, separately, the cap and why (athlete02)", () => {
    const base = history();
    const input: ReviewInput = {
      ...base,
      athlete: { ...base.athlete, availabilityMinutes: [30, 75, 75, 75, 0, 90, 45] },
      contextEvents: [
        {
          id: 't',
          kind: 'TRAVEL',
          start: shift(NEXT, 1),
          end: shift(NEXT, 3),
          note: 'Client visit in Hamburg',
        },
      ],
    };
    const r = reviewAthlete(input);
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const clause = r.decision.ruledOut.join('; ');
    expect(clause).toContain("the athlete's stated availability is 390 min a week");
    expect(clause).toContain(
      'the trip ("Client visit in Hamburg") caps Tuesday–Thursday at 30 min a day (the default cap for travel)',
    );
    expect(clause).toContain('which leaves 255 min next week');
    expect(clause).not.toMatch(/availability \(255 min/);
  });

  describe('every readiness sentence is true of its numbers', () => {
    it('should not say a silent athlete has no wellness baseline', () => {
      const input = steadyHistory({ silentDays: 6 });
      const r = reviewAthlete(input);
      expect(r.metrics.readiness).toBe('UNKNOWN');
      const summary = r.components.find((c) => c.component === 'ADAPTATION')!.summary;
      expect(summary).toContain('no wellness check-in in the last 3 days');
      expect(summary).not.toMatch(/no wellness baseline yet/);
      for (const t of texts(r)) expect(t).not.toMatch(/recovery looks fine|Recovery is good/);
    });

    it('should not flag an HRV mean a hair above its band as strain', () => {
      const r = reviewAthlete(withPlan(hrvOverTop(history(), 0.002)));
      expect(r.metrics.hrv.status).toBe('ABOVE_BAND');
      expect(r.suggestions.map((x) => x.kind)).not.toContain('HRV_ABOVE_BAND');
      const summary = r.components.find((c) => c.component === 'ADAPTATION')!.summary;
      expect(summary).toContain('HRV 7-day mean is at the upper edge of the usual band');
      // Clearly above: still flagged.
      const clear = reviewAthlete(withPlan(hrvOverTop(history(), 0.06)));
      expect(clear.suggestions.map((x) => x.kind)).toContain('HRV_ABOVE_BAND');
    });

    it('should call a single below-norm check-in that in the summary, not a below-norm wellness', () => {
      const input = history();
      const last = input.checkIns.length - 1;
      const checkIns = input.checkIns.map((c, i) => (i === last ? { ...c, mood: 1, fatigue: 9 } : c));
      const r = reviewAthlete({ ...input, checkIns, nextWeekDraft: planFromWeek(NEXT) });
      expect(r.metrics.wellness.singleReading).toBe(true);
      const summary = r.components.find((c) => c.component === 'ADAPTATION')!.summary;
      expect(summary).toContain('only the latest wellness check-in is below the athlete');
      expect(summary).not.toMatch(/wellness is (amber|red)/);
    });
  });

  describe('properties over generated athletes', () => {
    const cases = fc.sample(
      fc.record({
        // Thousandths of ln rMSSD under the band's floor; half of them near it, where the edge and a clear
        // exit meet.
        under: fc.oneof(fc.integer({ min: 1, max: 15 }), fc.integer({ min: -50, max: 120 })),
        stressDays: fc.integer({ min: 0, max: 4 }),
        event: fc.constantFrom('none', 'ending', 'ongoing'),
      }),
      { numRuns: 80, seed: 11 },
    );
    const reviews = cases.map((c) => {
      let input = hrvUnderFloor(history(), c.under / 1000);
      if (c.stressDays > 0) input = stressed(input, c.stressDays);
      const events = c.event === 'none' ? [] : [workStress(c.event === 'ending' ? REVIEW : shift(NEXT, 6))];
      return { c, r: reviewAthlete(withPlan({ ...input, contextEvents: events })) };
    });

    it('should never change the week for an HRV mean at the edge of its band alone', () => {
      for (const { r } of reviews) {
        const h = r.metrics.hrv;
        if (h.status !== 'BELOW_BAND' || r.metrics.wellness.status !== 'GREEN') continue;
        // Under its floor by less than half the 7-day mean's own noise: at the edge, however long.
        const noise = Math.max(0.01, (h.baselineSd as number) / Math.sqrt(h.mean7.count));
        if ((h.bandLow as number) - (h.mean7.value as number) >= noise / 2) continue;
        const kinds = r.suggestions.map((x) => x.kind);
        expect(kinds).not.toContain('RECOVERY_HOLD');
        expect(kinds).not.toContain('RECOVERY_DOWN_WEEK');
      }
    });

    it('should make a recovery suggestion urgent only on strong evidence', () => {
      for (const { r } of reviews) {
        const s = r.suggestions.find((x) => x.kind === 'RECOVERY_DOWN_WEEK' || x.kind === 'RECOVERY_HOLD');
        if (!s || s.severity !== 'URGENT') continue;
        const b = r.metrics.hrv.below;
        const composite = r.metrics.wellness.composite.value ?? 0;
        expect(
          (b?.strong ?? false) ||
            ((b?.clear ?? false) && (b?.days ?? 0) >= 7) ||
            composite <= -2 ||
            ((s.evidence.markers as number | undefined) ?? 0) >= 3,
        ).toBe(true);
      }
    });

    it('should never hold or cut the whole next week for an event that ends before it', () => {
      for (const { c, r } of reviews) {
        if (c.event !== 'ending' || r.metrics.readiness === 'GREEN') continue;
        expect(r.decision.type).toBe('HOLD');
        expect(r.suggestions.map((x) => x.kind)).not.toContain('RECOVERY_DOWN_WEEK');
      }
    });
  });
});

describe('one wellness item low on check-ins running, the rest of the check-in fine (coach read 7: Tom)', () => {
  /** Mood well under the athlete's usual on the last `days` check-ins, every other item better than usual. */
  function lowMood(input: ReviewInput, days: number): ReviewInput {
    return {
      ...input,
      checkIns: input.checkIns.map((c) =>
        REVIEW_DAY - dayOf(c) < days
          ? { ...c, mood: 5, sleepQuality: 8, fatigue: 2, soreness: 2, stress: 2 }
          : c,
      ),
    };
  }

  it('should note a mood low on two check-ins running while the composite is within norm, and change nothing', () => {
    const r = reviewAthlete(withPlan(lowMood(history(), 2)));
    expect(r.metrics.wellness.status).toBe('GREEN');
    expect(r.metrics.wellness.composite.value!).toBeGreaterThanOrEqual(0);
    const low = r.metrics.wellness.itemLow!;
    expect(low).toMatchObject({ item: 'mood', checkIns: 2, since: shift(REVIEW, -1) });
    const note = get(r, 'WELLNESS_NOTE');
    expect(note.changes).toEqual([]);
    const z = r.metrics.wellness.zScores.mood!;
    expect(z).toBeLessThanOrEqual(-1.5);
    // No "their": the engine knows no pronoun for the athlete, so the text names no one's norm.
    expect(note.rationale).toContain(
      `Sam's mood has been low on the last 2 check-ins (since ${shift(REVIEW, -1)}; z ${z.toFixed(1)} on ${REVIEW}; our threshold: z -1.5 or below on each), but the wellness composite is within norm (z ${r.metrics.wellness.composite.value!.toFixed(1)}, not under 0)`,
    );
    expect(note.athleteText).toContain('your mood score has been below your usual on your last 2 check-ins');
    expect(r.decision.type).toBe('BUILD');
  });

  it('should state the rule the engine applies, which a mood low on check-ins running with the composite above 0 does not meet (coach read 9: Tom)', () => {
    // Tom's note said "a change needs wellness below norm on check-ins running" beside his mood low on two
    // check-ins running: the rule as worded read as met. The rule is the flag rule on the latest check-in (the
    // composite, or an item with the composite under 0) followed back on the check-in before.
    const r = reviewAthlete(withPlan(lowMood(history(), 2)));
    const note = get(r, 'WELLNESS_NOTE');
    const c = r.metrics.wellness.composite.value!;
    expect(note.rationale).not.toContain('a change needs wellness below norm on check-ins running');
    expect(note.rationale).toContain(
      `but the wellness composite is within norm (z ${c.toFixed(1)}, not under 0), so by our flag rule the check-in is not flagged and next week does not change (${WELLNESS_CHANGE_RULE}). A score that stays low is still worth a word: ask Sam how things are.`,
    );
  });

  it('should rank a persistent low item as attention, ahead of an info build or hold (coach read: Tom)', () => {
    // Tom's note ("mood below norm on the last 2 check-ins … ask Tom how things are") ranked 4th, below an INFO
    // hold, shown only as "also". By the ranking rule (severity first): one item low on check-ins running is as
    // persistent as the item that holds a week when the composite is below norm too (athlete12, attention); here
    // the rest of the check-in is fine, so no change, but the same severity.
    const r = reviewAthlete(withPlan(lowMood(history(), 2)));
    const note = get(r, 'WELLNESS_NOTE');
    expect(note.severity).toBe('ATTENTION');
    const kinds = r.suggestions.map((x) => x.kind);
    expect(kinds.indexOf('WELLNESS_NOTE')).toBeLessThan(kinds.indexOf('BUILD'));
    for (let i = 1; i < r.suggestions.length; i++) {
      expect(RANK[r.suggestions[i - 1].severity]).toBeLessThanOrEqual(RANK[r.suggestions[i].severity]);
    }
    // One such check-in is no note at all (it is not persistent).
    const one = reviewAthlete(withPlan(lowMood(history(), 1)));
    expect(one.suggestions.map((x) => x.kind)).not.toContain('WELLNESS_NOTE');
  });

  /** Tom's week (coach read 11): his mood low on the last 2 check-ins, sleep quality low on two check-ins before and soreness on one. */
  function tomsWeek(input: ReviewInput): ReviewInput {
    const low = lowMood(input, 2);
    return {
      ...low,
      checkIns: low.checkIns.map((c) => {
        const ago = REVIEW_DAY - dayOf(c);
        if (ago === 6 || ago === 5) return { ...c, sleepQuality: 5 };
        if (ago === 4) return { ...c, soreness: 5 };
        return c;
      }),
    };
  }

  it('should count the other low check-ins of the week, as the one-reading note does, and ask first at 3 or more (coach read 11: Tom)', () => {
    // Tom's note said "mood has been below norm on the last 2 check-ins … ask Tom how things are" while by the
    // engine's own count 5 of his 7 check-ins were low (sleep quality, soreness, mood): Nora, 4 of 7, is asked
    // about before the week is published. One rule, one wording.
    const r = reviewAthlete(withPlan(tomsWeek(history())));
    const w = r.metrics.wellness;
    expect(w.itemLow).toMatchObject({ item: 'mood', checkIns: 2 });
    expect(w.recent).toMatchObject({
      below: 5,
      checkIns: 7,
      itemLow: { mood: 2, sleepQuality: 2, soreness: 1 },
    });
    const note = get(r, 'WELLNESS_NOTE');
    expect(note.changes).toEqual([]);
    expect(note.rationale).toContain(
      `A score that stays low is still worth a word. They are not the only low check-ins: 5 of the 7 check-ins of the last 7 days (since ${shift(REVIEW, -6)}) were low (items at z -1.5 or below: sleep quality on 2, mood on 2, soreness on 1). That is 3 or more in 7 days (our threshold): ask Sam how things are before you publish next week.`,
    );
    expect(note.rationale).not.toContain('still worth a word: ask Sam how things are.');
    expect(note.athleteText).toBe(
      'Nothing changes in your plan for this: your mood score has been below your usual on your last 2 check-ins, and 3 other check-ins of the last 7 days were below your usual too; tell your coach how things are before next week is confirmed.',
    );
    // It asks first, as Nora's does: it ranks first, and the build beside it waits for the answer, with the count.
    expect(r.suggestions[0].kind).toBe('WELLNESS_NOTE');
    expect(r.decision.type).toBe('BUILD');
    const build = get(r, 'BUILD');
    expect(build.rationale).toContain(
      `mood is low with the composite within norm, and 5 of the 7 check-ins of the last 7 days (since ${shift(REVIEW, -6)}) were low (see the note above: our threshold, 3 or more), so this build is pending Sam's answer`,
    );
    expect(build.rationale).not.toContain('recovery looks fine');
    expect(r.decision.reason).toContain("pending Sam's answer on 5 low check-ins in the last 7 days");
    // With only its own 2 check-ins low, the note is as it was.
    const two = get(reviewAthlete(withPlan(lowMood(history(), 2))), 'WELLNESS_NOTE');
    expect(two.rationale).toContain('A score that stays low is still worth a word: ask Sam how things are.');
    expect(two.rationale).not.toContain('not the only low');
  });

  /** The note's words on the check-in, the rule it quotes left out (the rule defines "below norm" for a check-in). */
  const ownWords = (note: Suggestion): string => note.rationale.split(WELLNESS_CHANGE_RULE).join('');

  it('should not call the item below norm beside a check-in that is not below norm (demo: Tom)', () => {
    // Tom's note read "Tom's mood has been below norm on the last 2 check-ins … the check-in is not below norm by
    // our flag rule": "below norm", then "not below norm". The item is low; the check-in is not flagged.
    for (const input of [lowMood(history(), 2), lowMood(history(), 3), tomsWeek(history())]) {
      const note = get(reviewAthlete(withPlan(input)), 'WELLNESS_NOTE');
      const own = ownWords(note);
      expect(own).toMatch(/^Sam's mood has been low on the last \d check-ins/);
      expect(own).not.toContain('below norm');
      expect(note.rationale).toContain(
        'so by our flag rule the check-in is not flagged and next week does not change',
      );
      // The athlete's text never says "not below your usual" beside the item "below your usual" either.
      expect(note.athleteText).not.toContain('not below');
    }
  });

  /** A trip next Tuesday to Thursday: the build becomes a hold (`CAUTIOUS_HOLD`), as Tom's did in the demo. */
  const withTrip = (input: ReviewInput): ReviewInput => ({
    ...withPlan(input),
    contextEvents: [
      {
        id: 'trip',
        kind: 'TRAVEL',
        start: shift(NEXT, 1),
        end: shift(NEXT, 3),
        note: 'Client visit in Hamburg',
      },
    ],
  });

  it('should hold pending the answer when the note asks first, as a build does (demo read: Tom)', () => {
    // Tom's decision read "HOLD (Hold instead of building: the trip (…) is confirmed for next week.)" beside a note
    // asking the coach to ask Tom how things are before next week is published (5 of his 7 check-ins low), while a
    // build beside such a note says "pending Nora's answer on 4 low check-ins …".
    const r = reviewAthlete(withTrip(tomsWeek(history())));
    expect(r.decision.type).toBe('HOLD');
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const note = get(r, 'WELLNESS_NOTE');
    expect(note.evidence.askFirst).toBe(true);
    expect(r.suggestions[0]).toBe(note);
    // The hold stands whatever Sam answers: the text says what the coach does, publish it after the answer (demo
    // read: Tom's had read "This hold is pending Tom's answer …" beside a note saying next week does not change).
    const pending =
      "Publish this hold after Sam's answer on 5 low check-ins in the last 7 days (see the wellness note).";
    expect(r.decision.reason).toMatch(
      /^Hold instead of building: the trip \("Client visit in Hamburg"\) is confirmed for next week\./,
    );
    expect(r.decision.reason).toContain(`for next week. ${pending}`);
    expect(r.decision.reason.endsWith(pending)).toBe(true);
    expect(r.decision.reason).not.toContain('pending');
    const hold = get(r, 'CAUTIOUS_HOLD');
    // (The plan stays at 285 min: the figure is the hold's target, said so: stated-figures.spec.)
    expect(hold.rationale).toMatch(
      /^Hold next week at a target of about \d+ min \(\d+–\d+ min\) instead of building/,
    );
    expect(hold.rationale.endsWith(` ${pending}`)).toBe(true);
    expect(hold.rationale).not.toContain('pending');
    // Only when the note asks first: with its own 2 check-ins low, the hold waits for no one.
    const two = reviewAthlete(withTrip(lowMood(history(), 2)));
    expect(two.decision.rule).toBe('CAUTIOUS_HOLD');
    expect(get(two, 'WELLNESS_NOTE').evidence.askFirst).toBe(false);
    expect(two.decision.reason).not.toContain('pending');
    expect(get(two, 'CAUTIOUS_HOLD').rationale).not.toContain('pending');
  });

  it('should not hold an illness rest for the answer: rest is decided whatever the athlete says', () => {
    // An illness rest (or an injury check) beside a note that asks first: the note still asks, but the rest does not
    // wait for the answer ("Next week's plan is pending …" had read as if the rest could be called off).
    const input = tomsWeek(history());
    const last = input.checkIns.length - 1;
    const sick: ReviewInput = withPlan({
      ...input,
      checkIns: input.checkIns.map((c, i) => (i === last ? { ...c, illness: 'BELOW_NECK_OR_FEVER' } : c)),
    });
    const r = reviewAthlete(sick);
    expect(['ILLNESS_REST', 'ILLNESS_EASY_ONLY']).toContain(r.decision.rule);
    expect(get(r, 'WELLNESS_NOTE').evidence.askFirst).toBe(true);
    expect(r.decision.reason).not.toContain('pending');
    expect(get(r, r.decision.rule).rationale).not.toContain('pending');
  });

  it('should leave one such check-in alone: one item on one check-in is neither a flag nor a note', () => {
    const r = reviewAthlete(withPlan(lowMood(history(), 1)));
    expect(r.metrics.wellness.itemLow).toBeNull();
    expect(r.suggestions.map((x) => x.kind)).not.toContain('WELLNESS_NOTE');
  });
});
