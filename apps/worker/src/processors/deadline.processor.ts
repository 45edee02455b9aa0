import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DeadlinePassedResult, DeadlinePassedUseCase } from '@remiss/application';
import { QueueName } from '@remiss/queue';
import { Job } from 'bullmq';
import { JobLogContext } from '../ops/job-log-context';
import { withFailurePolicy } from './job-failure';
import { processorOptions } from './worker-options';

/** Thin: 'deadline-passed' {recipientId, deadline} → DEADLINE_PASSED through the recipient's machine. */
@Processor(QueueName.Deadlines, processorOptions(4))
export class DeadlineProcessor extends WorkerHost {
  constructor(
    private readonly deadlinePassed: DeadlinePassedUseCase,
    private readonly logContext: JobLogContext,
  ) {
    super();
  }

  async process(job: Job<{ recipientId: string; deadline: string }>): Promise<DeadlinePassedResult> {
    return this.logContext.run(job, () => withFailurePolicy(() => this.deadlinePassed.execute(job.data.recipientId, job.data.deadline)));
  }
}
