import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, todayInStockholm } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { readableDocumentSql } from '../documents/document-access';
import { loadRecipient } from './recipient-access';

export interface SentDocument {
  id: string;
  kind: string;
  title: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  version: number;
  createdAt: string;
}

export interface RecipientExtension {
  id: string;
  requestedDate: string;
  previousDeadline: string;
  reason: string;
  status: string;
  grantedDate: string | null;
  comment: string | null;
  requestedAt: string;
  decidedAt: string | null;
}

/** What one recipient was sent and where it stands: the recipient's own view of its remiss or recommendation. */
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
  extensions: RecipientExtension[];
  answer: { version: number; position: string; text: string; receivedAt: string; theirRegistryNumber: string | null; documents: SentDocument[] } | null;
  /** The named officer it is assigned to (the id only for the receiving organisation itself). */
  assignee: { id: string | null; name: string; email: string } | null;
  /** For the receiving organisation: whom it can be assigned to (its officers and committee secretaries). */
  assignable: Array<{ id: string; name: string; role: string }>;
  /** For the receiving organisation: the number of its own registry case for this matter (KS13/250), if registered. */
  ownRegistryNumber: string | null;
}

const DOC_COLUMNS = `d.id, d.kind, d.title, d.filename, d.mime_type AS "mimeType", d.size_bytes AS "sizeBytes", d.version, d.created_at AS "createdAt"`;
const iso = (v: Date | string | null): string | null => (v ? new Date(v).toISOString() : null);

/**
 * GET /recipients/:id: the round's subject, message and documents as sent, the deadline and its extensions,
 * who at the sender to contact, and the latest answer. The recipient organisation and the case's organisation
 * read it; anyone else gets a logged 404. Documents are only those the reader may read (readableDocumentSql).
 */
@Injectable()
export class RecipientViewQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(actor: Actor, recipientId: string): Promise<RecipientView> {
    const m = this.dataSource.manager;
    const row = await loadRecipient(m, actor, recipientId, 'either');
    const reader = actor.role === 'system' ? row.organisation_id : actor.organisationId;
    const today = todayInStockholm(this.clock.now());
    const [r] = await m.query(
      `SELECT ro.id, ro.kind, ro.seq, ro.subject, ro.message, ro.sent_at, ro.deadline::text AS round_deadline, ro.closed_at, ro.created_by,
              rc.answered_at, (rc.deadline - $2::date) AS days_left, so.name AS sender_name, so.registry_email AS sender_registry_email
         FROM recipients rc JOIN rounds ro ON ro.id = rc.round_id JOIN cases c ON c.id = rc.case_id JOIN organisations so ON so.id = c.organisation_id
        WHERE rc.id = $1`,
      [row.id, today],
    );
    const documents: SentDocument[] = await m.query(
      `SELECT ${DOC_COLUMNS} FROM documents d
        WHERE (d.id = (SELECT document_id FROM rounds WHERE id = $1) OR (d.round_id = $1 AND d.answer_id IS NULL AND d.organisation_id = $2))
          AND ${readableDocumentSql('d', '$3')}
        ORDER BY d.created_at, d.title`,
      [r.id, row.case_organisation_id, reader],
    );
    // The one who sent the round first, then the rest of the sender's secretariat.
    const contacts: Array<{ name: string; email: string }> = await m.query(
      `SELECT name, email FROM users WHERE organisation_id = $1 AND deactivated_at IS NULL AND kind = 'person' AND (role = 'secretariat' OR id = $2)
        ORDER BY (id = $2) DESC, name LIMIT 5`,
      [row.case_organisation_id, r.created_by],
    );
    const extensions: RecipientExtension[] = await m.query(
      `SELECT id, requested_date::text AS "requestedDate", previous_deadline::text AS "previousDeadline", reason, status,
              granted_date::text AS "grantedDate", comment, requested_at AS "requestedAt", decided_at AS "decidedAt"
         FROM extension_requests WHERE recipient_id = $1 ORDER BY requested_at`,
      [row.id],
    );
    const answers = await m.query(
      `SELECT id, version, position, text, received_at, their_registry_number FROM answers WHERE recipient_id = $1 ORDER BY version DESC LIMIT 1`,
      [row.id],
    );
    const answer = answers[0]
      ? {
          version: answers[0].version,
          position: answers[0].position,
          text: answers[0].text,
          receivedAt: iso(answers[0].received_at)!,
          theirRegistryNumber: answers[0].their_registry_number,
          documents: (await m.query(`SELECT ${DOC_COLUMNS} FROM documents d WHERE d.answer_id = $1 AND ${readableDocumentSql('d', '$2')} ORDER BY d.created_at`, [answers[0].id, reader])).map(toSent),
        }
      : null;
    const own = reader === row.organisation_id;
    const [assigned]: Array<{ id: string; name: string; email: string }> = await m.query(
      `SELECT u.id, u.name, u.email FROM recipients r JOIN users u ON u.id = r.assigned_user_id WHERE r.id = $1`,
      [row.id],
    );
    const assignable: Array<{ id: string; name: string; role: string }> = own
      ? await m.query(`SELECT id, name, role FROM users WHERE organisation_id = $1 AND role IN ('officer', 'secretary') ORDER BY name`, [row.organisation_id])
      : [];
    const registryCase: Array<{ number: string }> = own
      ? await m.query(`SELECT number FROM registry_cases WHERE organisation_id = $1 AND case_id = $2`, [row.organisation_id, row.case_id])
      : [];
    return {
      recipientId: row.id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      state: row.state,
      deadline: row.deadline,
      originalDeadline: row.original_deadline,
      daysLeft: Number(r.days_left),
      answeredAt: iso(r.answered_at),
      case: { id: row.case_id, title: row.case_title, registryNumber: row.case_registry_number, organisationId: row.case_organisation_id },
      round: { id: r.id, kind: r.kind, seq: r.seq, subject: r.subject, message: r.message, sentAt: iso(r.sent_at)!, deadline: r.round_deadline, closedAt: iso(r.closed_at) },
      sender: { organisationName: r.sender_name, contacts, registryEmail: r.sender_registry_email ?? null },
      documents: documents.map(toSent),
      extensions: extensions.map((e) => ({ ...e, requestedAt: iso(e.requestedAt)!, decidedAt: iso(e.decidedAt) })),
      answer,
      assignee: assigned ? { id: own ? assigned.id : null, name: assigned.name, email: assigned.email } : null,
      assignable,
      ownRegistryNumber: registryCase[0]?.number ?? null,
    };
  }
}

function toSent(d: SentDocument): SentDocument {
  return { ...d, createdAt: iso(d.createdAt)! };
}
