import { Processor, WorkerHost } from '@nestjs/bullmq';
import { backoffMs, DeliverWebhookUseCase, DeliveryOutcome } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { QueueName, WebhookJobData } from '@remiss/queue';
import { DelayedError, Job } from 'bullmq';
import { JobLogContext } from '../ops/job-log-context';
import { processorOptions } from './worker-options';

/** A delivery to try again (BullMQ retries the job with the webhook backoff). */
export class WebhookRetry extends Error {}

/** One delivery job: waits (delayed, no attempt counted) while an earlier delivery is open; throws to retry. */
// (getters, read when Nest creates the worker: spreading the options here would read the configuration at import)
@Processor(
  QueueName.Webhooks,
  processorOptions(4, () => {
    const policy = loadConfig().webhooks;
    return { backoffStrategy: (attemptsMade: number) => backoffMs(attemptsMade, policy) };
  }),
)
export class WebhookProcessor extends WorkerHost {
  constructor(
    private readonly deliver: DeliverWebhookUseCase,
    private readonly logContext: JobLogContext,
  ) {
    super();
  }

  async process(job: Job<WebhookJobData>, token?: string): Promise<DeliveryOutcome> {
    return this.logContext.run(job, async () => {
      const outcome = await this.deliver.execute(job.data.deliveryId, job.data.round);
      if (outcome.kind === 'wait') {
        await job.moveToDelayed(outcome.at, token);
        throw new DelayedError();
      }
      if (outcome.kind === 'retry') throw new WebhookRetry(outcome.reason);
      return outcome;
    });
  }
}
