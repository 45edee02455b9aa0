import { OidcPerson, startOidcProvider } from '@remiss/local-services';

/** The claims a test user of the provider has (the login typed in its form is the user's `sub`). */
export type IdpUser = OidcPerson;

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds or changes a user; the next sign-in gets the new claims. */
  setUser(login: string, user: IdpUser): void;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`, libs/local-services/src/oidc-provider.ts, the same as
 * the demonstration's) on a free loopback port: one confidential client for the given redirect URI, PKCE
 * required, its development login form (any password), no consent screen, and the users' e-mail, name and
 * `groups` in the ID token.
 */
export async function startTestIdp(redirectUri: string): Promise<TestIdp> {
  const users = new Map<string, IdpUser>();
  const clientId = 'remiss-test';
  const clientSecret = 'remiss-test-secret-0123456789abcdef';
  const running = await startOidcProvider({ host: '127.0.0.1', port: 0, clientId, clientSecret, redirectUri, people: users });
  return {
    issuer: running.issuer,
    clientId,
    clientSecret,
    setUser: (login, user) => void users.set(login, user),
    close: () => running.close(),
  };
}

/** Cookies per origin (name → value), enough for the two sites of a sign-in. */
export class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  header(url: string): string {
    return [...(this.jars.get(new URL(url).origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  take(url: string, response: Response): void {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
      if (expired || value === '') jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    this.jars.set(origin, jar);
  }

  get(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).origin)?.get(name);
  }

  set(url: string, name: string, value: string): void {
    const origin = new URL(url).origin;
    this.jars.set(origin, (this.jars.get(origin) ?? new Map()).set(name, value));
  }

  delete(url: string, name: string): void {
    this.jars.get(new URL(url).origin)?.delete(name);
  }
}

/** One request with the jar's cookies, redirects not followed. */
export async function jarFetch(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const cookie = jar.header(url);
  const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
  jar.take(url, response);
  return response;
}

/**
 * Plays the browser's part at the provider: follows its redirects from `authorizationUrl`, fills its
 * login form with `login`, and returns the URL it sends the browser back to (the callback), unfollowed.
 */
export async function loginAtIdp(jar: CookieJar, authorizationUrl: string, login: string, callbackPrefix: string): Promise<string> {
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let step = 0; step < 12; step += 1) {
    const response = await jarFetch(jar, url, init);
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url).href;
      if (next.startsWith(callbackPrefix)) return next;
      url = next;
      init = {};
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action) throw new Error(`Leverantören svarade ${response.status} utan formulär: ${html.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const [, name, value] of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields.set(name, value);
    if (/name="login"/.test(html)) {
      fields.set('login', login);
      fields.set('password', 'vilket-som-helst');
    }
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    init = { method: 'POST', body: fields, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('Leverantören skickade aldrig tillbaka webbläsaren');
}
