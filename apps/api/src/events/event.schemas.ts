import { EVENT_TYPES } from '@remiss/application';
import { z } from 'zod';

const typeList = z
  .string()
  .max(2000)
  .transform((v) => v.split(',').map((t) => t.trim()).filter((t) => t.length > 0))
  .refine((list) => list.every((t) => EVENT_TYPES.includes(t)), { message: 'innehåller en okänd händelsetyp (se GET /events/types)' });

export const feedQuerySchema = z.object({
  after: z.string().max(200).optional().describe('nextCursor från föregående svar (utelämna för att börja från början)'),
  limit: z.coerce
    .number({ message: 'måste vara ett heltal' })
    .int({ message: 'måste vara ett heltal' })
    .min(1, { message: 'måste vara minst 1' })
    .max(500, { message: 'får vara högst 500' })
    .default(100)
    .describe('Högst så många händelser (1–500, standard 100)'),
  types: typeList.optional().describe('Bara dessa händelsetyper, kommaseparerade (t.ex. se.remiss.answer.received)'),
});

const CLOUD_EVENT_EXAMPLE = {
  specversion: '1.0',
  id: '4711',
  source: '/cases/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  type: 'se.remiss.answer.received',
  subject: 'recipients/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  time: '2013-04-22T08:15:00.000Z',
  datacontenttype: 'application/json',
  data: {
    label: 'Remissvar inkommet',
    case: { id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', registryNumber: 'KSL/12/0053', title: 'Överenskommelse om nyanlända' },
    recipient: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', organisationId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', organisationName: 'Ekerö kommun', roundId: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d', roundKind: 'remiss' },
    round: null,
    state: { code: 'answered', label: 'besvarad' },
    previousState: { code: 'sent', label: 'skickad' },
    actor: { name: 'Hanna Handläggare', organisation: 'Ekerö kommun' },
    details: { position: 'tillstyrker', theirRegistryNumber: 'KS 2013/12', receivedAt: '2013-04-22T08:15:00.000Z' },
  },
};

/** The JSON Schema of one CloudEvent as the feed and webhooks give it. */
export const CLOUD_EVENT_SCHEMA = {
  type: 'object',
  required: ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'data'],
  properties: {
    specversion: { type: 'string', enum: ['1.0'] },
    id: { type: 'string', description: 'Händelsens id (stabilt, detsamma i flödet och i varje webhook-leverans)' },
    source: { type: 'string', description: '/cases/<ärendets id>' },
    type: { type: 'string', enum: EVENT_TYPES },
    subject: { type: 'string', description: 'recipients/<id> för en mottagares händelse, annars cases/<id>' },
    time: { type: 'string', format: 'date-time' },
    datacontenttype: { type: 'string', enum: ['application/json'] },
    data: {
      type: 'object',
      required: ['label', 'case', 'recipient', 'round', 'state', 'previousState', 'actor', 'details'],
      properties: {
        label: { type: 'string', description: 'Vad som hände, på svenska' },
        case: { type: 'object', properties: { id: { type: 'string' }, registryNumber: { type: 'string' }, title: { type: 'string' } } },
        recipient: { type: 'object', nullable: true },
        round: { type: 'object', nullable: true },
        state: { type: 'object', nullable: true, properties: { code: { type: 'string' }, label: { type: 'string' } } },
        previousState: { type: 'object', nullable: true },
        actor: { type: 'object', properties: { name: { type: 'string' }, organisation: { type: 'string', nullable: true } } },
        details: { type: 'object' },
      },
    },
  },
  example: CLOUD_EVENT_EXAMPLE,
};

export const FEED_PAGE_SCHEMA = {
  type: 'object',
  required: ['items', 'nextCursor', 'hasMore'],
  properties: {
    items: { type: 'array', items: CLOUD_EVENT_SCHEMA },
    nextCursor: { type: 'string', description: 'Aldrig null: skicka som `after` för att läsa vidare, genast om hasMore, annars senare' },
    hasMore: { type: 'boolean', description: 'Fler händelser finns redan att hämta' },
  },
  example: { items: [CLOUD_EVENT_EXAMPLE], nextCursor: 'WyI3NDIiLCI0NzExIl0', hasMore: false },
};
