import { reviewAthlete } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { copySuggestion } from '../src/suggestions/suggestion-copy';

/** The fields of a suggestion, in the order `Shared.add` and current-week's `suggestion` build them. */
const FIELDS = [
  'id',
  'kind',
  'severity',
  'components',
  'rationale',
  'athleteText',
  'basis',
  'evidence',
  'planWeekStart',
  'changes',
];

describe(copySuggestion.name, () => {
  // Lea's review (demo club, 2026-12-06): a life event bounds the hold, so the hold's suggestion is a copy
  // (`withLifeBound`), beside suggestions built by `Shared.add`.
  const review = reviewAthlete(demoInput('athlete13'));

  it('should serialize as the spread copy it replaces when given the same fields', () => {
    for (const s of review.suggestions) {
      const evidence = { ...s.evidence, extra: 1 };
      expect(
        JSON.stringify(copySuggestion(s, `${s.rationale} More.`, `${s.athleteText} More.`, evidence)),
      ).toBe(
        JSON.stringify({
          ...s,
          rationale: `${s.rationale} More.`,
          athleteText: `${s.athleteText} More.`,
          evidence,
        }),
      );
    }
  });

  it('should keep every field of the suggestions the engine builds, in their order', () => {
    expect(review.suggestions.length).toBeGreaterThan(1);
    expect(review.suggestions.some((s) => typeof s.evidence.weekBoundMinutes === 'number')).toBe(true);
    for (const s of review.suggestions) {
      expect(Object.keys(s)).toEqual(FIELDS);
      expect(Object.keys(copySuggestion(s, s.rationale, s.athleteText, s.evidence))).toEqual(FIELDS);
    }
  });
});
