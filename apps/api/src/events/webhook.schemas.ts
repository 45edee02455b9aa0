import { EVENT_TYPES } from '@remiss/application';
import { z } from 'zod';
import { pageQuerySchema } from '../http/page-query';

const url = z.string().trim().min(1, { message: 'får inte vara tomt' }).max(2000, { message: 'får vara högst 2000 tecken' });
const types = z
  .array(z.string().max(100, { message: 'får vara högst 100 tecken' }))
  .max(EVENT_TYPES.length, { message: `får ha högst ${EVENT_TYPES.length} typer` })
  .describe('Händelsetyperna som ska skickas (utelämna eller tom lista: alla); se GET /events/types');
const description = z.string().max(500, { message: 'får vara högst 500 tecken' });

export const createWebhookSchema = z.object({
  url: url.describe('https-adress som tar emot POST (http bara till den egna datorn under utveckling)'),
  types: types.optional(),
  description: description.optional(),
  secret: z.string().max(200, { message: 'får vara högst 200 tecken' }).optional().describe('whsec_ + base64 av 24–64 byte; utelämna för att få en genererad (visas bara nu)'),
});

export const updateWebhookSchema = z.object({
  url: url.optional(),
  types: types.optional(),
  description: description.optional(),
  active: z.boolean({ message: 'måste vara "true" eller "false"' }).optional().describe('false: pausa (händelserna väntar), true: återuppta'),
});

export const deliveriesQuerySchema = pageQuerySchema.extend({
  status: z.enum(['pending', 'delivered', 'failed'], { message: 'måste vara "pending" (väntar), "delivered" (levererad) eller "failed" (misslyckad)' }).optional().describe('Bara leveranser med denna status'),
});

export const replayFailedSchema = z.object({
  since: z.iso
    .datetime({ offset: true, message: 'måste vara en tidpunkt med tidszon, t.ex. 2013-11-05T00:00:00+01:00' })
    .describe('Skicka om alla slutligt misslyckade leveranser sedan denna tidpunkt'),
});

const SUBSCRIPTION_EXAMPLE = {
  id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  url: 'https://diarie.ekero.se/remiss-webhook',
  types: ['se.remiss.round.sent'],
  description: 'Ekerös diariesystem',
  active: true,
  createdAt: '2013-02-01T08:00:00.000Z',
  updatedAt: '2013-02-01T08:00:00.000Z',
  deliveries: { pending: 0, delivered: 12, failed: 0 },
};

const SUBSCRIPTION_PROPERTIES = {
  id: { type: 'string', format: 'uuid' },
  url: { type: 'string' },
  types: { type: 'array', items: { type: 'string', enum: EVENT_TYPES } },
  description: { type: 'string' },
  active: { type: 'boolean' },
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
  deliveries: { type: 'object', properties: { pending: { type: 'integer' }, delivered: { type: 'integer' }, failed: { type: 'integer' } } },
};

export const SUBSCRIPTION_SCHEMA = { type: 'object', required: Object.keys(SUBSCRIPTION_PROPERTIES), properties: SUBSCRIPTION_PROPERTIES, example: SUBSCRIPTION_EXAMPLE };
export const CREATED_SUBSCRIPTION_SCHEMA = {
  type: 'object',
  required: [...Object.keys(SUBSCRIPTION_PROPERTIES), 'secret'],
  properties: { ...SUBSCRIPTION_PROPERTIES, secret: { type: 'string', description: 'Hemligheten som signerar leveranserna; visas bara här' } },
  example: { ...SUBSCRIPTION_EXAMPLE, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
};

const DELIVERY_EXAMPLE = {
  id: '6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c',
  eventId: '4711',
  eventType: 'se.remiss.round.sent',
  caseId: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  status: 'delivered',
  tries: 2,
  nextAttemptAt: null,
  lastStatusCode: 200,
  lastError: null,
  createdAt: '2013-02-01T08:00:01.000Z',
  settledAt: '2013-02-01T08:00:07.000Z',
  attempts: [
    { startedAt: '2013-02-01T08:00:01.000Z', durationMs: 35, statusCode: 503, error: 'Mottagaren svarade 503', outcome: 'retry' },
    { startedAt: '2013-02-01T08:00:06.000Z', durationMs: 21, statusCode: 200, error: null, outcome: 'delivered' },
  ],
};

export const DELIVERY_SCHEMA = {
  type: 'object',
  required: Object.keys(DELIVERY_EXAMPLE),
  properties: {
    id: { type: 'string', format: 'uuid' },
    eventId: { type: 'string' },
    eventType: { type: 'string' },
    caseId: { type: 'string', format: 'uuid' },
    status: { type: 'string', enum: ['pending', 'delivered', 'failed'] },
    tries: { type: 'integer' },
    nextAttemptAt: { type: 'string', format: 'date-time', nullable: true },
    lastStatusCode: { type: 'integer', nullable: true },
    lastError: { type: 'string', nullable: true },
    createdAt: { type: 'string', format: 'date-time' },
    settledAt: { type: 'string', format: 'date-time', nullable: true },
    attempts: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          startedAt: { type: 'string', format: 'date-time' },
          durationMs: { type: 'integer', nullable: true },
          statusCode: { type: 'integer', nullable: true },
          error: { type: 'string', nullable: true },
          outcome: { type: 'string', enum: ['sending', 'delivered', 'retry', 'failed'] },
        },
      },
    },
  },
  example: DELIVERY_EXAMPLE,
};

export const page = (item: object) => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items: item }, nextCursor: { type: 'string', nullable: true, description: 'Ogenomskinlig fortsättningsmarkör (null på sista sidan)' } },
});
