import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { apiSchema, schemaRef } from './api-zod-response';

/** The body of a file download (CSV, ICS, DOCX, PDF, ZIP, EML): its bytes as they are. */
export const fileContentSchema = apiSchema('FileContent', z.string().describe('Filens innehåll'));

/** Documents a 200 that is a text file (CSV, ICS) with an example of its beginning. */
export function ApiTextResponse(mimeType: string, description: string, example: string) {
  return applyDecorators(
    ApiResponse({ status: 200, description, content: { [mimeType]: { schema: schemaRef('FileContent'), example } } }),
  );
}

/** Documents a 200 that is a binary file in one of these media types (no example: the bytes are the file). */
export function ApiFileResponse(description: string, ...mimeTypes: string[]) {
  return applyDecorators(
    ApiResponse({
      status: 200,
      description,
      content: Object.fromEntries(
        mimeTypes.map((type) => [type, { schema: { ...schemaRef('FileContent'), contentMediaType: type } }]),
      ),
    }),
  );
}
