/**
 * The usual run week's zone-3 rule by examples (issue #11: the property test's oracle in regular-sessions.spec
 * re-implements the rule, so it cannot catch a wrong rule): a week's longest run at RPE 7 or more (zone 3) is no long
 * run, and yields the long run to the week's longest easier run when that one is of long-run length (60 min or more);
 * the hard run is then a quality day of the week. Four weeks alike, each with a 30-min easy Tuesday run.
 */
import { addDays, toDayNumber } from '../dates/local-date';
import { recentSessionsOf } from '../metrics/recent-sessions';
import type { LoggedSession, ReviewInput } from '../types';
import { usualRunWeek } from './regular-sessions';

const MONDAY = '2025-03-03';
const NEXT_WEEK = addDays(MONDAY, 28);
const REVIEW = addDays(NEXT_WEEK, -1);

/** A run each week on `day` (0 Monday … 6 Sunday). */
interface Run {
  readonly day: number;
  readonly minutes: number;
  readonly rpe: number;
}

function weeksOf(runs: readonly Run[]): ReviewInput {
  const sessions: LoggedSession[] = [];
  for (let w = 0; w < 4; w++) {
    const weekStart = addDays(MONDAY, 7 * w);
    sessions.push({ date: addDays(weekStart, 1), kind: 'RUN', minutes: 30, rpe: 4 });
    for (const r of runs)
      sessions.push({ date: addDays(weekStart, r.day), kind: 'RUN', minutes: r.minutes, rpe: r.rpe });
  }
  return {
    reviewDate: REVIEW,
    athlete: { id: 'a', availabilityMinutes: [60, 60, 90, 60, 60, 180, 90] },
    sessions,
    checkIns: [],
  } as ReviewInput;
}

describe('the usual run week: a zone-3 longest run yields the long run', () => {
  it.each<[string, readonly Run[], number, number, readonly number[]]>([
    [
      'Saturday 90 min at RPE 7, Sunday 70 min at RPE 4: the long run is Sunday',
      [
        { day: 5, minutes: 90, rpe: 7 },
        { day: 6, minutes: 70, rpe: 4 },
      ],
      6,
      70,
      [5],
    ],
    [
      'Saturday 90 min at RPE 8, Sunday exactly 60 min at RPE 5: the long run is Sunday',
      [
        { day: 5, minutes: 90, rpe: 8 },
        { day: 6, minutes: 60, rpe: 5 },
      ],
      6,
      60,
      [5],
    ],
    [
      'Saturday 90 min at RPE 7, Sunday 55 min at RPE 4 (under long-run length): the long run stays Saturday',
      [
        { day: 5, minutes: 90, rpe: 7 },
        { day: 6, minutes: 55, rpe: 4 },
      ],
      5,
      90,
      [],
    ],
    [
      'Saturday 90 min at RPE 6 (under zone 3), Sunday 70 min at RPE 4: the long run stays Saturday',
      [
        { day: 5, minutes: 90, rpe: 6 },
        { day: 6, minutes: 70, rpe: 4 },
      ],
      5,
      90,
      [],
    ],
    [
      'Saturday 90 min at RPE 7, Sunday 70 min at RPE 7 (no easier run of length): the long run stays Saturday',
      [
        { day: 5, minutes: 90, rpe: 7 },
        { day: 6, minutes: 70, rpe: 7 },
      ],
      5,
      90,
      [6],
    ],
    [
      'Thursday 75 min at RPE 7, Saturday 65 and Sunday 70 min at RPE 4: the longest easier run, Sunday',
      [
        { day: 3, minutes: 75, rpe: 7 },
        { day: 5, minutes: 65, rpe: 4 },
        { day: 6, minutes: 70, rpe: 4 },
      ],
      6,
      70,
      [3],
    ],
  ])('%s', (_name, runs, longDay, longMinutes, qualityDays) => {
    const input = weeksOf(runs);
    const usual = usualRunWeek(
      input,
      toDayNumber(NEXT_WEEK),
      150,
      recentSessionsOf(input.sessions, toDayNumber(REVIEW)),
    );
    expect(usual).toBeDefined();
    expect(usual?.longDay).toBe(longDay);
    expect(usual?.longMinutes).toBe(longMinutes);
    expect(usual?.qualityDays).toEqual(qualityDays);
  });
});
