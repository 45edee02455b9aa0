import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event feed and webhooks.
 *
 * `event_log.tx` is the id of the transaction that wrote the row (`pg_current_xact_id()`, a column default, so
 * no insert changes). The feed reads the log in (tx, id) order and only rows whose transaction is older than
 * every transaction still running in the database (see settledHorizon): that part of the log is final, so a
 * cursor never skips a row that commits later with a smaller id. Rows older than this migration
 * get tx 0 (they come first, in id order).
 *
 * Subscriptions carry their own cursor into the log (a deleted one keeps its delivery log, inactive); deliveries are one row per subscription and event
 * (unique), with the body as sent (signed the same on every attempt) and every attempt recorded.
 */
export class EventFeedWebhooks1764750000000 implements MigrationInterface {
  name = 'EventFeedWebhooks1764750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event_log ADD COLUMN tx xid8 NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE event_log ALTER COLUMN tx SET DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX event_log_feed_idx ON event_log (tx, id)`);
    await q.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        url text NOT NULL,
        types text[] NOT NULL DEFAULT '{}',
        description text NOT NULL DEFAULT '',
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        cursor_tx xid8 NOT NULL,
        cursor_id bigint NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT app_now(),
        updated_at timestamptz NOT NULL DEFAULT app_now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX webhook_subscriptions_org_idx ON webhook_subscriptions (organisation_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
        event_id bigint NOT NULL,
        event_type text NOT NULL,
        case_id uuid NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        tries int NOT NULL DEFAULT 0,
        round int NOT NULL DEFAULT 1,
        last_status_code int,
        last_error text,
        next_attempt_at timestamptz,
        claimed_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT app_now(),
        settled_at timestamptz,
        UNIQUE (subscription_id, event_id)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (subscription_id, seq DESC)`);
    await q.query(`CREATE INDEX webhook_deliveries_pending_idx ON webhook_deliveries (subscription_id, seq) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX webhook_deliveries_failed_idx ON webhook_deliveries (subscription_id, settled_at) WHERE status = 'failed'`);
    await q.query(`
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        duration_ms int,
        status_code int,
        error text,
        outcome text NOT NULL CHECK (outcome IN ('sending', 'delivered', 'retry', 'failed'))
      )`);
    await q.query(`CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, id)`);
    await q.query(`CREATE INDEX webhook_attempts_outcome_idx ON webhook_attempts (outcome)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_subscriptions`);
    await q.query(`DROP INDEX event_log_feed_idx`);
    await q.query(`ALTER TABLE event_log DROP COLUMN tx`);
  }
}
