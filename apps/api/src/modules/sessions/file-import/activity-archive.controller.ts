import {
  Controller,
  Get,
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
import { ACTIVITY_FILE_FIELD, ActivityArchiveUploadInterceptor } from './activity-file-upload.interceptor';
import {
  ActivityArchiveService,
  ActivityArchiveUploadDto,
  ActivityImportJobDto,
} from './activity-archive.service';
import { importError } from './activity-import.errors';

/**
 * Bulk import of a zip archive (Strava "Download your data", Garmin export), in the background:
 *
 * - `POST /athletes/:athleteId/activity-archives` (multipart, field `file`, at most 100 MB): 202 with
 *   `{ job, duplicate: false }` when queued, 200 with `{ job, duplicate: true }` when the same archive was
 *   uploaded for the athlete before (that job, whatever its state). The athlete or an assigned coach.
 * - `GET /athletes/:athleteId/activity-archives/:jobId`: the job's progress (`status` QUEUED | RUNNING |
 *   DONE | FAILED, `total`, `processed`, counts) and a result per file (IMPORTED, DUPLICATE, REFUSED with
 *   the single-file reason, SKIPPED). Anyone who may read the athlete.
 * - `GET /athletes/:athleteId/activity-archives`: the 20 latest jobs.
 *
 * Errors as for single files: 400 BAD_USER_INPUT (FILE_MISSING, FILE_TOO_LARGE, FILE_UNSUPPORTED for a
 * file that is no zip…), 401, 403, 404.
 */
@Controller('athletes/:athleteId/activity-archives')
export class ActivityArchiveController {
  constructor(private readonly archives: ActivityArchiveService) {}

  @Post()
  @UseInterceptors(ActivityArchiveUploadInterceptor)
  async upload(
    @CurrentAuth() ctx: AuthContext,
    @Param('athleteId', ParseUUIDPipe) athleteId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ActivityArchiveUploadDto> {
    if (!file) {
      throw importError(
        `Attach the zip archive in the multipart field "${ACTIVITY_FILE_FIELD}".`,
        'FILE_MISSING',
      );
    }
    const result = await this.archives.enqueue(ctx, athleteId, file);
    res.status(result.duplicate ? HttpStatus.OK : HttpStatus.ACCEPTED);
    return result;
  }

  @Get()
  async list(
    @CurrentAuth() ctx: AuthContext,
    @Param('athleteId', ParseUUIDPipe) athleteId: string,
  ): Promise<{ jobs: ActivityImportJobDto[] }> {
    return { jobs: await this.archives.list(ctx, athleteId) };
  }

  @Get(':jobId')
  async get(
    @CurrentAuth() ctx: AuthContext,
    @Param('athleteId', ParseUUIDPipe) athleteId: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
  ): Promise<{ job: ActivityImportJobDto }> {
    return { job: await this.archives.get(ctx, athleteId, jobId) };
  }
}
