import type { DecisionBody, DecisionOutcome } from '@remiss/workflows';

export const PREPARATION_KINDS = ['tjansteutlatande', 'tjansteskrivelse', 'tjansteanteckning'] as const;
export type PreparationKind = (typeof PREPARATION_KINDS)[number];

export const PREPARATION_LABELS: Record<PreparationKind, string> = {
  tjansteutlatande: 'Tjänsteutlåtande',
  tjansteskrivelse: 'Tjänsteskrivelse',
  tjansteanteckning: 'Tjänsteanteckning',
};

export const BODY_LABELS: Record<DecisionBody, string> = { committee: 'Nämnd', board: 'Kommunstyrelsen', council: 'Kommunfullmäktige' };

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  adopt: 'Antar',
  notAdopt: 'Antar inte',
  answer: 'Yttrande',
  other: 'Annat beslut',
};

export interface DecisionView {
  id: string;
  recipientId: string;
  caseId: string;
  organisationId: string;
  /** The first version's id; every correction of it shares the chain. */
  chainId: string;
  version: number;
  supersedesId: string | null;
  /** Whether a later version replaced this one. */
  superseded: boolean;
  bodyKind: DecisionBody;
  bodyName: string;
  meetingDate: string;
  paragraph: string;
  outcome: DecisionOutcome;
  outcomeLabel: string;
  text: string;
  /** The day the minutes were approved; for omedelbar justering the meeting day itself. */
  justeringDate: string;
  /** Omedelbar justering: the paragraph was approved at the meeting (the same name as in the request). */
  immediate: boolean;
  /** The earlier name of `immediate`, kept for integrators. */
  immediateJustering: boolean;
  noticePostedDate: string;
  appealWindowCloses: string;
  final: boolean;
  documentId: string | null;
  correctionReason: string | null;
  createdAt: string;
}

export const DECISION_COLUMNS = `d.id, d.recipient_id, d.case_id, d.organisation_id, d.chain_id, d.version, d.supersedes_id,
  EXISTS (SELECT 1 FROM decisions n WHERE n.supersedes_id = d.id) AS superseded, d.body_kind, d.body_name,
  d.meeting_date::text AS meeting_date, d.paragraph, d.outcome, d.decision_text, d.justering_date::text AS justering_date,
  d.immediate_justering, d.notice_posted_date::text AS notice_posted_date, d.appeal_window_closes::text AS appeal_window_closes,
  d.final, d.document_id, d.correction_reason, d.created_at`;

export interface DecisionRow {
  id: string;
  recipient_id: string;
  case_id: string;
  organisation_id: string;
  chain_id: string;
  version: number;
  supersedes_id: string | null;
  superseded: boolean;
  body_kind: DecisionBody;
  body_name: string;
  meeting_date: string;
  paragraph: string;
  outcome: DecisionOutcome;
  decision_text: string;
  justering_date: string;
  immediate_justering: boolean;
  notice_posted_date: string;
  appeal_window_closes: string;
  final: boolean;
  document_id: string | null;
  correction_reason: string | null;
  created_at: Date;
}

export function toDecisionView(r: DecisionRow): DecisionView {
  return {
    id: r.id,
    recipientId: r.recipient_id,
    caseId: r.case_id,
    organisationId: r.organisation_id,
    chainId: r.chain_id,
    version: r.version,
    supersedesId: r.supersedes_id,
    superseded: r.superseded,
    bodyKind: r.body_kind,
    bodyName: r.body_name,
    meetingDate: r.meeting_date,
    paragraph: r.paragraph,
    outcome: r.outcome,
    outcomeLabel: OUTCOME_LABELS[r.outcome],
    text: r.decision_text,
    justeringDate: r.justering_date,
    immediate: r.immediate_justering,
    immediateJustering: r.immediate_justering,
    noticePostedDate: r.notice_posted_date,
    appealWindowCloses: r.appeal_window_closes,
    final: r.final,
    documentId: r.document_id,
    correctionReason: r.correction_reason,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** "Socialnämnden 2013-09-25 § 130". */
export function decisionLine(d: Pick<DecisionView, 'bodyName' | 'meetingDate' | 'paragraph'>): string {
  return `${d.bodyName} ${d.meetingDate} ${d.paragraph}`;
}
