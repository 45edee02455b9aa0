import { apiRequestSchema } from '../http/api-zod-response';
import { PREPARATION_KINDS } from '@remiss/application';
import { DECISION_BODIES, DECISION_OUTCOMES } from '@remiss/workflows';
import { z } from 'zod';
import { date, text, uuid } from '../http/schema-fields';

const paragraph = z.string().trim().regex(/^(§\s*)?\d{1,5}(\s*[a-z])?$/u, { message: 'måste vara en paragraf, t.ex. § 130' });
const registryNumber = z.string().trim().regex(/^[\p{L}\d][\p{L}\d /.:-]{1,40}$/u, { message: 'måste vara ett diarienummer, t.ex. KS13/250-133' });

export const preparationSchema = apiRequestSchema('PreparationRequest', z.object({
  kind: z.enum(PREPARATION_KINDS, { message: `måste vara ett av ${PREPARATION_KINDS.join(', ')}` }),
  date,
  author: text(300),
  title: text(500),
  documentId: uuid.optional(),
}));

const decisionFields = {
  bodyName: text(200),
  meetingDate: date,
  paragraph,
  outcome: z.enum(DECISION_OUTCOMES, { message: `måste vara ett av ${DECISION_OUTCOMES.join(', ')}` }),
  text: text(20000),
  justeringDate: date.optional(),
  immediate: z.boolean({ message: 'måste vara true eller false' }).optional(),
  noticePostedDate: date.optional(),
  documentId: uuid.optional(),
};

export const decisionSchema = apiRequestSchema('DecisionRequest', z.object({
  bodyKind: z.enum(DECISION_BODIES, { message: `måste vara ett av ${DECISION_BODIES.join(', ')}` }),
  ...decisionFields,
  final: z.boolean({ message: 'måste vara true eller false' }).optional(),
}));

export const correctionSchema = apiRequestSchema('DecisionCorrectionRequest', z.object({
  bodyName: decisionFields.bodyName.optional(),
  meetingDate: date.optional(),
  paragraph: paragraph.optional(),
  outcome: decisionFields.outcome.optional(),
  text: decisionFields.text.optional(),
  justeringDate: date.optional(),
  immediate: decisionFields.immediate,
  noticePostedDate: date.optional(),
  documentId: uuid.optional(),
  reason: text(2000),
}));

export const dispatchSchema = apiRequestSchema('DispatchRequest', z.object({
  addresses: z.array(z.string().trim().email({ message: 'måste vara en e-postadress' })).max(20).optional(),
  theirRegistryNumber: registryNumber.optional(),
}));

export const receiptSchema = apiRequestSchema('ReceiptRequest', z.object({ registryNumber: registryNumber.optional() }));

export const terminationSchema = apiRequestSchema('TerminationRequest', z.object({
  organisationId: uuid,
  noticeReachedDate: date,
  note: z.string().max(2000).optional(),
}));

export const feedQuerySchema = z.object({ token: z.string().min(1, { message: 'saknas' }).max(200) });
