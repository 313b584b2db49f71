/**
 * What became of the stored review when the coach saved next week's draft (savePlanDraft's `reviewRegeneration`),
 * and so what the review screen says under the draft and whether it polls the review.
 *
 * - GENERATED: the API re-derived the review in the save; the review read again names the draft as saved.
 * - KEPT_DONE: the review was completed: it stays as it was and no longer follows the plan.
 * - QUEUED: re-deriving it failed; the draft is saved and the review is re-run in the background (a second or so
 *   later, retried). Until then the stored review is older than the draft (its `generatedAt` before the draft's
 *   `updatedAt`): the screen says the suggestions are being refreshed and reads the review again every few seconds
 *   until it is newer (REFRESHED), or gives up after a while (STILL_REFRESHING: reload later). A re-run that brings
 *   nothing urgent pushes nothing to the coach's socket (`review:updated` is for new urgent suggestions), so polling
 *   is what picks it up.
 */
export type ReviewRegeneration = 'GENERATED' | 'KEPT_DONE' | 'QUEUED';

export interface SavedDraft {
  regeneration: ReviewRegeneration | null;
  /** The saved draft's `updatedAt` (ISO 8601). */
  updatedAt: string;
}

export type DraftReviewState =
  'GENERATED' | 'KEPT_DONE' | 'REFRESHING' | 'REFRESHED' | 'STILL_REFRESHING' | null;

/** How often the screen reads the review again while it is being refreshed, and for how long at most. */
export const REFRESH_POLL_MS = 2_000;
export const REFRESH_GIVE_UP_MS = 120_000;

export function draftReviewState(
  saved: SavedDraft | null,
  reviewGeneratedAt: string | undefined,
  gaveUp: boolean,
): DraftReviewState {
  if (!saved?.regeneration) return null;
  if (saved.regeneration !== 'QUEUED') return saved.regeneration;
  if (reviewGeneratedAt && Date.parse(reviewGeneratedAt) >= Date.parse(saved.updatedAt)) return 'REFRESHED';
  return gaveUp ? 'STILL_REFRESHING' : 'REFRESHING';
}
