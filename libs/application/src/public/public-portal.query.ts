import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, isUuid, NotFoundError } from '@remiss/domain';
import { stateLabel } from '@remiss/workflows';
import { DataSource } from 'typeorm';
import { POSITION_LABELS } from '../cases/compilation.query';
import { OUTCOME_LABELS } from '../decisions/decision.types';
import { decodeCursor, Page, toPage } from '../paging/keyset';
import {
  entryMaskJsonSql,
  markingJsonSql,
  PublicMarking,
  publicAnswerSql,
  publicCaseSql,
  publicDocumentColumnsSql,
  publicDocumentSql,
  publicSubject,
  secrecyNotice,
  secrecyNoticeInline,
} from './publicity';
import {
  PublicSecrecy,
  PublicDocument,
  PublicOrganisation,
  PublicCaseSummary,
  PublicAnswer,
  PublicRecipient,
  PublicRound,
  PublicCase,
  PublicRegistryEntry,
  PublicCaseFilter,
  PublicFeedItem,
} from './public.types';

export const DIRECTION_LABELS: Record<PublicRegistryEntry['direction'], string> = { in: 'Inkommande', out: 'Utgående', internal: 'Upprättad' };
const ROUND_LABELS = { remiss: 'Remiss', recommendation: 'Rekommendation' } as const;

/** The public download address of a document. */
export const publicDocumentUrl = (id: string) => `/public/documents/${id}/content`;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function withNotice(m: PublicMarking | null): PublicSecrecy | null {
  return m ? { extent: m.extent, legalGround: m.legalGround, notice: secrecyNotice(m) } : null;
}

