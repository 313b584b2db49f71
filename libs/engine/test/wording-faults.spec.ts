/**
 * Issue #11, wording: sentences a coach found untrue on the demo club, one named scenario each (each failed on
 * the engine before its fix). The class each belongs to is checked over named, generated and random athletes
 * by `falseClaims` (judgement-properties.spec.ts) and the note checks of wording.spec.ts.
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { Review, ReviewInput, Suggestion, SuggestionKind, WeekPlan } from '../src';
import { toDayNumber } from '../src/dates/local-date';
import { planMinutes } from '../src/planning/plan-measures';
import {
  buildHistory,
  dayOf,
  mondayAfter,
  planFromWeek,
  plannedSessions,
  shift,
  steadyHistory,
} from './factories/athlete-history.factory';
import { allInputs } from './factories/generated-athletes.factory';
import { falseClaims } from './factories/text-claims';

const REVIEW = '2025-03-16'; // a Sunday
const NEXT = mondayAfter(REVIEW);
const rpe = (value: number) => ({ type: 'RPE' as const, value });
const run = plannedSessions(NEXT);
const hills = {
  repeats: 10,
  workSeconds: 90,
  workEffort: rpe(8),
  recoverySeconds: 90,
  recoveryEffort: rpe(2),
};
const blocks = {
  repeats: 3,
  workSeconds: 600,
  workEffort: rpe(6),
  recoverySeconds: 120,
  recoveryEffort: rpe(3),
};
const tempo = {
  repeats: 2,
  workSeconds: 900,
  workEffort: rpe(6),
  recoverySeconds: 180,
  recoveryEffort: rpe(3),
};

function get(r: Review, kind: SuggestionKind): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (!s) throw new Error(`expected ${kind}, got ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}
const applied = (plan: WeekPlan, s: Suggestion): WeekPlan => {
  const a = applySuggestion(plan, s);
  if (!a.ok) throw new Error(a.reason);
  return a.plan;
};
const claims = (input: ReviewInput, s: Suggestion, both?: WeekPlan): string[] =>
  falseClaims({ input, plan: input.nextWeekDraft!, s, after: applied(input.nextWeekDraft!, s), both });

/**
 * athlete02: a 520-min runner (495 min a week stated, Saturday 75) with a Tuesday–Thursday trip and the coach's
 * 545-min draft: the trip (its note names no treadmill or gym: travel's default cap of 30 min a day) leaves no
 * room to build (a hold at 360 min). A trip with a hotel treadmill is texts-trip.spec.ts's.
 */
function tripWeek(note = '  Client visit in Hamburg, Tue–Thu. '): ReviewInput {
  const week = [
    null,
    { minutes: 95, rpe: 6, key: true },
    { minutes: 110, rpe: 3 },
    { minutes: 80, rpe: 5 },
    null,
    { minutes: 110, rpe: 3 },
    { minutes: 125, rpe: 4, key: true },
  ];
  const h = buildHistory({
    reviewDate: REVIEW,
    days: 120,
    week,
    downWeeks: [1, 5, 9, 13],
    availability: [45, 75, 75, 75, 0, 75, 150],
  });
  return {
    ...h,
    nextWeekDraft: {
      weekStart: NEXT,
      sessions: [
        run(1, 95, 6, { key: true, intervals: blocks, purpose: 'Steady blocks: comfortably hard' }),
        run(2, 110, 3),
        run(3, 80, 5, { intervals: tempo, purpose: 'Tempo: steady' }),
        run(5, 110, 3),
        run(6, 150, 4, { key: true, purpose: 'Long run' }),
      ],
    },
    contextEvents: [{ id: 't', kind: 'TRAVEL', start: shift(NEXT, 1), end: shift(NEXT, 3), note }],
  };
}

