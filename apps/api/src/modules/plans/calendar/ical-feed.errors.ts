export type CalendarFeedErrorCode =
  'CALENDAR_INVALID_TIMEZONE' | 'CALENDAR_INVALID_DATE' | 'CALENDAR_INVALID_SESSION';

/** Input the feed cannot represent; a programming or data error, not something the athlete can fix. */
export class CalendarFeedError extends Error {
  override readonly name = 'CalendarFeedError';

  constructor(
    readonly code: CalendarFeedErrorCode,
    message: string,
  ) {
    super(message);
  }
}
