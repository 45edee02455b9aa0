export const DOCUMENT_KINDS = ['draft', 'adjusted', 'remiss', 'answer', 'decision', 'minutes_extract', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What the API shows of a document (never its bytes). */
export interface DocumentView {
  id: string;
  organisationId: string;
  kind: string;
  title: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  version: number;
  supersedesId: string | null;
  caseId: string | null;
  roundId: string | null;
  answerId: string | null;
  createdAt: string;
}

export const DOCUMENT_COLUMNS = `d.id, d.organisation_id AS "organisationId", d.kind, d.title, d.filename, d.mime_type AS "mimeType",
  d.size_bytes AS "sizeBytes", d.sha256, d.version, d.supersedes_id AS "supersedesId", d.case_id AS "caseId",
  d.round_id AS "roundId", d.answer_id AS "answerId", d.created_at AS "createdAt"`;

export function toDocumentView(row: Omit<DocumentView, 'createdAt'> & { createdAt: Date | string }): DocumentView {
  return { ...row, createdAt: new Date(row.createdAt).toISOString() };
}
