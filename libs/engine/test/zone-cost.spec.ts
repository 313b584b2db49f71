/**
 * One cost for a zone prescription (issue #11, "Zones costed as hard work"): this week's days still to come are
 * costed from the athlete's own logged RPE for the zone, as next week's plan is, not from the default (zone 2
 * at RPE 5.5 had lowered the recent weeks' load against next week's). Written, and seen to fail, before.
 */
import { reviewAthlete } from '../src/review/review-athlete';
import { buildCoachHistory, easy, inZone2, long, quality } from './factories/coach-histories.factory';
import type { WeekShape } from './factories/coach-histories.factory';

const rest = null;
const WEEK: WeekShape = [
  rest,
  quality(55, 'Steady blocks', 3, 10),
  easy(45),
  rest,
  easy(45),
  easy(45),
  long(90),
];

describe('the rest of this week is costed with the athlete’s own zone RPE', () => {
  it('should cost the days to come of a zone-2 plan at the RPE the athlete logs for zone 2', () => {
    const base = buildCoachHistory({
      athlete: {
        id: 'z',
        firstName: 'Zoe',
        trainingYears: 3,
        availabilityMinutes: [60, 75, 60, 60, 60, 60, 120],
      },
      weeks: 10,
      plan: () => WEEK,
      // A Thursday: Friday's to Sunday's sessions are still to come.
      reviewDate: '2025-10-09',
    });
    const input = {
      ...base,
      currentWeekPlan: inZone2(base.currentWeekPlan!),
      pastWeekPlans: base.pastWeekPlans!.map(inZone2),
      nextWeekDraft: inZone2(base.nextWeekDraft!),
    };
    const r = reviewAthlete(input);
    const thisMonday = input.currentWeekPlan.weekStart;
    const toCome = input.currentWeekPlan.sessions.filter(
      (x) =>
        (new Date(`${thisMonday}T00:00:00Z`).getTime() + x.day * 86400000) / 86400000 >
        new Date(`${input.reviewDate}T00:00:00Z`).getTime() / 86400000,
    );
    expect(toCome.some((x) => x.effort.type === 'ZONE')).toBe(true);
    // What the athlete logged for the zone-2 runs (the factory logs each at its planned RPE before the switch: 3–4).
    const logged = input.sessions.filter(
      (x) => (x.date ?? '') >= thisMonday && (x.date ?? '') <= input.reviewDate,
    );
    const loggedLoad = logged.reduce((t, x) => t + x.minutes * x.rpe, 0);
    const zoneRuns = input.pastWeekPlans.flatMap((p) => p.sessions).filter((x) => x.effort.type === 'ZONE');
    const ids = new Set(zoneRuns.map((x) => x.id));
    const own = input.sessions.filter((x) => x.plannedSessionId !== undefined && ids.has(x.plannedSessionId));
    const ownRpe = own.reduce((t, x) => t + x.rpe, 0) / own.length;
    expect(ownRpe).toBeLessThan(5);
    const expected =
      loggedLoad +
      toCome.reduce((t, x) => t + x.minutes * (x.effort.type === 'ZONE' ? ownRpe : x.effort.value), 0);
    expect(Math.abs(r.metrics.weeks[0].load - expected)).toBeLessThan(1);
  });
});
