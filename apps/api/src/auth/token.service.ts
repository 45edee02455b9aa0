import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { isUuid } from '@remiss/domain';
import * as jwt from 'jsonwebtoken';
import { createSecretKey, KeyObject, randomUUID } from 'node:crypto';

/** What a valid token says: whose it is, its own id (for sign-out), when it was issued and when it expires. */
export interface VerifiedToken {
  userId: string;
  jti: string;
  /** From `iat`, to the millisecond (signed so): a password reset refuses every token issued before it. */
  issuedAt: Date;
  expiresAt: Date;
}

const ISSUER = 'remiss';
/** Tolerated clock difference between API replicas, in seconds. */
const CLOCK_TOLERANCE = 30;

/** One KeyObject per secret: jsonwebtoken otherwise builds a key from the string on every call. */
const keys = new Map<string, KeyObject>();
function keyFor(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  sign(userId: string, options: { audience?: string; ttlSeconds?: number } = {}): string {
    return signToken(this.config, userId, options);
  }

  /**
   * The token's claims, or null unless it is HS256 from this issuer with a `jti`, an `iat` that is
   * not in the future, and an `exp` no further than the configured lifetime after `iat`.
   * API tokens have no audience; a token with one (the queue dashboard's) is only valid for it.
   */
  verify(token: string, options: { audience?: string; ttlSeconds?: number } = {}): VerifiedToken | null {
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, keyFor(this.config.jwtSecret), {
        algorithms: ['HS256'],
        issuer: ISSUER,
        clockTolerance: CLOCK_TOLERANCE,
        ...(options.audience ? { audience: options.audience } : {}),
      });
    } catch {
      return null;
    }
    if (typeof payload !== 'object' || !isUuid(payload.sub) || !isUuid(payload.jti)) return null;
    if (!options.audience && payload.aud !== undefined) return null;
    const { iat, exp } = payload;
    if (typeof iat !== 'number' || typeof exp !== 'number') return null;
    const ttl = options.ttlSeconds ?? this.config.jwtTtlSeconds;
    if (exp - iat > ttl || iat > Date.now() / 1000 + CLOCK_TOLERANCE) return null;
    return { userId: payload.sub, jti: payload.jti, issuedAt: new Date(iat * 1000), expiresAt: new Date(exp * 1000) };
  }
}

export function signToken(config: AppConfig, userId: string, options: { audience?: string; ttlSeconds?: number } = {}): string {
  // iat to the millisecond (a NumericDate may have a fraction), so that a token issued right after a password
  // reset is told from one issued right before it within the same second.
  return jwt.sign({ iat: Date.now() / 1000 }, keyFor(config.jwtSecret), {
    algorithm: 'HS256',
    subject: userId,
    issuer: ISSUER,
    jwtid: randomUUID(),
    expiresIn: options.ttlSeconds ?? config.jwtTtlSeconds,
    ...(options.audience ? { audience: options.audience } : {}),
  });
}
