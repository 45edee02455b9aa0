import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, loadConfig } from '@remiss/config';
import { dataSourceOptions } from '@remiss/data-access';
import { Clock, OffsetClock, SwitchableClock } from '@remiss/domain';
import { createMailTransport } from '@remiss/mailer';
import { CLOCK, MAIL_TRANSPORT } from './tokens';

function clockFor(config: AppConfig): Clock {
  const clock = new SwitchableClock();
  if (config.clockStart) {
    const offset = new OffsetClock();
    offset.setNow(config.clockStart);
    clock.use(offset);
    new Logger('Klocka').warn(`Klockan är flyttad: systemet tror att det är ${clock.now().toISOString()}`);
  }
  return clock;
}

/**
 * What every app needs: the validated configuration, the database, the clock
 * and the mail transport.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: () => {
        const config = loadConfig();
        return dataSourceOptions(config.databaseUrl, {}, config.database);
      },
    }),
  ],
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    { provide: CLOCK, useFactory: clockFor, inject: [APP_CONFIG] },
    {
      provide: MAIL_TRANSPORT,
      useFactory: (config: AppConfig) =>
        createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir }),
      inject: [APP_CONFIG],
    },
  ],
  exports: [APP_CONFIG, CLOCK, MAIL_TRANSPORT, TypeOrmModule],
})
export class CoreModule {}
