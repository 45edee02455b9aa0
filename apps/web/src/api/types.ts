/**
 * The shapes of the API's answers, from the contract: the generated types of libs/api-client (npm run
 * generate:client writes them from the served OpenAPI document), so that a server change that breaks the UI
 * fails the type check.
 */
import type { Schemas } from '@remiss/api-client';

export type { Schemas };
export type User = Schemas['SignedInUser'];
export type Role = User['role'];
export type CaseSummary = Schemas['CaseSummary'];
export type AnswerDocument = Schemas['AnswerDocument'];
export type SentDocument = Schemas['SentDocument'];
export type RecipientView = Schemas['RecipientView'];
export type Round = Schemas['Round'];
export type CaseEvent = Schemas['CaseEvent'];
export type DocumentRow = Schemas['CaseDocument'];
export type InboxItem = Schemas['InboxItem'];
export type ExtensionRequest = Schemas['ExtensionRequest'];
export type Organisation = Schemas['Organisation'];
export type Group = Schemas['Group'];
export type DeadlineCheck = Schemas['DeadlineCheck'];
export type Decision = Schemas['Decision'];
export type Preparation = Schemas['Preparation'];
export type DecisionChain = Schemas['DecisionChain'];
export type InnerAnswer = Schemas['InnerAnswer'];
export type MailLogEntry = Schemas['MailLogEntry'];
export type OutboxMails = Schemas['OutboxMails'];

/** A page of any list: `{ items, nextCursor }`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The case page as the API sends it: matrix rows without the round's seq and kind, history paged. */
export type CompactCaseView = Schemas['CaseView'];

/** A matrix row with its round's seq and kind put back (case-view.ts). */
export type MatrixRow = Schemas['MatrixRow'] & { roundSeq: number; roundKind: Round['kind'] };

/** The case page as the UI uses it (expanded). */
export type CaseView = Omit<CompactCaseView, 'matrix'> & { matrix: MatrixRow[] };

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
