import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, isUuid, todayInStockholm } from '@remiss/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { acceptedEventsOf } from '../process/transition';
import { CaseRow, loadCase } from './case-access';
import { readableDocumentSql } from '../documents/document-access';
import { PersistedSnapshot } from '@remiss/workflows';
import { createHash } from 'node:crypto';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';

export interface MatrixRow {
  recipientId: string;
  roundId: string;
  roundSeq: number;
  roundKind: string;
  organisationId: string;
  organisationName: string;
  state: string;
  /**
   * How it ended: for a remiss the round's end (answered, answeredLate, declined, noAnswer) when the machine
   * records it; for a recommendation the final decision's outcome (adopt, notAdopt, answer, other) once taken.
   */
  outcome: string | null;
  deadline: string;
  originalDeadline: string;
  overdue: boolean;
  extensions: number;
  pendingExtension: { id: string; requestedDate: string; reason: string } | null;
  answeredAt: string | null;
  position: string | null;
  answerVersion: number | null;
  theirRegistryNumber: string | null;
  summary: string | null;
  /** The documents attached to the latest answer version (the yttrande as a file and its appendices). */
  answerDocuments: AnswerDocument[];
  /** A recommendation recipient's final decision (its latest version), once taken. */
  decision: MatrixDecision | null;
}

export interface MatrixDecision {
  outcome: 'adopt' | 'notAdopt' | 'answer' | 'other';
  bodyName: string;
  meetingDate: string;
  paragraph: string;
  immediate: boolean;
}

export interface AnswerDocument {
  id: string;
  title: string;
  filename: string;
  version: number;
}

/** A matrix row in the case view: what the round already carries (seq, kind) and the answer's summary are left out. */
export type CompactMatrixRow = Omit<MatrixRow, 'roundSeq' | 'roundKind' | 'summary'>;

export interface CaseEvent {
  id: string;
  at: string;
  event: string;
  payload: unknown;
  stateBefore: string | null;
  stateAfter: string | null;
  recipientId: string | null;
  actorName: string | null;
  actorOrganisation: string | null;
}

/** A page of a case's history, oldest first; `historyNext` fetches the events before it (null: none). */
export interface HistoryPage {
  items: CaseEvent[];
  historyNext: string | null;
  /** The same page as a cursor (the `before` event id), like every list's `nextCursor`. */
  nextCursor: string | null;
}

const OPEN_STATES = ['sent', 'overdue', 'extensionRequested', 'inProgress', 'decided'];
/** The same states as an SQL list: the inbox's sort key, matched by the recipients_inbox_idx expression. */
const OPEN_STATES_SQL = `('sent','overdue','extensionRequested','inProgress','decided')`;

/** How many events the case view carries; older ones come from GET /cases/:id/events. */
export const CASE_HISTORY_PAGE = 50;

