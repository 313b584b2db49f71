import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions } from '@app/db';
import { AppConfigModule } from '../../api/src/config/app-config.module';
import { AppConfigService } from '../../api/src/config/app-config.service';
import { ReviewJobsModule } from '../../api/src/modules/reviews/review-jobs.module';

/** The job runner alone: configuration, the database, and the review jobs (no HTTP, no sockets). */
@Module({
  imports: [
    AppConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) =>
        buildDataSourceOptions(config.databaseUrl, { poolSize: config.dbPoolSize }),
    }),
    ReviewJobsModule.forWorker(),
  ],
})
export class WorkerModule {}
