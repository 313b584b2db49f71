import type { ReviewInput } from '../../src/types';
import {
  USUAL_WEEK,
  buildHistory,
  mondayAfter,
  planFromWeek,
  shift,
  steadyHistory,
} from './athlete-history.factory';
import type { HistoryOptions } from './athlete-history.factory';

/** Sunday review; next week starts Monday 2025-03-17. */
export const REVIEW = '2025-03-16';
export const NEXT = mondayAfter(REVIEW);

const withDraft = (input: ReviewInput, scale = 1.05): ReviewInput => ({
  ...input,
  nextWeekDraft: planFromWeek(NEXT, USUAL_WEEK, scale),
});

/** The steady athlete, growing 2 % a week here; `extra` adds an illness, silent days… */
const steady = (extra: Partial<HistoryOptions> = {}): ReviewInput =>
  steadyHistory({ reviewDate: REVIEW, weeklyGrowth: 0.02, ...extra });

/** Named athlete histories for the scenario suite (deterministic). */
export const SCENARIOS: Record<string, () => ReviewInput> = {
  'steady builder': () => withDraft(steady(), 1.0),

  'overreaching with falling HRV': () =>
    withDraft(
      buildHistory({
        reviewDate: REVIEW,
        days: 120,
        weeklyGrowth: 0.03,
        downWeeks: [2, 6, 10, 14],
        hrvDrop: { days: 7, ln: 0.3 },
        wellnessDrop: { days: 4, points: 3 },
      }),
    ),

  'sick child at home': () =>
    withDraft({
      ...steady(),
      contextEvents: [
        {
          id: 'e1',
          kind: 'FAMILY',
          start: shift(NEXT, 0),
          end: shift(NEXT, 2),
          note: 'sick child at home',
          availableMinutesPerDay: 30,
        },
      ],
    }),

  'flu below the neck': () =>
    withDraft({
      ...steady({ illness: { from: shift(REVIEW, -1), status: 'BELOW_NECK_OR_FEVER' } }),
      contextEvents: [
        {
          id: 'e2',
          kind: 'ILLNESS',
          start: shift(REVIEW, -1),
          end: REVIEW,
          illness: 'BELOW_NECK_OR_FEVER',
          note: 'flu',
        },
      ],
    }),

  'business travel next week': () =>
    withDraft({
      ...steady(),
      contextEvents: [
        {
          id: 'e3',
          kind: 'TRAVEL',
          start: shift(NEXT, 1),
          end: shift(NEXT, 3),
          note: 'business trip to Madrid',
          availableMinutesPerDay: 30,
        },
      ],
    }),

  'three races in five weeks': () =>
    withDraft({
      ...buildHistory({ reviewDate: REVIEW, days: 120, weeklyGrowth: 0.01, downWeeks: [1, 5, 9, 13] }),
      races: [
        { id: 'r1', name: 'City 10K', date: shift(REVIEW, -20), priority: 'B', expectedMinutes: 45 },
        { id: 'r2', name: 'Trail 21K', date: shift(REVIEW, -6), priority: 'B', expectedMinutes: 120 },
        { id: 'r3', name: 'Spring Half', date: shift(REVIEW, 13), priority: 'C', expectedMinutes: 100 },
      ],
    }),

  'six weeks on one stimulus': () => {
    const input = steady();
    return withDraft({
      ...input,
      season: {
        phases: input.season?.phases ?? [],
        mesocycle: { focus: 'AEROBIC_VOLUME', start: shift(REVIEW, -41) },
      },
    });
  },

  'A race in 10 days': () =>
    withDraft({
      ...steady(),
      races: [
        {
          id: 'r4',
          name: 'Vienna Half Marathon',
          date: shift(REVIEW, 10),
          priority: 'A',
          expectedMinutes: 95,
        },
      ],
      season: {
        phases: [
          { phase: 'PREPARATORY', start: shift(REVIEW, -200), end: shift(REVIEW, -43) },
          { phase: 'PRE_COMPETITION', start: shift(REVIEW, -42), end: shift(REVIEW, 10) },
        ],
        mesocycle: { focus: 'RACE_SPECIFIC', start: shift(REVIEW, -20) },
      },
    }),

  'just after an A race': () =>
    withDraft({
      ...steady(),
      races: [
        { id: 'r5', name: 'Berlin Marathon', date: shift(REVIEW, -1), priority: 'A', expectedMinutes: 200 },
      ],
      season: {
        phases: [{ phase: 'COMPETITION', start: shift(REVIEW, -20), end: shift(REVIEW, 0) }],
        mesocycle: { focus: 'RACE_SPECIFIC', start: shift(REVIEW, -20) },
      },
    }),

  'missed midweek sessions': () => {
    const input = buildHistory({
      reviewDate: REVIEW,
      days: 120,
      downWeeks: [1, 5, 9, 13],
      skip: { weekdays: [1], weeks: 4 },
    });
    const past = [0, 1, 2, 3].map((k) => planFromWeek(shift(NEXT, -7 * (k + 1))));
    return withDraft({ ...input, pastWeekPlans: past.slice(1), currentWeekPlan: past[0] });
  },

  'no contact for a week': () =>
    withDraft({
      ...steady({ silentDays: 8 }),
      lastContactDate: shift(REVIEW, -8),
    }),

  'new athlete with two weeks of data': () => withDraft(buildHistory({ reviewDate: REVIEW, days: 14 })),
};
