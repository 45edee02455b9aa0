import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@remiss/config';
import { Logger } from 'nestjs-pino';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { ApiModule } from './api.module';
import { applyBodyLimits } from './http/body-limits';
import { buildOpenApiDocument } from './http/openapi-document';
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
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  serveWeb(app);
  return app;
}
