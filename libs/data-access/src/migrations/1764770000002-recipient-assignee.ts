import { MigrationInterface, QueryRunner } from 'typeorm';

/** A received remiss or recommendation can be assigned to a named officer of the receiving organisation. */
export class RecipientAssignee1764770000002 implements MigrationInterface {
  name = 'RecipientAssignee1764770000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE recipients ADD COLUMN assigned_user_id uuid REFERENCES users(id) ON DELETE SET NULL, ADD COLUMN assigned_at timestamptz`);
    await q.query(`CREATE INDEX recipients_assignee_idx ON recipients (assigned_user_id) WHERE assigned_user_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX recipients_assignee_idx`);
    await q.query(`ALTER TABLE recipients DROP COLUMN assigned_at, DROP COLUMN assigned_user_id`);
  }
}
