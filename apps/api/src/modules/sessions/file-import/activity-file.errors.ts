// The limit the web app also says (libs/common upload-limits). Imported by path, not '@app/common': the parse worker
// (activity-file.worker) loads this file under plain ts-node, without the path aliases.
/** Largest activity file we accept (20 MiB). Checked before any parsing. */
export { MAX_ACTIVITY_FILE_BYTES } from '../../../../../../libs/common/src/upload-limits';

export type ActivityFileErrorCode =
  /** Zero bytes uploaded. */
  | 'FILE_EMPTY'
  /** More than {@link MAX_ACTIVITY_FILE_BYTES}. */
  | 'FILE_TOO_LARGE'
  /** Neither a FIT nor a GPX file (or a FIT file that is not an activity). */
  | 'FILE_UNSUPPORTED'
  /** A FIT or GPX file that fails its integrity check, is not well-formed or holds no timed data. */
  | 'FILE_CORRUPT';

/**
 * Why an uploaded activity file could not be turned into a session. The message is written for the
 * athlete; the API layer maps `code` to its transport error (BAD_USER_INPUT / 413 / 415 …).
 */
export class ActivityFileError extends Error {
  override readonly name = 'ActivityFileError';

  constructor(
    readonly code: ActivityFileErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
