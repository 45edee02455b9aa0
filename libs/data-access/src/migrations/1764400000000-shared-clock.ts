import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One clock for every replica. `app_clock` holds the offset of the application's "now" from the real clock
 * (0 unless CLOCK_START placed it elsewhere): written once when a CLOCK_START value is first applied, read by
 * every process at boot and refreshed while it runs, so replicas and restarts agree. `app_now()` is that clock
 * in SQL; every column that defaulted to now() defaults to it, so a row the app does not stamp itself still
 * carries the one clock's time.
 */
export class SharedClock1764400000000 implements MigrationInterface {
  name = 'SharedClock1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE app_clock (
        id smallint PRIMARY KEY CHECK (id = 1),
        offset_ms bigint NOT NULL DEFAULT 0,
        clock_start text,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO app_clock (id) VALUES (1)`);
    await q.query(`CREATE FUNCTION app_now() RETURNS timestamptz LANGUAGE sql STABLE AS
      $$ SELECT now() + make_interval(secs => coalesce((SELECT offset_ms FROM app_clock WHERE id = 1), 0) / 1000.0) $$`);
    for (const c of await defaults(q, 'now()')) {
      await q.query(`ALTER TABLE "${c.table_name}" ALTER COLUMN "${c.column_name}" SET DEFAULT app_now()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of await defaults(q, 'app_now()')) {
      await q.query(`ALTER TABLE "${c.table_name}" ALTER COLUMN "${c.column_name}" SET DEFAULT now()`);
    }
    await q.query(`DROP FUNCTION app_now()`);
    await q.query(`DROP TABLE app_clock`);
  }
}

async function defaults(q: QueryRunner, expression: string): Promise<Array<{ table_name: string; column_name: string }>> {
  return q.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_default = $1 AND table_name <> 'app_clock'`,
    [expression],
  );
}
