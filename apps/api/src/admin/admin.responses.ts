import { z } from 'zod';
import { apiRequestSchema, apiSchema } from '../http/api-zod-response';
import { id, instant, localDate } from '../http/response-fields';

/** What the administration endpoints answer. */

export const testMailRequestSchema = apiRequestSchema(
  'TestMailRequest',
  z.object({ to: z.string().max(254).describe('Mottagarens e-postadress') }),
);
export const testMailResultSchema = apiSchema(
  'TestMailQueued',
  z.object({ jobId: z.string().describe('Brevjobbets id i kön') }),
);

export const outboxMailsSchema = apiSchema(
  'OutboxMails',
  z.object({
    smtpConfigured: z.boolean().describe('true: SMTP_URL är satt och brev skickas (listan är då tom eller gammal)'),
    mails: z.array(z.object({ name: z.string(), sizeBytes: z.number().int(), writtenAt: instant() })),
  }),
);
export const OUTBOX_MAILS_EXAMPLE = {
  smtpConfigured: false,
  mails: [{ name: '2013-02-11T09-30-00-000Z-remiss.eml', sizeBytes: 4211, writtenAt: '2013-02-11T09:30:00.000Z' }],
};

export const mailLogEntrySchema = apiSchema(
  'MailLogEntry',
  z.object({
    id: z.string(),
    status: z.string(),
    to: z.string(),
    subject: z.string(),
    template: z.string(),
    caseId: id().nullable(),
    caseTitle: z.string().nullable(),
    caseRegistryNumber: z.string().nullable(),
    createdAt: instant(),
    sentAt: instant().nullable(),
  }),
);
export const MAIL_LOG_EXAMPLE = {
  id: '42',
  status: 'sent',
  to: 'registrator@ekero.example.se',
  subject: 'Remiss: Överenskommelse om nyanlända',
  template: 'remiss',
  caseId: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  caseTitle: 'Revidering av överenskommelsen om nyanlända',
  caseRegistryNumber: 'KSL/12/0053',
  createdAt: '2013-02-11T09:30:00.000Z',
  sentAt: '2013-02-11T09:30:02.000Z',
};

export const deliveryProblemsSchema = apiSchema(
  'DeliveryProblems',
  z.object({
    reminders: z.array(
      z.object({
        id: id(),
        status: z.enum(['failed', 'uncertain']),
        kind: z.string(),
        key: z.string(),
        deadline: localDate().nullable(),
        reason: z.string().nullable(),
        caseId: id(),
        caseTitle: z.string(),
        caseRegistryNumber: z.string(),
        organisationName: z.string().nullable(),
        doneAt: instant().nullable(),
      }),
    ),
    uncertainMails: z.array(
      z.object({
        id: z.string(),
        dedupeKey: z.string(),
        to: z.string(),
        subject: z.string(),
        template: z.string(),
        attemptedAt: instant().nullable(),
        error: z.string().nullable(),
      }),
    ),
    resentMails: z.array(
      z.object({
        id: z.string(),
        dedupeKey: z.string(),
        messageId: z.string().nullable().describe('Message-ID som varje kopia bar'),
        to: z.string(),
        subject: z.string(),
        template: z.string(),
        status: z.enum(['sending', 'sent', 'failed', 'uncertain']),
        resends: z.number().int(),
        resendReason: z.string().nullable(),
        resentAt: instant().nullable(),
        sentAt: instant().nullable(),
      }),
    ).describe('Brev som skickades igen med samma Message-ID efter ett okänt utfall'),
  }),
);
export const DELIVERY_PROBLEMS_EXAMPLE = {
  resentMails: [],
  reminders: [
    {
      id: '2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7',
      status: 'failed',
      kind: 'before',
      key: 'before:14',
      deadline: '2013-04-30',
      reason: 'mottagaren saknas',
      caseId: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
      caseTitle: 'Revidering av överenskommelsen om nyanlända',
      caseRegistryNumber: 'KSL/12/0053',
      organisationName: 'Ekerö kommun',
      doneAt: '2013-04-16T06:00:00.000Z',
    },
  ],
  uncertainMails: [],
};