type RawDocument = Omit<PublicDocument, 'secrecy' | 'url'> & { secrecy: PublicMarking | null };
function toDocument(d: RawDocument): PublicDocument {
  const secrecy = withNotice(d.secrecy);
  return { ...d, secrecy, url: secrecy ? null : publicDocumentUrl(d.id) };
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** The public portal's reads: only what publicity.ts says is public, nothing else. */
@Injectable()
export class PublicPortalQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Organisations that have sent at least one public remiss. */
  async organisations(): Promise<Array<PublicOrganisation & { remisses: number }>> {
    return this.dataSource.query(
      `SELECT o.slug, o.name, count(*)::int AS remisses
         FROM organisations o JOIN cases c ON c.organisation_id = o.id
        WHERE ${publicCaseSql('c')}
        GROUP BY o.id ORDER BY o.name`,
    );
  }

  async organisation(slug: string): Promise<PublicOrganisation & { id: string }> {
    const rows: Array<PublicOrganisation & { id: string }> = SLUG.test(slug)
      ? await this.dataSource.query(`SELECT id, slug, name FROM organisations WHERE slug = $1`, [slug])
      : [];
    if (rows.length === 0) throw new NotFoundError('Organisationen', slug);
    return rows[0];
  }

  /** An organisation's public remisses, newest first (keyset on the case's created_at, id). */
  async listCases(slug: string, filter: PublicCaseFilter): Promise<Page<PublicCaseSummary>> {
    const org = await this.organisation(slug);
    const key = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    const params: unknown[] = [org.id];
    const where = ['c.organisation_id = $1', publicCaseSql('c')];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.q) add((p) => `c.title ILIKE ${p}`, likePattern(filter.q));
    if (filter.registryNumber) add((p) => `c.registry_number ILIKE ${p}`, likePattern(filter.registryNumber));
    if (filter.recipient) {
      add((p) => `EXISTS (SELECT 1 FROM recipients sr JOIN organisations so ON so.id = sr.organisation_id WHERE sr.case_id = c.id AND so.name ILIKE ${p})`, likePattern(filter.recipient));
    }
    const firstSent = `(SELECT min(fr.sent_at) FROM rounds fr WHERE fr.case_id = c.id)`;
    if (filter.from) add((p) => `${firstSent} >= (${p}::date::timestamp AT TIME ZONE 'Europe/Stockholm')`, filter.from);
    if (filter.to) add((p) => `${firstSent} < ((${p}::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`, filter.to);
    if (key) {
      params.push(key[0], key[1]);
      where.push(`(c.created_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(filter.limit + 1);
    const rows = await this.dataSource.query(
      `SELECT ${this.summaryColumns()}, json_build_array(c.created_at, c.id) AS "_key"
         FROM cases c JOIN organisations o ON o.id = c.organisation_id
        WHERE ${where.join(' AND ')}
        ORDER BY c.created_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, filter.limit, (r) => this.toSummary(r as RawSummary));
  }

  /** One public remiss with everything public about it, in the order of the process. */
  async getCase(slug: string, caseId: string): Promise<PublicCase> {
    const org = await this.organisation(slug);
    if (!isUuid(caseId)) throw new NotFoundError('Remissen', caseId);
    const m = this.dataSource.manager;
    const [head]: Array<RawSummary & { description: string; logHead: string }> = await m.query(
      `SELECT ${this.summaryColumns()}, c.description, c.log_head AS "logHead"
         FROM cases c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.id = $1 AND c.organisation_id = $2 AND ${publicCaseSql('c')}`,
      [caseId, org.id],
    );
    if (!head) throw new NotFoundError('Remissen', caseId);
    const [rounds, recipients] = await Promise.all([
      m.query(
        `SELECT r.id, r.seq, r.kind, r.subject, r.message, r.deadline::text AS deadline,
                to_char(r.sent_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS "sentDate",
                to_char(r.closed_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS "closedDate",
                (SELECT e.number FROM registry_entries e WHERE e.case_id = r.case_id AND e.organisation_id = $2 AND e.direction = 'out' AND e.registered_at = r.sent_at LIMIT 1) AS "registryNumber",
                COALESCE((SELECT json_agg(json_build_object(${publicDocumentColumnsSql('d')}) ORDER BY d.id = r.document_id DESC, d.created_at)
                            FROM documents d
                           WHERE (d.id = r.document_id OR (d.round_id = r.id AND d.answer_id IS NULL AND d.organisation_id = $2))
                             AND ${publicDocumentSql('d')}), '[]') AS documents
           FROM rounds r WHERE r.case_id = $1 ORDER BY r.seq`,
        [caseId, org.id],
      ),
      m.query(
        `SELECT x.round_id AS "roundId", ro.kind AS "roundKind", o.name AS organisation, x.state, x.deadline::text AS deadline,
                CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object(
                  'version', a.version, 'position', a.position, 'text', a.text, 'theirRegistryNumber', a.their_registry_number,
                  'receivedDate', to_char(a.received_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD'),
                  'registryNumber', (SELECT e.number FROM registry_entries e WHERE e.case_id = x.case_id AND e.organisation_id = $2 AND e.direction = 'in' AND e.registered_at = a.created_at LIMIT 1),
                  'secrecy', ${markingJsonSql('a.id')},
                  'documents', COALESCE((SELECT json_agg(json_build_object(${publicDocumentColumnsSql('d')}) ORDER BY d.created_at) FROM documents d WHERE d.answer_id = a.id), '[]'),
                  'innerAnswers', COALESCE((SELECT json_agg(json_build_object(
                        'organisation', io.name, 'position', ia.position, 'text', ia.text,
                        'receivedDate', to_char(ia.received_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD'),
                        'secrecy', ${markingJsonSql('ia.id')},
                        'documents', COALESCE((SELECT json_agg(json_build_object(${publicDocumentColumnsSql('d')}) ORDER BY d.created_at) FROM documents d WHERE d.answer_id = ia.id), '[]'))
                      ORDER BY io.name)
                      FROM answers ia JOIN recipients ir ON ir.id = ia.recipient_id JOIN organisations io ON io.id = ir.organisation_id
                     WHERE ia.id = ANY(a.inner_answer_ids)), '[]')) END AS answer,
                CASE WHEN dd.id IS NULL THEN NULL ELSE json_build_object(
                  'bodyName', dc.body_name, 'meetingDate', dc.meeting_date::text, 'paragraph', dc.paragraph, 'outcome', dc.outcome,
                  'text', dc.decision_text, 'justeringDate', dc.justering_date::text, 'immediateJustering', dc.immediate_justering,
                  'dispatchedDate', to_char(dd.dispatched_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD'),
                  'registryNumber', dd.receiver_registry_number,
                  'document', (SELECT json_build_object(${publicDocumentColumnsSql('d')}) FROM documents d WHERE d.id = dc.document_id)) END AS decision
           FROM recipients x
           JOIN rounds ro ON ro.id = x.round_id
           JOIN organisations o ON o.id = x.organisation_id
           LEFT JOIN LATERAL (SELECT * FROM answers la WHERE la.recipient_id = x.id ORDER BY la.version DESC LIMIT 1) a ON true
           LEFT JOIN decision_dispatches dd ON dd.recipient_id = x.id
           LEFT JOIN decisions dc ON dc.id = dd.decision_id
          WHERE x.case_id = $1
          ORDER BY ro.seq, o.name`,
        [caseId, org.id],
      ),
    ]);
    // Every answer and decision read here is of this public case (publicAnswerSql holds for it by construction).
    const byRound = new Map<string, PublicRecipient[]>();
    for (const r of recipients as RawRecipient[]) {
      const list = byRound.get(r.roundId) ?? [];
      list.push(this.toRecipient(r));
      byRound.set(r.roundId, list);
    }
    return {
      ...this.toSummary(head),
      description: head.description,
      // The head of the case's hash-chained event log (see the verifiable log): outsiders can check it.
      logHead: head.logHead,
      rounds: (rounds as RawRound[]).map(({ id, documents, ...r }) => ({
        ...r,
        kindLabel: ROUND_LABELS[r.kind],
        documents: documents.map(toDocument),
        recipients: byRound.get(id) ?? [],
      })),
    };
  }

  /** The content of a public document; 404 for what is not public, 403 for what is marked secret. */
  async documentContent(id: string): Promise<{ filename: string; mimeType: string; sha256: string; content: Buffer }> {
    if (!isUuid(id)) throw new NotFoundError('Dokumentet', id);
    const [row]: Array<{ secrecy: PublicMarking | null }> = await this.dataSource.query(
      `SELECT json_build_object(${publicDocumentColumnsSql('d')})->'secrecy' AS secrecy FROM documents d WHERE d.id = $1 AND ${publicDocumentSql('d')}`,
      [id],
    );
    if (!row) throw new NotFoundError('Dokumentet', id);
    if (row.secrecy) throw new ForbiddenError(`Dokumentet är ${secrecyNoticeInline(row.secrecy)} och lämnas inte ut här.`);
    const [file] = await this.dataSource.query(`SELECT filename, mime_type AS "mimeType", sha256, content FROM documents WHERE id = $1`, [id]);
    return file;
  }

  /** The organisation's diarium, newest first (keyset as GET /registry), secret subjects masked. */
  async diarium(slug: string, page: { limit: number; cursor?: string; q?: string }): Promise<Page<PublicRegistryEntry>> {
    const org = await this.organisation(slug);
    const key = decodeCursor(page.cursor, ['timestamp', 'int', 'int', 'text']);
    const params: unknown[] = [org.id, page.limit + 1];
    const where = ['e.organisation_id = $1'];
    if (page.q) {
      params.push(likePattern(page.q));
      // the subject is searched only where it is not masked
      where.push(`(e.number ILIKE $${params.length} OR e.counterpart ILIKE $${params.length} OR (e.subject ILIKE $${params.length} AND ${entryMaskJsonSql('e')} IS NULL))`);
    }
    if (key) {
      params.push(...key);
      const n = params.length;
      where.push(`(e.registered_at, e.year, e.seq, e.number) < ($${n - 3}::timestamptz, $${n - 2}::int, $${n - 1}::int, $${n}::text)`);
    }
    const rows: Array<RawEntry & { _key: unknown[] }> = await this.dataSource.query(
      `SELECT to_char(e.registered_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS date, e.number, e.direction, e.counterpart, e.subject,
              e.external_number AS "externalNumber", c.registry_number AS "caseRegistryNumber", ${entryMaskJsonSql('e')} AS mask,
              json_build_array(e.registered_at, e.year, e.seq, e.number) AS "_key"
         FROM registry_entries e LEFT JOIN cases c ON c.id = e.case_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.registered_at DESC, e.year DESC, e.seq DESC, e.number DESC LIMIT $2`,
      params,
    );
    return toPage(rows, page.limit, ({ mask, subject, ...r }) => ({
      ...r,
      caseRegistryNumber: r.caseRegistryNumber === r.number ? null : r.caseRegistryNumber,
      directionLabel: DIRECTION_LABELS[r.direction],
      subject: publicSubject(subject, mask),
      secrecy: withNotice(mask),
    }));
  }

  /** The newest remisses sent and answers received of an organisation's public cases, for its feed. */
  async feedItems(slug: string, limit = 50): Promise<{ organisation: PublicOrganisation; items: PublicFeedItem[] }> {
    const org = await this.organisation(slug);
    const rows: Array<Omit<PublicFeedItem, 'positionLabel' | 'secrecy'> & { position: string | null; secrecy: PublicMarking | null }> = await this.dataSource.query(
      `(SELECT 'remiss' AS kind, r.sent_at AS at, c.id AS "caseId", c.title AS "caseTitle", c.registry_number AS "caseRegistryNumber",
               o.name AS organisation, r.subject, NULL AS position, NULL::json AS secrecy
          FROM rounds r JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = c.organisation_id
         WHERE c.organisation_id = $1 AND ${publicCaseSql('c')}
         ORDER BY r.sent_at DESC LIMIT $2)
       UNION ALL
       (SELECT 'answer', a.created_at, c.id, c.title, c.registry_number, ao.name, ro.subject, a.position, ${markingJsonSql('a.id')}
          FROM answers a JOIN recipients x ON x.id = a.recipient_id JOIN rounds ro ON ro.id = x.round_id
          JOIN cases c ON c.id = x.case_id JOIN organisations ao ON ao.id = x.organisation_id
         WHERE c.organisation_id = $1 AND ${publicAnswerSql('a')}
         ORDER BY a.created_at DESC LIMIT $2)
       ORDER BY at DESC LIMIT $2`,
      [org.id, limit],
    );
    return {
      organisation: { slug: org.slug, name: org.name },
      items: rows.map(({ position, secrecy, ...r }) => ({
        ...r,
        at: new Date(r.at),
        secrecy: withNotice(secrecy),
        positionLabel: secrecy || !position ? null : (POSITION_LABELS[position] ?? position),
      })),
    };
  }

  private summaryColumns(): string {
    return `c.id, c.title, c.registry_number AS "registryNumber", c.state, o.slug AS "senderSlug", o.name AS "senderName",
            (SELECT to_char(min(r.sent_at) AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') FROM rounds r WHERE r.case_id = c.id) AS "sentDate",
            (SELECT r.deadline::text FROM rounds r WHERE r.case_id = c.id ORDER BY r.seq DESC LIMIT 1) AS deadline,
            (SELECT bool_or(r.closed_at IS NULL) FROM rounds r WHERE r.case_id = c.id) AS "openRound",
            (SELECT count(DISTINCT x.organisation_id)::int FROM recipients x WHERE x.case_id = c.id) AS recipients,
            (SELECT count(DISTINCT a.recipient_id)::int FROM answers a JOIN recipients x ON x.id = a.recipient_id WHERE x.case_id = c.id) AS answers`;
  }

  private toSummary(r: RawSummary): PublicCaseSummary {
    const ended = r.state === 'concluded' || r.state === 'withdrawn';
    const open = !ended && r.openRound;
    return {
      id: r.id,
      title: r.title,
      registryNumber: r.registryNumber,
      sender: { slug: r.senderSlug, name: r.senderName },
      open,
      status: r.state === 'withdrawn' ? 'Återkallad' : open ? 'Pågår' : 'Avslutad',
      sentDate: r.sentDate,
      deadline: r.deadline,
      recipients: r.recipients,
      answers: r.answers,
    };
  }

  private toRecipient(r: RawRecipient): PublicRecipient {
    const machine = r.roundKind === 'remiss' ? 'remissRecipient' : 'decisionRecipient';
    let answer: PublicAnswer | null = null;
    if (r.answer) {
      const a = r.answer;
      const secrecy = withNotice(a.secrecy);
      answer = {
        version: a.version,
        receivedDate: a.receivedDate,
        registryNumber: a.registryNumber,
        theirRegistryNumber: a.theirRegistryNumber,
        secrecy,
        position: secrecy ? null : a.position,
        positionLabel: secrecy ? null : (POSITION_LABELS[a.position] ?? a.position),
        text: secrecy ? null : a.text,
        documents: a.documents.map(toDocument),
        innerAnswers: a.innerAnswers.map((i) => {
          const s = withNotice(i.secrecy);
          return {
            organisation: i.organisation,
            receivedDate: i.receivedDate,
            secrecy: s,
            positionLabel: s ? null : (POSITION_LABELS[i.position] ?? i.position),
            text: s ? null : i.text,
            documents: i.documents.map(toDocument),
          };
        }),
      };
    }
    const d = r.decision;
    return {
      organisation: r.organisation,
      status: capital(stateLabel(machine, r.state)),
      deadline: r.deadline,
      answer,
      decision: d
        ? {
            body: d.bodyName,
            meetingDate: d.meetingDate,
            paragraph: d.paragraph,
            outcomeLabel: OUTCOME_LABELS[d.outcome as keyof typeof OUTCOME_LABELS] ?? d.outcome,
            text: d.text,
            justeringDate: d.justeringDate,
            immediateJustering: d.immediateJustering,
            dispatchedDate: d.dispatchedDate,
            registryNumber: d.registryNumber,
            document: d.document ? toDocument(d.document) : null,
          }
        : null,
    };
  }
}

