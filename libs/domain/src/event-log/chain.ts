import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * The hash chain of a case's event log (issue 11): one home for its rule.
 *
 * Each row's hash is the lowercase hex SHA-256 of the UTF-8 bytes of the RFC 8785 canonical JSON of
 *   { actorOrganisationId, actorUserId, at, caseId, event, payload, position, previousHash, recipientId, stateAfter, stateBefore }
 * where ids are lowercase UUID strings or null, `at` is ISO 8601 UTC with milliseconds (`Date#toISOString`),
 * `payload` is the stored JSON object, `position` the row's 1-based place in the case's chain, and
 * `previousHash` the hash of the row before it (GENESIS_HASH for the first). The case's head is the last hash.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  caseId: string;
  recipientId: string | null;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  at: Date | string;
  event: string;
  payload: unknown;
  stateBefore: string | null;
  stateAfter: string | null;
}

export interface ChainLink {
  position: number;
  previousHash: string;
}

/** UUIDs as PostgreSQL prints them (lowercase), whatever case a caller passed. */
function id(value: string | null): string | null {
  return value === null ? null : value.toLowerCase();
}

function isoUtc(at: Date | string): string {
  return (typeof at === 'string' ? new Date(at) : at).toISOString();
}

/** The JSON value that is canonicalised and hashed for one row. */
export function chainedObject(row: ChainedContent, link: ChainLink): Record<string, unknown> {
  return {
    actorOrganisationId: id(row.actorOrganisationId),
    actorUserId: id(row.actorUserId),
    at: isoUtc(row.at),
    caseId: id(row.caseId),
    event: row.event,
    payload: row.payload,
    position: link.position,
    previousHash: link.previousHash,
    recipientId: id(row.recipientId),
    stateAfter: row.stateAfter,
    stateBefore: row.stateBefore,
  };
}

/** The canonical form of one row (the bytes that are hashed). */
export function canonicalRow(row: ChainedContent, link: ChainLink): string {
  return canonicalJson(chainedObject(row, link));
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash a row must have. */
export function rowHash(row: ChainedContent, link: ChainLink): string {
  return sha256Hex(canonicalRow(row, link));
}

/**
 * The canonical form split around its two chain fields, for a writer that learns the position and the previous
 * hash only under the case's lock (in SQL): canonical = prefix + position + ',"previousHash":"' + previousHash + '",' + suffix.
 * The keys are fixed and sort as listed above, so the split is exact (chain.spec.ts checks it against canonicalRow).
 */
export function canonicalParts(row: ChainedContent): { prefix: string; suffix: string } {
  const whole = chainedObject(row, { position: 0, previousHash: '' });
  const before = canonicalJson({
    actorOrganisationId: whole.actorOrganisationId,
    actorUserId: whole.actorUserId,
    at: whole.at,
    caseId: whole.caseId,
    event: whole.event,
    payload: whole.payload,
  });
  const after = canonicalJson({ recipientId: whole.recipientId, stateAfter: whole.stateAfter, stateBefore: whole.stateBefore });
  return { prefix: `${before.slice(0, -1)},"position":`, suffix: after.slice(1) };
}

/** Joins the parts with the chain fields (what the SQL writer computes). */
export function joinCanonicalParts(parts: { prefix: string; suffix: string }, link: ChainLink): string {
  return `${parts.prefix}${link.position},"previousHash":"${link.previousHash}",${parts.suffix}`;
}

export interface StoredChainRow extends ChainedContent, ChainLink {
  hash: string;
}

export type ChainMismatch = 'innehåll' | 'föregående kontrollsumma' | 'position';

export interface ChainCheck {
  ok: boolean;
  /** Rows that matched (before the first bad one). */
  rows: number;
  /** The head recomputed from the rows that matched (GENESIS_HASH for an empty log). */
  head: string;
  firstMismatch?: { index: number; row: StoredChainRow; mismatch: ChainMismatch[] };
}

/**
 * Recomputes a case's chain row by row in position order (push them as they are read): each row's position
 * must be the next one, its previous hash the hash before it, and its hash the hash of its stored content.
 * Stops at the first bad row.
 */
export class ChainVerifier {
  private previous = GENESIS_HASH;
  private count = 0;
  private mismatch?: ChainCheck['firstMismatch'];

  /** False once a row has not matched (further rows are not looked at). */
  push(row: StoredChainRow): boolean {
    if (this.mismatch) return false;
    const problems: ChainMismatch[] = [];
    if (row.position !== this.count + 1) problems.push('position');
    if (row.previousHash !== this.previous) problems.push('föregående kontrollsumma');
    if (rowHash(row, row) !== row.hash) problems.push('innehåll');
    if (problems.length > 0) {
      this.mismatch = { index: this.count, row, mismatch: problems };
      return false;
    }
    this.count += 1;
    this.previous = row.hash;
    return true;
  }

  /** The rows that matched so far, the head they make, and the first bad row. */
  result(): ChainCheck {
    return { ok: !this.mismatch, rows: this.count, head: this.previous, ...(this.mismatch ? { firstMismatch: this.mismatch } : {}) };
  }
}

/** ChainVerifier over a whole array. */
export function checkChain(rows: StoredChainRow[]): ChainCheck {
  const verifier = new ChainVerifier();
  for (const row of rows) if (!verifier.push(row)) break;
  return verifier.result();
}
