/**
 * A silent week is no down week taken (issue #11, "weeks are the plan's weeks"): `weeksSinceDownWeek` read a week whose
 * load fell because the athlete did not report (nothing logged, or days in the current no-contact gap) as a down week,
 * and reset the count as if the athlete had recovered on purpose. Demo club on the Sunday tick (`--now
 * 2026-12-13T17:00:00Z`) and the next Monday (`2026-12-14T09:00:00Z`), the club silent since 2026-12-06/07: Ingrid's
 * week of 2026-12-07 (planned 360 min, not a down week by its plan) read "and is a down week", 0 weeks since the last
 * one, where her last down week is that of 2026-11-16, with two build weeks since. Our rule now: such a week is neither a
 * down week nor a build week; the count passes over it and the texts name it. A week its plan made a down week stays
 * one, silent or not. Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { Review } from '../src';
import { demoInput } from './factories/demo-fixtures';

function progression(r: Review): string {
  const c = r.components.find((x) => x.component === 'PROGRESSION');
  if (c === undefined) throw new Error('no PROGRESSION component');
  return c.summary;
}

describe('a silent week is no down week taken (demo club, Sunday tick and next Monday)', () => {
  it("should count Ingrid's build weeks since the week of 2026-11-16 on the Sunday tick, not this silent week", () => {
    const r = reviewAthlete(demoInput('athlete01NextSunday'));
    const since = r.metrics.weeksSinceDownWeek;
    expect(since.value).toBe(2);
    expect(since.note).toContain('the week of 2026-12-07 fell in a silence');
    expect(progression(r)).not.toContain('and is a down week');
    expect(progression(r)).toContain(
      '2 build weeks since the last down week (the week of 2026-12-07 fell in a silence',
    );
  });

  it('should pass over both silent weeks on the next Monday, this week (begun that morning) not yet named', () => {
    // A week is named as fallen in a silence once its days are behind (`weekDaysBehind`), as the re-entry's blank weeks.
    const r = reviewAthlete(demoInput('athlete01NextMonday'));
    expect(r.metrics.weeksSinceDownWeek.value).toBe(2);
    expect(r.metrics.weeksSinceDownWeek.note).toContain(
      'the week of 2026-12-07 fell in a silence (nothing logged, or no contact): no down week taken, nor a build week; this week so far, in the silence, is not counted yet',
    );
  });

  it("should keep a week its plan made down as a down week, silent or not (Sofia's week of 2026-11-30)", () => {
    const r = reviewAthlete(demoInput('athlete03NextMonday'));
    expect(r.metrics.weeksSinceDownWeek.value).toBe(0);
    expect(r.metrics.weeksSinceDownWeek.note).toContain('the week of 2026-12-07 fell in a silence');
    expect(r.metrics.weeksSinceDownWeek.note).toContain(
      'this week so far, in the silence, is not counted yet',
    );
    expect(r.metrics.weeks[2]?.isDownWeek).toBe(true);
  });

  it("should not change the decision the silence already makes cautious (Ingrid's re-entry, Jonas's red down week)", () => {
    expect(reviewAthlete(demoInput('athlete01NextSunday')).decision.rule).toBe('CAUTIOUS_HOLD');
    const jonas = reviewAthlete(demoInput('athlete04NextMonday'));
    expect(jonas.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    expect(jonas.metrics.weeksSinceDownWeek.value).toBe(7);
  });
});
