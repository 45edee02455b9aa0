import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** The claims of a person at the provider (the login typed in its form is the `sub`). */
export interface OidcPerson {
  email: string;
  name: string;
  groups: string[];
  email_verified?: boolean;
}

export interface OidcProviderOptions {
  /** the loopback address it listens on and names itself by, e.g. 127.0.0.1 */
  host: string;
  /** 0: a free port */
  port: number;
  clientId: string;
  /** none: a public client (PKCE only) */
  clientSecret?: string;
  redirectUri: string;
  people: Map<string, OidcPerson>;
}

/** The little of oidc-provider's request context the consent-free grant uses (the package has no types). */
interface GrantContext {
  oidc: {
    result?: { consent?: { grantId?: string } };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    client: { clientId: string };
    provider: { Grant: { new (init: { clientId: string; accountId: string }): Grant; find(id: string): Promise<Grant | undefined> } };
  };
}
interface Grant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<unknown>;
}

export interface RunningOidcProvider {
  issuer: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`, a development dependency) for the demonstration and the
 * tests: one client, PKCE required, the library's development login form (any password), no consent screen
 * (a first-party client), and the person's e-mail, name and `groups` in the ID token.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  // Its warnings about development keys, storage and login forms are what a demonstration provider is made of.
  const quiet = (write: (...args: unknown[]) => void) => (...args: unknown[]) => (String(args[0]).startsWith('oidc-provider ') ? undefined : write(...args));
  console.warn = quiet(console.warn.bind(console));
  console.info = quiet(console.info.bind(console));
  // ESM-only: Node loads it with require(); Jest gets it compiled to CommonJS (jest.config.js).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const imported = require('oidc-provider');
  const Provider = imported.default ?? imported.Provider ?? imported;
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const issuer = `http://${options.host}:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        ...(options.clientSecret ? { client_secret: options.clientSecret } : { token_endpoint_auth_method: 'none' }),
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    conformIdTokenClaims: false,
    cookies: { keys: ['remiss-demo-provider-cookie-key'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, sub: string) {
      const person = options.people.get(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: async () => ({ sub, email_verified: true, ...person }) };
    },
    async loadExistingGrant(ctx: GrantContext) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      grant.addOIDCClaims(['email', 'email_verified', 'name', 'groups']);
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
