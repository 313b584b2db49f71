import { describe, expect, it } from 'vitest';
import { MAX_ACTIVITY_FILE_BYTES, MAX_ARCHIVE_BYTES } from '../../../../libs/common/src/upload-limits';
import { ApiError, errorMessage, toApiError } from './errors';

describe('error mapping', () => {
  it('turns a known reason into a sentence a person can act on', () => {
    const e = toApiError({
      code: 'BAD_USER_INPUT',
      reason: 'INVITATION_EXPIRED',
      message: 'invitation expired',
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.message).toBe('This invitation has expired. Ask your coach or admin for a new one.');
    expect(e.retryable).toBe(false);
  });

  it("keeps the server's validation message for bad input it has no sentence for", () => {
    expect(
      toApiError({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        message: 'minutes must be between 1 and 1440',
      }).message,
    ).toBe('minutes must be between 1 and 1440');
  });

  it('never shows an internal message; server errors and rate limits are retryable', () => {
    const e = toApiError({ code: 'INTERNAL_SERVER_ERROR', message: 'relation "x" does not exist' });
    expect(e.message).not.toContain('relation');
    expect(e.retryable).toBe(true);
    const limited = toApiError({
      code: 'TOO_MANY_REQUESTS',
      reason: 'RATE_LIMITED',
      details: { retryAfterSeconds: 2.2 },
    });
    expect(errorMessage(limited)).toMatch(/in about 3 s/);
    expect(toApiError({}, 502).code).toBe('INTERNAL_SERVER_ERROR');
  });

  // The web app said "20 MB at most" whatever was uploaded; an archive may be 100 MB. The API's error gives the limit
  // that was exceeded (details.maxBytes), the same constant it checks (libs/common upload-limits).
  it('says the limit of the upload that was too large, a file’s or an archive’s', () => {
    const tooLarge = (maxBytes: number) =>
      toApiError(
        {
          code: 'BAD_USER_INPUT',
          reason: 'FILE_TOO_LARGE',
          message: 'The file is larger than the most it may be.',
          details: { maxBytes },
        },
        400,
      ).message;
    expect(tooLarge(MAX_ARCHIVE_BYTES)).toBe('The file is too large (100 MB at most).');
    expect(tooLarge(MAX_ACTIVITY_FILE_BYTES)).toBe('The file is too large (20 MB at most).');
    // Without the figure, the server's own sentence (it names its limit), not a guess.
    expect(
      toApiError({
        code: 'BAD_USER_INPUT',
        reason: 'FILE_TOO_LARGE',
        message: '"a.gpx" is 25 MB; activity files may be at most 20 MB.',
      }).message,
    ).toBe('"a.gpx" is 25 MB; activity files may be at most 20 MB.');
  });

  it("shows the engine's reason when it refuses to apply a suggestion (CONFLICT, SUGGESTION_*)", () => {
    const e = toApiError({
      code: 'CONFLICT',
      reason: 'SUGGESTION_NOTHING_TO_SCALE',
      message: 'There is no session to scale on those days.',
    });
    expect(e.message).toBe('There is no session to scale on those days.');
    expect(toApiError({ code: 'CONFLICT', reason: 'SOMETHING_ELSE', message: 'x' }).message).toBe(
      'This was changed meanwhile. Reload and try again.',
    );
  });

  it('says why an undo is refused, from what the API says came after the change (PLAN_CHANGED_SINCE details)', () => {
    const refused = (details?: Record<string, unknown>) =>
      toApiError({ code: 'CONFLICT', reason: 'PLAN_CHANGED_SINCE', message: 'x', details }).message;
    expect(refused({ currentRevision: 5, laterSuggestionIds: ['LOAD_SPIKE_WARNING:2026-12-07'] })).toBe(
      '“Load spike warning” was applied after this change, to the same draft: undo it first.',
    );
    expect(
      refused({
        currentRevision: 6,
        laterSuggestionIds: [
          'LOAD_SPIKE_WARNING:2026-12-07',
          'AVAILABILITY_FIT:2026-12-07',
          'BUILD:2026-12-07',
        ],
      }),
    ).toBe(
      '“Load spike warning”, “Availability fit” and “Build” were applied after this change, to the same draft: undo them first.',
    );
    expect(refused({ currentRevision: 5, laterSuggestionIds: ['HRV_NOTE:2026-12-07'] })).toBe(
      '“HRV note” was applied after this change, to the same draft: undo it first.',
    );
    expect(refused({ currentRevision: 4, laterSuggestionIds: [] })).toMatch(
      /^The draft was edited and saved after this change, and undoing it would lose those edits/,
    );
    expect(refused({ planStatus: 'PUBLISHED' })).toMatch(/^The week was published after this change/);
    expect(refused()).toBe(
      'The plan this change was applied to no longer exists, so there is nothing to undo.',
    );
    expect(toApiError({ code: 'CONFLICT', reason: 'REVIEW_DONE', message: 'x' }).message).toMatch(
      /^This review is completed, so its suggestions can no longer be applied, dismissed or undone/,
    );
    expect(
      toApiError({ code: 'CONFLICT', reason: 'SUGGESTION_NO_LONGER_PROPOSED', message: 'x' }).message,
    ).toBe('With what it knows now, the engine no longer proposes this suggestion, so it stays dismissed.');
  });
});
