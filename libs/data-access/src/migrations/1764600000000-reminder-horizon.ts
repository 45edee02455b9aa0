import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminder horizon: only reminders due within REMINDER_HORIZON_HOURS are BullMQ jobs; the rest are rows
 * only. `enqueued_at` says when a row's job was handed to the outbox (NULL: no job yet). Rows that exist when
 * this runs were all given an outbox row by the planner, so they count as enqueued.
 */
export class ReminderHorizon1764600000000 implements MigrationInterface {
  name = 'ReminderHorizon1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reminders ADD COLUMN enqueued_at timestamptz`);
    await q.query(`UPDATE reminders SET enqueued_at = created_at WHERE status IN ('pending', 'claimed')`);
    // the horizon scheduler: pending rows without a job, by due time
    await q.query(`CREATE INDEX reminders_horizon_idx ON reminders (due_at) WHERE status = 'pending' AND enqueued_at IS NULL`);
    // the reconciler: rows whose job should exist, by id (keyset)
    await q.query(`CREATE INDEX reminders_enqueued_idx ON reminders (id) WHERE status IN ('pending', 'claimed') AND enqueued_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX reminders_enqueued_idx`);
    await q.query(`DROP INDEX reminders_horizon_idx`);
    await q.query(`ALTER TABLE reminders DROP COLUMN enqueued_at`);
  }
}
