/**
 * bench:transitions (issues 4 and 10): persisted transitions per second and p50/p99
 * latency at 1 and 8 concurrent clients through the real application path,
 * beside pgbench running exactly the statements that path runs, on the same database.
 *
 * Our path, per transaction: dataSource.transaction() → transition() (the row
 * loaded with its version, the XState machine restored from its snapshot, the
 * event checked, then one statement for the optimistic UPDATE and the event-log
 * row) → enqueueInTransaction() (INSERT outbox) → COMMIT. Events alternate
 * REQUEST_EXTENSION / DENY_EXTENSION on each row, so every one is a real transition.
 *
 * Baseline: the statements (text and values) the driver sends for one REQUEST and one
 * DENY transaction are recorded from the real path (support/record-sql.ts), and the
 * pgbench script is generated from them: the same SQL, prepared (-M prepared), -j 2,
 * no per-transaction log; only the row id (built from the client's row number),
 * the version (read by the recorded SELECT, \gset) and NULLs are not the recorded literals.
 * The machine is shared, so both run in interleaved 2-s slices and each figure pools its slices.
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
import { dataStatements, RecordedStatement, recordStatements } from './support/record-sql';
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

type PathName = 'baseline' | 'app';

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
  const mean = parts.reduce((a, p) => a + p.latency.mean * p.transactions, 0) / Math.max(1, transactions);
  return {
    tps: transactions / seconds,
    transactions,
    seconds,
    latencies,
    // pgbench without its per-transaction log: only the (transaction-weighted) average is known
    latency: latencies.length ? summarise(latencies) : { count: transactions, p50: mean, p99: Number.NaN, max: Number.NaN, mean },
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

/** The value of a recorded parameter as a pgbench -D define (sent as a bind parameter with -M prepared). */
function defineValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The pgbench script of the recorded transactions: one branch per recorded event (chosen at random per
 * transaction), each the recorded statements in order. Parameters become pgbench variables holding the
 * recorded values, except the row id (built from the client's row number, as the fixture numbers rows),
 * the version (from the recorded SELECT, by \gset) and NULL.
 */
function pgbenchScriptFrom(branches: Array<{ statements: RecordedStatement[]; rowId: string; version: number }>): { script: string; defines: Record<string, string> } {
  const defines: Record<string, string> = {};
  const rowExpr = `(:prefix || lpad(:n::text, 12, '0'))::uuid`;
  const body = branches.map(({ statements, rowId, version }, b) =>
    statements
      .map((st, i) => {
        const loads = /^\s*SELECT\b[\s\S]*\bversion\b[\s\S]*FROM\s+recipients\b/i.test(st.text);
        const text = st.text.trim().replace(/\$(\d+)/g, (_, k: string) => {
          const value = st.values[Number(k) - 1];
          if (value === rowId) return rowExpr;
          if (value === null || value === undefined) return 'NULL';
          if (value === version && !loads) return ':version';
          const name = `b${b}s${i}p${k}`;
          defines[name] = defineValue(value);
          return `:${name}`;
        });
        return loads ? `${text} \\gset` : `${text};`;
      })
      .join('\n'),
  );
  const script = [
    '-- remiss bench:transitions baseline: generated from the statements recorded on the application path',
    '\\set n :client_id * :per + random(0, :per - 1)',
    `\\set t random(0, ${branches.length - 1})`,
    ...body.flatMap((text, b) => [b === 0 ? '\\if :t = 0' : b === branches.length - 1 ? '\\else' : `\\elif :t = ${b}`, text]),
    '\\endif',
    '',
  ].join('\n');
  return { script, defines };
}

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
  const rows = fixture.recipients;
  // pgbench leaves rows in either state: put them all back to 'sent' before each of our runs.
  const reset = () => db.dataSource.query(`UPDATE recipients SET snapshot = $1, state = 'sent'`, [snapshotJson.sent]);

  // Record what the driver sends for one REQUEST and one DENY on the real path, and make the pgbench script of it.
  await reset();
  const recordingCycle = new Cycle();
  const app = applicationPath(db.dataSource, fixture, recordingCycle);
  const recorded: Array<{ statements: RecordedStatement[]; rowId: string; version: number }> = [];
  for (let k = 0; k < 2; k++) {
    const [{ version }]: Array<{ version: number }> = await db.dataSource.query(`SELECT version FROM recipients WHERE id = $1`, [rows[0].id]);
    const { statements } = await recordStatements(() => app(rows[0]));
    recorded.push({ statements, rowId: rows[0].id, version });
  }
  const generated = pgbenchScriptFrom(recorded);
  const scriptFile = path.join(logDir, 'transition.pgbench.sql');
  fs.writeFileSync(scriptFile, generated.script);
  const defines = { per: String(ROWS_PER_CLIENT), prefix: RECIPIENT_ID_PREFIX, ...generated.defines };
  const statementsPerTx = recorded[0].statements.length;
  progress(`recorded ${statementsPerTx} statements per transition (${dataStatements(recorded[0].statements).length} besides BEGIN/COMMIT); pgbench script:\n${generated.script}`);
  const pg = (clients: number, seconds: number) =>
    runPgbench({ binary: pgbench, url: db.url, scriptFile, clients, threads: 2, seconds, defines, logDir, protocol: 'prepared', log: false });

  const ours = (make: (cycle: Cycle) => (row: BenchRecipient) => Promise<void>) => async (clients: number, seconds: number) => {
    await reset();
    return drive(clients, seconds, rows, make(new Cycle()));
  };
  const pgRun = async (clients: number, seconds: number): Promise<RunResult> => {
    const cpu = sampleCpu();
    const r = await pg(clients, seconds);
    if (r.failed > 0) throw new Error(`pgbench had ${r.failed} failed transactions:\n${r.output}`);
    const usage = cpuSince(cpu);
    // no per-transaction log: only pgbench's average latency is known (shown as p50; p99 and max unknown)
    const latency = { count: r.transactions, p50: r.averageMs, p99: Number.NaN, max: Number.NaN, mean: r.averageMs };
    return { tps: r.tps, transactions: r.transactions, seconds, latencies: [], latency, machineCpuPct: usage.machinePct, nodeCpuPct: 0 };
  };
  const paths: Record<PathName, (clients: number, seconds: number) => Promise<RunResult>> = {
    baseline: pgRun,
    app: ours((cycle) => applicationPath(db.dataSource, fixture, cycle)),
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
    [...latencyRow(`pgbench, same ${statementsPerTx} statements, -M prepared (baseline; p50 = its average)`, r.baseline), '100 %'],
    [...latencyRow(`transition() + outbox`, r.app), pct(r.app, r.baseline)],
  ].map(([label, ...rest]) => [`${clients} client${clients > 1 ? 's' : ''}: ${label}`, ...rest]);
  table([['run', 'tps', 'p50', 'p99', 'max', 'node CPU/tx', 'of pgbench'], ...rowsFor(1, r1), ...rowsFor(8, r8)]);
  print();
  print(`ratio transition()/pgbench: 1 client ${ratio1.toFixed(2)}, 8 clients ${ratio8.toFixed(2)} (target ≥ 0.90)`);
  print(`statements per transition (both paths): ${statementsPerTx}, as recorded: ${recorded[0].statements.map((st) => st.text.trim().split(/\s+/).slice(0, 3).join(' ')).join(' | ')}`);
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
  const targetMet = ratio1 >= 0.9 && ratio8 >= 0.9 && r8.app.latency.p99 < 20;
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
    baseline_avg_ms_1: round(r1.baseline.latency.mean, 3),
    baseline_avg_ms_8: round(r8.baseline.latency.mean, 3),
    statements_per_tx: statementsPerTx,
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
