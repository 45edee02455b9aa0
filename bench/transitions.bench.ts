/**
 * bench:transitions (issue 4): persisted transitions per second and p50/p99
 * latency at 1 and 8 concurrent clients through the real application path,
 * beside pgbench running the same transaction shape on the same database.
 *
 * Our path, per transaction: dataSource.transaction() → transition() (SELECT the
 * recipient row with its version, restore the XState machine from its snapshot,
 * check acceptance, UPDATE … WHERE id AND version, INSERT event_log) →
 * enqueueInTransaction() (INSERT outbox) → COMMIT. Events alternate
 * REQUEST_EXTENSION / DENY_EXTENSION on each row, so every one is a real transition.
 *
 * Baseline: pgbench -M extended, -j 2, a script doing BEGIN; SELECT … FOR UPDATE;
 * UPDATE recipients (same snapshot bytes); INSERT event_log; INSERT outbox; END.
 *
 * Two diagnostic paths, printed beside them, to show where the time goes: the
 * same six statements through the same TypeORM DataSource without XState (the
 * driver's share), and a bench-only prototype of a two-round-trip transition
 * (see support/single-statement-transition.ts). The machine is shared, so all
 * paths run in interleaved 2-s slices and each figure pools its slices.
 *
 * Each client owns its own rows (no lock contention, in both). Env:
 * BENCH_SECONDS (default 10), BENCH_ROWS_PER_CLIENT (default 32).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { enqueueInTransaction, transition } from '@remiss/application';
import { jobId, QueueName } from '@remiss/queue';
import { applyEvent, initialSnapshot, PersistedSnapshot, remissRecipientMachine } from '@remiss/workflows';
import { DataSource } from 'typeorm';
import { cpuSince, sampleCpu } from './support/cpu';
import { BENCH_DEADLINE, BenchFixture, BenchRecipient, createBenchFixture, RECIPIENT_ID_PREFIX } from './support/fixtures';
import { print, printJsonLine, progress, table } from './support/output';
import { findPgbench, runPgbench } from './support/pgbench';
import { cleanupAll, findPostgres, onCleanup, openBenchDatabase } from './support/services';
import { singleStatementTransition } from './support/single-statement-transition';
import { LatencySummary, ms, nowMs, round, summarise } from './support/stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
/** pgbench -T takes whole seconds. */
const SLICE_SECONDS = 2;
const ROWS_PER_CLIENT = Number(process.env.BENCH_ROWS_PER_CLIENT ?? 32);
const MAX_CLIENTS = 8;
const CONCURRENCIES = [1, 8];

const REQUEST = { type: 'REQUEST_EXTENSION', requestedDate: '2030-09-30', reason: 'Nämnden sammanträder först i september.' } as const;
const DENY = { type: 'DENY_EXTENSION', comment: 'Anstånd kan inte beviljas.', deadlinePassed: false } as const;

type PathName = 'baseline' | 'app' | 'sql' | 'prototype';

interface RunResult {
  tps: number;
  transactions: number;
  seconds: number;
  latencies: number[];
  latency: LatencySummary;
  machineCpuPct: number;
  nodeCpuPct: number;
}

/** Per-row toggle: the next event for each row (each row belongs to one client). */
class Cycle {
  private readonly requested = new Set<string>();
  next(row: BenchRecipient): typeof REQUEST | typeof DENY {
    return this.requested.has(row.id) ? DENY : REQUEST;
  }
  done(row: BenchRecipient): void {
    if (this.requested.has(row.id)) this.requested.delete(row.id);
    else this.requested.add(row.id);
  }
}

