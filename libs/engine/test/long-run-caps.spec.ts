/**
 * Long-run caps that hold everywhere (coach reads of the demo club, 2026-12-04). Each check was written, and seen
 * to fail, before the engine was changed.
 * - Any illness narrowed the long-run window to the days since it, a one-day cold trained through too.
 */
import { reviewAthlete } from '../src';
import type { ReviewInput, Suggestion } from '../src';
import { shift } from './factories/coach-histories.factory';
import { FRIDAY, ingridBackFromFlu } from './factories/ingrid.factory';

function get(r: ReturnType<typeof reviewAthlete>, kind: Suggestion['kind']): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (s === undefined) throw new Error(`no ${kind}: ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}

describe('which illness resets the long-run reference (athlete01)', () => {
  /** Ingrid, with a one-day illness last Wednesday (after the flu), the easy run that day done as planned. */
  function withCold(status: 'ABOVE_NECK' | 'BELOW_NECK_OR_FEVER'): ReviewInput {
    const base = ingridBackFromFlu();
    const day = shift(FRIDAY, -9);
    expect(base.sessions.some((x) => x.date === day && x.kind === 'RUN')).toBe(true);
    const checkIns = base.checkIns.some((c) => c.date === day)
      ? base.checkIns.map((c) => (c.date === day ? { ...c, illness: status } : c))
      : [...base.checkIns, { date: day, illness: status }];
    return { ...base, checkIns };
  }

  it('should keep counting from the flu, not from a one-day cold she trained through', () => {
    const r = reviewAthlete(withCold('ABOVE_NECK'));
    const s = get(r, r.decision.rule as Suggestion['kind']);
    expect(s.rationale).toContain(
      `the longest long run Ingrid logged since the illness of ${shift(FRIDAY, -20)} to ${shift(FRIDAY, -15)}`,
    );
    expect(s.rationale).toContain(`Sunday's long run comes down to 55 min`);
    expect(s.rationale).not.toContain(`since the illness of ${shift(FRIDAY, -20)} to ${shift(FRIDAY, -9)}`);
  });

  it('should count from a fever, however short', () => {
    const r = reviewAthlete(withCold('BELOW_NECK_OR_FEVER'));
    const s = get(r, r.decision.rule as Suggestion['kind']);
    // One day: "since the illness of 2025-10-01", not "of 2025-10-01 to 2025-10-01".
    expect(s.rationale).toMatch(new RegExp(`logged since the illness of ${shift(FRIDAY, -9)}[ ,(]`));
    expect(s.rationale).not.toContain(`since the illness of ${shift(FRIDAY, -9)} to`);
    expect(s.rationale).not.toContain(`since the illness of ${shift(FRIDAY, -20)}`);
  });
});
