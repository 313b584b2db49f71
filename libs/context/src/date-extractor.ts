import * as chrono from 'chrono-node';
import type { DateOrder } from './date-order';
import { inNightInProgress, stillUp } from './night-clock';

/**
 * Date phrases in a message, resolved against the message's local reference date.
 *
 * Calendar arithmetic works on ISO local dates through UTC-noon Date values, so no host timezone can shift a
 * day. chrono-node parses explicit dates and weekday ranges; the phrases it gets wrong for chat ("this week",
 * "this morning" at noon, "for 3 days", "the 3rd to the 7th", "since Monday") are handled here first.
 */
export type DateRole = 'START' | 'END' | 'NEUTRAL';

export interface DateMention {
  /** Offsets in the original text. */
  index: number;
  end: number;
  text: string;
  start: string;
  /** Set for ranges ("Tue-Thu", "next week"). */
  endDate?: string;
  /** "for 4 days": the length of the span starting at the mention's start (or at another mention). */
  durationDays?: number;
  role: DateRole;
  /** An ongoing state's start ("since Sunday", "the past 3 days"): its end is not known yet. */
  ongoing?: boolean;
  /** A weekday (or weekday range) without a calendar date: it moves into next week when the sentence says so. */
  weekday?: boolean;
  /**
   * For a weekday resolved forward: the same weekday(s) just gone, for a condition that cannot be planned. For a
   * date in figures resolved forward ("1/12" said on 10 Dec is next year's): the one just gone, when it is nearer.
   */
  past?: { start: string; endDate?: string };
  /**
   * A list of weekdays with gaps ("Monday, Wednesday and Friday"): its runs of consecutive days, as day
   * offsets from `start` ([[0, 0], [2, 2], [4, 4]]). Unset for a single day or an unbroken range.
   */
  runs?: Array<[number, number]>;
  /**
   * A phrase English speakers read two ways ("next weekend" said Monday–Thursday): the dates taken are
   * `start`..`endDate`, and this is the other reading, for the proposal to show so it can be corrected.
   */
  otherReading?: { start: string; endDate: string };
  /**
   * The day a session is moved to ("push the long run to Sunday", "move it to Saturday"): the session's new day,
   * which dates no context, neither as its end nor as a day of it.
   */
  movedTo?: boolean;
  /** A weekday placed against a weekend of the same sentence ("next weekend, flying Thursday"): that weekend. */
  anchoredTo?: {
    start: string;
    endDate: string;
    text: string;
    otherReading?: { start: string; endDate: string };
  };
  /**
   * "tonight" sent in the small hours (night-clock.ts): the night under way, dated by the evening it began (the
   * day before the message), for a context of that night to take; `start` stays the message day.
   */
  nightUnderWay?: string;
  /**
   * "tomorrow" read for an athlete still up from the day before (night-clock.ts): the message day, not the
   * calendar's next day, which `otherReading` keeps. Still a day to come, and as a return day ("back at work
   * tomorrow" at 00:30) it ends the context with the night under way, on the message day.
   */
  stillUp?: boolean;
}

const DAY_MS = 86_400_000;

export function isoToUtcNoon(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso))
    throw new Error(`referenceDate must be an ISO local date (YYYY-MM-DD), got "${iso}"`);
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new Error(`referenceDate is not a valid calendar date: "${iso}"`);
  }
  return date;
}

export function addDays(iso: string, days: number): string {
  return new Date(isoToUtcNoon(iso).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return isoToUtcNoon(iso).getUTCDay();
}

function fromParts(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day, 12)).toISOString().slice(0, 10);
}

/** Monday of the ISO week containing the date. */
function mondayOf(iso: string): string {
  const wd = weekdayOf(iso);
  return addDays(iso, wd === 0 ? -6 : 1 - wd);
}

const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** 0 = Sunday … 6 = Saturday, from a weekday name or its abbreviation. */
function weekdayNumber(word: string): number {
  return WEEKDAY_INDEX[word.toLowerCase().slice(0, 3)];
}

/** Days from Monday (Monday 0 … Sunday 6). */
function fromMonday(weekday: number): number {
  return (weekday + 6) % 7;
}

/** The given weekday on or after the date (strictly after when `strict`). */
function nextWeekday(iso: string, weekday: number, strict = false): string {
  const diff = (weekday - weekdayOf(iso) + 7) % 7;
  return addDays(iso, diff === 0 && strict ? 7 : diff);
}

/** The given weekday on or before the date. */
function previousWeekday(iso: string, weekday: number): string {
  return addDays(iso, -((weekdayOf(iso) - weekday + 7) % 7));
}

const WD =
  '(?:mondays?|mon|tuesdays?|tues|tue|wednesdays?|weds|wed|thursdays?|thurs|thur|thu|fridays?|fri|saturdays?|sat|sundays?|sun)';
const RANGE_SEP = '\\s*(?:-|–|—|to|till|til|until|through|thru|and|&|/|\\+|,|, and)\\s*(?:(?:on|the)\\s+)?';
const WORD_OR_DIGIT_NUMBER =
  '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a couple|couple of|a few|few)';

function countOf(word: string): number {
  const w = word.toLowerCase().replace(/ of$/, '');
  return /^\d+$/.test(w) ? Number(w) : (WORD_NUMBERS[w] ?? WORD_NUMBERS[`${w} of`] ?? 2);
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
  'a couple of': 2,
  'a couple': 2,
  'a few': 3,
  few: 3,
};

/**
 * The day of month `day` in the reference's month, or the next month that has that day: a day well before
 * today means next month ("until the 5th" said on the 30th), and "the 30th" said in February is March's.
 */
function dayOfMonthDate(reference: string, day: number, notBefore?: string): string | null {
  if (day < 1 || day > 31) return null;
  const [y, mo, d] = reference.split('-').map(Number);
  for (let month = day < d - 7 ? mo + 1 : mo; month <= mo + 12; month++) {
    const candidate = fromParts(y, month, day);
    // Date.UTC spills a missing day into the month after ("April 31st" is May 1st): not this month's.
    if (Number(candidate.slice(8)) !== day) continue;
    if (notBefore === undefined || candidate >= notBefore) return candidate;
  }
  return null;
}

