import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { Clock } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { CLOCK } from '../core/tokens';
import { isRetryableStatus, postWebhook, WebhookRequestError } from './webhook-http';
import { signWebhook } from './webhook-signature';

/** What became of one delivery job's own delivery. */
export type DeliveryOutcome =
  | { kind: 'done' }
  /** An earlier delivery of the subscription is still open, or another worker holds this one: try again at `at`. */
  | { kind: 'wait'; at: number }
  /** The attempt failed and will be retried (the job is retried with backoff). */
  | { kind: 'retry'; reason: string };

/** How many later deliveries of the same subscription one job sends after its own, in order. */
const DRAIN_LIMIT = 200;
/** Polling interval of a delivery waiting for an earlier one. */
const WAIT_MS = 1000;

interface Claimed {
  id: string;
  seq: string;
  subscription_id: string;
  event_id: string;
  body: string;
  tries: number;
  url: string;
  secret: string;
}

/**
 * Sends webhook deliveries. Per subscription in order: a delivery is sent only when every earlier delivery of
 * its subscription is settled (delivered or finally failed), and only by the worker that claimed it (a lease in
 * the row, so two workers never send it at once; a killed worker's claim runs out after the timeout). Every
 * attempt is recorded before the request (outcome `sending`) and settled after it. 2xx: delivered; 408, 429,
 * 5xx, network errors and timeouts: retried with capped exponential backoff until WEBHOOK_MAX_ATTEMPTS, then
 * failed; any other status or a refused target: failed at once. After its own delivery a job sends the
 * subscription's next fresh deliveries in order as well (so a backlog does not wait for each job's turn).
 */
