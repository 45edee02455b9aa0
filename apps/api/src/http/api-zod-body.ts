import { applyDecorators } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { z } from 'zod';

/** Documents a body in OpenAPI from the same zod schema that validates it. */
export function ApiZodBody(schema: z.ZodType, example?: object) {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return applyDecorators(ApiBody({ schema: { ...json, ...(example ? { example } : {}) } }));
}