describe('wording faults seen on the demo club (issue #11)', () => {
  it('should say how far under its target a hold stays only as the plan bears it out (athlete02 CAUTIOUS_HOLD)', () => {
    const input = tripWeek();
    const r = reviewAthlete(input);
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const s = get(r, 'CAUTIOUS_HOLD');
    const alone = applied(input.nextWeekDraft!, s);
    // Was: "the week stays 35 min under the target" (the plan alone has 510 min, with the trip's caps 315,
    // against 360): the 35 min are what Saturday's cap took and no other day had room for.
    for (const m of s.rationale.matchAll(/(\d+) min under the target/g)) {
      expect([m[0], r.decision.targetMinutes - planMinutes(alone)]).toEqual([m[0], Number(m[1])]);
    }
    expect(s.rationale).toContain(
      '35 of the minutes Saturday loses find no room on the days with time to spare',
    );
    expect(claims(input, s)).toEqual([]);
  });

  it('should not say the week fits the athlete’s time when a day outside the event stays over it (athlete02 trip)', () => {
    const input = tripWeek();
    const s = get(reviewAthlete(input), 'LIFE_CONTEXT_REDUCTION');
    // Saturday keeps its 110 min against 75 available: that is the volume suggestion's to fit, not this one's.
    expect(planMinutes(applied(input.nextWeekDraft!, s))).toBe(350);
    expect(s.rationale).not.toMatch(/the week fits/);
    expect(claims(input, s)).toEqual([]);
  });

  it('should say a life event in words, its kind and weekdays, with its note quoted cleanly (athlete02)', () => {
    const s = get(reviewAthlete(tripWeek()), 'LIFE_CONTEXT_REDUCTION');
    // Was: "Client visit in Hamburg, Tue–Thu. Hotel has a treadmill. from 2026-12-08 to 2026-12-10: …".
    expect(s.rationale).toMatch(
      /^A trip Tuesday–Thursday \("Client visit in Hamburg, Tue–Thu\."\): plan at most 30 min a day/,
    );
    const treadmill = get(
      reviewAthlete(tripWeek('  Client visit in Hamburg, Tue–Thu. Hotel has a treadmill. ')),
      'LIFE_CONTEXT_REDUCTION',
    );
    expect(treadmill.rationale).toMatch(
      /^A trip Tuesday–Thursday \("Client visit in Hamburg, Tue–Thu\. Hotel has a treadmill\."\): plan at most 60 min a day/,
    );
    expect(s.rationale).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const dated = get(
      reviewAthlete(tripWeek('Client visit in Hamburg from 2025-03-18')),
      'LIFE_CONTEXT_REDUCTION',
    );
    expect(dated.rationale).toMatch(/^A trip Tuesday–Thursday \("Client visit in Hamburg"\): /);
  });

  it('should attribute a build’s cut below its range top to the time per day, not to the range (athlete07)', () => {
    const week = [
      null,
      { minutes: 70, rpe: 6, key: true },
      { minutes: 80, rpe: 3 },
      null,
      { minutes: 80, rpe: 3 },
      null,
      { minutes: 130, rpe: 4, key: true },
    ];
    const input: ReviewInput = {
      ...steadyHistory({ week, availability: [45, 75, 75, 45, 75, 45, 150] }),
      nextWeekDraft: {
        weekStart: NEXT,
        sessions: [
          run(1, 80, 6, { key: true, intervals: hills, purpose: 'Hill repeats: strong uphill' }),
          run(2, 115, 3),
          run(4, 115, 3),
          run(6, 130, 4, { key: true, purpose: 'Long run' }),
        ],
      },
    };
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    const s = get(r, 'BUILD');
    const after = planMinutes(applied(input.nextWeekDraft!, s));
    // The range would trim 440 min to its top; the days' time took it further, to 355.
    expect(after).toBeLessThan(r.decision.maxMinutes - 5);
    expect(s.rationale).not.toContain(`so it is trimmed to ${after} min`);
    expect(s.rationale).toContain(`fitting each day to the time the athlete has takes it to ${after} min`);
    expect(claims(input, s)).toEqual([]);
  });

  it('should never call easy runs scaled as a group while some of them grow (athlete11)', () => {
    const week = [
      { minutes: 55, rpe: 3 },
      { minutes: 80, rpe: 6, key: true },
      { minutes: 95, rpe: 3 },
      { minutes: 65, rpe: 5 },
      null,
      { minutes: 55, rpe: 3 },
      { minutes: 130, rpe: 4, key: true },
    ];
    const input: ReviewInput = {
      ...steadyHistory({ week, availability: [75, 75, 75, 75, 0, 75, 150] }),
      nextWeekDraft: {
        weekStart: NEXT,
        sessions: [
          run(0, 60, 3),
          run(1, 85, 6, { key: true, intervals: blocks, purpose: 'Steady blocks: comfortably hard' }),
          run(2, 60, 3),
          run(2, 45, 4, { kind: 'CROSS_TRAINING', purpose: 'Easy spin on the bike' }),
          run(3, 70, 5, { intervals: tempo, purpose: 'Tempo: steady' }),
          run(5, 60, 3),
          run(6, 145, 4, { key: true, purpose: 'Long run' }),
        ],
      },
    };
    const s = get(reviewAthlete(input), 'BUILD');
    // Was: "scale the easy runs 180 → 180 min (0 %)" while Wednesday's is halved and Monday's and Saturday's grow.
    expect(s.rationale).not.toMatch(/the easy runs \d+ → \d+ min/);
    expect(s.rationale).toContain("scale Wednesday's easy run 60 → 30 min (-50 %)");
    // The share of what the capped days lose that the other days take, as it is (30 of 40 here).
    expect(s.rationale).toMatch(
      /give (?:the time|\d+ of the \d+ min) Tuesday and Wednesday lose to Monday's easy run 60 → \d+ min/,
    );
    expect(claims(input, s)).toEqual([]);
  });

  it('should call a graded return’s first days easy only when nothing hard is left on them (athlete13)', () => {
    const base = steadyHistory();
    const band = reviewAthlete(base).metrics.hrv.bandLow as number;
    const review = toDayNumber(REVIEW);
    const plan = planFromWeek(NEXT);
    const input: ReviewInput = {
      ...base,
      checkIns: base.checkIns.map((c) =>
        review - dayOf(c) < 7
          ? { ...c, rmssd: Math.exp(band - 0.035), ...(review - dayOf(c) < 2 ? { stress: 6 } : {}) }
          : c,
      ),
      contextEvents: [
        {
          id: 'ws',
          kind: 'WORK_STRESS',
          start: shift(REVIEW, -4),
          end: REVIEW,
          note: 'Quarter-end close at work: long days',
        },
      ],
      // Monday carries 30 min of strength at RPE 5, as athlete13's draft did.
      nextWeekDraft: {
        ...plan,
        sessions: [
          run(0, 30, 5, { kind: 'STRENGTH', purpose: 'Strength: squats, lunges' }),
          ...plan.sessions,
        ],
      },
    };
    const r = reviewAthlete(input);
    expect(r.decision.reason).toMatch(/a graded return/);
    const s = get(r, 'RECOVERY_HOLD');
    expect(s.rationale).not.toContain('Monday and Tuesday easy');
    // (Red readiness: the strength stays, shortened with the running, not "as planned".)
    expect(s.rationale).toContain(
      "no hard running on Monday and Tuesday (Monday's strength stays, shortened with the running)",
    );
    expect(claims(input, s)).toEqual([]);
  });

  it('should keep a race a rest-day text names, and say it stays (illness rest, a trip with no time)', () => {
    const input = tripWeek();
    const withRace: ReviewInput = {
      ...input,
      athlete: { ...input.athlete },
      contextEvents: [
        { id: 't', kind: 'TRAVEL', start: shift(NEXT, 5), end: shift(NEXT, 6), availableMinutesPerDay: 0 },
      ],
      races: [{ id: 'r', name: 'Parkrun', date: shift(NEXT, 6), priority: 'C', expectedMinutes: 25 }],
      nextWeekDraft: {
        ...input.nextWeekDraft!,
        sessions: [
          ...input.nextWeekDraft!.sessions.filter((x) => x.day !== 6),
          run(6, 25, 9, { kind: 'RACE', key: true, purpose: 'Parkrun' }),
        ],
      },
    };
    const s = get(reviewAthlete(withRace), 'LIFE_CONTEXT_REDUCTION');
    expect(s.rationale).toContain("plan no training on Saturday, Sunday (Sunday's race stays)");
    expect(claims(withRace, s)).toEqual([]);
  });

  // Coach read of the demo club (2026-12-06): every hold's Progression line read "next week is held at its size",
  // true of neither this week nor the draft (Ingrid: this week 365 min, the draft 360, the hold about 310; Henrik:
  // 50, 275 and 160). The line says the hold's size, the decision's own figure. Fails before the change.
  it("should give a hold's size in the progression line, the decision's target, over the generated athletes", () => {
    let holds = 0;
    for (const input of allInputs()) {
      const r = reviewAthlete(input);
      const p = r.components.find((c) => c.component === 'PROGRESSION');
      expect(p?.summary).not.toContain('held at its size');
      // The base in words (was "sized from the last weeks' 312 min"): a week's figure, of how many weeks.
      const f = r.components.find((c) => c.component === 'CURRENT_FITNESS')?.summary ?? '';
      if (f.startsWith('Next week is sized'))
        expect(f).toMatch(
          /^Next week is sized from (?:the \d+ min a week of the last [2-9] weeks(?:, this one included)?|the \d+ min (?:a week )?of the weeks? of .*?|\d+ min a week), not from a goal\./,
        );
      // "the last 3 weeks" are the last 3 in a row, none of them a lighter week left out (the diff review's athlete: "of
      // the last 2 weeks, the lighter ones left out" averaged the weeks either side of one left out).
      const last = /of the last (\d) weeks(, this one included)?/.exec(f);
      if (last) {
        const from = last[2] ? 0 : 1;
        for (const w of r.metrics.weeks.slice(from, from + Number(last[1]))) expect(w.isDownWeek).toBe(false);
      }
      if (r.decision.type !== 'HOLD') continue;
      holds++;
      expect(p?.summary).toContain(
        `next week is a hold, not a build (its target about ${r.decision.targetMinutes} min).`,
      );
    }
    expect(holds).toBeGreaterThan(5);
  });

  // Coach read of the demo club (2026-12-06): "ADAPTATION URGENT: Readiness is green: HRV … within the usual band;
  // wellness is within the athlete's norm; no illness reported." (Ingrid), urgent for this week's long-run cut alone,
  // and said nowhere why. A status the suggestions raise above the component's own figures names them; only the
  // current fitness's own figures (form against fitness) reach urgent, so an urgent other component always says so.
  // Fails before the change (no urgent component named its suggestions).
  it('should name the suggestions that make a component urgent or raise it, over the generated athletes', () => {
    let raised = 0;
    for (const input of allInputs()) {
      const r = reviewAthlete(input);
      for (const c of r.components) {
        const m = / (Urgent|Needs attention) for the suggestions? that serves? it \(([^)]*)\)\.$/.exec(
          c.summary,
        );
        if (c.status === 'URGENT' && c.component !== 'CURRENT_FITNESS') expect(m?.[1]).toBe('Urgent');
        if (m === null) continue;
        raised++;
        const severity = m[1] === 'Urgent' ? 'URGENT' : 'ATTENTION';
        expect(c.status).toBe(severity);
        const named = r.suggestions
          .filter((x) => x.severity === severity && x.components.includes(c.component))
          .map((x) => x.kind.toLowerCase().replace(/_/g, ' '));
        expect(m[2].split(/, | and /).sort()).toEqual([...new Set(named)].sort());
      }
    }
    expect(raised).toBeGreaterThan(50);
  });
});
