import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DailyDigestUseCase } from '@remiss/application';
import { QueueName } from '@remiss/queue';
import { Job } from 'bullmq';
import { ReminderReconciler } from '../reconcile/reminder-reconciler.service';
import { processorOptions } from './worker-options';

/** 'daily-digests' (the 08:00 job scheduler) and 'reconcile' (on demand). */
@Processor(QueueName.Maintenance, processorOptions(1))
export class MaintenanceProcessor extends WorkerHost {
  constructor(
    private readonly digest: DailyDigestUseCase,
    private readonly reconciler: ReminderReconciler,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'daily-digests':
        return this.digest.execute();
      case 'reconcile':
        return this.reconciler.reconcile();
      default:
        return { status: 'skipped', reason: `okänt jobb ${job.name}` };
    }
  }
}
