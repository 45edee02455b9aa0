import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@remiss/config';
import { Logger } from 'nestjs-pino';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { ApiModule } from './api.module';
import { applyBodyLimits, BODY_LIMITS_TEXT } from './http/body-limits';
import { applySecurityHeaders } from './web/security-headers';
import { serveWeb } from './web/serve-web';
import { servePublicCache } from './public/public-page-cache';

/** Builds the HTTP app (also used by the end-to-end tests). */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    bufferLogs: true,
    bodyParser: true,
    rawBody: false,
  });
  app.useLogger(app.get(Logger)); // JSON lines (pino), LOG_LEVEL; see libs/application/src/core/logging.ts
  app.enableShutdownHooks();
  applyBodyLimits(app);
  applySecurityHeaders(app, config);
  // Brotli (quality 4, the library's default) when the client takes it, else gzip: on this kind of
  // JSON br-4 took less CPU than gzip-6 and gave smaller answers (README, Performance).
  app.use(compression({ threshold: 1024 }));
  // The web UI's session and CSRF cookies (auth/web-session.ts).
  app.use(cookieParser());
  // Public pages already rendered are answered from memory, ahead of Nest's routing (see public-page-cache.ts).
  servePublicCache(app);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Remiss API')
      .setDescription(`Remisshantering för Kommunförbundet Stockholms län och länets kommuner. ${BODY_LIMITS_TEXT}`)
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('remiss_session', { type: 'apiKey', in: 'cookie', description: 'Webbgränssnittets session (__Host-remiss_session över TLS); POST/PUT/PATCH/DELETE kräver också X-CSRF-Token' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  serveWeb(app);
  return app;
}
