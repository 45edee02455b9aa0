import { envSchema } from './config.schema';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** Password of the seeded demo accounts (none in production unless set). */
  demoPassword?: string;
  uploadMaxBytes: number;
  remissMinMonths: number;
  outboxPollMs: number;
  reconcileIntervalMs: number;
  /** BullMQ job lock and stalled-job check: a killed worker's jobs resume within lock + 2 × interval. */
  jobLockMs: number;
  jobStalledIntervalMs: number;
  /** Retry delay of a failed job: doubles from base up to max (outage errors retry for as long as it lasts). */
  jobRetryBaseMs: number;
  jobRetryMaxMs: number;
  clockStart?: string;
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

const DEV_JWT_SECRET = 'remiss-development-secret-not-for-production';

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
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET', 'måste anges i produktion (minst 16 tecken)');
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL.replace(/\/$/, ''),
    dataDir: env.DATA_DIR,
    jwtSecret: env.JWT_SECRET ?? DEV_JWT_SECRET,
    jwtTtlSeconds: env.JWT_TTL_SECONDS,
    demoPassword: env.DEMO_PASSWORD ?? (env.NODE_ENV === 'production' ? undefined : 'remiss'),
    uploadMaxBytes: env.UPLOAD_MAX_BYTES,
    remissMinMonths: env.REMISS_MIN_MONTHS,
    outboxPollMs: env.OUTBOX_POLL_MS,
    reconcileIntervalMs: env.RECONCILE_INTERVAL_MS,
    jobLockMs: env.JOB_LOCK_MS,
    jobStalledIntervalMs: env.JOB_STALLED_INTERVAL_MS,
    jobRetryBaseMs: env.JOB_RETRY_BASE_MS,
    jobRetryMaxMs: env.JOB_RETRY_MAX_MS,
    clockStart: env.CLOCK_START,
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
