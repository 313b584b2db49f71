import { localDateIn, startOfLocalDate } from './local-date';

describe('startOfLocalDate', () => {
  it.each([
    ['UTC', '2026-12-07', '2026-12-07T00:00:00.000Z'],
    ['America/Los_Angeles', '2026-12-07', '2026-12-07T08:00:00.000Z'], // PST, UTC−8
    ['America/Los_Angeles', '2026-07-06', '2026-07-06T07:00:00.000Z'], // PDT, UTC−7
    ['Europe/Oslo', '2026-12-07', '2026-12-06T23:00:00.000Z'],
    ['Pacific/Auckland', '2026-12-07', '2026-12-06T11:00:00.000Z'], // NZDT, UTC+13
    ['Pacific/Kiritimati', '2026-12-07', '2026-12-06T10:00:00.000Z'], // UTC+14
    ['Pacific/Pago_Pago', '2026-12-07', '2026-12-07T11:00:00.000Z'], // UTC−11
    ['Asia/Kolkata', '2026-12-07', '2026-12-06T18:30:00.000Z'], // UTC+5:30
    ['Asia/Kathmandu', '2026-12-07', '2026-12-06T18:15:00.000Z'], // UTC+5:45
    // Midnight skipped by a DST change (Santiago springs forward at 00:00): the day starts at 01:00.
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00.000Z'],
  ])('in %s, %s starts at %s', (tz, date, iso) => {
    const start = startOfLocalDate(tz, date);
    expect(start.toISOString()).toBe(iso);
    expect(localDateIn(tz, start)).toBe(date);
    expect(localDateIn(tz, new Date(start.getTime() - 1))).not.toBe(date);
  });
});
