import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { Observable } from 'rxjs';

import { megabytes } from '@app/common';

import { MAX_ACTIVITY_FILE_BYTES } from './activity-file.errors';
import { MAX_ARCHIVE_BYTES } from './activity-archive.limits';
import { importError } from './activity-import.errors';

/** The multipart field that carries the activity file. */
export const ACTIVITY_FILE_FIELD = 'file';

const multerFor = (maxBytes: number) =>
  FileInterceptor(ACTIVITY_FILE_FIELD, {
    storage: memoryStorage(),
    // multer stops reading (and drains the rest) at the first byte over the limit: nothing larger is buffered.
    limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12, fieldSize: 64 * 1024 },
  });

/**
 * Nest's multer FileInterceptor, with multer's refusals translated into the import's own BAD_USER_INPUT
 * reasons (Nest would answer 413 / a generic 400). Only errors from reading the upload are translated; the
 * route handler's errors pass through untouched.
 */
function uploadInterceptor(maxBytes: number, what: string): new () => NestInterceptor {
  const Multer = multerFor(maxBytes);

  @Injectable()
  class UploadInterceptor implements NestInterceptor {
    private readonly multer = new Multer();

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await this.multer.intercept(context, next);
      } catch (error) {
        if (error instanceof PayloadTooLargeException) {
          // details.maxBytes: the limit this upload exceeded (a file's or an archive's), for the client to say.
          throw importError(
            `The file is larger than ${megabytes(maxBytes)}, the most ${what} may be.`,
            'FILE_TOO_LARGE',
            { maxBytes },
          );
        }
        if (error instanceof BadRequestException && /unexpected|too many files/i.test(error.message)) {
          throw importError(
            `Send exactly one file, in the multipart field "${ACTIVITY_FILE_FIELD}".`,
            'FILE_FIELD_UNEXPECTED',
          );
        }
        throw error;
      }
    }
  }
  return UploadInterceptor;
}

/** One activity file, at most {@link MAX_ACTIVITY_FILE_BYTES}. */
export const ActivityFileUploadInterceptor = uploadInterceptor(MAX_ACTIVITY_FILE_BYTES, 'an activity file');
/** One zip archive of activities, at most {@link MAX_ARCHIVE_BYTES}. */
export const ActivityArchiveUploadInterceptor = uploadInterceptor(MAX_ARCHIVE_BYTES, 'an archive');
