import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitUntil } from '@remiss/testing';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';
import { readWholeFeed } from '../integration/support/event-case';

const root = path.resolve(__dirname, '../..');

jest.setTimeout(180_000);

/**
 * Webhook deliveries across worker crashes: the worker runs from dist/ as a child process and is killed with
 * SIGKILL by the receiver itself while a delivery is in flight (the request has arrived, no answer has gone
 * back), twice. After the restarts every event of the feed has arrived (0 lost); what arrived twice carries
 * the same event id, the same body and a valid signature each time.
 */
describe('webhooks across worker kill -9', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let worker: ChildProcess | undefined;
  const receiver = new WebhookReceiver();
  const exits: Array<string | null> = [];

  const startWorker = (): ChildProcess => {
    const file = path.join(root, 'dist/apps/worker/src/main.js');
    if (!fs.existsSync(file)) throw new Error(`${file} saknas: kör "npm run build" först (npm test gör det).`);
    const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', file], {
      env: {
        PATH: process.env.PATH ?? '',
        TS_NODE_BASEURL: path.join(root, 'dist'),
        TS_NODE_PROJECT: path.join(root, 'tsconfig.base.json'),
        ...app.ctx.env,
        JOB_LOCK_MS: '2000',
        JOB_STALLED_INTERVAL_MS: '1000',
        WEBHOOK_POLL_MS: '200',
        WEBHOOK_TIMEOUT_MS: '2000',
        WEBHOOK_RETRY_BASE_MS: '200',
        WEBHOOK_RETRY_MAX_MS: '1000',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('exit', (_code, signal) => exits.push(signal));
    return child;
  };

  beforeAll(async () => {
    app = await startTestApp();
    ksl = await app.as('kansli@ksl.se');
    await receiver.start();
  });
  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((r) => worker!.once('exit', r));
      worker.kill('SIGTERM');
      await exited;
    }
    await receiver.close();
    await app?.close();
  });

  it('loses nothing, and a delivery cut off by the kill comes again with the same event id', async () => {
    const sub = await ksl.post('/webhooks', { url: receiver.url });
    expect(sub.status).toBe(201);
    receiver.secret = sub.body.secret;
    // 36 events: 12 cases opened, drafted and given a seminar
    for (let i = 1; i <= 12; i++) {
      const opened = await ksl.post('/cases', { title: `Ärende ${i} för kraschprovet` });
      expect(opened.status).toBe(201);
      expect((await ksl.post(`/cases/${opened.body.id}/start-drafting`)).status).toBe(200);
      expect((await ksl.post(`/cases/${opened.body.id}/seminar`, { date: '2013-03-20', place: 'KSL' })).status).toBe(200);
    }
    const { items: feed } = await readWholeFeed(ksl);
    expect(feed).toHaveLength(36);

    // the receiver kills the worker when the 6th and the 20th requests arrive, before it answers them
    const killAt = new Set([6, 20]);
    receiver.respond = (r, n) => {
      if (killAt.has(n)) worker?.kill('SIGKILL');
      return r.valid ? 200 : 401;
    };
    worker = startWorker();
    for (let kills = 1; kills <= 2; kills++) {
      await waitUntil(() => exits.length === kills, 60000, `krasch ${kills}`);
      expect(exits[kills - 1]).toBe('SIGKILL');
      worker = startWorker();
    }
    await receiver.waitFor(() => receiver.ids().length >= feed.length, 'alla händelser', 90000);
    await waitUntil(async () => (await app.ds.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'delivered'`))[0].n === 36, 30000, 'alla leveranser klara');

    const ids = receiver.ids();
    expect([...ids].sort()).toEqual(feed.map((e) => e.id).sort()); // 0 lost, nothing else
    const copies = new Map<string, string[]>();
    for (const r of receiver.received) {
      expect(r.valid).toBe(true);
      expect(r.body.id).toBe(r.id);
      copies.set(r.id, [...(copies.get(r.id) ?? []), r.raw]);
    }
    const duplicated = [...copies.entries()].filter(([, raws]) => raws.length > 1);
    for (const [, raws] of duplicated) expect(new Set(raws).size).toBe(1); // the same body every time
    // the requests the kills cut off came again
    expect(duplicated.map(([id]) => id)).toEqual(expect.arrayContaining([receiver.received[5].id, receiver.received[19].id]));
    const interrupted = await app.ds.query(`SELECT count(*)::int AS n FROM webhook_attempts WHERE error LIKE 'Avbröts%'`);
    expect(interrupted[0].n).toBeGreaterThanOrEqual(2);
    process.stderr.write(`[webhooks-kill] ${receiver.received.length} förfrågningar, ${ids.length} händelser, ${duplicated.length} dubbletter (samma id), 0 förlorade\n`);
  });
});
