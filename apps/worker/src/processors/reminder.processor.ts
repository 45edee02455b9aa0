import { Processor, WorkerHost } from '@nestjs/bullmq';
import { FollowUpResult, FollowUpUseCase, ReminderResult, SendReminderUseCase } from '@remiss/application';
import { QueueName } from '@remiss/queue';
import { Job } from 'bullmq';
import { JobLogContext } from '../ops/job-log-context';
import { withFailurePolicy } from './job-failure';
import { processorOptions } from './worker-options';

/**
 * Thin: 'send-reminder' {reminderId} → the use case re-reads the database and sends or skips. A permanent
 * failure (the mail cannot be rendered: data gone or invalid) marks the row 'failed' and fails the job at once.
 */
@Processor(QueueName.Reminders, processorOptions(8))
export class ReminderProcessor extends WorkerHost {
  constructor(
    private readonly sendReminder: SendReminderUseCase,
    private readonly followUp: FollowUpUseCase,
    private readonly logContext: JobLogContext,
  ) {
    super();
  }

  async process(job: Job<{ reminderId: string }>): Promise<ReminderResult | FollowUpResult> {
    const { reminderId } = job.data;
    return this.logContext.run(job, () =>
      withFailurePolicy(
        // A case's yearly follow-up (§ 8) is a reminders row without a recipient; its use case answers null for any other row.
        async () => (await this.followUp.execute(reminderId)) ?? this.sendReminder.execute(reminderId),
        (reason) => this.sendReminder.markFailed(reminderId, reason),
      ),
    );
  }
}
