import { PREPARATION_KINDS } from '@remiss/application';
import { DECISION_BODIES, DECISION_OUTCOMES } from '@remiss/workflows';
import { z } from 'zod';
import { apiSchema } from '../http/api-zod-response';
import { id, instant, localDate } from '../http/response-fields';

/** What the decision, dispatch and parties endpoints answer (requests: decision.schemas.ts). */

const preparationFields = {
  id: id(),
  kind: z.enum(PREPARATION_KINDS),
  date: localDate(),
  author: z.string(),
  title: z.string(),
  documentId: id().nullable(),
  createdAt: instant(),
};
export const preparationSchema = apiSchema('Preparation', z.object(preparationFields));
export const preparationResultSchema = apiSchema(
  'PreparationResult',
  z.object({ ...preparationFields, state: z.string() }),
);
const PREPARATION_EXAMPLE = {
  id: 'af07b0f2-da4b-4a9b-b4e3-b6d3f1d33bcd',
  kind: 'tjansteutlatande',
  date: '2013-08-29',
  author: 'Socialkontoret',
  title: 'Överenskommelse om nyanlända',
  documentId: null,
  createdAt: '2013-08-29T08:00:00.000Z',
};
export const PREPARATION_RESULT_EXAMPLE = { ...PREPARATION_EXAMPLE, state: 'inProgress' };

const decisionFields = {
  id: id(),
  recipientId: id(),
  caseId: id(),
  organisationId: id(),
  chainId: id().describe('Det första beslutets id; alla rättade versioner delar det'),
  version: z.number().int(),
  supersedesId: id().nullable(),
  superseded: z.boolean(),
  bodyKind: z.enum(DECISION_BODIES),
  bodyName: z.string(),
  meetingDate: localDate(),
  paragraph: z.string(),
  outcome: z.enum(DECISION_OUTCOMES),
  outcomeLabel: z.string(),
  text: z.string(),
  justeringDate: localDate().nullable(),
  immediate: z.boolean(),
  immediateJustering: z.boolean(),
  noticePostedDate: localDate().nullable(),
  appealWindowCloses: localDate().nullable().describe('Sista dag för laglighetsprövning (tre veckor efter anslaget)'),
  final: z.boolean(),
  documentId: id().nullable(),
  correctionReason: z.string().nullable(),
  createdAt: instant(),
};
export const decisionSchema = apiSchema('Decision', z.object(decisionFields));
export const decisionResultSchema = apiSchema('DecisionResult', z.object({ ...decisionFields, state: z.string() }));
const DECISION_EXAMPLE = {
  id: 'fc547bfe-433f-4376-beee-5dda77c81b97',
  recipientId: 'a70a98db-fac5-4729-8e91-187ad840acbc',
  caseId: 'b01032b2-d088-4921-8996-ac9d7b0ef619',
  organisationId: '43193268-d04d-4167-b24f-48918edf08b5',
  chainId: 'fc547bfe-433f-4376-beee-5dda77c81b97',
  version: 1,
  supersedesId: null,
  superseded: false,
  bodyKind: 'committee',
  bodyName: 'Socialnämnden',
  meetingDate: '2013-09-25',
  paragraph: '§ 130',
  outcome: 'answer',
  outcomeLabel: 'Yttrande',
  text: 'Socialnämnden föreslår kommunstyrelsen att anta överenskommelsen.',
  justeringDate: '2013-09-25',
  immediate: true,
  immediateJustering: true,
  noticePostedDate: '2013-09-25',
  appealWindowCloses: '2013-10-16',
  final: false,
  documentId: null,
  correctionReason: null,
  createdAt: '2013-09-25T14:00:00.000Z',
};
export const DECISION_RESULT_EXAMPLE = { ...DECISION_EXAMPLE, state: 'inProgress' };

export const dispatchViewSchema = apiSchema(
  'DispatchView',
  z.object({
    id: id(),
    decisionId: id(),
    to: z.array(z.string()),
    senderRegistryNumber: z.string(),
    receiverRegistryNumber: z.string().nullable(),
    dispatchedAt: instant(),
    receiptRegistryNumber: z.string().nullable(),
    receivedAt: instant().nullable(),
  }),
);

export const decisionChainSchema = apiSchema(
  'DecisionChain',
  z.object({
    recipientId: id(),
    caseId: id(),
    organisationId: id(),
    organisationName: z.string(),
    state: z.string(),
    deadline: localDate(),
    acceptedEvents: z.array(z.string()),
    preparations: z.array(preparationSchema),
    decisions: z.array(decisionSchema),
    finalDecision: decisionSchema.nullable(),
    dispatch: dispatchViewSchema.nullable(),
  }),
);
export const DECISION_CHAIN_EXAMPLE = {
  recipientId: 'a70a98db-fac5-4729-8e91-187ad840acbc',
  caseId: 'b01032b2-d088-4921-8996-ac9d7b0ef619',
  organisationId: '43193268-d04d-4167-b24f-48918edf08b5',
  organisationName: 'Ekerö kommun',
  state: 'inProgress',
  deadline: '2013-11-15',
  acceptedEvents: ['REGISTER_PREPARATION', 'REGISTER_DECISION', 'REQUEST_EXTENSION'],
  preparations: [PREPARATION_EXAMPLE],
  decisions: [DECISION_EXAMPLE],
  finalDecision: null,
  dispatch: null,
};

