import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ReminderResult, SendReminderUseCase } from '@remiss/application';
import { QueueName } from '@remiss/queue';
import { Job } from 'bullmq';
import { processorOptions } from './worker-options';

/** Thin: 'send-reminder' {reminderId} → the use case re-reads the database and sends or skips. */
@Processor(QueueName.Reminders, processorOptions(8))
export class ReminderProcessor extends WorkerHost {
  constructor(private readonly sendReminder: SendReminderUseCase) {
    super();
  }

  async process(job: Job<{ reminderId: string }>): Promise<ReminderResult> {
    return this.sendReminder.execute(job.data.reminderId);
  }
}
