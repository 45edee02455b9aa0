import * as jwt from 'jsonwebtoken';
import { TestApp } from './test-app';

/** The signed-in roles the security tests act as (seeded accounts). */
export const ROLE_ACCOUNTS = {
  secretariat: 'kansli@ksl.se',
  admin: 'admin@ksl.se',
  officer: 'handlaggare@ekero.example.se',
  secretary: 'namndsekreterare@ekero.example.se',
} as const;
export type RoleName = keyof typeof ROLE_ACCOUNTS;
export const ROLE_NAMES = Object.keys(ROLE_ACCOUNTS) as RoleName[];

/** Callers without a valid token. */
export const TOKENLESS = ['noToken', 'expiredToken', 'wrongSignature'] as const;
export type TokenlessName = (typeof TOKENLESS)[number];
export type ActorName = RoleName | TokenlessName;

/** The bearer token each actor sends (null: no Authorization header). */
export async function actorTokens(app: TestApp): Promise<Record<ActorName, string | null>> {
  const [secretariat] = await app.ds.query(`SELECT id FROM users WHERE email = $1`, [ROLE_ACCOUNTS.secretariat]);
  const claims = { algorithm: 'HS256' as const, subject: secretariat.id as string, issuer: 'remiss' };
  const now = Math.floor(Date.now() / 1000);
  return {
    secretariat: await app.token(ROLE_ACCOUNTS.secretariat),
    admin: await app.token(ROLE_ACCOUNTS.admin),
    officer: await app.token(ROLE_ACCOUNTS.officer),
    secretary: await app.token(ROLE_ACCOUNTS.secretary),
    noToken: null,
    // right secret and claims, expired an hour ago
    expiredToken: jwt.sign({ iat: now - 7200, exp: now - 3600 }, app.config.jwtSecret, claims),
    // right claims, signed with another secret
    wrongSignature: jwt.sign({}, 'another-secret-0123456789abcdef', { ...claims, expiresIn: 3600 }),
  };
}
