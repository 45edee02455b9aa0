import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The environment the apps accept. Validated once at boot; a bad value stops
 * the app with one sentence naming the variable and what is wrong.
 */
const url = (protocols: string[], example: string) =>
  z.string().refine(
    (value) => {
      try {
        const parsed = new URL(value);
        return protocols.includes(parsed.protocol.replace(/:$/, '')) && parsed.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { message: `måste vara en URL som börjar med ${protocols.map((p) => `${p}://`).join(' eller ')}, t.ex. ${example}` },
  );

const positiveInt = z.coerce.number({ message: 'måste vara ett positivt heltal' }).int({ message: 'måste vara ett positivt heltal' }).positive({ message: 'måste vara ett positivt heltal' });

/** Express `trust proxy`: false, true, a hop count, or a comma-separated list of addresses/CIDRs (or loopback, linklocal, uniquelocal). */
const trustProxy = z
  .string()
  .trim()
  .refine((value) => parseTrustProxy(value) !== undefined, {
    message: 'måste vara false, true, ett antal proxysteg (t.ex. 1) eller en kommaseparerad lista med adresser/CIDR (t.ex. 10.0.0.0/8, loopback)',
  });

const NAMED_SUBNETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

export function parseTrustProxy(value: string): boolean | number | string[] | undefined {
  if (value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const parts = value.split(',').map((p) => p.trim());
  const valid = parts.every((part) => {
    if (NAMED_SUBNETS.has(part)) return true;
    const [address, bits, ...rest] = part.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    if (bits === undefined) return true;
    return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
  });
  return valid && parts.length > 0 ? parts : undefined;
}

/** A comma-separated list of host:port (Redis Sentinels, Redis Cluster nodes). */
const hostPortList = z.string().refine((value) => parseHostPorts(value) !== undefined, {
  message: 'måste vara en kommaseparerad lista med värd:port, t.ex. 10.0.0.1:26379,10.0.0.2:26379',
});

export interface HostPort {
  host: string;
  port: number;
}

export function parseHostPorts(value: string): HostPort[] | undefined {
  const parts = value.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) return undefined;
  const parsed: HostPort[] = [];
  for (const part of parts) {
    // host:port, or [IPv6]:port
    const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(part);
    if (!match) return undefined;
    const portNumber = Number(match[3]);
    if (portNumber < 1 || portNumber > 65535) return undefined;
    parsed.push({ host: match[1] ?? match[2], port: portNumber });
  }
  return parsed;
}

const port = z.coerce
  .number({ message: 'måste vara ett heltal' })
  .int({ message: 'måste vara ett heltal' })
  .min(0, { message: 'måste vara mellan 0 och 65535' })
  .max(65535, { message: 'måste vara mellan 0 och 65535' });

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'måste vara development, production eller test' }).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: url(['postgres', 'postgresql'], 'postgres://postgres@127.0.0.1:5432/remiss').default('postgres://postgres@127.0.0.1:5432/remiss'),
  REDIS_URL: url(['redis', 'rediss'], 'redis://127.0.0.1:6379').default('redis://127.0.0.1:6379'),
  REDIS_SENTINELS: hostPortList.optional(),
  REDIS_SENTINEL_NAME: z.string().regex(/^[A-Za-z0-9._-]+$/, { message: 'får bara innehålla bokstäver, siffror och . _ -' }).optional(),
  REDIS_SENTINEL_PASSWORD: z.string().min(1).optional(),
  REDIS_CLUSTER_NODES: hostPortList.optional(),
  REDIS_USERNAME: z.string().min(1).optional(),
  REDIS_PASSWORD: z.string().min(1).optional(),
  REDIS_TLS: z.enum(['true', 'false'], { message: 'måste vara true eller false' }).default('false'),
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_{}-]+$/, { message: 'får bara innehålla bokstäver, siffror och : _ - { }' }).default('remiss'),
  DATABASE_POOL_MAX: positiveInt.default(20),
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt.default(5000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number({ message: 'måste vara 0 (av) eller ett positivt heltal' }).int({ message: 'måste vara 0 (av) eller ett positivt heltal' }).min(0, { message: 'måste vara 0 (av) eller ett positivt heltal' }).default(30_000),
  SMTP_URL: url(['smtp', 'smtps'], 'smtp://user:pass@mail.example.se:587').optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(.+<[^@\s]+@[^@\s]+>|[^@\s<>]+@[^@\s<>]+)$/, { message: 'måste vara en e-postadress, t.ex. "Remiss <remiss@ksl.se>"' })
    .default('Remiss <remiss@localhost>'),
  PUBLIC_URL: url(['http', 'https'], 'https://remiss.ksl.se').default('http://localhost:3000'),
  DATA_DIR: z.string().min(1).default('.data'),
  JWT_SECRET: z.string().min(16, { message: 'måste vara minst 16 tecken' }).optional(),
  LOG_SIGNING_KEY: z.string().min(1).max(10_000).optional(),
  TRUST_PROXY: trustProxy.default('false'),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt.default(10),
  LOGIN_MAX_FAILURES_PER_ADDRESS: positiveInt.default(50),
  LOGIN_FAILURE_WINDOW_SECONDS: positiveInt.default(15 * 60),
  PUBLIC_MAX_REQUESTS_PER_ADDRESS: positiveInt.default(120),
  PUBLIC_WINDOW_SECONDS: positiveInt.default(60),
  PUBLIC_CACHE_SECONDS: z.coerce.number().int({ message: 'måste vara ett heltal' }).min(0, { message: 'måste vara 0 eller mer' }).max(3600, { message: 'får vara högst 3600' }).default(5),
  QUEUE_DASHBOARD_SESSION_SECONDS: positiveInt.default(30 * 60),
  INVITATION_TTL_HOURS: positiveInt.default(7 * 24),
  PASSWORD_RESET_TTL_MINUTES: positiveInt.default(60),
  PASSWORD_RESET_MAX_PER_ACCOUNT: positiveInt.default(3),
  PASSWORD_RESET_MAX_PER_ADDRESS: positiveInt.default(20),
  PASSWORD_RESET_WINDOW_SECONDS: positiveInt.default(3600),
  DEMO_PASSWORD: z.string().min(1).max(200).optional(),
  DEMO_OIDC_ISSUER: url(['http', 'https'], 'http://127.0.0.1:3001').optional(),
  JWT_TTL_SECONDS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(8 * 3600),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(20 * 1024 * 1024),
  REMISS_MIN_MONTHS: z.coerce.number().int().min(0, { message: 'måste vara 0 eller mer' }).default(3),
  OUTBOX_POLL_MS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(500),
  RECONCILE_INTERVAL_MS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(5 * 60_000),
  LOG_STATEMENT_INTERVAL_MS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(60 * 60_000),
  REMINDER_HORIZON_HOURS: z.coerce.number().int().min(1, { message: 'måste vara minst 1' }).max(24 * 366, { message: 'får vara högst 8784 (ett år)' }).default(48),
  REMINDER_HORIZON_INTERVAL_MS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(60_000),
  JOB_LOCK_MS: z.coerce.number().int().min(1000, { message: 'måste vara minst 1000' }).default(5000),
  JOB_STALLED_INTERVAL_MS: z.coerce.number().int().min(500, { message: 'måste vara minst 500' }).default(4000),
  JOB_RETRY_BASE_MS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(2000),
  JOB_RETRY_MAX_MS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(60_000),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false'], { message: 'måste vara true eller false' }).optional(),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100, { message: 'måste vara minst 100' }).max(60_000, { message: 'får vara högst 60000' }).default(10_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1, { message: 'måste vara minst 1' }).max(50, { message: 'får vara högst 50' }).default(10),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(5000),
  WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(3_600_000),
  WEBHOOK_POLL_MS: z.coerce.number().int().positive({ message: 'måste vara ett positivt heltal' }).default(1000),
  CLOCK_START: z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), { message: 'måste vara en tidpunkt, t.ex. 2013-11-01T08:00:00+01:00' })
    .optional(),
  METRICS_TOKEN: z.string().min(16, { message: 'måste vara minst 16 tecken lång' }).max(500).optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose'], { message: 'måste vara error, warn, log, debug eller verbose' }).default('log'),
});

export type Env = z.infer<typeof envSchema>;
