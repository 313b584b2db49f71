/** Local calendar dates (YYYY-MM-DD) as the API speaks them: arithmetic in UTC, no time zone drift. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekDays(weekStart: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
}

// Made on first use: the first Intl formatter of a page costs tens of milliseconds (locale data), which
// screens that only format minutes (the queue) should not pay while loading.
let dayFmt: Intl.DateTimeFormat | undefined;
let longFmt: Intl.DateTimeFormat | undefined;

export function formatDay(date: string): string {
  dayFmt ??= new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return dayFmt.format(new Date(`${date}T00:00:00Z`));
}

const zoneFmts = new Map<string, Intl.DateTimeFormat>();
/** The local date (YYYY-MM-DD) of an instant (ISO 8601) in an IANA zone: the day as the person there lived it. */
export function dayIn(instant: string, timeZone: string): string {
  let fmt = zoneFmts.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zoneFmts.set(timeZone, fmt);
  }
  return fmt.format(new Date(instant));
}

export function formatLongDay(date: string): string {
  longFmt ??= new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return longFmt.format(new Date(`${date}T00:00:00Z`));
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** Today's date (YYYY-MM-DD) where this browser is. */
export function localToday(now: Date = new Date()): string {
  return todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, now);
}

/**
 * Today's date (YYYY-MM-DD) in an IANA zone: an athlete's today in theirs (a review's `athleteTimezone`), which is the
 * day the API decides a review's week by; the browser's may be another around midnight.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return dayIn(now.toISOString(), timeZone);
  } catch {
    // A zone the API accepted that this browser does not know (renamed after the browser was built, or newer than
    // its time zone data): the browser's own day, rather than a page that fails to render.
    return localToday(now);
  }
}

/**
 * How a review names the week it plans: "This week" once that week has begun (a review finished late, opened from
 * the queue's "Still open" list), "Next week" before. `today`: the athlete's (`todayIn` their zone), as the API's.
 */
export function plannedWeekWord(weekStart: string, today: string): 'This week' | 'Next week' {
  return weekStart <= today ? 'This week' : 'Next week';
}

/**
 * Why a change to a week before the review's can no longer be applied: that week is over (Sunday gone by), so it
 * would rewrite what the athlete already did. The API refuses it too (SUGGESTION_WEEK_OVER, by the athlete's day:
 * `today` is theirs, `todayIn` their zone); null while it is not.
 */
export function weekOverHold(planWeekStart: string, today: string): string | null {
  const sunday = addDays(planWeekStart, 6);
  return today > sunday
    ? `The week this changes ended on ${formatDay(sunday)}: it can no longer be applied. Dismiss it, or change the week under review instead.`
    : null;
}
