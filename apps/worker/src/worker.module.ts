import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CoreModule, DailyDigestUseCase, DeadlinePassedUseCase, FollowUpUseCase, SendMailUseCase, SendReminderUseCase } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { ALL_QUEUES, redisOptionsFromUrl } from '@remiss/queue';
import { DeadlineProcessor } from './processors/deadline.processor';
import { MailProcessor } from './processors/mail.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { ReminderProcessor } from './processors/reminder.processor';
import { DuePromoter } from './reconcile/due-promoter.service';
import { ReminderReconciler } from './reconcile/reminder-reconciler.service';
import { ReminderHorizonScheduler } from './horizon/reminder-horizon.service';
import { OutboxRelayService } from './relay/outbox-relay.service';

@Module({
  imports: [
    CoreModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisOptionsFromUrl(config.redisUrl, 'worker'),
        prefix: config.redisPrefix,
      }),
    }),
    ...ALL_QUEUES.map((name) => BullModule.registerQueue({ name })),
  ],
  providers: [
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
  ],
})
export class WorkerModule {}
