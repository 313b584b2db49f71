import { dueReviewWeek } from './review-schedule';

describe(dueReviewWeek.name, () => {
  // 2026-11-29 is a Sunday; Oslo is UTC+1 then, Auckland UTC+13, Los Angeles UTC-8.
  it.each([
    ['2026-11-29T14:59:00Z', 'Europe/Oslo', null],
    ['2026-11-29T15:00:00Z', 'Europe/Oslo', '2026-11-30'],
    ['2026-11-30T14:59:00Z', 'Europe/Oslo', '2026-11-30'],
    ['2026-11-30T15:00:00Z', 'Europe/Oslo', null],
    ['2026-11-26T12:00:00Z', 'Europe/Oslo', null],
    ['2026-11-29T02:59:00Z', 'Pacific/Auckland', null],
    ['2026-11-29T03:00:00Z', 'Pacific/Auckland', '2026-11-30'],
    ['2026-11-29T23:59:00Z', 'America/Los_Angeles', null],
    ['2026-11-30T00:00:00Z', 'America/Los_Angeles', '2026-11-30'],
  ])('should be due at %s in %s for the week of %s (Sunday 16:00 local)', (now, tz, week) => {
    expect(dueReviewWeek(new Date(now), tz, 6, '16:00')?.weekStart ?? null).toBe(week);
  });

  it('should follow another review day and time', () => {
    // Friday 2026-11-27 07:30 in UTC plans the week of Monday 2026-11-30.
    expect(dueReviewWeek(new Date('2026-11-27T07:29:00Z'), 'UTC', 4, '07:30')).toBeNull();
    expect(dueReviewWeek(new Date('2026-11-27T07:30:00Z'), 'UTC', 4, '07:30')).toEqual({
      weekStart: '2026-11-30',
      minutesLate: 0,
    });
  });
});
