import { DomainError } from '@remiss/domain';
import { UnrecoverableError } from 'bullmq';
import { isOutage, isPermanent, retryDelay, withFailurePolicy } from './job-failure';

const policy = { jobRetryBaseMs: 2000, jobRetryMaxMs: 60_000 };
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('job failure policy', () => {
  it('recognises outages: refused connections, PostgreSQL going away (also wrapped by TypeORM), SMTP 4xx and 503', () => {
    expect(isOutage(refused)).toBe(true);
    expect(isOutage({ message: 'query failed', driverError: { code: '57P01', message: 'terminating connection' } })).toBe(true);
    expect(isOutage(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isOutage(Object.assign(new Error('Service unavailable'), { responseCode: 503 }))).toBe(true);
    expect(isOutage(Object.assign(new Error('Try later'), { responseCode: 451 }))).toBe(true);
    expect(isOutage(Object.assign(new Error('No such user'), { responseCode: 550 }))).toBe(false);
    expect(isOutage(new TypeError('x is undefined'))).toBe(false);
  });

  it('retries an outage for as long as it lasts, capped; other causes stop after 8 attempts', () => {
    expect([1, 2, 3, 6, 7, 50, 5000].map((n) => retryDelay(n, refused, policy))).toEqual([2000, 4000, 8000, 60_000, 60_000, 60_000, 60_000]);
    expect(retryDelay(7, new TypeError('bug'), policy)).toBe(60_000);
    expect(retryDelay(8, new TypeError('bug'), policy)).toBe(-1);
  });

  it('a permanent failure is recorded and becomes UnrecoverableError; an outage is rethrown as it is', async () => {
    const recorded: string[] = [];
    const gone = new DomainError('not_found', 'MAIL.REMINDER_NOT_FOUND', 'Påminnelsen finns inte.');
    expect(isPermanent(gone)).toBe(true);
    await expect(withFailurePolicy(() => Promise.reject(gone), async (r) => recorded.push(r))).rejects.toBeInstanceOf(UnrecoverableError);
    expect(recorded).toEqual(['Påminnelsen finns inte.']);
    await expect(withFailurePolicy(() => Promise.reject(refused), async (r) => recorded.push(r))).rejects.toBe(refused);
    expect(recorded).toHaveLength(1);
  });
});
