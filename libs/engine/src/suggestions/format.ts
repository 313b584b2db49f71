import { fromDayNumber } from '../dates/local-date';
import type { ParsedRace } from '../metrics/compute-metrics';
import type { PlannedSession } from '../types';

/** Small formatting helpers for rationale text (plain language, numbers a coach can forward). */
export function min(v: number): string {
  return `${Math.round(v)} min`;
}
export function pct(v: number, signed = true): string {
  const r = Math.round(v);
  return `${signed && r > 0 ? '+' : ''}${r} %`;
}
export function num(v: number, digits = 2): string {
  return fixed(v, digits);
}

/**
 * "a", "a and b", "a, b and c" (concatenated: a `slice` and a `join` each time copied what the text copies
 * again, and each is a call into a builtin).
 */
export function andList(xs: readonly string[]): string {
  const k = xs.length;
  if (k === 0) return '';
  let t = xs[0];
  for (let i = 1; i < k - 1; i++) t = `${t}, ${xs[i]}`;
  return k === 1 ? t : `${t} and ${xs[k - 1]}`;
}

/**
 * `xs.join(sep)` by concatenation, as `andList` builds its lists: the builtin copies every part's characters into a
 * new flat string, where a text that is only concatenated further needs none of them copied until it is read.
 */
export function joined(xs: readonly string[], sep: string): string {
  const k = xs.length;
  if (k === 0) return '';
  let t = xs[0];
  for (let i = 1; i < k; i++) t = `${t}${sep}${xs[i]}`;
  return t;
}

const POW10 = [1, 10, 100, 1000, 10000];
const ZEROS = ['', '0', '00', '000', '0000'];
/**
 * `v.toFixed(digits)`, without the builtin's call into the runtime for the usual case (0–4 digits, |v| below a
 * million): `v × 10^digits` is then within 2⁻²⁰ (about 10⁻⁶) of its exact value, so unless its fraction is
 * within 10⁻⁵ of ½ it rounds to the same integer as the exact decimal expansion `toFixed` rounds. Near a tie,
 * and for anything else (NaN, ±∞, large values, more digits), the builtin answers.
 */
export function fixed(v: number, digits: number): string {
  if (!(v > -1e6 && v < 1e6) || digits < 0 || digits > 4 || (digits | 0) !== digits) {
    return v.toFixed(digits);
  }
  const x = v < 0 ? -v : v;
  const p = POW10[digits];
  const scaled = x * p;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  if (fraction > 0.5 - 1e-5 && fraction < 0.5 + 1e-5) return v.toFixed(digits);
  const n = fraction > 0.5 ? whole + 1 : whole;
  const decimals = n % p;
  const sign = v < 0 ? '-' : '';
  if (digits === 0) return sign + n;
  const d = '' + decimals;
  return `${sign}${(n - decimals) / p}.${ZEROS[digits - d.length]}${d}`;
}
/**
 * `Number(fixed(v, digits))` without the text: the value as a text prints it, for a rule that compares what the coach
 * reads (the strong wellness note). The same rounding as `fixed` (near a tie and outside its range, the builtin's);
 * `n / 10^digits` of the rounded integer is the double nearest the printed decimal, as parsing it gives.
 */
export function fixedNumber(v: number, digits: number): number {
  if (!(v > -1e6 && v < 1e6) || digits < 0 || digits > 4 || (digits | 0) !== digits) {
    return Number(v.toFixed(digits));
  }
  // (`abs`: −0 reads "0", whose number is +0.)
  const x = Math.abs(v);
  const p = POW10[digits];
  const scaled = x * p;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  if (fraction > 0.5 - 1e-5 && fraction < 0.5 + 1e-5) return Number(v.toFixed(digits));
  const n = fraction > 0.5 ? whole + 1 : whole;
  return v < 0 ? -(n / p) : n / p;
}
/**
 * A value and the band it is compared with, with enough decimals that a value outside the band never
 * reads as equal to its edge (`4.398` below `4.40–4.49`, not `4.40` below `4.40–4.49`).
 */
