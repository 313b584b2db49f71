import {
  Controller,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { Response } from 'express';

import { AuthContext } from '../../../auth/auth-context';
import { CurrentAuth } from '../../../auth/decorators/current-auth.decorator';
import { ACTIVITY_FILE_FIELD, ActivityFileUploadInterceptor } from './activity-file-upload.interceptor';
import { importError } from './activity-import.errors';
import { ActivityImportService } from './activity-import.service';
import { ActivityImportResultDto } from './dto/activity-import.dto';

/**
 * `POST /athletes/:athleteId/activity-files` (multipart/form-data, field `file`, at most 20 MB): a FIT or GPX
 * file becomes a logged session. 201 with `{ session, duplicate: false }` for a new session, 200 with
 * `{ session, duplicate: true }` when the same file was imported before. Errors are `{ error: { code, reason,
 * message } }`: 400 BAD_USER_INPUT with reason FILE_MISSING | FILE_EMPTY | FILE_TOO_LARGE | FILE_UNSUPPORTED
 * | FILE_CORRUPT | FILE_FIELD_UNEXPECTED, 401, 403, 404.
 */
@Controller('athletes/:athleteId/activity-files')
export class ActivityImportController {
  constructor(private readonly imports: ActivityImportService) {}

  @Post()
  @UseInterceptors(ActivityFileUploadInterceptor)
  async importFile(
    @CurrentAuth() ctx: AuthContext,
    @Param('athleteId', ParseUUIDPipe) athleteId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ActivityImportResultDto> {
    if (!file) {
      throw importError(
        `Attach the activity file in the multipart field "${ACTIVITY_FILE_FIELD}".`,
        'FILE_MISSING',
      );
    }
    const result = await this.imports.importFile(ctx, athleteId, file);
    res.status(result.duplicate ? HttpStatus.OK : HttpStatus.CREATED);
    return result;
  }
}
