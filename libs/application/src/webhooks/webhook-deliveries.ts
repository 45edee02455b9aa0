import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid, ValidationError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { denyAsNotFound, requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';
import { loadSubscription, requeuePending, WEBHOOK_ROLES } from './webhook-subscriptions';

export interface WebhookAttemptView {
  startedAt: string;
  durationMs: number | null;
  statusCode: number | null;
  error: string | null;
  /** sending: the attempt was under way when its worker stopped (or is now); retry: it failed and is tried again. */
  outcome: 'sending' | 'delivered' | 'retry' | 'failed';
}

export interface WebhookDeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  caseId: string;
  status: 'pending' | 'delivered' | 'failed';
  tries: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  settledAt: string | null;
  attempts: WebhookAttemptView[];
}

/** How many attempts of a delivery its log row shows (the newest). */
const ATTEMPTS_SHOWN = 50;

const COLUMNS = `d.id, d.event_id::text AS "eventId", d.event_type AS "eventType", d.case_id AS "caseId", d.status, d.tries, d.next_attempt_at AS "nextAttemptAt",
  d.last_status_code AS "lastStatusCode", d.last_error AS "lastError", d.created_at AS "createdAt", d.settled_at AS "settledAt",
  COALESCE((SELECT json_agg(json_build_object('startedAt', a.started_at, 'durationMs', a.duration_ms, 'statusCode', a.status_code, 'error', a.error, 'outcome', a.outcome) ORDER BY a.id)
              FROM (SELECT * FROM webhook_attempts x WHERE x.delivery_id = d.id ORDER BY x.id DESC LIMIT ${ATTEMPTS_SHOWN}) a), '[]'::json) AS attempts`;

/** The delivery log of a subscription (newest first) and replays, for the organisation's administrators and secretariat. */
@Injectable()
export class WebhookDeliveries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, subscriptionId: string, filter: { status?: 'pending' | 'delivered' | 'failed' } & PageRequest): Promise<Page<WebhookDeliveryView>> {
    await loadSubscription(this.dataSource.manager, actor, subscriptionId);
    const key = decodeCursor(filter.cursor, ['bigint']);
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS}, json_build_array(d.seq) AS "_key" FROM webhook_deliveries d
        WHERE d.subscription_id = $1 AND ($2::text IS NULL OR d.status = $2) AND ($3::bigint IS NULL OR d.seq < $3::bigint)
        ORDER BY d.seq DESC LIMIT $4`,
      [subscriptionId, filter.status ?? null, key?.[0] ?? null, filter.limit + 1],
    );
    return toPage(rows.map((r: { _key: [string | number] }) => ({ ...r, _key: [Number(r._key[0])] })), filter.limit);
  }

  /** Sends one delivery again (a new round: its attempts start over; the body and the event id stay the same). */
  async replay(actor: Actor, deliveryId: string): Promise<WebhookDeliveryView> {
    if (!isUuid(deliveryId)) throw ValidationError.field('id', 'måste vara ett UUID', 'VALIDATION.INVALID_ID');
    requireRole(actor, ...WEBHOOK_ROLES);
    return this.dataSource.transaction(async (m) => {
      const rows = await m.query(
        `SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = $1 AND s.organisation_id = $2 AND s.deleted_at IS NULL FOR UPDATE OF d`,
        [deliveryId, actor.organisationId],
      );
      if (rows.length === 0) return denyAsNotFound(m, actor, 'webhook-delivery', 'Leveransen', deliveryId);
      await requeuePending(m, `d.id = $1`, [deliveryId]);
      const [view] = await m.query(`SELECT ${COLUMNS} FROM webhook_deliveries d WHERE d.id = $1`, [deliveryId]);
      return view;
    });
  }

  /** Sends again every delivery of the subscription that finally failed at or after `since`. */
  async replayFailed(actor: Actor, subscriptionId: string, since: Date): Promise<{ replayed: number }> {
    return this.dataSource.transaction(async (m) => {
      await loadSubscription(m, actor, subscriptionId, { lock: true });
      const replayed = await requeuePending(m, `d.subscription_id = $1 AND d.status = 'failed' AND d.settled_at >= $2`, [subscriptionId, since]);
      return { replayed };
    });
  }
}
