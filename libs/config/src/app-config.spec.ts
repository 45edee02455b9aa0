import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/remiss');
    expect(config.smtpUrl).toBeUndefined();
    expect(config.remissMinMonths).toBe(3);
  });

  it('names DATABASE_URL when it is malformed', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/^Felaktig konfiguration: DATABASE_URL måste vara en URL/);
  });

  it('names PORT when it is not a number', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT måste vara ett heltal/);
  });

  it('requires a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('rejects a MAIL_FROM that is not an address', () => {
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/);
    expect(loadConfig({ MAIL_FROM: 'KSL Remiss <remiss@ksl.se>' }).mailFrom).toBe('KSL Remiss <remiss@ksl.se>');
  });

  it('job lock defaults let a killed worker\'s jobs resume within 15 s (lock + two stalled checks), and name a bad value', () => {
    const config = loadConfig({});
    expect(config.jobLockMs + 2 * config.jobStalledIntervalMs).toBeLessThanOrEqual(15_000);
    expect(config.jobRetryMaxMs).toBeGreaterThan(config.jobRetryBaseMs);
    expect(loadConfig({ JOB_LOCK_MS: '2000', JOB_STALLED_INTERVAL_MS: '1000' })).toMatchObject({ jobLockMs: 2000, jobStalledIntervalMs: 1000 });
    expect(() => loadConfig({ JOB_LOCK_MS: '10' })).toThrow(/JOB_LOCK_MS måste vara minst 1000/);
  });
});
