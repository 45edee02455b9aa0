import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse } from '@nestjs/swagger';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '@remiss/application';
import { z } from 'zod';

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

/** Documents a list's answer: a page of items and the cursor of the next page. */
export function ApiPageResponse(itemExample: object) {
  return applyDecorators(
    ApiOkResponse({
      description: 'En sida: `items` och `nextCursor` (skicka som `cursor` för nästa sida; null på sista sidan).',
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: { type: 'object' } },
          nextCursor: { type: 'string', nullable: true, description: 'Ogenomskinlig fortsättningsmarkör (base64url)' },
        },
        example: { items: [itemExample], nextCursor: 'WyIyMDEzLTAyLTExVDA5OjMwOjAwLjAwMDAwMCswMDowMCIsIjFjMmQzZTRmLTVhNmItNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiJd' },
      },
    }),
  );
}

/** For the ETag'd reads. */
export const IF_NONE_MATCH_DOC = { name: 'If-None-Match', required: false, description: 'ETag från ett tidigare svar: 304 utan innehåll om inget har ändrats' };
export const ApiIfNoneMatch = () => applyDecorators(ApiHeader(IF_NONE_MATCH_DOC));
