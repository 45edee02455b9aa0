import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { apiRequestSchema, registeredSchemaName, schemaRef } from './api-zod-response';

/**
 * Documents a body in OpenAPI from the same zod schema that validates it: a `$ref` to its named schema in
 * components.schemas (name it here, or with `apiRequestSchema` where the schema is defined) and the example.
 * The contract test fails for a body without a name or an example.
 */
export function ApiZodBody(schema: z.ZodType, example?: object, name?: string) {
  if (name) apiRequestSchema(name, schema);
  const id = registeredSchemaName(schema);
  if (id) return applyDecorators(ApiBody({ schema: { ...schemaRef(id), ...(example ? { example } : {}) } }));
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  delete json.$schema;
  return applyDecorators(ApiBody({ schema: { ...json, ...(example ? { example } : {}) } }));
}

/** Documents every property of a zod object schema as a query parameter, from the schema that validates it. */
export function ApiZodQuery(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  const required = new Set(json.required ?? []);
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) =>
      ApiQuery({ name, required: required.has(name), schema: property as Record<string, never>, description: typeof property.description === 'string' ? property.description : undefined }),
    ),
  );
}
