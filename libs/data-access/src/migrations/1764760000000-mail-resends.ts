import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At-least-once mail delivery: a retry that finds a mail's outcome unknown ('sending' left by a dead worker, or
 * 'uncertain' after a broken SMTP conversation) sends it again with the same Message-ID. `resends` counts such
 * resends, `resend_reason` says why the last one was made and `resent_at` when; administrators see these mails.
 */
export class MailResends1764760000000 implements MigrationInterface {
  name = 'MailResends1764760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_log ADD COLUMN resends int NOT NULL DEFAULT 0, ADD COLUMN resend_reason text, ADD COLUMN resent_at timestamptz`);
    await q.query(`CREATE INDEX mail_log_resent_idx ON mail_log (resent_at) WHERE resends > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mail_log_resent_idx`);
    await q.query(`ALTER TABLE mail_log DROP COLUMN resent_at, DROP COLUMN resend_reason, DROP COLUMN resends`);
  }
}
