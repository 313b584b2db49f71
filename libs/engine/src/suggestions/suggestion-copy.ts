import type { Evidence, Suggestion } from '../types';

/**
 * A copy of suggestion `s` with these texts and evidence: one literal with `Suggestion`'s fields in the order every
 * suggestion is built with (`Shared.add` in build-suggestions, `suggestion` in current-week), so that it is the same
 * JSON as `{ ...s, rationale, athleteText, evidence }`.
 *
 * Why not the spread: V8 gives a spread copy a map of its own (one per source map and per spread in the code, as for
 * the sessions of `apply-suggestion`'s `session`). The copies the review makes (a pending answer, a life event's
 * bound, an escalated or medical-check down week, a doctor's clearance) gave its suggestions five shapes, and every
 * reader of them (`FromSuggestions`, `raisedWords`, the review's own loops) read their fields megamorphically.
 */
export function copySuggestion(
  s: Suggestion,
  rationale: string,
  athleteText: string,
  evidence: Evidence,
): Suggestion {
  return {
    id: s.id,
    kind: s.kind,
    severity: s.severity,
    components: s.components,
    rationale,
    athleteText,
    basis: s.basis,
    evidence,
    planWeekStart: s.planWeekStart,
    changes: s.changes,
  };
}
