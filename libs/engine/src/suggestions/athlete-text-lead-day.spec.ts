/**
 * A detail that opens the athlete's sentence with a day `weekdayName` writes no name for (a day outside 0–6) is
 * capitalised as any other opening: `leadDay`'s "no day" had been -1, so a rest day on day -1 read "day -1 is a rest
 * day" at the start of a sentence (diff review, issue #11). Such days never come from a plan the engine applies; the
 * text is right whatever it is given.
 */
import type { WeekPlan } from '../types';
import { athleteText } from './athlete-text';

const plan: WeekPlan = {
  weekStart: '2026-12-14',
  sessions: [
    { id: 's1', day: 1, kind: 'RUN', minutes: 40, effort: { type: 'RPE', value: 4 }, purpose: 'Easy run' },
    { id: 's2', day: 6, kind: 'RUN', minutes: 90, effort: { type: 'RPE', value: 4 }, purpose: 'Long run' },
  ],
};

describe('the opening detail on a day with no name', () => {
  it.each([-1, 7])('should write day %i capitalised where it opens the sentence', (day) => {
    const text = athleteText({
      kind: 'SCHEDULED_DOWN_WEEK',
      rationale: '',
      evidence: {},
      changes: [{ type: 'INSERT_REST_DAYS', days: [day] }],
      plan,
      after: plan,
    } as unknown as Parameters<typeof athleteText>[0]);
    expect(text).toContain(`Day ${day} is a rest day`);
    expect(text).not.toContain(`day ${day} is a rest day`);
  });
});
