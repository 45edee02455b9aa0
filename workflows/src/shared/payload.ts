import type { EventObject } from 'xstate';

/**
 * Events reach the machines from the outside (HTTP, queue jobs, JSON), so guards
 * read payload fields defensively: a missing or mistyped field makes a guard
 * fail instead of throwing.
 */
export function field(event: EventObject, key: string): unknown {
  return (event as unknown as Record<string, unknown>)[key];
}

export function stringField(event: EventObject, key: string): string | undefined {
  const value = field(event, key);
  return typeof value === 'string' ? value : undefined;
}

export function nonEmptyStringField(event: EventObject, key: string): string | undefined {
  const value = stringField(event, key);
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date 'YYYY-MM-DD' that exists (2013-02-30 does not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function dateField(event: EventObject, key: string): string | undefined {
  const value = field(event, key);
  return isIsoDate(value) ? value : undefined;
}
