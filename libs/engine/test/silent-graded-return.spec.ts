/**
 * Silent days are unknown, not days without training (coach read of the demo club on Saturday 2026-12-12, nothing
 * logged after Monday 00:20, so every athlete is 5 days without contact): Ingrid's return after her illness was graded
 * "from where Ingrid is: 47 min in the last 7 days" (five of them silent, where the same review says "nothing is known
 * of them"), a hold of 55 min against the week of 2026-11-30 she trained; Emma's return after her race's transition
 * stepped "from the 75 min of this week" (its silent days counted as 0), a hold of 90 min. Our rule now: when the
 * athlete has been silent for the reach-out threshold or longer and nothing is logged since an earlier week, a graded
 * return steps from the last week trained, and says so. Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { loggedIn as weekMinutes, reviewTexts as texts } from './factories/review-helpers';

describe('a graded return after a silence steps from the last week trained (demo club, Saturday read)', () => {
  it('should not grade Ingrid from silent days counted as 0', () => {
    const input = demoInput('athlete01Saturday');
    const r = reviewAthlete(input);
    const trained = weekMinutes(input, '2026-11-30');
    expect(trained).toBeGreaterThan(0);
    for (const t of texts(r)) expect(t).not.toMatch(/min in the last 7 days, at most \+20 %/);
    // Never below the ramp limit's step from the week trained, nor above the usual week.
    expect(r.decision.targetMinutes).toBeGreaterThanOrEqual(Math.min(trained, 200));
  });

  it('should step Emma back from the last week trained, and say that nothing is known of the silent days', () => {
    const input = demoInput('athlete05Saturday');
    const r = reviewAthlete(input);
    const trained = weekMinutes(input, '2026-11-30');
    expect(trained).toBeGreaterThan(0);
    const all = texts(r).join('\n');
    expect(all).not.toMatch(/from the \d+ min of this week/);
    expect(all).toContain(
      `nothing is known of the last 5 days: graded from the week of 2026-11-30, as trained (${trained} min)`,
    );
    expect(r.decision.targetMinutes).toBeLessThanOrEqual(trained * 1.2);
    expect(r.decision.targetMinutes).toBeGreaterThan(trained * 1.2 - 5);
  });
});
