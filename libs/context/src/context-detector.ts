import { LEXICON, LEXICON_KEYWORDS, type LexiconRule } from './context-lexicon';
import type {
  ContextEventKind,
  ContextSubject,
  DetectContextOptions,
  DetectedContext,
  DetectedKind,
  IllnessSeverity,
} from './context.types';
import { DETECTED_KINDS } from './context.types';
import { addDays, type DateMention, extractDates, isoToUtcNoon } from './date-extractor';
import { dateOrderOf } from './date-order';
import { hourOf, inMorning, inNightInProgress } from './night-clock';
import { normalizeText, type NormalizedText, type Token, tokensForSpan } from './text-normalizer';

type Subject = ContextSubject | 'OTHER';

interface Hit {
  rule: LexiconRule;
  kind: DetectedKind;
  first: number;
  last: number;
  subject: Subject;
  confidence: number;
}

const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'without',
  'nor',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "haven't",
  "hasn't",
  "won't",
  "ain't",
  'free',
  'zero',
]);
const NEGATION_WINDOW = 3;

/** Words after a hit, in the same clause, that say the state is over or off. */
const POST_NEGATION =
  /^(?:(?:is|are|has|have|'s|was|were|got|finally|totally|completely|all|now|seems|seem|pretty|much|mostly)\s+){0,3}(?:gone|passed|cleared(?: up)?|healed|cancel(?:l)?ed|called off|resolved|subsided|went away|over now|all better|better now|fine now|after all|anymore|any more|no more)\b/;
/** "over" ends a clause ("the cold is over") but not "over the weekend". */
const POST_OVER = /^(?:(?:is|are|'s|was|finally|all)\s+){1,2}over\s*(?:$|\|)/;

/**
 * A resolution anywhere in the hit's clause says the state is over ("the cold is long gone", "achilles is no
 * longer sore", "niggle has cleared up").
 */
const CLAUSE_RESOLUTION =
  /\b(?:long gone|all gone|gone now|no longer|not any ?more|cleared up|clearing up nicely|healed up|fully healed|went away|has gone|have gone|has passed|all better|pain free|back to normal|fully recovered|good as new)\b/;
/** A negated belief earlier in the clause ("don't think it's the flu", "no sign of a fever"). */
const NEGATED_BELIEF =
  /\b(?:(?:don't|do not|doesn't|didn't|dont) (?:think|believe|reckon|feel like)|no sign(?:s)? of|not (?:a|any) sign of|ruled out|not actually)\b/;
/** Positive framing that turns pain words into training talk ("legs on fire in a good way"). */
const POSITIVE_FRAMING =
  /\b(?:in a good way|in the best way|(?:the )?good kind of (?:sore|pain|hurt|tired)|good sore|good pain|good hurt|in a fun way|hurts? so good)\b/;
/** Negators inside a matched phrase (the body-part rules span several words: "knee is no longer sore"). */
const INNER_NEGATION =
  /\b(?:no|not|never|without|isn't|wasn't|aren't|weren't|doesn't|don't|didn't|hasn't|haven't|zero)\b(?! (?:right|happy|great|good|too good|itself|quite right)\b)/;

const HYPOTHETICAL =
  /\b(?:if|whether|unless|in case|what if|how do you|how do i|how should i|in general|avoid getting|hope i don't|hopefully not|worried about getting|scared of getting|afraid of getting|prevent|tips for)\b/;

const RESOLVED_LATER =
  /\b(?:fully recovered|recovered|back to normal|all good now|fine now|better now|feeling better|healthy again|100 again|good as new|over it now|all clear)\b/;
const PAST_MARKER = /\b(?:was|were|had|got over|last week|last weekend|last month)\b/;

const HEDGES =
  /\b(?:maybe|might|i think|think|probably|not sure|worried|possibly|perhaps|bit of|a bit|slight|slightly)\b/;

const SELF_WORDS = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'me',
  'myself',
  'we',
  "we're",
  "we've",
  'us',
  'nobody',
  'everyone',
]);
const SUBJECT_STOPS = new Set(['so', 'and', 'because', 'cause', 'since', 'as', 'while', 'then', 'plus']);

const FAMILY_WORDS = new Set([
  'kid',
  'kids',
  'kiddo',
  'kiddos',
  'child',
  'children',
  'son',
  'daughter',
  'baby',
  'babies',
  'toddler',
  'wife',
  'husband',
  'partner',
  'hubby',
  'mum',
  'mom',
  'mummy',
  'mommy',
  'dad',
  'daddy',
  'mother',
  'father',
  'parents',
  'parent',
  'grandma',
  'grandpa',
  'granny',
  'nan',
  'nana',
  'grandmother',
  'grandfather',
  'sister',
  'brother',
  'family',
  'boys',
  'girls',
  'twins',
  'newborn',
  'one',
  'fiance',
  'fiancee',
  'stepson',
  'stepdaughter',
  'laws',
  // However the person is named: "the missus", "our youngest", "my other half", "the little man".
  'missus',
  'misses',
  'mrs',
  'wifey',
  'spouse',
  'youngest',
  'eldest',
  'oldest',
  'bairn',
  'bairns',
  'lad',
  'lass',
  'boy',
  'girl',
  'grandad',
  'granddad',
  'gran',
  'grandson',
  'granddaughter',
  'grandkids',
  'aunt',
  'auntie',
  'uncle',
  'nephew',
  'niece',
  'cousin',
  'boyfriend',
  'girlfriend',
  'stepmum',
  'stepmom',
  'stepdad',
  'half',
  'man',
]);
/** Family words that name a relative only after a qualifier ("little one", "other half", "little man"). */
const QUALIFIED_FAMILY: Record<string, Set<string>> = {
  one: new Set(['little', 'wee', 'young', 'youngest', 'eldest', 'oldest', 'small', 'big', 'middle']),
  half: new Set(['other', 'better']),
  man: new Set(['little', 'wee']),
};
const OTHER_WORDS = new Set([
  'friend',
  'friends',
  'teammate',
  'teammates',
  'mate',
  'mates',
  'buddy',
  'colleague',
  'colleagues',
  'coworker',
  'coworkers',
  'boss',
  'roommate',
  'flatmate',
  'neighbour',
  'neighbor',
  'office',
  'everybody',
  'people',
  'someone',
  'somebody',
  'coach',
  'he',
  'she',
  'they',
  "he's",
  "she's",
  "they're",
  'guy',
  'club',
  'team',
]);
const SUBJECT_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'been',
  'got',
  'gets',
  'keeps',
  'kept',
  'just',
  'woke',
  'started',
  'caught',
  'came',
  'threw',
  'seems',
  'looks',
  'still',
  'also',
  'now',
  'both',
  'all',
  'off',
  'home',
  'feels',
  'felt',
  'picked',
  'brought',
]);
const NON_SUBJECT_PREPOSITIONS = new Set([
  'from',
  'with',
  'to',
  'for',
  'after',
  'about',
  'of',
  'at',
  'by',
  'lifting',
]);

/** Words after "sick" or around it that make it slang ("a sick session", "the climb was sick!"). */
const SLANG_AFTER = new Set([
  'of',
  'workout',
  'session',
  'sesh',
  'run',
  'view',
  'views',
  'pace',
  'time',
  'shoes',
  'trail',
  'trails',
  'kit',
  'climb',
  'race',
  'effort',
  'beat',
  'vibe',
  'vibes',
  'split',
  'splits',
  'track',
  'course',
  'route',
  'finish',
  'kick',
  'descent',
  'hill',
  'hills',
  'interval',
  'intervals',
  'reps',
  'set',
  'move',
  'sunrise',
  'sunset',
  'weather',
  'bike',
  'watch',
  'pb',
  'pr',
]);
const SLANG_SUBJECTS = new Set([
  'session',
  'workout',
  'run',
  'race',
  'trail',
  'course',
  'route',
  'view',
  'views',
  'that',
  'this',
  "that's",
  'thats',
  "it's",
  'its',
  'it',
  'climb',
  'descent',
  'track',
  'kit',
  'shoes',
  'intervals',
  'reps',
  'hills',
  'hill',
  'sunrise',
  'finish',
  'kick',
  'pace',
]);

const EVENT_KIND: Record<DetectedKind, ContextEventKind> = {
  ILLNESS: 'ILLNESS',
  INJURY: 'INJURY',
  TRAVEL: 'TRAVEL',
  VACATION: 'VACATION',
  FAMILY: 'FAMILY',
  WORK_STRESS: 'WORK_STRESS',
  POOR_SLEEP: 'OTHER',
  FATIGUE: 'OTHER',
};

const SEVERITY_RANK: Record<IllnessSeverity, number> = { UNKNOWN: 0, ABOVE_NECK: 1, BELOW_NECK_OR_FEVER: 2 };

/** Kinds whose default span is the reference day only (a bad night, a tired day). */
const ONE_DAY_KINDS = new Set<DetectedKind>(['POOR_SLEEP', 'FATIGUE']);

function clauseTokens(tokens: Token[], clause: number): Token[] {
  return tokens.filter((t) => t.clause === clause);
}

function isNegated(normalized: NormalizedText, first: number, last: number): boolean {
  const { tokens } = normalized;
  const clause = tokens[first].clause;
  for (let i = first - 1; i >= Math.max(0, first - NEGATION_WINDOW); i--) {
    if (tokens[i].clause !== clause) break;
    if (NEGATORS.has(tokens[i].norm)) return true;
  }
  const after = tokens
    .slice(last + 1)
    .filter((t) => t.clause === clause)
    .slice(0, 5)
    .map((t) => t.norm)
    .join(' ');
  if (POST_NEGATION.test(after) || POST_OVER.test(after + (after.split(' ').length < 5 ? ' |' : '')))
    return true;
  // "fever's gone": the contraction sits on the hit's own last token.
  if (tokens[last].norm.endsWith("'s") && /^(?:gone|over|passed)\b/.test(after)) return true;
  const clauseText = clauseTokens(tokens, clause)
    .map((t) => t.norm)
    .join(' ');
  if (CLAUSE_RESOLUTION.test(clauseText)) return true;
  const before = tokens
    .slice(0, first)
    .filter((t) => t.clause === clause)
    .map((t) => t.norm)
    .join(' ');
  if (NEGATED_BELIEF.test(before)) return true;
  if (last > first) {
    const inner = tokens
      .slice(first + 1, last + 1)
      .map((t) => t.norm)
      .join(' ');
    if (INNER_NEGATION.test(inner)) return true;
  }
  return false;
}

function isPositivelyFramed(normalized: NormalizedText, first: number): boolean {
  const { tokens } = normalized;
  const sentence = tokens[first].sentence;
  return POSITIVE_FRAMING.test(
    tokens
      .filter((t) => t.sentence === sentence)
      .map((t) => t.norm)
      .join(' '),
  );
}

function isHypothetical(normalized: NormalizedText, first: number): boolean {
  const { tokens } = normalized;
  const sentence = tokens[first].sentence;
  const before = tokens
    .slice(Math.max(0, first - 10), first)
    .filter((t) => t.sentence === sentence)
    .map((t) => t.norm)
    .join(' ');
  return HYPOTHETICAL.test(before);
}

function isResolvedPast(normalized: NormalizedText, first: number): boolean {
  const { tokens } = normalized;
  const clause = tokens[first].clause;
  const clauseText = clauseTokens(tokens, clause)
    .map((t) => t.norm)
    .join(' ');
  const laterText = tokens
    .filter((t) => t.clause > clause)
    .map((t) => t.norm)
    .join(' ');
  return PAST_MARKER.test(clauseText) && RESOLVED_LATER.test(laterText);
}

function isSlangSick(normalized: NormalizedText, first: number, last: number): boolean {
  const { tokens } = normalized;
  const next = tokens[last + 1];
  const nextNext = tokens[last + 2];
  if (next && next.clause === tokens[last].clause) {
    if (SLANG_AFTER.has(next.norm)) return true;
    // "sick negative split", "sick new shoes": slang before a training noun one word later.
    if (nextNext && nextNext.clause === next.clause && SLANG_AFTER.has(nextNext.norm) && next.norm !== 'of')
      return true;
    if (next.norm === 'and' && nextNext?.norm === 'tired') return true;
  }
  const clause = tokens[first].clause;
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    if (tokens[i].clause !== clause) break;
    if (SELF_WORDS.has(tokens[i].norm) || FAMILY_WORDS.has(tokens[i].norm)) return false;
    if (SLANG_SUBJECTS.has(tokens[i].norm)) return true;
  }
  return false;
}

function isSubjectNoun(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (previous && previous.clause === token.clause && NON_SUBJECT_PREPOSITIONS.has(previous.norm))
    return false;
  if (token.norm.endsWith("'s")) return true;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    next.clause === token.clause &&
    (SUBJECT_VERBS.has(next.norm) || next.norm.endsWith("'s"))
  );
}

/** Verbs of going somewhere: a relative right before one is who goes ("my sister flew in", "wife's flying out"). */
const MOTION_VERBS = new Set([
  'fly',
  'flies',
  'flying',
  'flew',
  'heading',
  'headed',
  'driving',
  'drove',
  'travelling',
  'traveling',
  'travels',
  'travelled',
  'traveled',
  'going',
  'goes',
  'went',
  'landed',
  'lands',
  'arrived',
  'arrives',
  'visiting',
  'staying',
  'away',
  'off',
]);

/**
 * A relative right before the hit's first word is its subject when that word is a verb of going somewhere
 * ("my sister flew in": her trip, not the athlete's), unless a preposition governs the relative ("with my
 * sister flying"). Not for nouns: in "family holiday" the relative only qualifies the holiday.
 */
function isSubjectOfHit(tokens: Token[], i: number, first: number): boolean {
  if (i !== first - 1 || !MOTION_VERBS.has(tokens[first].norm)) return false;
  // "the whole family heading…", "me and my wife heading…": the athlete goes too.
  if (baseWord(tokens[i].norm) === 'family') return false;
  for (let j = i - 1; j >= 0 && tokens[j].clause === tokens[i].clause; j--) {
    if (GOING_TOO.has(tokens[j].norm)) return false;
  }
  const previous = tokens[i - 1];
  return !(previous && previous.clause === tokens[i].clause && NON_SUBJECT_PREPOSITIONS.has(previous.norm));
}

/** Words before a relative that put the athlete in the party ("me and my wife", "we and the kids"). */
const GOING_TOO = new Set(['me', 'i', 'we', "we're", "i'm", 'us', 'myself', 'whole']);

function baseWord(norm: string): string {
  return norm.replace(/'s$/, '');
}

/** Who the hit is about: the nearest subject before it in its clause. */
function subjectOf(normalized: NormalizedText, first: number): Subject {
  const { tokens } = normalized;
  const clause = tokens[first].clause;
  const mentionsFamily = tokens.some(
    (t) => FAMILY_WORDS.has(baseWord(t.norm)) && !QUALIFIED_FAMILY[baseWord(t.norm)],
  );
  for (let i = first - 1; i >= Math.max(0, first - 8); i--) {
    const token = tokens[i];
    if (token.clause !== clause || SUBJECT_STOPS.has(token.norm)) break;
    const word = baseWord(token.norm);
    if (SELF_WORDS.has(token.norm)) return 'SELF';
    if (
      FAMILY_WORDS.has(word) &&
      (!QUALIFIED_FAMILY[word] || QUALIFIED_FAMILY[word].has(tokens[i - 1]?.norm ?? '')) &&
      (isSubjectNoun(tokens, i) || isSubjectOfHit(tokens, i, first))
    ) {
      if (word === 'partner' && ['training', 'running', 'workout'].includes(tokens[i - 1]?.norm ?? ''))
        return 'OTHER';
      return 'FAMILY';
    }
    if (OTHER_WORDS.has(word) && (isSubjectNoun(tokens, i) || word === 'office')) {
      if (['he', 'she', 'they', "he's", "she's", "they're"].includes(token.norm) && mentionsFamily)
        return 'FAMILY';
      return 'OTHER';
    }
  }
  return 'SELF';
}

function placeOk(normalized: NormalizedText, match: RegExpExecArray): boolean {
  const indices = (match as RegExpExecArray & { indices?: { groups?: Record<string, [number, number]> } })
    .indices;
  const span = indices?.groups?.place;
  if (!span) return false;
  const token = normalized.tokens.find((t) => t.normStart === span[0]);
  return token !== undefined && token.placeLike;
}

/** Each rule with its pattern compiled once, with match indices (`d`) for the place check. */
const RULES: ReadonlyArray<readonly [LexiconRule, RegExp]> = LEXICON.map(
  (rule) => [rule, new RegExp(rule.pattern.source, 'gd')] as const,
);

/** Words before a place in `travel.place` ("flying to Berlin", "be in Madrid"). */
const PLACE_CONNECTORS = new Set(['to', 'in', 'into', 'from']);

/**
 * The keyword prefilter: whether any lexicon rule could match the message. False means none can (no
 * lexicon keyword, and no place-like word right after "to", "in", "into" or "from"), so it has no context.
 */
export function mayHaveContext(normalized: NormalizedText): boolean {
  if (LEXICON_KEYWORDS.test(normalized.text)) return true;
  const { tokens } = normalized;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.placeLike && tokens[i - 1].clause === t.clause && PLACE_CONNECTORS.has(tokens[i - 1].norm))
      return true;
  }
  return false;
}

/**
 * Finds the lexicon's hits. `datedPast(first)` says whether the hit's sentence dates it in the past ("sick Mon-Wed, fine now"):
 * such a state is over but still context, because it explains that week's data.
 */
function findHits(normalized: NormalizedText, datedPast: (first: number) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const [rule, re] of RULES) {
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(normalized.text)) !== null) {
      if (match[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      const [first, last] = tokensForSpan(normalized, match.index, match.index + match[0].length);
      if (first < 0) continue;
      if (rule.needsPlace && !placeOk(normalized, match)) {
        re.lastIndex = match.index + 1; // "going to be in London": retry inside the rejected match
        continue;
      }
      if (rule.id === 'illness.sick' && isSlangSick(normalized, first, last)) continue;
      if (isNegated(normalized, first, last) || isHypothetical(normalized, first)) continue;
      if (isResolvedPast(normalized, first) && !datedPast(first)) continue;
      if (
        (rule.kinds.includes('INJURY') || rule.kinds.includes('FATIGUE')) &&
        isPositivelyFramed(normalized, first)
      )
        continue;
      const subject: Subject = rule.skipSubject
        ? 'FAMILY'
        : rule.familySubject
          ? 'FAMILY'
          : subjectOf(normalized, first);
      for (const kind of rule.kinds) {
        hits.push({ rule, kind, first, last, subject, confidence: rule.confidence });
      }
    }
  }
  return hits;
}

