import { PlannedSessionKind } from '@app/db';
import { computeCompliance } from './compliance.service';

const W = '2026-11-16'; // a Monday
const OVER = '2026-11-23'; // the Monday after: the whole week has ended
const planned = [
  { id: 'a', date: '2026-11-16', kind: PlannedSessionKind.RUN, minutes: 40, key: false },
  { id: 'b', date: '2026-11-17', kind: PlannedSessionKind.RUN, minutes: 60, key: true },
  { id: 'c', date: '2026-11-18', kind: PlannedSessionKind.REST, minutes: 0, key: false },
  { id: 'd', date: '2026-11-21', kind: PlannedSessionKind.RUN, minutes: 100, key: true },
];

describe(computeCompliance.name, () => {
  it('should compare planned and completed minutes when no day is excluded', () => {
    const c = computeCompliance({
      weekStart: W,
      planned,
      logged: [
        { date: '2026-11-16', kind: 'RUN', minutes: 45, plannedSessionId: null },
        { date: '2026-11-17', kind: 'RUN', minutes: 55, plannedSessionId: null },
      ],
      exclusions: [],
      today: OVER,
    });
    expect(c).toMatchObject({
      plannedMinutes: 200,
      completedMinutes: 100,
      completionRate: 0.5,
      keySessionsPlanned: 2,
      keySessionsDone: 1,
    });
  });

  it('should leave out planned and logged minutes on days under illness or travel', () => {
    const c = computeCompliance({
      weekStart: W,
      planned,
      logged: [{ date: '2026-11-21', kind: 'RUN', minutes: 20, plannedSessionId: null }],
      exclusions: [{ startDate: '2026-11-20', endDate: null }],
      today: OVER,
    });
    expect(c.excludedDates).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(c).toMatchObject({ plannedMinutes: 100, completedMinutes: 0, keySessionsPlanned: 1 });
  });

  it('should count a key session once even when two logged sessions could match it', () => {
    const c = computeCompliance({
      weekStart: W,
      planned,
      logged: [
        { date: '2026-11-17', kind: 'RUN', minutes: 30, plannedSessionId: 'b' },
        { date: '2026-11-17', kind: 'RUN', minutes: 30, plannedSessionId: null },
      ],
      exclusions: [],
      today: OVER,
    });
    expect(c.keySessionsDone).toBe(1);
  });

  it('should count only the days that have ended when the week is under way (today Wednesday: Monday and Tuesday)', () => {
    const logged = [
      { date: '2026-11-16', kind: 'RUN', minutes: 40, plannedSessionId: null },
      { date: '2026-11-18', kind: 'RUN', minutes: 30, plannedSessionId: null }, // today, not over yet
    ];
    const c = computeCompliance({ weekStart: W, planned, logged, exclusions: [], today: '2026-11-18' });
    // Saturday's 100-minute key session is still to come: not missed.
    expect(c).toMatchObject({
      plannedMinutes: 100,
      completedMinutes: 40,
      completionRate: 0.4,
      keySessionsPlanned: 1,
      keySessionsDone: 0,
      countedThrough: '2026-11-17',
    });
    const over = computeCompliance({ weekStart: W, planned, logged, exclusions: [], today: OVER });
    expect(over).toMatchObject({ plannedMinutes: 200, completedMinutes: 70, countedThrough: null });
    // A week not started yet has nothing planned so far, so no rate.
    const ahead = computeCompliance({
      weekStart: W,
      planned,
      logged: [],
      exclusions: [],
      today: '2026-11-12',
    });
    expect(ahead).toMatchObject({ plannedMinutes: 0, completionRate: null, countedThrough: '2026-11-11' });
  });

  it('should report no rate when nothing was published', () => {
    const c = computeCompliance({
      weekStart: W,
      planned: null,
      logged: [],
      exclusions: [],
      today: OVER,
    });
    expect(c).toMatchObject({ hasPublishedPlan: false, completionRate: null, plannedMinutes: 0 });
  });
});
