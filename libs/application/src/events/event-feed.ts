import { ValidationError } from '@remiss/domain';
import { EntityManager } from 'typeorm';
import { CloudEvent, FeedRow, toCloudEvent } from './cloud-event';

/** A position in the log: the writing transaction and the row id (the feed's order). */
export interface FeedPosition {
  tx: string;
  id: string;
}

export const FEED_START: FeedPosition = { tx: '0', id: '0' };

/** How many log rows one read looks at, at most: a page of a sparse organisation's feed costs no more than this. */
export const FEED_SCAN_WINDOW = 2000;

const DIGITS = /^\d{1,20}$/;

export function encodeFeedCursor(p: FeedPosition): string {
  return Buffer.from(JSON.stringify([p.tx, p.id]), 'utf8').toString('base64url');
}

/** The position a cursor names (none: the start of the log); a 400 naming `after` for anything else. */
export function decodeFeedCursor(cursor: string | undefined): FeedPosition {
  if (cursor === undefined || cursor === '') return FEED_START;
  const bad = () => ValidationError.field('after', 'är inte en giltig markör (använd nextCursor från föregående svar)', 'VALIDATION.INVALID_CURSOR');
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(key) || key.length !== 2 || !key.every((k) => typeof k === 'string' && DIGITS.test(k)) || BigInt(key[0]) >= 2n ** 63n || BigInt(key[1]) >= 2n ** 63n) throw bad();
  return { tx: key[0], id: key[1] };
}

export interface FeedRead {
  events: CloudEvent[];
  /** Where the next read starts: after the last event returned, or after the last row looked at. */
  next: FeedPosition;
  /** More of the settled log follows (read again at once); false: caught up, poll later. */
  more: boolean;
}

/**
 * Visibility of an event log row `e` (of case `c`, recipient `r`) to organisation $3: the case is its own,
 * the recipient is its own, or the row is a round sent to it (ROUND_SENT of a round it has a recipient in).
 */
const VISIBLE = `(c.organisation_id = $3 OR r.organisation_id = $3
   OR (e.event = 'ROUND_SENT' AND e.recipient_id IS NULL
       AND EXISTS (SELECT 1 FROM recipients x WHERE x.case_id = e.case_id AND x.organisation_id = $3 AND x.round_id::text = e.payload->>'roundId')))`;

/**
 * The settled horizon: the oldest transaction still running in this database (other than the reader's own),
 * or, when none runs, the next transaction id; as xid8. Every row with a smaller `tx` is final: its transaction
 * has ended (a later one gets a larger id). pg_stat_activity gives 32-bit xids: they are widened with the epoch
 * of the snapshot's xmax (a running xid is less than 2^31 behind it, and may be ahead of it: a transaction that
 * got its id after the snapshot; none is ever below the horizon's own floor of 0). Transactions of other databases on
 * the same server do not hold the feed back. It sees the transactions of the app's own database role (every
 * writer of the log); give a role of its own `pg_read_all_stats` if it writes too.
 */
const HORIZON_SQL = `
  WITH snap AS (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax),
  running AS (
    SELECT a.backend_xid::text::bigint AS xid FROM pg_stat_activity a
     WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.backend_xid IS NOT NULL
    UNION ALL
    SELECT p.transaction::text::bigint FROM pg_prepared_xacts p WHERE p.database = current_database())
  SELECT GREATEST(0, LEAST(snap.xmax, min(CASE WHEN ((snap.xmax >> 32) << 32) + r.xid > snap.xmax + 2147483648 THEN ((snap.xmax >> 32) << 32) + r.xid - 4294967296
                                                 ELSE ((snap.xmax >> 32) << 32) + r.xid END)))::text AS horizon
    FROM snap LEFT JOIN running r ON true GROUP BY snap.xmax`;

/**
 * One statement, so that the window and its visible rows come from one snapshot (taken after the horizon was
 * read): the next FEED_SCAN_WINDOW rows after the position below the horizon (that part of the log never
 * changes again), the last position looked at, and the visible rows with what their events show.
 */
