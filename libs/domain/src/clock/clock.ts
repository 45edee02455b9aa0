/** Where "now" comes from. Tests and demos place it anywhere and move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and demonstrations. */
export class FixedClock implements Clock {
  private current: Date;

  constructor(start: Date | string) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A clock offset from the system clock, so that time runs while placed elsewhere. */
export class OffsetClock implements Clock {
  constructor(private offsetMs = 0) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  setNow(instant: Date | string): void {
    this.offsetMs = new Date(instant).getTime() - Date.now();
  }

  /** Places "now" `ms` milliseconds from the system clock (the shared offset every replica reads). */
  setOffset(ms: number): void {
    this.offsetMs = ms;
  }

  get offset(): number {
    return this.offsetMs;
  }
}

/**
 * The clock the apps inject: it delegates to another clock that can be
 * swapped, so that tests and demonstrations can place "now" anywhere.
 */
export class SwitchableClock implements Clock {
  private readonly listeners = new Set<() => void>();

  constructor(private inner: Clock = systemClock) {}

  now(): Date {
    return this.inner.now();
  }

  use(clock: Clock): void {
    this.inner = clock;
    this.changed();
  }

  /** Called whenever "now" jumps (another clock, a new offset); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the listeners that "now" jumped. */
  protected changed(): void {
    for (const listener of this.listeners) listener();
  }
}