/** Drops hits that only make sense for the athlete when they are about someone else. */
function keepHit(hit: Hit): boolean {
  if (hit.subject === 'OTHER' || (hit.rule.selfOnly && hit.subject !== 'SELF')) return false;
  if (hit.subject === 'FAMILY')
    return hit.kind === 'ILLNESS' || hit.kind === 'INJURY' || hit.kind === 'FAMILY';
  return true;
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Past-tense verbs athletes use for what already happened (irregular, or common enough to list). */
const PAST_VERBS =
  /\b(?:was|were|had|been|got|rolled|started|began|woke|caught|yesterday|ago|since|did|hurt|twisted|tweaked|pulled|strained|sprained|fell|crashed|tripped|slipped|ran|raced|went|came|felt|missed|skipped|slept|threw|picked|spent|landed|arrived|flew|drove|stayed|finished|ended|cut|bailed|called|couldn't|could not|didn't|wasn't|weren't|managed|struggled|suffered|last week|last weekend)\b/;
/** A pronoun then a verb in -ed ("I jarred", "she developed"): the past, unlike "I'm stressed". */
const PRONOUN_PAST = /\b(?:i|we|he|she|they|it|you) (?:just |then |also )?[a-z]+ed\b/;
const FUTURE_WORDS =
  /\b(?:will|i'll|we'll|going|gonna|next|coming|tomorrow|upcoming|plan|planning|flying|off|leaving|is on|are on|have to|need to|got to|gotta|should|can't make|won't)\b/;

/** A state said to be over in the sentence ("sick Mon-Wed, fine now"): its dates lie in the past. */
const OVER_NOW =
  /\b(?:fine now|better now|ok now|okay now|good now|all good now|recovered|back to normal|over it now|all clear|back now|back home now)\b/;

function clauseText(normalized: NormalizedText, index: number): string | undefined {
  const token =
    normalized.tokens.find((t) => t.end > index) ?? normalized.tokens[normalized.tokens.length - 1];
  if (!token) return undefined;
  return clauseTokens(normalized.tokens, token.clause)
    .map((t) => t.norm)
    .join(' ');
}

/** "was off school", "were off work": "off" in the past tense is no future word. */
const PAST_OFF = /\b(?:was|were|been) off\b/g;

function isPastClause(normalized: NormalizedText, index: number): boolean {
  const text = clauseText(normalized, index);
  if (text === undefined || FUTURE_WORDS.test(text.replace(PAST_OFF, 'was'))) return false;
  if (PAST_VERBS.test(text) || PRONOUN_PAST.test(text)) return true;
  const token = tokenAt(normalized, index);
  const sentence = normalized.tokens
    .filter((t) => t.sentence === token?.sentence)
    .map((t) => t.norm)
    .join(' ');
  return OVER_NOW.test(sentence) && !FUTURE_WORDS.test(sentence);
}

/** Kinds that happen to the athlete rather than being planned: a bare weekday with them is the one just gone. */
const CONDITION_KINDS = new Set<DetectedKind>(['ILLNESS', 'INJURY', 'FATIGUE', 'POOR_SLEEP']);
const PLANNED =
  /\b(?:surgery|op|operation|procedure|appointment|scan|mri|booked|scheduled|having|race|racing|vaccine|jab|shot)\b/;

/**
 * What the athlete will do or is doing about it, said in the present ("I'm home with him Monday", "sick kid at
 * home Monday", "can't train Friday", "no run Tuesday"): a weekday with it is the coming one, even beside an
 * illness.
 */
const PLAN_NOW =
  /\b(?:(?:i'm|i am|we're|we are|i'll be|we'll be) (?:home|at home|off|staying|looking after|nursing|with)|at home|(?:work(?:ing)? )?from home|wfh|home with (?:him|her|them|the kids?|my \w+)|stay(?:ing)? (?:at )?home|keep(?:ing)? (?:him|her|them|the kids?) (?:at )?home|can't|cannot|can not|unable to|not able to|no (?:run|running|training|session|long run|workout|gym)|skip(?:ping)?|miss(?:ing)?|look(?:ing)? after|taking care)\b/;

/**
 * A condition's weekday with no future word or present plan in its clause: the past one ("hamstring tweak
 * on Tuesday"). A past-tense clause was already resolved backwards by the extractor ("was sick Monday"), and
 * an end ("out till Wed") is always still to come.
 */
function conditionDates(normalized: NormalizedText, kind: DetectedKind, mention: DateMention): DateMention {
  if (!CONDITION_KINDS.has(kind) || !mention.past || mention.role === 'END') return mention;
  const text = clauseText(normalized, mention.index) ?? '';
  if (FUTURE_WORDS.test(text) || PLANNED.test(text) || PLAN_NOW.test(text)) return mention;
  return { ...mention, start: mention.past.start, endDate: mention.past.endDate };
}

/**
 * "tonight" sent in the small hours (night-clock.ts) is the night under way, which began the evening before: a
 * bad night's, whatever the tense ("can't sleep tonight", "I'll be up all night tonight" at 01:00), and a
 * condition's told as it is ("fever tonight"); not a condition's to come ("I'll see how I feel tonight") nor any
 * other context's ("flying tonight" at 01:00 may be the coming evening), which keep the message day.
 */
function underWay(normalized: NormalizedText, kind: DetectedKind, mention: DateMention): DateMention {
  if (!mention.nightUnderWay || !CONDITION_KINDS.has(kind)) return mention;
  if (kind !== 'POOR_SLEEP') {
    const text = clauseText(normalized, mention.index) ?? '';
    if (FUTURE_WORDS.test(text) || PLANNED.test(text)) return mention;
  }
  return { ...mention, start: mention.nightUnderWay };
}

/** A date followed by the session it names ("tmrw's run", "Saturday's long run"). */
const SESSION_AFTER =
  /^['’]s\s+(?:long |easy |hard |big |key |club |group )?(?:run|runs|session|workout|intervals|tempo|race|ride|swim|training|sesh|reps)\b/i;

/** A date phrase that names a night ("last night", "the other night", "tonight", "Saturday night"). */
const NIGHT = /\b(?:to)?(?:night|nite)\b/i;

/**
 * A bad night told as one to come or as a state that goes on ("I'll be up all night", "can't sleep", "nights are
 * rough", "not sleeping well", "insomnia again", "keeps waking at 4"): tonight's, the message day's.
 */
const NIGHT_NOT_GONE =
  /\b(?:will|i'll|we'll|gonna|going to|tonight|tonite|(?:night|nite) (?:ahead|coming|to come)|(?:the )?coming (?:night|nite)|every night|each night|nights|at night|a night|lately|these days|recently|keeps?|keeping|can't|cannot|can not|insomnia|deprived|distant memory|for days|in days|for ages|in ages|for weeks|in weeks)\b|\bbeen (?:sleeping|waking|getting|lying)\b|\b(?:i'm|im|i am|we're|we are|is|are|not|nobody's|no one's|nobody is|no one is) (?:\w+ )?(?:sleeping|waking|getting|lying|up|awake)\b/;
/**
 * A bad night told as gone by, in a past tense or by naming the night ("was up most of the night", "didn't
 * sleep", "got 3 hours", "terrible night"): the night before the message, as "last night" is.
 */
const NIGHT_GONE =
  /\b(?:was|were|wasn't|weren't|had|did|didn't|couldn't|could not|slept|got|woke|kept|tossed|turned|spent|haven't|hasn't|have not|has not|night|nite)\b/;

/**
 * A bad night told as a wakefulness still going on ("can't sleep", "awake since 2am", "been up since 4"), not as
 * one to come ("I'll be up all night", "tonight") nor as a pattern ("can't sleep lately", "every night").
 */
const STILL_AWAKE =
  /\b(?:can't|cannot|can not|unable to|couldn't) (?:get (?:back )?to )?(?:sleep|fall asleep|get back to sleep|drop off)\b|\bawake\b|\b(?:up|awake) since\b/;
const NIGHT_TO_COME_OR_PATTERN =
  /\b(?:will|i'll|we'll|gonna|going to|tonight|tonite|(?:night|nite) (?:ahead|coming|to come)|(?:the )?coming (?:night|nite)|every night|each night|nights|at night|lately|these days|recently|for days|in days|for ages|in ages|for weeks|in weeks|keeps?|keeping)\b/;

/**
 * The night of a bad night with no date: in the small hours, the night in progress, which began the day before,
 * whatever the tense ("can't sleep" at 02:30); otherwise the night before the message when it is told as gone by
 * ("Kiddo has a fever so I was up most of the night", told at 07:00 or at 23:30 alike), and the message day's
 * own night when it is to come or goes on ("I'll be up all night" at 23:30 is tonight), but in the morning
 * (before 10:00) a wakefulness still going on is the night just ended ("awake since 2am" at 06:40).
 */
function nightOf(normalized: NormalizedText, group: Hit[], reference: string, localHour?: number): string {
  if (inNightInProgress(localHour)) return addDays(reference, -1);
  const { tokens } = normalized;
  const text = [...new Set(group.map((h) => tokens[h.first].clause))]
    .map((clause) =>
      clauseTokens(tokens, clause)
        .map((t) => t.norm)
        .join(' '),
    )
    .join(' | ');
  if (inMorning(localHour) && STILL_AWAKE.test(text) && !NIGHT_TO_COME_OR_PATTERN.test(text))
    return addDays(reference, -1);
  if (NIGHT_NOT_GONE.test(text)) return reference;
  return NIGHT_GONE.test(text) ? addDays(reference, -1) : reference;
}

/** Training talk: what a date beside it dates ("skip Tuesday", "won't make club tonight", "no running for 10 days"). */
const TRAINING_TALK =
  /\b(?:skip|skipping|skipped|miss|missing|won't make|can't make|not make|make it|sit out|sitting out|rest day|day off|run|runs|running|jog|jogging|train|training|session|sessions|sesh|workout|club|tempo|intervals|reps|long run|parkrun|race|5k|10k|gym|swim|ride)\b/;

/** A date followed by the session it names ("tmrw's run"). */
function isSessionDay(normalized: NormalizedText, mention: DateMention): boolean {
  return SESSION_AFTER.test(normalized.original.slice(mention.end));
}

/**
 * Any date said about training, a day, an end or a length ("skip Tuesday", "I'll run until Friday", "keep the
 * tempo sessions for 2 weeks", "no running for 10 days"): it dates the training, not a context another sentence
 * tells; nor, as an end or a length, a context another clause of its sentence tells (isTrainingEnd).
 */
function isTrainingTalk(normalized: NormalizedText, mention: DateMention): boolean {
  return isSessionDay(normalized, mention) || TRAINING_TALK.test(clauseText(normalized, mention.index) ?? '');
}

/**
 * An end or a length said about training ("no running for 10 days", "easy runs for 3 days", "back to training
 * Monday"): how long the training is held back, not how long the context lasts ("Calf strain, no running for 10
 * days" is a strain of unknown length), wherever it is written but in the context's own clause.
 */
function isTrainingEnd(normalized: NormalizedText, mention: DateMention): boolean {
  return (
    (mention.role === 'END' || mention.durationDays !== undefined) && isTrainingTalk(normalized, mention)
  );
}

/** One day that neither spans, lasts nor ends anything ("Tuesday", "tomorrow"; not "until Sunday", "for 3 days"). */
function isSingleDay(mention: DateMention): boolean {
  return !mention.endDate && !mention.durationDays && mention.role !== 'END' && !!mention.start;
}

function tokenAt(normalized: NormalizedText, index: number): Token | undefined {
  return normalized.tokens.find((t) => t.end > index);
}

function datesFor(
  normalized: NormalizedText,
  kind: DetectedKind,
  group: Hit[],
  allHits: Hit[],
  mentions: DateMention[],
  reference: string,
  localHour: number | undefined,
): Pick<
  DetectedContext,
  'startDate' | 'endDate' | 'endDateUnknown' | 'datesFromText' | 'dateEvidence' | 'dateNote'
> & {
  /** The days of a weekday list with gaps ("Monday, Wednesday and Friday"), one span per run of days. */
  runs?: Array<{ startDate: string; endDate: string }>;
} {
  const { tokens } = normalized;
  // A holiday and the trip to it are one span: each reads the other's dates ("long weekend in Amsterdam,
  // flying out tomorrow and back Monday").
  // So are a wedding, a funeral or a stag do with no date of its own and the trip to it in one sentence: the event
  // reads the trip's dates ("I'm gone from Friday till Monday, wedding in Cork"); one with its own date keeps it
  // ("Dad's funeral is on Monday, I'll be travelling up to Leeds Sunday and back Tuesday").
  const groupClauses = new Set(group.map((h) => tokens[h.first].clause));
  const travelledTo =
    kind === 'FAMILY' &&
    !mentions.some((m) => groupClauses.has(tokenAt(normalized, m.index)?.clause ?? -1)) &&
    group.some((h) =>
      TRAVELLED_TO.test(
        tokens
          .slice(h.first, h.last + 1)
          .map((t) => t.norm)
          .join(' '),
      ),
    );
  const companions = allHits.filter(
    (h) =>
      (COMPANION_KINDS[kind] === h.kind || (travelledTo && h.kind === 'TRAVEL')) &&
      tokens[h.first].sentence === tokens[group[0].first].sentence,
  );
  const ownClauses = new Set([...group, ...companions].map((h) => tokens[h.first].clause));
  const ownSentences = new Set(group.map((h) => tokens[h.first].sentence));
  const hitClauses = new Set(allHits.map((h) => tokens[h.first].clause));
  const hitSentences = new Set(allHits.map((h) => tokens[h.first].sentence));
  // A session moved to a day ("can you push the long run to Sunday?") dates the session, not the context.
  const located = mentions
    .filter((m) => !m.movedTo)
    .map((m) => ({ m: underWay(normalized, kind, m), token: tokenAt(normalized, m.index) }));
  // A bad night is not on today or a day to come that names no night and is told for something else ("terrible
  // night, feel rough this morning", "up all night, can't train tomorrow", "barely slept so skipping today's run"):
  // that is the day after it. Its own clause may still name a night to come.
  const notTheNight = (m: DateMention, own: boolean) =>
    kind === 'POOR_SLEEP' &&
    isSingleDay(m) &&
    !NIGHT.test(m.text) &&
    m.start >= reference &&
    (!own || m.start === reference || isSessionDay(normalized, m));
  // Training talk dates the training, never a context: another clause of the sentence may give a day the context
  // keeps the athlete off ("sick kid, can't train Monday"), but not the end or length of a restriction.
  let candidates = located
    .filter(
      ({ m, token }) =>
        token &&
        (ownClauses.has(token.clause) ||
          (ownSentences.has(token.sentence) &&
            !hitClauses.has(token.clause) &&
            !isTrainingEnd(normalized, m))),
    )
    .map(({ m, token }) => ({ m: conditionDates(normalized, kind, m), own: ownClauses.has(token!.clause) }))
    .filter(({ m, own }) => !notTheNight(m, own))
    .map(({ m }) => m);
  // A date binds to the sentence it is written in. A sentence with dates of its own, even ones another context
  // of it owns, is dated from them or from the message's day, never from another sentence's day: in "my son has
  // a fever since last night, I was up most of the night. I will probably skip Tuesday" the skip is Tuesday's.
  const sentenceHasDates = located.some(({ token }) => token && ownSentences.has(token.sentence));
  /** A bad night told as last night (or tonight): one night, which no other sentence lengthens. */
  let oneNight = false;
  if (kind === 'POOR_SLEEP') {
    // A bad night is the night its sentence names, whichever clause names it ("fever since last night, I was up
    // most of the night", "a temperature since last night and I barely slept"). Last night is one night, not a
    // state that goes on from it; "since Saturday night" said on a Wednesday is several.
    const lastNight = (m: DateMention) =>
      !!m.start && NIGHT.test(m.text) && m.start >= addDays(reference, -1);
    const night = (m: DateMention): DateMention => ({
      ...m,
      role: 'NEUTRAL',
      endDate: undefined,
      ongoing: undefined,
      runs: undefined,
    });
    if (candidates.length === 0 && sentenceHasDates)
      candidates = located
        .filter(({ m, token }) => token && ownSentences.has(token.sentence) && lastNight(m))
        .map(({ m }) => night(m));
    else candidates = candidates.map((m) => (lastNight(m) ? night(m) : m));
    oneNight = candidates.some((m) => lastNight(m));
  }
  if (!sentenceHasDates) {
    // A sentence with no date may take one from a sentence with no context of its own: one before it that says
    // when ("Next week will be hectic. Conference in Berlin."), or one after it that carries it on ("Flu. Since
    // Friday.", "Tweaked my calf. Out for 10 days."), but not training talk, as when the sentence has a date of
    // its own: neither a day of training ("Picked up a stomach bug. Going to skip Tuesday.") nor a restriction's
    // end or length ("Calf strain. No running for 10 days."); nor a day to come for a condition told as it is now
    // ("Sore throat and a headache. I'll see how I feel tomorrow."): such a day is another sentence's own, and
    // the context is dated by the message's day.
    candidates = located
      .filter(({ m, token }) => token && !hitSentences.has(token.sentence) && !isTrainingTalk(normalized, m))
      .map(({ m }) => conditionDates(normalized, kind, m))
      .filter(
        (m) =>
          !(CONDITION_KINDS.has(kind) && isSingleDay(m) && (m.start > reference || m.stillUp)) &&
          !notTheNight(m, false),
      );
  } else if (!oneNight) {
    // The sentences right after it that have no context of their own may still say how long it lasts ("On
    // Thursday I fly to Oslo. I'll be there until Sunday."): their ends and lengths close its span, unless they
    // are about training ("Flying to Oslo on Thursday. Let's keep the tempo sessions for 2 weeks.", "Conference
    // in Berlin on Tuesday. I'll run until Friday then rest."): those date the sessions, not the context.
    const last = Math.max(...ownSentences);
    let next = last + 1;
    while (next <= tokens[tokens.length - 1].sentence && !hitSentences.has(next)) next += 1;
    candidates = candidates.concat(
      located
        .filter(
          ({ m, token }) =>
            token &&
            token.sentence > last &&
            token.sentence < next &&
            m.start !== undefined &&
            (m.role === 'END' || m.durationDays !== undefined) &&
            !isTrainingTalk(normalized, m),
        )
        .map(({ m }) => conditionDates(normalized, kind, m)),
    );
  }
  const dateEvidence = candidates.length ? candidates.map((m) => m.text).join(' … ') : undefined;
  // The narrowest range wins: "next week, Tuesday to Thursday" is Tuesday to Thursday; a range that
  // follows on from it without a gap extends it ("this week and next week" runs to next Sunday). Of two as
  // narrow, the one with calendar dates wins over words that read two ways: "next Tuesday to Thursday (15-17
  // Dec)" sent on a Monday is the 15th to the 17th, whichever is written first.
  const ranges = candidates
    .filter((m) => m.endDate && m.start)
    .sort(
      (a, b) =>
        spanDays(a) - spanDays(b) || Number(calendarDated(b)) - Number(calendarDated(a)) || a.index - b.index,
    );
  let range = ranges[0] as DateMention | undefined;
  for (let joined = true; range && joined;) {
    joined = false;
    for (const other of ranges) {
      if (other.start === addDays(range.endDate!, 1)) range = { ...range, endDate: other.endDate };
      else if (other.endDate === addDays(range.start, -1)) range = { ...range, start: other.start };
      else continue;
      joined = true;
    }
  }
  const starts = candidates.filter((m) => m.start && m.role === 'START' && !m.endDate);
  const ends = candidates.filter((m) => m.start && m.role === 'END' && !m.endDate);
  const allNeutrals = candidates.filter((m) => m.start && m.role === 'NEUTRAL' && !m.endDate);
  // A day of another clause before the context's own first day ("knee 1/10 today, away 15/12") dates what that
  // clause says and does not open the span, as for a range below.
  const firstOwn = allNeutrals.find((m) => ownClauses.has(tokenAt(normalized, m.index)?.clause ?? -1));
  const neutrals = allNeutrals.filter(
    (m) =>
      !firstOwn || m.index >= firstOwn.index || ownClauses.has(tokenAt(normalized, m.index)?.clause ?? -1),
  );
  const duration = candidates.find((m) => m.durationDays);

  let start: string | undefined;
  let end: string | undefined;
  if (range) {
    start = range.start;
    end = range.endDate;
    // A day stated before the range in the context's own words opens the span earlier ("flying tonight, meetings
    // Fri and Mon, back Tue"); a day of another clause does not, as it dates what that clause says ("great
    // session today, away Tuesday to Thursday"). So does a day placed against the range's weekend, wherever it is written
    // ("wedding next weekend, flying Thursday night").
    const own = (m: DateMention) => ownClauses.has(tokenAt(normalized, m.index)?.clause ?? -1);
    const opener =
      starts[0] ??
      neutrals.find((m) => (m.index < range!.index && own(m)) || m.anchoredTo?.start === range!.start);
    if (opener && opener.start < range.start) start = opener.start;
    const closer = ends
      .map((m) => ({ ...m, start: endFrom(m, start!, true) }))
      .find((m) => m.start >= start! && (range.role === 'START' || m.index > range.index));
    if (closer) end = closer.start;
    // A trip's length placed in a range of one day is the span from that day: "I'm gone 3 days this week",
    // said on a Sunday (when this week is today), is three days, not today alone.
    else if (
      (kind === 'TRAVEL' || kind === 'VACATION') &&
      duration?.durationDays &&
      range.start === range.endDate &&
      start === end
    )
      end = addDays(start, duration.durationDays - 1);
  } else {
    start = starts[0]?.start ?? neutrals[0]?.start;
    // A later day that names a session ("Travelling Thursday, can you shift Saturday's long run to Sunday?")
    // is that session's day, not the last day of the context.
    const closing = neutrals.filter((m, i) => i === 0 || !isSessionDay(normalized, m));
    const lastClosing = closing[closing.length - 1];
    const lastNeutral = lastClosing?.start;
    end =
      (ends[0] && endFrom(ends[0], start ?? reference, start !== undefined)) ??
      // "fever last night, rough this morning": today says it is still going on, not that it ends ("tomorrow"
      // read as the message day for an athlete still up is a day to come, which does).
      (closing.length > 1 &&
      lastNeutral !== start &&
      !(lastNeutral === reference && !lastClosing.stillUp && start! < reference)
        ? lastNeutral
        : undefined);
  }
  if (!end && duration?.durationDays) end = addDays(start ?? reference, duration.durationDays - 1);
  // A trip that starts on a day placed against a weekend runs through it ("wedding next weekend, flying
  // Thursday night", with the weekend in the wedding's clause).
  const anchor = starts.concat(neutrals).find((m) => m.start === start && m.anchoredTo)?.anchoredTo;
  if (!end && anchor && (kind === 'TRAVEL' || kind === 'VACATION') && start! <= anchor.endDate)
    end = anchor.endDate;
  const datesFromText = start !== undefined || end !== undefined;
  // "since Sunday", "the past 3 days": still going on, its end is not known.
  const ongoing =
    !range && end === undefined && starts.concat(neutrals).some((m) => m.ongoing && m.start === start);
  // A bad night with no date is the night it was told about: the night before for one gone by.
  if (!datesFromText && kind === 'POOR_SLEEP') start = nightOf(normalized, group, reference, localHour);
  start ??= reference;
  if (end === undefined && ONE_DAY_KINDS.has(kind) && !ongoing) end = start;
  if (end !== undefined && end < start) end = undefined;
  // A weekday list with gaps, taken as it was written (nothing opened or closed it): one span per run.
  const listed = range?.runs;
  const runs =
    listed &&
    start === range!.start &&
    end === range!.endDate &&
    end === addDays(start, listed[listed.length - 1][1])
      ? listed.map(([from, to]) => ({ startDate: addDays(start!, from), endDate: addDays(start!, to) }))
      : undefined;
  // A phrase read two ways that gave the span its days: say which days were taken and what the other were.
  // A day placed against such a weekend carries its two readings too ("next weekend, flying Thursday").
  // A single day read two ways ("tomorrow" sent at 00:30) only when it is the span's first or last day.
  const twoWays =
    candidates.find(
      (m) =>
        m.otherReading &&
        m.start >= start! &&
        (end === undefined || m.start <= end) &&
        (m.endDate !== undefined || m.start === start || m.start === end),
    ) ?? (anchor?.otherReading && end === anchor.endDate ? anchor : undefined);
  const dateNote =
    twoWays &&
    `"${twoWays.text}" read as ${daySpan(twoWays.start, twoWays.endDate ?? twoWays.start)}; it may mean ${daySpan(twoWays.otherReading!.start, twoWays.otherReading!.endDate)}`;
  return {
    startDate: start,
    endDate: end ?? null,
    endDateUnknown: end === undefined,
    datesFromText,
    dateEvidence,
    ...(dateNote ? { dateNote } : {}),
    ...(runs ? { runs } : {}),
  };
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sat 12 Dec – Sun 13 Dec": the concrete days of a span, for a reader to check. */
function daySpan(start: string, end: string): string {
  const day = (iso: string) => {
    const d = isoToUtcNoon(iso);
    return `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`;
  };
  return start === end ? day(start) : `${day(start)} – ${day(end)}`;
}

/** A family event one travels to: it and the trip to it, in one sentence, are one span. */
const TRAVELLED_TO = /\b(?:wedding|funeral|reunion|gathering|stag|hen|bachelor|bachelorette|bucks)\b/;

const COMPANION_KINDS: Partial<Record<DetectedKind, DetectedKind>> = {
  TRAVEL: 'VACATION',
  VACATION: 'TRAVEL',
};

/**
 * The day a weekday end closes a span starting on `start`: the first such weekday after it. A weekday is read as
 * the next one from today, which can fall before a span that starts later: "Flying to Boston Tuesday, back
 * Saturday" said on a Thursday ends the Saturday after the Tuesday, and "On Thursday I fly to Oslo. I'll be there
 * until Sunday." said on a Sunday ends the coming Sunday, not today. When the text gives the start (`strict`),
 * the end is strictly after it: "Flying to Oslo on Monday. I'll be there until Monday." is a week, not one day.
 * A start that is only the message's day keeps a weekday end on it.
 */
function endFrom(mention: DateMention, start: string, strict: boolean): string {
  if (!mention.weekday || mention.endDate || !mention.start) return mention.start;
  if (mention.start > start || (mention.start === start && !strict)) return mention.start;
  const days = (isoToUtcNoon(start).getTime() - isoToUtcNoon(mention.start).getTime()) / 86_400_000;
  return addDays(mention.start, 7 * (strict ? Math.floor(days / 7) + 1 : Math.ceil(days / 7)));
}

/** A mention with a day of the month in it ("15-17 Dec", "the 15th"), not a count ("the next 3 days"). */
function calendarDated(mention: DateMention): boolean {
  return /\d/.test(mention.text) && !/\b(?:days?|weeks?|nights?|hours?)\b/i.test(mention.text);
}

function spanDays(mention: DateMention): number {
  return mention.endDate
    ? isoToUtcNoon(mention.endDate).getTime() - isoToUtcNoon(mention.start).getTime()
    : 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Detects context (illness, injury, travel, vacation, family, work stress, poor sleep, fatigue) in an athlete's
 * chat message. Pure and deterministic: the message's local reference date is an argument, never the clock.
 */
export function detectContext(text: string, options: DetectContextOptions): DetectedContext[] {
  return detect(text, options, true);
}

/** The full parse of every message, without the keyword prefilter: for the prefilter's test and the bench. */
export function detectContextWithoutPrefilter(
  text: string,
  options: DetectContextOptions,
): DetectedContext[] {
  return detect(text, options, false);
}

function detect(text: string, options: DetectContextOptions, prefilter: boolean): DetectedContext[] {
  const reference = options.referenceDate;
  isoToUtcNoon(reference); // validates
  const localHour = options.localTime !== undefined ? hourOf(options.localTime) : undefined;
  const normalized = normalizeText(text ?? '');
  if (normalized.tokens.length === 0) return [];
  if (prefilter && !mayHaveContext(normalized)) return [];
  // Dates are parsed once, and only when a hit needs them (most chat messages have none).
  let parsed: DateMention[] | undefined;
  const dateMentions = () =>
    (parsed ??= extractDates(
      normalized.original,
      reference,
      (index) => isPastClause(normalized, index),
      localHour,
      dateOrderOf(options.timezone),
    ));
  const datedPast = (first: number) =>
    dateMentions().some((m) => {
      const token = tokenAt(normalized, m.index);
      return (
        token !== undefined &&
        token.sentence === normalized.tokens[first].sentence &&
        m.start !== '' &&
        m.start < reference &&
        (m.endDate ?? m.start) < reference
      );
    });
  const raw = findHits(normalized, datedPast).filter(keepHit);
  const { tokens } = normalized;
  // Prefer family-specific phrases over a generic hit on the same words ("daycare bug" vs "bug"), a family
  // event over the athlete's own on the same words ("dad's surgery"), and a medical reason over a holiday
  // for time off work in the same sentence ("off work next week for surgery").
  const hits = raw.filter(
    (h) =>
      !(
        h.subject !== 'FAMILY' &&
        raw.some((o) => o !== h && o.kind === h.kind && o.rule.familySubject && overlaps(o, h))
      ) &&
      !(h.rule.selfOnly && raw.some((o) => o.kind === 'FAMILY' && overlaps(o, h))) &&
      !(
        h.rule.leave &&
        raw.some(
          (o) =>
            (o.kind === 'ILLNESS' || o.kind === 'INJURY') &&
            o.subject === 'SELF' &&
            tokens[o.first].sentence === tokens[h.first].sentence,
        )
      ),
  );
  if (hits.length === 0) return [];

  const groups = new Map<string, Hit[]>();
  for (const hit of hits) {
    const subject: ContextSubject = hit.subject === 'FAMILY' ? 'FAMILY' : 'SELF';
    const key = `${hit.kind}:${hit.kind === 'FAMILY' ? 'FAMILY' : subject}`;
    const list = groups.get(key) ?? [];
    list.push(hit);
    groups.set(key, list);
  }

  const results: DetectedContext[] = [];
  for (const [key, group] of groups) {
    const [kind, subjectKey] = key.split(':') as [DetectedKind, ContextSubject];
    const sorted = [...group].sort((a, b) => a.first - b.first || b.last - a.last);
    const primary = sorted[0];
    const distinct = new Set(group.map((h) => `${h.first}-${h.last}`)).size;
    const hedgeText = tokens
      .slice(Math.max(0, primary.first - 6), primary.first)
      .filter((t) => t.clause === tokens[primary.first].clause)
      .map((t) => t.norm)
      .join(' ');
    let confidence = Math.max(...group.map((h) => h.confidence)) + 0.05 * Math.min(distinct - 1, 3);
    if (HEDGES.test(hedgeText)) confidence -= 0.15;
    const dates = datesFor(normalized, kind, group, hits, dateMentions(), reference, localHour);
    if (dates.datesFromText) confidence += 0.03;
    const subject: ContextSubject = kind === 'FAMILY' ? 'FAMILY' : subjectKey;
    const detection: DetectedContext = {
      kind,
      eventKind: subject === 'FAMILY' && kind !== 'TRAVEL' ? 'FAMILY' : EVENT_KIND[kind],
      subject,
      startDate: dates.startDate,
      endDate: dates.endDate,
      endDateUnknown: dates.endDateUnknown,
      datesFromText: dates.datesFromText,
      confidence: round2(Math.min(0.99, Math.max(0.05, confidence))),
      evidence: text.slice(tokens[primary.first].start, tokens[primary.last].end),
      span: { start: tokens[primary.first].start, end: tokens[primary.last].end },
    };
    if (dates.dateEvidence) detection.dateEvidence = dates.dateEvidence;
    if (dates.dateNote) detection.dateNote = dates.dateNote;
    if (kind === 'ILLNESS') {
      detection.severity = group
        .map((h) => h.rule.severity ?? 'UNKNOWN')
        .reduce<IllnessSeverity>((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a), 'UNKNOWN');
    }
    if (dates.runs) {
      // "Can't train Monday, Wednesday and Friday": three days, not Monday to Friday.
      for (const run of dates.runs) results.push({ ...detection, ...run });
    } else results.push(detection);
  }
  const order = (k: DetectedKind) => DETECTED_KINDS.indexOf(k);
  return results.sort(
    (a, b) =>
      order(a.kind) - order(b.kind) || a.span.start - b.span.start || a.startDate.localeCompare(b.startDate),
  );
}
