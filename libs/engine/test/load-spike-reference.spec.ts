/**
 * The load-spike warning names the reference it measures against (issue #11, coach read 1, F3): Ingrid's
 * "+56 % on the three weeks before (down weeks left out)" was on one week back from the flu, while on her
 * usual weeks before the flu the same week was about +25 %. Written, and seen to fail, before the text changed.
 */
import { reviewAthlete } from '../src/review/review-athlete';
import { buildCoachHistory, easy, long, quality } from './factories/coach-histories.factory';
import type { WeekShape } from './factories/coach-histories.factory';

const rest = null;
const USUAL: WeekShape = [rest, quality(60, 'Tempo', 2, 15), easy(45), easy(45), rest, easy(45), long(90)];
const LIGHT: WeekShape = [rest, easy(30), rest, easy(30), rest, rest, easy(40)];
const BACK: WeekShape = [rest, easy(50), easy(45), easy(45), rest, rest, long(90)];

const ingrid = () =>
  buildCoachHistory({
    athlete: {
      id: 'ingrid',
      firstName: 'Ingrid',
      trainingYears: 4,
      availabilityMinutes: [60, 75, 60, 60, 60, 60, 150],
    },
    weeks: 10,
    // Next week and this week her usual week; the week before, the first back after two light (ill) weeks.
    plan: (w) => (w <= 1 ? USUAL : w === 2 ? BACK : w === 3 || w === 4 ? LIGHT : USUAL),
  });

describe('the load-spike warning says what it compares with (athlete01, coach read F3)', () => {
  it('should name the one week it measured against and the ramp on the usual weeks before the light ones', () => {
    const r = reviewAthlete(ingrid());
    const s = r.suggestions.find((x) => x.kind === 'LOAD_SPIKE_WARNING');
    expect(s).toBeDefined();
    const weeks = r.metrics.weeks;
    expect(weeks[2].isDownWeek && weeks[3].isDownWeek).toBe(true);
    // The one week it counts, and the two lighter ones it leaves out, with their loads (load-spike-weeks.spec.ts).
    const name = (k: number) => `${weeks[k].start} (${Math.round(weeks[k].load)})`;
    const one = `on the week of ${name(1)}; the weeks of ${name(2)} and ${name(3)}, lighter than it, are left out`;
    expect(s!.rationale).toContain(one);
    expect(s!.rationale).not.toContain('on the three weeks before (down weeks left out)');
    // The same week against the three usual weeks before the light ones, with its own figure.
    const ref = (weeks[4].load + weeks[5].load + weeks[6].load) / 3;
    const pctOn = Math.round((weeks[0].load / ref - 1) * 100);
    const m = /on the three build weeks before those \([^)]*about (\d+) a week\) it is ([+-]\d+) %/.exec(
      s!.rationale,
    );
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(Math.round(ref));
    expect(Math.abs(Number(m![2]) - pctOn)).toBeLessThanOrEqual(1);
  });
});
