import { badInput, DomainError } from '@app/common';

import { ActivityFileError } from './activity-file.errors';

/** Reasons (BAD_USER_INPUT) an upload is refused before or while reading the file. */
export type ActivityImportReason =
  | ActivityFileError['code']
  /** No `file` part in the multipart body (or not a multipart request). */
  | 'FILE_MISSING'
  /** More than one file, or a file under another field name. */
  | 'FILE_FIELD_UNEXPECTED';

export const importError = (
  message: string,
  reason: ActivityImportReason,
  details?: Record<string, unknown>,
): DomainError => badInput(message, reason, details);

/** The parser's athlete-facing message, with its code as the BAD_USER_INPUT reason. */
export const fromActivityFileError = (error: ActivityFileError): DomainError =>
  importError(error.message, error.code);
