import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * The named schemas of the OpenAPI contract. Request bodies (`apiRequestSchema`, `ApiZodBody`) are converted as
 * the client sends them (zod `io: 'input'`), responses (`apiSchema`, `ApiZodResponse`) as the server answers them
 * (`io: 'output'`). `openApiComponentSchemas()` turns both registries into `components.schemas` when the document is
 * built (openapi-document.ts); a registered schema used inside another becomes a `$ref`.
 *
 * One name per zod schema object, one schema object per name: registering the same object again under its own
 * name is a no-op; a second name for it, or a second object under a taken name, throws at boot.
 */
export const apiResponseSchemas = z.registry<{ id: string }>();
export const apiRequestSchemas = z.registry<{ id: string }>();

const NAME = /^[A-Z][A-Za-z0-9]*$/;
const taken = new Map<string, z.ZodType>();

function register<T extends z.ZodType>(registry: typeof apiResponseSchemas, name: string, schema: T): T {
  if (!NAME.test(name)) throw new Error(`OpenAPI schema name "${name}" must be PascalCase (A-Z, a-z, 0-9)`);
  const other = apiResponseSchemas.get(schema)?.id ?? apiRequestSchemas.get(schema)?.id;
  if (other === name) return schema;
  if (other !== undefined)
    throw new Error(`This zod schema is already registered as "${other}"; cannot also name it "${name}"`);
  if (taken.has(name)) throw new Error(`Two different zod schemas are registered as "${name}"`);
  taken.set(name, schema);
  registry.add(schema, { id: name });
  return schema;
}

/** Names a response schema (or a part of responses) for components.schemas; returns the schema itself. */
export function apiSchema<T extends z.ZodType>(name: string, schema: T): T {
  return register(apiResponseSchemas, name, schema);
}

/** Names a request schema (a body) for components.schemas; returns the schema itself. */
export function apiRequestSchema<T extends z.ZodType>(name: string, schema: T): T {
  return register(apiRequestSchemas, name, schema);
}

/** The name a schema was registered under, if any. */
export function registeredSchemaName(schema: z.ZodType): string | undefined {
  return apiResponseSchemas.get(schema)?.id ?? apiRequestSchemas.get(schema)?.id;
}

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Documents one response of an operation by a named zod schema: the operation gets a `$ref` to
 * `components.schemas.<name>` and the example; the schema is registered for the document. Use one per status.
 * `name` may be omitted when the schema was registered with `apiSchema` already.
 *
 *   @ApiZodResponse(200, 'CaseStepResult', caseStepResultSchema, { state: 'drafting', version: 2 })
 */
export function ApiZodResponse(
  status: number,
  name: string | undefined,
  schema: z.ZodType,
  example: unknown,
  description?: string,
) {
  const id = name ? apiSchema(name, schema) && name : registeredSchemaName(schema);
  if (!id) throw new Error(`ApiZodResponse(${status}): name the schema (or register it with apiSchema first)`);
  return applyDecorators(
    ApiResponse({
      status,
      description: description ?? DEFAULT_DESCRIPTIONS[status] ?? 'Svar',
      schema: schemaRef(id),
      example,
    }),
  );
}

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  200: 'OK',
  201: 'Skapad',
  202: 'Mottagen; utförs i bakgrunden',
};

/** Removes what a JSON Schema 2020-12 document carries but an OpenAPI component does not need. */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '$schema' || key === '$id') continue;
    // z.number().int() without bounds states the safe-integer range: noise in a contract
    if (
      (key === 'minimum' && value === Number.MIN_SAFE_INTEGER) ||
      (key === 'maximum' && value === Number.MAX_SAFE_INTEGER)
    )
      continue;
    out[key] = tidy(value);
  }
  return out;
}

function convert(registry: typeof apiResponseSchemas, io: 'input' | 'output'): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  return tidy(schemas) as Record<string, Record<string, unknown>>;
}

/** Every registered schema as JSON Schema 2020-12 (OpenAPI 3.1), sorted by name. */
export function openApiComponentSchemas(): Record<string, Record<string, unknown>> {
  const all = { ...convert(apiRequestSchemas, 'input'), ...convert(apiResponseSchemas, 'output') };
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((name) => [name, all[name]]),
  );
}
