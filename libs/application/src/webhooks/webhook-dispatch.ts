import { QueueName } from '@remiss/queue';
import { DataSource } from 'typeorm';
import { readFeed } from '../events/event-feed';

/** How many events one subscription gets per dispatch step. */
export const DISPATCH_BATCH = 500;

/**
 * One step of a subscription's tail of the log, in one transaction: its feed after its cursor (what its
 * organisation may see, of its types), a delivery row per event (unique per subscription and event, so a step
 * run twice adds nothing) with a job through the outbox, and the cursor moved on. No command's transaction is
 * involved; a subscription being stepped by another worker is skipped (SKIP LOCKED). Returns whether more follow.
 */
export async function dispatchSubscription(dataSource: DataSource, subscriptionId: string): Promise<{ created: number; more: boolean }> {
  return dataSource.transaction(async (m) => {
    const [sub]: Array<{ organisation_id: string; types: string[]; cursor_tx: string; cursor_id: string }> = await m.query(
      `SELECT organisation_id, types, cursor_tx::text AS cursor_tx, cursor_id::text AS cursor_id FROM webhook_subscriptions
        WHERE id = $1 AND active FOR UPDATE SKIP LOCKED`,
      [subscriptionId],
    );
    if (!sub) return { created: 0, more: false };
    const read = await readFeed(m, sub.organisation_id, { tx: sub.cursor_tx, id: sub.cursor_id }, DISPATCH_BATCH, sub.types);
    let created = 0;
    if (read.events.length > 0) {
      const [{ n }] = await m.query(
        `WITH added AS (
           INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, case_id, body, created_at)
           SELECT $1, e.id::bigint, e.type, e.case_id::uuid, e.body, app_now() FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS e(id, type, case_id, body, n)
            ORDER BY e.n
           ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id, round),
         queued AS (
           INSERT INTO outbox (queue, name, job_id, payload)
           SELECT '${QueueName.Webhooks}', 'deliver-webhook', 'webhook.' || a.id || '.' || a.round, json_build_object('deliveryId', a.id, 'round', a.round)::jsonb FROM added a
           RETURNING 1)
         SELECT count(*)::int AS n FROM queued`,
        [
          subscriptionId,
          read.events.map((e) => e.id),
          read.events.map((e) => e.type),
          read.events.map((e) => e.source.slice('/cases/'.length)),
          read.events.map((e) => JSON.stringify(e)),
        ],
      );
      created = n;
    }
    await m.query(`UPDATE webhook_subscriptions SET cursor_tx = $2::xid8, cursor_id = $3 WHERE id = $1`, [subscriptionId, read.next.tx, read.next.id]);
    return { created, more: read.more };
  });
}
