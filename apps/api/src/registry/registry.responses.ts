import { z } from 'zod';
import { apiSchema } from '../http/api-zod-response';
import { id, instant, localDate } from '../http/response-fields';

export const registryEntrySchema = apiSchema(
  'RegistryEntry',
  z.object({
    id: id(),
    date: localDate(),
    registeredAt: instant(),
    number: z.string().describe('Diarienummer'),
    formerNumber: z.string().nullable().describe('Tidigare diarienummer (när numret ändrades)'),
    caseNumber: z.string().nullable().describe('Diarienumret för ärendet posten hör till i organisationens eget diarium'),
    direction: z.enum(['in', 'out', 'internal']),
    counterpart: z.string(),
    subject: z.string(),
    externalNumber: z.string().nullable().describe('Motpartens diarienummer'),
    case: z.object({ id: id(), registryNumber: z.string(), title: z.string() }).nullable(),
    document: z.object({ id: id(), title: z.string(), filename: z.string() }).nullable(),
  }),
);
