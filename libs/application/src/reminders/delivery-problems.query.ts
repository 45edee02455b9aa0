import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';

export interface FailedReminderEntry {
  id: string;
  status: 'failed' | 'uncertain';
  kind: string;
  key: string;
  deadline: string | null;
  reason: string | null;
  caseId: string;
  caseTitle: string;
  caseRegistryNumber: string;
  organisationName: string | null;
  doneAt: string | null;
}

export interface UncertainMailEntry {
  id: string;
  dedupeKey: string;
  to: string;
  subject: string;
  template: string;
  attemptedAt: string | null;
  error: string | null;
}

export interface ResentMailEntry {
  id: string;
  dedupeKey: string;
  /** The Message-ID every copy carried. */
  messageId: string | null;
  to: string;
  subject: string;
  template: string;
  status: 'sending' | 'sent' | 'failed' | 'uncertain';
  resends: number;
  resendReason: string | null;
  resentAt: string | null;
  sentAt: string | null;
}

/**
 * What needs a person: reminders whose job failed for a permanent reason or whose mail may or may not have
 * gone out (and will not be resent because it no longer applies), mails whose outcome is unknown right now
 * ('uncertain': the next attempt resends them), and mails that were sent again after an unknown outcome
 * (the recipient may have two copies with the same Message-ID). Administrators only.
 */
@Injectable()
export class DeliveryProblemsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, limit = 200): Promise<{ reminders: FailedReminderEntry[]; uncertainMails: UncertainMailEntry[]; resentMails: ResentMailEntry[] }> {
    requireRole(actor, 'admin');
    const reminders: Array<Omit<FailedReminderEntry, 'doneAt'> & { doneAt: Date | null }> = await this.dataSource.query(
      `SELECT m.id, m.status, m.kind, m.key, m.deadline::text AS deadline, m.reason, m.case_id AS "caseId", c.title AS "caseTitle",
              c.registry_number AS "caseRegistryNumber", o.name AS "organisationName", m.done_at AS "doneAt"
         FROM reminders m JOIN cases c ON c.id = m.case_id
         LEFT JOIN recipients rc ON rc.id = m.recipient_id LEFT JOIN organisations o ON o.id = rc.organisation_id
        WHERE m.status IN ('failed', 'uncertain') ORDER BY m.done_at DESC NULLS LAST, m.id LIMIT $1`,
      [limit],
    );
    const mails: Array<Omit<UncertainMailEntry, 'attemptedAt'> & { attemptedAt: Date | null }> = await this.dataSource.query(
      `SELECT id::text AS id, dedupe_key AS "dedupeKey", to_addresses AS "to", subject, template, attempted_at AS "attemptedAt", error
         FROM mail_log WHERE status = 'uncertain' ORDER BY attempted_at DESC NULLS LAST, id DESC LIMIT $1`,
      [limit],
    );
    const resent: Array<Omit<ResentMailEntry, 'resentAt' | 'sentAt'> & { resentAt: Date | null; sentAt: Date | null }> = await this.dataSource.query(
      `SELECT id::text AS id, dedupe_key AS "dedupeKey", message_id AS "messageId", to_addresses AS "to", subject, template, status,
              resends, resend_reason AS "resendReason", resent_at AS "resentAt", sent_at AS "sentAt"
         FROM mail_log WHERE resends > 0 ORDER BY resent_at DESC NULLS LAST, id DESC LIMIT $1`,
      [limit],
    );
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return {
      reminders: reminders.map((r) => ({ ...r, doneAt: iso(r.doneAt) })),
      uncertainMails: mails.map((m) => ({ ...m, attemptedAt: iso(m.attemptedAt) })),
      resentMails: resent.map((m) => ({ ...m, resentAt: iso(m.resentAt), sentAt: iso(m.sentAt) })),
    };
  }
}
