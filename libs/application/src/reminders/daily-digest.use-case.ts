import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, isWorkingDay, type LocalDate, todayInStockholm } from '@remiss/domain';
import { jobId, QueueName } from '@remiss/queue';
import { DataSource } from 'typeorm';
import { CLOCK } from '../core/tokens';
import { enqueueInTransaction } from '../outbox/outbox.writer';
import { organisationsWithDigest } from './digest-items';

export type DailyDigestResult = { status: 'queued'; date: LocalDate; organisations: number } | { status: 'skipped'; reason: string };

/** The job id of one organisation's digest of one day: a second run the same day adds nothing. */
export const digestJobId = (organisationId: string, date: LocalDate) => jobId('digest', organisationId, date);

/**
 * Runs at 08:00 Stockholm on weekdays: on a working day, queues one digest mail per organisation
 * that owns cases with overdue recipients or pending extension requests.
 */
@Injectable()
export class DailyDigestUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<DailyDigestResult> {
    const date = todayInStockholm(this.clock.now());
    if (!isWorkingDay(date)) return { status: 'skipped', reason: `${date} är inte en arbetsdag` };
    return this.dataSource.transaction(async (m) => {
      const organisations = await organisationsWithDigest(m, date);
      for (const organisationId of organisations) {
        await enqueueInTransaction(
          m,
          { queue: QueueName.Mail, name: 'send-mail', data: { template: 'daily-digest', organisationId, date } },
          { jobId: digestJobId(organisationId, date) },
        );
      }
      return { status: 'queued', date, organisations: organisations.length };
    });
  }
}
