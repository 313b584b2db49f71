import { PlannedSessionKind } from '@app/db';
import { computeCompliance } from './compliance.service';

const W = '2026-11-16'; // a Monday
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
    });
    expect(c.keySessionsDone).toBe(1);
  });

  it('should report no rate when nothing was published', () => {
    const c = computeCompliance({ weekStart: W, planned: null, logged: [], exclusions: [] });
    expect(c).toMatchObject({ hasPublishedPlan: false, completionRate: null, plannedMinutes: 0 });
  });
});