export const dispatchResultSchema = apiSchema(
  'DispatchResult',
  z.object({
    dispatchId: id(),
    decisionId: id(),
    to: z.array(z.string()),
    subject: z.string(),
    senderRegistryNumber: z.string(),
    receiverRegistryNumber: z.string(),
    state: z.string(),
  }),
);
export const DISPATCH_RESULT_EXAMPLE = {
  dispatchId: '636d5995-9b52-43ca-a9a7-5d749fdff558',
  decisionId: '73ae92cc-a3e2-4a3a-95c2-b7a37a1922f3',
  to: ['registrator@ksl.se'],
  subject: 'Expediering: beslut från Ekerö kommun – Överenskommelse om nyanlända',
  senderRegistryNumber: 'KS13/250-133',
  receiverRegistryNumber: 'KSL/2013/0009',
  state: 'dispatched',
};

export const receiptResultSchema = apiSchema(
  'ReceiptResult',
  z.object({ registryNumber: z.string(), receivedAt: instant(), state: z.string() }),
);

const partyDecisionSchema = z.object({
  id: id().nullable(),
  bodyName: z.string(),
  bodyKind: z.enum(DECISION_BODIES),
  meetingDate: localDate(),
  paragraph: z.string(),
  outcome: z.enum(DECISION_OUTCOMES),
  version: z.number().int(),
});

const partyFields = {
  organisationId: id(),
  organisationName: z.string(),
  recipientId: id().nullable(),
  recipientState: z.string().nullable(),
  status: z.enum(['party', 'nonParty', 'pending', 'terminating', 'terminated']),
  statusLabel: z.string(),
  decision: partyDecisionSchema.nullable(),
  inForceFrom: localDate().nullable(),
  terminationNoticeReached: localDate().nullable(),
  terminationTakesEffect: localDate().nullable(),
  dispatchedAt: instant().nullable(),
  receivedAt: instant().nullable(),
};
export const partySchema = apiSchema('Party', z.object(partyFields));
const PARTY_EXAMPLE = {
  organisationId: 'e1c29202-1743-469f-8bda-40623056c021',
  organisationName: 'Tyresö kommun',
  recipientId: 'f841a98c-21d1-4adf-b231-19819b50274b',
  recipientState: 'received',
  status: 'party',
  statusLabel: 'Part från 2013-10-22',
  decision: {
    id: '8953b630-4048-4c87-a545-fd764c84ad3c',
    bodyName: 'Kommunstyrelsen',
    bodyKind: 'board',
    meetingDate: '2013-10-22',
    paragraph: '§ 180',
    outcome: 'adopt',
    version: 1,
  },
  inForceFrom: '2013-10-22',
  terminationNoticeReached: null,
  terminationTakesEffect: null,
  dispatchedAt: '2013-10-30T14:30:00.000Z',
  receivedAt: '2013-11-04T09:00:00.000Z',
};

export const partyRegisterSchema = apiSchema(
  'PartyRegister',
  z.object({
    caseId: id(),
    registryNumber: z.string(),
    title: z.string(),
    asOf: localDate(),
    counts: z.object({
      party: z.number().int(),
      nonParty: z.number().int(),
      pending: z.number().int(),
      terminating: z.number().int(),
      terminated: z.number().int(),
    }),
    parties: z.array(partySchema),
  }),
);
export const PARTY_REGISTER_EXAMPLE = {
  caseId: '530572c3-7aa8-49e1-b29f-618b4aeffea5',
  registryNumber: 'KSL/12/0053',
  title: 'Överenskommelse om samverkan gällande nyanlända',
  asOf: '2014-01-10',
  counts: { party: 1, nonParty: 0, pending: 25, terminating: 0, terminated: 0 },
  parties: [PARTY_EXAMPLE],
};

export const terminationResultSchema = apiSchema(
  'TerminationResult',
  z.object({ ...partyFields, registryNumber: z.string() }),
);
export const TERMINATION_RESULT_EXAMPLE = {
  ...PARTY_EXAMPLE,
  status: 'terminating',
  statusLabel: 'Uppsagd, upphör att gälla 2015-12-01',
  terminationNoticeReached: '2015-03-01',
  terminationTakesEffect: '2015-12-01',
  registryNumber: 'KSL/2015/0001',
};

export const feedUrlSchema = apiSchema(
  'CalendarFeedUrl',
  z.object({ organisationId: id(), url: z.string().describe('Adressen att prenumerera på (med token)') }),
);
export const FEED_URL_EXAMPLE = {
  organisationId: '7f41704b-db6c-490c-8258-dc559c3737fd',
  url: 'https://remiss.example.se/calendar/7f41704b-db6c-490c-8258-dc559c3737fd.ics?token=q3v9…',
};
