/**
 * One unlogged day must not collapse next week (coach read of the demo club on Tuesday 2026-12-08 and Thursday
 * 2026-12-10, athlete01 Ingrid, athlete03 Sofia, athlete11 Chloé): with Monday's session not logged yet, the base
 * counted this week's days to come at the 0 % done so far ("its days to come … count at that 0 %: 0 of their 265
 * min"), so Sofia's next week was sized at about 85 min (Monday: 225), Chloé's at 270 (Monday: 525); and Ingrid's load
 * warning and current-week trim counted the same days as planned while her down week counted them at 0 %. Our rule
 * now: the share done projects the days to come only when at least 2 planned days were missed for more than a day,
 * holding a third of the week's plan, and something of the week is logged; otherwise they count as planned, in every
 * suggestion and the decision alike, and the text says why. Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { Review, ReviewInput, Suggestion, SuggestionKind } from '../src';
import { demoInput } from './factories/demo-fixtures';
import {
  type WeekShape,
  NEXT,
  buildCoachHistory,
  easy,
  long,
  quality,
  scaled,
  shift,
} from './factories/coach-histories.factory';

function find(r: Review, kind: SuggestionKind): Suggestion | undefined {
  return r.suggestions.find((x) => x.kind === kind);
}

/** Every suggestion counts this week one way: at the share done, or its days to come as planned. */
function expectOneCountOfThisWeek(r: Review): void {
  const atShare = r.suggestions.some((s) => /count at that \d+ %/.test(s.rationale));
  if (!atShare) return;
  for (const s of r.suggestions) {
    expect(s.kind).not.toBe('CURRENT_WEEK_LOAD');
    expect(s.evidence.toComeAsPlanned).not.toBe(true);
  }
}

describe('this week read with sessions not logged yet (demo club, Tuesday and Thursday reads)', () => {
  const cases = [
    ['athlete01', 'Ingrid'],
    ['athlete03', 'Sofia'],
    ['athlete11', 'Chloé'],
  ] as const;
  it.each(cases)(
    "should keep next week near Monday's when %s (%s) has sessions of this week not logged yet",
    (a) => {
      const monday = reviewAthlete(demoInput(`${a}Monday`)).decision.targetMinutes;
      const tuesday = reviewAthlete(demoInput(`${a}Tuesday`));
      const thursday = reviewAthlete(demoInput(`${a}Thursday`));
      // One unlogged Monday is no evidence of a smaller week: next week stays within 15 % of Monday's read.
      expect(tuesday.decision.targetMinutes).toBeGreaterThanOrEqual(0.85 * monday);
      // Three days not logged, nothing of the week logged: the missed days count 0 min, the rest as planned.
      expect(thursday.decision.targetMinutes).toBeGreaterThanOrEqual(0.7 * monday);
      for (const r of [tuesday, thursday]) {
        expectOneCountOfThisWeek(r);
        for (const s of r.suggestions) expect(s.athleteText).not.toMatch(/usual week: about \d\d min/);
      }
    },
  );

  it('should count this week the same way in the load warning, the trim, the down week and the backward design when Ingrid has Monday not logged', () => {
    const r = reviewAthlete(demoInput('athlete01Tuesday'));
    const w = r.metrics.weeks;
    const spike = find(r, 'LOAD_SPIKE_WARNING');
    const trim = find(r, 'CURRENT_WEEK_LOAD');
    const down = find(r, 'SCHEDULED_DOWN_WEEK');
    const design = find(r, 'BACKWARD_DESIGN_WARNING');
    expect(spike && trim && down && design).toBeTruthy();
    // The base's three weeks: this week as the load warning and the trim count it, and the two before.
    const thisLoad = spike!.evidence.weekLoad as number;
    expect(trim!.evidence.weekLoad).toBe(thisLoad);
    expect(
      Math.abs(3 * (design!.evidence.baseWeeklyLoad as number) - (thisLoad + w[1].load + w[2].load)),
    ).toBeLessThan(3);
    const thisMinutes = trim!.evidence.weekMinutes as number;
    expect(
      Math.abs(
        3 * (down!.evidence.baseWeeklyMinutes as number) - (thisMinutes + w[1].minutes + w[2].minutes),
      ),
    ).toBeLessThan(3);
    expect(design!.rationale).not.toMatch(/count at that|at that \d+ %/);
  });

  it("should say why the days to come count as planned when Sofia's Monday is not logged yet", () => {
    const r = reviewAthlete(demoInput('athlete03Tuesday'));
    const build = find(r, 'BUILD')!;
    expect(build.rationale).toContain(
      "Monday's easy run, not logged yet, counts 0 min, but too little of the week is missed to count the rest at the share done (our rule",
    );
    expect(build.rationale).not.toMatch(/count at that/);
  });
});

/** Generated weeks: a usual week, its long run and quality varied by the week. */
function shapeOf(seed: number, w: number): WeekShape {
  const f = 0.9 + 0.05 * ((seed * 7 + w * 3) % 5);
  const base: WeekShape = [
    easy(30 + 5 * (seed % 3)),
    quality(55 + 10 * (seed % 3), 'Race-specific', 3, 10),
    easy(35),
    seed % 2 === 0 ? { ...quality(50, 'Tempo', 2, 15), key: false } : easy(40),
    null,
    easy(30 + 5 * (seed % 2)),
    long(70 + 10 * (seed % 4)),
  ];
  return scaled(base, f);
}

function history(seed: number, reviewDate: string, unlogged: number | null): ReviewInput {
  return buildCoachHistory({
    athlete: {
      id: `gen-${seed}`,
      firstName: 'Gen',
      trainingYears: 5,
      availabilityMinutes: [90, 120, 90, 90, 60, 90, 150],
    },
    reviewDate,
    weeks: 8,
    // A down week four weeks back, so none falls due next week.
    plan: (w) => (w === 4 ? scaled(shapeOf(seed, w), 0.65) : shapeOf(seed, w)),
    // The review date's sessions not logged yet; one day of this week not logged (null: all logged).
    done: (c) => (c.daysAgo === 0 || (c.weeksAgo === 1 && c.weekday === unlogged) ? null : undefined),
  });
}

describe('one unlogged day of this week, reviewed Tuesday to Saturday (generated histories)', () => {
  const cases: [number, number, number][] = [];
  for (let seed = 0; seed < 4; seed++)
    for (let day = 1; day <= 5; day++)
      for (let unlogged = 0; unlogged < day; unlogged++)
        if (unlogged !== 4) cases.push([seed, day, unlogged]);
  it.each(cases)(
    'should count the days to come as planned and keep next week within 15 %% of the fully logged read (seed %i, review day %i, day %i not logged)',
    (seed, day, unlogged) => {
      const date = shift(NEXT, day - 7);
      const full = reviewAthlete(history(seed, date, null));
      const one = reviewAthlete(history(seed, date, unlogged));
      expect(one.decision.targetMinutes).toBeGreaterThanOrEqual(0.85 * full.decision.targetMinutes);
      for (const s of one.suggestions) expect(s.rationale).not.toMatch(/count at that/);
      expectOneCountOfThisWeek(one);
    },
  );
});