export function valueAndBand(v: number, low: number, high: number): [string, string, string] {
  let digits = 2;
  let a = fixed(v, digits);
  let b = fixed(low, digits);
  let c = fixed(high, digits);
  while (digits < 4 && (a === b || a === c)) {
    digits++;
    a = fixed(v, digits);
    b = fixed(low, digits);
    c = fixed(high, digits);
  }
  return [a, b, c];
}
export function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
/**
 * `String(round1(v))` ("45.3", "45", "-0.3"), written from the integer `round(v × 10)` rather than by the
 * runtime's double-to-string conversion: the nearest double to a one-decimal value prints as that value.
 * Outside ±10¹⁵ (or NaN, ±∞) the builtin answers.
 */
export function round1Text(v: number): string {
  const n = Math.round(v * 10);
  if (!(n > -1e15 && n < 1e15)) return String(round1(v));
  const r = n % 10;
  if (r === 0) return String(n / 10);
  const a = n < 0 ? -n : n;
  return `${n < 0 ? '-' : ''}${(a - (a % 10)) / 10}.${a % 10}`;
}
export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

const WORDS = new Map<string, string>();
/** An enum value in words: `'RECOVERY_HOLD'` → `'recovery hold'` (memoised: a handful of values recur). */
export function words(value: string): string {
  let w = WORDS.get(value);
  if (w === undefined) {
    w = value.toLowerCase().replace(/_/g, ' ');
    if (WORDS.size < 1000) WORDS.set(value, w);
  }
  return w;
}

/** `1 day`, `3 days`: a count with its noun (plural with an s). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A season phase in words: `'PRE_COMPETITION'` → `'pre-competition'`. (Switches here and below, not a table
 * looked up by a varying key: that load was megamorphic in every caller.)
 */
export function phaseWords(phase: string): string {
  switch (phase) {
    case 'TRANSITION':
      return 'transition';
    case 'PREPARATORY':
      return 'preparatory';
    case 'PRE_COMPETITION':
      return 'pre-competition';
    case 'COMPETITION':
      return 'competition';
    default:
      return words(phase);
  }
}

