import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-out and calendar-feed revocation: the ids (jti) of signed-out bearer tokens until they
 * would have expired anyway, and a random, replaceable calendar-feed token per organisation.
 */
export class AuthHardening1764250000000 implements MigrationInterface {
  name = 'AuthHardening1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE revoked_tokens (
        jti uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX revoked_tokens_expires_idx ON revoked_tokens (expires_at)`);
    await q.query(`ALTER TABLE organisations ADD COLUMN calendar_feed_token text UNIQUE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations DROP COLUMN calendar_feed_token`);
    await q.query(`DROP TABLE revoked_tokens`);
  }
}
