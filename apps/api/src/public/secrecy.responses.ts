import { z } from 'zod';
import { apiSchema } from '../http/api-zod-response';
import { id, instant } from '../http/response-fields';

export const secrecyMarkingSchema = apiSchema(
  'SecrecyMarking',
  z.object({
    id: id(),
    targetKind: z.enum(['document', 'answer']),
    targetId: id(),
    targetTitle: z.string(),
    recipientId: id().nullable().describe('För ett remissvar: mottagaren (svarets sekretessadresser tar mottagaren)'),
    extent: z.enum(['whole', 'part']),
    legalGround: z.string(),
    reason: z.string(),
    maskedSubject: z.string().nullable(),
    markedBy: z.string().nullable(),
    markedAt: instant(),
    unmarkedBy: z.string().nullable(),
    unmarkedAt: instant().nullable(),
    unmarkReason: z.string().nullable(),
  }),
);

export const secrecyMarkingListSchema = apiSchema('SecrecyMarkingList', z.array(secrecyMarkingSchema));
