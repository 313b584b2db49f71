/**
 * Coach read of the demo club (athlete18 Viktor, athlete12 Oskar): a wellness note read "the one before was not
 * and HRV does not agree" and a hold "nothing else agrees" of athletes who log no HRV at all (status
 * INSUFFICIENT_DATA). A text says what was checked, and that HRV could not be. Checks seen to fail first.
 */
import { reviewAthlete } from '../src/review/review-athlete';
import { withGaps } from './factories/coach-histories-2';
import { oskarHistory as history } from './factories/wellness-histories.factory';
import type { CheckInEdit as Edit } from './factories/wellness-histories.factory';

/** No HRV at all: the morning's rMSSD left out of every check-in. */
const noHrv =
  (edit: Edit): Edit =>
  (c, u) => {
    const x = edit(c, u);
    if (x === null) return null;
    const { rmssd: _drop, ...rest } = x;
    return rest;
  };
const oneLowMorning: Edit = (c, u) =>
  c.daysAgo === 0 ? { ...u, fatigue: 10, soreness: 9, mood: 3 } : withGaps(c, u);
const stressDown4: Edit = (c, u) => (c.daysAgo < 4 ? { ...u, stress: 5 } : withGaps(c, u));

describe('what HRV and the other markers showed, said only when they were checked', () => {
  it('a one-morning note without HRV says there is no HRV to check against (athlete18)', () => {
    const r = reviewAthlete(history(noHrv(oneLowMorning)));
    expect(r.metrics.hrv.status).toBe('INSUFFICIENT_DATA');
    const note = r.suggestions.find((x) => x.kind === 'WELLNESS_NOTE')!;
    expect(note.rationale).not.toContain('HRV does not agree');
    expect(note.rationale).toContain(
      'but the one before was not and there is no HRV reading in the last 7 days to check it against: one reading is not a trend',
    );
  });

  it('a one-morning note with HRV read (not below its band) still says HRV does not agree', () => {
    const r = reviewAthlete(history(oneLowMorning));
    expect(r.metrics.hrv.status).toBe('ABOVE_BAND');
    const note = r.suggestions.find((x) => x.kind === 'WELLNESS_NOTE')!;
    expect(note.rationale).toContain('but the one before was not and HRV does not agree');
  });

  it('a hold on one persistent marker says what else was checked (athlete12, no HRV)', () => {
    const r = reviewAthlete(history(noHrv(stressDown4)));
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
    const s = r.suggestions.find((x) => x.kind === 'RECOVERY_HOLD')!;
    expect(s.rationale).toMatch(
      /One marker, but a persistent one; nothing else agrees: there is no HRV reading in the last 7 days to check it against and (logged effort is less than 1 RPE point above the usual for the same prescriptions \(our threshold\)|too few sessions were logged against a plan to compare effort)\./,
    );
  });

  it('a hold on one persistent marker with HRV says where HRV is', () => {
    const r = reviewAthlete(history(stressDown4));
    const where = {
      WITHIN_BAND: 'within its band',
      ABOVE_BAND: 'above its band rather than below it',
    } as const;
    const status = r.metrics.hrv.status as keyof typeof where;
    expect(Object.keys(where)).toContain(status);
    const s = r.suggestions.find((x) => x.kind === 'RECOVERY_HOLD')!;
    expect(s.rationale).toContain(`nothing else agrees: HRV is ${where[status]} and `);
  });
});
