import type { LocalDate, Weekday } from '../types';
import { EngineInputError } from '../errors/engine-input.errors';

/**
 * Local dates as integer day numbers (days since 1970-01-01), computed with integer arithmetic only
 * (Howard Hinnant's civil-from-days algorithms). No Date objects, no time zones: the API hands us local dates.
 */

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Cumulative days before each month (non-leap), for the fast path of `toDayNumber`. */
const MONTH_OFFSET = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function invalid(date: unknown): never {
  throw new EngineInputError(
    'INVALID_DATE',
    `Expected a local calendar date 'YYYY-MM-DD', got '${String(date)}'`,
  );
}

/**
 * Day numbers of recently parsed dates, in a fixed table of `SLOTS` entries. A coach's roster shares the
 * same calendar days, so a few hundred distinct dates recur thousands of times. A date's slot is mixed
 * from five of its characters (last year digit, month, day): consecutive dates land in different slots,
 * and a lookup costs those five reads and one string comparison, about half a `Map` lookup (which hashes
 * the whole string). A slot holds the last valid date that landed there; invalid dates are parsed, and
 * rejected, every time. Memory is bounded by the table size.
 */
const SLOTS = 4096;
const slotDate: string[] = new Array<string>(SLOTS).fill('');
const slotDay = new Int32Array(SLOTS);

/**
 * Parses `'YYYY-MM-DD'` into a day number; throws `EngineInputError` for anything else. For records dated
 * by a string rather than a `day` number, this is the hot path of a review (every such session and recent
 * check-in goes through it once), hence the table and the hand-rolled parse.
 */
export function toDayNumber(date: LocalDate): number {
  const day = tryDayNumber(date);
  return day === day ? day : invalid(date);
}

/** Like `toDayNumber`, but `NaN` instead of an error for anything that is not a valid local date. */
export function tryDayNumber(date: LocalDate): number {
  if (typeof date !== 'string' || date.length !== 10) return NaN;
  const slot =
    (date.charCodeAt(3) * 397 +
      date.charCodeAt(5) * 131 +
      date.charCodeAt(6) * 37 +
      date.charCodeAt(8) * 11 +
      date.charCodeAt(9)) &
    (SLOTS - 1);
  if (slotDate[slot] === date) return slotDay[slot];
  const day = parseDayNumber(date);
  if (day === day) {
    slotDate[slot] = date;
    slotDay[slot] = day;
  }
  return day;
}

/** The day number of a valid `'YYYY-MM-DD'`, else `NaN`. */
function parseDayNumber(date: LocalDate): number {
  if (
    typeof date !== 'string' ||
    date.length !== 10 ||
    date.charCodeAt(4) !== 45 ||
    date.charCodeAt(7) !== 45
  ) {
    return NaN;
  }
  const y0 = date.charCodeAt(0) - 48;
  const y1 = date.charCodeAt(1) - 48;
  const y2 = date.charCodeAt(2) - 48;
  const y3 = date.charCodeAt(3) - 48;
  const m0 = date.charCodeAt(5) - 48;
  const m1 = date.charCodeAt(6) - 48;
  const d0 = date.charCodeAt(8) - 48;
  const d1 = date.charCodeAt(9) - 48;
  if (
    ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) & ~15) !== 0 ||
    y0 > 9 ||
    y1 > 9 ||
    y2 > 9 ||
    y3 > 9 ||
    m1 > 9 ||
    d1 > 9
  ) {
    return NaN;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return NaN;
  const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > MONTH_DAYS[month] + (leap && month === 2 ? 1 : 0)) return NaN;
  if (year < 1) return daysFromCivil(year, month, day);
  // Days since 0001-01-01, then shift to the 1970 epoch (719162 days between them).
  const py = year - 1;
  const before = py * 365 + ((py / 4) | 0) - ((py / 100) | 0) + ((py / 400) | 0);
  return before + MONTH_OFFSET[month] + (leap && month > 2 ? 1 : 0) + day - 1 - 719162;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

/**
 * Formatted dates by day number, cleared when it grows past `DATE_CACHE_LIMIT` entries; strings are
 * immutable, so sharing them is safe.
 */
const DATE_CACHE_LIMIT = 10_000;
const dateCache = new Map<number, LocalDate>();

/**
 * Formatted dates of `DAY_WINDOW` consecutive days, in an array indexed from `dayWindowStart` (centred on the
 * first day formatted): a review formats a few dozen dates of the same few months, and an array read costs a
 * fraction of a `Map` lookup. Days outside the window use `dateCache`.
 */
const DAY_WINDOW = 2048;
let dayWindowStart = NaN;
const dayWindow: LocalDate[] = new Array<LocalDate>(DAY_WINDOW).fill('');

/** Formats a day number as `'YYYY-MM-DD'`. */
export function fromDayNumber(dayNumber: number): LocalDate {
  if (dayWindowStart !== dayWindowStart && (dayNumber | 0) === dayNumber) {
    dayWindowStart = dayNumber - DAY_WINDOW / 2;
  }
  const k = dayNumber - dayWindowStart;
  if (k >= 0 && k < DAY_WINDOW && (k | 0) === k) {
    const hit = dayWindow[k];
    if (hit !== '') return hit;
    return (dayWindow[k] = formatDayNumber(dayNumber));
  }
  const cached = dateCache.get(dayNumber);
  if (cached !== undefined) return cached;
  const date = formatDayNumber(dayNumber);
  if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
  dateCache.set(dayNumber, date);
  return date;
}

function formatDayNumber(dayNumber: number): LocalDate {
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
  const y = year >= 1000 ? '' + year : year >= 0 ? String(year).padStart(4, '0') : '' + year;
  return `${y}-${pad2(month)}-${pad2(day)}`;
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

const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * "Mon 14 Dec": a local date as the athlete reads a day (the web app's `formatDay`, en-GB), not the ISO date
 * 'YYYY-MM-DD'. `null` for anything that is not a valid local date.
 */
export function shortDayName(date: LocalDate): string | null {
  const n = tryDayNumber(date);
  if (n !== n) return null;
  const iso = fromDayNumber(n);
  const month = Number(iso.slice(-5, -3));
  return `${SHORT_WEEKDAYS[weekdayOf(n)]} ${Number(iso.slice(-2))} ${SHORT_MONTHS[month - 1]}`;
}
