import { freePort } from '@remiss/testing';
import { CookieJar, jarFetch, loginAtIdp, startTestIdp, TestIdp } from './oidc-idp';
import { startTestApp, TestApp } from './test-app';

export const EKERO_GROUPS = { officer: 'remiss-handlaggare', secretary: 'remiss-namndsekreterare', secretariat: 'remiss-kansli' } as const;

export interface SsoWorld {
  app: TestApp;
  idp: TestIdp;
  /** Ekerö's provider (domain ekero.se, groups → roles) */
  providerId: string;
  close(): Promise<void>;
}

/**
 * The API on a port of its own with PUBLIC_URL at that address (the redirect URI the provider knows),
 * a real OpenID Connect provider, and Ekerö's identity provider entered through the admin API.
 */
export async function startSsoWorld(options: { env?: Record<string, string> } = {}): Promise<SsoWorld> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const app = await startTestApp({ port, now: null, env: { PUBLIC_URL: publicUrl, ...(options.env ?? {}) } });
  const idp = await startTestIdp(`${publicUrl}/auth/oidc/callback`);
  const admin = await app.as('admin@ksl.se');
  const created = await admin.post('/admin/identity-providers', {
    organisationId: await app.organisationId('ekero'),
    displayName: 'Ekerö kommun',
    issuerUrl: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    allowedDomains: ['ekero.se'],
    roleClaim: 'groups',
    roleMapping: [
      { value: EKERO_GROUPS.secretariat, role: 'secretariat' },
      { value: EKERO_GROUPS.secretary, role: 'secretary' },
      { value: EKERO_GROUPS.officer, role: 'officer' },
    ],
  });
  if (created.status !== 201) throw new Error(`Inloggningstjänsten kunde inte läggas till: ${created.status} ${JSON.stringify(created.body)}`);
  return {
    app,
    idp,
    providerId: created.body.id,
    async close() {
      await idp.close();
      await app.close();
    },
  };
}

/** A browser's sign-in over HTTP: start at the API, the provider's login form, back to the callback. */
export async function oidcSignIn(world: SsoWorld, login: string, options: { jar?: CookieJar; returnTo?: string } = {}) {
  const jar = options.jar ?? new CookieJar();
  const base = world.app.baseUrl;
  const start = await jarFetch(jar, `${base}/auth/oidc/${world.providerId}/start${options.returnTo !== undefined ? `?returnTo=${encodeURIComponent(options.returnTo)}` : ''}`);
  if (start.status !== 302) throw new Error(`start gav ${start.status}`);
  const callbackUrl = await loginAtIdp(jar, start.headers.get('location')!, login, `${base}/auth/oidc/callback`);
  const callback = await jarFetch(jar, callbackUrl);
  return { jar, callbackUrl, callback, location: callback.headers.get('location') ?? '' };
}
