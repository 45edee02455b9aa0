import type { Processor } from '@nestjs/bullmq';
import { loadConfig } from '@remiss/config';
import { retryDelay } from './job-failure';

type NestWorkerOptions = NonNullable<Parameters<typeof Processor>[1]>;

/** The backoff type the relay gives every job; the strategy lives in the workers (retryDelay). */
export const RETRY_BACKOFF_TYPE = 'remiss';

/**
 * Options of the worker's processors. The decorator runs when the module is imported, before the app's
 * environment is known (tests set it later), so lock, stalled interval and retry policy are getters read
 * when Nest creates the BullMQ worker: JOB_LOCK_MS, JOB_STALLED_INTERVAL_MS, JOB_RETRY_BASE_MS, JOB_RETRY_MAX_MS.
 */
export function processorOptions(concurrency: number, settings?: () => NonNullable<NestWorkerOptions['settings']>): NestWorkerOptions {
  return {
    concurrency,
    get lockDuration() {
      return loadConfig().jobLockMs;
    },
    get stalledInterval() {
      return loadConfig().jobStalledIntervalMs;
    },
    // A stall is a worker that died or froze; the mail log keeps a stalled job from sending twice.
    maxStalledCount: 5,
    get settings() {
      if (settings) return settings();
      const policy = loadConfig();
      return { backoffStrategy: (attemptsMade: number, _type?: string, error?: Error) => retryDelay(attemptsMade, error, policy) };
    },
  } as NestWorkerOptions;
}
