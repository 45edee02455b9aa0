import { Actor } from '@remiss/application';
import {
  CONSULTATION_MACHINE_VERSION,
  consultationMachine,
  initialSnapshot,
  REMISS_RECIPIENT_MACHINE_VERSION,
  remissRecipientMachine,
  stateValueToString,
} from '@remiss/workflows';
import { DataSource } from 'typeorm';

/**
 * Minimal rows for the benchmarks: one case at KSL, rounds of (at most) the 26
 * municipalities each (recipients are unique per round and organisation), and
 * recipients with deterministic ids so that pgbench can address them by number.
 */

export const BENCH_DEADLINE = '2030-06-28';

/** Recipient n (0-based) has this id; pgbench builds the same with lpad(). */
export const RECIPIENT_ID_PREFIX = 'b0000000-0000-4000-8000-';
export function recipientId(n: number): string {
  return `${RECIPIENT_ID_PREFIX}${String(n).padStart(12, '0')}`;
}

export interface BenchRecipient {
  index: number;
  id: string;
  caseId: string;
  roundId: string;
  organisationId: string;
}

export interface BenchFixture {
  caseId: string;
  actor: Actor;
  recipients: BenchRecipient[];
}

export async function benchActor(dataSource: DataSource): Promise<Actor> {
  const rows: Array<{ id: string; organisation_id: string; name: string }> = await dataSource.query(
    `SELECT id, organisation_id, name FROM users WHERE email = 'kansli@ksl.se'`,
  );
  if (rows.length === 0) throw new Error('seeded user kansli@ksl.se is missing');
  return { userId: rows[0].id, organisationId: rows[0].organisation_id, role: 'secretariat', name: rows[0].name };
}

export async function createBenchCase(dataSource: DataSource, actor: Actor, registryNumber = 'KSL/2030/9001'): Promise<string> {
  const snapshot = initialSnapshot(consultationMachine, undefined as never);
  const state = stateValueToString((snapshot as unknown as { value: string }).value);
  const rows: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO cases (organisation_id, registry_number, title, state, snapshot, machine_version, version, created_by)
     VALUES ($1, $2, 'Benchmark', $3, $4, $5, 1, $6) RETURNING id`,
    [actor.organisationId, registryNumber, state, JSON.stringify(snapshot), CONSULTATION_MACHINE_VERSION, actor.userId],
  );
  return rows[0].id;
}

export async function municipalityIds(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ id: string }> = await dataSource.query(`SELECT id FROM organisations WHERE kind = 'municipality' ORDER BY slug`);
  return rows.map((r) => r.id);
}

export async function createRound(dataSource: DataSource, caseId: string, seq: number, actor: Actor, deadline = BENCH_DEADLINE): Promise<string> {
  const rows: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO rounds (case_id, kind, seq, subject, deadline, sent_at, reminder_policy, created_by)
     VALUES ($1, 'remiss', $2, 'Benchmark round', $3, now(), '{}', $4) RETURNING id`,
    [caseId, seq, deadline, actor.userId],
  );
  return rows[0].id;
}

/** `count` recipients in state `sent`, spread over as many rounds as needed. */
export async function createBenchFixture(dataSource: DataSource, count: number): Promise<BenchFixture> {
  const actor = await benchActor(dataSource);
  const caseId = await createBenchCase(dataSource, actor);
  const organisations = await municipalityIds(dataSource);
  const snapshot = JSON.stringify(initialSnapshot(remissRecipientMachine, { deadline: BENCH_DEADLINE }));
  const recipients: BenchRecipient[] = [];
  let roundId = '';
  for (let n = 0; n < count; n++) {
    if (n % organisations.length === 0) roundId = await createRound(dataSource, caseId, n / organisations.length + 1, actor);
    recipients.push({ index: n, id: recipientId(n), caseId, roundId, organisationId: organisations[n % organisations.length] });
  }
  await dataSource.query(
    `INSERT INTO recipients (id, round_id, case_id, organisation_id, state, snapshot, machine_version, version, deadline, original_deadline)
     SELECT id, round_id, $4, org, 'sent', $5::jsonb, $6, 1, $7, $7
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS t(id, round_id, org)`,
    [recipients.map((r) => r.id), recipients.map((r) => r.roundId), recipients.map((r) => r.organisationId), caseId, snapshot, REMISS_RECIPIENT_MACHINE_VERSION, BENCH_DEADLINE],
  );
  return { caseId, actor, recipients };
}
