import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CoreModule, structuredLogging, DailyDigestUseCase, DeadlinePassedUseCase, DeliverWebhookUseCase, FollowUpUseCase, LogStatementsService, SendMailUseCase, SendReminderUseCase } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { ALL_QUEUES, RedisConnections, RedisConnectionsModule } from '@remiss/queue';
import { DeadlineProcessor } from './processors/deadline.processor';
import { MailProcessor } from './processors/mail.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { ReminderProcessor } from './processors/reminder.processor';
import { DuePromoter } from './reconcile/due-promoter.service';
import { ReminderReconciler } from './reconcile/reminder-reconciler.service';
import { JobLogContext } from './ops/job-log-context';
import { ReminderHorizonScheduler } from './horizon/reminder-horizon.service';
import { LogStatementTask } from './log/log-statement.service';
import { OutboxRelayService } from './relay/outbox-relay.service';
import { WebhookProcessor } from './processors/webhook.processor';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher.service';

@Module({
  imports: [
    CoreModule,
    structuredLogging('worker'),
    RedisConnectionsModule,
    // One connection (single server, Sentinel or Cluster) shared by the queues and workers; each
    // worker adds its own blocking connection (a duplicate). Closed by RedisConnectionsModule last.
    BullModule.forRootAsync({
      inject: [APP_CONFIG, RedisConnections],
      useFactory: (config: AppConfig, connections: RedisConnections) => ({
        connection: connections.create('worker'),
        prefix: config.redisPrefix,
      }),
    }),
    ...ALL_QUEUES.map((name) => BullModule.registerQueue({ name })),
  ],
  providers: [
    JobLogContext,
    OutboxRelayService,
    SendMailUseCase,
    MailProcessor,
    // reminders, deadlines, digest, reconciliation
    SendReminderUseCase,
    FollowUpUseCase,
    DeadlinePassedUseCase,
    DailyDigestUseCase,
    ReminderProcessor,
    DeadlineProcessor,
    MaintenanceProcessor,
    DuePromoter,
    ReminderReconciler,
    ReminderHorizonScheduler,
    // the daily signed statement of every case's log head
    LogStatementsService,
    LogStatementTask,
    // webhooks: the log's tail to delivery rows, and the deliveries
    DeliverWebhookUseCase,
    WebhookProcessor,
    WebhookDispatcher,
  ],
})
export class WorkerModule {}
