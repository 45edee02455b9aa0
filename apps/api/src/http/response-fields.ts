import { z } from 'zod';

/** Shared fields of response schemas (what the server answers; see api-zod-response.ts). */
export const id = () => z.guid();
export const localDate = () => z.iso.date().describe('Datum, ÅÅÅÅ-MM-DD (Europe/Stockholm)');
export const instant = () => z.iso.datetime({ offset: true }).describe('Tidpunkt, ISO 8601 (UTC)');
export const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
