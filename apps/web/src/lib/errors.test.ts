import { describe, expect, it } from 'vitest';
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

  it("shows the engine's reason when it refuses to apply a suggestion (CONFLICT, SUGGESTION_*)", () => {
    const e = toApiError({
      code: 'CONFLICT',
      reason: 'SUGGESTION_NOTHING_TO_SCALE',
      message: 'There is no session to scale on those days.',
    });
    expect(e.message).toBe('There is no session to scale on those days.');
    expect(toApiError({ code: 'CONFLICT', reason: 'PLAN_CHANGED_SINCE', message: 'x' }).message).toBe(
      'This was changed meanwhile. Reload and try again.',
    );
  });
});
