import { ChildProcess, execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Small helpers for tests that start their own servers (Redis Cluster and Sentinel, PostgreSQL with a
 * standby, PgBouncer) on free loopback ports in their own temporary folder, and stop them at the end.
 */

/** Fails with one sentence saying what to install when a server binary is missing (never a skip). */
export function requireBinary(file: string, debianPackage: string): string {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return file;
  } catch {
    throw new Error(`${file} saknas: installera det med "apt-get install -y ${debianPackage}" (testet startar egna servrar och hoppar inte över något).`);
  }
}

/** A port nobody listens on now (the OS picks it; the server started next binds it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('ingen port'))));
    });
  });
}

export async function freePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL's initdb and PgBouncer refuse to run as root: run them as the `postgres` user then. */
export function asServiceUser(file: string, args: string[]): [string, string[]] {
  // setpriv execs the program itself (same process id), so signals reach the server directly.
  return isRoot() ? ['/usr/bin/setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', file, ...args]] : [file, args];
}

/** A temporary folder, owned by the `postgres` user when we are root (so that its servers may write there). */
export function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `remiss-${name}-`));
  if (isRoot()) chownToPostgres(dir);
  return dir;
}

export function chownToPostgres(target: string): void {
  if (!isRoot()) return;
  const entry = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'))?.split(':');
  const [uid, gid] = [Number(entry?.[2]), Number(entry?.[3])];
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('Användaren postgres finns inte: installera PostgreSQL med "apt-get install -y postgresql".');
  fs.chownSync(target, uid, gid);
}

/** Runs a command to its end; rejects with its output when it fails. */
export function run(file: string, args: string[], options: { asServiceUser?: boolean; timeoutMs?: number; cwd?: string } = {}): Promise<string> {
  const [command, argv] = options.asServiceUser ? asServiceUser(file, args) : [file, args];
  return new Promise((resolve, reject) => {
    execFile(command, argv, { timeout: options.timeoutMs ?? 60_000, cwd: options.cwd ?? os.tmpdir(), maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} ${args.join(' ')} misslyckades: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** A long-running server process; its last output is kept for failure messages. */
export class ServerProcess {
  private output = '';
  readonly child: ChildProcess;
  exited = false;

  constructor(
    readonly name: string,
    file: string,
    args: string[],
    options: { asServiceUser?: boolean; cwd?: string } = {},
  ) {
    const [command, argv] = options.asServiceUser ? asServiceUser(file, args) : [file, args];
    this.child = spawn(command, argv, { cwd: options.cwd ?? os.tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-4000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.child.on('exit', () => {
      this.exited = true;
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  tail(): string {
    return `${this.name}: ${this.output}`;
  }

  /** kill -9: the process dies at once, with no chance to save or hand over anything. */
  async kill9(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM', 10_000);
    if (!this.exited) await this.signal('SIGKILL');
  }

  private signal(signal: NodeJS.Signals, waitMs = 10_000): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, waitMs);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.child.kill(signal);
    });
  }
}

/** Polls `check` (errors count as "not yet") until it holds; fails naming what was awaited and the last error. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Väntade förgäves på ${what} i ${timeoutMs} ms${lastError ? ` (senast: ${(lastError as Error).message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
