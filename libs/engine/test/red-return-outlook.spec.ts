/**
 * Coach read 12 (athlete04, Jonas: red readiness for 15 days, an escalated down week 625 → 340 min): his season
 * outlook went straight back to his usual weeks (415–510 min) the week after the down week. After two weeks or more
 * of red readiness a coach returns gradually: the outlook's weeks after an escalated down week return to the usual
 * level at most +20 % a week (the ramp limit) from the down week's minutes, as they do after an A race's transition
 * (docs/coaching-domain.md, Season outlook), before builds and down weeks resume. A down week for red readiness
 * that is not escalated (under two weeks) is an ordinary down week: the week after it is back at the usual level.
 */
import { reviewAthlete } from '../src';
import type { OutlookWeek } from '../src';
import { jonasRed, NO_MEDICAL_CHECK } from './factories/jonas.factory';
import { get } from './factories/review-helpers';

/** An outlook week's middle (its range is ±10 % of it, each end rounded down to 5 min). */
const mid = (w: OutlookWeek): number => (w.minMinutes + w.maxMinutes) / 2;

describe('coach read 12: the outlook after an escalated red down week returns within the ramp limit', () => {
  it('should grow from the down week at most +20 % a week back to the usual level, then build and cut as before', () => {
    const r = reviewAthlete(jonasRed(16), NO_MEDICAL_CHECK);
    expect(r.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    expect(get(r, 'RECOVERY_DOWN_WEEK').evidence.lowReadinessDays).toBeGreaterThanOrEqual(14);
    const down = r.decision.targetMinutes;
    // The usual level the outlook holds once back (the week's availability bounds it: 555 min, so about 505).
    const usual = Math.max(...r.outlook.map(mid));
    expect(usual).toBeGreaterThan(down * 1.2 * 1.05);
    // The first week after the down week: at most +20 % on it, and its note says why.
    expect(mid(r.outlook[0])).toBeLessThanOrEqual(down * 1.2 * 1.01);
    expect(r.outlook[0].maxMinutes).toBeLessThan(usual * 1.1 - 5);
    expect(r.outlook[0].note).toMatch(
      /^after the down week for red readiness: back toward \d+ min, as far as the 555 min a week available allow, within the ramp limit$/,
    );
    // The level it names is the one the weeks get back to (within the outlook's 5-min rounding).
    const toward = Number(/back toward (\d+) min/.exec(r.outlook[0].note!)![1]);
    expect(Math.abs(toward - usual)).toBeLessThanOrEqual(5);
    // Each week after it at most +20 % on the one before, until the usual level is reached.
    let back = 0;
    while (back < r.outlook.length && mid(r.outlook[back]) < usual - 5) back++;
    expect(back).toBeGreaterThanOrEqual(1);
    expect(back).toBeLessThan(4);
    for (let i = 1; i <= back; i++)
      expect(mid(r.outlook[i])).toBeLessThanOrEqual(mid(r.outlook[i - 1]) * 1.2 * 1.01 + 5);
    // No down week while returning, and the phase is the season's (no race: base).
    for (let i = 0; i < back; i++) {
      expect(r.outlook[i].note ?? '').not.toMatch(/^down week/);
      expect(r.outlook[i].phase).toBe('PREPARATORY');
    }
    // Builds and down weeks resume after it: a down week follows within the usual rhythm.
    const nextDown = r.outlook.findIndex((w) => w.note?.startsWith('down week'));
    expect(nextDown).toBeGreaterThan(back);
    expect(nextDown - back).toBeLessThanOrEqual(4);
  });

  it('should leave an ordinary red down week (under two weeks) followed by the usual level', () => {
    const r = reviewAthlete(jonasRed(12));
    expect(r.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    expect(get(r, 'RECOVERY_DOWN_WEEK').evidence.lowReadinessDays).toBeUndefined();
    const usual = Math.max(...r.outlook.map(mid));
    expect(mid(r.outlook[0])).toBe(usual);
    // Held there, not a build over it, and it says why (the outlook does not assume readiness back: our rule, as
    // after a down week for amber readiness); the athlete's 555 min a week bound it.
    expect(r.outlook[0].note).toMatch(
      /^after the down week for red readiness: held at the usual \d+ min a week before it, as far as the 555 min a week available allow, no build over it before readiness allows; our rule$/,
    );
  });
});
