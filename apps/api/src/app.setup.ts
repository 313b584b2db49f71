import { INestApplication, ValidationPipe } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { serveWebApp } from './web/serve-web';

/** Global wiring shared by main.ts and the e2e tests, so tests run the app as deployed. */
export function configureApp(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  app.enableCors({ origin: true, credentials: true });
  // The built web app at `/` (apps/web -> dist/web), when it has been built.
  serveWebApp(app);
}