interface CustomPattern {
  re: RegExp;
  resolve: (
    m: RegExpExecArray,
    reference: string,
    /** Whether the mention sits in a past-tense clause (a weekday then refers back). */
    past: boolean,
    /** The hour of the message's local time of day, when known (night-clock.ts). */
    localHour: number | undefined,
  ) => (Omit<DateMention, 'index' | 'end' | 'text' | 'role'> & { role?: DateRole }) | null;
}

/** Separators that make a range of the days between ("Mon-Wed", "Tuesday to Thursday"), not a list. */
const RANGE_WORD = /^\s*(?:-|–|—|to|till|til|until|through|thru)\s*/i;

/**
 * The runs of consecutive days in a weekday list, as offsets from its first day, when the list has a gap
 * ("Monday, Wednesday and Friday" → Monday, Wednesday, Friday); undefined for an unbroken span. A range word
 * joins the days between ("Mon-Wed and Fri" → Monday to Wednesday, Friday); a list joins next days only.
 */
function weekdayRuns(first: number, rest: string): Array<[number, number]> | undefined {
  const runs: Array<[number, number]> = [[0, 0]];
  let previous = 0;
  for (const part of rest.matchAll(new RegExp(`(${RANGE_SEP})(${WD})\\b`, 'gi'))) {
    const offset = (weekdayNumber(part[2]) - first + 7) % 7;
    if (offset <= previous) return undefined; // not in week order: keep the one span it always was
    const run = runs[runs.length - 1];
    if (RANGE_WORD.test(part[1]) || offset === previous + 1) run[1] = offset;
    else runs.push([offset, offset]);
    previous = offset;
  }
  return runs.length > 1 ? runs : undefined;
}

const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * "tomorrow" (`after` 0) or "the day after tomorrow" (`after` 1): the day after the message's. Sent by an
 * athlete still up from the day before (night-clock.ts: "flying tomorrow" at 00:30), "tomorrow" is the day they
 * wake into, the message's own calendar day, and the next calendar day is kept as the other reading.
 */
function tomorrowFrom(ref: string, localHour: number | undefined, after: number) {
  if (!stillUp(localHour)) return { start: addDays(ref, 1 + after) };
  const other = addDays(ref, 1 + after);
  return {
    start: addDays(ref, after),
    otherReading: { start: other, endDate: other },
    ...(after === 0 ? { stillUp: true } : {}),
  };
}

/**
 * What a mention this extractor read itself is masked with before chrono-node reads the rest (same length, so
 * offsets stay). Not blanks: a run of them after a month ("15-17 Dec, next Tuesday to Thursday" with the weekdays
 * masked) is read by chrono-node as part of a month-only date ("Dec," + spaces, 1 Dec 2027) that then wins over
 * the "15-17 Dec" it overlaps. A word of its own, between spaces, that no parser reads.
 */
function maskOf(length: number): string {
  return length <= 2 ? ' '.repeat(length) : ` ${'x'.repeat(length - 2)} `;
}

