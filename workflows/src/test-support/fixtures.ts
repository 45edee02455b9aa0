import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyStateMachine, EventFromLogic, InputFrom } from 'xstate';
import { applyEvent, initialSnapshot, type PersistedSnapshot } from '../machine-runtime';

/**
 * Committed fixtures of persisted snapshots (`fixtures/v<version>-<name>.json`).
 * They are written once, when WRITE_WORKFLOW_FIXTURES=1, and never overwritten:
 * they pin what version 1 persisted, so that later machine versions must still
 * restore them.
 */
export function persistAfter<M extends AnyStateMachine>(machine: M, input: InputFrom<M>, events: Array<EventFromLogic<M>>): PersistedSnapshot {
  let persisted = initialSnapshot(machine, input);
  for (const event of events) {
    const result = applyEvent(machine, persisted, event);
    if (!result.accepted) throw new Error(`Fixture scenario: ${event.type} rejected in ${result.before}`);
    persisted = result.snapshot;
  }
  return persisted;
}

export function writeFixturesIfRequested<M extends AnyStateMachine>(
  dir: string,
  version: number,
  machine: M,
  input: InputFrom<M>,
  scenarios: Record<string, Array<EventFromLogic<M>>>,
): void {
  if (process.env['WRITE_WORKFLOW_FIXTURES'] !== '1') return;
  mkdirSync(dir, { recursive: true });
  for (const [name, events] of Object.entries(scenarios)) {
    const file = join(dir, `v${version}-${name}.json`);
    if (!existsSync(file)) writeFileSync(file, `${JSON.stringify(persistAfter(machine, input, events), null, 2)}\n`);
  }
}

export function readFixtures(dir: string, version: number): Array<{ name: string; snapshot: PersistedSnapshot }> {
  const prefix = `v${version}-`;
  return readdirSync(dir)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file.slice(prefix.length, -'.json'.length), snapshot: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}
