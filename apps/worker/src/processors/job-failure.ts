import { DomainError } from '@remiss/domain';
import { UnrecoverableError } from 'bullmq';

/** Node/pg/nodemailer error codes that mean "a service is unreachable now", not "this job is wrong". */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  'ECONNECTION', 'ESOCKET', 'EDNS',
]);
/** PostgreSQL SQLSTATEs of the same kind: connection exceptions (08…), shutdown/startup, too many connections, deadlock/serialization. */
const OUTAGE_SQLSTATE = /^(08...|57P0[123]|53300|40001|40P01)$/;
const OUTAGE_MESSAGE = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection is closed|ECONNREFUSED/i;

function chain(error: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  let e = error as Record<string, unknown> | undefined;
  for (let i = 0; e && typeof e === 'object' && i < 5; i++) {
    out.push(e);
    e = (e.driverError ?? e.cause) as Record<string, unknown> | undefined;
  }
  return out;
}

/** An outage: connection refused/reset, PostgreSQL going away, or an SMTP 4xx/503 (try again later). */
export function isOutage(error: unknown): boolean {
  return chain(error).some((e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    const smtp = typeof e.responseCode === 'number' ? e.responseCode : 0;
    return OUTAGE_CODES.has(code) || OUTAGE_SQLSTATE.test(code) || (smtp >= 400 && smtp < 500) || smtp === 503 || OUTAGE_MESSAGE.test(String(e.message ?? ''));
  });
}

/** A permanent reason: retrying cannot help (the data the job names is gone or invalid). */
export function isPermanent(error: unknown): boolean {
  if (error instanceof UnrecoverableError) return true;
  return error instanceof DomainError && (error.kind === 'not_found' || error.kind === 'validation');
}

/** Attempts a job gets for a cause that is neither an outage nor permanent (then the reconciler takes over). */
export const OTHER_FAILURE_ATTEMPTS = 8;

/**
 * BullMQ's backoff for every job the relay adds ('remiss'): doubling from base, capped at max, for as long
 * as the cause is an outage; other causes stop after OTHER_FAILURE_ATTEMPTS (-1 = do not retry).
 */
export function retryDelay(attemptsMade: number, error: unknown, policy: { jobRetryBaseMs: number; jobRetryMaxMs: number }): number {
  const delay = Math.min(policy.jobRetryMaxMs, policy.jobRetryBaseMs * 2 ** Math.min(30, Math.max(0, attemptsMade - 1)));
  if (isOutage(error)) return delay;
  return attemptsMade >= OTHER_FAILURE_ATTEMPTS ? -1 : delay;
}

/**
 * Runs a job: a permanent failure is recorded (`onPermanent`, e.g. the reminder row marked 'failed') and
 * rethrown as UnrecoverableError, so that BullMQ fails the job at once instead of retrying it.
 */
export async function withFailurePolicy<T>(work: () => Promise<T>, onPermanent?: (reason: string) => Promise<unknown>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isPermanent(error)) throw error;
    const reason = (error as Error).message;
    await onPermanent?.(reason);
    throw new UnrecoverableError(reason);
  }
}
