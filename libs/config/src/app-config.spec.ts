import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, loadConfig, loadConfigOrExit } from './app-config';

const STRONG = 'q8Vf2LmZ-Tx4Rk9hWc1Nb7Jy3Gs6Dp0A_Ue5Ho';

describe('loadConfig', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-config-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('gives working defaults with an empty environment', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/remiss');
    expect(config.smtpUrl).toBeUndefined();
    expect(config.remissMinMonths).toBe(3);
  });

  it('names DATABASE_URL when it is malformed', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'not a url' })).toThrow(/^Felaktig konfiguration: DATABASE_URL måste vara en URL/);
  });

  it('takes LOG_SIGNING_KEY as Ed25519 PEM, PEM with \\n or base64; refuses other keys and text; makes one once in DATA_DIR outside production', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    for (const LOG_SIGNING_KEY of [pem, pem.replace(/\n/g, '\\n'), Buffer.from(pem).toString('base64'), der]) {
      expect(loadConfig({ DATA_DIR: dataDir, LOG_SIGNING_KEY }).logSigningKey).toBe(pem);
    }
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => loadConfig({ DATA_DIR: dataDir, LOG_SIGNING_KEY: rsa })).toThrow(/^Felaktig konfiguration: LOG_SIGNING_KEY måste vara en Ed25519-nyckel \(fick en rsa-nyckel\)/);
    expect(() => loadConfig({ DATA_DIR: dataDir, LOG_SIGNING_KEY: 'inte en nyckel' })).toThrow(/LOG_SIGNING_KEY måste vara en privat Ed25519-nyckel i PKCS#8 PEM/);
    const made = loadConfig({ DATA_DIR: dataDir }).logSigningKey;
    expect(made).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(fs.readFileSync(path.join(dataDir, 'log-signing-key.pem'), 'utf8')).toBe(made);
    expect(loadConfig({ DATA_DIR: dataDir }).logSigningKey).toBe(made);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: STRONG, DATA_DIR: dataDir }).logSigningKey).toBeNull();
  });

  it('names PORT when it is not a number', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, PORT: 'abc' })).toThrow(/PORT måste vara ett heltal/);
  });

  it('requires a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('refuses short, low-entropy and published secrets in production, and accepts a random one', () => {
    const prod = (JWT_SECRET: string) => () => loadConfig({ NODE_ENV: 'production', JWT_SECRET });
    expect(prod('aaaaaaaaaaaaaaaa')).toThrow(/^Felaktig konfiguration: JWT_SECRET måste i produktion vara minst 32 tecken lång \(fick 16\)\.$/);
    expect(prod('a'.repeat(64))).toThrow(/JWT_SECRET är för förutsägbar/);
    expect(prod('abababababababababababababababababab')).toThrow(/för förutsägbar/);
    expect(prod('remiss-development-secret-not-for-production')).toThrow(/publicerad exempelhemlighet/);
    expect(prod('change-me-to-a-long-random-secret')).toThrow(/publicerad/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: STRONG }).jwtSecret).toBe(STRONG);
    // openssl rand -hex 32 (64 hex digits) passes too.
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }).env).toBe('production');
  });

  it('prints one sentence and exits 78 at boot for a weak production secret', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(() => loadConfigOrExit({ NODE_ENV: 'production', JWT_SECRET: 'aaaaaaaaaaaaaaaa' })).toThrow('exit 78');
      expect(stderr).toHaveBeenCalledWith('Felaktig konfiguration: JWT_SECRET måste i produktion vara minst 32 tecken lång (fick 16).\n');
    } finally {
      exit.mockRestore();
      stderr.mockRestore();
    }
  });

  it('outside production without JWT_SECRET uses a random secret kept in DATA_DIR, never one from the source', () => {
    const first = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
    expect(first).not.toBe('remiss-development-secret-not-for-production');
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first);
    expect(fs.statSync(path.join(dataDir, 'jwt-secret')).mode & 0o077).toBe(0);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-config-'));
    try {
      expect(loadConfig({ DATA_DIR: other }).jwtSecret).not.toBe(first);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('reads TRUST_PROXY as false, true, a hop count or a list of addresses/CIDRs', () => {
    const trust = (TRUST_PROXY?: string) => loadConfig({ DATA_DIR: dataDir, TRUST_PROXY }).trustProxy;
    expect(trust()).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('true')).toBe(true);
    expect(trust('2')).toBe(2);
    expect(trust('loopback, 10.0.0.0/8,fd00::/8')).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(() => trust('10.0.0.0/33')).toThrow(/^Felaktig konfiguration: TRUST_PROXY måste vara false, true/);
    expect(() => trust('proxy.example.se')).toThrow(/TRUST_PROXY/);
  });

  it('has sign-in throttling defaults that the environment can lower', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).loginThrottle).toEqual({ maxFailuresPerAccount: 10, maxFailuresPerAddress: 50, windowSeconds: 900 });
    expect(loadConfig({ DATA_DIR: dataDir }).publicThrottle).toEqual({ maxRequestsPerAddress: 120, windowSeconds: 60 });
    const low = loadConfig({ DATA_DIR: dataDir, LOGIN_MAX_FAILURES_PER_ACCOUNT: '2', LOGIN_MAX_FAILURES_PER_ADDRESS: '3', LOGIN_FAILURE_WINDOW_SECONDS: '30' });
    expect(low.loginThrottle).toEqual({ maxFailuresPerAccount: 2, maxFailuresPerAddress: 3, windowSeconds: 30 });
    expect(() => loadConfig({ DATA_DIR: dataDir, LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' })).toThrow(/LOGIN_MAX_FAILURES_PER_ACCOUNT måste vara ett positivt heltal/);
  });

  it('keeps public pages in memory for PUBLIC_CACHE_SECONDS (default 5, 0 turns it off) and names a bad value', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).publicCacheSeconds).toBe(5);
    expect(loadConfig({ DATA_DIR: dataDir, PUBLIC_CACHE_SECONDS: '0' }).publicCacheSeconds).toBe(0);
    expect(() => loadConfig({ DATA_DIR: dataDir, PUBLIC_CACHE_SECONDS: '-1' })).toThrow(/PUBLIC_CACHE_SECONDS måste vara 0 eller mer/);
  });

  it('rejects a MAIL_FROM that is not an address', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/);
    expect(loadConfig({ DATA_DIR: dataDir, MAIL_FROM: 'KSL Remiss <remiss@ksl.se>' }).mailFrom).toBe('KSL Remiss <remiss@ksl.se>');
  });

  it('job lock defaults let a killed worker\'s jobs resume within 15 s (lock + two stalled checks), and name a bad value', () => {
    const config = loadConfig({});
    expect(config.jobLockMs + 2 * config.jobStalledIntervalMs).toBeLessThanOrEqual(15_000);
    expect(config.jobRetryMaxMs).toBeGreaterThan(config.jobRetryBaseMs);
    expect(loadConfig({ JOB_LOCK_MS: '2000', JOB_STALLED_INTERVAL_MS: '1000' })).toMatchObject({ jobLockMs: 2000, jobStalledIntervalMs: 1000 });
    expect(() => loadConfig({ JOB_LOCK_MS: '10' })).toThrow(/JOB_LOCK_MS måste vara minst 1000/);
  });
});
