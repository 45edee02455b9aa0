import { ANSWER_POSITIONS } from '@remiss/application';
import { z } from 'zod';
import { apiSchema } from '../http/api-zod-response';
import { id, instant, localDate } from '../http/response-fields';

/** What the case and recipient endpoints answer (the request schemas are in case.schemas.ts). */

const position = z.enum(ANSWER_POSITIONS);

export const caseStepResultSchema = apiSchema(
  'CaseStepResult',
  z.object({
    state: z.string().describe('Ärendets tillstånd efter steget'),
    version: z.number().int().describe('Radens version efter steget'),
  }),
);
export const CASE_STEP_EXAMPLE = { state: 'drafting', version: 2 };

export const stateResultSchema = apiSchema(
  'StateResult',
  z.object({ state: z.string().describe('Tillståndet efter steget') }),
);

export const createdCaseSchema = apiSchema('CreatedCase', z.object({ id: id(), registryNumber: z.string() }));

export const caseSummarySchema = apiSchema(
  'CaseSummary',
  z.object({
    id: id(),
    registryNumber: z.string(),
    title: z.string(),
    description: z.string(),
    orderedBy: z.string(),
    parentRecipientId: id().nullable().describe('Mottagaren som en intern remiss hör till'),
    organisationId: id(),
    state: z.string(),
    version: z.number().int(),
    createdAt: instant(),
    updatedAt: instant(),
  }),
);
export const CASE_SUMMARY_EXAMPLE = {
  id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  registryNumber: 'KSL/12/0053',
  title: 'Revidering av överenskommelsen om nyanlända',
  description: '',
  orderedBy: 'Styrelsens beslut 2012-03-15 § 12',
  parentRecipientId: null,
  organisationId: '0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b',
  state: 'onRemiss',
  version: 4,
  createdAt: '2012-03-15T09:00:00.000Z',
  updatedAt: '2013-02-01T08:00:00.000Z',
};

/** Who may get a warning about a deadline, and the working day to use instead. */
export const deadlineWarningSchema = apiSchema(
  'DeadlineWarning',
  z.object({
    code: z.enum(['DEADLINE.NON_WORKING_DAY', 'DEADLINE.SHORTER_THAN_MINIMUM', 'DEADLINE.IN_PAST']),
    message: z.string().describe('Varningen på svenska'),
    suggestedDeadline: localDate()
      .nullable()
      .describe(
        'Datumet att välja i stället (nästa arbetsdag, eller första dag som ger minsta remisstid); null när inget föreslås',
      ),
  }),
);
const WARNING_EXAMPLE = {
  code: 'DEADLINE.NON_WORKING_DAY',
  message: 'Den 6 juni 2013 är Sveriges nationaldag. Närmaste vardag är fredag 7 juni 2013.',
  suggestedDeadline: '2013-06-07',
};

export const reminderPolicySchema = apiSchema(
  'ReminderPolicyView',
  z.object({
    beforeDays: z.array(z.number().int()),
    onDeadlineDay: z.boolean(),
    overdueAfterDays: z.number().int(),
    overdueRepeatDays: z.number().int(),
    overdueMaxCount: z.number().int(),
    hour: z.number().int(),
  }),
);

export const sentRoundSchema = apiSchema(
  'SentRound',
  z.object({
    roundId: id(),
    seq: z.number().int(),
    registryNumber: z.string().describe('Utgående diarienummer'),
    recipients: z.number().int().describe('Antal mottagare'),
    deadline: localDate(),
    workingDays: z.number().int(),
    warnings: z.array(deadlineWarningSchema),
    state: z.string(),
  }),
);
export const SENT_ROUND_EXAMPLE = {
  roundId: '53f05345-9a81-4397-8f43-491bed02b859',
  seq: 1,
  registryNumber: 'KSL/2013/0001',
  recipients: 26,
  deadline: '2013-06-06',
  workingDays: 60,
  warnings: [WARNING_EXAMPLE],
  state: 'onRemiss',
};

const roundSchema = apiSchema(
  'Round',
  z.object({
    id: id(),
    kind: z.enum(['remiss', 'recommendation']),
    seq: z.number().int(),
    subject: z.string(),
    message: z.string(),
    deadline: localDate(),
    sentAt: instant(),
    closedAt: instant().nullable(),
    reminderPolicy: reminderPolicySchema.nullable(),
    documentId: id().nullable(),
  }),
);

const caseDocumentSchema = apiSchema(
  'CaseDocument',
  z.object({
    id: id(),
    kind: z.string(),
    title: z.string(),
    filename: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    version: z.number().int(),
    supersedesId: id().nullable(),
    createdAt: instant(),
  }),
);

