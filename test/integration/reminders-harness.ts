import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CLOCK, enqueueInTransaction, prepareDatabase } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { FixedClock, SwitchableClock } from '@remiss/domain';
import { MailTemplateName, QueueName } from '@remiss/queue';
import { createTestContext, ReceivedMail, TestContext, waitUntil } from '@remiss/testing';
import { DuePromoter, OutboxRelayService, ReminderHorizonScheduler, WorkerModule } from '@remiss/worker';
import { Queue } from 'bullmq';
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The worker in-process with a fixed clock placed at `start`; `moveTo` moves it and makes due jobs run. */
export interface WorkerHarness {
  ctx: TestContext;
  worker: INestApplicationContext;
  ds: DataSource;
  clock: FixedClock;
  queue(name: QueueName): Queue;
  moveTo(instant: string | Date): Promise<void>;
  /** Enqueues what is within the reminder horizon of the (fixed) clock, and relays the outbox. */
  relay(): Promise<void>;
  mail(template: MailTemplateName, data: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export async function startWorkerHarness(start: string): Promise<WorkerHarness> {
  const ctx = await createTestContext();
  Object.assign(process.env, ctx.env);
  process.env.REMINDER_HORIZON_INTERVAL_MS = String(24 * 3_600_000); // only relay() moves the horizon, after the clock
  await prepareDatabase(loadConfig(), { seed: true });
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  const ds = worker.get(DataSource);
  const clock = new FixedClock(start);
  worker.get<SwitchableClock>(CLOCK).use(clock);
  const relay = async () => {
    await worker.get(ReminderHorizonScheduler).enqueueDue();
    await worker.get(OutboxRelayService).relayAll();
  };
  return {
    ctx,
    worker,
    ds,
    clock,
    queue: (name) => worker.get<Queue>(getQueueToken(name)),
    relay,
    async moveTo(instant) {
      clock.set(instant);
      const now = clock.now();
      await waitUntil(async () => {
        await relay(); // the background relay may hold a batch; promote again until all is done
        await worker.get(DuePromoter).promoteDue();
        const [row] = await ds.query(`SELECT count(*)::int AS n FROM reminders WHERE status = 'pending' AND due_at <= $1`, [now]);
        return row.n === 0;
      }, 15000, `påminnelser förfallna ${now.toISOString()}`);
    },
    async mail(template, data) {
      await ds.transaction((m) =>
        enqueueInTransaction(m, { queue: QueueName.Mail, name: 'send-mail', data: { template, ...data } }, { jobId: `test-${randomUUID()}` }),
      );
      await relay();
    },
    async close() {
      await worker.close();
      await ctx.dispose();
    },
  };
}

/** The .ics attachment of a received mail, parsed back with ical.js. */
export function parseIcs(mail: ReceivedMail): { uid: string; sequence: number; start: string; end: string; allDay: boolean; summary: string } {
  const attachment = mail.parsed.attachments.find((a) => a.filename?.endsWith('.ics'));
  if (!attachment) throw new Error(`Ingen .ics i "${mail.parsed.subject}"`);
  const component = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')) as unknown[]);
  const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
  return {
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toString(),
    end: event.endDate.toString(),
    allDay: event.startDate.isDate,
    summary: event.summary,
  };
}

export const subjects = (mails: ReceivedMail[]) => mails.map((m) => m.parsed.subject ?? '');