const CUSTOM_PATTERNS: CustomPattern[] = [
  {
    // Weekday ranges and lists: "Tuesday and Wednesday", "Mon-Wed", "Friday to Sunday next week".
    re: new RegExp(
      `\\b(?:(last|this past|this coming|this|next|nxt|coming)\\s+)?(${WD})(?:'s|’s)?((?:${RANGE_SEP}${WD}\\b)+)(?:\\s+(?:of\\s+)?(last|this|next|nxt|the coming|the following)\\s+(?:week|wk)\\b)?`,
      'gi',
    ),
    resolve: (m, ref, past) => {
      const days = [m[2], ...(m[3].match(new RegExp(`\\b${WD}\\b`, 'gi')) ?? [])].map(weekdayNumber);
      const first = days[0];
      const last = days[days.length - 1];
      const span = (last - first + 7) % 7;
      const runs = weekdayRuns(first, m[3]);
      // "nxt" is "next" as athletes type it.
      const prefix = m[1]?.toLowerCase().replace(/^nxt$/, 'next');
      const week = m[4]?.toLowerCase().replace(/^nxt$/, 'next');
      const monday = mondayOf(ref);
      let start: string;
      if (week === 'next' || week === 'the coming' || week === 'the following')
        start = addDays(monday, 7 + fromMonday(first));
      else if (week === 'this') start = addDays(monday, fromMonday(first));
      else if (week === 'last') start = addDays(monday, -7 + fromMonday(first));
      else if (prefix === 'last' || prefix === 'this past' || (past && !prefix))
        start = addDays(previousWeekday(ref, last), -span);
      else {
        start = nextWeekday(ref, first, prefix === 'next');
        if (!prefix && !week) {
          const pastStart = addDays(previousWeekday(ref, last), -span);
          return {
            start,
            endDate: addDays(start, span),
            weekday: true,
            past: { start: pastStart, endDate: addDays(pastStart, span) },
            runs,
          };
        }
      }
      return { start, endDate: addDays(start, span), weekday: !week && !prefix, runs };
    },
  },
  {
    re: /\b(?:the )?end of (?:the|this) month\b/gi,
    resolve: (_m, ref) => {
      const [y, mo] = ref.split('-').map(Number);
      return { start: addDays(fromParts(y, mo + 1, 1), -1) };
    },
  },
  {
    re: /\b(?:the )?day after (?:tomorrow|tmrw|tmr)\b/gi,
    resolve: (_m, ref, _past, localHour) => tomorrowFrom(ref, localHour, 1),
  },
  {
    re: /\b(?:the )?day before yesterday\b/gi,
    resolve: (_m, ref) => ({ start: addDays(ref, -2) }),
  },
  {
    re: new RegExp(`\\bin ${WORD_OR_DIGIT_NUMBER} (days?|weeks?)(?:'s? time| time)?\\b`, 'gi'),
    resolve: (m, ref) => ({
      start: addDays(ref, countOf(m[1]) * (m[2].toLowerCase().startsWith('week') ? 7 : 1)),
    }),
  },
  {
    re: new RegExp(`\\b${WORD_OR_DIGIT_NUMBER} (days?|weeks?|nights?) ago\\b`, 'gi'),
    resolve: (m, ref) => ({
      start: addDays(ref, -countOf(m[1]) * (m[2].toLowerCase().startsWith('week') ? 7 : 1)),
    }),
  },
  {
    // "the past week", "this past week": an ongoing stretch of about seven days.
    re: /\b(?:for |over |during )?(?:the|this) (?:past|last) week\b/gi,
    resolve: (_m, ref) => ({ start: addDays(ref, -7), ongoing: true, role: 'START' }),
  },
  {
    re: /\b(?:all (?:of )?|during |over |for )?last week\b/gi,
    resolve: (_m, ref) => {
      const start = addDays(mondayOf(ref), -7);
      return { start, endDate: addDays(start, 6) };
    },
  },
  {
    re: /\b(?:last|this past|over the last|on the last) (?:weekend|wknd|wkend)\b/gi,
    resolve: (_m, ref) => {
      const sat = addDays(mondayOf(ref), -2);
      return { start: sat, endDate: addDays(sat, 1) };
    },
  },
  {
    re: new RegExp(
      `\\b(?:from )?the ${ORD}\\s*(?:to|until|till|through|thru|-|–)\\s*(?:the )?${ORD}\\b`,
      'gi',
    ),
    resolve: (m, ref) => {
      const start = dayOfMonthDate(ref, Number(m[1]));
      const endDate = start && dayOfMonthDate(ref, Number(m[2]), start);
      return start && endDate ? { start, endDate } : null;
    },
  },
  {
    // "until the 12th", and "till 12th" as typed (without "the", an end word and the ordinal's suffix say it is a date).
    re: /\b(?:(?:on |by |until |till |til |through |from )?the (\d{1,2})(?:st|nd|rd|th)|(?:by|until|till|til|through|thru) (\d{1,2})(?:st|nd|rd|th))\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
    resolve: (m, ref) => {
      // An end is always still to come, as "until Friday" is: "til the 12th" said on the 15th is next month's.
      const end = /^(?:by|until|till|til|through|thru)\b/i.test(m[0]);
      const start = dayOfMonthDate(ref, Number(m[1] ?? m[2]), end ? ref : undefined);
      return start ? { start } : null;
    },
  },
  {
    re: /\b(?:all )?n(?:e)?xt (?:week|wk)\b/gi,
    resolve: (_m, ref) => {
      const start = addDays(mondayOf(ref), 7);
      return { start, endDate: addDays(start, 6) };
    },
  },
  {
    re: /\b(?:all|this|the whole|rest of the|for the) (?:week|wk)\b/gi,
    resolve: (_m, ref) => ({ start: ref, endDate: addDays(mondayOf(ref), 6) }),
  },
  // Weekends. "this weekend" and "the weekend" are this calendar week's Saturday–Sunday (from today on a
  // Sunday; the one just gone in a past-tense clause), "this coming weekend" the next one not yet begun,
  // "next weekend" next calendar week's (as "next week" is next Monday–Sunday, and as chrono-node reads it)
  // and "the weekend after next" the one after that. Said Monday–Thursday, "next weekend" is also used for
  // the coming one: the mention keeps that other reading for the proposal to show with the dates taken.
  {
    re: /\b(?:the )?(?:weekend|wknd|wkend) after n(?:e)?xt\b/gi,
    resolve: (_m, ref) => {
      const sat = addDays(mondayOf(ref), 19);
      return { start: sat, endDate: addDays(sat, 1) };
    },
  },
  {
    re: /\b(?:this coming|the coming|the upcoming|this upcoming) (?:weekend|wknd|wkend)\b/gi,
    resolve: (_m, ref) => {
      const sat = nextWeekday(ref, 6);
      return { start: sat, endDate: addDays(sat, 1) };
    },
  },
  {
    re: /\bn(?:e)?xt (?:weekend|wknd|wkend)\b/gi,
    resolve: (_m, ref) => {
      const sat = addDays(mondayOf(ref), 12);
      const said = weekdayOf(ref);
      const coming = addDays(sat, -7);
      return {
        start: sat,
        endDate: addDays(sat, 1),
        ...(said >= 1 && said <= 4 ? { otherReading: { start: coming, endDate: addDays(coming, 1) } } : {}),
      };
    },
  },
  {
    re: /\b(?:this|the|over the|for the|on the) (?:weekend|wknd|wkend)\b/gi,
    resolve: (_m, ref, past) => {
      let sat = addDays(mondayOf(ref), 5);
      // "was sick over the weekend" on a Tuesday: the weekend just gone.
      if (past) {
        if (sat > ref) sat = addDays(sat, -7);
        return { start: sat, endDate: addDays(sat, 1) };
      }
      return { start: sat < ref ? ref : sat, endDate: addDays(sat, 1) };
    },
  },
  {
    re: /\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|right now)\b/gi,
    resolve: (m, ref, _past, localHour) => ({
      start: ref,
      ...(/^tonight$/i.test(m[0]) && inNightInProgress(localHour) ? { nightUnderWay: addDays(ref, -1) } : {}),
    }),
  },
  {
    re: /\b(?:yesterday|last (?:night|nite)|the other (?:night|nite))\b/gi,
    resolve: (_m, ref) => ({ start: addDays(ref, -1) }),
  },
  {
    re: /\b(?:tomorrow|tmrw|tmr|2moro)\b/gi,
    resolve: (_m, ref, _past, localHour) => tomorrowFrom(ref, localHour, 0),
  },
  {
    // "for 4 days", "over the next few days", "the next 4 days", and right after away or gone ("away 5 days",
    // "I'm gone 3 days"): a length from its start (today unless given).
    re: /(?:\b(?:(?:for|over) (?:the next )?|(?:the )?next )|(?<=\b(?:away|gone) ))(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|couple|few) (days?|nights?|weeks?)\b/gi,
    resolve: (m) => {
      const n = /^\d+$/.test(m[1]) ? Number(m[1]) : (WORD_NUMBERS[m[1].toLowerCase()] ?? 1);
      const unit = m[2].toLowerCase().startsWith('week') ? 7 : 1;
      const nights = m[2].toLowerCase().startsWith('night');
      return { start: '', durationDays: n * unit + (nights ? 1 : 0) };
    },
  },
  {
    re: /\b(?:the )?(?:last|past) (\d+|two|three|four|five|couple(?: of)?|few) days\b/gi,
    resolve: (m, ref) => {
      const n = /^\d+$/.test(m[1])
        ? Number(m[1])
        : (WORD_NUMBERS[m[1].toLowerCase().replace(' of', '')] ?? 2);
      return { start: addDays(ref, -n), ongoing: true };
    },
  },
];

