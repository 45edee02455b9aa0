import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, reminderJob } from '@remiss/application';
import { Clock } from '@remiss/domain';
import { QueueName } from '@remiss/queue';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

/**
 * Makes delayed jobs due by the application clock rather than by Redis time: promotes every
 * delayed job whose reminder row is pending with due_at <= clock.now(). Needed when the clock
 * is moved (tests, demonstrations); used by the tests and by each reconciliation. Safe on N replicas at once.
 */
@Injectable()
export class DuePromoter {
  private readonly queues: Map<QueueName, Queue>;

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
