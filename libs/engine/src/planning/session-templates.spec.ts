import { decisionWords } from '../review/decide-week';
import type { MesocycleFocus, SuggestionKind } from '../types';
import { QUALITY_TEMPLATES, qualityTemplate } from './session-templates';

describe('table lookups by a switch', () => {
  it('qualityTemplate is QUALITY_TEMPLATES[focus] for every focus', () => {
    const foci = Object.keys(QUALITY_TEMPLATES) as Exclude<MesocycleFocus, 'RECOVERY'>[];
    expect(foci).toHaveLength(5);
    for (const f of foci) expect(qualityTemplate(f)).toBe(QUALITY_TEMPLATES[f]);
  });

  it("decisionWords reads as the reason's table did, and in words for the other kinds", () => {
    // The table the switch replaced (the reference).
    const table: Partial<Record<SuggestionKind, string>> = {
      ILLNESS_REST: 'Fever or symptoms below the neck: rest, then a graded return',
      ILLNESS_EASY_ONLY: 'Symptoms above the neck: easy running only',
      INJURY_CHECK: 'An injury is reported: hold, easy running only until it is checked',
      TRANSITION_AFTER_A_RACE: 'The A race is done: a transition week of easy, unstructured running',
      RACE_RECOVERY: 'A marathon-type race is done: a recovery week of rest days and short easy runs',
      TAPER: 'The A race is close: taper, cutting volume and keeping intensity and frequency',
      RECOVERY_DOWN_WEEK: 'Readiness is red: a down week',
      RECOVERY_HOLD: 'Readiness is amber: hold instead of building',
      SCHEDULED_DOWN_WEEK: 'The build weeks since the last down week call for a down week',
      LOAD_SPIKE_WARNING: 'Load rose too fast: hold instead of building',
      BASELINE_HOLD: 'Too little history yet: hold rather than build',
      BUILD: 'Recovery is good and nothing rules a build out: grow within the ramp limit',
    };
    for (const [kind, text] of Object.entries(table))
      expect(decisionWords(kind as SuggestionKind)).toBe(text);
    expect(decisionWords('CAUTIOUS_HOLD')).toBe('Cautious hold');
    expect(decisionWords('MONOTONY_VARY')).toBe('Monotony vary');
  });
});