const START_CUES = /\b(?:since|from|starting|start|from next|leaving|leave|out|flying out|departing)\s*$/i;
const END_CUES =
  /\b(?:until|till|til|through|thru|to|back|back on|coming back|returning|return|home|home on|landing back|flight back is|flight home is|flight back is on|flight home is on|back home|by|deadline|deadline is|due|due on|due by)\s*(?:on\s*)?$/i;
/**
 * Being at home on a day is no return home: "sick kid at home Monday", "stuck at home Monday", "working from
 * home Monday" say where the athlete is that day ("home Monday" alone, "flying home Monday" end a trip).
 */
const AT_HOME = /\b(?:at|stay|stays|staying|stuck|from|be|being) home\s*(?:on\s*)?$/i;
/**
 * A session moved to a day is no end: "swap to wed?", "move it to Friday", "push the long run to Sunday", "move
 * my long run to Wednesday", "shift Saturday's long run to Sunday". Read on the clause before the date.
 */
const MOVED_TO =
  /\b(?:swap|swapping|switch|switching|move|moving|push|pushing|shift|shifting|change|changing)(?:\s+[\w'’]+){0,4}\s+to\s*(?:on\s*)?$/i;
/** "until the deadline on Friday", "till after the race on Sunday": an end a few words after "until". */
const LOOSE_END_CUE = /\b(?:until|till|til|untill|up until)\b(?:\s+[\w'’]+){1,4}\s+$/i;
/**
 * A return to normal life on a day ("back at work on the 12th", "back to training Monday"): whatever kept the
 * athlete away ends the day before.
 */
const RETURN_CUE =
  /\b(?:back (?:at|to|in) (?:work|the office|office|school|uni|my desk|training|running|normal|normal training)|(?:return(?:ing)?|go(?:ing)? back|heading back|get(?:ting)? back) to (?:work|the office|training|running)|(?:start(?:ing)?|resum(?:e|ing)) work(?: again)?|work again|back at it)\b(?:\s+(?:on|from))?\s*$/i;
const BACKWARD_CUES = /\b(?:since|last|ago|past)\s*$/i;

type Role = DateRole | 'END_BEFORE' | 'MOVED_TO';

function roleFor(original: string, index: number): Role {
  const before = original
    .slice(Math.max(0, index - 48), index)
    .split(/[.,;!?\n]/)
    .pop()!
    .toLowerCase();
  if (RETURN_CUE.test(before)) return 'END_BEFORE';
  const near = before.slice(-24);
  if (/\bsince\s*$/.test(near) || START_CUES.test(near)) return 'START';
  if (MOVED_TO.test(before)) return 'MOVED_TO';
  if (AT_HOME.test(near)) return 'NEUTRAL';
  if (END_CUES.test(near) || LOOSE_END_CUE.test(before)) return 'END';
  return 'NEUTRAL';
}

/** Applies a role to a resolved mention: a return day ends the span the day before. */
function withRole(mention: Omit<DateMention, 'role'>, role: Role): DateMention {
  if (role === 'MOVED_TO') return { ...mention, role: 'NEUTRAL', movedTo: true };
  if (role !== 'END_BEFORE') return { ...mention, role };
  if (!mention.start) return { ...mention, role: 'NEUTRAL' };
  // Back at work on the day an athlete still up wakes into: what kept them away ends with the night under way.
  if (mention.stillUp) return { ...mention, endDate: undefined, role: 'END' };
  // The end is the day before the day said: another reading of that day is no reading of the end.
  return {
    ...mention,
    start: addDays(mention.start, -1),
    endDate: undefined,
    otherReading: undefined,
    role: 'END',
  };
}

// ------------------------------------------------------------------------------------------------------------------
// Dates written in figures: "15/12", "15.12.", "15.12.2026", "15/12/26", and their ranges "15/12 - 17/12",
// "15.12.-17.12.", "15-17/12", "15.-17.12.", "12/15-17". The athlete's zone says which figure is the day
// (date-order.ts; where both orders are in use, figures are read only when one order alone makes a date of them).
// A pair of figures is read as a date when all of these hold:
//
// 1. It is written as a date: a day and a month joined by "/" or "." with an optional year; a dotted one closed by
//    its dot or its year ("15.12.", "15.12.2026"; a bare "15.12" is a decimal unless it is a side of a range).
//    The month is 1–12, the day exists in that month, and a year given is within one of the message's.
// 2. It is no part of other figures: nothing glued to it ("4:30/km", "1/2/3", "5/2min", "7/10%", "38.5°").
// 3. It is no measure: it neither follows what it rates or counts, or an "at" ("legs 7/10", "RPE 8/10", "sleep was
//    like 6/10", "mood today 3/5", "gave it a 7/10", "week 3/12", "at 6.30"), with only filler words between, nor
//    comes before what it counts ("5/2 intervals", "2/3 done", "7/10 effort", "the 1/2 marathon"); nor is it
//    "24/7" or "10/10".
// 4. A single day and month with no year has a date cue beside it: a weekday written with it, a preposition right
//    before it ("on", "from", "until", "since", "back", "after" …), or a travel or absence word a few words before
//    it in its clause ("away for work 15/12"), and no count after it ("after 5/6 hill reps"). Measures rarely fit
//    a closed list ("knee 3/10 sore", "missed 2/3", "woke 6.10."); a date alone in a clause is read as a measure.
//    Ranges and dates with a year need no cue.
//
// Figures before a month name are days of that month ("23/24 Dec"), left to chrono-node. Figures consumed, as a
// date or as no date (a measure, a day that does not exist), are masked so chrono-node does not read them again
// (unmasked, it reads "Tue 5/1 - Thu 7/1" again, month first).
//
// A date with no year is the nearest one still to come (or under way, or gone by less than a week, as "the 5th"
// is); in a past-tense clause, the last one on or before the message's day; and a condition takes the one just
// gone when it is nearer than the one to come (its `past` reading). A range ends on the first such day on or after
// its start, in the next year when it crosses the new year ("22.12.–2.1."); a range longer than two months so read
// ("5/1-3/1", "15/12-14/12") is reversed or mistyped, and read as no date.
// ------------------------------------------------------------------------------------------------------------------

/** One side of a date in figures: "15", "15.", "15/12", "15.12.", "15.12.2026". */
const FIGURE_SIDE = '\\d{1,2}(?:[./]\\d{1,2})?(?:[./](?:\\d{4}|\\d{2}))?\\.?';
const FIGURES = new RegExp(
  `(?<![\\w/:.,])(?:${WD}\\.?,?\\s+)?(${FIGURE_SIDE})(?:(\\s*(?:-|–|—|to|till|til|until|through|thru)\\s*)(?:${WD}\\.?,?\\s+)?(${FIGURE_SIDE}))?(?![\\w/:%°]|[.,]\\d)`,
  'dgi',
);
const SIDE_PARTS = /^(\d{1,2})(?:([./])(\d{1,2}))?(?:[./](\d{4}|\d{2}))?(\.)?$/;

/** What is rated or measured: figures after it (and filler words) are its measure, not a date. */
const MEASURED_BEFORE =
  /(?:^|[^\w'])(?:(?:legs?|sleep|slept|mood|stress|energy|rpe|effort|felt|feel|feels|feeling|rate|rated|rating|score|scored|pain|soreness|motivation|fatigue|recovery|readiness|hrv|pace|ran|out of|week|wk|day|lap|rep|set|block|phase|stage|round)(?:[\s:=~-]+(?:is|was|were|are|'s|’s|be|been|at|about|around|like|maybe|only|just|it|me|today|yesterday|again|still|overall|honestly|probably|prob|roughly|solid|a|an|of|max|tops))*|a|an|at|@)[\s:=~-]*$/i;
/** What figures count: a unit, a session's parts, a share of it. */
const COUNTED_AFTER =
  /^\s*(?:km|k|mi|miles?|m|metres?|meters?|mins?|minutes?|secs?|seconds?|s|h|hrs?|hours?|reps?|sets?|rounds?|intervals?|x|done|completed|complete|finished|of|effort|pace|splits?|rating|scale|out of|hard|easy|workouts?|sessions?|ratio|marathon|mara|way)\b/i;
/**
 * What makes a single day and month with no year a date (rule 4 above): a preposition or a weekday right before
 * it, or a travel or absence word a few words before it in its clause ("away for work 15/12", "flying to Boston
 * 12/15"). Without one, "knee 3/10", "missed 2/3" or "woke 6.10." rate or count something.
 */
const DATE_CUE_BEFORE =
  /(?:\b(?:on|from|till|til|until|to|since|by|back|before|after|over|between|of|the|through|thru|due|until the)|\b(?:away|trip|holidays?|hols|vacation|travel\w*|fly|flying|flights?|off|leave|leaving|back|home|return\w*|conference|wedding)\b(?:\s+[\w'’]+){0,3})\s*$/i;
/** A rating that changed: "went from 3 to 7/10", "up from 4 to 6/10". */
const CHANGED_FROM =
  /\b(?:went|gone|going|goes|go|got|gotten|up|down|jumped|dropped|improved|rose|risen|fell|fallen|climbed)\s+from\s*$/i;
/** What figures with a cue before them may still count: "after 5/6 hill reps", "over 5/6 days". */
const COUNT_NOUN_AFTER =
  /^\s*(?:[a-z]+\s+)?(?:reps?|runs?|days?|weeks?|sessions?|intervals?|workouts?|hills?|sprints?|strides?|efforts?|laps?)\b/i;
/** A month named after the figures: they are days of it ("23/24 Dec"), for chrono-node to read. */
const MONTH_AFTER = /^\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

interface FigureSide {
  /** The figures as written, in order: "15.12." is [15, 12]. */
  a: number;
  b?: number;
  year?: number;
  /** Written with dots and not closed by a dot or a year: a decimal unless it is a side of a range. */
  openDot: boolean;
}

interface DayMonth {
  day: number;
  month: number;
  year?: number;
}

function parseSide(text: string): FigureSide | null {
  const m = SIDE_PARTS.exec(text);
  if (!m || (m[4] !== undefined && m[3] === undefined)) return null;
  const year = m[4] === undefined ? undefined : Number(m[4].length === 2 ? `20${m[4]}` : m[4]);
  return {
    a: Number(m[1]),
    b: m[3] === undefined ? undefined : Number(m[3]),
    year,
    openDot: m[2] === '.' && m[5] === undefined && year === undefined,
  };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The ISO date of a day and month in a year, or null when the day does not exist then. */
function isoIfValid(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
  const iso = fromParts(year, month, day);
  return Number(iso.slice(8)) === day ? iso : null;
}

/** A side's day and month in the given order ("15/12" day first is the 15th of December). */
function dayMonth(side: FigureSide, order: 'DAY_FIRST' | 'MONTH_FIRST'): DayMonth | null {
  if (side.b === undefined) return null;
  const [day, month] = order === 'DAY_FIRST' ? [side.a, side.b] : [side.b, side.a];
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
  return { day, month, year: side.year };
}

/**
 * The first and last days written by one side or two, in one order: "15/12" is [15 Dec, 15 Dec]; "15/12 - 17/12"
 * and "15-17/12" (day first) or "12/15-17" (month first) are [15 Dec, 17 Dec]. A day alone takes the other side's
 * month, and only across a dash or a range word ("20 to 27/12"; a day then a date day first, a date then a day month first).
 */
function daysWritten(
  first: FigureSide,
  second: FigureSide | undefined,
  dash: boolean,
  order: 'DAY_FIRST' | 'MONTH_FIRST',
): [DayMonth, DayMonth] | null {
  if (!second) {
    const only = first.openDot ? null : dayMonth(first, order);
    return only && [only, only];
  }
  if (first.b !== undefined && second.b !== undefined) {
    const [from, to] = [dayMonth(first, order), dayMonth(second, order)];
    return from && to ? [from, to] : null;
  }
  if (!dash || (first.b === undefined) === (second.b === undefined)) return null;
  if (order === 'DAY_FIRST' && first.b === undefined && !first.year) {
    const to = dayMonth(second, order);
    return to && [{ ...to, day: first.a }, to];
  }
  if (order === 'MONTH_FIRST' && second.b === undefined && !second.year) {
    const from = dayMonth(first, order);
    return from && [from, { ...from, day: second.a }];
  }
  return null;
}

interface FigureDates {
  start: string;
  endDate?: string;
  past?: { start: string; endDate?: string };
}

/**
 * The longest span a range in figures is read as, about two months ("3/1 to 5/1" month first, 1 March to 1 May,
 * is 61 days); a longer one is reversed or mistyped ("15/12-14/12" is no year away), and no date.
 */
const MAX_FIGURES_SPAN_DAYS = 62;

/** The span of days written, resolved against the message's day (see the rule above). */
function resolveFigures(
  [from, to]: [DayMonth, DayMonth],
  reference: string,
  pastClause: boolean,
): FigureDates | null {
  const refYear = Number(reference.slice(0, 4));
  const given = from.year ?? to.year;
  const years = from.year
    ? [from.year]
    : to.year
      ? [to.year, to.year - 1]
      : [refYear - 1, refYear, refYear + 1, refYear + 2, refYear + 3, refYear + 4];
  const spans: Array<{ start: string; endDate: string }> = [];
  for (const year of years) {
    const start = isoIfValid(year, from.month, from.day);
    if (!start) continue;
    let endDate: string | null = null;
    if (to.year) endDate = isoIfValid(to.year, to.month, to.day);
    // The first such day on or after the start: next year's when the range crosses the new year.
    else {
      const crosses = to.month < from.month || (to.month === from.month && to.day < from.day);
      endDate = isoIfValid(year + (crosses ? 1 : 0), to.month, to.day);
    }
    // A span longer than two months is a reversed or mistyped range ("5/1-3/1" is no year away): no date.
    if (endDate && endDate >= start && endDate <= addDays(start, MAX_FIGURES_SPAN_DAYS))
      spans.push({ start, endDate });
  }
  if (given !== undefined) {
    // An explicit year: the span written, if it is about this season (not a birthday in 1985).
    const span = spans[0];
    return span && Math.abs(Number(span.start.slice(0, 4)) - refYear) <= 1 ? span : null;
  }
  const forward = spans.find((s) => s.endDate >= addDays(reference, -7));
  const gone = spans.filter((s) => s.start <= reference).pop();
  if (pastClause) return gone ?? forward ?? null;
  if (!forward) return null;
  const days = (a: string, b: string) => (isoToUtcNoon(b).getTime() - isoToUtcNoon(a).getTime()) / DAY_MS;
  return gone && gone.start !== forward.start && days(gone.start, reference) < days(reference, forward.start)
    ? { ...forward, past: gone }
    : forward;
}

/** "the week of 15/12", "week of the 14/12": the week that day is in. */
const WEEK_OF = /\b(?:week|wk)\s+(?:of|starting|beginning|commencing)\s*$/i;
const WEEK_OF_LEAD = /(?:\b(?:the|that)\s+)?\b(?:week|wk)\s+(?:of|starting|beginning|commencing)\s*$/i;

/**
 * Whether the figures at [index, end) measure something (rule 3 above). A week is a date's, not a count's, when
 * it is "the week of" a day or written with a range ("holiday week 21/12-27/12").
 */
function isMeasure(masked: string, index: number, end: number, range: boolean): boolean {
  const before = masked
    .slice(Math.max(0, index - 60), index)
    .split(/[,;!?\n]|\.\s/)
    .pop()!;
  const week = WEEK_OF.test(before) || (range && /\b(?:week|wk)\s*$/i.test(before));
  return (
    (!week && MEASURED_BEFORE.test(before)) ||
    COUNTED_AFTER.test(masked.slice(end)) ||
    /^(?:24\/7|10\/10)$/.test(masked.slice(index, end)) // around the clock, a perfect score
  );
}

/** Whether single figures at [index, end) have a date cue beside them (rule 4 above). */
function hasDateCue(masked: string, index: number, end: number): boolean {
  const before = masked
    .slice(Math.max(0, index - 48), index)
    .split(/[,;!?\n]|\.\s/)
    .pop()!;
  return DATE_CUE_BEFORE.test(before) && !COUNT_NOUN_AFTER.test(masked.slice(end));
}

interface ReadFigures {
  index: number;
  end: number;
  /** Unset for figures that are no date (a measure, or no day in the athlete's order): masked all the same. */
  dates?: FigureDates;
}

/**
 * The dates written in figures in a (masked) text, and the figures shaped as a date that are none (a measure, a
 * decimal, a day that does not exist, an order that cannot be told), for extractDates to mask.
 * `pastContext(index)` says whether a date refers back.
 */
function readFigures(
  masked: string,
  reference: string,
  order: DateOrder,
  pastContext: (index: number) => boolean,
): ReadFigures[] {
  const found: ReadFigures[] = [];
  const orders = order === 'EITHER' ? (['DAY_FIRST', 'MONTH_FIRST'] as const) : [order];
  FIGURES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURES.exec(masked)) !== null) {
    const index = m.index;
    const indices = (m as RegExpExecArray & { indices: Array<[number, number]> }).indices;
    const first = parseSide(m[1]);
    if (!first) continue;
    const second = m[3] === undefined ? null : parseSide(m[3]);
    // A dash or a range word ("20 to 27/12", "12/15 through 17") joins a day to a date of its month.
    const dash = m[2] !== undefined;
    // Month first, figures no month-first reading makes days of ("15/12-17/12" in Chicago) are read day first,
    // as where both orders are in use.
    const ordersFor = (other?: FigureSide) =>
      order === 'MONTH_FIRST' && !daysWritten(first, other, dash, 'MONTH_FIRST')
        ? (['DAY_FIRST'] as const)
        : orders;
    const read = (other?: FigureSide) =>
      ordersFor(other)
        .map((o) => daysWritten(first, other, dash, o))
        .map((days) => days && resolveFigures(days, reference, pastContext(index)))
        .filter((dates): dates is FigureDates => !!dates);
    let end = index + m[0].length;
    let readings = second ? read(second) : [];
    const range = readings.length > 0;
    // A range written as one that no order makes a date of (reversed or too long, "5/1-3/1"): no date, and not
    // its first side alone either.
    if (!range && second && ordersFor(second).some((o) => daysWritten(first, second, dash, o))) {
      if (!MONTH_AFTER.test(masked.slice(end))) found.push({ index: indices[1][0], end });
      continue;
    }
    if (!range) {
      // No range: the first side alone, and the second read on its own ("3 to 15/12" is the 15th).
      end = indices[1][1];
      FIGURES.lastIndex = end;
      readings = read();
    }
    // Figures shaped as a date: a range read as one, or a day and a month (not a decimal, "38.4").
    if (!range && (first.b === undefined || first.openDot)) continue;
    if (MONTH_AFTER.test(masked.slice(end))) continue;
    // Figures that are no date are masked from their first figure: a weekday before them is still read.
    const figuresStart = indices[1][0];
    if (isMeasure(masked, figuresStart, end, range)) {
      found.push({ index: figuresStart, end });
      continue;
    }
    // A single day with no year is a date only beside a date cue: a weekday written with it, or a word before it.
    // So is a day joined to a date by a word ("holiday 20 to 27/12"), not by a dash: "3 to 4/10" rates.
    const wordJoined = range && (first.b === undefined || second?.b === undefined) && !/^\s*[-–—]/.test(m[2]);
    if (
      (!range || wordJoined) &&
      first.year === undefined &&
      figuresStart === index &&
      (!hasDateCue(masked, figuresStart, end) ||
        (wordJoined && CHANGED_FROM.test(masked.slice(Math.max(0, index - 30), index))))
    ) {
      found.push({ index: figuresStart, end });
      continue;
    }
    // Either order in a place that writes both: read only when the orders agree.
    const agreed = readings.every((r) => r.start === readings[0].start && r.endDate === readings[0].endDate);
    // One day is a start alone, as a weekday or "the 5th" is; its end is for the sentence to give.
    const dates: FigureDates | undefined =
      readings.length && agreed
        ? range
          ? readings[0]
          : {
              start: readings[0].start,
              ...(readings[0].past ? { past: { start: readings[0].past.start } } : {}),
            }
        : undefined;
    const weekOf = dates && !range && WEEK_OF_LEAD.exec(masked.slice(Math.max(0, index - 30), index));
    if (dates && weekOf) {
      // "the week of 14/12": that day's Monday to Sunday, the words with it (chrono-node reads "the week" alone).
      const monday = mondayOf(dates.start);
      found.push({
        index: index - weekOf[0].length,
        end,
        dates: { start: monday, endDate: addDays(monday, 6) },
      });
      continue;
    }
    found.push(dates ? { index, end, dates } : { index: figuresStart, end });
  }
  return found;
}

const NEXT_WEEK = /\b(?:all )?n(?:e)?xt (?:week|wk)\b/i;

/**
 * Finds every date phrase of a message. `pastContext(index)` says whether a bare weekday refers back;
 * `localHour`, the hour of the message's local time of day when known, reads "tonight" and "tomorrow" around
 * midnight (night-clock.ts); `order` says which figure of a date in figures is the day (date-order.ts).
 */
export function extractDates(
  original: string,
  reference: string,
  pastContext: (index: number) => boolean,
  localHour?: number,
  order: DateOrder = 'DAY_FIRST',
): DateMention[] {
  const mentions: DateMention[] = [];
  let masked = original;
  const take = (
    resolved: Omit<DateMention, 'index' | 'end' | 'text' | 'role'> & { role?: DateRole },
    index: number,
    end: number,
  ) => {
    const lead = masked.slice(index, end).toLowerCase();
    const role: Role =
      resolved.role ??
      (/^(?:until|till|til|through|by)\b/.test(lead)
        ? 'END'
        : /^from\b/.test(lead) && !resolved.endDate
          ? 'START'
          : roleFor(original, index));
    const mention = withRole({ ...resolved, index, end, text: original.slice(index, end) }, role);
    if (/\bsince\s*$/i.test(original.slice(Math.max(0, index - 8), index))) {
      // "since the weekend", "since Mon-Tue": it began then and is still going on.
      Object.assign(mention, { endDate: undefined, past: undefined, role: 'START', ongoing: true });
      if (mention.start > reference && resolved.past) mention.start = resolved.past.start;
    }
    mentions.push(mention);
  };
  // Dates in figures first, and figures that are no date with them: no other parser reads either again.
  for (const figures of readFigures(masked, reference, order, pastContext)) {
    if (figures.dates) take(figures.dates, figures.index, figures.end);
    masked = masked.slice(0, figures.index) + maskOf(figures.end - figures.index) + masked.slice(figures.end);
  }
  for (const pattern of CUSTOM_PATTERNS) {
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.re.exec(masked)) !== null) {
      const index = m.index;
      const resolved = pattern.resolve(m, reference, pastContext(index), localHour);
      if (!resolved) continue;
      const end = index + m[0].length;
      take(resolved, index, end);
      masked = masked.slice(0, index) + maskOf(end - index) + masked.slice(end);
    }
  }
  const refInstant = { instant: isoToUtcNoon(reference), timezone: 0 };
  // chrono-node reads "tue" and "wed" but not "tues" and "weds" as athletes type them: same length, same offsets.
  // It also reads "night" before a weekday ("rough night Friday", "bad night on Friday") as a time of the message
  // day with no weekday: the weekday alone dates that night.
  const typed = masked
    .replace(/\b(?:tue|wed)s\b/gi, (w) => `${w.slice(0, 3)} `)
    .replace(/\b(?:night|nite)(?=\s+(?:on\s+|of\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/gi, (w) =>
      maskOf(w.length),
    )
    // A run of blanks (masks' or the athlete's own: line breaks) after a month is read as part of a month-only date.
    .replace(/\s{3,}/g, (w) => maskOf(w.length));
  for (const result of chrono.parse(typed, refInstant, { forwardDate: true })) {
    const text = result.text.replace(/[\s,.;:!?]+$/, '');
    if (/^(?:in|for|within) /i.test(text) || /^\d{1,2}$/.test(text) || /^(?:now|sat)$/i.test(text)) continue;
    // "after two weeks (off)": a length of time, not a date.
    if (
      /^after (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple of) /i.test(
        text,
      )
    )
      continue;
    // Times and clock readings ("12 hour days", "at 6am", "2 to 5") are not dates, nor is a length of hours or
    // minutes ("got maybe two hours", "about three hours of sleep"), which chrono-node reads as that long from now.
    const dayWord = /[a-z]{3,}day|\d{1,2}(?:st|nd|rd|th)|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
    if (
      (/^(?:at )?\d{1,2}(?::\d{2})?\s*(?:hours?|hrs?|h|am|pm)?\b/i.test(text) ||
        /\b(?:hours?|hrs?|minutes?|mins?)\b/i.test(text)) &&
      !dayWord.test(text)
    )
      continue;
    const isWeekdayOnly = result.start.isCertain('weekday') && !result.start.isCertain('day');
    const index = result.index;
    const before = original.slice(Math.max(0, index - 12), index);
    // "after Sunday's long run", "sore from Friday's leg day": a session that already happened.
    const doneSession =
      /^\s*['’]s\b/.test(original.slice(index + text.length)) &&
      /\b(?:after|from|since|in|during)\s*$/i.test(before);
    let start = fromParts(
      result.start.get('year') ?? 0,
      result.start.get('month') ?? 1,
      result.start.get('day') ?? 1,
    );
    let endDate = result.end
      ? fromParts(result.end.get('year') ?? 0, result.end.get('month') ?? 1, result.end.get('day') ?? 1)
      : undefined;
    const target = result.start.get('weekday') ?? 0;
    const pastDay = addDays(reference, -((weekdayOf(reference) - target + 7) % 7));
    const backward = isWeekdayOnly && (BACKWARD_CUES.test(before) || doneSession || pastContext(index));
    if (backward) {
      start = pastDay;
      endDate = undefined;
    }
    if (!result.start.isCertain('day') && !result.start.isCertain('weekday')) continue; // "next month" etc.
    const mention = withRole(
      {
        index,
        end: index + text.length,
        text,
        start,
        endDate,
        weekday: isWeekdayOnly && !/\b(?:next|nxt|last|this|past)\s*$/i.test(before),
        past:
          isWeekdayOnly && !backward && !endDate && !/\b(?:next|nxt|this)\s*$/i.test(before)
            ? { start: pastDay }
            : undefined,
      },
      roleFor(original, index),
    );
    if (/\bsince\s*$/i.test(before)) mention.ongoing = true;
    mentions.push(mention);
  }
  // "Next week I'm away Tuesday to Thursday": the weekdays are next week's, whatever today is.
  for (const mention of mentions) {
    if (!mention.weekday || mention.start < reference) continue;
    if (!NEXT_WEEK.test(sentenceOf(original, mention))) continue;
    const nextMonday = addDays(mondayOf(reference), 7);
    const shift = (iso: string) => addDays(nextMonday, fromMonday(weekdayOf(iso)));
    const start = shift(mention.start);
    if (mention.endDate)
      mention.endDate = addDays(start, (weekdayOf(mention.endDate) - weekdayOf(mention.start) + 7) % 7);
    mention.start = start;
  }
  anchorToWeekend(original, reference, mentions);
  return mentions.sort((a, b) => a.index - b.index);
}

const SENTENCE_ENDS = ['.', '!', '?', '\n'];

/** The text of the sentence a mention sits in. */
function sentenceOf(original: string, mention: Pick<DateMention, 'index' | 'end'>): string {
  const start = Math.max(0, ...SENTENCE_ENDS.map((c) => original.lastIndexOf(c, mention.index) + 1));
  const end = Math.min(
    ...SENTENCE_ENDS.map((c) => (original.indexOf(c, mention.end) + 1 || original.length + 1) - 1),
  );
  return original.slice(start, end);
}

const WEEKEND_WORD = /\b(?:weekend|wknd|wkend)\b/i;

/**
 * "Wedding next weekend, flying Thursday night, back Monday": a bare weekday said beside a weekend still to
 * come is a day of that trip, not the next such day from today. A day that starts or names something is the
 * last one on or before the weekend's Sunday (Thursday 10 Dec for the weekend of 12–13 Dec, even said on
 * Wednesday 2 Dec); a return day is the first one on or after its Saturday (Monday 14 Dec). The weekday is
 * then no longer read as the one just gone, and it remembers the weekend (`anchoredTo`) so the span can run
 * from it to the weekend's end.
 */
function anchorToWeekend(original: string, reference: string, mentions: DateMention[]): void {
  const weekends = mentions.filter(
    (m) => m.endDate && m.start > reference && WEEKEND_WORD.test(m.text) && !m.ongoing,
  );
  if (weekends.length === 0) return;
  for (const mention of mentions) {
    if (!mention.weekday || mention.endDate || mention.ongoing || mention.start < reference) continue;
    const sentence = sentenceOf(original, mention);
    const weekend = weekends.find((w) => sentenceOf(original, w) === sentence);
    if (!weekend) continue;
    const day = weekdayOf(mention.start);
    const start =
      mention.role === 'END' ? nextWeekday(weekend.start, day) : previousWeekday(weekend.endDate!, day);
    if (start < reference) continue;
    mention.start = start;
    mention.past = undefined;
    mention.anchoredTo = {
      start: weekend.start,
      endDate: weekend.endDate!,
      text: weekend.text,
      ...(weekend.otherReading ? { otherReading: weekend.otherReading } : {}),
    };
  }
}
