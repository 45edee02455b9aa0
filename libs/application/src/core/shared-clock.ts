import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { OffsetClock, SwitchableClock } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { CLOCK } from './tokens';

/** How often a running process re-reads the shared offset (a moved clock reaches every replica within this). */
export const CLOCK_REFRESH_MS = 2000;

interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- DataSource and EntityManager both fit
  query(sql: string, params?: unknown[]): Promise<any>;
}

/**
 * Applies CLOCK_START to the shared offset once: the first process that boots with a CLOCK_START value the
 * table has not seen writes offset = CLOCK_START - real now; every later process and restart with the same
 * value keeps that offset (so time runs on instead of jumping back). Without CLOCK_START the offset is 0.
 * Returns the offset in force.
 */
export async function applyClockStart(db: Queryable, clockStart: string | undefined, realNow = Date.now()): Promise<number> {
  const offset = clockStart ? new Date(clockStart).getTime() - realNow : 0;
  await db.query(
    `UPDATE app_clock SET offset_ms = $1, clock_start = $2, changed_at = now() WHERE id = 1 AND clock_start IS DISTINCT FROM $2`,
    [offset, clockStart ?? null],
  );
  return readClockOffset(db);
}

export async function readClockOffset(db: Queryable): Promise<number> {
  const rows: Array<{ offset_ms: string }> = await db.query(`SELECT offset_ms FROM app_clock WHERE id = 1`);
  return rows.length ? Number(rows[0].offset_ms) : 0;
}

/**
 * Moves every replica's "now" to `instant` (demonstrations, the chaos run): the offset is rewritten and each
 * process picks it up within CLOCK_REFRESH_MS. The CLOCK_START value stays, so a restart does not undo the move.
 */
export async function moveSharedClock(db: Queryable, instant: Date | string, realNow = Date.now()): Promise<number> {
  const offset = new Date(instant).getTime() - realNow;
  await db.query(`UPDATE app_clock SET offset_ms = $1, changed_at = now() WHERE id = 1`, [offset]);
  return offset;
}

/**
 * The clock every app injects (CLOCK): "now" = the system clock + the offset kept in PostgreSQL (`app_clock`),
 * the same for every replica. Tests may still `use()` another clock; a changed offset tells the listeners.
 */
export class SharedClock extends SwitchableClock {
  private readonly offsetClock = new OffsetClock(0);

  constructor() {
    super();
    this.use(this.offsetClock);
  }

  get offset(): number {
    return this.offsetClock.offset;
  }

  /** Sets the offset; returns whether it changed (listeners are told). */
  setOffset(ms: number): boolean {
    if (ms === this.offsetClock.offset) return false;
    this.offsetClock.setOffset(ms);
    this.changed();
    return true;
  }
}

/** Boot: the offset is applied and read before any provider uses the clock. */
export async function createSharedClock(dataSource: DataSource, clockStart: string | undefined): Promise<SharedClock> {
  const clock = new SharedClock();
  clock.setOffset(await applyClockStart(dataSource, clockStart));
  if (clock.offset !== 0) new Logger('Klocka').warn(`Klockan är flyttad: systemet tror att det är ${clock.now().toISOString()}`);
  return clock;
}

/** Re-reads the shared offset every CLOCK_REFRESH_MS while the app runs; a database outage keeps the last one. */
@Injectable()
export class SharedClockRefresher implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<unknown>;

  constructor(
    @Inject(CLOCK) private readonly clock: SwitchableClock,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.inFlight = this.refresh().catch(() => undefined);
    }, CLOCK_REFRESH_MS);
    this.timer.unref();
  }

  /** Before the database closes (onApplicationShutdown), so no refresh runs into a closed pool. */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.inFlight;
  }

  /** Returns whether the offset changed. */
  async refresh(): Promise<boolean> {
    if (!(this.clock instanceof SharedClock) || !this.dataSource.isInitialized) return false;
    return this.clock.setOffset(await readClockOffset(this.dataSource));
  }
}
