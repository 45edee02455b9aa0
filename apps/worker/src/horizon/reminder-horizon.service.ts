import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, enqueueWithinHorizon, horizonEnd } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { Clock, SwitchableClock } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '../periodic-task';
import { OutboxRelayService } from '../relay/outbox-relay.service';

/**
 * The horizon scheduler: every REMINDER_HORIZON_INTERVAL_MS (and at start) it gives the pending reminders that
 * have come within REMINDER_HORIZON_HOURS of the application clock their BullMQ jobs (through the outbox, then
 * relays them), so that Redis holds only the next hours' reminders however many are planned. When the shared
 * clock moves (the refresher sees a new app_clock offset), it runs at once: reminders beyond the old horizon
 * that the move made due get their jobs now, not an interval later. Safe on N workers at once (see
 * enqueueWithinHorizon: each row is enqueued once).
 */
@Injectable()
export class ReminderHorizonScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Horisont');
  private readonly loop: PeriodicTask;
  private unsubscribe?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly relay: OutboxRelayService,
  ) {
    this.loop = new PeriodicTask(
      () => this.enqueueDue().catch((error: Error) => this.logger.error(`Kunde inte lägga påminnelser i kön: ${error.message}`)),
      config.reminderHorizonIntervalMs,
    );
  }

  onApplicationBootstrap(): void {
    if (this.clock instanceof SwitchableClock) this.unsubscribe = this.clock.onChange(() => this.loop.trigger());
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    await this.loop.stop();
  }

  /** The instant up to which pending reminders have jobs. */
  until(): Date {
    return horizonEnd(this.clock.now(), this.config.reminderHorizonHours);
  }

  /** Enqueues every pending reminder without a job that is due within the horizon; returns how many. */
  async enqueueDue(batchSize = 5000): Promise<number> {
    const until = this.until();
    let total = 0;
    for (;;) {
      const moved = await this.dataSource.transaction((m) => enqueueWithinHorizon(m, until, batchSize));
      total += moved;
      if (moved < batchSize || this.loop.isStopped) break;
    }
    if (total > 0) await this.relay.relayAll();
    return total;
  }
}