export const answerDocumentSchema = apiSchema(
  'AnswerDocument',
  z.object({ id: id(), title: z.string(), filename: z.string(), version: z.number().int() }),
);

const pendingExtensionSchema = z.object({ id: id(), requestedDate: localDate(), reason: z.string() });

const matrixFields = {
  recipientId: id(),
  roundId: id(),
  organisationId: id(),
  organisationName: z.string(),
  state: z.string(),
  outcome: z
    .string()
    .nullable()
    .describe('Utfallet: answered, declined, noAnswer eller beslutets utfall (adopt, notAdopt, …)'),
  deadline: localDate(),
  originalDeadline: localDate(),
  overdue: z.boolean(),
  extensions: z.number().int(),
  pendingExtension: pendingExtensionSchema.nullable(),
  answeredAt: instant().nullable(),
  position: position.nullable(),
  answerVersion: z.number().int().nullable(),
  theirRegistryNumber: z.string().nullable(),
  answerDocuments: z.array(answerDocumentSchema),
  decision: z
    .object({ outcome: z.enum(['adopt', 'notAdopt', 'answer', 'other']), bodyName: z.string(), meetingDate: z.string(), paragraph: z.string(), immediate: z.boolean() })
    .nullable()
    .describe('En rekommendationsmottagares slutliga beslut (senaste versionen), när det är fattat'),
};

export const matrixRowSchema = apiSchema('MatrixRow', z.object(matrixFields));

const caseEventSchema = apiSchema(
  'CaseEvent',
  z.object({
    id: z.string().describe('Händelsens id (ett heltal som text)'),
    at: instant(),
    event: z.string(),
    payload: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Händelsens uppgifter (bara för ärendets egen organisation)'),
    stateBefore: z.string().nullable(),
    stateAfter: z.string().nullable(),
    recipientId: id().nullable(),
    actorName: z.string().nullable(),
    actorOrganisation: z.string().nullable(),
  }),
);

export const caseViewSchema = apiSchema(
  'CaseView',
  caseSummarySchema.extend({
    acceptedEvents: z.array(z.string()),
    context: z
      .record(z.string(), z.unknown())
      .nullable()
      .optional()
      .describe('Processens arbetsdata (bara för ärendets egen organisation)'),
    rounds: z.array(roundSchema),
    documents: z.array(caseDocumentSchema),
    matrix: z.array(matrixRowSchema),
    events: z.array(caseEventSchema).describe('De senaste händelserna, äldst först'),
    historyNext: z.string().nullable().describe('Adressen till sidan med händelserna före dessa; null när allt visas'),
    logHead: z.string().describe('Loggens kontrollsumma: hashen av ärendets senaste händelserad'),
  }),
);
export const CASE_VIEW_EXAMPLE = {
  ...CASE_SUMMARY_EXAMPLE,
  acceptedEvents: ['CLOSE_ROUND', 'WITHDRAW'],
  context: null,
  rounds: [],
  documents: [],
  matrix: [],
  events: [],
  historyNext: null,
  logHead: '9f2c5e0a8b1d4c7e3f6a9b2c5d8e1f4a7b0c3d6e9f2a5b8c1d4e7f0a3b6c9d2e',
};

export const caseEventPageSchema = apiSchema(
  'CaseEventPage',
  z.object({
    items: z.array(caseEventSchema),
    nextCursor: z.string().nullable().describe('Skicka som cursor (eller before) för sidan före denna; null när det inte finns fler'),
    historyNext: z.string().nullable().describe('Adressen till sidan före denna; null när det inte finns fler'),
  }),
);
export const CASE_EVENT_PAGE_EXAMPLE = {
  items: [
    {
      id: '41',
      at: '2013-02-11T09:30:00.000Z',
      event: 'SEND_ROUND',
      payload: {},
      stateBefore: 'drafting',
      stateAfter: 'onRemiss',
      recipientId: null,
      actorName: 'Kansliet',
      actorOrganisation: 'KSL',
    },
  ],
  nextCursor: '41',
  historyNext: '/cases/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/events?before=41&limit=50',
};

