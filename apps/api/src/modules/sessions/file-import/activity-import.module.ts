import { Module } from '@nestjs/common';

import { ActivityImportController } from './activity-import.controller';
import { ActivityImportService } from './activity-import.service';

/** FIT/GPX file import into logged sessions (REST: multipart uploads are simpler there than in GraphQL). */
@Module({ controllers: [ActivityImportController], providers: [ActivityImportService] })
export class ActivityImportModule {}
