import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dispatchSubscription } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '../periodic-task';
import { OutboxRelayService } from '../relay/outbox-relay.service';

/**
 * Tails the event log for every active webhook subscription (each from its own cursor in PostgreSQL) every
 * WEBHOOK_POLL_MS: new events become delivery rows with jobs in the outbox, which the relay moves to BullMQ.
 * Any number of workers may run it at once (a subscription being stepped elsewhere is skipped).
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly loop: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly relay: OutboxRelayService,
  ) {
    this.loop = new PeriodicTask(
      () => this.dispatchAll().catch((error: Error) => this.logger.error(`Kunde inte fördela händelser till webhooks: ${error.message}`)),
      config.webhooks.pollMs,
    );
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