export const compilationSchema = apiSchema(
  'Compilation',
  z.object({
    round: z.object({ id: id(), seq: z.number().int(), kind: z.enum(['remiss', 'recommendation']), subject: z.string(), deadline: localDate() }),
    rows: z.array(
      z.object({
        ...matrixFields,
        roundSeq: z.number().int(),
        roundKind: z.enum(['remiss', 'recommendation']),
        summary: z.string().nullable(),
        statusLabel: z.string(),
      }),
    ),
    totals: z.object({
      recipients: z.number().int(),
      answered: z.number().int(),
      late: z.number().int(),
      declined: z.number().int(),
      noAnswer: z.number().int(),
      overdue: z.number().int(),
      extensions: z.number().int(),
      byPosition: z.record(z.string(), z.number().int()),
      byOutcome: z.record(z.string(), z.number().int()),
    }),
  }),
);
export const COMPILATION_EXAMPLE = {
  round: {
    id: '53f05345-9a81-4397-8f43-491bed02b859',
    seq: 1,
    kind: 'remiss',
    subject: 'Remiss: Överenskommelse om nyanlända',
    deadline: '2013-04-30',
  },
  rows: [],
  totals: { recipients: 26, answered: 3, late: 0, declined: 0, noAnswer: 23, overdue: 0, extensions: 1, byPosition: { tillstyrker: 2, avstyrker: 0, inga_synpunkter: 1, synpunkter: 0 }, byOutcome: { adopt: 0, notAdopt: 0, answer: 0, other: 0 } },
};

