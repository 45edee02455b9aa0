import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, horizonEnd, insertReminderOutbox, reminderJob, UNCERTAIN_REASON } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { Clock, STOCKHOLM_TZ } from '@remiss/domain';
import { QueueName, RedisLease } from '@remiss/queue';
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
  /** False when another replica held the lease: this run only relayed and promoted. */
  leader: boolean;
  checked: number;
  /** Pending reminders whose job was missing, failed or already finished, enqueued again. */
  restored: number;
  promoted: number;
  /** Mail log rows left at 'sending' by a job that no longer runs, marked 'uncertain' (its next attempt resends). */
  resolvedMails: number;
}

/** The digest runs at 08:00 Stockholm time on weekdays; the use case skips holidays. */
export const DIGEST_SCHEDULER = { id: 'daily-digests', pattern: '0 8 * * 1-5', tz: STOCKHOLM_TZ };

type JobPresence = 'present' | 'missing' | 'failed' | 'completed';

/**
 * The database is the source of truth: on start and every RECONCILE_INTERVAL_MS, every pending (or claimed)
 * reminder that should have a job (one enqueued earlier, or one due within the reminder horizon) whose job Redis lacks, or whose job failed or finished without settling the row, gets a fresh job
 * (through the outbox, so the relay's options and delays apply); leftover outbox rows are relayed, the digest
 * scheduler is restored, due jobs promoted and orphaned 'sending' mails resolved. Many replicas may run this at
 * once: one leader (a Redis lease, SET NX PX) does the restoring; relaying and promoting tolerate lost races.
 * Reminders beyond the horizon are only rows: they get no job here (the horizon scheduler enqueues them later).
 */
