import { PublicMarking } from './publicity';

/** What the public portal answers: only public fields (see publicity.ts). */

export interface PublicSecrecy extends PublicMarking {
  /** "Sekretessmarkerad enligt OSL 21 kap. 7 §" */
  notice: string;
}

export interface PublicDocument {
  id: string;
  title: string;
  filename: string;
  kind: string;
  mimeType: string;
  sizeBytes: number;
  version: number;
  date: string;
  secrecy: PublicSecrecy | null;
  /** The public download address; null when the document is secret. */
  url: string | null;
}

export interface PublicOrganisation {
  slug: string;
  name: string;
}

export interface PublicCaseSummary {
  id: string;
  title: string;
  registryNumber: string;
  sender: PublicOrganisation;
  open: boolean;
  status: string;
  /** The day the first round went out, YYYY-MM-DD. */
  sentDate: string;
  /** The latest round's deadline. */
  deadline: string;
  recipients: number;
  answers: number;
}

export interface PublicAnswer {
  version: number;
  receivedDate: string;
  registryNumber: string | null;
  theirRegistryNumber: string | null;
  secrecy: PublicSecrecy | null;
  /** null when secret */
  position: string | null;
  positionLabel: string | null;
  text: string | null;
  documents: PublicDocument[];
  innerAnswers: Array<{ organisation: string; receivedDate: string; secrecy: PublicSecrecy | null; positionLabel: string | null; text: string | null; documents: PublicDocument[] }>;
}

export interface PublicDecision {
  body: string;
  meetingDate: string;
  paragraph: string;
  outcomeLabel: string;
  text: string;
  justeringDate: string;
  immediateJustering: boolean;
  dispatchedDate: string;
  registryNumber: string;
  document: PublicDocument | null;
}

export interface PublicRecipient {
  organisation: string;
  status: string;
  deadline: string;
  answer: PublicAnswer | null;
  decision: PublicDecision | null;
}

export interface PublicRound {
  seq: number;
  kind: 'remiss' | 'recommendation';
  kindLabel: string;
  subject: string;
  message: string;
  sentDate: string;
  deadline: string;
  closedDate: string | null;
  registryNumber: string | null;
  documents: PublicDocument[];
  recipients: PublicRecipient[];
}

export interface PublicCase extends PublicCaseSummary {
  description: string;
  /**
   * The head hash of the case's hash-chained event log (`cases.log_head`), for outsiders to check against the
   * daily signed statements (`/public/log-statements`).
   */
  logHead: string | null;
  rounds: PublicRound[];
}

export interface PublicRegistryEntry {
  date: string;
  number: string;
  direction: 'in' | 'out' | 'internal';
  directionLabel: string;
  counterpart: string;
  subject: string;
  secrecy: PublicSecrecy | null;
  caseRegistryNumber: string | null;
  externalNumber: string | null;
}

export interface PublicCaseFilter {
  /** free text over the title */
  q?: string;
  registryNumber?: string;
  /** part of a recipient organisation's name */
  recipient?: string;
  /** first sent on or after / on or before, YYYY-MM-DD */
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

export interface PublicFeedItem {
  kind: 'remiss' | 'answer';
  at: Date;
  caseId: string;
  caseTitle: string;
  caseRegistryNumber: string;
  organisation: string;
  subject: string;
  positionLabel: string | null;
  secrecy: PublicSecrecy | null;
}
