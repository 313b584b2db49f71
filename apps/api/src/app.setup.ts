import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { QuietStartupLogger } from './startup/quiet-startup-logger';
import { AppConfigService } from './config/app-config.service';
import { installBodyParsers } from './http/body-parsers';
import { corsDelegate, setCorsOrigins } from './http/cors';
import { installServerTiming } from './http/server-timing';
import { NulCharacterPipe } from './validation/nul-characters';
import { serveWebApp } from './web/serve-web';

/** Global wiring shared by main.ts and the e2e tests, so tests run the app as deployed. */
export function configureApp(app: INestApplication): void {
  app.useLogger(new QuietStartupLogger(app.get(Logger)));
  const config = app.get(AppConfigService);
  // The client's address (login budgets) from X-Forwarded-For only through the proxies TRUST_PROXY names.
  (app as NestExpressApplication).set('trust proxy', config.trustProxy);
  installBodyParsers(app, config.maxRequestBodyBytes);
  // After the body parsers: their stream events would run outside the request's query-count scope.
  installServerTiming(app);
  app.useGlobalPipes(
    new NulCharacterPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  setCorsOrigins(config.corsOrigins);
  app.enableCors(corsDelegate as never);
  // The built web app at `/` (apps/web -> dist/web), when it has been built.
  serveWebApp(app);
}
