import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { Clock } from '@remiss/domain';
import { QueueName } from '@remiss/queue';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '../periodic-task';
import { RETRY_BACKOFF_TYPE } from '../processors/worker-options';

interface OutboxRow {
  id: string;
  queue: QueueName;
  name: string;
  job_id: string;
  payload: object;
  deliver_at: Date | null;
}

/**
 * Retries: practically unbounded in count, because the workers' backoff strategy (RETRY_BACKOFF_TYPE) decides:
 * an outage is retried with capped backoff for as long as it lasts, other causes stop after a few attempts.
 */
export const JOB_ATTEMPTS = 100_000;

const KEEP = { removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 }, removeOnFail: { age: 30 * 24 * 3600 } };

/**
 * Moves committed outbox rows into BullMQ. A row is marked relayed only in
 * the same transaction that enqueued it; if Redis fails the row stays and is
 * tried again, and a repeated add is harmless because job ids are deterministic.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Utkorg');
  private readonly queues: Map<QueueName, Queue>;
  private readonly loop: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectQueue(QueueName.Mail) mail: Queue,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
    @InjectQueue(QueueName.Deadlines) deadlines: Queue,
    @InjectQueue(QueueName.Maintenance) maintenance: Queue,
    @InjectQueue(QueueName.Webhooks) webhooks: Queue,
  ) {
    this.queues = new Map([
      [QueueName.Mail, mail],
      [QueueName.Reminders, reminders],
      [QueueName.Deadlines, deadlines],
      [QueueName.Maintenance, maintenance],
      [QueueName.Webhooks, webhooks],
    ]);
    this.loop = new PeriodicTask(
      () => this.relayAll().catch((error: Error) => this.logger.error(`Kunde inte föra över utkorgen: ${error.message}`)),
      config.outboxPollMs,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Relays until the outbox is empty; returns how many rows were moved. */
  async relayAll(batchSize = 1000): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.relayBatch(batchSize);
      total += moved;
      if (moved < batchSize || this.loop.isStopped) return total;
    }
  }

  async relayBatch(batchSize: number): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: OutboxRow[] = await m.query(
        `SELECT id, queue, name, job_id, payload, deliver_at FROM outbox
          WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      const now = this.clock.now().getTime();
      // In outbox order: the adds before a removal are made before it (a job planned and then cancelled in the same batch stays removed).
      let byQueue = new Map<QueueName, OutboxRow[]>();
      const flush = async () => {
        for (const [queue, items] of byQueue) await this.queue(queue).addBulk(items.map((row) => this.jobOf(row, now)));
        byQueue = new Map();
      };
      for (const row of rows) {
        if (row.name === '__remove__') {
          await flush();
          await this.queue(row.queue).remove(row.job_id);
          continue;
        }
        const list = byQueue.get(row.queue);
        if (list) list.push(row);
        else byQueue.set(row.queue, [row]);
      }
      await flush();
      await m.query(`UPDATE outbox SET relayed_at = $2 WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id), this.clock.now()]);
      return rows.length;
    });
  }

  private jobOf(row: OutboxRow, now: number) {
    return {
      name: row.name,
      data: row.payload,
      opts: {
        jobId: row.job_id,
        delay: row.deliver_at ? Math.max(0, new Date(row.deliver_at).getTime() - now) : 0,
        attempts: JOB_ATTEMPTS,
        backoff: { type: RETRY_BACKOFF_TYPE, delay: this.config.jobRetryBaseMs },
        ...KEEP,
      },
    };
  }

  private queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Okänd kö: ${name}`);
    return queue;
  }
}
