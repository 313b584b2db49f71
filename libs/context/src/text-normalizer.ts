/**
 * Tokenisation, typo correction and clause segmentation for the context detector.
 *
 * The detector's lexicons are regular expressions over a normalised text: lower-case tokens joined by single
 * spaces, with " | " between clauses, so a phrase never matches across a clause boundary.
 */

export interface Token {
  /** Normalised (lower-case, typo-corrected) form. */
  norm: string;
  raw: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** Capitalised mid-sentence word that may name a place ("Berlin", "NYC"). */
  placeLike: boolean;
  /** Offsets in the normalised text. */
  normStart: number;
  normEnd: number;
}

export interface NormalizedText {
  original: string;
  text: string;
  tokens: Token[];
}

/** Explicit corrections for short or common misspellings (too short for safe fuzzy matching). */
const TYPO_MAP: Record<string, string> = {
  sik: 'sick',
  sck: 'sick',
  sicj: 'sick',
  fevr: 'fever',
  fver: 'fever',
  feaver: 'fever',
  fevor: 'fever',
  flue: 'flu',
  coold: 'cold',
  cought: 'cough',
  slep: 'slept',
  sleept: 'slept',
  tierd: 'tired',
  tird: 'tired',
  kne: 'knee',
  hurst: 'hurts',
  hurtin: 'hurting',
  feelin: 'feeling',
  achey: 'achy',
  stomache: 'stomach',
  runnin: 'running',
  comin: 'coming',
  gettin: 'getting',
  goin: 'going',
  travelin: 'traveling',
  travellin: 'travelling',
  holls: 'hols',
  hollidays: 'holidays',
  hollies: 'hols',
  jetlagged: 'jet lagged',
  jetlag: 'jet lag',
  im: "i'm",
  ive: "i've",
  dont: "don't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  cant: "can't",
  couldnt: "couldn't",
  havent: "haven't",
  hasnt: "hasn't",
  wont: "won't",
  arent: "aren't",
  werent: "weren't",
};

/** Words the fuzzy matcher may correct towards (all at least 6 letters long). */
const FUZZY_TARGETS = [
  'feverish',
  'throat',
  'nausea',
  'nauseous',
  'vomiting',
  'diarrhea',
  'diarrhoea',
  'infection',
  'headache',
  'migraine',
  'poisoning',
  'coughing',
  'congested',
  'sniffles',
  'sneezing',
  'unwell',
  'traveling',
  'travelling',
  'travel',
  'business',
  'conference',
  'vacation',
  'holiday',
  'exhausted',
  'exhaustion',
  'knackered',
  'fatigued',
  'insomnia',
  'achilles',
  'hamstring',
  'injured',
  'injury',
  'plantar',
  'fasciitis',
  'tendonitis',
  'tendinitis',
  'sprained',
  'strained',
  'swollen',
  'stressed',
  'deadline',
  'deadlines',
  'funeral',
  'hospital',
  'babysitter',
  'restless',
  'sleeping',
  'splints',
  'overtime',
];

/** Real words that sit one edit away from a target and must never be "corrected". */
const PROTECTED_WORDS = new Set([
  'trained',
  'trainer',
  'gravel',
  'stained',
  'strainer',
  'sweeping',
  'steeping',
  'stressed',
  'unwell',
  'thread',
  'threat',
  'injures',
  'holidays',
  'traveled',
  'traveler',
  'travels',
  'restful',
  'sleepier',
  'headaches',
  'throats',
  'fatigue',
  'deadlift',
  'deadlifts',
  'splits',
  'split',
  'sprint',
  'sprints',
]);

const FUZZY_SET = new Set(FUZZY_TARGETS);

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push([i]);
  }
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

/** Corrects one lower-case word: explicit typo map first, then a single-edit fuzzy match on long words. */
export function correctWord(word: string): string {
  const mapped = TYPO_MAP[word];
  if (mapped) return mapped;
  if (word.length < 6 || FUZZY_SET.has(word) || PROTECTED_WORDS.has(word) || /\d/.test(word)) return word;
  let best: string | undefined;
  let bestDistance = 2;
  for (const target of FUZZY_TARGETS) {
    const dist = editDistance(word, target, 2);
    const allowed = target.length >= 9 && word.length >= 9 ? 2 : 1;
    if (dist <= allowed && dist < bestDistance + (allowed === 2 ? 1 : 0)) {
      if (best === undefined || dist < bestDistance) {
        best = target;
        bestDistance = dist;
      }
    }
  }
  return best ?? word;
}

const NOT_PLACES = new Set([
  'i',
  "i'm",
  "i'll",
  "i've",
  "i'd",
  'coach',
  'hrv',
  'hr',
  'pr',
  'pb',
  'rpe',
  'tv',
  'er',
  'ok',
  'tbh',
  'af',
  'lol',
  'omg',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'christmas',
  'easter',
  'thanksgiving',
  'pto',
  // Capitalised training words, not places ("in Zwift all week", "in Zone 2").
  'strava',
  'zwift',
  'garmin',
  'trainingpeaks',
  'parkrun',
  'zone',
]);

