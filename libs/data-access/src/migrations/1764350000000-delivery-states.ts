import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Durable delivery. A reminder is 'claimed' by the job that sends it (in the statement that checks its
 * deadline), ends 'failed' when its job failed for a permanent reason and 'uncertain' when its mail may or
 * may not have reached the SMTP server; `reason` says why it was skipped, failed or is uncertain.
 * A mail is 'sending' only while it is handed to the SMTP server, 'failed' when the server certainly did not
 * take it (a retry may send it) and 'uncertain' when the outcome is unknown (never sent again automatically).
 */
export class DeliveryStates1764350000000 implements MigrationInterface {
  name = 'DeliveryStates1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reminders DROP CONSTRAINT reminders_status_check`);
    await q.query(`ALTER TABLE reminders ADD CONSTRAINT reminders_status_check
      CHECK (status IN ('pending','claimed','sent','cancelled','skipped','failed','uncertain'))`);
    await q.query(`ALTER TABLE reminders ADD COLUMN reason text`);
    await q.query(`CREATE INDEX reminders_attention_idx ON reminders (done_at) WHERE status IN ('failed','uncertain')`);
    await q.query(`ALTER TABLE mail_log DROP CONSTRAINT mail_log_status_check`);
    await q.query(`ALTER TABLE mail_log ADD CONSTRAINT mail_log_status_check CHECK (status IN ('sending','sent','failed','uncertain'))`);
    await q.query(`ALTER TABLE mail_log ADD COLUMN attempts int NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE mail_log ADD COLUMN attempted_at timestamptz`);
    await q.query(`ALTER TABLE mail_log ADD COLUMN error text`);
    await q.query(`CREATE INDEX mail_log_open_idx ON mail_log (attempted_at) WHERE status IN ('sending','uncertain')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mail_log_open_idx`);
    await q.query(`ALTER TABLE mail_log DROP COLUMN error, DROP COLUMN attempted_at, DROP COLUMN attempts`);
    await q.query(`ALTER TABLE mail_log DROP CONSTRAINT mail_log_status_check`);
    await q.query(`UPDATE mail_log SET status = 'sending' WHERE status = 'uncertain'`);
    await q.query(`ALTER TABLE mail_log ADD CONSTRAINT mail_log_status_check CHECK (status IN ('sending','sent','failed'))`);
    await q.query(`DROP INDEX reminders_attention_idx`);
    await q.query(`ALTER TABLE reminders DROP COLUMN reason`);
    await q.query(`ALTER TABLE reminders DROP CONSTRAINT reminders_status_check`);
    await q.query(`UPDATE reminders SET status = CASE status WHEN 'claimed' THEN 'pending' WHEN 'uncertain' THEN 'sent' ELSE 'skipped' END
                    WHERE status IN ('claimed','failed','uncertain')`);
    await q.query(`ALTER TABLE reminders ADD CONSTRAINT reminders_status_check CHECK (status IN ('pending','sent','cancelled','skipped'))`);
  }
}
