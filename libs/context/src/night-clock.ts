/**
 * The athlete's clock around midnight: the one place that says which night, and which "tomorrow", a message
 * sent at a given local time of day means. Each cut-off is an hour of the athlete's local time (a message at
 * 05:59 is before 06:00). Without a local time (the corpus, the bench) none of them applies: the calendar
 * day of the message decides.
 *
 * A night is dated by its evening: the night of Monday into Tuesday is Monday's, as "last night" sent on
 * Tuesday morning is.
 *
 * - Before NIGHT_IN_PROGRESS_END (06:00) the night under way is the one that began the evening before: a bad
 *   night with no date ("can't sleep" at 02:30), "tonight" for a bad night ("can't sleep tonight" at 01:00
 *   Tuesday) and for a condition told as it is ("fever tonight") are Monday's night, as "last night" sent at
 *   08:00 the same morning is. "last night" itself is that night at any hour.
 * - Before STILL_UP_END (04:00) the athlete is taken to be still up from the day before: "tomorrow" is the day
 *   they wake into, the message's own calendar day ("flying tomorrow" at 00:30 Tuesday is Tuesday), and the
 *   proposal notes the other reading. From 04:00 on, early risers are up: "tomorrow" is the next calendar day.
 * - Before MORNING_END (10:00) a wakefulness still going on ("can't sleep, been awake since 3" at 06:30) is the
 *   night just ended, not the one beginning that evening.
 */
export const NIGHT_IN_PROGRESS_END = 6;
export const STILL_UP_END = 4;
export const MORNING_END = 10;

/** The hour of a local time of day, "HH:MM" on a 24-hour clock. */
export function hourOf(localTime: string): number {
  const match = /^([01]\d|2[0-3]):[0-5]\d$/.exec(localTime);
  if (!match) throw new Error(`localTime must be a local time of day (HH:MM, 24 h), got "${localTime}"`);
  return Number(match[1]);
}

/** Sent while the night that began the evening before is still under way. */
export function inNightInProgress(localHour: number | undefined): boolean {
  return localHour !== undefined && localHour < NIGHT_IN_PROGRESS_END;
}

/** Sent by an athlete still up from the day before: "tomorrow" is the day they wake into. */
export function stillUp(localHour: number | undefined): boolean {
  return localHour !== undefined && localHour < STILL_UP_END;
}

/** Sent in the morning, when a wakefulness still going on is the night just ended. */
export function inMorning(localHour: number | undefined): boolean {
  return localHour !== undefined && localHour < MORNING_END;
}