interface RawSummary {
  id: string;
  title: string;
  registryNumber: string;
  state: string;
  senderSlug: string;
  senderName: string;
  sentDate: string;
  deadline: string;
  openRound: boolean;
  recipients: number;
  answers: number;
}

interface RawRound extends Omit<PublicRound, 'kindLabel' | 'documents' | 'recipients'> {
  id: string;
  documents: RawDocument[];
}

interface RawRecipient {
  roundId: string;
  roundKind: 'remiss' | 'recommendation';
  organisation: string;
  state: string;
  deadline: string;
  answer: null | {
    version: number;
    position: string;
    text: string;
    theirRegistryNumber: string | null;
    receivedDate: string;
    registryNumber: string | null;
    secrecy: PublicMarking | null;
    documents: RawDocument[];
    innerAnswers: Array<{ organisation: string; position: string; text: string; receivedDate: string; secrecy: PublicMarking | null; documents: RawDocument[] }>;
  };
  decision: null | {
    bodyName: string;
    meetingDate: string;
    paragraph: string;
    outcome: string;
    text: string;
    justeringDate: string;
    immediateJustering: boolean;
    dispatchedDate: string;
    registryNumber: string;
    document: RawDocument | null;
  };
}

interface RawEntry {
  date: string;
  number: string;
  direction: 'in' | 'out' | 'internal';
  counterpart: string;
  subject: string;
  externalNumber: string | null;
  caseRegistryNumber: string | null;
  mask: (PublicMarking & { maskedSubject: string | null }) | null;
}