@Injectable()
export class DeliverWebhookUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(deliveryId: string, round: number): Promise<DeliveryOutcome> {
    const claim = await this.claim(deliveryId, round, true);
    if (claim.kind !== 'claimed') return claim.outcome;
    const result = await this.attempt(claim.row);
    if (result.kind === 'retry') return result;
    let last = claim.row;
    for (let i = 0; i < DRAIN_LIMIT; i++) {
      const next = await this.nextFresh(last);
      if (!next) break;
      const c = await this.claim(next.id, next.round, false);
      if (c.kind !== 'claimed') break;
      const r = await this.attempt(c.row);
      if (r.kind === 'retry') break; // its own job retries it
      last = c.row;
    }
    return { kind: 'done' };
  }

  /** Claims a pending delivery of this round whose predecessors are settled; otherwise says why not. */
  private async claim(id: string, round: number, own: boolean): Promise<{ kind: 'claimed'; row: Claimed } | { kind: 'not'; outcome: DeliveryOutcome }> {
    const leaseMs = this.config.webhooks.timeoutMs + 5000;
    const rows: Claimed[] = await this.dataSource.query(
      // (a CTE: TypeORM answers a bare UPDATE with [rows, count])
      `WITH claimed AS (UPDATE webhook_deliveries d SET claimed_until = clock_timestamp() + make_interval(secs => $3::double precision / 1000), tries = d.tries + 1
         FROM webhook_subscriptions s
        WHERE d.id = $1 AND d.round = $2 AND d.status = 'pending' AND s.id = d.subscription_id AND s.active
          AND (d.claimed_until IS NULL OR d.claimed_until < clock_timestamp())
          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.subscription_id = d.subscription_id AND p.status = 'pending' AND p.seq < d.seq)
        RETURNING d.id, d.seq::text AS seq, d.subscription_id, d.event_id::text AS event_id, d.body, d.tries, s.url, s.secret)
       SELECT * FROM claimed`,
      [id, round, leaseMs],
    );
    if (rows[0]) {
      // an attempt left 'sending' was cut off (its worker stopped): say so
      await this.dataSource.query(`UPDATE webhook_attempts SET outcome = 'retry', error = 'Avbröts: arbetsprocessen stoppades under försöket' WHERE delivery_id = $1 AND outcome = 'sending'`, [id]);
      return { kind: 'claimed', row: rows[0] };
    }
    if (!own) return { kind: 'not', outcome: { kind: 'done' } };
    const [why]: Array<{ status: string; round: number; active: boolean; claimed_ms: number | null; blocked: boolean }> = await this.dataSource.query(
      `SELECT d.status, d.round, s.active,
              CASE WHEN d.claimed_until > clock_timestamp() THEN (extract(epoch FROM d.claimed_until - clock_timestamp()) * 1000)::int END AS claimed_ms,
              EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.subscription_id = d.subscription_id AND p.status = 'pending' AND p.seq < d.seq) AS blocked
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = $1`,
      [id],
    );
    // gone (subscription deleted), settled, replayed (a newer round's job has it) or paused (resuming requeues it)
    if (!why || why.status !== 'pending' || why.round !== round || !why.active) return { kind: 'not', outcome: { kind: 'done' } };
    const waitMs = why.claimed_ms !== null ? Math.max(why.claimed_ms, 100) : WAIT_MS;
    return { kind: 'not', outcome: { kind: 'wait', at: Date.now() + waitMs } };
  }

  private async nextFresh(after: Claimed): Promise<{ id: string; round: number } | null> {
    const rows = await this.dataSource.query(
      `SELECT id, round FROM webhook_deliveries WHERE subscription_id = $1 AND status = 'pending' AND seq > $2::bigint ORDER BY seq LIMIT 1`,
      [after.subscription_id, after.seq],
    );
    const row = rows[0] as { id: string; round: number; tries?: number } | undefined;
    return row ?? null;
  }

  private async attempt(d: Claimed): Promise<DeliveryOutcome> {
    const now = this.clock.now();
    const [{ id: attemptId }] = await this.dataSource.query(
      `INSERT INTO webhook_attempts (delivery_id, started_at, outcome) VALUES ($1, $2, 'sending') RETURNING id`,
      [d.id, now],
    );
    // the signature's timestamp is real time: receivers compare it with their own clocks
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': d.event_id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signWebhook(d.secret, d.event_id, timestamp, d.body) };
    let status: number | null = null;
    let error: string | null = null;
    let durationMs = 0;
    let retryable: boolean;
    try {
      const response = await postWebhook(d.url, d.body, headers, { timeoutMs: this.config.webhooks.timeoutMs, policy: this.config.webhooks });
      status = response.statusCode;
      durationMs = response.durationMs;
      retryable = isRetryableStatus(status);
      if (!(status >= 200 && status < 300)) error = `Mottagaren svarade ${status}`;
    } catch (e) {
      const failure = e instanceof WebhookRequestError ? e : new WebhookRequestError(String((e as Error).message), 'NETWORK', 0);
      error = failure.message.slice(0, 500);
      durationMs = failure.durationMs;
      retryable = failure.code !== 'WEBHOOK_PRIVATE_TARGET';
    }
    const delivered = status !== null && status >= 200 && status < 300;
    const final = delivered || !retryable || d.tries >= this.config.webhooks.maxAttempts;
    const outcome = delivered ? 'delivered' : final ? 'failed' : 'retry';
    const nextAt = final ? null : new Date(this.clock.now().getTime() + backoffMs(d.tries, this.config.webhooks));
    await this.dataSource.query(
      `WITH a AS (UPDATE webhook_attempts SET duration_ms = $3, status_code = $4, error = $5, outcome = $6 WHERE id = $2)
       UPDATE webhook_deliveries SET status = CASE WHEN $6 = 'retry' THEN 'pending' ELSE $6 END, last_status_code = $4, last_error = $5,
              next_attempt_at = $7, claimed_until = NULL, settled_at = CASE WHEN $6 = 'retry' THEN NULL ELSE $8::timestamptz END
        WHERE id = $1`,
      [d.id, attemptId, durationMs, status, error, outcome, nextAt, this.clock.now()],
    );
    return outcome === 'retry' ? { kind: 'retry', reason: error ?? 'fel' } : { kind: 'done' };
  }
}

/** Capped exponential backoff: base × 2^(tries − 1), at most max. */
export function backoffMs(tries: number, policy: { retryBaseMs: number; retryMaxMs: number }): number {
  return Math.min(policy.retryMaxMs, policy.retryBaseMs * 2 ** Math.min(30, Math.max(0, tries - 1)));
}
