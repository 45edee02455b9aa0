import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '@remiss/application';
import { z } from 'zod';
import { apiSchema, ApiZodResponse } from './api-zod-response';

/**
 * The query of every list: `limit` (default 50, at most 200) and `cursor` (the previous page's
 * `nextCursor`). Every list answers `{ items, nextCursor }` (keyset pagination: stable under
 * inserts, the same cost on page 1 and page 1,000).
 */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number({ message: 'måste vara ett heltal' })
    .int({ message: 'måste vara ett heltal' })
    .min(1, { message: 'måste vara minst 1' })
    .max(PAGE_LIMIT_MAX, { message: `får vara högst ${PAGE_LIMIT_MAX}` })
    .default(PAGE_LIMIT_DEFAULT)
    .describe(`Högst så många poster (1–${PAGE_LIMIT_MAX}, standard ${PAGE_LIMIT_DEFAULT})`),
  cursor: z.string().max(1000).optional().describe('nextCursor från föregående sida (utelämna för första sidan)'),
});

/** A page of a list: `items` and the cursor of the next page (null on the last page). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Ogenomskinlig fortsättningsmarkör: skicka som cursor för nästa sida; null på sista sidan'),
  });
}

/**
 * Documents a list's answer: a page `{ items, nextCursor }` named `name` (e.g. CasePage) of items of `item`'s
 * schema (registered as `itemName`, e.g. CaseSummary, unless registered already).
 */
export function ApiPageResponse(name: string, item: z.ZodType, itemExample: object, itemName?: string) {
  if (itemName) apiSchema(itemName, item);
  return ApiZodResponse(200, name, pageSchema(item), { items: [itemExample], nextCursor: EXAMPLE_CURSOR }, 'En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan).');
}

const EXAMPLE_CURSOR = 'WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd';

/** For the ETag'd reads. */
export const IF_NONE_MATCH_DOC = { name: 'If-None-Match', required: false, description: 'ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats' };
export const ApiIfNoneMatch = () => applyDecorators(ApiHeader(IF_NONE_MATCH_DOC));

/**
 * TRANSITIONAL (issue 13): a zod schema read off an example, for the lists merged from other branches before they
 * had hand-written item schemas. Strings, numbers and booleans keep their type (or null), `null` allows anything,
 * objects allow extra fields and missing ones. Replace each use by a named schema in a `*.responses.ts` (see README, Integration).
 */
export function provisionalSchemaFromExample(example: unknown): z.ZodType {
  if (example === null || example === undefined) return z.unknown();
  if (typeof example === 'string') return z.string().nullable();
  if (typeof example === 'number') return z.number().nullable();
  if (typeof example === 'boolean') return z.boolean().nullable();
  if (Array.isArray(example)) return z.array(example.length ? provisionalSchemaFromExample(example[0]) : z.unknown());
  return z.looseObject(
    Object.fromEntries(
      Object.entries(example as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, provisionalSchemaFromExample(v).optional()]),
    ),
  );
}

/** TRANSITIONAL: a page whose item schema is read off its example (provisionalSchemaFromExample). */
export function ApiProvisionalPageResponse(name: string, itemExample: object) {
  return ApiPageResponse(name, provisionalSchemaFromExample(itemExample), itemExample);
}