const FEED_SQL = `
  WITH scanned AS MATERIALIZED (
    SELECT e.id, e.tx FROM event_log e
     WHERE (e.tx, e.id) > ($1::xid8, $2::bigint) AND e.tx < $5::xid8
     ORDER BY e.tx, e.id LIMIT $4)
  SELECT (SELECT json_build_array(s.tx::text, s.id::text) FROM scanned s ORDER BY s.tx DESC, s.id DESC LIMIT 1) AS last,
         (SELECT count(*)::int FROM scanned) AS scanned,
         (SELECT COALESCE(json_agg(v), '[]'::json) FROM (
            SELECT e.id::text AS id, e.tx::text AS tx, e.at, e.event, e.payload, e.state_before AS "stateBefore", e.state_after AS "stateAfter",
                   e.case_id AS "caseId", c.registry_number AS "registryNumber", c.title AS "caseTitle", (c.organisation_id = $3) AS owner,
                   e.recipient_id AS "recipientId", r.organisation_id AS "recipientOrganisationId", ro.name AS "recipientOrganisationName",
                   r.round_id AS "recipientRoundId", rr.kind AS "recipientRoundKind", u.name AS "actorName", ao.name AS "actorOrganisation",
                   CASE WHEN e.event = 'ROUND_SENT' THEN (SELECT json_build_object('id', x.id, 'kind', x.kind, 'seq', x.seq, 'subject', x.subject, 'deadline', x.deadline)
                                                            FROM rounds x WHERE x.case_id = e.case_id AND x.id::text = e.payload->>'roundId') END AS round,
                   CASE WHEN e.event = 'ROUND_SENT' THEN (SELECT COALESCE(json_agg(x.id ORDER BY x.id), '[]'::json) FROM recipients x
                                                           WHERE x.case_id = e.case_id AND x.organisation_id = $3 AND x.round_id::text = e.payload->>'roundId') END AS "ownRecipientIds"
              FROM scanned s JOIN event_log e ON e.id = s.id JOIN cases c ON c.id = e.case_id
              LEFT JOIN recipients r ON r.id = e.recipient_id LEFT JOIN organisations ro ON ro.id = r.organisation_id LEFT JOIN rounds rr ON rr.id = r.round_id
              LEFT JOIN users u ON u.id = e.actor_user_id LEFT JOIN organisations ao ON ao.id = e.actor_organisation_id
             WHERE ${VISIBLE}) v) AS items`;

const compare = (a: FeedPosition, b: FeedPosition) => {
  const t = BigInt(a.tx) - BigInt(b.tx);
  if (t !== 0n) return t < 0n ? -1 : 1;
  const i = BigInt(a.id) - BigInt(b.id);
  return i === 0n ? 0 : i < 0n ? -1 : 1;
};

/**
 * Reads the organisation's feed after a position: at most `limit` events (of `types`, when given), in log
 * order. Only the settled part of the log is read, so a later read never finds an event before a position
 * already passed: every event comes exactly once to a reader that follows `next`.
 */
export async function readFeed(m: EntityManager, organisationId: string, after: FeedPosition, limit: number, types: string[] = [], window = FEED_SCAN_WINDOW): Promise<FeedRead> {
  const horizon = await settledHorizon(m);
  const [row]: Array<{ last: [string, string] | null; scanned: number; items: FeedRow[] }> = await m.query(FEED_SQL, [after.tx, after.id, organisationId, window, horizon]);
  const wanted = types.length > 0 ? new Set(types) : null;
  const rows = [...row.items].sort((a, b) => compare(a, b));
  const events: CloudEvent[] = [];
  let next: FeedPosition = row.last ? { tx: row.last[0], id: row.last[1] } : after;
  let more = row.scanned >= window;
  for (const r of rows) {
    const event = toCloudEvent(r);
    if (wanted && !wanted.has(event.type)) continue;
    if (events.length === limit) {
      more = true;
      break;
    }
    events.push(event);
    if (events.length === limit) next = { tx: r.tx, id: r.id };
  }
  // a full page stops at its last event; the rest of the window is read again next time
  if (events.length === limit && rows.length > 0 && compare(next, { tx: rows[rows.length - 1].tx, id: rows[rows.length - 1].id }) < 0) more = true;
  return { events, next, more };
}

/** The xid8 below which the log is final (see HORIZON_SQL). */
export async function settledHorizon(m: EntityManager): Promise<string> {
  const [row]: Array<{ horizon: string }> = await m.query(HORIZON_SQL);
  return row.horizon;
}

/** The position of "now": after every settled row (a new subscription starts here). */
export async function feedHead(m: EntityManager): Promise<FeedPosition> {
  return { tx: await settledHorizon(m), id: '0' };
}
