import { Processor, WorkerHost } from '@nestjs/bullmq';
import { SendMailResult, SendMailUseCase } from '@remiss/application';
import { MailJobData, QueueName } from '@remiss/queue';
import { Job } from 'bullmq';
import { JobLogContext } from '../ops/job-log-context';
import { withFailurePolicy } from './job-failure';
import { processorOptions } from './worker-options';

/** Thin: one job, one use case; throws to retry, fails at once for a permanent reason. */
@Processor(QueueName.Mail, processorOptions(4))
export class MailProcessor extends WorkerHost {
  constructor(
    private readonly sendMail: SendMailUseCase,
    private readonly logContext: JobLogContext,
  ) {
    super();
  }

  async process(job: Job<MailJobData>): Promise<SendMailResult> {
    return this.logContext.run(job, () => withFailurePolicy(() => this.sendMail.execute(job.id ?? job.name, job.data)));
  }
}