export const inboxItemSchema = apiSchema(
  'InboxItem',
  z.object({
    recipientId: id(),
    state: z.string(),
    deadline: localDate(),
    originalDeadline: localDate(),
    roundKind: z.enum(['remiss', 'recommendation']),
    subject: z.string(),
    caseId: id(),
    caseTitle: z.string(),
    caseRegistryNumber: z.string(),
    senderName: z.string(),
    daysLeft: z.number().int(),
    assignee: z.object({ id: id(), name: z.string() }).nullable(),
    position: z.string().nullable(),
    answeredAt: z.string().nullable(),
    decision: z.object({ outcome: z.string(), bodyName: z.string(), meetingDate: z.string(), paragraph: z.string() }).nullable(),
  }),
);
export const INBOX_EXAMPLE = {
  assignee: { id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a', name: 'Handläggare Ekerö' },
  position: null,
  answeredAt: null,
  decision: null,
  recipientId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  state: 'sent',
  deadline: '2013-04-30',
  originalDeadline: '2013-04-30',
  roundKind: 'remiss',
  subject: 'Remiss: Överenskommelse om nyanlända',
  caseId: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  caseTitle: 'Revidering av överenskommelsen om nyanlända',
  caseRegistryNumber: 'KSL/12/0053',
  senderName: 'Kommunförbundet Stockholms län',
  daysLeft: 42,
};

const sentDocumentSchema = apiSchema(
  'SentDocument',
  z.object({
    id: id(),
    kind: z.string(),
    title: z.string(),
    filename: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    version: z.number().int(),
    createdAt: instant(),
  }),
);

export const extensionViewSchema = apiSchema(
  'ExtensionView',
  z.object({
    id: id(),
    requestedDate: localDate(),
    previousDeadline: localDate(),
    reason: z.string(),
    status: z.enum(['pending', 'granted', 'denied', 'withdrawn']),
    grantedDate: localDate().nullable(),
    comment: z.string().nullable(),
    requestedAt: instant(),
    decidedAt: instant().nullable(),
  }),
);

export const recipientViewSchema = apiSchema(
  'RecipientView',
  z.object({
    recipientId: id(),
    organisationId: id(),
    organisationName: z.string(),
    state: z.string(),
    deadline: localDate(),
    originalDeadline: localDate(),
    daysLeft: z.number().int(),
    answeredAt: instant().nullable(),
    case: z.object({ id: id(), title: z.string(), registryNumber: z.string(), organisationId: id() }),
    round: z.object({
      id: id(),
      kind: z.enum(['remiss', 'recommendation']),
      seq: z.number().int(),
      subject: z.string(),
      message: z.string(),
      sentAt: instant(),
      deadline: localDate(),
      closedAt: instant().nullable(),
    }),
    sender: z.object({
      organisationName: z.string(),
      contacts: z.array(z.object({ name: z.string(), email: z.string() })),
      registryEmail: z.string().nullable(),
    }),
    documents: z.array(sentDocumentSchema),
    extensions: z.array(extensionViewSchema),
    answer: z
      .object({
        version: z.number().int(),
        position,
        text: z.string(),
        receivedAt: instant(),
        theirRegistryNumber: z.string().nullable(),
        documents: z.array(sentDocumentSchema),
      })
      .nullable(),
    assignee: z
      .object({ id: id().nullable(), name: z.string(), email: z.string() })
      .nullable()
      .describe('Den namngivna handläggaren (id bara för den mottagande organisationen)'),
    assignable: z
      .array(z.object({ id: id(), name: z.string(), role: z.string() }))
      .describe('För den mottagande organisationen: vem den kan tilldelas'),
    ownRegistryNumber: z.string().nullable().describe('Den mottagande organisationens eget diarienummer för ärendet'),
  }),
);
export const RECIPIENT_VIEW_EXAMPLE = {
  assignee: null,
  assignable: [],
  ownRegistryNumber: null,
  recipientId: '01e3e5c5-8cfb-4b33-a233-a3479d5198ff',
  organisationId: '94c75541-324d-481c-b38c-f0f0dafce344',
  organisationName: 'Ekerö kommun',
  state: 'sent',
  deadline: '2013-04-30',
  originalDeadline: '2013-04-30',
  daysLeft: 90,
  answeredAt: null,
  case: {
    id: '6e5bd9ce-d339-4465-995a-21db5a627ab3',
    title: 'Överenskommelse om nyanlända',
    registryNumber: 'KSL/12/0053',
    organisationId: '38e789cc-472d-4979-a5a3-e37064eb8d8c',
  },
  round: {
    id: '37f55b7c-55c5-4245-a701-fcb0aa4ed9e1',
    kind: 'remiss',
    seq: 1,
    subject: 'Remiss: överenskommelse om nyanlända',
    message: 'Svara senast den 30 april.',
    sentAt: '2013-02-01T08:00:00.000Z',
    deadline: '2013-04-30',
    closedAt: null,
  },
  sender: {
    organisationName: 'Kommunförbundet Stockholms län',
    contacts: [{ name: 'Kansliet KSL', email: 'kansli@ksl.se' }],
    registryEmail: 'registrator@ksl.se',
  },
  documents: [],
  extensions: [],
  answer: null,
};

export const innerAnswerSchema = apiSchema(
  'InnerAnswer',
  z.object({ answerId: id(), organisationName: z.string(), position, receivedAt: instant(), caseTitle: z.string() }),
);
export const INNER_ANSWER_EXAMPLE = {
  answerId: '0065fd23-f059-4dfd-bc83-234ac8ba0c21',
  organisationName: 'Socialtjänstnämnden',
  position: 'synpunkter',
  receivedAt: '2013-04-02T08:00:00.000Z',
  caseTitle: 'Intern remiss: nyanlända',
};

export const answerResultSchema = apiSchema(
  'AnswerResult',
  z.object({ answerId: id(), version: z.number().int(), state: z.string() }),
);

export const extensionRequestedSchema = apiSchema(
  'ExtensionRequested',
  z.object({ extensionRequestId: id(), state: z.string(), warnings: z.array(deadlineWarningSchema) }),
);
export const EXTENSION_REQUESTED_EXAMPLE = {
  extensionRequestId: 'd929a1ee-7f8e-4388-a838-dfd0cceaa57d',
  state: 'inProgress',
  warnings: [{ ...WARNING_EXAMPLE }],
};

export const extensionDeniedSchema = apiSchema('ExtensionDenied', z.object({ state: z.string(), deadline: localDate().describe('Sista dagen, som förut') }));

export const extensionGrantedSchema = apiSchema(
  'ExtensionGranted',
  z.object({ state: z.string(), deadline: localDate(), warnings: z.array(deadlineWarningSchema) }),
);

export const extensionRequestItemSchema = apiSchema(
  'ExtensionRequest',
  extensionViewSchema.extend({
    recipientId: id(),
    organisationName: z.string(),
    caseId: id(),
    caseTitle: z.string(),
    caseRegistryNumber: z.string(),
  }),
);
export const EXTENSION_REQUEST_EXAMPLE = {
  id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  recipientId: '32921af3-52d5-4f55-83ae-b529177c679a',
  requestedDate: '2013-12-19',
  previousDeadline: '2013-11-15',
  reason: 'Ärendet behandlas i kommunfullmäktige först i december.',
  status: 'pending',
  grantedDate: null,
  comment: null,
  requestedAt: '2013-10-01T08:00:00.000Z',
  decidedAt: null,
  organisationName: 'Ekerö kommun',
  caseId: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  caseTitle: 'Revidering av överenskommelsen om nyanlända',
  caseRegistryNumber: 'KSL/12/0053',
};

export const deadlineCheckSchema = apiSchema(
  'DeadlineCheck',
  z.object({
    deadline: localDate(),
    deadlineText: z.string(),
    isWorkingDay: z.boolean(),
    nonWorkingReason: z.string().nullable(),
    suggestedDeadline: localDate(),
    suggestedDeadlineText: z.string(),
    workingDays: z.number().int(),
    calendarDays: z.number().int(),
    inPast: z.boolean(),
    warnings: z.array(deadlineWarningSchema),
  }),
);
export const DEADLINE_CHECK_EXAMPLE = {
  deadline: '2013-06-06',
  deadlineText: 'torsdag 6 juni 2013',
  isWorkingDay: false,
  nonWorkingReason: 'Sveriges nationaldag',
  suggestedDeadline: '2013-06-07',
  suggestedDeadlineText: 'fredag 7 juni 2013',
  workingDays: 98,
  calendarDays: 142,
  inPast: false,
  warnings: [WARNING_EXAMPLE],
};
