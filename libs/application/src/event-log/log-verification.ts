import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ChainMismatch, ChainVerifier, Clock, ForbiddenError, formatSwedishDateTime, StoredChainRow } from '@remiss/domain';
import { eventLabel } from '@remiss/workflows';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { loadCase } from '../cases/case-access';
import { CLOCK } from '../core/tokens';

/** Rows read per query while a chain is recomputed. */
const BATCH = 2000;

export interface CaseLogHead {
  /** The hash of the case's last event-log row (GENESIS_HASH before the first). */
  head: string;
  /** Rows in the chain (the last position). */
  rows: number;
}

/** The case's head as its writers keep it on the case row (one indexed read, no hashing). */
export async function caseLogHead(manager: EntityManager | DataSource, caseId: string): Promise<CaseLogHead | null> {
  const rows: Array<{ log_head: string; log_seq: number }> = await manager.query(`SELECT log_head, log_seq FROM cases WHERE id = $1`, [caseId]);
  return rows[0] ? { head: rows[0].log_head, rows: rows[0].log_seq } : null;
}

/** What did not match, in words. */
const MISMATCH_TEXT: Record<ChainMismatch | 'slut', string> = {
  innehåll: 'raden har ändrats: dess innehåll ger inte dess kontrollsumma',
  position: 'raden står på fel plats i kedjan: en rad före den saknas eller har flyttats',
  'föregående kontrollsumma': 'raden pekar inte på raden före: en rad före den har ändrats, tagits bort eller flyttats',
  slut: 'rader saknas i slutet: loggen är kortare än ärendets kontrollsumma anger',
};

export interface LogMismatch {
  /** The place in the chain where the first bad row is (or should be). */
  position: number;
  /** The stored row's id and event (null when rows are missing at the end). */
  rowId: string | null;
  event: string | null;
  eventText: string | null;
  at: string | null;
  atText: string | null;
  mismatch: string[];
  message: string;
}

export interface LogVerification {
  caseId: string;
  ok: boolean;
  /** Rows in the log, and how many matched before the first bad one. */
  rows: number;
  verifiedRows: number;
  /** The head the case row holds (Loggens kontrollsumma), and the one recomputed from the rows that matched. */
  head: string;
  computedHead: string;
  firstMismatch: LogMismatch | null;
  message: string;
  verifiedAt: string;
}

interface StoredRow {
  id: string;
  case_id: string;
  recipient_id: string | null;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  at: Date;
  sub_ms: boolean;
  event: string;
  payload: unknown;
  state_before: string | null;
  state_after: string | null;
  seq: number;
  hash: string;
  prev_hash: string;
}

function chainRow(row: StoredRow): StoredChainRow {
  return {
    caseId: row.case_id,
    recipientId: row.recipient_id,
    actorUserId: row.actor_user_id,
    actorOrganisationId: row.actor_organisation_id,
    // the canonical form has milliseconds; a finer time was not written by the application
    at: row.sub_ms ? 'invalid' : row.at,
    event: row.event,
    payload: row.payload,
    stateBefore: row.state_before,
    stateAfter: row.state_after,
    position: row.seq,
    previousHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Recomputes a case's hash chain (the rule: @remiss/domain event-log/chain.ts) from its stored rows in position
 * order, in one snapshot, and checks that it ends at the head the case row holds; names the first row that
 * does not match.
 */
export async function verifyCaseLog(manager: EntityManager, caseId: string, now: Date): Promise<LogVerification> {
  const head = await caseLogHead(manager, caseId);
  if (!head) throw new Error(`No case ${caseId}.`);
  const verifier = new ChainVerifier();
  const [{ n: total }]: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM event_log WHERE case_id = $1`, [caseId]);
  let bad: StoredRow | undefined;
  let badKinds: ChainMismatch[] = [];
  let after = -2147483648;
  for (;;) {
    const rows: StoredRow[] = await manager.query(
      `SELECT id::text, case_id, recipient_id, actor_user_id, actor_organisation_id, at, extract(microseconds FROM at)::bigint % 1000 <> 0 AS sub_ms,
              event, payload, state_before, state_after, seq, hash, prev_hash
         FROM event_log WHERE case_id = $1 AND seq > $2 ORDER BY seq LIMIT ${BATCH}`,
      [caseId, after],
    );
    for (const row of rows) {
      let stored: StoredChainRow;
      try {
        stored = chainRow(row);
        if (verifier.push(stored)) continue;
      } catch {
        // a time or payload that has no canonical form was not written by the application
        bad = row;
        badKinds = ['innehåll'];
        break;
      }
      bad = row;
      badKinds = verifier.result().firstMismatch?.mismatch ?? [];
      break;
    }
    if (bad || rows.length < BATCH) break;
    after = rows[rows.length - 1].seq;
  }
  const checked = verifier.result();
  const base = { caseId, rows: total, verifiedRows: checked.rows, head: head.head, computedHead: checked.head, verifiedAt: now.toISOString() };
  if (bad) {
    const position = checked.rows + 1;
    const mismatch = badKinds.map((k) => MISMATCH_TEXT[k]);
    const atText = formatSwedishDateTime(bad.at);
    const message = `Rad ${position} i loggen (${eventLabel(bad.event)}, ${atText}) stämmer inte: ${mismatch.join('; ')}.`;
    return {
      ...base,
      ok: false,
      firstMismatch: { position, rowId: bad.id, event: bad.event, eventText: eventLabel(bad.event), at: bad.at.toISOString(), atText, mismatch, message },
      message,
    };
  }
  if (checked.rows !== head.rows || checked.head !== head.head) {
    const position = checked.rows + 1;
    const message = `Loggen stämmer inte från rad ${position}: ${MISMATCH_TEXT.slut} (${head.rows} rader).`;
    return {
      ...base,
      ok: false,
      firstMismatch: { position, rowId: null, event: null, eventText: null, at: null, atText: null, mismatch: [MISMATCH_TEXT.slut], message },
      message,
    };
  }
  return { ...base, ok: true, firstMismatch: null, message: `Loggen stämmer: ${checked.rows} rader, kontrollsumman räknad från första raden.` };
}

/** GET /cases/:id/log/verify: the case's own organisation's secretariat and administrators. */
@Injectable()
export class LogVerificationQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  verify(actor: Actor, caseId: string): Promise<LogVerification> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const c = await loadCase(m, actor, caseId, 'read');
      if (actor.role !== 'system' && (actor.organisationId !== c.organisation_id || !['secretariat', 'admin'].includes(actor.role))) {
        throw new ForbiddenError('Bara ärendets egen organisations kansli eller administratör kan kontrollera loggen.');
      }
      return verifyCaseLog(m, c.id, this.clock.now());
    });
  }
}
