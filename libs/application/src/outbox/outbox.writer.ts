import { JobItem, QueueName } from '@remiss/queue';
import { EntityManager } from 'typeorm';
import { notifyInTransaction } from '../notifications/notify';
import { prepared } from '../process/prepared-query';

/**
 * Writes jobs into the outbox inside the caller's transaction: a committed
 * change always gets its jobs, a rolled-back one never does.
 */
export async function enqueueInTransaction(
  manager: EntityManager,
  job: JobItem,
  options: { jobId: string; deliverAt?: Date },
): Promise<void> {
  await prepared(manager, 'outbox-insert', `INSERT INTO outbox (queue, name, job_id, payload, deliver_at) VALUES ($1, $2, $3, $4, $5)`, [
    job.queue,
    job.name,
    options.jobId,
    JSON.stringify(job.data),
    options.deliverAt ?? null,
  ]);
}

/** Asks the relay to remove a job that must no longer run (e.g. a reminder for a moved deadline). */
export async function removeJobInTransaction(manager: EntityManager, queue: QueueName, jobId: string): Promise<void> {
  await manager.query(`INSERT INTO outbox (queue, name, job_id, payload) VALUES ($1, '__remove__', $2, '{}')`, [queue, jobId]);
}

/** Many mails of one template in one statement (fan-out to hundreds of recipients); their in-app notifications with them. */
export async function enqueueMailsInTransaction(
  manager: EntityManager,
  mails: Array<{ jobId: string; data: import('@remiss/queue').MailJobData }>,
): Promise<void> {
  if (mails.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (queue, name, job_id, payload)
     SELECT $1, 'send-mail', j, p::jsonb FROM unnest($2::text[], $3::text[]) AS t(j, p)`,
    [QueueName.Mail, mails.map((m) => m.jobId), mails.map((m) => JSON.stringify(m.data))],
  );
  await notifyInTransaction(
    manager,
    mails.map((m) => ({ kind: m.data.template, recipientId: (m.data as { recipientId?: string }).recipientId ?? '', dedupeKey: m.jobId })),
  );
}
