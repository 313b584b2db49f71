import * as chrono from 'chrono-node';

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
  'a few': 3,
  few: 3,
};

function dayOfMonthDate(reference: string, day: number, notBefore?: string): string {
  const [y, mo, d] = reference.split('-').map(Number);
  let candidate = fromParts(y, mo, day);
  // A day of month well before today means next month ("until the 5th" said on the 30th).
  if (day < d - 7 || (notBefore !== undefined && candidate < notBefore))
    candidate = fromParts(y, mo + 1, day);
  return candidate;
}

interface CustomPattern {
  re: RegExp;
  resolve: (
    m: RegExpExecArray,
    reference: string,
  ) => Omit<DateMention, 'index' | 'end' | 'text' | 'role'> | null;
}

const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';

const CUSTOM_PATTERNS: CustomPattern[] = [
  {
    re: new RegExp(
      `\\b(?:from )?the ${ORD}\\s*(?:to|until|till|through|thru|-|–)\\s*(?:the )?${ORD}\\b`,
      'gi',
    ),
    resolve: (m, ref) => {
      const start = dayOfMonthDate(ref, Number(m[1]));
      return { start, endDate: dayOfMonthDate(ref, Number(m[2]), start) };
    },
  },
  {
    re: /\b(?:on |by |until |till |til |through |from )?the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
    resolve: (m, ref) =>
      Number(m[1]) >= 1 && Number(m[1]) <= 31 ? { start: dayOfMonthDate(ref, Number(m[1])) } : null,
  },
  {
    re: /\b(?:all )?next week\b/gi,
    resolve: (_m, ref) => {
      const start = addDays(mondayOf(ref), 7);
      return { start, endDate: addDays(start, 6) };
    },
  },
  {
    re: /\b(?:all|this|the whole|rest of the|for the) week\b/gi,
    resolve: (_m, ref) => ({ start: ref, endDate: addDays(mondayOf(ref), 6) }),
  },
  {
    re: /\bnext weekend\b/gi,
    resolve: (_m, ref) => {
      const sat = addDays(mondayOf(ref), 12);
      return { start: sat, endDate: addDays(sat, 1) };
    },
  },
  {
    re: /\b(?:this|the|over the|for the|on the) weekend\b/gi,
    resolve: (_m, ref) => {
      const sat = addDays(mondayOf(ref), 5);
      return { start: sat < ref ? ref : sat, endDate: addDays(sat, 1) };
    },
  },
  {
    re: /\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|right now)\b/gi,
    resolve: (_m, ref) => ({ start: ref }),
  },
  {
    re: /\b(?:yesterday|last night|the other night)\b/gi,
    resolve: (_m, ref) => ({ start: addDays(ref, -1) }),
  },
  {
    re: /\b(?:tomorrow|tmrw|tmr|2moro)\b/gi,
    resolve: (_m, ref) => ({ start: addDays(ref, 1) }),
  },
  {
    re: /\bfor (?:the next )?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|couple|few) (days?|nights?|weeks?)\b/gi,
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
      return { start: addDays(ref, -n) };
    },
  },
];

const START_CUES = /\b(?:since|from|starting|start|from next|leaving|leave|out|flying out|departing)\s*$/i;
const END_CUES =
  /\b(?:until|till|til|through|thru|to|back|back on|coming back|returning|return|home|home on|landing back|flight back is|flight home is|flight back is on|flight home is on|back home|by)\s*(?:on\s*)?$/i;
const BACKWARD_CUES = /\b(?:since|last|ago|past)\s*$/i;

function roleFor(original: string, index: number): DateRole {
  const before = original.slice(Math.max(0, index - 24), index).toLowerCase();
  if (/\bsince\s*$/.test(before) || START_CUES.test(before)) return 'START';
  if (END_CUES.test(before)) return 'END';
  return 'NEUTRAL';
}

/** Finds every date phrase of a message. `pastContext(index)` says whether a bare weekday refers back. */
export function extractDates(
  original: string,
  reference: string,
  pastContext: (index: number) => boolean,
): DateMention[] {
  const mentions: DateMention[] = [];
  let masked = original;
  for (const pattern of CUSTOM_PATTERNS) {
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.re.exec(masked)) !== null) {
      const resolved = pattern.resolve(m, reference);
      if (!resolved) continue;
      const index = m.index;
      const end = index + m[0].length;
      const lead = m[0].toLowerCase();
      const role: DateRole = /^(?:until|till|til|through|by)\b/.test(lead)
        ? 'END'
        : /^from\b/.test(lead) && !resolved.endDate
          ? 'START'
          : roleFor(original, index);
      mentions.push({ ...resolved, index, end, text: original.slice(index, end), role });
      masked = masked.slice(0, index) + ' '.repeat(end - index) + masked.slice(end);
    }
  }
  const refInstant = { instant: isoToUtcNoon(reference), timezone: 0 };
  for (const result of chrono.parse(masked, refInstant, { forwardDate: true })) {
    const text = result.text.replace(/[\s,.;:!?]+$/, '');
    if (/^(?:in|for|within) /i.test(text) || /^\d{1,2}$/.test(text) || /^(?:now|sat)$/i.test(text)) continue;
    // Times and clock readings ("12 hour days", "at 6am", "2 to 5") are not dates.
    if (
      /^(?:at )?\d{1,2}(?::\d{2})?\s*(?:hours?|hrs?|h|am|pm)?\b/i.test(text) &&
      !/[a-z]{3,}day|\d{1,2}(?:st|nd|rd|th)|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text)
    )
      continue;
    const isWeekdayOnly = result.start.isCertain('weekday') && !result.start.isCertain('day');
    const index = result.index;
    const before = original.slice(Math.max(0, index - 12), index);
    let start = fromParts(
      result.start.get('year') ?? 0,
      result.start.get('month') ?? 1,
      result.start.get('day') ?? 1,
    );
    let endDate = result.end
      ? fromParts(result.end.get('year') ?? 0, result.end.get('month') ?? 1, result.end.get('day') ?? 1)
      : undefined;
    if (isWeekdayOnly && (BACKWARD_CUES.test(before) || pastContext(index))) {
      const target = result.start.get('weekday') ?? 0;
      const diff = (weekdayOf(reference) - target + 7) % 7;
      start = addDays(reference, diff === 0 ? 0 : -diff);
      endDate = undefined;
    }
    if (!result.start.isCertain('day') && !result.start.isCertain('weekday')) continue; // "next month" etc.
    mentions.push({ index, end: index + text.length, text, start, endDate, role: roleFor(original, index) });
  }
  return mentions.sort((a, b) => a.index - b.index);
}