/** Runs `clients` loops for `seconds`; each loop walks its own rows round-robin. */
async function drive(clients: number, seconds: number, rows: BenchRecipient[], op: (row: BenchRecipient) => Promise<void>): Promise<RunResult> {
  const latencies: number[] = [];
  const cpu = sampleCpu();
  const start = nowMs();
  let end = start + seconds * 1000;
  const outcomes = await Promise.allSettled(
    Array.from({ length: clients }, async (_, client) => {
      const own = rows.slice(client * ROWS_PER_CLIENT, (client + 1) * ROWS_PER_CLIENT);
      try {
        for (let i = 0; nowMs() < end; i++) {
          const t0 = nowMs();
          await op(own[i % own.length]);
          latencies.push(nowMs() - t0);
        }
      } catch (error) {
        end = 0; // stop the other clients, then report
        throw error;
      }
    }),
  );
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;
  const elapsed = (nowMs() - start) / 1000;
  const usage = cpuSince(cpu);
  return {
    tps: latencies.length / elapsed,
    transactions: latencies.length,
    seconds: elapsed,
    latencies,
    latency: summarise(latencies),
    machineCpuPct: usage.machinePct,
    nodeCpuPct: usage.nodePct,
  };
}

/** Pools the slices of one configuration: tps over the summed time, latencies together, CPU time-weighted. */
function pool(parts: RunResult[]): RunResult {
  const seconds = parts.reduce((a, p) => a + p.seconds, 0);
  const transactions = parts.reduce((a, p) => a + p.transactions, 0);
  const latencies = parts.flatMap((p) => p.latencies);
  const weighted = (f: (p: RunResult) => number) => parts.reduce((a, p) => a + f(p) * p.seconds, 0) / seconds;
  return {
    tps: transactions / seconds,
    transactions,
    seconds,
    latencies,
    latency: summarise(latencies),
    machineCpuPct: weighted((p) => p.machineCpuPct),
    nodeCpuPct: weighted((p) => p.nodeCpuPct),
  };
}

/** The real application path. */
function applicationPath(dataSource: DataSource, fixture: BenchFixture, cycle: Cycle): (row: BenchRecipient) => Promise<void> {
  return async (row) => {
    const event = cycle.next(row);
    await dataSource.transaction(async (manager) => {
      const result = await transition(manager, {
        kind: 'remissRecipient',
        id: row.id,
        event: { ...event },
        actor: fixture.actor,
        at: new Date(),
        caseId: row.caseId,
        recipientId: row.id,
      });
      await enqueueInTransaction(
        manager,
        { queue: QueueName.Mail, name: 'send-mail', data: { template: 'test-mail', caseId: row.caseId, recipientId: row.id } },
        { jobId: jobId('bench', row.id, String(result.version)) },
      );
    });
    cycle.done(row);
  };
}

