import { useMutation } from '@tanstack/react-query';
import { gqlRequest } from '../../../lib/api';
import { ApiError } from '../../../lib/errors';
import {
  ApplySuggestionMutation,
  DismissSuggestionMutation,
  RestoreSuggestionMutation,
  RevertSuggestionMutation,
} from '../graphql/review';
import { appliedIds } from '../editor-basis';
import type { ChangeInput } from '../preview';

/** A decided suggestion the coach undoes: an applied one is reverted, a dismissed one restored. */
export interface UndoTarget {
  suggestionId: string;
  state: string;
}

/**
 * The coach's decisions on the review's suggestions: apply (as proposed or edited, against the draft's revision the
 * coach sees), dismiss (with an optional private reason) and undo either while the review is open. Each one's
 * `onDecided` reads the review and next week's plan again (the suggestions are re-derived on the plan as it now is)
 * and stays pending until that is done, so the page never acts on the week as it was before.
 */
export function useSuggestionDecisions(
  athleteId: string,
  /**
   * The review's week (its `nextWeekStart`): every decision names it, so it acts on the review on screen, never on the
   * coming week's when that is another (a week that has begun, opened from the queue; a page left open past Monday).
   */
  weekStart: string | undefined,
  /** Next week's draft as the coach sees it (null: none): an apply names it, so one made since is refused. */
  draft: { id: string; revision: number } | null,
  /**
   * `written`: the plan an apply or an undo saved (the page's own write, not another coach's); `applied`: the ids of the
   * suggestions applied to it, from the write's own answer (the review read again may not have caught up yet).
   */
  onDecided: (
    written?: { id: string; revision: number } | null,
    applied?: readonly string[],
  ) => Promise<unknown>,
) {
  // The suggestion changed since the page read it (SUGGESTION_CHANGED: re-derived after a log, a check-in, another tab's
  // decision, the day moving on): nothing was done, and the review is read again so the card shows the new version,
  // which the coach may apply in turn (the refusal's sentence stays beside it). The mutation stays pending until the
  // review is read again, so the sentence appears with the new version.
  const changedSinceRead = (e: unknown) =>
    e instanceof ApiError && e.reason === 'SUGGESTION_CHANGED' ? onDecided() : undefined;
  const apply = useMutation({
    mutationFn: ({
      suggestionId,
      changesDigest,
      changes,
    }: {
      suggestionId: string;
      /** The changesDigest of the suggestion as the page shows it: only that version is applied. */
      changesDigest: string;
      changes?: ChangeInput[];
    }) =>
      gqlRequest(ApplySuggestionMutation, {
        input: {
          athleteId,
          weekStart: weekStart ?? null,
          suggestionId,
          expectedRevision: draft?.revision ?? null,
          expectedPlanId: draft?.id ?? null,
          expectedChangesDigest: changesDigest,
          changes: changes ?? null,
        },
      }),
    onSuccess: (d) =>
      onDecided(d.applySuggestion.plan, appliedIds(d.applySuggestion.review.decidedSuggestions)),
    onError: (e) => changedSinceRead(e),
  });
  const dismiss = useMutation({
    mutationFn: ({
      suggestionId,
      changesDigest,
      reason,
    }: {
      suggestionId: string;
      changesDigest: string;
      reason: string;
    }) =>
      gqlRequest(DismissSuggestionMutation, {
        input: {
          athleteId,
          weekStart: weekStart ?? null,
          suggestionId,
          expectedChangesDigest: changesDigest,
          reason: reason.trim() || null,
        },
      }),
    onSuccess: () => onDecided(),
    onError: (e) => changedSinceRead(e),
  });
  // The API refuses an undo that would lose later work (PLAN_CHANGED_SINCE: the draft edited or published since, or a
  // suggestion applied after it), and any undo on a completed review (REVIEW_DONE): the sentence says which.
  const undo = useMutation({
    mutationFn: async ({ suggestionId, state }: UndoTarget) => {
      const input = { athleteId, weekStart: weekStart ?? null, suggestionId };
      if (state === 'DISMISSED') {
        await gqlRequest(RestoreSuggestionMutation, { input });
        return null;
      }
      return (await gqlRequest(RevertSuggestionMutation, { input })).revertSuggestion;
    },
    onSuccess: (reverted) =>
      reverted ? onDecided(reverted.plan, appliedIds(reverted.review.decidedSuggestions)) : onDecided(null),
  });
  return { apply, dismiss, undo };
}
