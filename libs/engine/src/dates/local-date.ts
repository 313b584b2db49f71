import type { LocalDate, Weekday } from '../types';
import { EngineInputError } from '../errors/engine-input.errors';

/**
 * Local dates as integer day numbers (days since 1970-01-01), computed with integer arithmetic only
 * (Howard Hinnant's civil-from-days algorithms). No Date objects, no time zones: the API hands us local dates.
 */

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  if (c < 0 || c > 9) return -1;
  return c;
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses `'YYYY-MM-DD'` into a day number; throws `EngineInputError` for anything else. */
export function toDayNumber(date: LocalDate): number {
  if (
    typeof date !== 'string' ||
    date.length !== 10 ||
    date.charCodeAt(4) !== 45 ||
    date.charCodeAt(7) !== 45
  ) {
    throw new EngineInputError('INVALID_DATE', `Expected a local date 'YYYY-MM-DD', got '${String(date)}'`);
  }
  const y0 = digit(date, 0);
  const y1 = digit(date, 1);
  const y2 = digit(date, 2);
  const y3 = digit(date, 3);
  const m0 = digit(date, 5);
  const m1 = digit(date, 6);
  const d0 = digit(date, 8);
  const d1 = digit(date, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) {
    throw new EngineInputError('INVALID_DATE', `Expected a local date 'YYYY-MM-DD', got '${date}'`);
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new EngineInputError('INVALID_DATE', `Not a calendar date: '${date}'`);
  }
  return daysFromCivil(year, month, day);
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

/** Formats a day number as `'YYYY-MM-DD'`. */
export function fromDayNumber(dayNumber: number): LocalDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Monday = 0 … Sunday = 6. 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: number): Weekday {
  return ((((dayNumber + 3) % 7) + 7) % 7) as Weekday;
}

/** Day number of the Monday on or before the given day. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - weekdayOf(dayNumber);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export function weekdayName(day: Weekday | number): string {
  return WEEKDAY_NAMES[day] ?? `day ${day}`;
}
