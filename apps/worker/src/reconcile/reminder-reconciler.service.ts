import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { reminderJob } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { STOCKHOLM_TZ } from '@remiss/domain';
import { QueueName } from '@remiss/queue';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '../periodic-task';
import { OutboxRelayService } from '../relay/outbox-relay.service';
import { DuePromoter } from './due-promoter.service';

interface PendingRow {
  id: string;
  kind: string;
  recipient_id: string;
  deadline: string;
  due_at: Date;
  job_id: string;
}

export interface ReconcileResult {
  checked: number;
  restored: number;
  promoted: number;
}

/** The digest runs at 08:00 Stockholm time on weekdays; the use case skips holidays. */
export const DIGEST_SCHEDULER = { id: 'daily-digests', pattern: '0 8 * * 1-5', tz: STOCKHOLM_TZ };

/**
 * The database is the source of truth: on start and every RECONCILE_INTERVAL_MS, every pending
 * reminder whose job Redis lacks gets it again (through the outbox, so the relay's options and
 * delays apply), leftover outbox rows are relayed, the digest scheduler is restored and due jobs promoted.
 */
@Injectable()
export class ReminderReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Avstämning');
  private readonly queues: Map<QueueName, Queue>;
  private readonly loop: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelayService,
    private readonly promoter: DuePromoter,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
    @InjectQueue(QueueName.Deadlines) deadlines: Queue,
    @InjectQueue(QueueName.Maintenance) private readonly maintenance: Queue,
  ) {
    this.queues = new Map([
      [QueueName.Reminders, reminders],
      [QueueName.Deadlines, deadlines],
    ]);
    this.loop = new PeriodicTask(
      () =>
        this.reconcile()
          .then((r) => r.restored > 0 && this.logger.warn(`Återskapade ${r.restored} av ${r.checked} väntande jobb som saknades i Redis`))
          .catch((error: Error) => this.logger.error(`Avstämningen misslyckades: ${error.message}`)),
      config.reconcileIntervalMs,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  async reconcile(batchSize = 2000): Promise<ReconcileResult> {
    await this.relay.relayAll();
    let checked = 0;
    let restored = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: PendingRow[] = await this.dataSource.query(
        `SELECT id, kind, recipient_id, deadline::text AS deadline, due_at, job_id FROM reminders
          WHERE status = 'pending' AND id > $1 ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      if (rows.length === 0) break;
      checked += rows.length;
      restored += await this.restoreMissing(await this.missing(rows));
      after = rows[rows.length - 1].id;
      if (rows.length < batchSize) break;
    }
    if (restored > 0) await this.relay.relayAll();
    await this.ensureDigestScheduler();
    const promoted = await this.promoter.promoteDue();
    return { checked, restored, promoted };
  }

  /** The rows whose job key is absent, checked with one pipelined EXISTS per row. */
  private async missing(rows: PendingRow[]): Promise<PendingRow[]> {
    const byQueue = new Map<QueueName, PendingRow[]>();
    for (const row of rows) {
      const queue = reminderJob(row.kind).queue;
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
    }
    const missing: PendingRow[] = [];
    for (const [name, list] of byQueue) {
      const queue = this.queues.get(name)!;
      const client = (await queue.client) as unknown as Redis;
      const pipeline = client.pipeline();
      for (const row of list) pipeline.exists(queue.toKey(row.job_id));
      const replies = (await pipeline.exec()) ?? [];
      list.forEach((row, i) => {
        if (replies[i]?.[1] === 0) missing.push(row);
      });
    }
    return missing;
  }

  private async restoreMissing(rows: PendingRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const jobs = rows.map((r) => reminderJob(r.kind).job({ id: r.id, recipientId: r.recipient_id, deadline: r.deadline }));
    await this.dataSource.query(
      `INSERT INTO outbox (queue, name, job_id, payload, deliver_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])`,
      [jobs.map((j) => j.queue), jobs.map((j) => j.name), rows.map((r) => r.job_id), jobs.map((j) => JSON.stringify(j.data)), rows.map((r) => r.due_at)],
    );
    return rows.length;
  }

  /** Idempotent; restores the scheduler after a flushed Redis. */
  async ensureDigestScheduler(): Promise<void> {
    await this.maintenance.upsertJobScheduler(
      DIGEST_SCHEDULER.id,
      { pattern: DIGEST_SCHEDULER.pattern, tz: DIGEST_SCHEDULER.tz },
      { name: 'daily-digests', data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } },
    );
  }
}
