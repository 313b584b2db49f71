/**
 * Small readers of a review and of its input that many specs share: the suggestion of a kind, a suggestion
 * applied to a plan, the minutes logged in a week.
 */
import { applySuggestion } from '../../src';
import type { Review, ReviewInput, Suggestion, SuggestionKind, WeekPlan } from '../../src';
import { toDayNumber } from '../../src/dates/local-date';

/** The suggestion of `kind` in a review (or in its list of suggestions); throws, naming those there, when none. */
export function get(
  from: { readonly suggestions: readonly Suggestion[] } | readonly Suggestion[],
  kind: SuggestionKind,
): Suggestion {
  const s: readonly Suggestion[] = 'suggestions' in from ? from.suggestions : from;
  const x = s.find((y) => y.kind === kind);
  if (x === undefined) throw new Error(`no ${kind} in ${s.map((y) => y.kind).join(', ')}`);
  return x;
}

/** `plan` with `s` applied; throws the reason when it does not apply. */
export function applied(plan: WeekPlan, s: Suggestion): WeekPlan {
  const a = applySuggestion(plan, s);
  if (!a.ok) throw new Error(a.reason);
  return a.plan;
}

/** Minutes logged in the 7 days from `weekStart`, on the weekdays `days` (all when not given). */
export function loggedIn(input: ReviewInput, weekStart: string, days?: readonly number[]): number {
  const d0 = toDayNumber(weekStart);
  let total = 0;
  for (const x of input.sessions) {
    const k = (x.day ?? toDayNumber(x.date as string)) - d0;
    if (k >= 0 && k < 7 && (days === undefined || days.includes(k))) total += x.minutes;
  }
  return total;
}

/** What a review says in words to the coach: its decision's reason, what it ruled out, and every rationale. */
export function reviewTexts(r: Review): string[] {
  return [r.decision.reason, ...r.decision.ruledOut, ...r.suggestions.map((s) => s.rationale)];
}
