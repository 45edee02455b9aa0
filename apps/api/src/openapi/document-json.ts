import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../api.module';
import { buildOpenApiDocument } from '../http/openapi-document';

/**
 * The OpenAPI document as the API serves it, built from the modules' metadata in Nest's preview mode: no
 * provider is instantiated, so no database, Redis or port is needed (npm run generate:client, the contract tests).
 */
export async function openApiDocumentJson(): Promise<string> {
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false, abortOnError: false });
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}
