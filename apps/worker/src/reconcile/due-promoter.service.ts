import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, reminderJob } from '@remiss/application';
import { Clock, SwitchableClock } from '@remiss/domain';
import { QueueName, RedisLease } from '@remiss/queue';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

/** The promoter sleeps at most this long (new reminders are planned meanwhile; BullMQ's own timers cover them). */
export const PROMOTER_MAX_SLEEP_MS = 60_000;
/** Never wakes sooner than this after a run (a burst of due rows is promoted in one run). */
const PROMOTER_MIN_SLEEP_MS = 50;

/**
 * Makes delayed jobs due by the application clock rather than by Redis time: promotes every delayed job whose
 * reminder row is pending with due_at <= clock.now(). It runs at the next due instant by the application clock
 * (not at a fixed interval), and again at once when the clock's offset changes; then it also re-plans the
 * delays of the jobs not yet due, so that BullMQ's own timers fire them on time under the moved clock.
 * Safe on N replicas at once (lost races are fine; re-planning is done by one replica under a Redis lease).
 */
@Injectable()
export class DuePromoter implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Förfallna');
  private readonly queues: Map<QueueName, Queue>;
  private readonly replanLease: RedisLease;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;
  private clockMoved = false;
  private unsubscribe?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
    @InjectQueue(QueueName.Deadlines) deadlines: Queue,
  ) {
    this.queues = new Map([
      [QueueName.Reminders, reminders],
      [QueueName.Deadlines, deadlines],
    ]);
    this.replanLease = new RedisLease(async () => (await reminders.client) as unknown as Redis, reminders.toKey('clock-replan'), 60_000);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** Starts the loop that wakes at the next due instant (and when the clock moves). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (this.clock instanceof SwitchableClock) {
      this.unsubscribe = this.clock.onChange(() => {
        this.clockMoved = true;
        this.wake(0);
      });
    }
    this.wake(0);
  }

  /** Stops the loop (a run in progress ends first); promoteDue may still be called. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Returns how many jobs were promoted. */
  async promoteDue(limit = 10_000): Promise<number> {
    const rows: Array<{ kind: string; job_id: string }> = await this.dataSource.query(
      `SELECT kind, job_id FROM reminders WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $2`,
      [this.clock.now(), limit],
    );
    let promoted = 0;
    for (const row of rows) {
      const queue = this.queues.get(reminderJob(row.kind).queue);
      const job = await queue?.getJob(row.job_id);
      if (job && (await job.isDelayed()) && (await promoteIfStillDelayed(() => job.promote()))) promoted++;
    }
    return promoted;
  }

  /**
   * After the clock moved: sets each not-yet-due pending job's delay to its due instant by the new "now", so that
   * BullMQ fires it on time (a clock moved back must not let jobs fire early). Returns how many were re-planned,
   * or null when another replica does it.
   */
  async replanDelays(batchSize = 1000): Promise<number | null> {
    const token = await this.replanLease.tryAcquire();
    if (!token) return null;
    try {
      let replanned = 0;
      for (let after = new Date(0); ; ) {
        const now = this.clock.now();
        const rows: Array<{ kind: string; job_id: string; due_at: Date }> = await this.dataSource.query(
          `SELECT kind, job_id, due_at FROM reminders WHERE status = 'pending' AND due_at > $1 AND due_at > $2 ORDER BY due_at LIMIT $3`,
          [now, after, batchSize],
        );
        for (const row of rows) {
          const job = await this.queues.get(reminderJob(row.kind).queue)?.getJob(row.job_id);
          const delay = new Date(row.due_at).getTime() - this.clock.now().getTime();
          if (job && delay > 0 && (await job.isDelayed()) && (await promoteIfStillDelayed(() => job.changeDelay(delay)))) replanned++;
        }
        await this.replanLease.extend(token);
        if (rows.length < batchSize) return replanned;
        after = rows[rows.length - 1].due_at;
      }
    } finally {
      await this.replanLease.release(token);
    }
  }

  /** The next instant (application clock) a pending row falls due, or null. */
  async nextDueAt(): Promise<Date | null> {
    const rows: Array<{ due_at: Date | null }> = await this.dataSource.query(
      `SELECT min(due_at) AS due_at FROM reminders WHERE status = 'pending' AND due_at > $1`,
      [this.clock.now()],
    );
    return rows[0]?.due_at ? new Date(rows[0].due_at) : null;
  }

  private wake(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.running) return void this.wake(PROMOTER_MIN_SLEEP_MS); // a run in progress: look again right after it
      this.running = this.run()
        .catch((error: Error) => {
          this.logger.warn(`Kunde inte göra förfallna jobb körbara: ${error.message}`);
          return PROMOTER_MAX_SLEEP_MS / 10;
        })
        .then((sleep) => {
          this.running = undefined;
          this.wake(sleep);
        });
    }, delayMs);
    this.timer.unref?.();
  }

  /** One run: re-plan if the clock moved, promote what is due, and return how long to sleep. */
  private async run(): Promise<number> {
    if (this.clockMoved) {
      this.clockMoved = false;
      const replanned = await this.replanDelays();
      if (replanned) this.logger.log(`Klockan flyttades: ${replanned} väntande jobb fick ny fördröjning`);
    }
    await this.promoteDue();
    const next = await this.nextDueAt();
    const untilNext = next ? next.getTime() - this.clock.now().getTime() : PROMOTER_MAX_SLEEP_MS;
    return Math.min(PROMOTER_MAX_SLEEP_MS, Math.max(PROMOTER_MIN_SLEEP_MS, untilNext));
  }
}

/**
 * Another replica (or BullMQ's own delay timer) may promote, run or remove the job between the check and the
 * promotion: that lost race is not an error. Returns whether this call promoted it.
 */
export async function promoteIfStillDelayed(promote: () => Promise<void>): Promise<boolean> {
  try {
    await promote();
    return true;
  } catch (error) {
    if (/not in the delayed state|Missing key for job/i.test((error as Error).message)) return false;
    throw error;
  }
}
