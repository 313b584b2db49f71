/**
 * Calendar helpers on ISO local dates ('YYYY-MM-DD'). Training lives on the athlete's local calendar:
 * a session logged at 23:30 in Auckland belongs to that Auckland date, whatever UTC says.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Days since 1970-01-01 for an ISO date. */
export function toDayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(isoDate: string): number {
  return (((toDayNumber(isoDate) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; dates before 1970 too
}

export function isMonday(isoDate: string): boolean {
  return isIsoDate(isoDate) && weekdayIndex(isoDate) === 0;
}

/** Monday of the ISO week containing the date. */
export function weekStartOf(isoDate: string): string {
  return addDays(isoDate, -weekdayIndex(isoDate));
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in a time zone. */
export function localDateIn(timeZone: string, instant: Date = new Date()): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f.format(instant);
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local time of day of an instant in a time zone, "HH:MM" on a 24-hour clock. */
export function localTimeIn(timeZone: string, instant: Date = new Date()): string {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormatters.set(timeZone, f);
  }
  return f.format(instant);
}

/**
 * The instant a time zone's calendar reaches `isoDate`: its first moment (local midnight, or the first
 * moment after it where a DST change skips midnight). Offsets are read from the zone at the candidate instant
 * and the answer is checked against `localDateIn`, so zones an hour or a day away from UTC both hold.
 */
export function startOfLocalDate(timeZone: string, isoDate: string): Date {
  const utcMidnight = toDayNumber(isoDate) * DAY_MS;
  // The local date at an instant, as a day number: compared with the target's.
  const dayAt = (t: number) => toDayNumber(localDateIn(timeZone, new Date(t)));
  const target = toDayNumber(isoDate);
  // Local midnight is within 14 hours of UTC midnight: bracket it (an instant before the date, one on it),
  let lo = utcMidnight - 15 * 3_600_000; // before the date everywhere (UTC+14 is the furthest ahead)
  let hi = utcMidnight + 13 * 3_600_000; // on or after it everywhere (UTC−12 is the furthest behind)
  while (dayAt(lo) >= target) lo -= 3_600_000;
  while (dayAt(hi) < target) hi += 3_600_000;
  // then halve the bracket to the minute (offsets are whole minutes).
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (dayAt(mid) >= target) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}