/** Read side: a case with its state, rounds, status matrix and history; lists; the compilation. */
@Injectable()
export class CaseQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The validator of a case view, from one cheap query: the case's version, its recipients'
   * versions and count, its newest event and its documents, today's date (overdue is computed)
   * and the viewer's organisation (the view differs per organisation). Refuses (404) what the
   * actor may not see, like getCase.
   */
  async caseEtag(actor: Actor, caseId: string): Promise<string> {
    const m = this.dataSource.manager;
    if (!isUuid(caseId)) await loadCase(m, actor, caseId, 'read');
    const rows: Array<{ organisation_id: string; version: number; recipients: [number, number, boolean]; event: string | null; documents: number }> = await m.query(
      `SELECT c.organisation_id, c.version,
              (SELECT json_build_array(COALESCE(sum(r.version), 0), count(*), COALESCE(bool_or(r.organisation_id = $2), false)) FROM recipients r WHERE r.case_id = c.id) AS recipients,
              (SELECT max(e.id)::text FROM event_log e WHERE e.case_id = c.id) AS event,
              (SELECT count(*)::int FROM documents d WHERE d.case_id = c.id) AS documents
         FROM cases c WHERE c.id = $1::uuid`,
      [caseId, actor.organisationId],
    );
    const row = rows[0];
    const visible = row && (actor.role === 'system' || row.organisation_id === actor.organisationId || row.recipients[2]);
    // Not found, not a UUID or not visible: the same refusal (and access log) as reading the case.
    if (!visible) await loadCase(m, actor, caseId, 'read');
    const parts = [row.version, row.recipients[0], row.recipients[1], row.event, row.documents, actor.organisationId, todayInStockholm(this.clock.now())];
    return `W/"${createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 27)}"`;
  }

  async getCase(actor: Actor, caseId: string) {
    const m = this.dataSource.manager;
    const row = await loadCase(m, actor, caseId, 'read');
    const owner = actor.role === 'system' || actor.organisationId === row.organisation_id;
    const only = owner ? null : actor.organisationId;
    const [rounds, documents, matrix, history] = await Promise.all([
      m.query(
        `SELECT id, kind, seq, subject, message, deadline, sent_at AS "sentAt", closed_at AS "closedAt", reminder_policy AS "reminderPolicy", document_id AS "documentId"
           FROM rounds WHERE case_id = $1 ORDER BY seq`,
        [row.id],
      ),
      // A recipient sees only what was sent to it; the owner sees the case's every document.
      m.query(
        `SELECT id, kind, title, filename, mime_type AS "mimeType", size_bytes AS "sizeBytes", sha256, version, supersedes_id AS "supersedesId", created_at AS "createdAt"
           FROM documents d WHERE d.case_id = $1 AND d.answer_id IS NULL AND ($2::uuid IS NULL OR ${readableDocumentSql('d', '$2')}) ORDER BY d.created_at`,
        [row.id, only],
      ),
      this.compactMatrix(m, row.id, only),
      this.historyPage(m, row.id, only, { limit: CASE_HISTORY_PAGE }),
    ]);
    return {
      ...this.caseSummary(row),
      acceptedEvents: owner ? acceptedEventsOf('consultation', row.snapshot as PersistedSnapshot) : [],
      // The machine's context names every recipient and draft: the case owner's working data only.
      context: owner ? ((row.snapshot as { context?: unknown }).context ?? null) : null,
      rounds,
      documents,
      matrix,
      /** The newest CASE_HISTORY_PAGE events, oldest first. */
      events: history.items,
      historyNext: history.historyNext,
      /** Loggens kontrollsumma: the hash of the case's last event-log row (GET /cases/:id/log/verify checks it). */
      logHead: row.log_head,
    };
  }

  /** GET /cases/:id/events: the history before an event, newest page first, each page oldest first. */
  async events(actor: Actor, caseId: string, page: { limit: number; before?: string }): Promise<HistoryPage> {
    const m = this.dataSource.manager;
    const row = await loadCase(m, actor, caseId, 'read');
    const owner = actor.role === 'system' || actor.organisationId === row.organisation_id;
    return this.historyPage(m, row.id, owner ? null : actor.organisationId, page);
  }

  /**
   * The cases the actor's organisation owns or was sent, most recently changed first (keyset on
   * updated_at, id). Two index walks, each at most one page: the own cases (cases_org_recent_idx)
   * and the cases sent to the organisation (cases_recent_idx, checked per case with
   * recipients_case_org_idx).
   */
  async listCases(actor: Actor, filter: { state?: string; overdue?: boolean } & PageRequest): Promise<Page<ReturnType<CaseQueries['caseSummary']>>> {
    const key = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    const conditions = `($2::text IS NULL OR c.state = $2)
          AND (NOT $3 OR EXISTS (SELECT 1 FROM recipients r WHERE r.case_id = c.id AND r.state = ANY($4::text[]) AND r.deadline < $5::date))
          AND ($6::timestamptz IS NULL OR (c.updated_at, c.id) < ($6::timestamptz, $7::uuid))`;
    const columns = `c.id, c.registry_number, c.title, c.description, c.ordered_by, c.parent_recipient_id, c.organisation_id, c.state, c.version, c.created_at, c.updated_at,
                     json_build_array(c.updated_at, c.id) AS "_key"`;
    const rows: Array<CaseRow & { _key: unknown[] }> = await this.dataSource.query(
      `SELECT * FROM (
         (SELECT ${columns} FROM cases c WHERE c.organisation_id = $1 AND ${conditions} ORDER BY c.updated_at DESC, c.id DESC LIMIT $8)
         UNION ALL
         (SELECT ${columns} FROM cases c
           WHERE c.organisation_id <> $1 AND EXISTS (SELECT 1 FROM recipients r WHERE r.case_id = c.id AND r.organisation_id = $1) AND ${conditions}
           ORDER BY c.updated_at DESC, c.id DESC LIMIT $8)
       ) page ORDER BY updated_at DESC, id DESC LIMIT $8`,
      [actor.organisationId, filter.state ?? null, filter.overdue ?? false, OPEN_STATES, todayInStockholm(this.clock.now()), key?.[0] ?? null, key?.[1] ?? null, filter.limit + 1],
    );
    return toPage(rows, filter.limit, (r) => this.caseSummary(r as CaseRow));
  }

  /** "Mina remisser": what was sent to the actor's organisation, open first, then by deadline (keyset on the three, recipients_inbox_idx). */
  /**
   * "Mina remisser": what was sent to the actor's organisation, open first, then by deadline (keyset), each with
   * its assignee, the latest answer's position and the final decision. `assigned: 'me'` keeps those assigned to
   * the actor; `done: true` the ones answered, declined or decided (the organisation's earlier answers and decisions).
   */
  async inbox(actor: Actor, page: PageRequest & { assigned?: 'me'; done?: boolean }) {
    const key = decodeCursor(page.cursor, ['bool', 'date', 'uuid']);
    const today = todayInStockholm(this.clock.now());
    const rows = await this.dataSource.query(
      `SELECT r.id AS "recipientId", r.state, r.deadline, r.original_deadline AS "originalDeadline", ro.kind AS "roundKind", ro.subject,
              c.id AS "caseId", c.title AS "caseTitle", c.registry_number AS "caseRegistryNumber", o.name AS "senderName",
              (r.deadline - $2::date) AS "daysLeft",
              CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS assignee,
              (SELECT a.position FROM answers a WHERE a.recipient_id = r.id ORDER BY a.version DESC LIMIT 1) AS position,
              r.answered_at AS "answeredAt",
              (SELECT json_build_object('outcome', d.outcome, 'bodyName', d.body_name, 'meetingDate', d.meeting_date::text, 'paragraph', d.paragraph)
                 FROM decisions d WHERE d.recipient_id = r.id AND d.final AND NOT EXISTS (SELECT 1 FROM decisions n WHERE n.supersedes_id = d.id)
                ORDER BY d.created_at DESC LIMIT 1) AS decision,
              json_build_array(r.state NOT IN ${OPEN_STATES_SQL}, r.deadline, r.id) AS "_key"
         FROM recipients r JOIN rounds ro ON ro.id = r.round_id JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN users u ON u.id = r.assigned_user_id
        WHERE r.organisation_id = $1
          AND ($3::boolean IS NULL OR ((r.state NOT IN ${OPEN_STATES_SQL}), r.deadline, r.id) > ($3::boolean, $4::date, $5::uuid))
          AND ($7::uuid IS NULL OR r.assigned_user_id = $7)
          AND (NOT $8::boolean OR r.state IN ('answered', 'answeredLate', 'declined', 'decided', 'dispatched', 'received') OR (r.state = 'closed' AND r.answered_at IS NOT NULL))
        ORDER BY (r.state NOT IN ${OPEN_STATES_SQL}), r.deadline, r.id LIMIT $6`,
      [actor.organisationId, today, key?.[0] ?? null, key?.[1] ?? null, key?.[2] ?? null, page.limit + 1, page.assigned === 'me' ? actor.userId : null, page.done ?? false],
    );
    return toPage(rows, page.limit);
  }

  /** The extension requests of the organisation's cases and its own, newest first (keyset on requested_at, id). */
  async extensionRequests(actor: Actor, filter: { status?: string } & PageRequest) {
    const key = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    const rows = await this.dataSource.query(
      `SELECT e.id, e.recipient_id AS "recipientId", e.requested_date AS "requestedDate", e.previous_deadline AS "previousDeadline", e.reason,
              e.status, e.requested_at AS "requestedAt", e.decided_at AS "decidedAt", e.granted_date AS "grantedDate", e.comment,
              o.name AS "organisationName", c.id AS "caseId", c.title AS "caseTitle", c.registry_number AS "caseRegistryNumber",
              json_build_array(e.requested_at, e.id) AS "_key"
         FROM extension_requests e JOIN recipients r ON r.id = e.recipient_id JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = r.organisation_id
        WHERE (c.organisation_id = $1 OR r.organisation_id = $1) AND ($2::text IS NULL OR e.status = $2)
          AND ($3::timestamptz IS NULL OR (e.requested_at, e.id) < ($3::timestamptz, $4::uuid))
        ORDER BY e.requested_at DESC, e.id DESC LIMIT $5`,
      [actor.organisationId, filter.status ?? null, key?.[0] ?? null, key?.[1] ?? null, filter.limit + 1],
    );
    return toPage(rows, filter.limit);
  }

  /** The case view's matrix: one row per recipient, without what the round carries or the answer's text. */
  async compactMatrix(m: EntityManager, caseId: string, onlyOrganisationId: string | null): Promise<CompactMatrixRow[]> {
    return this.matrix(m, caseId, onlyOrganisationId, undefined, true);
  }

  async matrix(m: EntityManager, caseId: string, onlyOrganisationId: string | null, roundId?: string): Promise<MatrixRow[]>;
  async matrix(m: EntityManager, caseId: string, onlyOrganisationId: string | null, roundId: undefined, compact: true): Promise<CompactMatrixRow[]>;
  async matrix(m: EntityManager, caseId: string, onlyOrganisationId: string | null, roundId?: string, compact = false): Promise<MatrixRow[] | CompactMatrixRow[]> {
    const today = todayInStockholm(this.clock.now());
    return m.query(
      `SELECT r.id AS "recipientId", r.round_id AS "roundId", ${compact ? '' : `ro.seq AS "roundSeq", ro.kind AS "roundKind", `}r.organisation_id AS "organisationId",
              o.name AS "organisationName", r.state, COALESCE(r.snapshot->'context'->>'outcome', fd.outcome) AS outcome, r.deadline, r.original_deadline AS "originalDeadline",
              (r.state = 'overdue' OR (r.state = ANY($4::text[]) AND r.deadline < $3::date)) AS overdue,
              (SELECT count(*)::int FROM extension_requests e WHERE e.recipient_id = r.id AND e.status = 'granted') AS extensions,
              (SELECT json_build_object('id', e.id, 'requestedDate', e.requested_date, 'reason', e.reason) FROM extension_requests e
                WHERE e.recipient_id = r.id AND e.status = 'pending' ORDER BY e.requested_at DESC LIMIT 1) AS "pendingExtension",
              r.answered_at AS "answeredAt", a.position, a.version AS "answerVersion", a.their_registry_number AS "theirRegistryNumber",
              ${compact ? '' : 'left(a.text, 280) AS summary,'}
              COALESCE((SELECT json_agg(json_build_object('id', d.id, 'title', d.title, 'filename', d.filename, 'version', d.version) ORDER BY d.created_at, d.title)
                          FROM documents d WHERE d.answer_id = a.id), '[]'::json) AS "answerDocuments",
              CASE WHEN fd.id IS NULL THEN NULL ELSE json_build_object('outcome', fd.outcome, 'bodyName', fd.body_name, 'meetingDate', fd.meeting_date::text,
                'paragraph', fd.paragraph, 'immediate', fd.immediate_justering) END AS decision
         FROM recipients r JOIN rounds ro ON ro.id = r.round_id JOIN organisations o ON o.id = r.organisation_id
         LEFT JOIN LATERAL (SELECT * FROM answers x WHERE x.recipient_id = r.id ORDER BY x.version DESC LIMIT 1) a ON true
         LEFT JOIN LATERAL (SELECT d.id, d.outcome, d.body_name, d.meeting_date, d.paragraph, d.immediate_justering FROM decisions d
                             WHERE d.recipient_id = r.id AND d.final AND NOT EXISTS (SELECT 1 FROM decisions n WHERE n.supersedes_id = d.id)
                             ORDER BY d.created_at DESC LIMIT 1) fd ON ro.kind = 'recommendation'
        WHERE r.case_id = $1 AND ($2::uuid IS NULL OR r.organisation_id = $2) AND ($5::uuid IS NULL OR r.round_id = $5)
        ORDER BY ro.seq, o.name`,
      [caseId, onlyOrganisationId, today, OPEN_STATES, roundId ?? null],
    );
  }

  /** One page of a case's history before `before` (an event id), read newest first on event_log_case_idx and answered oldest first. */
  async historyPage(m: EntityManager, caseId: string, onlyOrganisationId: string | null, page: { limit: number; before?: string }): Promise<HistoryPage> {
    const rows: CaseEvent[] = await m.query(
      // A recipient sees the case's own events without their payload (it names the other recipients and the working drafts).
      `SELECT e.id, e.at, e.event, CASE WHEN $2::uuid IS NULL OR e.recipient_id IS NOT NULL THEN e.payload ELSE '{}'::jsonb END AS payload,
              e.state_before AS "stateBefore", e.state_after AS "stateAfter", e.recipient_id AS "recipientId",
              u.name AS "actorName", o.name AS "actorOrganisation"
         FROM event_log e LEFT JOIN users u ON u.id = e.actor_user_id LEFT JOIN organisations o ON o.id = e.actor_organisation_id
        WHERE e.case_id = $1 AND ($2::uuid IS NULL OR e.recipient_id IS NULL OR e.recipient_id IN (SELECT id FROM recipients WHERE case_id = $1 AND organisation_id = $2))
          AND ($3::bigint IS NULL OR e.id < $3::bigint)
        ORDER BY e.id DESC LIMIT $4`,
      [caseId, onlyOrganisationId, page.before ?? null, page.limit + 1],
    );
    const more = rows.length > page.limit;
    const items = (more ? rows.slice(0, page.limit) : rows).reverse();
    return { items, historyNext: more ? `/cases/${caseId}/events?before=${items[0].id}&limit=${page.limit}` : null, nextCursor: more ? items[0].id : null };
  }

  caseSummary(row: CaseRow) {
    return {
      id: row.id,
      registryNumber: row.registry_number,
      title: row.title,
      description: row.description,
      orderedBy: row.ordered_by,
      parentRecipientId: row.parent_recipient_id,
      organisationId: row.organisation_id,
      state: row.state,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
