import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CoreModule, SendMailUseCase } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { ALL_QUEUES, redisOptionsFromUrl } from '@remiss/queue';
import { MailProcessor } from './processors/mail.processor';
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
  providers: [OutboxRelayService, SendMailUseCase, MailProcessor],
})
export class WorkerModule {}
