import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, loadConfig } from '@remiss/config';
import { dataSourceOptions } from '@remiss/data-access';
import { Clock } from '@remiss/domain';
import { createMailTransport } from '@remiss/mailer';
import { DataSource } from 'typeorm';
import { createSharedClock, SharedClockRefresher } from './shared-clock';
import { CLOCK, MAIL_TRANSPORT } from './tokens';

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
    // One clock for every replica: the offset lives in PostgreSQL (app_clock), see shared-clock.ts.
    { provide: CLOCK, useFactory: (config: AppConfig, ds: DataSource) => createSharedClock(ds, config.clockStart), inject: [APP_CONFIG, DataSource] },
    SharedClockRefresher,
    {
      provide: MAIL_TRANSPORT,
      useFactory: (config: AppConfig, clock: Clock) =>
        createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir, now: () => clock.now() }),
      inject: [APP_CONFIG, CLOCK],
    },
  ],
  exports: [APP_CONFIG, CLOCK, MAIL_TRANSPORT, SharedClockRefresher, TypeOrmModule],
})
export class CoreModule {}
