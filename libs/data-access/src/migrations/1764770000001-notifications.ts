import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications: one row per user for what happened to the user's organisation's things (a new remiss, an
 * answer, an extension asked for, granted or denied, a reminder, a dispatched or received decision), written in
 * the transaction that queues the mail about it. `dedupe_key` (the mail's job id) makes a retried write add
 * nothing. The texts are rendered when read (libs/application/src/notifications).
 */
export class Notifications1764770000001 implements MigrationInterface {
  name = 'Notifications1764770000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        case_id uuid REFERENCES cases(id),
        recipient_id uuid REFERENCES recipients(id),
        counterpart text NOT NULL DEFAULT '',
        case_title text NOT NULL DEFAULT '',
        deadline date,
        dedupe_key text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        UNIQUE (user_id, dedupe_key)
      )`);
    // the list, newest first (keyset), and the unread count
    await q.query(`CREATE INDEX notifications_user_newest_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
  }
}
