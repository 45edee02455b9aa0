import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * The daily signed statement of every case's log head (issue 11, "anchoring"): whoever keeps a statement can
 * later prove that no row up to the stated position has changed since, because the chain must still pass
 * through the stated hash at the stated position. The signed bytes are the RFC 8785 canonical JSON of
 * StatementBody; the signature is Ed25519 over those bytes, in base64.
 */
export const STATEMENT_TYPE = 'remiss-loggintyg';
export const STATEMENT_VERSION = 1;

export interface StatedHead {
  /** caseKeyOf the case's id: the case is named without disclosing ids of cases that are not public. */
  caseKey: string;
  /** The chain's length (the head's position) when the statement was made. */
  rows: number;
  head: string;
}

export interface StatementBody {
  type: typeof STATEMENT_TYPE;
  version: typeof STATEMENT_VERSION;
  /** The Stockholm calendar day the statement is for. */
  day: string;
  /** When the heads were read (ISO 8601 UTC). */
  madeAt: string;
  /** keyIdOf the signing key's public half. */
  keyId: string;
  /** Every case with at least one logged event, in caseKey order. */
  heads: StatedHead[];
}

/** The canonical bytes that are signed. */
export function statementText(body: StatementBody): string {
  return canonicalJson({ ...body, heads: [...body.heads].sort((a, b) => (a.caseKey < b.caseKey ? -1 : a.caseKey > b.caseKey ? 1 : 0)) });
}

/** How a statement names a case: the hex SHA-256 of its id (lowercase UUID text). */
export function caseKeyOf(caseId: string): string {
  return createHash('sha256').update(caseId.toLowerCase(), 'utf8').digest('hex');
}

/** The public key (SPKI PEM) of a PKCS#8 PEM private key. */
export function publicKeyPem(privateKeyPem: string): string {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ format: 'pem', type: 'spki' }).toString();
}

/** A key's id: the hex SHA-256 of its public half's DER (SPKI). */
export function keyIdOf(publicKey: string | KeyObject): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  return createHash('sha256').update(key.export({ format: 'der', type: 'spki' })).digest('hex');
}

export function signStatement(text: string, privateKeyPem: string): string {
  return sign(null, Buffer.from(text, 'utf8'), createPrivateKey(privateKeyPem)).toString('base64');
}

/** Whether `signature` (base64) is the Ed25519 signature of `text` by the key (SPKI PEM). */
export function verifyStatementSignature(text: string, signature: string, publicKey: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), createPublicKey(publicKey), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
