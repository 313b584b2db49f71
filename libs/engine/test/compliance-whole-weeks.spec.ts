/**
 * The weekly compliance is of whole weeks (issue #11, "weeks are the plan's weeks"): the logs are read 42 days back
 * from the review date, and a week whose plan starts before that was listed with all its plan's minutes against the
 * minutes of the few days of it read, a partial week's figure, and that figure went into the "N % of the planned
 * minutes were done" of the individualization summary. Our rule now: such a week is left out of the weekly figures
 * and the total. Demo club, Ingrid on Sunday 2026-12-06 (the logs read from 2026-10-25, a Sunday: the week of
 * 2026-10-19 had one day read). Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import { toDayNumber } from '../src/dates/local-date';
import { demoInput } from './factories/demo-fixtures';

describe('the weekly compliance reads whole weeks (demo club, Ingrid on Sunday 2026-12-06)', () => {
  const input = demoInput('athlete01');
  const r = reviewAthlete(input);
  const c = r.metrics.compliance;
  const horizonFrom = toDayNumber(input.reviewDate) - 42;

  it('should list no week that starts before the logs read', () => {
    expect(c.weeks.length).toBeGreaterThan(0);
    for (const w of c.weeks) expect(toDayNumber(w.weekStart)).toBeGreaterThanOrEqual(horizonFrom);
  });

  it('should give the total of the whole weeks read, and the summary should say that figure', () => {
    let planned = 0;
    let done = 0;
    for (const w of c.weeks) {
      if (toDayNumber(w.weekStart) < horizonFrom) continue;
      planned += w.plannedMinutes;
      done += w.completedMinutes;
    }
    expect(c.pct.value).toBe(Math.round((done / planned) * 100));
    const ind = r.components.find((x) => x.component === 'INDIVIDUALIZATION');
    expect(ind?.summary).toContain(`${c.pct.value} % of the planned minutes were done`);
  });
});
