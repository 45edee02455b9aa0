import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { cleanupAll, onCleanup } from './services';

/** The benches run from dist/bench; the apps are in dist/apps. */
export const DIST = path.resolve(__dirname, '../..');
export const ROOT = path.resolve(DIST, '..');

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built API or worker as its own process, stopped at cleanup. */
export function runApp(name: 'api' | 'worker', env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', path.join(DIST, `apps/${name}/src/main.js`)], {
    cwd: ROOT,
    env: { ...env, TS_NODE_BASEURL: DIST, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.base.json') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  onCleanup(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
  return child;
}

/** Waits until GET /health answers 200 (at most 60 s). */
export async function waitForHealth(baseUrl: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the API did not become healthy within 60 s');
}

/** One autocannon run as a promise. */
export async function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

/** Runs a bench's main, cleans up whatever it started, and exits with its code (1 on an error). */
export function runBench(name: string, main: () => Promise<number>): void {
  main()
    .then(async (code) => {
      await cleanupAll();
      process.exit(code);
    })
    .catch(async (error: Error) => {
      process.stderr.write(`${name} failed: ${error.stack ?? error.message}\n`);
      await cleanupAll();
      process.exit(1);
    });
}
