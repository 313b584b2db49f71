/**
 * athlete03 Sofia of the demo club, as the base specs read her (base-weeks, this-week-base, week-judged-once): a
 * 295-min week with steady blocks on Tuesday, a tempo on Thursday and the long run on Sunday.
 */
import type { ReviewInput } from '../../src';
import {
  type DayContext,
  type Done,
  type WeekShape,
  buildCoachHistory,
  easy,
  long,
  quality,
} from './coach-histories.factory';

/** Her profile: four years of training, 75 min on weekdays (none on Friday), 150 on Sunday. */
export const SOFIA = {
  id: 'sofia',
  firstName: 'Sofia',
  trainingYears: 4,
  availabilityMinutes: [75, 75, 75, 75, 0, 75, 150],
};

/** Sofia's week: steady blocks on Tuesday, a tempo on Thursday, the long run on Sunday (295 min). */
export const SOFIA_TEMPO_WEEK: WeekShape = [
  easy(30),
  quality(75, 'Steady blocks', 3, 10),
  easy(30),
  { minutes: 50, rpe: 5, purpose: 'Tempo: steady and comfortably hard.' },
  null,
  easy(30),
  long(80),
];

/** Reviewed on Friday 2025-10-10: Saturday's easy run (30 min, RPE 3) and Sunday's long run (80 min, RPE 4) to come. */
export const SOFIA_REVIEW = '2025-10-10';
export const SOFIA_THIS_WEEK = '2025-10-06';

/** Eight weeks of Sofia up to that Friday, planned by `plan` (0 = next week's draft), logged as `done` says. */
export function sofiaOnFriday(
  plan: (weeksAgo: number) => WeekShape,
  done?: (c: DayContext) => Done | null | undefined,
  extra: Partial<ReviewInput> = {},
): ReviewInput {
  return buildCoachHistory({
    athlete: SOFIA,
    reviewDate: SOFIA_REVIEW,
    weeks: 8,
    plan,
    done,
    extra,
  });
}
