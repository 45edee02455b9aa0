import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@remiss/config';
import { ApiModule } from './api.module';
import { applySecurityHeaders } from './web/security-headers';
import { serveWeb } from './web/serve-web';

/** Builds the HTTP app (also used by the end-to-end tests). */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule, {
    logger: [config.logLevel, 'error', 'warn'],
    bodyParser: true,
    rawBody: false,
  });
  app.enableShutdownHooks();
  applySecurityHeaders(app, config);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Remiss API')
      .setDescription('Remisshantering för Kommunförbundet Stockholms län och länets kommuner.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  serveWeb(app);
  return app;
}
