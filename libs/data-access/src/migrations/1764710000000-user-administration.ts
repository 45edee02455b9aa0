import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * User administration: deactivation, system accounts, invitation and reset tokens (hashed), API tokens
 * (hashed), the per-organisation password switch and the organisation's audit log.
 *
 * `users.tokens_valid_after` is real time (a token's `iat` is real time): every bearer token issued
 * before it is refused (a password reset signs the account out everywhere).
 */
export class UserAdministration1764710000000 implements MigrationInterface {
  name = 'UserAdministration1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users
      ADD COLUMN kind text NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'system')),
      ADD COLUMN deactivated_at timestamptz,
      ADD COLUMN deactivated_by uuid REFERENCES users(id),
      ADD COLUMN tokens_valid_after timestamptz,
      ADD COLUMN password_set_at timestamptz,
      ADD COLUMN last_sign_in_at timestamptz`);
    // the administrators' list: an organisation's users by e-mail (keyset)
    await q.query(`CREATE INDEX users_organisation_email_idx ON users (organisation_id, email)`);
    await q.query(`ALTER TABLE organisations ADD COLUMN password_sign_in boolean NOT NULL DEFAULT true`);
    await q.query(`
      CREATE TABLE credential_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'reset')),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT app_now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX credential_tokens_open_idx ON credential_tokens (user_id) WHERE used_at IS NULL`);
    await q.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        user_id uuid NOT NULL REFERENCES users(id),
        name text NOT NULL,
        scope text NOT NULL CHECK (scope IN ('read', 'write')),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT app_now(),
        created_by uuid REFERENCES users(id),
        last_used_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX api_tokens_organisation_idx ON api_tokens (organisation_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE organisation_audit_log (
        id bigserial PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        at timestamptz NOT NULL DEFAULT app_now(),
        actor_id uuid REFERENCES users(id),
        actor_name text NOT NULL,
        action text NOT NULL,
        subject_user_id uuid REFERENCES users(id),
        subject_name text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX organisation_audit_log_idx ON organisation_audit_log (organisation_id, at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organisation_audit_log`);
    await q.query(`DROP TABLE api_tokens`);
    await q.query(`DROP TABLE credential_tokens`);
    await q.query(`ALTER TABLE organisations DROP COLUMN password_sign_in`);
    await q.query(`DROP INDEX users_organisation_email_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN kind, DROP COLUMN deactivated_at, DROP COLUMN deactivated_by, DROP COLUMN tokens_valid_after, DROP COLUMN password_set_at, DROP COLUMN last_sign_in_at`);
  }
}
