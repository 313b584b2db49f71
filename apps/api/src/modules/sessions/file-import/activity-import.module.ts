import { Module } from '@nestjs/common';
import { TrainingModule } from '../../training/training.module';

import { ActivityArchiveController } from './activity-archive.controller';
import { ActivityArchiveService } from './activity-archive.service';
import { ActivityImportController } from './activity-import.controller';
import { ActivityImportService } from './activity-import.service';

/**
 * FIT/GPX/TCX file import into logged sessions, one file at a time or a zip archive in the background (REST:
 * multipart uploads are simpler there than in GraphQL).
 */
@Module({
  imports: [TrainingModule],
  controllers: [ActivityImportController, ActivityArchiveController],
  providers: [ActivityImportService, ActivityArchiveService],
})
export class ActivityImportModule {}
