import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { claimAt, emailDomain, isAllowedDomain, NotFoundError, Role, roleFromClaims } from '@remiss/domain';
import * as oidc from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import { SignInAudit, SignInFailure } from '../auth/sign-in-audit';
import { isLoopbackIssuer } from './identity-provider.schemas';
import { IdentityProviderForSignIn, IdentityProviderStore, OIDC_CALLBACK_PATH } from './identity-provider.store';

/** How long a sign-in may stay at the provider before its state is forgotten. */
export const OIDC_LOGIN_TTL_SECONDS = 600;
/** Longest wait for a provider's discovery document, keys, token and userinfo answers. */
const PROVIDER_TIMEOUT_SECONDS = 5;

export type SignInOutcome = { ok: true; userId: string; returnTo: string } | { ok: false; reason: SignInFailure };

/** What the provider's claims and the mapping decide about a person. */
interface Person {
  subject: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * OpenID Connect sign-in, authorization code flow with PKCE (S256), state and nonce, all through
 * openid-client (discovery, the authorization URL, the code exchange and the ID token's signature,
 * issuer, audience, expiry and nonce). The state, verifier and nonce of a sign-in under way are a row
 * in `oidc_logins`, taken (deleted) by the callback, so a callback works once: a replayed or forged
 * one finds no row (or a state other than the browser's own cookie) and is refused.
 *
 * Users are made on their first sign-in (just in time) in the provider's organisation, with the role
 * the mapping gives, and their name and role are updated on every sign-in.
 */
@Injectable()
export class OidcSignIn {
  private readonly logger = new Logger('Inloggning');
  /** Discovered configurations per provider and version (a changed provider is discovered again). */
  private readonly configurations = new Map<string, { version: number; configuration: Promise<oidc.Configuration> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly providers: IdentityProviderStore,
    private readonly audit: SignInAudit,
  ) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}${OIDC_CALLBACK_PATH}`;
  }

  /** The provider's authorization URL and the state to bind to the browser, or why not. */
  async start(providerId: string, returnTo: string, clientAddress: string): Promise<{ ok: true; url: string; state: string } | { ok: false; reason: SignInFailure }> {
    const provider = await this.providers.forSignIn(providerId);
    if (!provider || !provider.enabled) throw new NotFoundError('Inloggningstjänsten', providerId);
    const configuration = await this.configurationOf(provider).catch((error: Error) => {
      this.logger.warn(`Inloggningstjänsten ${provider.displayName} (${provider.issuerUrl}) svarar inte: ${error.message}`);
      return null;
    });
    if (!configuration) {
      await this.audit.record({ method: 'oidc', success: false, reason: 'provider-unavailable', providerId, organisationId: provider.organisationId, clientAddress });
      return { ok: false, reason: 'provider-unavailable' };
    }
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await this.dataSource.query(`DELETE FROM oidc_logins WHERE expires_at < app_now()`);
    await this.dataSource.query(
      `INSERT INTO oidc_logins (state, provider_id, code_verifier, nonce, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, app_now() + make_interval(secs => $6))`,
      [state, provider.id, verifier, nonce, returnTo, OIDC_LOGIN_TTL_SECONDS],
    );
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { ok: true, url: url.href, state };
  }

  /**
   * The provider's answer: `query` is the callback's query string, `browserState` the state cookie
   * the start set in this browser. Never throws for anything the request carries.
   */
  async callback(query: string, browserState: string | undefined, clientAddress: string): Promise<SignInOutcome> {
    const params = new URLSearchParams(query);
    const state = params.get('state');
    if (!state || !browserState || state !== browserState || state.length > 200) return this.refuse('callback-invalid', clientAddress);
    const taken: Array<{ providerId: string; verifier: string; nonce: string; returnTo: string }> = await this.dataSource.query(
      `WITH taken AS (DELETE FROM oidc_logins WHERE state = $1 AND expires_at >= app_now() RETURNING *)
       SELECT provider_id AS "providerId", code_verifier AS verifier, nonce, return_to AS "returnTo" FROM taken`,
      [state],
    );
    const login = taken[0];
    if (!login) return this.refuse('callback-invalid', clientAddress);
    const provider = await this.providers.forSignIn(login.providerId);
    if (!provider || !provider.enabled) return this.refuse('provider-unavailable', clientAddress, { providerId: login.providerId });
    const refuse = (reason: SignInFailure, email?: string) => this.refuse(reason, clientAddress, { providerId: provider.id, organisationId: provider.organisationId, email });
    if (params.has('error')) return refuse('provider-refused');
    let configuration: oidc.Configuration;
    try {
      configuration = await this.configurationOf(provider);
    } catch {
      return refuse('provider-unavailable');
    }
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, new URL(`${this.redirectUri}?${params.toString()}`), {
        pkceCodeVerifier: login.verifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      claims = { ...(tokens.claims() ?? {}) } as Record<string, unknown>;
      // Some providers put the profile (and the groups) only in userinfo.
      const needsMore = claimAt(claims, provider.roleClaim) === undefined || typeof claims.email !== 'string';
      if (needsMore && configuration.serverMetadata().userinfo_endpoint && tokens.access_token) {
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, String(claims.sub));
        claims = { ...info, ...claims, ...(claimAt(claims, provider.roleClaim) === undefined ? { [provider.roleClaim]: claimAt(info, provider.roleClaim) } : {}) };
      }
    } catch (error) {
      const network = error instanceof TypeError || (error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError';
      this.logger.warn(`Inloggning via ${provider.displayName} avvisad: ${(error as Error).message}`);
      return refuse(network ? 'provider-unavailable' : 'callback-invalid');
    }
    const person = this.personOf(provider, claims);
    if ('reason' in person) return refuse(person.reason, person.email);
    const result = await this.dataSource.transaction((m) => this.provision(m, provider, person));
    if ('reason' in result) return refuse(result.reason, person.email);
    await this.audit.record({ method: 'oidc', success: true, userId: result.userId, email: person.email, organisationId: provider.organisationId, providerId: provider.id, clientAddress });
    return { ok: true, userId: result.userId, returnTo: login.returnTo };
  }

  private personOf(provider: IdentityProviderForSignIn, claims: Record<string, unknown>): Person | { reason: SignInFailure; email?: string } {
    const username = typeof claims.preferred_username === 'string' && emailDomain(claims.preferred_username) ? claims.preferred_username : undefined;
    const email = (typeof claims.email === 'string' && emailDomain(claims.email) ? claims.email : username)?.trim().toLowerCase();
    if (!email || claims.email_verified === false || email.length > 254) return { reason: 'no-email' };
    if (!isAllowedDomain(email, provider.allowedDomains)) return { reason: 'domain-not-allowed', email };
    const role = roleFromClaims(claims, provider.roleClaim, provider.roleMapping);
    if (!role) return { reason: 'no-role', email };
    const given = [claims.given_name, claims.family_name].filter((p) => typeof p === 'string' && p.trim()).join(' ');
    const name = (typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : given || email).slice(0, 200);
    return { subject: String(claims.sub), email, name, role };
  }

  /** Finds the user by the provider's subject, else by e-mail in the provider's organisation, else makes one; updates name and role. */
  private async provision(m: EntityManager, provider: IdentityProviderForSignIn, person: Person): Promise<{ userId: string } | { reason: SignInFailure }> {
    const linked: Array<{ userId: string; organisationId: string }> = await m.query(
      `SELECT u.id AS "userId", u.organisation_id AS "organisationId" FROM user_identities i JOIN users u ON u.id = i.user_id
        WHERE i.provider_id = $1 AND i.subject = $2 FOR UPDATE OF u`,
      [provider.id, person.subject],
    );
    let user = linked[0];
    if (!user) {
      await m.query(`INSERT INTO users (organisation_id, name, email, role) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING`, [
        provider.organisationId,
        person.name,
        person.email,
        person.role,
      ]);
      const byEmail: Array<{ userId: string; organisationId: string }> = await m.query(
        `SELECT id AS "userId", organisation_id AS "organisationId" FROM users WHERE lower(email) = $1 FOR UPDATE`,
        [person.email],
      );
      user = byEmail[0];
      if (!user || user.organisationId !== provider.organisationId) return { reason: 'other-organisation' };
      await m.query(`INSERT INTO user_identities (provider_id, subject, user_id) VALUES ($1, $2, $3) ON CONFLICT (provider_id, subject) DO NOTHING`, [
        provider.id,
        person.subject,
        user.userId,
      ]);
    }
    if (user.organisationId !== provider.organisationId) return { reason: 'other-organisation' };
    // An account its administrator has deactivated stays out, whatever the provider says.
    const [{ deactivated }]: Array<{ deactivated: boolean }> = await m.query(`SELECT deactivated_at IS NOT NULL AS deactivated FROM users WHERE id = $1`, [user.userId]);
    if (deactivated) return { reason: 'deactivated' };
    await m.query(`UPDATE users SET name = $2, role = $3, last_sign_in_at = app_now() WHERE id = $1`, [user.userId, person.name, person.role]);
    await m.query(`UPDATE user_identities SET last_sign_in_at = app_now() WHERE provider_id = $1 AND subject = $2`, [provider.id, person.subject]);
    return { userId: user.userId };
  }

  private async refuse(reason: SignInFailure, clientAddress: string, extra: { providerId?: string; organisationId?: string; email?: string } = {}): Promise<SignInOutcome> {
    await this.audit.record({ method: 'oidc', success: false, reason, clientAddress, ...extra });
    return { ok: false, reason };
  }

  private configurationOf(provider: IdentityProviderForSignIn): Promise<oidc.Configuration> {
    const version = provider.updatedAt.getTime();
    const cached = this.configurations.get(provider.id);
    if (cached && cached.version === version) return cached.configuration;
    const configuration = oidc.discovery(
      new URL(provider.issuerUrl),
      provider.clientId,
      provider.clientSecret ?? { token_endpoint_auth_method: 'none' },
      provider.clientSecret ? undefined : oidc.None(),
      { timeout: PROVIDER_TIMEOUT_SECONDS, execute: isLoopbackIssuer(provider.issuerUrl) ? [oidc.allowInsecureRequests] : [] },
    );
    this.configurations.set(provider.id, { version, configuration });
    // A failed discovery is tried again next time (the provider may be back).
    configuration.catch(() => {
      if (this.configurations.get(provider.id)?.configuration === configuration) this.configurations.delete(provider.id);
    });
    return configuration;
  }
}
