import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { prepareDatabase, scheduleRecipientReminders } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { createDataSource } from '@remiss/data-access';
import { createTestContext, insertRemissFixture, TestContext, waitUntil } from '@remiss/testing';
import { DataSource } from 'typeorm';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');

/** The built apps log JSON lines: the API's carry the request id, the worker's the job and case ids. */
describe('structured logs', () => {
  let ctx: TestContext;
  let ds: DataSource;
  let env: Record<string, string>;

  beforeAll(async () => {
    ctx = await createTestContext();
    env = { ...ctx.env, CLOCK_START: '2013-11-15T07:00:05Z', LOG_LEVEL: 'log' };
    Object.assign(process.env, env);
    await prepareDatabase(loadConfig(), { seed: true });
    ds = createDataSource(ctx.databaseUrl);
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await ctx?.dispose();
  });

  /** Runs a built entry point; returns its parsed JSON stdout lines and a stop function. */
  const run = (script: string[], extra: Record<string, string> = {}) => {
    const lines: Array<Record<string, unknown>> = [];
    let buffer = '';
    const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', ...script], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', TS_NODE_BASEURL: dist, TS_NODE_PROJECT: path.join(root, 'tsconfig.base.json'), ...env, ...extra },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const p of parts) if (p.startsWith('{')) lines.push(JSON.parse(p) as Record<string, unknown>);
    });
    const stop = () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    return { lines, stop };
  };

  it('worker: every line of a reminder job carries jobId, queue and caseId', async () => {
    const main = path.join(dist, 'apps/worker/src/main.js');
    if (!fs.existsSync(main)) throw new Error(`${main} saknas: kör "npm run build" först (npm test gör det).`);
    const f = await insertRemissFixture(ds, { deadline: '2013-11-15', title: 'Loggad påminnelse', slugs: ['ekero'] });
    await ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, new Date('2013-11-13T10:00:00Z')));
    const [row] = await ds.query(`SELECT job_id FROM reminders WHERE recipient_id = $1 AND key = 'deadline'`, [f.recipients.ekero]);
    const worker = run([main]);
    try {
      await waitUntil(async () => worker.lines.some((l) => l.jobId === row.job_id && /Skickade/.test(String(l.msg))), 30000, 'loggrad för jobbet');
      const line = worker.lines.find((l) => l.jobId === row.job_id && /Skickade/.test(String(l.msg)))!;
      expect(line).toMatchObject({ app: 'worker', level: 'info', queue: 'remiss-reminders', job: 'send-reminder', caseId: f.caseId });
      expect(typeof line.time).toBe('string');
    } finally {
      await worker.stop();
    }
  });

  it('API: a line per request with the given X-Request-Id, its path without the query string', async () => {
    const script = [
      '-e',
      `require('reflect-metadata');
       const { createApiApp } = require(${JSON.stringify(path.join(dist, 'apps/api/src/create-api-app.js'))});
       const { loadConfig } = require(${JSON.stringify(path.join(dist, 'libs/config/src/index.js'))});
       createApiApp(loadConfig()).then(async (app) => { await app.listen(0, '127.0.0.1'); process.stdout.write(JSON.stringify({ listening: await app.getUrl() }) + '\\n'); });`,
    ];
    const api = run(script);
    try {
      await waitUntil(async () => api.lines.some((l) => l.listening), 30000, 'API:t lyssnar');
      const base = String(api.lines.find((l) => l.listening)!.listening).replace('[::1]', '127.0.0.1');
      const res = await fetch(`${base}/calendar/deadline-check?deadline=2013-12-02&token=hemligt`, { headers: { 'x-request-id': 'lb-req-42' } });
      expect(res.headers.get('x-request-id')).toBe('lb-req-42');
      await waitUntil(async () => api.lines.some((l) => l.reqId === 'lb-req-42'), 10000, 'loggrad för anropet').catch((e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(api.lines.slice(-3))}`);
      });
      const line = api.lines.find((l) => l.reqId === 'lb-req-42')!;
      expect(line).toMatchObject({ app: 'api', req: { method: 'GET', path: '/calendar/deadline-check' }, res: { statusCode: res.status } });
      expect(JSON.stringify(api.lines)).not.toContain('hemligt');
    } finally {
      await api.stop();
    }
  });
});
