import { createPrivateKey, generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Env, envSchema, HostPort, parseHostPorts, parseTrustProxy } from './config.schema';

/** Where Redis is: one server (REDIS_URL), a Sentinel-watched master, or a Redis Cluster. */
export type RedisTarget =
  | { mode: 'single'; url: string; username?: string; password?: string }
  | { mode: 'sentinel'; sentinels: HostPort[]; name: string; username?: string; password?: string; sentinelPassword?: string; tls: boolean }
  | { mode: 'cluster'; nodes: HostPort[]; username?: string; password?: string; tls: boolean };

/** Pool and timeouts of the PostgreSQL connections. */
export interface DatabasePoolConfig {
  poolMax: number;
  connectTimeoutMs: number;
  /** 0: no statement timeout. */
  statementTimeoutMs: number;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  database: DatabasePoolConfig;
  /** REDIS_URL; only used in single mode (see `redis`). */
  redisUrl: string;
  redis: RedisTarget;
  /** Key prefix of every Redis key; in cluster mode hash-tagged (`{remiss}`) so that each queue's keys share one slot. */
  redisPrefix: string;
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** Express `trust proxy`: which reverse proxies' X-Forwarded-* headers are believed. */
  trustProxy: boolean | number | string[];
  /** Sign-in throttling (shared through Redis by every API replica). */
  loginThrottle: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; windowSeconds: number };
  /** Throttling of the other unauthenticated endpoints (per client address). */
  publicThrottle: { maxRequestsPerAddress: number; windowSeconds: number };
  /** How long this replica serves a rendered public page from memory (0: never). */
  publicCacheSeconds: number;
  /** Lifetime of the queue dashboard's own session cookie. */
  queueDashboardSessionSeconds: number;
  /** Invitation and password-reset links: lifetimes, and how many reset mails an account or address may ask for per window. */
  accounts: { invitationTtlHours: number; resetTtlMinutes: number; resetMaxPerAccount: number; resetMaxPerAddress: number; resetWindowSeconds: number };
  /** Password of the seeded demo accounts (none in production unless set). */
  demoPassword?: string;
  /** The local demonstration identity provider the seed registers for Ekerö (never in production). */
  demoOidcIssuer?: string;
  uploadMaxBytes: number;
  remissMinMonths: number;
  outboxPollMs: number;
  reconcileIntervalMs: number;
  /**
   * The Ed25519 key (PKCS#8 PEM) that signs the daily statement of every case's log head; null in production
   * without LOG_SIGNING_KEY (no statements are made). Outside production one is made once in DATA_DIR.
   */
  logSigningKey: string | null;
  /** How often the worker checks whether today's log statement has been made. */
  logStatementIntervalMs: number;
  /** Only reminders due within this many hours are BullMQ jobs; the rest wait as rows in PostgreSQL. */
  reminderHorizonHours: number;
  /** How often the worker moves reminders coming within the horizon into the queues. */
  reminderHorizonIntervalMs: number;
  /** BullMQ job lock and stalled-job check: a killed worker's jobs resume within lock + 2 × interval. */
  jobLockMs: number;
  jobStalledIntervalMs: number;
  /** Retry delay of a failed job: doubles from base up to max (outage errors retry for as long as it lasts). */
  jobRetryBaseMs: number;
  jobRetryMaxMs: number;
  /** Webhooks: the targets allowed, the request timeout and the retry policy of deliveries, how often the log is tailed. */
  webhooks: {
    /** Loopback, private and link-local targets allowed (default outside production only); http only for loopback and only outside production. */
    allowPrivateTargets: boolean;
    allowHttpLoopback: boolean;
    timeoutMs: number;
    maxAttempts: number;
    retryBaseMs: number;
    retryMaxMs: number;
    pollMs: number;
  };
  clockStart?: string;
  /** Bearer token for GET /metrics; without it /metrics is off (404). */
  metricsToken?: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** One sentence naming the variable and what is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Felaktig konfiguration: ${variable} ${reason}.`);
    this.name = 'ConfigError';
  }
}

/** Secrets that have been published (in this repository or its history) and so never sign anything in production. */
const PUBLISHED_SECRETS = new Set([
  'remiss-development-secret-not-for-production',
  'change-me-to-a-long-random-secret',
  'test-secret-0123456789abcdef',
]);

/** Why a production JWT secret is refused, or null when it looks random enough. */
export function weakSecretReason(secret: string): string | null {
  if (PUBLISHED_SECRETS.has(secret)) return 'är en publicerad exempelhemlighet och får inte användas i produktion';
  if (secret.length < 32) return `måste i produktion vara minst 32 tecken lång (fick ${secret.length})`;
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  // Shannon entropy of the characters, times the length: a rough upper bound of the bits it holds.
  const perChar = [...counts.values()].reduce((sum, n) => sum - (n / secret.length) * Math.log2(n / secret.length), 0);
  if (counts.size < 12 || perChar * secret.length < 128) {
    return 'är för förutsägbar för produktion (för få olika tecken); skapa en slumpmässig med t.ex. "openssl rand -base64 48"';
  }
  return null;
}

/**
 * Outside production without JWT_SECRET: a random secret made once per installation and kept in
 * DATA_DIR (so the API and `npm run token` agree), never one written in the source.
 */
function developmentSecret(dataDir: string): string {
  const file = path.resolve(dataDir, 'jwt-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process made it first.
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}

/**
 * LOG_SIGNING_KEY: an Ed25519 private key as PKCS#8 PEM (newlines may be written \\n), or that PEM or its DER
 * in base64 (one line, for environments that dislike newlines). Anything else stops the boot.
 */
function signingKeyPem(value: string): string {
  const text = value.trim().replace(/\\n/g, '\n');
  const candidates: Array<() => KeyObject> = [
    () => createPrivateKey(text),
    () => createPrivateKey(Buffer.from(text, 'base64').toString('utf8')),
    () => createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' }),
  ];
  for (const candidate of candidates) {
    let key: KeyObject;
    try {
      key = candidate();
    } catch {
      continue;
    }
    if (key.asymmetricKeyType !== 'ed25519') throw new ConfigError('LOG_SIGNING_KEY', `måste vara en Ed25519-nyckel (fick en ${key.asymmetricKeyType ?? 'annan'}-nyckel)`);
    return key.export({ format: 'pem', type: 'pkcs8' }).toString();
  }
  throw new ConfigError('LOG_SIGNING_KEY', 'måste vara en privat Ed25519-nyckel i PKCS#8 PEM (t.ex. från "openssl genpkey -algorithm ed25519"), eller den i base64');
}

/** Outside production without LOG_SIGNING_KEY: an Ed25519 key made once per installation in DATA_DIR. */
function developmentSigningKey(dataDir: string): string {
  const file = path.resolve(dataDir, 'log-signing-key.pem');
  try {
    return signingKeyPem(fs.readFileSync(file, 'utf8'));
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    try {
      fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
      return pem;
    } catch {
      // Another process made it first.
      return signingKeyPem(fs.readFileSync(file, 'utf8'));
    }
  }
}

/**
 * BullMQ runs multi-key Lua scripts, which Redis Cluster only allows on keys in one hash slot:
 * a prefix with a hash tag (`{remiss}`) puts every key of the app in the same slot.
 */
export function hashTaggedPrefix(prefix: string): string {
  return /\{[^{}]+\}/.test(prefix) ? prefix : `{${prefix}}`;
}

function redisTarget(env: Env, raw: Record<string, string | undefined>): RedisTarget {
  const credentials = { username: env.REDIS_USERNAME, password: env.REDIS_PASSWORD };
  const tls = env.REDIS_TLS === 'true';
  if (env.REDIS_SENTINELS && env.REDIS_CLUSTER_NODES) {
    throw new ConfigError('REDIS_CLUSTER_NODES', 'kan inte anges tillsammans med REDIS_SENTINELS; välj antingen Sentinel eller Cluster');
  }
  const distributed = env.REDIS_SENTINELS ? 'REDIS_SENTINELS' : env.REDIS_CLUSTER_NODES ? 'REDIS_CLUSTER_NODES' : undefined;
  if (distributed && raw.REDIS_URL !== undefined) {
    throw new ConfigError('REDIS_URL', `kan inte anges tillsammans med ${distributed}; ta bort den ena`);
  }
  if (env.REDIS_SENTINEL_NAME && !env.REDIS_SENTINELS) {
    throw new ConfigError('REDIS_SENTINEL_NAME', 'kräver REDIS_SENTINELS (Sentinel-servrarnas adresser)');
  }
  if (env.REDIS_SENTINELS) {
    if (!env.REDIS_SENTINEL_NAME) {
      throw new ConfigError('REDIS_SENTINEL_NAME', 'måste anges när REDIS_SENTINELS är satt (namnet Sentinel övervakar mastern under, t.ex. mymaster)');
    }
    return {
      mode: 'sentinel',
      sentinels: parseHostPorts(env.REDIS_SENTINELS) ?? [],
      name: env.REDIS_SENTINEL_NAME,
      sentinelPassword: env.REDIS_SENTINEL_PASSWORD,
      tls,
      ...credentials,
    };
  }
  if (env.REDIS_SENTINEL_PASSWORD) throw new ConfigError('REDIS_SENTINEL_PASSWORD', 'kräver REDIS_SENTINELS');
  if (env.REDIS_CLUSTER_NODES) return { mode: 'cluster', nodes: parseHostPorts(env.REDIS_CLUSTER_NODES) ?? [], tls, ...credentials };
  return { mode: 'single', url: env.REDIS_URL, ...credentials };
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'miljön');
    const shown = raw[variable] !== undefined && !/SECRET|PASSWORD/.test(variable) ? ` (fick "${raw[variable]}")` : '';
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  const env = parsed.data;
  const redis = redisTarget(env, raw);
  if (env.NODE_ENV === 'production') {
    if (!env.JWT_SECRET) throw new ConfigError('JWT_SECRET', 'måste anges i produktion (minst 32 slumpmässiga tecken, t.ex. från "openssl rand -base64 48")');
    const weak = weakSecretReason(env.JWT_SECRET);
    if (weak) throw new ConfigError('JWT_SECRET', weak);
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    database: {
      poolMax: env.DATABASE_POOL_MAX,
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    redisUrl: env.REDIS_URL,
    redis,
    redisPrefix: redis.mode === 'cluster' ? hashTaggedPrefix(env.REDIS_PREFIX) : env.REDIS_PREFIX,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL.replace(/\/$/, ''),
    dataDir: env.DATA_DIR,
    jwtSecret: env.JWT_SECRET ?? developmentSecret(env.DATA_DIR),
    jwtTtlSeconds: env.JWT_TTL_SECONDS,
    trustProxy: parseTrustProxy(env.TRUST_PROXY) ?? false,
    loginThrottle: {
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: env.LOGIN_FAILURE_WINDOW_SECONDS,
    },
    publicThrottle: { maxRequestsPerAddress: env.PUBLIC_MAX_REQUESTS_PER_ADDRESS, windowSeconds: env.PUBLIC_WINDOW_SECONDS },
    publicCacheSeconds: env.PUBLIC_CACHE_SECONDS,
    queueDashboardSessionSeconds: env.QUEUE_DASHBOARD_SESSION_SECONDS,
    accounts: {
      invitationTtlHours: env.INVITATION_TTL_HOURS,
      resetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      resetMaxPerAccount: env.PASSWORD_RESET_MAX_PER_ACCOUNT,
      resetMaxPerAddress: env.PASSWORD_RESET_MAX_PER_ADDRESS,
      resetWindowSeconds: env.PASSWORD_RESET_WINDOW_SECONDS,
    },
    demoPassword: env.DEMO_PASSWORD ?? (env.NODE_ENV === 'production' ? undefined : 'remiss'),
    demoOidcIssuer: env.NODE_ENV === 'production' ? undefined : env.DEMO_OIDC_ISSUER?.replace(/\/$/, ''),
    uploadMaxBytes: env.UPLOAD_MAX_BYTES,
    remissMinMonths: env.REMISS_MIN_MONTHS,
    outboxPollMs: env.OUTBOX_POLL_MS,
    reconcileIntervalMs: env.RECONCILE_INTERVAL_MS,
    logSigningKey: env.LOG_SIGNING_KEY ? signingKeyPem(env.LOG_SIGNING_KEY) : env.NODE_ENV === 'production' ? null : developmentSigningKey(env.DATA_DIR),
    logStatementIntervalMs: env.LOG_STATEMENT_INTERVAL_MS,
    reminderHorizonHours: env.REMINDER_HORIZON_HOURS,
    reminderHorizonIntervalMs: env.REMINDER_HORIZON_INTERVAL_MS,
    jobLockMs: env.JOB_LOCK_MS,
    jobStalledIntervalMs: env.JOB_STALLED_INTERVAL_MS,
    jobRetryBaseMs: env.JOB_RETRY_BASE_MS,
    jobRetryMaxMs: env.JOB_RETRY_MAX_MS,
    webhooks: {
      allowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS ? env.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true' : env.NODE_ENV !== 'production',
      allowHttpLoopback: env.NODE_ENV !== 'production',
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: env.WEBHOOK_RETRY_MAX_MS,
      pollMs: env.WEBHOOK_POLL_MS,
    },
    clockStart: env.CLOCK_START,
    metricsToken: env.METRICS_TOKEN,
    logLevel: env.LOG_LEVEL,
  };
}

/** For entry points: load or print the one sentence and exit. */
export function loadConfigOrExit(source: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
