import { GENESIS_HASH, rowHash } from '@remiss/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

const BATCH = 5000;

interface ExistingRow {
  id: string;
  case_id: string;
  recipient_id: string | null;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  at: Date;
  event: string;
  payload: unknown;
  state_before: string | null;
  state_after: string | null;
}

/**
 * The event log as a hash chain per case (issue 11; the rule is @remiss/domain's event-log/chain.ts): each row
 * gets its position in its case's chain (seq), the hash of its canonical content and the previous row's hash;
 * the case row carries the chain's state (log_seq, log_head, log_prev) that every writer advances under the
 * case row's lock. Rows that exist are chained here in the order they were written (id).
 */
export class EventLogChain1764730000000 implements MigrationInterface {
  name = 'EventLogChain1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN log_seq integer NOT NULL DEFAULT 0,
                   ADD COLUMN log_head text NOT NULL DEFAULT '${GENESIS_HASH}', ADD COLUMN log_prev text`);
    await q.query(`ALTER TABLE event_log ADD COLUMN seq integer, ADD COLUMN hash text, ADD COLUMN prev_hash text`);
    // the canonical form carries milliseconds (what the application writes); a finer time would not be covered
    await q.query(`UPDATE event_log SET at = date_trunc('milliseconds', at) WHERE at <> date_trunc('milliseconds', at)`);
    const heads = new Map<string, { seq: number; head: string; prev: string | null }>();
    let after = '0';
    for (;;) {
      const rows: ExistingRow[] = await q.query(
        `SELECT id::text, case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after
           FROM event_log WHERE id > $1::bigint ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      const ids: string[] = [];
      const seqs: number[] = [];
      const hashes: string[] = [];
      const prevs: string[] = [];
      for (const row of rows) {
        const state = heads.get(row.case_id) ?? { seq: 0, head: GENESIS_HASH, prev: null };
        const link = { position: state.seq + 1, previousHash: state.head };
        const hash = rowHash(
          {
            caseId: row.case_id,
            recipientId: row.recipient_id,
            actorUserId: row.actor_user_id,
            actorOrganisationId: row.actor_organisation_id,
            at: row.at,
            event: row.event,
            payload: row.payload,
            stateBefore: row.state_before,
            stateAfter: row.state_after,
          },
          link,
        );
        heads.set(row.case_id, { seq: link.position, head: hash, prev: state.head });
        ids.push(row.id);
        seqs.push(link.position);
        hashes.push(hash);
        prevs.push(link.previousHash);
      }
      await q.query(
        `UPDATE event_log e SET seq = t.seq, hash = t.hash, prev_hash = t.prev
           FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[]) AS t(id, seq, hash, prev) WHERE e.id = t.id`,
        [ids, seqs, hashes, prevs],
      );
      after = rows[rows.length - 1].id;
    }
    const cases = [...heads.entries()];
    for (let i = 0; i < cases.length; i += BATCH) {
      const part = cases.slice(i, i + BATCH);
      await q.query(
        `UPDATE cases c SET log_seq = t.seq, log_head = t.head, log_prev = t.prev
           FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[]) AS t(id, seq, head, prev) WHERE c.id = t.id`,
        [part.map(([id]) => id), part.map(([, s]) => s.seq), part.map(([, s]) => s.head), part.map(([, s]) => s.prev)],
      );
    }
    await q.query(`ALTER TABLE event_log ALTER COLUMN seq SET NOT NULL, ALTER COLUMN hash SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL`);
    // one row per position: a fork cannot be stored, and the chain is read in position order
    await q.query(`CREATE UNIQUE INDEX event_log_chain_idx ON event_log (case_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX event_log_chain_idx`);
    await q.query(`ALTER TABLE event_log DROP COLUMN seq, DROP COLUMN hash, DROP COLUMN prev_hash`);
    await q.query(`ALTER TABLE cases DROP COLUMN log_seq, DROP COLUMN log_head, DROP COLUMN log_prev`);
  }
}
