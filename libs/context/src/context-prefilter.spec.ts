import { readFileSync } from 'fs';
import { join } from 'path';
import { detectContext, detectContextWithoutPrefilter, mayHaveContext } from './context-detector';
import { LEXICON, LEXICON_KEYWORDS } from './context-lexicon';
import { ALL_CORPUS_MESSAGES } from './corpus/all.corpus';
import { normalizeText } from './text-normalizer';

const CORPUS = ALL_CORPUS_MESSAGES;
/** Every phrase the detector's own tests use (string literals of a few words), besides the corpora. */
const SPEC_PHRASES = [
  ...readFileSync(join(__dirname, 'context-detector.spec.ts'), 'utf8').matchAll(
    /(['"`])((?:(?!\1)[^\\\n]|\\.){8,}?)\1/g,
  ),
]
  .map((m) => m[2].replace(/\\(['"`])/g, '$1'))
  .filter((s) => s.includes(' '));
const MESSAGES = [...CORPUS.map((m) => m.text), ...SPEC_PHRASES];

/** Everyday training chat with nothing to propose. */
const EVERYDAY = [
  'ok',
  'Thanks! 👍',
  'What pace should I run the tempo at on Thursday?',
  'Should I do strides after the easy run or before?',
  'Hit my first sub 20 5k!!! So happy',
  'Long run done, 18k at 5:40, fuelled every 40 min, felt fine',
  `bench 12 ${'x'.repeat(80)}`,
];

describe(mayHaveContext.name, () => {
  it('should have more than 900 messages to check the prefilter against', () => {
    expect(MESSAGES.length).toBeGreaterThan(900);
  });

  it('should find a keyword in every match of every lexicon rule (travel.place: a place after its connector)', () => {
    const missed: string[] = [];
    for (const text of MESSAGES) {
      const normalized = normalizeText(text);
      for (const rule of LEXICON) {
        const re = new RegExp(rule.pattern.source, 'g');
        for (const m of normalized.text.matchAll(re)) {
          if (rule.needsPlace) {
            const place = normalized.tokens.find((t) => t.normStart === m.index + m[0].lastIndexOf(' ') + 1);
            if (place?.placeLike && !mayHaveContext(normalized))
              missed.push(`${rule.id}: "${m[0]}" in "${text}"`);
          } else if (!LEXICON_KEYWORDS.test(m[0])) missed.push(`${rule.id}: "${m[0]}" in "${text}"`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('should leave every detection as the full parse makes it', () => {
    for (const m of CORPUS) {
      const options = { referenceDate: m.referenceDate };
      expect(detectContext(m.text, options)).toEqual(detectContextWithoutPrefilter(m.text, options));
    }
  });

  it.each(EVERYDAY)('should skip the parse of "%s"', (text) => {
    expect(mayHaveContext(normalizeText(text))).toBe(false);
  });

  it.each([
    'Flying to Berlin on Friday',
    'I will be in Madrid all week',
    'My son has a fevr',
    'Achilles is really sore',
    'Slept 4 h last night',
  ])('should parse "%s" in full', (text) => {
    expect(mayHaveContext(normalizeText(text))).toBe(true);
    expect(detectContext(text, { referenceDate: '2026-12-03' }).length).toBeGreaterThan(0);
  });
});
