import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

interface JobIds {
  caseId?: string;
  recipientId?: string;
  reminderId?: string;
}

/**
 * Every log line written while a job runs carries `jobId`, `queue`, `job` and the `caseId` (and the recipient
 * or reminder) it is about: taken from the job's data, or looked up from its reminder or recipient row.
 */
@Injectable()
export class JobLogContext {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(job: Job, fn: () => Promise<T>): Promise<T> {
    const data = (job.data ?? {}) as JobIds;
    const bindings: Record<string, string | undefined> = { jobId: job.id, queue: job.queueName, job: job.name, ...pick(data) };
    if (!bindings.caseId) bindings.caseId = await this.caseOf(data).catch(() => undefined);
    return PinoLogger.prototype.runInContext(fn, { bindings: strip(bindings) });
  }

  private async caseOf(data: JobIds): Promise<string | undefined> {
    const [sql, id] = data.reminderId
      ? [`SELECT case_id FROM reminders WHERE id = $1`, data.reminderId]
      : data.recipientId
        ? [`SELECT case_id FROM recipients WHERE id = $1`, data.recipientId]
        : [null, null];
    if (!sql || !/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const rows: Array<{ case_id: string | null }> = await this.dataSource.query(sql, [id]);
    return rows[0]?.case_id ?? undefined;
  }
}

function pick(data: JobIds): JobIds {
  return { caseId: data.caseId, recipientId: data.recipientId, reminderId: data.reminderId };
}

function strip(bindings: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(bindings).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}
