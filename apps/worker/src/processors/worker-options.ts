import type { Processor } from '@nestjs/bullmq';

type NestWorkerOptions = Parameters<typeof Processor>[1];

/**
 * Options of the worker's processors. REMISS_JOB_LOCK_MS (TEST ONLY) shortens the job lock and the
 * stalled-job check, so that the fault tests see a job of a killed worker retried within seconds
 * rather than after BullMQ's default 30 s lock.
 */
export function processorOptions(concurrency: number): NestWorkerOptions {
  const lock = Number(process.env.REMISS_JOB_LOCK_MS);
  return Number.isFinite(lock) && lock > 0 ? { concurrency, lockDuration: lock, stalledInterval: lock } : { concurrency };
}
