import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { BODY_LIMITS_TEXT } from './body-limits';
import { openApiComponentSchemas, schemaRef } from './api-zod-response';
import { ERROR_RESPONSES, errorResponsesFor } from './api-errors';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

type Media = { schema?: Record<string, unknown>; example?: unknown };
type Operation = {
  security?: unknown[];
  parameters?: Array<{ in: string; name: string; schema?: Record<string, unknown> }>;
  requestBody?: { content?: Record<string, Media> };
  responses: Record<string, unknown>;
};

/** Sorts an object's keys (the generated client and the committed document stay byte-stable). */
function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  );
}

/**
 * The served OpenAPI 3.1 document: what @nestjs/swagger reads from the controllers, plus every named zod schema
 * (components.schemas), the one error shape (components.responses, referenced by every operation's error
 * statuses), components sorted (paths keep the controllers' order; the generated client sorts everything).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle('Remiss API')
      .setDescription(`Remisshantering för Kommunförbundet Stockholms län och länets kommuner. ${BODY_LIMITS_TEXT}`)
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('remiss_session', { type: 'apiKey', in: 'cookie', description: 'Webbgränssnittets session (__Host-remiss_session över TLS); POST/PUT/PATCH/DELETE kräver också X-CSRF-Token' })
      .build(),
  );
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      for (const parameter of operation.parameters ?? []) {
        // The input pipe refuses any path value named id or …Id that is not a UUID (400) before a lookup.
        if (parameter.in === 'path' && /^(id|\w+Id)$/.test(parameter.name))
          parameter.schema = { type: 'string', format: 'uuid' };
      }
      for (const media of Object.values(operation.requestBody?.content ?? {})) {
        // @nestjs/swagger puts a body's example into its schema; beside a $ref it belongs to the media type
        if (media.schema && 'example' in media.schema) {
          const { example, ...schema } = media.schema;
          media.schema = schema;
          media.example = example;
        }
      }
      // A read that takes If-None-Match answers 304 (no body) when nothing has changed.
      if ((operation.parameters ?? []).some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-none-match'))
        operation.responses['304'] ??= { description: 'Oförändrat sedan ETag:en i If-None-Match' };
      const errors = errorResponsesFor({
        method,
        authenticated: (operation.security ?? []).length > 0,
        hasPathParameters: (operation.parameters ?? []).some((p) => p.in === 'path'),
        hasBody: operation.requestBody !== undefined,
      });
      // An error status an operation declares itself (@ApiResponse({ status: 409, description })) is the shared one too.
      const declared = Object.keys(operation.responses).map(Number).filter((status) => status >= 400 && ERROR_RESPONSES[status]);
      for (const status of new Set([...errors, ...declared])) {
        operation.responses[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
      }
      operation.responses = sorted(operation.responses);
    }
  }
  const schemas = { ...(document.components?.schemas ?? {}), ...openApiComponentSchemas() };
  const responses = Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description, schema, example }) => [
      name,
      { description, content: { 'application/json': { schema: schemaRef(schema), example } } },
    ]),
  );
  document.components = { ...document.components, schemas: sorted(schemas), responses: sorted(responses) };
  return document;
}
