/**
 * `DEMO_OIDC=true npm start`: a local OpenID Connect provider for demonstrating single sign-on, started by the
 * launcher beside the API. The API seeds "Demo-inloggning Ekerö" for it (DEMO_OIDC_ISSUER). Sign in with one of
 * the logins below (any password).
 */
import { OidcPerson, startOidcProvider } from './oidc-provider';

export const DEMO_OIDC_CLIENT_ID = 'remiss-demo';

/** Logins of the demonstration provider: new people of Ekerö (made at their first sign-in) and two who are refused. */
export const DEMO_OIDC_PEOPLE: Array<[login: string, person: OidcPerson, what: string]> = [
  ['sara', { email: 'sara.svensson@ekero.example.se', name: 'Sara Svensson', groups: ['remiss-handlaggare'] }, 'handläggare i Ekerö'],
  ['olle', { email: 'olle.olsson@ekero.example.se', name: 'Olle Olsson', groups: ['remiss-namndsekreterare'] }, 'nämndsekreterare i Ekerö'],
  ['karin', { email: 'karin.karlsson@ekero.example.se', name: 'Karin Karlsson', groups: ['remiss-kansli'] }, 'kansli i Ekerö'],
  ['per', { email: 'per.persson@ekero.example.se', name: 'Per Persson', groups: ['alla-anstallda'] }, 'nekas: ingen grupp som ger en roll'],
  ['eva', { email: 'eva@example.com', name: 'Eva Ek', groups: ['remiss-handlaggare'] }, 'nekas: e-postdomänen får inte logga in'],
];

async function main(): Promise<void> {
  const issuer = new URL(process.env.DEMO_OIDC_ISSUER ?? 'http://127.0.0.1:3001');
  const publicUrl = (process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  const running = await startOidcProvider({
    host: issuer.hostname,
    port: Number(issuer.port || 80),
    clientId: DEMO_OIDC_CLIENT_ID,
    redirectUri: `${publicUrl}/auth/oidc/callback`,
    people: new Map(DEMO_OIDC_PEOPLE.map(([login, person]) => [login, person])),
  });
  process.stdout.write(`Demoinloggning på ${running.issuer}; logga in med ${DEMO_OIDC_PEOPLE.map(([login, , what]) => `${login} (${what})`).join(', ')} och valfritt lösenord\n`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`Demoinloggningen kunde inte starta: ${error.message}\n`);
    process.exit(1);
  });
}
