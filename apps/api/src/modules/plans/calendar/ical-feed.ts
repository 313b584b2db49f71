import ical, { ICalEventTransparency, escape } from 'ical-generator';

import { CalendarFeedError } from './ical-feed.errors';

export type PlannedSessionKind = 'RUN' | 'STRENGTH' | 'CROSS_TRAINING' | 'RACE' | 'REST';

export interface EffortTarget {
  type: 'RPE' | 'ZONE';
  value: number;
  /** ZONE only: the zone model, 3 or 5 ("Zone 2 of 5"); absent or null when the plan does not say. */
  scale?: number | null;
}

export interface IntervalStructure {
  repeats: number;
  workSeconds: number;
  workEffort: EffortTarget;
  recoverySeconds: number;
  recoveryEffort: EffortTarget;
}

/** A prescribed session: time and effort only — a prescription never carries pace or distance. */
export interface CalendarSession {
  id: string;
  /** The athlete's local date, YYYY-MM-DD. */
  date: string;
  kind: PlannedSessionKind;
  minutes: number;
  effort: EffortTarget;
  intervals?: IntervalStructure | null;
  purpose: string;
  /** CROSS_TRAINING only: its sport, which names it ("Ride 75 min @ RPE 6"). */
  sport?: 'BIKE' | 'SWIM' | 'OTHER' | null;
}

export interface CalendarWeek {
  /** Monday of the ISO week, YYYY-MM-DD. */
  weekStart: string;
  /** Published plan version; becomes each event's SEQUENCE so calendar apps take the newest. */
  version: number;
  sessions: CalendarSession[];
}

export interface PlanCalendarInput {
  athleteName: string;
  /** IANA zone of the athlete, e.g. "Pacific/Auckland"; written as X-WR-TIMEZONE. */
  timezone: string;
  weeks: CalendarWeek[];
  /** PRODID without the leading "-", e.g. "//Coachline//Plan feed//EN". */
  prodId?: string;
  /** DTSTAMP of every event. Defaults to now; pass a fixed instant (e.g. the publish time) for a stable body/ETag. */
  generatedAt?: Date;
}

export const DEFAULT_PROD_ID = '//Coachline//Plan feed//EN';

/** How long calendar apps should wait before refreshing the subscription (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 60 * 60;

const KIND_LABELS: Record<Exclude<PlannedSessionKind, 'REST'>, string> = {
  RUN: 'Run',
  STRENGTH: 'Strength',
  CROSS_TRAINING: 'Cross-training',
  RACE: 'Race',
};
const SPORT_LABELS = { BIKE: 'Ride', SWIM: 'Swim', OTHER: 'Cross-training' } as const;

/**
 * The athlete's published plan as an RFC 5545 calendar (text/calendar body). Each non-rest session is an
 * all-day event on its local date — DATE values, no time or zone, so no calendar app can shift it to the
 * neighbouring day — with UID `<sessionId>@coachline` and SEQUENCE = plan version.
 */
