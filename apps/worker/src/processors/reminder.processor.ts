import { Processor, WorkerHost } from '@nestjs/bullmq';
import { FollowUpResult, FollowUpUseCase, ReminderResult, SendReminderUseCase } from '@remiss/application';
import { QueueName } from '@remiss/queue';
import { Job } from 'bullmq';
import { processorOptions } from './worker-options';

/** Thin: 'send-reminder' {reminderId} → the use case re-reads the database and sends or skips. */
@Processor(QueueName.Reminders, processorOptions(8))
export class ReminderProcessor extends WorkerHost {
  constructor(
    private readonly sendReminder: SendReminderUseCase,
    private readonly followUp: FollowUpUseCase,
  ) {
    super();
  }

  async process(job: Job<{ reminderId: string }>): Promise<ReminderResult | FollowUpResult> {
    // A case's yearly follow-up (§ 8) is a reminders row without a recipient; its use case answers null for any other row.
    return (await this.followUp.execute(job.data.reminderId)) ?? this.sendReminder.execute(job.data.reminderId);
  }
}
