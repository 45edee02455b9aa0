/** The shapes of the API responses the UI reads (see /docs/openapi.json). */
export type Role = 'secretariat' | 'officer' | 'secretary' | 'admin';

export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
}

export interface CaseSummary {
  id: string;
  registryNumber: string | null;
  title: string;
  description: string | null;
  parentRecipientId: string | null;
  organisationId: string;
  state: string;
  updatedAt: string;
}

export interface MatrixRow {
  recipientId: string;
  roundId: string;
  roundSeq: number;
  roundKind: string;
  organisationId: string;
  organisationName: string;
  state: string;
  outcome: string | null;
  deadline: string;
  originalDeadline: string;
  overdue: boolean;
  extensions: number;
  pendingExtension: { id: string; requestedDate: string; reason: string } | null;
  answeredAt: string | null;
  position: string | null;
  theirRegistryNumber: string | null;
  answerDocuments?: AnswerDocument[];
}

export interface AnswerDocument {
  id: string;
  title: string;
  filename: string;
  version: number;
}

export interface SentDocument extends AnswerDocument {
  kind: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
}

/** GET /recipients/:id: what one recipient was sent and where it stands. */
export interface RecipientView {
  recipientId: string;
  organisationId: string;
  organisationName: string;
  state: string;
  deadline: string;
  originalDeadline: string;
  daysLeft: number;
  answeredAt: string | null;
  case: { id: string; title: string; registryNumber: string; organisationId: string };
  round: { id: string; kind: 'remiss' | 'recommendation'; seq: number; subject: string; message: string; sentAt: string; deadline: string; closedAt: string | null };
  sender: { organisationName: string; contacts: Array<{ name: string; email: string }>; registryEmail: string | null };
  documents: SentDocument[];
  extensions: Array<{ id: string; requestedDate: string; previousDeadline: string; reason: string; status: string; grantedDate: string | null; comment: string | null; requestedAt: string; decidedAt: string | null }>;
  answer: { version: number; position: string; text: string; receivedAt: string; theirRegistryNumber: string | null; documents: SentDocument[] } | null;
}

export interface Round {
  id: string;
  kind: string;
  seq: number;
  subject: string | null;
  deadline: string;
  sentAt: string;
  closedAt: string | null;
}

export interface CaseEvent {
  id: string;
  at: string;
  event: string;
  stateBefore: string | null;
  stateAfter: string | null;
  recipientId: string | null;
  actorName: string | null;
  actorOrganisation: string | null;
}

export interface DocumentRow {
  id: string;
  kind: string;
  title: string;
  filename: string;
  version: number;
  createdAt: string;
}

export interface CaseView extends CaseSummary {
  acceptedEvents: string[];
  rounds: Round[];
  documents: DocumentRow[];
  matrix: MatrixRow[];
  /** The newest events (oldest first); historyNext fetches the ones before. */
  events: CaseEvent[];
  /** The process's working data, for the case's own organisation only (e.g. the planned seminar). */
  context?: { seminar?: { date?: string; place?: string } } | null;
  historyNext: string | null;
  /** Loggens kontrollsumma: the hash of the case's last event-log row. */
  logHead: string;
}

/** GET /cases/:id/log/verify */
export interface LogVerification {
  ok: boolean;
  rows: number;
  verifiedRows: number;
  head: string;
  computedHead: string;
  firstMismatch: { position: number; rowId: string | null; event: string | null; eventText: string | null; at: string | null; atText: string | null; mismatch: string[]; message: string } | null;
  message: string;
  verifiedAt: string;
}

export interface InboxItem {
  recipientId: string;
  state: string;
  deadline: string;
  originalDeadline: string;
  roundKind: string;
  subject: string | null;
  caseId: string;
  caseTitle: string;
  caseRegistryNumber: string | null;
  senderName: string;
  daysLeft: number;
}

export interface ExtensionRequest {
  id: string;
  recipientId: string;
  requestedDate: string;
  previousDeadline: string;
  reason: string;
  status: string;
  requestedAt: string;
  grantedDate: string | null;
  comment: string | null;
  organisationName: string;
  caseId: string;
  caseTitle: string;
  caseRegistryNumber: string | null;
}

export interface Organisation {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

export interface Group {
  id: string;
  name: string;
  members: Array<{ id: string; name: string }>;
}

export interface DeadlineCheck {
  deadline: string;
  deadlineText: string;
  isWorkingDay: boolean;
  nonWorkingReason: string | null;
  workingDays: number;
  calendarDays: number;
  suggestedDeadline: string;
  suggestedDeadlineText: string;
  warnings: Array<{ code: string; message: string }>;
}

export interface Decision {
  id: string;
  bodyKind: string;
  bodyName: string;
  meetingDate: string;
  paragraph: string;
  outcome: string;
  final: boolean;
  superseded: boolean;
  justeringDate: string | null;
  immediate: boolean;
}

export interface Preparation {
  id: string;
  kind: string;
  date: string;
  author: string;
  title: string;
}

export interface DecisionChain {
  recipientId: string;
  state: string;
  acceptedEvents: string[];
  preparations: Preparation[];
  decisions: Decision[];
  finalDecision: Decision | null;
  dispatch: { dispatchedAt: string; to: string[]; senderRegistryNumber: string } | null;
}

export interface InnerAnswer {
  answerId: string;
  organisationName: string;
  position: string;
  receivedAt: string;
  caseTitle: string;
}

export interface MailLogEntry {
  id: string;
  status: string;
  to: string;
  subject: string;
  template: string;
  caseId: string | null;
  caseTitle: string | null;
  caseRegistryNumber: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** An account as its organisation's administrator sees it. */
export interface AdminUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  kind: 'person' | 'system';
  status: 'active' | 'invited' | 'deactivated';
  createdAt: string;
  lastSignInAt: string | null;
  deactivatedAt: string | null;
}

export interface ApiTokenInfo {
  id: string;
  name: string;
  scope: 'read' | 'write';
  userId: string;
  userName: string;
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  actorName: string;
  subjectName: string | null;
  description: string;
}

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: string;
  passwordSignIn?: boolean;
}
