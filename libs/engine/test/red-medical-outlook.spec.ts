/**
 * The outlook after a medical-check week (coach read of athlete04, Jonas, 2026-12-05): its return weeks were labelled
 * "after the down week for red readiness" (it was a medical-check week), and midpoints stepped +22 % and +21 % beside
 * "within the ramp limit": the minutes beneath were +20 % a week, the ranges' rounding (each end rounded down to 5 min)
 * had made them look otherwise. The return steps from the range the coach reads, so every midpoint is within +20 % of
 * the one before (the first from next week's size).
 */
import { reviewAthlete } from '../src';
import type { OutlookWeek } from '../src';
import { jonasAt, jonasRed, NO_MEDICAL_CHECK } from './factories/jonas.factory';

const mid = (w: OutlookWeek): number => (w.minMinutes + w.maxMinutes) / 2;

/** Every week whose note says "within the ramp limit" is within +20 % of the week before it, as the coach reads them. */
function withinRamp(weeks: readonly OutlookWeek[], first: number): number {
  let n = 0;
  for (let i = 0; i < weeks.length; i++) {
    if (!/within the ramp limit/.test(weeks[i].note ?? '')) continue;
    n++;
    const before = i === 0 ? first : mid(weeks[i - 1]);
    expect(mid(weeks[i])).toBeLessThanOrEqual(before * 1.2);
  }
  return n;
}

describe('the outlook after a medical-check week says what it follows, its steps within the ramp limit as read', () => {
  it('should name the medical-check week and step its return within +20 % a week, midpoint to midpoint', () => {
    const r = reviewAthlete(jonasAt('2025-03-14'));
    expect(r.outlook[0].note).toContain('until a doctor has cleared Sam');
    const notes = r.outlook.map((w) => w.note ?? '');
    expect(notes.some((x) => /down week for red readiness/.test(x))).toBe(false);
    expect(notes[1]).toMatch(
      /^after the medical-check week: back toward \d+ min(?:, as far as the \d+ min a week available allow,)? within the ramp limit$/,
    );
    expect(withinRamp(r.outlook, r.decision.targetMinutes)).toBeGreaterThanOrEqual(3);
  });

  it('should step the return after an escalated red down week within +20 % a week, midpoint to midpoint', () => {
    const r = reviewAthlete(jonasRed(16), NO_MEDICAL_CHECK);
    expect(r.outlook[0].note).toMatch(/^after the down week for red readiness/);
    expect(withinRamp(r.outlook, r.decision.targetMinutes)).toBeGreaterThanOrEqual(1);
  });
});
