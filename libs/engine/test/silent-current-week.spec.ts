/**
 * Days past without contact are not "done as logged" (coach read of the demo club on Saturday 2026-12-12, nothing
 * logged after Monday 00:20): Jonas's current-week cut read "This week goes from 195 min (the days past as logged; the
 * plan has 595 min)", counting five silent days as 0 min done, and Jonas read "about 75 min for the whole week instead
 * of 195 min" beside a plan that shows 595. Our rule now: silent for the reach-out threshold or longer with nothing
 * logged since, the days past are unknown: the texts say so and count the week as the plan the athlete sees. Written,
 * and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { get } from './factories/review-helpers';

describe("this week's figures after a silence (demo club, Saturday read)", () => {
  it("should not count Jonas's silent days as done, and compare with the plan he sees", () => {
    const input = demoInput('athlete04Saturday');
    const r = reviewAthlete(input);
    const cut = get(r, 'CURRENT_WEEK_RECOVERY');
    let planned = 0;
    for (const s of input.currentWeekPlan?.sessions ?? []) if (s.kind !== 'RACE') planned += s.minutes;
    expect(cut.rationale).not.toContain('the days past as logged');
    expect(cut.rationale).toContain('nothing is logged since the last contact 5 days ago');
    expect(cut.rationale).toContain(`This week goes from ${planned} min`);
    expect(cut.athleteText).toContain(`instead of ${planned} min`);
  });

  it('should keep the days past as logged when the athlete is in contact', () => {
    const input = demoInput('athlete04Saturday');
    const r = reviewAthlete({ ...input, lastContactDate: input.reviewDate });
    const cut = get(r, 'CURRENT_WEEK_RECOVERY');
    expect(cut.rationale).not.toContain('nothing is logged since the last contact');
  });
});
