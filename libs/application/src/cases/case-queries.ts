import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, todayInStockholm } from '@remiss/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { acceptedEventsOf } from '../process/transition';
import { CaseRow, loadCase } from './case-access';
import { readableDocumentSql } from '../documents/document-access';
import { PersistedSnapshot } from '@remiss/workflows';

export interface MatrixRow {
  recipientId: string;
  roundId: string;
  roundSeq: number;
  roundKind: string;
  organisationId: string;
  organisationName: string;
  state: string;
  /** How the recipient's round ended (answered, answeredLate, declined, noAnswer), when the machine records it. */
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
}

export interface AnswerDocument {
  id: string;
  title: string;
  filename: string;
  version: number;
}

const OPEN_STATES = ['sent', 'overdue', 'extensionRequested', 'inProgress', 'decided'];

/** Read side: a case with its state, rounds, status matrix and history; lists; the compilation. */
@Injectable()
export class CaseQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async getCase(actor: Actor, caseId: string) {
    const m = this.dataSource.manager;
    const row = await loadCase(m, actor, caseId, 'read');
    const owner = actor.role === 'system' || actor.organisationId === row.organisation_id;
    const rounds = await m.query(
      `SELECT id, kind, seq, subject, message, deadline, sent_at AS "sentAt", closed_at AS "closedAt", reminder_policy AS "reminderPolicy", document_id AS "documentId"
         FROM rounds WHERE case_id = $1 ORDER BY seq`,
      [row.id],
    );
    // A recipient sees only what was sent to it; the owner sees the case's every document.
    const documents = await m.query(
      `SELECT id, kind, title, filename, mime_type AS "mimeType", size_bytes AS "sizeBytes", sha256, version, supersedes_id AS "supersedesId", created_at AS "createdAt"
         FROM documents d WHERE d.case_id = $1 AND d.answer_id IS NULL AND ($2::uuid IS NULL OR ${readableDocumentSql('d', '$2')}) ORDER BY d.created_at`,
      [row.id, owner ? null : actor.organisationId],
    );
    return {
      ...this.caseSummary(row),
      acceptedEvents: owner ? acceptedEventsOf('consultation', row.snapshot as PersistedSnapshot) : [],
      // The machine's context names every recipient and draft: the case owner's working data only.
      context: owner ? ((row.snapshot as { context?: unknown }).context ?? null) : null,
      rounds,
      documents,
      matrix: await this.matrix(m, row.id, owner ? null : actor.organisationId),
      events: await this.history(m, row.id, owner ? null : actor.organisationId),
    };
  }

  async listCases(actor: Actor, filter: { state?: string; overdue?: boolean; limit: number; offset: number }) {
    const rows: CaseRow[] = await this.dataSource.query(
      `SELECT c.* FROM cases c
        WHERE (c.organisation_id = $1 OR EXISTS (SELECT 1 FROM recipients r WHERE r.case_id = c.id AND r.organisation_id = $1))
          AND ($2::text IS NULL OR c.state = $2)
          AND (NOT $3 OR EXISTS (SELECT 1 FROM recipients r WHERE r.case_id = c.id AND r.state = ANY($4::text[]) AND r.deadline < $5::date))
        ORDER BY c.updated_at DESC LIMIT $6 OFFSET $7`,
      [actor.organisationId, filter.state ?? null, filter.overdue ?? false, OPEN_STATES, todayInStockholm(this.clock.now()), filter.limit, filter.offset],
    );
    return rows.map((r) => this.caseSummary(r));
  }

  /** "Mina remisser": what was sent to the actor's organisation, with deadlines and days left. */
  async inbox(actor: Actor) {
    const today = todayInStockholm(this.clock.now());
    return this.dataSource.query(
      `SELECT r.id AS "recipientId", r.state, r.deadline, r.original_deadline AS "originalDeadline", ro.kind AS "roundKind", ro.subject,
              c.id AS "caseId", c.title AS "caseTitle", c.registry_number AS "caseRegistryNumber", o.name AS "senderName",
              (r.deadline - $2::date) AS "daysLeft"
         FROM recipients r JOIN rounds ro ON ro.id = r.round_id JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = c.organisation_id
        WHERE r.organisation_id = $1 ORDER BY (r.state = ANY($3::text[])) DESC, r.deadline`,
      [actor.organisationId, today, OPEN_STATES],
    );
  }

  /** The secretariat's inbox of extension requests for its organisation's cases. */
  async extensionRequests(actor: Actor, status: string | undefined) {
    return this.dataSource.query(
      `SELECT e.id, e.recipient_id AS "recipientId", e.requested_date AS "requestedDate", e.previous_deadline AS "previousDeadline", e.reason,
              e.status, e.requested_at AS "requestedAt", e.decided_at AS "decidedAt", e.granted_date AS "grantedDate", e.comment,
              o.name AS "organisationName", c.id AS "caseId", c.title AS "caseTitle", c.registry_number AS "caseRegistryNumber"
         FROM extension_requests e JOIN recipients r ON r.id = e.recipient_id JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = r.organisation_id
        WHERE (c.organisation_id = $1 OR r.organisation_id = $1) AND ($2::text IS NULL OR e.status = $2)
        ORDER BY e.requested_at DESC`,
      [actor.organisationId, status ?? null],
    );
  }

  async matrix(m: EntityManager, caseId: string, onlyOrganisationId: string | null, roundId?: string): Promise<MatrixRow[]> {
    const today = todayInStockholm(this.clock.now());
    return m.query(
      `SELECT r.id AS "recipientId", r.round_id AS "roundId", ro.seq AS "roundSeq", ro.kind AS "roundKind", r.organisation_id AS "organisationId",
              o.name AS "organisationName", r.state, r.snapshot->'context'->>'outcome' AS outcome, r.deadline, r.original_deadline AS "originalDeadline",
              (r.state = 'overdue' OR (r.state = ANY($4::text[]) AND r.deadline < $3::date)) AS overdue,
              (SELECT count(*)::int FROM extension_requests e WHERE e.recipient_id = r.id AND e.status = 'granted') AS extensions,
              (SELECT json_build_object('id', e.id, 'requestedDate', e.requested_date, 'reason', e.reason) FROM extension_requests e
                WHERE e.recipient_id = r.id AND e.status = 'pending' ORDER BY e.requested_at DESC LIMIT 1) AS "pendingExtension",
              r.answered_at AS "answeredAt", a.position, a.version AS "answerVersion", a.their_registry_number AS "theirRegistryNumber",
              left(a.text, 280) AS summary,
              COALESCE((SELECT json_agg(json_build_object('id', d.id, 'title', d.title, 'filename', d.filename, 'version', d.version) ORDER BY d.created_at, d.title)
                          FROM documents d WHERE d.answer_id = a.id), '[]'::json) AS "answerDocuments"
         FROM recipients r JOIN rounds ro ON ro.id = r.round_id JOIN organisations o ON o.id = r.organisation_id
         LEFT JOIN LATERAL (SELECT * FROM answers x WHERE x.recipient_id = r.id ORDER BY x.version DESC LIMIT 1) a ON true
        WHERE r.case_id = $1 AND ($2::uuid IS NULL OR r.organisation_id = $2) AND ($5::uuid IS NULL OR r.round_id = $5)
        ORDER BY ro.seq, o.name`,
      [caseId, onlyOrganisationId, today, OPEN_STATES, roundId ?? null],
    );
  }

  async history(m: EntityManager, caseId: string, onlyOrganisationId: string | null) {
    return m.query(
      // A recipient sees the case's own steps without their payloads (which name every recipient and draft).
      `SELECT e.id, e.at, e.event, CASE WHEN $2::uuid IS NULL OR e.recipient_id IS NOT NULL THEN e.payload END AS payload, e.state_before AS "stateBefore", e.state_after AS "stateAfter", e.recipient_id AS "recipientId",
              u.name AS "actorName", o.name AS "actorOrganisation"
         FROM event_log e LEFT JOIN users u ON u.id = e.actor_user_id LEFT JOIN organisations o ON o.id = e.actor_organisation_id
        WHERE e.case_id = $1 AND ($2::uuid IS NULL OR e.recipient_id IS NULL OR e.recipient_id IN (SELECT id FROM recipients WHERE organisation_id = $2))
        ORDER BY e.id`,
      [caseId, onlyOrganisationId],
    );
  }

  private caseSummary(row: CaseRow) {
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
