import { Processor, WorkerHost } from '@nestjs/bullmq';
import { SendMailResult, SendMailUseCase } from '@remiss/application';
import { MailJobData, QueueName } from '@remiss/queue';
import { Job } from 'bullmq';

/** Thin: one job, one use case; throws to retry. */
@Processor(QueueName.Mail, { concurrency: 4 })
export class MailProcessor extends WorkerHost {
  constructor(private readonly sendMail: SendMailUseCase) {
    super();
  }

  async process(job: Job<MailJobData>): Promise<SendMailResult> {
    return this.sendMail.execute(job.id ?? job.name, job.data);
  }
}
