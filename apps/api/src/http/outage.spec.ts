import { isOutageError } from './outage';

describe('isOutageError', () => {
  it('recognises an unreachable or restarting database and Redis', () => {
    expect(isOutageError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isOutageError({ message: 'x', driverError: { code: '57P01' } })).toBe(true);
    expect(isOutageError({ message: 'x', driverError: { code: '08006' } })).toBe(true);
    expect(isOutageError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isOutageError(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })]))).toBe(true);
    expect(isOutageError(Object.assign(new Error('Reached the max retries per request limit (which is 1).'), { name: 'MaxRetriesPerRequestError' }))).toBe(true);
    expect(isOutageError({ message: 'canceling statement due to statement timeout', driverError: { code: '57014' } })).toBe(true);
  });

  it('does not take input errors or bugs for outages', () => {
    expect(isOutageError({ message: 'x', driverError: { code: '23505' } })).toBe(false);
    expect(isOutageError({ message: 'x', driverError: { code: '22P02' } })).toBe(false);
    expect(isOutageError(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isOutageError(null)).toBe(false);
  });
});
