/**
 * Coach read (issue #11), athlete04 Jonas, red readiness on a low HRV: the spell's first day moved from day to day
 * ("for 16 days running (since 2026-11-22)" on Monday 12-07, "for 17 days running (since 2026-11-26)" on Saturday
 * 12-12, counted through four days with no reading, "16 days running (since 2026-11-23)" on the next Monday's held
 * reading). The spell is dated by the readings, each day against its own band: one first day on every review date,
 * counted to the last reading, and said "as of the last reading on D" once the readings stopped.
 */
import { reviewAthlete } from '../src';
import type { Review } from '../src';
import { demoInput } from './factories/demo-fixtures';

function spell(r: Review): { days: number; since: string; rest: string } {
  const text = r.suggestions.map((s) => s.rationale).join(' ');
  const m = /for (\d+) days running \(since (\d{4}-\d{2}-\d{2})\)([^,;:]*)/.exec(text);
  if (m === null) throw new Error('no "days running (since …)" in the review');
  return { days: Number(m[1]), since: m[2], rest: m[3] };
}

const dayMs = 86_400_000;
const daysFrom = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / dayMs + 1;

describe('a low-HRV spell is dated by its readings, the same on every day (Jonas)', () => {
  it('should give one first day on Monday, Saturday and the next Monday, counted to the last reading', () => {
    const monday = spell(reviewAthlete(demoInput('athlete04Monday')));
    const saturday = spell(reviewAthlete(demoInput('athlete04Saturday')));
    const nextMonday = spell(reviewAthlete(demoInput('athlete04NextMonday')));
    expect(saturday.since).toBe(monday.since);
    expect(nextMonday.since).toBe(monday.since);
    // The fixtures' readings stop after Monday 2026-12-07: counted to it, and said.
    expect(saturday.rest).toBe(' as of the last reading on 2026-12-07');
    expect(nextMonday.rest).toBe(' as of the last reading on 2026-12-07');
    expect(saturday.days).toBe(daysFrom(saturday.since, '2026-12-07'));
    expect(nextMonday.days).toBe(saturday.days);
    // On Monday the last reading is that day's own: nothing to say.
    expect(monday.days).toBe(daysFrom(monday.since, '2026-12-07'));
    expect(monday.rest).toBe('');
  });
});
