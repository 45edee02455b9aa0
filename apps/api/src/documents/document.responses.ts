import { DOCUMENT_KINDS } from '@remiss/application';
import { UUID_PATTERN } from '@remiss/domain';
import { z } from 'zod';
import { apiRequestSchema, apiSchema } from '../http/api-zod-response';
import { id, instant } from '../http/response-fields';

/** The multipart form of POST /documents (the fields the upload's zod schema checks, plus the file). */
export const uploadRequestSchema = apiRequestSchema(
  'UploadDocumentRequest',
  z.object({
    file: z
      .string()
      .meta({ contentMediaType: 'application/octet-stream' })
      .describe('PDF, DOCX eller ODT (innehållet avgör, inte namnet)'),
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string().min(1).max(500),
    supersedesId: z
      .string()
      .regex(UUID_PATTERN)
      .optional()
      .describe('Gör uppladdningen till nästa version av detta dokument'),
  }),
);

const documentFields = {
  id: id(),
  organisationId: id(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  filename: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  version: z.number().int(),
  supersedesId: id().nullable(),
  caseId: id().nullable(),
  roundId: id().nullable(),
  answerId: id().nullable(),
  createdAt: instant(),
};
export const documentSchema = apiSchema('Document', z.object(documentFields));

export const documentDetailSchema = apiSchema(
  'DocumentDetail',
  z.object({
    ...documentFields,
    latestVersionId: id(),
    versions: z.array(
      z.object({
        id: id(),
        version: z.number().int(),
        title: z.string(),
        filename: z.string(),
        sha256: z.string(),
        sizeBytes: z.number().int(),
        createdAt: instant(),
      }),
    ),
  }),
);
