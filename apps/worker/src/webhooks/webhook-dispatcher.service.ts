import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dispatchSubscription, requeuePending } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { QueueName } from '@remiss/queue';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '../periodic-task';
import { OutboxRelayService } from '../relay/outbox-relay.service';

/**
 * Tails the event log for every active webhook subscription (each from its own cursor in PostgreSQL) every
 * WEBHOOK_POLL_MS: new events become delivery rows with jobs in the outbox, which the relay moves to BullMQ.
 * Any number of workers may run it at once (a subscription being stepped elsewhere is skipped). Every
 * RECONCILE_INTERVAL_MS it also gives a new job to each subscription's oldest open delivery whose job Redis no
 * longer has (lost with Redis' data) or that ended without settling it: the deliveries after it wait for it.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly loop: PeriodicTask;
  private lastReconcile = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelayService,
    @InjectQueue(QueueName.Webhooks) private readonly queue: Queue,
  ) {
    this.loop = new PeriodicTask(
      () =>
        this.dispatchAll()
          .then(() => (Date.now() - this.lastReconcile >= this.config.reconcileIntervalMs ? this.reconcile() : 0))
          .catch((error: Error) => this.logger.error(`Kunde inte fördela händelser till webhooks: ${error.message}`)),
      config.webhooks.pollMs,
    );
  }

  /** Restores the jobs of stuck head deliveries (see the class); returns how many got a new job. */
  async reconcile(): Promise<number> {
    this.lastReconcile = Date.now();
    const heads: Array<{ id: string; round: number }> = await this.dataSource.query(
      `SELECT h.id, h.round FROM webhook_subscriptions s
         CROSS JOIN LATERAL (SELECT d.id, d.round FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.status = 'pending' ORDER BY d.seq LIMIT 1) h
        WHERE s.active
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.relayed_at IS NULL AND o.job_id = 'webhook.' || h.id || '.' || h.round)`,
    );
    let restored = 0;
    for (const head of heads) {
      const state = await this.queue.getJobState(`webhook.${head.id}.${head.round}`);
      if (state !== 'unknown' && state !== 'completed' && state !== 'failed') continue;
      restored += await this.dataSource.transaction((m) => requeuePending(m, `d.id = $1 AND d.round = $2 AND d.status = 'pending'`, [head.id, head.round]));
    }
    if (restored > 0) {
      this.logger.warn(`Gav ${restored} webhook-leveranser nya jobb (deras jobb saknades i Redis eller hade slutat utan att leverera)`);
      await this.relay.relayAll();
    }
    return restored;
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** One pass over the active subscriptions; returns how many deliveries were created. */
  async dispatchAll(): Promise<number> {
    let created = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM webhook_subscriptions WHERE active AND id > $1 ORDER BY id LIMIT 500`, [after]);
      for (const { id } of rows) {
        for (let step = 0; step < 20 && !this.loop.isStopped; step++) {
          const r = await dispatchSubscription(this.dataSource, id);
          created += r.created;
          if (!r.more) break;
        }
      }
      if (rows.length < 500) break;
      after = rows[rows.length - 1].id;
    }
    if (created > 0) await this.relay.relayAll();
    return created;
  }
}
