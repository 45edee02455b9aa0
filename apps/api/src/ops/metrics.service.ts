import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { ALL_QUEUES, closeRedis, createRedisConnection, RedisClient } from '@remiss/queue';
import { Queue } from 'bullmq';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** Buckets of the reminder lateness histogram (sent_at - due_at), in seconds. */
export const LATENESS_BUCKETS = [1, 5, 15, 60, 300, 900, 3600, 6 * 3600, 24 * 3600];
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused', 'failed', 'completed'] as const;

/**
 * The Prometheus registry of the API. HTTP latency is measured in this process; everything about delivery is
 * read at scrape time from PostgreSQL and Redis (shared by all replicas, so any API replica answers for the
 * whole system and the worker needs no port of its own): queue depths per queue and state, outbox lag,
 * reminder lateness, reminders by status (failed = permanently failed), overdue pending reminders, mails by status.
 */
@Injectable()
export class MetricsService implements OnApplicationShutdown {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly queues: Queue[];
  /** An own connection, so that scrapes never share (or close) the one the health check watches. */
  private readonly redis: RedisClient;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const redis = createRedisConnection(config, 'producer');
    this.redis = redis;
    this.registry.setDefaultLabels({ app: 'api' });
    collectDefaultMetrics({ register: this.registry, prefix: 'remiss_api_' });
    this.httpDuration = new Histogram({
      name: 'remiss_http_request_duration_seconds',
      help: 'HTTP request duration by method, route template and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.queues = ALL_QUEUES.map((name) => new Queue(name, { connection: redis, prefix: config.redisPrefix }));
    const queues = this.queues;
    new Gauge({
      name: 'remiss_queue_jobs',
      help: 'BullMQ jobs per queue and state (failed: jobs that ran out of attempts or failed for a permanent reason)',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of queues) {
          const counts = await queue.getJobCounts(...QUEUE_STATES);
          for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
    const db = this.dataSource;
    new Gauge({
      name: 'remiss_outbox_lag_seconds',
      help: 'Age of the oldest outbox row not yet relayed to Redis (0 when the outbox is empty)',
      registers: [this.registry],
      async collect() {
        const [row] = await db.query(`SELECT coalesce(extract(epoch FROM app_now() - min(created_at)), 0)::float AS lag FROM outbox WHERE relayed_at IS NULL`);
        this.set(Math.max(0, Number(row.lag)));
      },
    });
    new Gauge({
      name: 'remiss_outbox_unrelayed',
      help: 'Outbox rows not yet relayed to Redis',
      registers: [this.registry],
      async collect() {
        const [row] = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'remiss_reminders',
      help: 'Reminder and deadline rows by status (failed: permanently failed; uncertain: mail outcome unknown)',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: Array<{ status: string; n: number }> = await db.query(`SELECT status, count(*)::int AS n FROM reminders GROUP BY status`);
        for (const r of rows) this.set({ status: r.status }, r.n);
      },
    });
    new Gauge({
      name: 'remiss_reminders_overdue',
      help: 'Pending or claimed reminders more than 60 s past due on the application clock (should be 0: alert on it)',
      registers: [this.registry],
      async collect() {
        const [row] = await db.query(
          `SELECT count(*)::int AS n FROM reminders WHERE status IN ('pending', 'claimed') AND due_at < app_now() - interval '60 seconds'`,
        );
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'remiss_mails',
      help: 'Mail log rows by status (sent, failed: refused and to be retried, uncertain: outcome unknown, resent on the next attempt, sending: in flight)',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: Array<{ status: string; n: number }> = await db.query(`SELECT status, count(*)::int AS n FROM mail_log GROUP BY status`);
        for (const s of ['sent', 'failed', 'uncertain', 'sending']) this.set({ status: s }, rows.find((r) => r.status === s)?.n ?? 0);
      },
    });
    new Gauge({
      name: 'remiss_mails_resent',
      help: 'Mails sent again (same Message-ID) because an earlier attempt died between the SMTP server taking the mail and our record of it: the recipient may have two copies',
      registers: [this.registry],
      async collect() {
        const [row] = await db.query(`SELECT count(*)::int AS n FROM mail_log WHERE resends > 0`);
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'remiss_webhook_deliveries',
      help: 'Webhook deliveries by outcome (delivered, failed: gave up or refused, pending: waiting or being retried)',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: Array<{ status: string; n: number }> = await db.query(`SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY status`);
        for (const s of ['delivered', 'failed', 'pending']) this.set({ status: s }, rows.find((r) => r.status === s)?.n ?? 0);
      },
    });
    new Gauge({
      name: 'remiss_webhook_attempts',
      help: 'Webhook delivery attempts by outcome (delivered, retry: failed and tried again, failed: the last, sending: in flight or cut off)',
      labelNames: ['outcome'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: Array<{ outcome: string; n: number }> = await db.query(`SELECT outcome, count(*)::int AS n FROM webhook_attempts GROUP BY outcome`);
        for (const o of ['delivered', 'retry', 'failed', 'sending']) this.set({ outcome: o }, rows.find((r) => r.outcome === o)?.n ?? 0);
      },
    });
    this.registry.registerMetric(new LatenessHistogram(db) as never);
  }

  async metrics(): Promise<string> {
    return this.registry.metrics();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
    await closeRedis(this.redis);
  }
}

/**
 * remiss_reminder_lateness_seconds: a histogram of done_at - due_at of every sent reminder (both on the
 * application clock), aggregated by PostgreSQL at scrape time (one scan of the sent reminders).
 */
class LatenessHistogram {
  readonly name = 'remiss_reminder_lateness_seconds';
  readonly help = 'How late sent reminders went out: sent time minus due time, on the application clock';
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  readonly collect = undefined;

  constructor(private readonly db: DataSource) {}

  async get() {
    const buckets = LATENESS_BUCKETS.map((b, i) => `count(*) FILTER (WHERE late <= ${b})::int AS b${i}`).join(', ');
    const [row] = await this.db.query(
      `SELECT ${buckets}, count(*)::int AS n, coalesce(sum(late), 0)::float AS total
         FROM (SELECT greatest(0, extract(epoch FROM done_at - due_at)) AS late FROM reminders WHERE status = 'sent' AND done_at IS NOT NULL) s`,
    );
    const values = [
      ...LATENESS_BUCKETS.map((b, i) => ({ labels: { le: b }, value: row[`b${i}`], metricName: `${this.name}_bucket` })),
      { labels: { le: '+Inf' }, value: row.n, metricName: `${this.name}_bucket` },
      { labels: {}, value: row.total, metricName: `${this.name}_sum` },
      { labels: {}, value: row.n, metricName: `${this.name}_count` },
    ];
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {}
}
