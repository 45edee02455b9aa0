import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, isUuid, NotFoundError } from '@remiss/domain';
import { DataSource, EntityManager } from 'typeorm';
import { denyAsNotFound, requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { appendEvent } from '../process/event-log';
import { loadCase } from '../cases/case-access';

export type SecrecyTargetKind = 'document' | 'answer';

export interface MarkSecretInput {
  extent: 'whole' | 'part';
  /** e.g. "OSL 21 kap. 7 §" */
  legalGround: string;
  reason: string;
  /** The subject the public diarium shows instead (for a marking in part); none: the notice alone. */
  maskedSubject?: string;
}

export interface SecrecyMarkingView {
  id: string;
  targetKind: SecrecyTargetKind;
  targetId: string;
  targetTitle: string;
  /** for an answer: its recipient (the answer's secrecy endpoints take the recipient) */
  recipientId: string | null;
  extent: 'whole' | 'part';
  legalGround: string;
  reason: string;
  maskedSubject: string | null;
  markedBy: string | null;
  markedAt: string;
  unmarkedBy: string | null;
  unmarkedAt: string | null;
  unmarkReason: string | null;
}

interface Target {
  caseId: string;
  /** the diarium entries the marking masks besides its document's own */
  entryIds: string[];
}

const MARKING_COLUMNS = `m.id, m.target_kind AS "targetKind", m.target_id AS "targetId", m.extent, m.legal_ground AS "legalGround", m.reason,
  m.masked_subject AS "maskedSubject", mu.name AS "markedBy", m.marked_at AS "markedAt", uu.name AS "unmarkedBy", m.unmarked_at AS "unmarkedAt",
  m.unmark_reason AS "unmarkReason", (SELECT a.recipient_id FROM answers a WHERE a.id = m.target_id) AS "recipientId",
  COALESCE((SELECT d.title FROM documents d WHERE d.id = m.target_id),
           (SELECT 'Remissvar från ' || o.name || ' (version ' || a.version || ')' FROM answers a JOIN recipients r ON r.id = a.recipient_id
              JOIN organisations o ON o.id = r.organisation_id WHERE a.id = m.target_id), '') AS "targetTitle"`;

/**
 * Secrecy marking (OSL) of a document or an answer, by the secretariat of the organisation whose case holds it;
 * marking and unmarking are events in the case's log. A thing has at most one open marking; unmarking closes it
 * (who, when, why) and keeps the row.
 */
@Injectable()
export class SecrecyUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async mark(actor: Actor, kind: SecrecyTargetKind, targetId: string, input: MarkSecretInput): Promise<SecrecyMarkingView> {
    requireRole(actor, 'secretariat', 'admin');
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (m) => {
      const target = await this.loadTarget(m, actor, kind, targetId);
      const kase = await loadCase(m, actor, target.caseId, 'write');
      // One open marking per thing: the partial unique index decides between concurrent markings.
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO secrecy_markings (organisation_id, case_id, target_kind, target_id, extent, legal_ground, reason, masked_subject, registry_entry_ids, marked_by, marked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (target_id) WHERE unmarked_at IS NULL DO NOTHING RETURNING id`,
        [actor.organisationId, target.caseId, kind, targetId, input.extent, input.legalGround, input.reason, input.maskedSubject ?? null, target.entryIds, actor.userId, now],
      );
      if (rows.length === 0) throw new ConflictError('SECRECY.ALREADY_MARKED', 'Handlingen är redan sekretessmarkerad; häv markeringen först om den ska ändras.', { field: 'targetId' });
      await appendEvent(m, {
        caseId: target.caseId,
        actor,
        at: now,
        event: 'SECRECY_MARKED',
        payload: { markingId: rows[0].id, targetKind: kind, targetId, extent: input.extent, legalGround: input.legalGround, reason: input.reason },
        stateBefore: kase.state,
        stateAfter: kase.state,
      });
      return rows[0].id;
    });
    return this.byId(id);
  }

  async unmark(actor: Actor, kind: SecrecyTargetKind, targetId: string, reason: string): Promise<SecrecyMarkingView> {
    requireRole(actor, 'secretariat', 'admin');
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (m) => {
      const target = await this.loadTarget(m, actor, kind, targetId);
      const kase = await loadCase(m, actor, target.caseId, 'write');
      const rows: Array<{ id: string; legal_ground: string }> = await m.query(
        // in a CTE: TypeORM answers a bare UPDATE with [rows, count]
        `WITH u AS (UPDATE secrecy_markings SET unmarked_at = $2, unmarked_by = $3, unmark_reason = $4
                     WHERE target_id = $1 AND unmarked_at IS NULL RETURNING id, legal_ground)
         SELECT id, legal_ground FROM u`,
        [targetId, now, actor.userId, reason],
      );
      if (rows.length === 0) throw new ConflictError('SECRECY.NOT_MARKED', 'Handlingen är inte sekretessmarkerad.', { field: 'targetId' });
      await appendEvent(m, {
        caseId: target.caseId,
        actor,
        at: now,
        event: 'SECRECY_UNMARKED',
        payload: { markingId: rows[0].id, targetKind: kind, targetId, legalGround: rows[0].legal_ground, reason },
        stateBefore: kase.state,
        stateAfter: kase.state,
      });
      return rows[0].id;
    });
    return this.byId(id);
  }

  /** The latest answer of a recipient of the actor's organisation's case (what the answer's secrecy endpoints act on). */
  async latestAnswerOf(actor: Actor, recipientId: string): Promise<string> {
    requireRole(actor, 'secretariat', 'admin');
    const m = this.dataSource.manager;
    const rows: Array<{ organisation_id: string; answer_id: string | null }> = isUuid(recipientId)
      ? await m.query(
          `SELECT c.organisation_id, (SELECT a.id FROM answers a WHERE a.recipient_id = r.id ORDER BY a.version DESC LIMIT 1) AS answer_id
             FROM recipients r JOIN cases c ON c.id = r.case_id WHERE r.id = $1`,
          [recipientId],
        )
      : [];
    if (rows.length === 0) throw new NotFoundError('Mottagaren', recipientId);
    if (actor.role !== 'system' && rows[0].organisation_id !== actor.organisationId) return denyAsNotFound(m, actor, 'mark-secret-answer', 'Mottagaren', recipientId);
    if (!rows[0].answer_id) throw new ConflictError('SECRECY.NO_ANSWER', 'Mottagaren har inte lämnat något remissvar att sekretessmarkera.');
    return rows[0].answer_id;
  }

  /** Every marking of a case, open and closed, newest first: for its own organisation. */
  async list(actor: Actor, caseId: string): Promise<SecrecyMarkingView[]> {
    requireRole(actor, 'secretariat', 'admin');
    await loadCase(this.dataSource.manager, actor, caseId, 'write');
    const rows: SecrecyMarkingView[] = await this.dataSource.query(
      `SELECT ${MARKING_COLUMNS} FROM secrecy_markings m LEFT JOIN users mu ON mu.id = m.marked_by LEFT JOIN users uu ON uu.id = m.unmarked_by
        WHERE m.case_id = $1 ORDER BY m.marked_at DESC, m.id`,
      [caseId],
    );
    return rows.map(iso);
  }

  private async byId(id: string): Promise<SecrecyMarkingView> {
    const [row] = await this.dataSource.query(
      `SELECT ${MARKING_COLUMNS} FROM secrecy_markings m LEFT JOIN users mu ON mu.id = m.marked_by LEFT JOIN users uu ON uu.id = m.unmarked_by WHERE m.id = $1`,
      [id],
    );
    return iso(row);
  }

  /** The case a document or answer belongs to; another organisation's thing is a logged 404. */
  private async loadTarget(m: EntityManager, actor: Actor, kind: SecrecyTargetKind, targetId: string): Promise<Target> {
    const what = kind === 'document' ? 'Dokumentet' : 'Remissvaret';
    if (!isUuid(targetId)) throw new NotFoundError(what, targetId);
    const rows: Array<{ case_id: string | null; organisation_id: string | null; entry_ids: string[] }> =
      kind === 'document'
        ? await m.query(
            // a round's document: the recipients' receipt entries of that round carry no document id either
            `SELECT c.id AS case_id, c.organisation_id,
                    ARRAY(SELECT e.id FROM rounds r JOIN registry_entries e ON e.case_id = r.case_id AND e.registered_at = r.sent_at
                           WHERE r.document_id = d.id AND e.direction = 'in' AND e.document_id IS NULL) AS entry_ids
               FROM documents d
               LEFT JOIN answers a ON a.id = d.answer_id
               LEFT JOIN recipients ar ON ar.id = a.recipient_id
               LEFT JOIN cases c ON c.id = COALESCE(ar.case_id, d.case_id, (SELECT r.case_id FROM rounds r WHERE r.id = d.round_id))
              WHERE d.id = $1`,
            [targetId],
          )
        : await m.query(
            // an answer's diarium entries (out at the answering organisation, in at the case's) carry no document
            // id: they are the entries of the case written in the answer's own transaction
            `SELECT c.id AS case_id, c.organisation_id,
                    ARRAY(SELECT e.id FROM registry_entries e WHERE e.case_id = c.id AND e.registered_at = a.created_at
                             AND e.organisation_id IN (c.organisation_id, r.organisation_id) AND e.document_id IS NULL) AS entry_ids
               FROM answers a JOIN recipients r ON r.id = a.recipient_id JOIN cases c ON c.id = r.case_id
              WHERE a.id = $1`,
            [targetId],
          );
    const row = rows[0];
    if (!row) throw new NotFoundError(what, targetId);
    if (!row.case_id || (actor.role !== 'system' && row.organisation_id !== actor.organisationId)) {
      return denyAsNotFound(m.connection.manager, actor, `mark-secret-${kind}`, what, targetId);
    }
    return { caseId: row.case_id, entryIds: row.entry_ids };
  }
}

function iso(row: SecrecyMarkingView & { markedAt: unknown; unmarkedAt: unknown }): SecrecyMarkingView {
  return { ...row, markedAt: new Date(row.markedAt as string).toISOString(), unmarkedAt: row.unmarkedAt ? new Date(row.unmarkedAt as string).toISOString() : null };
}
