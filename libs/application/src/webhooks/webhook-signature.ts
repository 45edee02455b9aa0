import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '@remiss/domain';

/**
 * Signatures as the Standard Webhooks specification has them: the secret is `whsec_` + base64 of the key;
 * `webhook-signature` is `v1,` + base64(HMAC-SHA256(key, `${webhook-id}.${webhook-timestamp}.${body}`)).
 */
const PREFIX = 'whsec_';

export function generateWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

/** A given secret must be `whsec_` + base64 of 24 to 64 bytes (400 naming `secret`). */
export function checkWebhookSecret(secret: string): string {
  const key = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : '';
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(key) ? Buffer.from(key, 'base64') : Buffer.alloc(0);
  if (bytes.length < 24 || bytes.length > 64) {
    throw ValidationError.field('secret', 'måste vara whsec_ följt av 24–64 slumpmässiga byte i base64 (utelämna för att få en genererad)', 'WEBHOOK.SECRET_INVALID');
  }
  return secret;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
}

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** Verifies a `webhook-signature` header (any of its space-separated signatures) in constant time. */
export function verifyWebhook(secret: string, id: string, timestamp: number, body: string, header: string): boolean {
  const expected = Buffer.from(signWebhook(secret, id, timestamp, body));
  return header.split(' ').some((candidate) => {
    const got = Buffer.from(candidate);
    return got.length === expected.length && timingSafeEqual(got, expected);
  });
}
