import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LatencySummary, summarise } from './stats';

/** pgbench from PATH (normally /usr/bin/pgbench, package postgresql-client). */
export function findPgbench(): string | undefined {
  for (const candidate of ['pgbench', '/usr/bin/pgbench', '/usr/lib/postgresql/15/bin/pgbench']) {
    if (spawnSync(candidate, ['--version'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

export interface PgbenchOptions {
  binary: string;
  /** Connection URL of the bench database. */
  url: string;
  scriptFile: string;
  clients: number;
  threads: number;
  seconds: number;
  /** -D name=value; with -M extended they are sent as bind parameters. */
  defines: Record<string, string>;
  /** Directory for the per-transaction logs (-l --log-prefix) and the working directory. */
  logDir: string;
  /** Per-transaction logs for latency percentiles (default true); without, only pgbench's average latency. */
  log?: boolean;
  protocol?: 'simple' | 'extended' | 'prepared';
}

export interface PgbenchResult {
  tps: number;
  transactions: number;
  failed: number;
  /** From the per-transaction logs, milliseconds (empty without logs). */
  latency: LatencySummary;
  /** pgbench's own "latency average", milliseconds. */
  averageMs: number;
  latencies: number[];
  output: string;
}

/** Runs pgbench once and reads its tps (without connection time) and per-transaction latencies. */
export async function runPgbench(options: PgbenchOptions): Promise<PgbenchResult> {
  const tag = `pgb_c${options.clients}_${Date.now()}`;
  const prefix = path.join(options.logDir, tag);
  const args = [
    '-n',
    '-f', options.scriptFile,
    '-c', String(options.clients),
    '-j', String(Math.min(options.threads, options.clients)),
    '-T', String(options.seconds),
    '-M', options.protocol ?? 'extended',
    ...(options.log === false ? [] : ['-l', `--log-prefix=${prefix}`]),
    ...Object.entries(options.defines).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
    options.url,
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(options.binary, args, { cwd: options.logDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`pgbench exited with ${code}:\n${out}`))));
  });
  const tpsMatch = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
  if (!tpsMatch) throw new Error(`could not read tps from pgbench:\n${output}`);
  const latencies: number[] = [];
  let failed = 0;
  for (const file of fs.readdirSync(options.logDir).filter((f) => f.startsWith(`${tag}.`))) {
    for (const line of fs.readFileSync(path.join(options.logDir, file), 'utf8').split('\n')) {
      if (!line) continue;
      // client_id transaction_no time script_no time_epoch time_us [...]
      const time = line.split(' ')[2];
      if (/^\d+$/.test(time)) latencies.push(Number(time) / 1000);
      else failed++;
    }
    fs.rmSync(path.join(options.logDir, file));
  }
  const failedMatch = /number of failed transactions: (\d+)/.exec(output);
  if (failedMatch) failed = Math.max(failed, Number(failedMatch[1]));
  const average = /latency average = ([\d.]+) ms/.exec(output);
  const transactions = Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1] ?? latencies.length);
  return { tps: Number(tpsMatch[1]), transactions, failed, latency: summarise(latencies), averageMs: Number(average?.[1] ?? NaN), latencies, output };
}