export function buildPlanCalendar(input: PlanCalendarInput): string {
  assertTimezone(input.timezone);
  const prodId = (input.prodId ?? DEFAULT_PROD_ID).replace(/[\r\n]/g, '').replace(/^-/, '');
  const stamp = input.generatedAt ?? new Date();

  // ical-generator's own `timezone` option is deliberately not used: with it the library formats dates with
  // the server's local clock. X-WR-TIMEZONE is only a hint for clients; DATE values need no zone.
  const calendar = ical({
    prodId,
    name: escape(`${input.athleteName} — Coachline plan`, false),
    ttl: REFRESH_SECONDS,
  });

  const seen = new Set<string>();
  for (const week of input.weeks) {
    assertDate(week.weekStart, 'weekStart');
    for (const session of week.sessions) {
      if (session.kind === 'REST') continue;
      assertSession(session, seen);
      const start = parseDate(session.date, `session ${session.id} date`);
      calendar.createEvent({
        id: `${session.id}@coachline`,
        sequence: week.version,
        stamp,
        start,
        end: new Date(start.getTime() + 24 * 60 * 60 * 1000),
        allDay: true,
        summary: formatPrescription(session),
        description: describeSession(session),
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }

  return withCalendarProperty(calendar.toString(), `X-WR-TIMEZONE:${escape(input.timezone, false)}`);
}

/**
 * ical-generator writes custom X- properties after the events, but RFC 5545 wants calendar properties before
 * the first component; it also ends the body without the final CRLF every content line needs.
 */
function withCalendarProperty(body: string, line: string): string {
  const firstComponent = body.search(/\r\n(BEGIN:|END:VCALENDAR)/);
  return `${body.slice(0, firstComponent)}\r\n${line}${body.slice(firstComponent)}\r\n`;
}

/**
 * One line a calendar can show: "Run 60 min @ RPE 4",
 * "Intervals: 10 × (2 min @ RPE 8, 1 min @ RPE 3) — 45 min". Time and effort only.
 */
export function formatPrescription(
  session: Pick<CalendarSession, 'kind' | 'minutes' | 'effort' | 'intervals' | 'sport'>,
): string {
  if (session.kind === 'REST') return 'Rest day';
  const kind =
    session.kind === 'CROSS_TRAINING' && session.sport
      ? SPORT_LABELS[session.sport]
      : KIND_LABELS[session.kind];

  const intervals = session.intervals;
  if (intervals && intervals.repeats > 0) {
    const work = `${formatSeconds(intervals.workSeconds)} @ ${formatEffort(intervals.workEffort)}`;
    const block =
      intervals.recoverySeconds > 0
        ? `(${work}, ${formatSeconds(intervals.recoverySeconds)} @ ${formatEffort(intervals.recoveryEffort)})`
        : work;
    const label = session.kind === 'RUN' ? 'Intervals' : `${kind} intervals`;
    return `${label}: ${intervals.repeats} × ${block} — ${formatNumber(session.minutes)} min`;
  }
  return `${kind} ${formatNumber(session.minutes)} min @ ${formatEffort(session.effort)}`;
}

function describeSession(session: CalendarSession): string {
  const lines = [formatPrescription(session)];
  if (session.intervals && session.intervals.repeats > 0) {
    lines.push(`Whole session: ${formatEffort(session.effort)}`);
  }
  const purpose = session.purpose.trim();
  if (purpose) lines.push('', purpose);
  return lines.join('\n');
}

export function formatEffort(effort: EffortTarget): string {
  if (effort.type === 'RPE') return `RPE ${formatNumber(effort.value)}`;
  const of = effort.scale === 3 || effort.scale === 5 ? ` of ${effort.scale}` : '';
  return `Zone ${formatNumber(effort.value)}${of}`;
}

/** 120 → "2 min", 45 → "45 s", 90 → "1 min 30 s". */
export function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}

// ---------------------------------------------------------------------------------------------------------
// validation

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const UID_SAFE = /^[A-Za-z0-9._-]+$/;

function assertTimezone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new CalendarFeedError('CALENDAR_INVALID_TIMEZONE', `Unknown IANA timezone "${timezone}".`);
  }
}

function assertDate(value: string, what: string): void {
  parseDate(value, what);
}

/** YYYY-MM-DD → that calendar date at 00:00 UTC (ical-generator prints DATE values from the UTC fields). */
function parseDate(value: string, what: string): Date {
  const match = DATE_PATTERN.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return date;
    }
  }
  throw new CalendarFeedError('CALENDAR_INVALID_DATE', `${what} must be a YYYY-MM-DD date, got "${value}".`);
}

function assertSession(session: CalendarSession, seen: Set<string>): void {
  if (!UID_SAFE.test(session.id)) {
    throw new CalendarFeedError(
      'CALENDAR_INVALID_SESSION',
      `Session id "${session.id}" cannot be used in a UID.`,
    );
  }
  if (seen.has(session.id)) {
    throw new CalendarFeedError(
      'CALENDAR_INVALID_SESSION',
      `Session ${session.id} appears twice in the feed.`,
    );
  }
  seen.add(session.id);
}
