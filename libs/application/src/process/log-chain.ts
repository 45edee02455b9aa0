import { canonicalParts, ChainedContent } from '@remiss/domain';

/**
 * How a row joins its case's hash chain in SQL: the one home of the write side of the rule in
 * @remiss/domain's event-log/chain.ts. The case row holds the chain's state (log_seq, the last position;
 * log_head, the last hash; log_prev, the hash before it), and every writer advances it in the same statement
 * as the INSERT INTO event_log: the UPDATE of the case row takes its row lock, so concurrent writers on one
 * case queue behind each other until commit and each sees the committed head (READ COMMITTED re-reads the
 * row after the wait): one linear chain, no gap, no fork, while other cases' rows are not touched.
 * Node canonicalises the row's content (RFC 8785) around the two fields known only under the lock; PostgreSQL
 * joins in the position and the previous hash and takes sha256(), so appending stays one round trip.
 */

/** The columns event_log gets beyond the content (position, hash, previous hash). */
export const CHAIN_COLUMNS = 'seq, hash, prev_hash';
/** What the case row's UPDATE returns for CHAIN_COLUMNS, in that order. */
export const CHAIN_RETURNING = 'log_seq, log_head, log_prev';

/**
 * The SET list that advances a case row's chain by one row; $prefix/$suffix are the parameters holding
 * chainParams(). Every expression reads the old values (SQL UPDATE semantics).
 */
export function chainSet(prefix: string, suffix: string): string {
  return `log_prev = log_head, log_seq = log_seq + 1,
          log_head = encode(sha256(convert_to(${prefix}::text || (log_seq + 1)::text || ',"previousHash":"' || log_head || '",' || ${suffix}::text, 'UTF8')), 'hex')`;
}

/** The canonical form's two halves for a row about to be written, with the payload exactly as stored. */
export function chainParams(content: Omit<ChainedContent, 'payload'> & { payloadJson: string }): [string, string] {
  const { payloadJson, ...rest } = content;
  const parts = canonicalParts({ ...rest, payload: JSON.parse(payloadJson) });
  return [parts.prefix, parts.suffix];
}
