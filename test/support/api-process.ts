import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { watchContract } from '@remiss/testing';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');

/**
 * The built API (dist/, as `npm test` builds it) in a child process of its own, so that a request that
 * blocks its event loop (a busy loop over dates) cannot block the test: the client times out, the test
 * kills the process and starts a fresh one on the same database.
 */
export class ApiProcess {
  private child: ChildProcess | null = null;
  private stderr: string[] = [];
  baseUrl = '';
  restarts = 0;

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    const entry = path.join(dist, 'apps/api/src/create-api-app.js');
    if (!fs.existsSync(entry)) throw new Error(`${entry} saknas: kör "npm run build" först (npm test gör det).`);
    const script = [
      `require('reflect-metadata');`,
      `const { createApiApp } = require(${JSON.stringify(entry)});`,
      `const { loadConfig } = require(${JSON.stringify(path.join(dist, 'libs/config/src/index.js'))});`,
      `createApiApp(loadConfig()).then(async (app) => { await app.listen(0, '127.0.0.1'); process.stdout.write('LISTENING ' + (await app.getUrl()) + '\\n'); })`,
      `  .catch((e) => { process.stderr.write(String(e && e.stack || e) + '\\n'); process.exit(1); });`,
    ].join('\n');
    const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', '-e', script], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', TS_NODE_BASEURL: dist, TS_NODE_PROJECT: path.join(root, 'tsconfig.base.json'), ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => this.stderr.push(chunk));
    this.baseUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      const onExit = (code: number | null) => reject(new Error(`API-processen avslutades (${code}): ${this.stderr.join('').slice(-2000)}`));
      child.once('exit', onExit);
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const match = /LISTENING (\S+)/.exec(out);
        if (match) {
          child.off('exit', onExit);
          resolve(match[1].replace('[::1]', '127.0.0.1'));
        }
      });
    });
    watchContract(this.baseUrl);
  }

  /** What the process wrote to stderr since the last call (its logged errors). */
  takeStderr(): string {
    const text = this.stderr.join('');
    this.stderr = [];
    return text;
  }

  /** Kills the process (it may be stuck in a loop) and starts a new one. */
  async restart(): Promise<void> {
    await this.stop();
    this.restarts += 1;
    await this.start();
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
