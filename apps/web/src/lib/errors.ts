/**
 * API errors as the screens see them: a code, a reason and a sentence for a person. Every transport
 * (GraphQL, file upload, chat acks) maps its failures here; screens never parse error payloads.
 */
import { megabytes } from '../../../../libs/common/src/upload-limits';
import { codeWords } from './code-words';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Transient failures: the same request may succeed later. */
  get retryable(): boolean {
    return (
      this.code === 'NETWORK' || this.code === 'TOO_MANY_REQUESTS' || this.code === 'INTERNAL_SERVER_ERROR'
    );
  }
}

/** Sentences for the reasons a person can do something about; the server's message otherwise. */
const REASONS: Record<string, string> = {
  INVALID_CREDENTIALS: 'That e-mail and password do not match.',
  LOGIN_RATE_LIMITED: 'Too many sign-in attempts. Wait a few minutes and try again.',
  TOKEN_EXPIRED: 'Your session has expired. Sign in again.',
  TOKEN_INVALID: 'Your session is no longer valid. Sign in again.',
  REFRESH_TOKEN_EXPIRED: 'Your session has expired. Sign in again.',
  REFRESH_TOKEN_INVALID: 'Your session has ended. Sign in again.',
  REFRESH_TOKEN_REUSED: 'Your session was ended for safety (it was used elsewhere). Sign in again.',
  MEMBERSHIP_REVOKED: 'Your access to this organization was removed.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask your coach or admin for a new one.',
  INVITATION_ALREADY_USED: 'This invitation has already been used. Sign in instead.',
  EXISTING_ACCOUNT_PASSWORD_REQUIRED:
    'You already have a Coachline account with this e-mail: enter its current password to join.',
  EMAIL_TAKEN: 'Someone with this e-mail is already a member.',
  TOO_MANY_INVITATIONS: 'Too many invitations this hour. Try again later.',
  NOT_A_COACH: 'That person is not a coach in this organization (any more): choose another coach.',
  // FILE_UNSUPPORTED and FILE_CORRUPT: the server's sentence, which says what the file is and what to do (a FIT
  // settings file, a clock never set, a file cut off in transfer); one sentence for all told a FIT file's owner that
  // only FIT files can be imported.
  FILE_EMPTY: 'The file is empty.',
  PLAN_VERSION_CONFLICT: 'Someone else changed this plan meanwhile. Reload it and try again.',
  NOTE_VERSION_CONFLICT: 'This note was changed meanwhile. Reload and try again.',
  SUGGESTION_GONE: 'This suggestion no longer applies (the review changed). It has been refreshed.',
  // Refused on the version the page showed (its changesDigest): the page reads the review again and shows the new one.
  SUGGESTION_CHANGED:
    'This suggestion changed since you read it (worked out again with newer data: a session logged, a check-in, another decision, or the day moving on), so nothing was done. It now shows its new version: read it, then apply it if it still fits.',
  REVIEW_DONE:
    'This review is completed, so its suggestions can no longer be applied, dismissed or undone. Reload the page to see it as completed.',
  SUGGESTION_NOT_APPLIED:
    'This suggestion is no longer applied (it changed meanwhile), so there is nothing to undo. Reload the page to see the review as it is.',
  SUGGESTION_NOT_DISMISSED:
    'This suggestion is no longer dismissed (it changed meanwhile), so there is nothing to undo. Reload the page to see the review as it is.',
  // Not "on the plan as it is now": the engine may stop proposing it for new data too (a check-in, a clearance).
  SUGGESTION_NO_LONGER_PROPOSED:
    'With what it knows now, the engine no longer proposes this suggestion, so it stays dismissed.',
  CURRENT_WEEK_DRAFT_EXISTS:
    'This week has an unpublished draft: publish it first, then apply the change to the rest of the week.',
  CONVERSATION_READ_ONLY: 'Only your coach can post in this channel.',
  DATE_IN_FUTURE: 'That date is in the future.',
  CHECK_IN_EMPTY:
    'Answer at least one question (hours slept, a rating, illness, a reading or a note) before sending.',
};

/** "LOAD_SPIKE_WARNING:2026-12-07" (a suggestion's id: its kind and week) -> "Load spike warning". */
const kindOf = (suggestionId: string) => codeWords(suggestionId.split(':')[0]);

/**
 * Sentences for reasons whose details say what happened (which change came after, what the plan is now); undefined
 * when the details lack what the sentence needs (the server's message then).
 */
const DETAILED: Record<string, (details: Record<string, unknown>) => string | undefined> = {
  // The limit the upload exceeded: an activity file's or an archive's (libs/common upload-limits); it said "20 MB"
  // for both, an archive may be 100 MB.
  FILE_TOO_LARGE: (d) =>
    typeof d.maxBytes === 'number' ? `The file is too large (${megabytes(d.maxBytes)} at most).` : undefined,
  // An undo (revertSuggestion) refused: it would put back the week as it was before the change and lose what came after.
  PLAN_CHANGED_SINCE: (d) => {
    const later = Array.isArray(d.laterSuggestionIds)
      ? d.laterSuggestionIds.filter((x): x is string => typeof x === 'string')
      : [];
    if (later.length > 0) {
      const names = later.map((id) => `“${kindOf(id)}”`);
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
      return `${list} ${later.length === 1 ? 'was' : 'were'} applied after this change, to the same draft: undo ${later.length === 1 ? 'it' : 'them'} first.`;
    }
    if (typeof d.planStatus === 'string')
      return 'The week was published after this change, so it can no longer be undone: change the week in the editor instead.';
    if (typeof d.currentRevision === 'number')
      return 'The draft was edited and saved after this change, and undoing it would lose those edits: change the week in the editor instead.';
    return 'The plan this change was applied to no longer exists, so there is nothing to undo.';
  },
};

const CODES: Record<string, string> = {
  UNAUTHENTICATED: 'Sign in to continue.',
  FORBIDDEN: 'You do not have access to this.',
  NOT_FOUND: 'Not found. It may have been removed.',
  CONFLICT: 'This was changed meanwhile. Reload and try again.',
  TOO_MANY_REQUESTS: 'Too many requests. Wait a moment and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again in a moment.',
  NETWORK: 'Cannot reach Coachline. Check your connection and try again.',
};

export function toApiError(
  raw: {
    code?: string;
    reason?: string;
    message?: string;
    details?: Record<string, unknown>;
    field?: string;
  },
  status?: number,
): ApiError {
  const code = raw.code ?? (status && status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT');
  const reason = raw.reason ?? code;
  const message =
    REASONS[reason] ??
    DETAILED[reason]?.(raw.details ?? {}) ??
    ((code === 'BAD_USER_INPUT' || reason.startsWith('SUGGESTION_')) && raw.message
      ? raw.message
      : (CODES[code] ?? raw.message ?? CODES.INTERNAL_SERVER_ERROR));
  return new ApiError(code, reason, message, raw.details, raw.field);
}

/** The sentence to show for anything thrown by an API call. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    const retry = e.details?.retryAfterSeconds;
    return typeof retry === 'number' && e.code === 'TOO_MANY_REQUESTS'
      ? `${e.message} (in about ${Math.ceil(retry)} s)`
      : e.message;
  }
  return CODES.INTERNAL_SERVER_ERROR;
}
