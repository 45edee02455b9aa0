import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access denials are aggregated: one row per user, hour, action and resource with
 * a count, so that repeated probing cannot flood the table (the application also
 * caps distinct resources per user and hour, folding the rest into one row).
 */
export class BoundedAccessDenials1764200000000 implements MigrationInterface {
  name = 'BoundedAccessDenials1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE access_denials
      ADD COLUMN hour timestamptz,
      ADD COLUMN count int NOT NULL DEFAULT 1,
      ADD COLUMN last_at timestamptz`);
    await q.query(`
      WITH agg AS (
        SELECT min(id) AS keep, count(*)::int AS n, max(at) AS last
          FROM access_denials GROUP BY user_id, date_trunc('hour', at), action, resource)
      UPDATE access_denials a SET count = agg.n, last_at = agg.last, hour = date_trunc('hour', a.at)
        FROM agg WHERE a.id = agg.keep`);
    await q.query(`DELETE FROM access_denials WHERE hour IS NULL`);
    await q.query(`ALTER TABLE access_denials ALTER COLUMN hour SET NOT NULL, ALTER COLUMN last_at SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX access_denials_bucket_uq ON access_denials (user_id, hour, action, resource) NULLS NOT DISTINCT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX access_denials_bucket_uq`);
    await q.query(`ALTER TABLE access_denials DROP COLUMN hour, DROP COLUMN count, DROP COLUMN last_at`);
  }
}