@Injectable()
export class ReminderReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Avstämning');
  private readonly queues: Map<QueueName, Queue>;
  private readonly loop: PeriodicTask;
  private readonly lease: RedisLease;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly relay: OutboxRelayService,
    private readonly promoter: DuePromoter,
    @InjectQueue(QueueName.Mail) private readonly mail: Queue,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
    @InjectQueue(QueueName.Deadlines) deadlines: Queue,
    @InjectQueue(QueueName.Maintenance) private readonly maintenance: Queue,
  ) {
    this.queues = new Map([
      [QueueName.Reminders, reminders],
      [QueueName.Deadlines, deadlines],
    ]);
    this.lease = new RedisLease(async () => (await maintenance.client) as unknown as Redis, maintenance.toKey('reconcile-leader'), 60_000);
    this.loop = new PeriodicTask(
      () =>
        this.reconcile()
          .then((r) => r.restored > 0 && this.logger.warn(`Återskapade ${r.restored} av ${r.checked} väntande jobb som saknades, misslyckats eller redan körts`))
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
    const token = await this.lease.tryAcquire();
    if (!token) return { leader: false, checked: 0, restored: 0, promoted: await this.promoter.promoteDue(), resolvedMails: 0 };
    try {
      let checked = 0;
      let restored = 0;
      const until = horizonEnd(this.clock.now(), this.config.reminderHorizonHours);
      // Rows that were given a job, then rows within the horizon still without one (the horizon scheduler's, normally).
      const scans = [
        { where: `status IN ('pending', 'claimed') AND enqueued_at IS NOT NULL`, params: [] },
        { where: `status = 'pending' AND enqueued_at IS NULL AND due_at <= $3`, params: [until] },
      ];
      for (const scan of scans) {
        for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
          const rows: PendingRow[] = await this.dataSource.query(
            `SELECT id, kind, recipient_id, deadline::text AS deadline, due_at, job_id FROM reminders
              WHERE ${scan.where} AND id > $1 ORDER BY id LIMIT $2`,
            [after, batchSize, ...scan.params],
          );
          if (rows.length === 0) break;
          checked += rows.length;
          restored += await this.restore(await this.needingJob(rows));
          await this.lease.extend(token);
          after = rows[rows.length - 1].id;
          if (rows.length < batchSize) break;
        }
      }
      if (restored > 0) await this.relay.relayAll();
      await this.ensureDigestScheduler();
      const promoted = await this.promoter.promoteDue();
      const resolvedMails = await this.resolveOrphanedMails();
      return { leader: true, checked, restored, promoted, resolvedMails };
    } finally {
      await this.lease.release(token);
    }
  }

  /** The rows whose job is absent, failed or completed, checked with pipelined EXISTS/ZSCORE per row. */
  private async needingJob(rows: PendingRow[]): Promise<Array<PendingRow & { presence: JobPresence }>> {
    const byQueue = new Map<QueueName, PendingRow[]>();
    for (const row of rows) {
      const queue = reminderJob(row.kind).queue;
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
    }
    const out: Array<PendingRow & { presence: JobPresence }> = [];
    for (const [name, list] of byQueue) {
      const queue = this.queues.get(name)!;
      const client = (await queue.client) as unknown as Redis;
      const pipeline = client.pipeline();
      for (const row of list) {
        pipeline.exists(queue.toKey(row.job_id));
        pipeline.zscore(queue.toKey('failed'), row.job_id);
        pipeline.zscore(queue.toKey('completed'), row.job_id);
      }
      const replies = (await pipeline.exec()) ?? [];
      list.forEach((row, i) => {
        const [exists, failed, completed] = [replies[3 * i]?.[1], replies[3 * i + 1]?.[1], replies[3 * i + 2]?.[1]];
        const presence: JobPresence = exists === 0 ? 'missing' : failed !== null ? 'failed' : completed !== null ? 'completed' : 'present';
        if (presence !== 'present') out.push({ ...row, presence });
      });
    }
    return out;
  }

  /**
   * Removes a failed or finished job and enqueues a fresh one (marking the row enqueued), for rows still
   * pending or claimed: the rows are re-read, and locked, in the transaction that writes their outbox rows.
   */
  private async restore(rows: Array<PendingRow & { presence: JobPresence }>): Promise<number> {
    if (rows.length === 0) return 0;
    for (const row of rows) {
      if (row.presence !== 'missing') await this.queues.get(reminderJob(row.kind).queue)!.remove(row.job_id);
    }
    return this.dataSource.transaction(async (m) => {
      const [live]: [PendingRow[], number] = await m.query(
        `UPDATE reminders SET enqueued_at = coalesce(enqueued_at, app_now()) WHERE id = ANY($1::uuid[]) AND status IN ('pending', 'claimed')
         RETURNING id, kind, recipient_id, deadline::text AS deadline, due_at, job_id`,
        [rows.map((r) => r.id)],
      );
      await insertReminderOutbox(m, live);
      return live.length;
    });
  }

  /**
   * A mail log row at 'sending' whose job holds no lock any more was left by a worker that died (or lost the
   * database) between handing the mail over and recording the answer: its outcome is unknown, so it becomes
   * 'uncertain' instead of staying 'sending' for ever (the administrator sees it until the job's next attempt,
   * restored by this reconciler for a reminder, resends it with the same Message-ID).
   */
  private async resolveOrphanedMails(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - 2 * this.config.jobLockMs);
    const rows: Array<{ id: string; dedupe_key: string }> = await this.dataSource.query(
      `SELECT id, dedupe_key FROM mail_log WHERE status = 'sending' AND attempted_at < $1 LIMIT 1000`,
      [cutoff],
    );
    if (rows.length === 0) return 0;
    const queues = [this.mail, ...this.queues.values()];
    const client = (await this.mail.client) as unknown as Redis;
    const pipeline = client.pipeline();
    for (const row of rows) for (const q of queues) pipeline.exists(q.toKey(`${row.dedupe_key}:lock`));
    const replies = (await pipeline.exec()) ?? [];
    const orphaned = rows.filter((_, i) => queues.every((__, k) => replies[i * queues.length + k]?.[1] === 0));
    if (orphaned.length === 0) return 0;
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE mail_log SET status = 'uncertain', error = $2 WHERE id = ANY($1::bigint[]) AND status = 'sending' AND attempted_at < $3`,
      [orphaned.map((r) => r.id), UNCERTAIN_REASON, cutoff],
    );
    return count;
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
