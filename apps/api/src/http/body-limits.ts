import { NestExpressApplication } from '@nestjs/platform-express';

/** The longest text field: an answer's text, in characters (apps/api/src/cases/case.schemas.ts). */
export const LONGEST_TEXT_CHARS = 100_000;

/**
 * Largest JSON body. A client may send any character as a six-byte `\uXXXX`
 * escape, so the longest text field alone can take 6 bytes a character; the
 * rest of the largest body (ids, short fields) fits in the remaining margin.
 * Anything larger is a 413 with a Swedish message.
 */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** Applies the JSON body limit (Express' default is 100 kB, less than the text fields allow). */
export function applyBodyLimits(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT_BYTES });
}

/** One sentence for the OpenAPI document. */
export const BODY_LIMITS_TEXT =
  `En JSON-begäran får vara högst ${JSON_BODY_LIMIT_BYTES / 1024 / 1024} MiB (svar med 413 annars); ` +
  `textfältens längd räknas i tecken, så ${LONGEST_TEXT_CHARS.toLocaleString('sv-SE')} tecken svenska text ryms alltid. ` +
  'Uppladdade dokument begränsas av UPLOAD_MAX_BYTES.';
