import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LogStatementsService } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { QueueName, RedisLease } from '@remiss/queue';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { PeriodicTask } from '../periodic-task';

export interface LogStatementRun {
  /** False when another replica held the lease (it makes the statement). */
  leader: boolean;
  /** The day's statement, whether this run made it, or null without a signing key. */
  statement: { id: string; created: boolean } | null;
}

/**
 * The daily signed statement of every case's log head (anchoring, README: Verifiable log): at start and every
 * LOG_STATEMENT_INTERVAL_MS the worker makes today's (Stockholm) statement unless it exists. One replica at a
 * time makes it (a Redis lease, like the reconciler's); the table's one-row-per-day key settles a lease that
 * expired mid-run.
 */
@Injectable()
export class LogStatementTask implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Loggintyg');
  private readonly loop: PeriodicTask;
  private readonly lease: RedisLease;

  constructor(
    private readonly statements: LogStatementsService,
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectQueue(QueueName.Maintenance) maintenance: Queue,
  ) {
    this.lease = new RedisLease(async () => (await maintenance.client) as unknown as Redis, maintenance.toKey('log-statement-leader'), 5 * 60_000);
    this.loop = new PeriodicTask(
      () =>
        this.run()
          .then((r) => r.statement?.created && this.logger.log(`Dagens loggintyg ${r.statement.id} är undertecknat`))
          .catch((error: Error) => this.logger.error(`Kunde inte göra dagens loggintyg: ${error.message}`)),
      config.logStatementIntervalMs,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  async run(): Promise<LogStatementRun> {
    const token = await this.lease.tryAcquire();
    if (!token) return { leader: false, statement: null };
    try {
      return { leader: true, statement: await this.statements.makeToday() };
    } finally {
      await this.lease.release(token);
    }
  }
}
