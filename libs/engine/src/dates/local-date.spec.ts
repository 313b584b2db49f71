import { EngineInputError } from '../errors/engine-input.errors';
import { addDays, fromDayNumber, mondayOf, toDayNumber, tryDayNumber, weekdayOf } from './local-date';

describe(toDayNumber.name, () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
  ])('should give %s → %i', (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it('should round-trip every day of several years', () => {
    for (let n = toDayNumber('1999-12-01'); n < toDayNumber('2030-01-01'); n += 1) {
      expect(toDayNumber(fromDayNumber(n))).toBe(n);
    }
  });

  it.each(['2024-13-01', '2023-02-29', '2024-1-01', '20240101xx', 'abcd-ef-gh'])(
    'should throw EngineInputError when the date is %s',
    (bad) => {
      expect(() => toDayNumber(bad)).toThrow(EngineInputError);
    },
  );

  it('should give the same results when the dates are cached, past the cache bound and for repeated invalid dates', () => {
    const from = toDayNumber('1960-01-01');
    for (let pass = 0; pass < 2; pass++) {
      // 12,000 days: more than the 10,000 entries at which the caches are cleared.
      for (let n = from; n < from + 12_000; n += 1) {
        const date = fromDayNumber(n);
        expect(toDayNumber(date)).toBe(n);
        expect(tryDayNumber(date)).toBe(n);
      }
      expect(() => toDayNumber('2023-02-29')).toThrow(
        "Expected a local calendar date 'YYYY-MM-DD', got '2023-02-29'",
      );
      expect(tryDayNumber('2023-02-29')).toBeNaN();
    }
  });
});

describe(weekdayOf.name, () => {
  it('should give Monday = 0 when the date is a Monday', () => {
    expect(weekdayOf(toDayNumber('2025-03-10'))).toBe(0);
    expect(weekdayOf(toDayNumber('2025-03-16'))).toBe(6);
    expect(fromDayNumber(mondayOf(toDayNumber('2025-03-16')))).toBe('2025-03-10');
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
  });
});
