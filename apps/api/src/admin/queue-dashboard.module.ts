import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { ALL_QUEUES, closeRedis, createRedisConnection, RedisClient } from '@remiss/queue';
import { Queue } from 'bullmq';
import type { Application } from 'express';
import { DataSource } from 'typeorm';
import { TokenService } from '../auth/token.service';
import { hasValidCsrfToken, sessionCookieOf, WEB_SESSION_AUDIENCE } from '../auth/web-session';
import cookieParser from 'cookie-parser';
import { DASHBOARD_PATH, dashboardAuth } from './queue-dashboard.auth';

/** bull-board at /admin/queues for administrators: every queue, with its jobs, retries and failures. */
@Injectable()
export class QueueDashboard implements OnModuleInit, OnApplicationShutdown {
  private queues: Queue[] = [];
  private connection?: RedisClient;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  onModuleInit(): void {
    // One connection for the four queues (BullMQ does not close a connection it was given: closed below).
    const connection = createRedisConnection(this.config, 'producer');
    this.connection = connection;
    this.queues = ALL_QUEUES.map((name) => new Queue(name, { connection, prefix: this.config.redisPrefix }));
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((q) => new BullMQAdapter(q)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Remiss – köer' } },
    });
    const app = this.adapterHost.httpAdapter.getInstance<Application>();
    const auth = dashboardAuth({
      tokens: this.tokens,
      dataSource: this.dataSource,
      publicUrl: this.config.publicUrl,
      sessionSeconds: this.config.queueDashboardSessionSeconds,
      webSession: (req) => {
        // Registered before the app's own cookie parser.
        if (!req.cookies) cookieParser()(req, {} as never, () => undefined);
        const cookie = sessionCookieOf(req, this.config);
        const token = cookie ? this.tokens.verify(cookie, { audience: WEB_SESSION_AUDIENCE }) : null;
        return token && hasValidCsrfToken(req, this.config, token.jti) ? token : null;
      },
    });
    app.use(DASHBOARD_PATH, auth, serverAdapter.getRouter());
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
    if (this.connection) await closeRedis(this.connection);
  }
}

@Module({ providers: [QueueDashboard, TokenService] })
export class QueueDashboardModule {}
