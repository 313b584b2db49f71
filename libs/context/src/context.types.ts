/** Kinds of context the detector recognises in an athlete's chat message. */
export type DetectedKind =
  'ILLNESS' | 'INJURY' | 'TRAVEL' | 'FAMILY' | 'WORK_STRESS' | 'POOR_SLEEP' | 'FATIGUE' | 'VACATION';

export const DETECTED_KINDS: readonly DetectedKind[] = [
  'ILLNESS',
  'INJURY',
  'TRAVEL',
  'VACATION',
  'FAMILY',
  'WORK_STRESS',
  'POOR_SLEEP',
  'FATIGUE',
];

/** Context event kinds used by the rest of the platform (engine, proposed context events). */
export type ContextEventKind =
  'ILLNESS' | 'INJURY' | 'TRAVEL' | 'FAMILY' | 'WORK_STRESS' | 'VACATION' | 'OTHER';

/** Whose context it is: the athlete's own, or a family member's (a sick kid). */
export type ContextSubject = 'SELF' | 'FAMILY';

/** "Neck check" hint for illness: above the neck → easy only; fever or below the neck → rest. */
export type IllnessSeverity = 'ABOVE_NECK' | 'BELOW_NECK_OR_FEVER' | 'UNKNOWN';

export interface DetectedContext {
  kind: DetectedKind;
  /** The context event kind a coach would confirm (POOR_SLEEP/FATIGUE → OTHER, a family member's illness → FAMILY). */
  eventKind: ContextEventKind;
  subject: ContextSubject;
  /** Only for ILLNESS. */
  severity?: IllnessSeverity;
  /** ISO local date (YYYY-MM-DD) in the athlete's timezone. */
  startDate: string;
  /** ISO local date, or null when the end is not known (ongoing illness, open-ended trip). */
  endDate: string | null;
  /** True when no end date could be derived from the message. */
  endDateUnknown: boolean;
  /** True when at least one date came from a phrase in the message; false when defaulted. */
  datesFromText: boolean;
  /** 0..1, higher is more certain. */
  confidence: number;
  /** The matched phrase, as written in the message. */
  evidence: string;
  /** The date phrase(s) used, as written in the message. */
  dateEvidence?: string;
  /**
   * Set when a date phrase reads two ways ("next weekend" said Monday–Thursday): the dates taken and the
   * other reading, as concrete days, for the coach to correct the proposal if the athlete meant the other.
   */
  dateNote?: string;
  /** Character offsets of the evidence in the original text. */
  span: { start: number; end: number };
}

export interface DetectContextOptions {
  /** The message's reference date as an ISO local date (YYYY-MM-DD) in the athlete's timezone. */
  referenceDate: string;
  /**
   * The athlete's IANA timezone. The reference date must already be the local date in this timezone (the
   * detector never reads the clock); the zone only says in which order the athlete writes a date in figures,
   * "15/12" or "12/15" (date-order.ts: month first in the US, either in Canada, day first elsewhere and without one).
   */
  timezone?: string;
  /**
   * The message's local time of day (HH:MM, 24 h) in the athlete's timezone, when known. It only reads the words
   * around midnight (night-clock.ts has the cut-offs): in the small hours (before 06:00) a bad night with no date
   * and "tonight" for a bad night or a condition are the night under way, which began the day before; still up
   * (before 04:00) "tomorrow" is the message's own calendar day, with the next one as the other reading.
   */
  localTime?: string;
}
