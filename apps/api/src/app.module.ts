import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, QueryCounter } from '@app/db';
import { AuthModule } from './auth/auth.module';
import { AppConfigModule } from './config/app-config.module';
import { AppConfigService } from './config/app-config.service';
import { DeadlineInterceptor } from './graphql/deadline.interceptor';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { graphqlConfig } from './graphql/graphql.config';
import './graphql/enums';
import { HealthController } from './health/health.controller';
import { SchemaVersionCheck } from './health/schema-version.check';
import { AthletesModule } from './modules/athletes/athletes.module';
import { ChatModule } from './modules/chat/chat.module';
import { NotesModule } from './modules/notes/notes.module';
import { MedicalClearancesModule } from './modules/medical-clearances/medical-clearances.module';
import { OnboardingModule } from './modules/onboarding/onboarding.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { CalendarFeedModule } from './modules/plans/calendar/calendar-feed.module';
import { TrainingModule } from './modules/training/training.module';
import { PlansModule } from './modules/plans/plans.module';
import { ReviewsModule } from './modules/reviews/reviews.module';
import { ActivityImportModule } from './modules/sessions/file-import/activity-import.module';

/** One counter per app instance; tests read it to prove query counts. */
export const queryCounter = new QueryCounter();

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: (req, res) => {
            const incoming = req.headers['x-request-id'];
            const id =
              typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          autoLogging: { ignore: (req) => req.url === '/health' },
          // pino-pretty in a terminal, JSON otherwise; shared with main.ts's logger (one order of lines).
          stream: config.logDestination,
        },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        ...buildDataSourceOptions(config.databaseUrl, {
          poolSize: config.dbPoolSize,
          logger: queryCounter,
          requestTimeoutMs: config.requestTimeoutMs,
        }),
        migrationsRun: config.runMigrationsOnStart,
      }),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfigService, getDataSourceToken()],
      useFactory: (config: AppConfigService, db: DataSource) => graphqlConfig(config, db),
    }),
    AuthModule,
    OrganizationsModule,
    OnboardingModule,
    AthletesModule,
    NotesModule,
    MedicalClearancesModule,
    ChatModule,
    TrainingModule,
    PlansModule,
    ReviewsModule,
    ActivityImportModule,
    CalendarFeedModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    { provide: APP_INTERCEPTOR, useClass: DeadlineInterceptor },
    SchemaVersionCheck,
  ],
})
export class AppModule {}