/** Words that open a new clause: what follows them is judged on its own (negation never crosses them). */
const CLAUSE_OPENERS = new Set(['but', 'though', 'although', 'however', 'whereas', 'except']);

/**
 * "so" opens a clause when a clause starts after it ("Sick so no running till Friday", "calf sore so I'll rest"), not
 * as a degree word ("so tired", "not so sore"): the word after it decides.
 */
const SO_OPENS_BEFORE = new Set([
  'i',
  "i'm",
  "i'll",
  "i've",
  "i'd",
  'im',
  'ill',
  'ive',
  'we',
  "we'll",
  "we're",
  'no',
  'not',
  'nothing',
  "can't",
  'cant',
  "won't",
  'wont',
  "don't",
  'dont',
  "didn't",
  'didnt',
  'skipping',
  'resting',
  'taking',
  'staying',
  'will',
  'gonna',
  'going',
  'probably',
  'might',
  'better',
  'need',
  'can',
  'could',
  'should',
  'please',
  'maybe',
  'just',
]);
const NEXT_WORD_RE = /^[\s]*([a-z0-9]+(?:['’][a-z]+)?)/i;

const WORD_RE = /[a-z0-9]+(?:['’][a-z]+)*/gi;

/**
 * correctWord's answers, by word: the fuzzy match is most of a message's normalisation cost, and chat
 * repeats its words. Bounded: words up to 24 characters (a longer one is more than two edits from every
 * target, so correctWord answers it at once), emptied when 20,000 are kept (about 2 MB).
 */
const CORRECTED = new Map<string, string>();
const CORRECTED_MAX = 20_000;

function corrected(word: string): string {
  if (word.length > 24) return correctWord(word);
  let found = CORRECTED.get(word);
  if (found === undefined) {
    found = correctWord(word);
    if (CORRECTED.size >= CORRECTED_MAX) CORRECTED.clear();
    CORRECTED.set(word, found);
  }
  return found;
}

/**
 * Whether the text between two tokens is inside figures, where it separates neither clauses nor sentences: the
 * "/" or "." of a date or a number ("15/12", "15.12.2026", "7/10", "38.5") and the dash of a range of them
 * ("15/12 - 17/12", "15.-17.12."), so that "away 15/12-17/12" is one clause, "away 15 12 17 12".
 */
function inFigures(previous: Token | undefined, between: string, raw: string): boolean {
  return (
    previous !== undefined &&
    /^\d/.test(previous.raw) &&
    /^\d/.test(raw) &&
    /^(?:[./]|\.?\s*[-–—]\s*)$/.test(between)
  );
}

export function normalizeText(original: string): NormalizedText {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let previousEnd = 0;
  let text = '';
  let match: RegExpExecArray | null;
  WORD_RE.lastIndex = 0;
  while ((match = WORD_RE.exec(original)) !== null) {
    const raw = match[0];
    const start = match.index;
    const between = original.slice(previousEnd, start);
    const isFirst = tokens.length === 0;
    let sentenceBreak = false;
    let clauseBreak = false;
    const previous = tokens[tokens.length - 1];
    if (!isFirst && !inFigures(previous, between, raw)) {
      if (/[.!?\n]/.test(between) && !/^\.\d/.test(between + raw)) sentenceBreak = true;
      // Any other punctuation or symbol (commas, dashes, "+", "=", emoji) separates clauses.
      else if (/[^\s'’-]/.test(between) || / [-–—] /.test(between)) clauseBreak = true;
    }
    const lower = raw.toLowerCase().replace(/’/g, "'");
    if (!isFirst && CLAUSE_OPENERS.has(lower)) clauseBreak = true;
    else if (!isFirst && lower === 'so') {
      const next = NEXT_WORD_RE.exec(original.slice(start + raw.length));
      if (next && SO_OPENS_BEFORE.has(next[1].toLowerCase().replace(/’/g, "'"))) clauseBreak = true;
    }
    if (sentenceBreak) {
      sentence += 1;
      clause += 1;
    } else if (clauseBreak) {
      clause += 1;
    }
    const norm = corrected(lower);
    const sentenceInitial = isFirst || sentenceBreak;
    const placeLike =
      !sentenceInitial && /^[A-Z]/.test(raw) && !NOT_PLACES.has(lower) && !/^\d/.test(raw) && raw.length > 1;
    if (!isFirst) text += sentenceBreak || clauseBreak ? ' | ' : ' ';
    const normStart = text.length;
    text += norm;
    tokens.push({
      norm,
      raw,
      start,
      end: start + raw.length,
      sentence,
      clause,
      placeLike,
      normStart,
      normEnd: text.length,
    });
    previousEnd = start + raw.length;
  }
  return { original, text, tokens };
}

/** Indices of the first and last tokens overlapping a span of the normalised text. */
export function tokensForSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  let first = -1;
  let last = -1;
  normalized.tokens.forEach((token, i) => {
    if (token.normEnd > start && token.normStart < end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return [first, last];
}
