import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ValidationError } from '@remiss/domain';
import { jobId, QueueName } from '@remiss/queue';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { enqueueInTransaction } from '../outbox/outbox.writer';

const EMAIL = /^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/;

/** Queues a test mail through the outbox, the same path every real mail takes. */
@Injectable()
export class RequestTestMailUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(to: unknown): Promise<{ jobId: string }> {
    if (typeof to !== 'string' || !EMAIL.test(to)) {
      throw ValidationError.field('to', 'måste vara en e-postadress');
    }
    const id = jobId('test-mail', randomUUID());
    await this.dataSource.transaction((m) =>
      enqueueInTransaction(m, { queue: QueueName.Mail, name: 'send-mail', data: { template: 'test-mail', to: [to] } }, { jobId: id }),
    );
    return { jobId: id };
  }
}