/** A wellness item in words: `'sleepQuality'` → `'sleep quality'`. */
export function wellnessItemWords(item: string): string {
  return item === 'sleepQuality' ? 'sleep quality' : item;
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
/** An ISO date (or a span of two) with the word that ties it to the sentence: ` from 2026-12-08`, `(2026-12-08 to 2026-12-10)`. */
const DATE_FRAGMENT =
  /\s*\(?(?:\b(?:from|on|until|till|to|through|between|since|by|after|before)\s+)?\d{4}-\d{2}-\d{2}(?:\s*(?:to|until|till|through|and|–|—|-)\s*\d{4}-\d{2}-\d{2})?\)?/gi;
/** What a removed date leaves dangling at the end: a connector or punctuation that led into it. */
const DANGLING = /(?:[\s,;:–—-]+|\s+(?:from|on|until|till|to|through|between|since|by|after|before|and))+$/i;
/** Longest note quoted in full; a longer one is cut at a word and marked with an ellipsis. */
const NOTE_MAX = 120;

/**
 * A character `\s` matches (and `trim` removes): the ASCII controls 9–13 and the Unicode white space (U+180E too,
 * white space in older Unicode: a note with one only takes the regular expressions' way).
 */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A quote `cleanNote` strips from a note's ends: ' ‘ ’ “ ”. */
function isEndQuote(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;
}

/**
 * A note that `cleanNote`'s white-space, double-quote and end-quote replacements and trims leave as it is (single
 * spaces between words, no double quote, no space or quote at either end), most notes: one scan of its characters
 * rather than four regular-expression replacements and two trims, each a call into the runtime.
 */
export function plainNote(note: string): boolean {
  const n = note.length;
  if (n === 0) return true;
  if (isEndQuote(note.charCodeAt(0)) || isEndQuote(note.charCodeAt(n - 1))) return false;
  let prev = 32;
  for (let i = 0; i < n; i++) {
    const c = note.charCodeAt(i);
    if (c === 34) return false;
    if (isSpace(c) && (c !== 32 || prev === 32)) return false;
    prev = c;
  }
  return prev !== 32;
}

/**
 * An athlete's or coach's note as a rationale quotes it: whitespace collapsed and trimmed, straight double
 * quotes turned single (the text quotes it in double quotes), and no ISO date fragment (`… from 2026-12-08`):
 * the text says the event's days itself, in words. Null when nothing is left to quote.
 */
export function cleanNote(note: string | null | undefined): string | null {
  if (note === null || note === undefined) return null;
  const plain = plainNote(note);
  let t = plain ? note : note.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
  const dated = ISO_DATE.test(t);
  if (dated) {
    t = t
      .replace(DATE_FRAGMENT, '')
      .replace(/\s+/g, ' ')
      .replace(DANGLING, '')
      .replace(/^[\s,;:–—-]+/, '');
    t = t.replace(/\s+([,;:.])/g, '$1').trim();
  }
  if (!plain || dated) t = t.replace(/^['‘’“”]+|['‘’“”]+$/g, '').trim();
  if (t.length > NOTE_MAX) {
    const cut = t.slice(0, NOTE_MAX);
    const at = cut.lastIndexOf(' ');
    t = `${(at > NOTE_MAX / 2 ? cut.slice(0, at) : cut).replace(DANGLING, '')}…`;
  }
  return /[\p{L}\p{N}]/u.test(t) ? t : null;
}

/** A note in double quotes, cleaned (see `cleanNote`), or null. */
export function quoteNote(note: string | null | undefined): string | null {
  const t = cleanNote(note);
  return t === null ? null : `"${t}"`;
}

/**
 * A purpose's name ("Easy run (down week: …)" → "easy run"; see `sessionName`), by purpose: plans repeat a few
 * template purposes, so each is cut and lower-cased once, not in every review. Cleared when it grows large
 * (coaches' own purposes are free text).
 */
const PURPOSE_NAMES = new Map<string, string>();
/** Caches by purpose (here and in the suggestions) are cleared when they grow this large. */
export const PURPOSE_NAMES_LIMIT = 2000;

/**
 * A purpose with a head that names its week rather than the session ("Down week: light fartlek, keep it playful."):
 * the session's own words after it, up to the first ',', '.', ';' or '(' ("light fartlek"); any other purpose as it
 * is. The demo's down-week fartlek had been "Tuesday's down week" in every text, "instead of down week" in the
 * session the engine eased.
 */
export function sessionPurpose(purpose: string): string {
  const colon = purpose.indexOf(':');
  if (colon < 0) return purpose;
  const head = purpose.slice(0, colon).trim().toLowerCase();
  if (!WEEK_HEADS.has(head)) return purpose;
  const rest = purpose
    .slice(colon + 1)
    .split(/[,.;(]/)[0]
    .trim();
  return rest.length > 0 ? rest : purpose;
}
const WEEK_HEADS = new Set([
  'down week',
  'cutback week',
  'deload week',
  'recovery week',
  'taper',
  'taper week',
  'race week',
]);

/** The heads of `WEEK_HEADS` that name a down week (not a taper or a race week). */
const DOWN_WEEK_HEADS = new Set(['down week', 'cutback week', 'deload week', 'recovery week']);

/**
 * A session named for a down week by its purpose's head ("Down week: light fartlek, keep it playful."): the session
 * a coach planned for a down week, which a build week should not carry under that name.
 */
export function namedForDownWeek(purpose: string): boolean {
  const colon = purpose.indexOf(':');
  return colon >= 0 && DOWN_WEEK_HEADS.has(purpose.slice(0, colon).trim().toLowerCase());
}

/**
 * A down-week session's purpose in a build week: its own name and the first sentence's words after it, without the
 * down week's head ("Down week: light fartlek, keep it playful. Absorb the last block." → "Light fartlek (its effort
 * as planned, in a build week): keep it playful."). The name stays what the texts call it (`purposeName`).
 */
export function buildWeekPurpose(purpose: string): string {
  const name = sessionPurpose(purpose);
  const colon = purpose.indexOf(':');
  const first = purpose
    .slice(colon + 1)
    .split(/[.;(]/)[0]
    .trim();
  const tail = first.startsWith(name) ? first.slice(name.length).replace(/^[\s,]+/, '') : '';
  const head = `${name.charAt(0).toUpperCase()}${name.slice(1)} (its effort as planned, in a build week)`;
  return tail.length > 0 ? `${head}: ${tail}.` : `${head}.`;
}

export function purposeName(purpose: string): string {
  let name = PURPOSE_NAMES.get(purpose);
  if (name === undefined) {
    const head = sessionPurpose(purpose).split(/[:(]/)[0].trim();
    // Lower-cased as a word inside a sentence, except an initialism ("VO2max intervals", not "vO2max intervals").
    name = /^[A-Z][A-Z0-9]/.test(head) ? head : `${head.charAt(0).toLowerCase()}${head.slice(1)}`;
    if (PURPOSE_NAMES.size >= PURPOSE_NAMES_LIMIT) PURPOSE_NAMES.clear();
    PURPOSE_NAMES.set(purpose, name);
  }
  return name;
}

/**
 * " (a longer run of 79 min aside: not a long run)" after "the longest long run … logged", when a
 * longer run of another kind was logged in the same window (`LoggedLongRun.longerRun`), else '': an athlete who
 * ran it does not read a figure that looks false (coach read 7: Ingrid's 79-min race-specific session).
 */
export function longerRunAside(long: boolean, longer: number): string {
  return long && longer > 0
    ? ` (a longer run of ${min(longer)} aside: not planned or run as a long run)`
    : '';
}

/**
 * What a hold's or a down week's long-run step counts from, in words (`loggedLongRun`): "the longest long run Ingrid
 * logged in the last 4 weeks", "… since the illness of 2026-11-14 to 2026-11-19" (of one day: "since the illness
 * of 2026-12-01"); "the longest run …" when no long run was logged there. One phrase for every text that quotes it.
 */
export function loggedRunRef(
  long: boolean,
  illness: { readonly start: number; readonly end: number } | null,
  athlete: string,
): string {
  const what = long ? 'long run' : 'run';
  if (illness === null) return `the longest ${what} ${athlete} logged in the last 4 weeks`;
  const days =
    illness.start === illness.end
      ? fromDayNumber(illness.start)
      : `${fromDayNumber(illness.start)} to ${fromDayNumber(illness.end)}`;
  return `the longest ${what} ${athlete} logged since the illness of ${days}`;
}

const SPORT_NAME = { BIKE: 'ride', SWIM: 'swim', OTHER: 'session' } as const;

/**
 * What an eased cross-training session is called: the sport it stays, from its own `sport` ("ride", "swim",
 * "session"); for a plan that does not give one, guessed from its purpose ("Bike tempo" → "ride", "Swim
 * technique" → "swim"), "session" when the purpose does not say.
 */
export function crossSport(x: PlannedSession): string {
  if (x.sport !== undefined) return SPORT_NAME[x.sport];
  if (/swim/i.test(x.purpose)) return 'swim';
  if (/bike|ride|cycl|turbo|spin|trainer/i.test(x.purpose)) return 'ride';
  return 'session';
}

/**
 * The race a cut week keeps its quality for (`FitRequest.keepQuality`): the next A or B race after the review day
 * (`races` in date order, as `parseRaces` sorts them: the first listed of a day), or null. One rule for next week's cut
 * (`qualityRace` in the suggestions) and this week's (`spikeWeekCut`, the current-week load cut).
 */
export function nextQualityRace(races: readonly ParsedRace[], reviewDay: number): ParsedRace | null {
  let next: ParsedRace | null = null;
  for (const r of races)
    if (r.day > reviewDay && r.priority !== 'C' && (next === null || r.day < next.day)) next = r;
  return next;
}

/** `nextQualityRace` in words, as `FitRequest.keepQuality` takes it: "Spring Half on 2025-05-25". */
export function qualityRaceWords(r: ParsedRace): string {
  return `${r.source.name ?? `${r.priority} race`} on ${fromDayNumber(r.day)}`;
}
