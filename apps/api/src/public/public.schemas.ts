import { apiRequestSchema } from '../http/api-zod-response';
import { z } from 'zod';
import { pageQuerySchema } from '../http/page-query';
import { date, text } from '../http/schema-fields';

const search = (what: string) => z.string().trim().max(200, { message: 'får vara högst 200 tecken' }).optional().describe(what);

/** Search of an organisation's public remisses. */
export const publicCaseFilterSchema = z
  .object({
    q: search('Del av rubriken'),
    registryNumber: search('Del av diarienumret, t.ex. KSL/12'),
    recipient: search('Del av en mottagares namn, t.ex. Ekerö'),
    from: date.optional().describe('Skickad på eller efter dagen (ÅÅÅÅ-MM-DD)'),
    to: date.optional().describe('Skickad på eller före dagen (ÅÅÅÅ-MM-DD)'),
  })
  .extend(pageQuerySchema.shape);

export const publicDiariumQuerySchema = z.object({ q: search('Fritext i diarienummer, motpart och (ej sekretessmarkerad) ärendemening') }).extend(pageQuerySchema.shape);

export const markSecretSchema = apiRequestSchema('MarkSecretRequest', z.object({
  extent: z.enum(['whole', 'part'], { message: 'måste vara whole (hela handlingen) eller part (delar av den)' }).describe('Hela handlingen eller delar av den'),
  legalGround: text(200).describe('Lagrummet, t.ex. "OSL 21 kap. 7 §"'),
  reason: text(2000).describe('Varför handlingen sekretessmarkeras'),
  maskedSubject: text(400).optional().describe('Ärendemeningen som det offentliga diariet visar i stället (vid sekretess i delar)'),
}));

export const unmarkSecretSchema = apiRequestSchema('UnmarkSecretRequest', z.object({ reason: text(2000).describe('Varför markeringen hävs') }));

export const PUBLIC_DOCUMENT_EXAMPLE = {
  id: '6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10',
  title: 'Remissversion',
  filename: 'overenskommelse.pdf',
  kind: 'remiss',
  mimeType: 'application/pdf',
  sizeBytes: 48213,
  version: 1,
  date: '2013-02-11',
  secrecy: null,
  url: '/public/documents/6f1d3c1e-2b7a-4c55-9a35-0f3c7f1d9b10/content',
};

export const PUBLIC_CASE_SUMMARY_EXAMPLE = {
  id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  title: 'Revidering av överenskommelsen om nyanlända',
  registryNumber: 'KSL/12/0053',
  sender: { slug: 'ksl', name: 'Kommunförbundet Stockholms län' },
  open: true,
  status: 'Pågår',
  sentDate: '2013-02-11',
  deadline: '2013-04-30',
  recipients: 26,
  answers: 3,
};

export const MARKING_EXAMPLE = {
  id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  targetKind: 'document',
  targetId: PUBLIC_DOCUMENT_EXAMPLE.id,
  targetTitle: 'Remissversion',
  recipientId: null,
  extent: 'whole',
  legalGround: 'OSL 21 kap. 7 §',
  reason: 'Innehåller uppgifter om enskildas personliga förhållanden',
  maskedSubject: null,
  markedBy: 'Karin Kansli',
  markedAt: '2013-03-01T09:00:00.000Z',
  unmarkedBy: null,
  unmarkedAt: null,
  unmarkReason: null,
};
