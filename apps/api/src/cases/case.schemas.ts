import { apiRequestSchema } from '../http/api-zod-response';
import { ANSWER_POSITIONS } from '@remiss/application';
import { DATE_LIMITS, dateInputIssue, REMINDER_POLICY_LIMITS } from '@remiss/domain';
import { z } from 'zod';
import { LONGEST_TEXT_CHARS } from '../http/body-limits';
import { date, text, uuid } from '../http/schema-fields';
import { pageQuerySchema } from '../http/page-query';


export const createCaseSchema = apiRequestSchema('CreateCaseRequest', z.object({
  title: text(300),
  description: z.string().max(10000).optional(),
  orderedBy: z.string().max(2000).optional(),
  registryNumber: z.string().trim().regex(/^[\p{L}\d][\p{L}\d /.-]{1,40}$/u, { message: 'måste vara ett diarienummer, t.ex. KSL/12/0053' }).optional(),
  parentRecipientId: uuid.optional(),
}));

export const seminarSchema = apiRequestSchema('SeminarRequest', z.object({
  date,
  place: text(300),
  invited: z.array(z.string().max(300)).max(300).optional(),
}));

export const documentRefSchema = apiRequestSchema('DocumentRefRequest', z.object({ documentId: uuid }));
export const withdrawSchema = apiRequestSchema('WithdrawRequest', z.object({ reason: text(2000) }));

// The same bounds the domain checks (validateReminderPolicy), stated here so that OpenAPI shows them.
const { maxDays, maxBeforeCount, maxOverdueCount } = REMINDER_POLICY_LIMITS;
const int = (min: number, max: number) => z.number().int().min(min).max(max);
export const policySchema = apiRequestSchema('ReminderPolicy', z.object({
  beforeDays: z.array(int(1, maxDays)).max(maxBeforeCount),
  onDeadlineDay: z.boolean(),
  overdueAfterDays: int(1, maxDays),
  overdueRepeatDays: int(1, maxDays),
  overdueMaxCount: int(0, maxOverdueCount),
  hour: int(0, 23),
}));

export const sendRoundSchema = apiRequestSchema('SendRoundRequest', z.object({
  deadline: date,
  subject: z.string().max(300).optional(),
  message: z.string().max(10000).optional(),
  organisationIds: z.array(uuid).max(1000).optional(),
  groupIds: z.array(uuid).max(50).optional(),
  documentId: uuid.optional(),
  reminderPolicy: policySchema.optional(),
}));

export const closeRoundSchema = apiRequestSchema('CloseRoundRequest', z.object({ roundId: uuid }));

export const answerSchema = apiRequestSchema('AnswerRequest', z.object({
  position: z.enum(ANSWER_POSITIONS, { message: `måste vara ett av ${ANSWER_POSITIONS.join(', ')}` }),
  text: text(LONGEST_TEXT_CHARS),
  theirRegistryNumber: z.string().trim().max(60).optional(),
  receivedAt: z
    .string()
    .datetime({ offset: true, message: 'måste vara en tidpunkt i ISO 8601, t.ex. 2013-04-15T10:00:00+02:00', abort: true })
    .refine((value) => dateInputIssue(value.slice(0, 10)) === null, { message: `måste ligga mellan ${DATE_LIMITS.earliest} och ${DATE_LIMITS.latest}` })
    .optional(),
  documentIds: z.array(uuid).max(20).optional(),
  innerAnswerIds: z.array(uuid).max(50).optional(),
}));

export const declineSchema = apiRequestSchema('DeclineRequest', z.object({ reason: text(2000) }));
export const extensionRequestSchema = apiRequestSchema('ExtensionRequestRequest', z.object({ requestedDate: date, reason: text(2000) }));
export const grantSchema = apiRequestSchema('GrantExtensionRequest', z.object({ newDeadline: date.optional(), comment: z.string().max(2000).optional() }));
export const denySchema = apiRequestSchema('DenyExtensionRequest', z.object({ comment: text(2000) }));

export const listCasesSchema = pageQuerySchema.extend({
  state: z.string().max(40).optional().describe('Bara ärenden i detta tillstånd'),
  overdue: z.enum(['true', 'false']).optional().describe('Bara ärenden med försenade svar'),
});

const eventId = z.string().regex(/^[1-9]\d{0,17}$/, { message: 'måste vara ett händelse-id' });
export const caseEventsSchema = z.object({
  before: eventId.optional().describe('Händelserna före denna (historyNext ger den)'),
  cursor: eventId.optional().describe('Samma som before: nextCursor från föregående sida'),
  limit: pageQuerySchema.shape.limit,
});
