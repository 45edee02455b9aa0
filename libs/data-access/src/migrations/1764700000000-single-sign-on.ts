import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on and the sign-in audit:
 * - identity_providers: OpenID Connect providers per organisation (the client secret encrypted with a key
 *   derived from JWT_SECRET), the e-mail domains they may sign in, and the claim value → role mapping;
 * - user_identities: which provider account (issuer's `sub`) is which user, so a changed e-mail keeps the user;
 * - oidc_logins: sign-ins under way (state, PKCE verifier, nonce, return path), each used once;
 * - sign_ins: every password and OpenID Connect sign-in, successful or refused, with the client address.
 */
export class SingleSignOn1764700000000 implements MigrationInterface {
  name = 'SingleSignOn1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identity_providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        display_name text NOT NULL,
        issuer_url text NOT NULL,
        client_id text NOT NULL,
        client_secret_sealed text,
        allowed_domains text[] NOT NULL,
        role_claim text NOT NULL,
        role_mapping jsonb NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT app_now(),
        updated_at timestamptz NOT NULL DEFAULT app_now()
      )`);
    await q.query(`CREATE INDEX identity_providers_organisation_idx ON identity_providers (organisation_id)`);
    await q.query(`
      CREATE TABLE user_identities (
        provider_id uuid NOT NULL REFERENCES identity_providers(id) ON DELETE CASCADE,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT app_now(),
        last_sign_in_at timestamptz NOT NULL DEFAULT app_now(),
        PRIMARY KEY (provider_id, subject)
      )`);
    await q.query(`CREATE INDEX user_identities_user_idx ON user_identities (user_id)`);
    await q.query(`
      CREATE TABLE oidc_logins (
        state text PRIMARY KEY,
        provider_id uuid NOT NULL REFERENCES identity_providers(id) ON DELETE CASCADE,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        return_to text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX oidc_logins_expires_idx ON oidc_logins (expires_at)`);
    await q.query(`
      CREATE TABLE sign_ins (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT app_now(),
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        email text,
        organisation_id uuid REFERENCES organisations(id),
        method text NOT NULL CHECK (method IN ('password', 'oidc')),
        provider_id uuid REFERENCES identity_providers(id) ON DELETE SET NULL,
        success boolean NOT NULL,
        reason text,
        client_address text
      )`);
    await q.query(`CREATE INDEX sign_ins_at_idx ON sign_ins (at DESC, id DESC)`);
    await q.query(`CREATE INDEX sign_ins_organisation_at_idx ON sign_ins (organisation_id, at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_ins`);
    await q.query(`DROP TABLE oidc_logins`);
    await q.query(`DROP TABLE user_identities`);
    await q.query(`DROP TABLE identity_providers`);
  }
}