/** The pgbench transaction shape, through the same TypeORM DataSource and pg pool (no XState): the driver's share. */
function sqlPath(
  dataSource: DataSource,
  fixture: BenchFixture,
  snapshots: { requested: string; sent: string },
  cycle: Cycle,
): (row: BenchRecipient) => Promise<void> {
  return async (row) => {
    const event = cycle.next(row);
    const requesting = event.type === 'REQUEST_EXTENSION';
    await dataSource.transaction(async (m) => {
      const rows: Array<{ version: number }> = await m.query(
        'SELECT id, case_id, state, snapshot, version, machine_version FROM recipients WHERE id = $1 FOR UPDATE',
        [row.id],
      );
      const version = rows[0].version;
      await m.query('UPDATE recipients SET snapshot = $3, state = $4, version = version + 1 WHERE id = $1 AND version = $2', [
        row.id,
        version,
        requesting ? snapshots.requested : snapshots.sent,
        requesting ? 'extensionRequested' : 'sent',
      ]);
      const { type, ...payload } = event;
      await m.query(
        `INSERT INTO event_log (case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [row.caseId, row.id, fixture.actor.userId, fixture.actor.organisationId, new Date(), type, JSON.stringify(payload), requesting ? 'sent' : 'extensionRequested', requesting ? 'extensionRequested' : 'sent'],
      );
      await m.query(`INSERT INTO outbox (queue, name, job_id, payload, deliver_at) VALUES ($1, $2, $3, $4, $5)`, [
        QueueName.Mail,
        'send-mail',
        jobId('bench', row.id, String(version + 1)),
        JSON.stringify({ template: 'test-mail', caseId: row.caseId, recipientId: row.id }),
        null,
      ]);
    });
    cycle.done(row);
  };
}

/** What two round trips instead of six would give (bench-only prototype, see single-statement-transition.ts). */
function prototypePath(dataSource: DataSource, fixture: BenchFixture, cycle: Cycle): (row: BenchRecipient) => Promise<void> {
  return async (row) => {
    await singleStatementTransition(dataSource, {
      id: row.id,
      event: { ...cycle.next(row) },
      actor: fixture.actor,
      at: new Date(),
      outbox: { queue: QueueName.Mail, name: 'send-mail', jobIdPrefix: 'bench', payload: { template: 'test-mail', caseId: row.caseId, recipientId: row.id } },
    });
    cycle.done(row);
  };
}

const PGBENCH_SCRIPT = `-- remiss bench:transitions baseline: the transaction shape of one persisted transition
\\set n :client_id * :per + random(0, :per - 1)
\\set t random(0, 1)
BEGIN;
SELECT id AS rid, case_id AS cid, state, snapshot, version AS ver, machine_version FROM recipients WHERE id = (:prefix::text || lpad(:n::text, 12, '0'))::uuid FOR UPDATE \\gset
\\if :t
UPDATE recipients SET snapshot = :snap_req, state = 'extensionRequested', version = version + 1 WHERE id = :rid AND version = :ver;
INSERT INTO event_log (case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after) VALUES (:cid, :rid, :uid, :oid, now(), 'REQUEST_EXTENSION', :ev_req, 'sent', 'extensionRequested');
\\else
UPDATE recipients SET snapshot = :snap_sent, state = 'sent', version = version + 1 WHERE id = :rid AND version = :ver;
INSERT INTO event_log (case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after) VALUES (:cid, :rid, :uid, :oid, now(), 'DENY_EXTENSION', :ev_deny, 'extensionRequested', 'sent');
\\endif
INSERT INTO outbox (queue, name, job_id, payload, deliver_at) VALUES ('remiss-mail', 'send-mail', 'bench.' || :rid::text || '.' || (:ver::int + 1)::text, :job, NULL);
END;
`;

/** In-process cost of the machine work in transition(): restore + can + transition + getPersistedSnapshot. */
function measureApplyEvent(snapshots: { initial: PersistedSnapshot; requested: PersistedSnapshot }): number {
  const iterations = 3000;
  const t0 = nowMs();
  for (let i = 0; i < iterations; i++) {
    applyEvent(remissRecipientMachine, JSON.parse(JSON.stringify(snapshots.initial)) as PersistedSnapshot, { ...REQUEST });
    applyEvent(remissRecipientMachine, JSON.parse(JSON.stringify(snapshots.requested)) as PersistedSnapshot, { ...DENY });
  }
  return ((nowMs() - t0) * 1000) / (iterations * 2);
}

function latencyRow(label: string, r: RunResult): string[] {
  const nodeCpu = r.nodeCpuPct > 0 ? `${((10 * r.nodeCpuPct) / r.tps).toFixed(2)} ms` : '-';
  return [label, r.tps.toFixed(0), ms(r.latency.p50), ms(r.latency.p99), ms(r.latency.max), nodeCpu];
}

async function main(): Promise<number> {
  const pgbench = findPgbench();
  if (!pgbench) {
    process.stderr.write('bench:transitions needs pgbench (the baseline) and it was not found: install postgresql-client (apt-get install postgresql-client).\n');
    return 2;
  }
  const postgres = await findPostgres();
  const db = await openBenchDatabase(postgres.serverUrl, 'transitions', 20);
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-bench-transitions-'));
  onCleanup(async () => fs.rmSync(logDir, { recursive: true, force: true }));

  const fixture = await createBenchFixture(db.dataSource, MAX_CLIENTS * ROWS_PER_CLIENT);
  const initial = initialSnapshot(remissRecipientMachine, { deadline: BENCH_DEADLINE });
  const requested = applyEvent(remissRecipientMachine, initial, { ...REQUEST }).snapshot;
  const sentAgain = applyEvent(remissRecipientMachine, requested, { ...DENY }).snapshot;
  const snapshotJson = { requested: JSON.stringify(requested), sent: JSON.stringify(sentAgain) };
  const { type: _r, ...requestPayload } = REQUEST;
  const { type: _d, ...denyPayload } = DENY;
  const scriptFile = path.join(logDir, 'transition.pgbench.sql');
  fs.writeFileSync(scriptFile, PGBENCH_SCRIPT);
  const defines = {
    per: String(ROWS_PER_CLIENT),
    prefix: RECIPIENT_ID_PREFIX,
    uid: fixture.actor.userId!,
    oid: fixture.actor.organisationId!,
    snap_req: snapshotJson.requested,
    snap_sent: snapshotJson.sent,
    ev_req: JSON.stringify(requestPayload),
    ev_deny: JSON.stringify(denyPayload),
    job: JSON.stringify({ template: 'test-mail', caseId: fixture.caseId, recipientId: fixture.recipients[0].id }),
  };
  const pg = (clients: number, seconds: number) =>
    runPgbench({ binary: pgbench, url: db.url, scriptFile, clients, threads: 2, seconds, defines, logDir });

  const rows = fixture.recipients;
  // pgbench leaves rows in either state: put them all back to 'sent' before each of our runs.
  const reset = () => db.dataSource.query(`UPDATE recipients SET snapshot = $1, state = 'sent'`, [snapshotJson.sent]);
  const ours = (make: (cycle: Cycle) => (row: BenchRecipient) => Promise<void>) => async (clients: number, seconds: number) => {
    await reset();
    return drive(clients, seconds, rows, make(new Cycle()));
  };
  const pgRun = async (clients: number, seconds: number): Promise<RunResult> => {
    const cpu = sampleCpu();
    const r = await pg(clients, seconds);
    if (r.failed > 0) throw new Error(`pgbench had ${r.failed} failed transactions:\n${r.output}`);
    const usage = cpuSince(cpu);
    return { tps: r.tps, transactions: Math.round(r.tps * seconds), seconds, latencies: r.latencies, latency: r.latency, machineCpuPct: usage.machinePct, nodeCpuPct: 0 };
  };
  const paths: Record<PathName, (clients: number, seconds: number) => Promise<RunResult>> = {
    baseline: pgRun,
    app: ours((cycle) => applicationPath(db.dataSource, fixture, cycle)),
    sql: ours((cycle) => sqlPath(db.dataSource, fixture, snapshotJson, cycle)),
    prototype: ours((cycle) => prototypePath(db.dataSource, fixture, cycle)),
  };
  const names = Object.keys(paths) as PathName[];

  progress(`warm-up (${WARMUP_SECONDS} s each)`);
  for (const name of names) await paths[name](MAX_CLIENTS, WARMUP_SECONDS);

  // The machine is shared: interleave short slices of every path (rotating the order) so that background load hits all alike.
  const slices = Math.max(1, Math.round(SECONDS / SLICE_SECONDS));
  const results: Record<number, Record<PathName, RunResult>> = {};
  for (const clients of CONCURRENCIES) {
    const parts = Object.fromEntries(names.map((n) => [n, [] as RunResult[]])) as Record<PathName, RunResult[]>;
    for (let slice = 0; slice < slices; slice++) {
      progress(`${clients} client(s): slice ${slice + 1}/${slices}, ${SLICE_SECONDS} s each of ${names.join(', ')}`);
      for (let k = 0; k < names.length; k++) {
        const name = names[(slice + k) % names.length];
        parts[name].push(await paths[name](clients, SLICE_SECONDS));
      }
    }
    results[clients] = Object.fromEntries(names.map((n) => [n, pool(parts[n])])) as Record<PathName, RunResult>;
  }

  const applyEventUs = measureApplyEvent({ initial, requested });
  const counts: Array<{ n: number }> = await db.dataSource.query(`SELECT count(*)::int AS n FROM event_log`);

  const r1 = results[1];
  const r8 = results[8];
  const ratio1 = r1.app.tps / r1.baseline.tps;
  const ratio8 = r8.app.tps / r8.baseline.tps;
  const pct = (a: RunResult, b: RunResult) => `${((100 * a.tps) / b.tps).toFixed(0)} %`;
  print('bench:transitions — persisted recipient transitions (REQUEST_EXTENSION / DENY_EXTENSION), each in one transaction');
  print(`PostgreSQL ${postgres.source} (${new URL(postgres.serverUrl).host}), ${os.cpus().length} cores, ${SECONDS} s per configuration and path (interleaved 2-s slices), ${ROWS_PER_CLIENT} own rows per client (no contention)`);
  print();
  const rowsFor = (clients: number, r: Record<PathName, RunResult>) => [
    [...latencyRow(`pgbench (baseline)`, r.baseline), '100 %'],
    [...latencyRow(`transition() + outbox`, r.app), pct(r.app, r.baseline)],
    [...latencyRow(`  same 6 statements, no XState`, r.sql), pct(r.sql, r.baseline)],
    [...latencyRow(`  prototype: 2 round trips`, r.prototype), pct(r.prototype, r.baseline)],
  ].map(([label, ...rest]) => [`${clients} client${clients > 1 ? 's' : ''}: ${label}`, ...rest]);
  table([['run', 'tps', 'p50', 'p99', 'max', 'node CPU/tx', 'of pgbench'], ...rowsFor(1, r1), ...rowsFor(8, r8)]);
  print();
  print(`ratio transition()/pgbench: 1 client ${ratio1.toFixed(2)}, 8 clients ${ratio8.toFixed(2)} (target ≥ 0.80)`);
  print(`p99 at 8 clients: ${ms(r8.app.latency.p99)} (target < 20 ms)`);
  print(
    `node CPU (one core = 100 %) during transition(): ${r1.app.nodeCpuPct.toFixed(0)} % at 1, ${r8.app.nodeCpuPct.toFixed(0)} % at 8 ` +
      `(${((10 * r8.app.nodeCpuPct) / r8.app.tps).toFixed(2)} ms of node CPU per transaction at 8)`,
  );
  print(
    `machine busy (both cores, includes other engineers' load): pgbench ${r1.baseline.machineCpuPct.toFixed(0)} % / ${r8.baseline.machineCpuPct.toFixed(0)} %, ` +
      `transition() ${r1.app.machineCpuPct.toFixed(0)} % / ${r8.app.machineCpuPct.toFixed(0)} % (1 / 8 clients)`,
  );
  print(`applyEvent (restore + can + transition + getPersistedSnapshot) in process: ${applyEventUs.toFixed(0)} µs per event`);
  print(`event_log rows written: ${counts[0].n}`);
  const targetMet = ratio1 >= 0.8 && ratio8 >= 0.8 && r8.app.latency.p99 < 20;
  print(`target ${targetMet ? 'met' : 'NOT met'}`);

  await db.close();
  await cleanupAll();
  printJsonLine({
    bench: 'transitions',
    tps_1: round(r1.app.tps, 1),
    tps_8: round(r8.app.tps, 1),
    baseline_tps_1: round(r1.baseline.tps, 1),
    baseline_tps_8: round(r8.baseline.tps, 1),
    ratio_1: round(ratio1, 3),
    ratio_8: round(ratio8, 3),
    p50_ms_1: round(r1.app.latency.p50, 3),
    p99_ms_1: round(r1.app.latency.p99, 3),
    p50_ms_8: round(r8.app.latency.p50, 3),
    p99_ms_8: round(r8.app.latency.p99, 3),
    baseline_p50_ms_1: round(r1.baseline.latency.p50, 3),
    baseline_p99_ms_1: round(r1.baseline.latency.p99, 3),
    baseline_p50_ms_8: round(r8.baseline.latency.p50, 3),
    baseline_p99_ms_8: round(r8.baseline.latency.p99, 3),
    sql_tps_1: round(r1.sql.tps, 1),
    sql_tps_8: round(r8.sql.tps, 1),
    prototype_tps_1: round(r1.prototype.tps, 1),
    prototype_tps_8: round(r8.prototype.tps, 1),
    prototype_p99_ms_8: round(r8.prototype.latency.p99, 3),
    node_cpu_pct_8: round(r8.app.nodeCpuPct, 1),
    apply_event_us: round(applyEventUs, 1),
    seconds: SECONDS,
    target_met: targetMet,
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    process.stderr.write(`bench:transitions failed: ${(error as Error).stack ?? String(error)}\n`);
    await cleanupAll();
    process.exit(1);
  },
);
