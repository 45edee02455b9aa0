import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily signed statements of every case's log head (issue 11, anchoring): the signed text exactly as
 * signed (RFC 8785 JSON), its Ed25519 signature and the signing key's id; one per Stockholm day.
 */
export class LogStatements1764730000001 implements MigrationInterface {
  name = 'LogStatements1764730000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE log_statements (
        id bigserial PRIMARY KEY,
        day date NOT NULL UNIQUE,
        made_at timestamptz NOT NULL,
        key_id text NOT NULL,
        cases integer NOT NULL,
        statement text NOT NULL,
        signature text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE log_statements`);
  }
}
