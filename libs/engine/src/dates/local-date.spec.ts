import { EngineInputError } from '../errors/engine-input.errors';
import { addDays, fromDayNumber, mondayOf, toDayNumber, tryDayNumber, weekdayOf } from './local-date';

describe(toDayNumber.name, () => {
  it.each([
    ['0001-01-01', -719162],
    ['1899-12-31', -25568],
    ['1900-03-01', -25508],
    ['2000-02-29', 11016],
    ['2200-01-01', 84006],
    ['1970-01-01', 0],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
  ])('should give %s → %i', (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it('should round-trip every day from 1850 to 2250', () => {
    const wrong: string[] = [];
    for (let n = toDayNumber('1850-01-01'); n < toDayNumber('2250-01-01'); n += 1) {
      if (toDayNumber(fromDayNumber(n)) !== n) wrong.push(fromDayNumber(n));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    '2024-13-01',
    '2023-02-29',
    '2100-02-29',
    '1900-02-29',
    '2024-00-10',
    '2024-01-00',
    '2024-01-32',
    '2024-04-31',
    '2024-1-01',
    '20240101xx',
    'abcd-ef-gh',
    '2024/01/01',
    '+024-01-01',
    '2024-01-3a',
  ])('should throw EngineInputError when the date is %s', (bad) => {
    expect(() => toDayNumber(bad)).toThrow(EngineInputError);
  });

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
