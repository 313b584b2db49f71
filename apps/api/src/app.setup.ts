import { INestApplication, ValidationPipe } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { AppConfigService } from './config/app-config.service';
import { installBodyParsers } from './http/body-parsers';
import { NulCharacterPipe } from './validation/nul-characters';

/** Global wiring shared by main.ts and the e2e tests, so tests run the app as deployed. */
export function configureApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  const config = app.get(AppConfigService);
  installBodyParsers(app, config.maxRequestBodyBytes);
  app.useGlobalPipes(
    new NulCharacterPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  app.enableCors({ origin: true, credentials: true });
}
