import { codeWords } from '../../lib/code-words';

/**
 * The suggestion last undone, as the review read right after the undo showed it: `back` among the suggestions, else
 * the engine no longer proposes it (for the plan as it is now, or for what it learnt since: a check-in, a clearance;
 * so the sentence does not say which). Fixed when the undo is done (a later re-run does not rewrite what the undo did).
 */
export interface Undone {
  kind: string;
  back: boolean;
}

/** The status line after an undo. */
export function undoneText(u: Undone): string {
  return u.back
    ? `Undone: ${codeWords(u.kind)} is undecided again, back among the suggestions.`
    : `Undone. With what it knows now, the engine no longer proposes ${codeWords(u.kind, { capital: false })}.`;
}
