import { verifyWebhook } from '@remiss/application';
import { waitUntil } from '@remiss/testing';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';
import { playEventCase, readWholeFeed } from './support/event-case';
import { RecommendationCase } from './support/recommendation-case';

jest.setTimeout(180_000);

const METRICS_TOKEN = 'webhook-metrics-token-0123456789';

/** Webhooks end to end with the in-process worker: real HTTP receivers on loopback that verify signatures. */
describe('webhooks', () => {
  let app: TestApp;
  let c: RecommendationCase;
  let ksl: ApiClient;
  let ekeroKansli: ApiClient;
  const kslHook = new WebhookReceiver();
  const ekeroHook = new WebhookReceiver();
  const wrongSecret = new WebhookReceiver();
  let kslSub: any;
  let wrongSub: any;

  beforeAll(async () => {
    app = await startTestApp({
      worker: true,
      env: { WEBHOOK_POLL_MS: '100', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_RETRY_MAX_MS: '400', WEBHOOK_TIMEOUT_MS: '3000', WEBHOOK_MAX_ATTEMPTS: '3', METRICS_TOKEN, RECONCILE_INTERVAL_MS: '500' },
    });
    ksl = await app.as('kansli@ksl.se');
    ekeroKansli = await app.as('kansli@ekero.example.se');
    await Promise.all([kslHook.start(), ekeroHook.start(), wrongSecret.start()]);
    const created = await ksl.post('/webhooks', { url: kslHook.url, description: 'KSL:s diarium' });
    expect(created.status).toBe(201);
    kslSub = created.body;
    kslHook.secret = kslSub.secret;
    const ekero = await ekeroKansli.post('/webhooks', { url: ekeroHook.url });
    expect(ekero.status).toBe(201);
    ekeroHook.secret = ekero.body.secret;
    // a receiver that checks with another secret than the one the subscription signs with
    wrongSub = (await ksl.post('/webhooks', { url: wrongSecret.url, types: ['se.remiss.case.opened'] })).body;
    wrongSecret.secret = 'whsec_' + Buffer.alloc(32, 7).toString('base64');
    c = await playEventCase(app);
    dump = async () => {
      console.log(JSON.stringify({
        subs: await app.ds.query(`SELECT id, types, cursor_tx::text, cursor_id, created_at FROM webhook_subscriptions ORDER BY created_at`),
        log: await app.ds.query(`SELECT id, tx::text, event, at FROM event_log WHERE event = 'CASE_OPENED' ORDER BY id`),
        running: await app.ds.query(`SELECT pid, backend_xid::text, state, left(query, 80) AS q FROM pg_stat_activity WHERE datname = current_database()`),
      }, null, 1));
      console.log(JSON.stringify(await app.ds.query(`SELECT d.subscription_id, d.event_id, d.status, d.tries, d.round, d.claimed_until, d.next_attempt_at, (SELECT json_agg(a) FROM webhook_attempts a WHERE a.delivery_id = d.id) AS attempts FROM webhook_deliveries d WHERE d.status <> 'delivered' ORDER BY d.seq`), null, 1));
    };
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all([kslHook.close(), ekeroHook.close(), wrongSecret.close()]);
  });

  const caseEvents = async (client: ApiClient) => (await readWholeFeed(client)).items.filter((e) => e.source === `/cases/${c.caseId}`);

  it('delivers every event of the replayed case to the case organisation exactly as the feed lists it, signed', async () => {
    const feed = await caseEvents(ksl);
    expect(feed.length).toBeGreaterThan(20);
    await kslHook.waitFor(() => kslHook.ids().length >= feed.length, `${feed.length} leveranser till KSL`);
    expect(kslHook.ids()).toEqual(feed.map((e) => e.id)); // same ids, same order
    expect(kslHook.received).toHaveLength(feed.length); // each once
    expect(kslHook.received.map((r) => r.body)).toEqual(feed); // the same CloudEvents
    for (const r of kslHook.received) {
      expect(r.valid).toBe(true);
      expect(r.id).toBe(r.body.id);
      expect(Math.abs(r.timestamp - Date.now() / 1000)).toBeLessThan(300);
    }
  });

  it('delivers to a recipient municipality only what its feed shows, in the same order, naming no other recipient', async () => {
    const feed = await caseEvents(ekeroKansli);
    expect(feed.map((e) => e.type)).toContain('se.remiss.round.sent');
    await ekeroHook.waitFor(() => ekeroHook.ids().length >= feed.length, `${feed.length} leveranser till Ekerö`);
    expect(ekeroHook.received.map((r) => r.body)).toEqual(feed);
    const others: string[] = (await app.ds.query(`SELECT r.id FROM recipients r JOIN organisations o ON o.id = r.organisation_id WHERE r.case_id = $1 AND o.slug <> 'ekero'`, [c.caseId])).map((r: { id: string }) => r.id);
    const text = JSON.stringify(ekeroHook.received.map((r) => r.raw));
    for (const id of others) expect(text).not.toContain(id);
    expect(ekeroHook.received.every((r) => r.valid)).toBe(true);
  });

  it('a receiver checking with the wrong secret refuses the delivery: it fails at once with 401 and is logged', async () => {
    await wrongSecret.waitFor(() => wrongSecret.received.length >= 1, 'leveransen med fel hemlighet').catch(async (e) => {
      await dump();
      throw e;
    });
    const [got] = wrongSecret.received;
    expect(got.valid).toBe(false);
    expect(got.body.type).toBe('se.remiss.case.opened');
    const [{ secret }] = await app.ds.query(`SELECT secret FROM webhook_subscriptions WHERE id = $1`, [wrongSub.id]);
    expect(verifyWebhook(secret, got.id, got.timestamp, got.raw, got.signature)).toBe(true); // the right secret verifies it
    expect(verifyWebhook(secret, got.id, got.timestamp, got.raw.replace('KSL/12/0053', 'KSL/12/0054'), got.signature)).toBe(false);
    let log: any;
    await waitForDelivery(async () => {
      log = (await ksl.get(`/webhooks/${wrongSub.id}/deliveries`)).body;
      return log.items[0]?.status === 'failed';
    });
    expect(log.items[0]).toEqual(expect.objectContaining({ eventId: got.id, status: 'failed', tries: 1, lastStatusCode: 401 }));
    expect(log.items[0].attempts).toEqual([expect.objectContaining({ statusCode: 401, outcome: 'failed', error: 'Mottagaren svarade 401' })]);
  });

  it('retries a receiver that answers 500 and then 200: the same event id twice, logged as a retry and a delivery', async () => {
    const flaky = await new WebhookReceiver().start();
    try {
      const sub = (await ksl.post('/webhooks', { url: flaky.url, types: ['se.remiss.case.opened'] })).body;
      flaky.secret = sub.secret;
      flaky.respond = (r, n) => (n === 1 ? 500 : r.valid ? 200 : 401);
      const opened = await ksl.post('/cases', { title: 'Ärende för omförsök' });
      expect(opened.status).toBe(201);
      await flaky.waitFor(() => flaky.received.length >= 2, 'omförsöket').catch(async (e) => {
        console.log(JSON.stringify(await app.ds.query(`SELECT d.status, d.tries, d.round, d.claimed_until, d.next_attempt_at, (SELECT json_agg(a) FROM webhook_attempts a WHERE a.delivery_id = d.id) AS attempts FROM webhook_deliveries d WHERE d.subscription_id = $1`, [sub.id])));
        throw e;
      });
      expect(flaky.received.map((r) => r.id)).toEqual([flaky.received[0].id, flaky.received[0].id]);
      expect(flaky.received.every((r) => r.valid && r.body.source === `/cases/${opened.body.id}`)).toBe(true);
      let item: any;
      await waitForDelivery(async () => {
        item = (await ksl.get(`/webhooks/${sub.id}/deliveries`)).body.items[0];
        return item?.status === 'delivered';
      });
      expect(item).toEqual(expect.objectContaining({ status: 'delivered', tries: 2, lastStatusCode: 200 }));
      expect(item.attempts.map((a: any) => [a.statusCode, a.outcome])).toEqual([[500, 'retry'], [200, 'delivered']]);
    } finally {
      await flaky.close();
    }
  });

  it('gives up after WEBHOOK_MAX_ATTEMPTS, and replays what failed (all since a time, or one delivery)', async () => {
    const down = await new WebhookReceiver().start();
    try {
      const sub = (await ksl.post('/webhooks', { url: down.url, types: ['se.remiss.case.opened'] })).body;
      down.secret = sub.secret;
      down.respond = () => 503;
      const since = new Date(app.clock.now().getTime() - 60_000).toISOString(); // the log's times are on the application clock
      await ksl.post('/cases', { title: 'Ärende när mottagaren är nere' });
      let item: any;
      await waitForDelivery(async () => {
        item = (await ksl.get(`/webhooks/${sub.id}/deliveries?status=failed`)).body.items[0];
        return Boolean(item);
      });
      expect(item.tries).toBe(3);
      expect(item.attempts.map((a: any) => a.outcome)).toEqual(['retry', 'retry', 'failed']);
      expect(down.received).toHaveLength(3);

      down.respond = (r) => (r.valid ? 200 : 401);
      const replayed = await ksl.post(`/webhooks/${sub.id}/replay`, { since });
      expect(replayed.status).toBe(200);
      expect(replayed.body).toEqual({ replayed: 1 });
      await down.waitFor(() => down.received.length >= 4, 'omsändningen');
      expect(down.received[3].id).toBe(item.eventId);
      await waitForDelivery(async () => (await ksl.get(`/webhooks/${sub.id}/deliveries`)).body.items[0].status === 'delivered');

      // one delivery again, already delivered: the same event and id once more
      const again = await ksl.post(`/webhook-deliveries/${item.id}/replay`, {});
      expect(again.status).toBe(200);
      await down.waitFor(() => down.received.length >= 5, 'den enskilda omsändningen');
      expect(down.received[4].id).toBe(item.eventId);
      expect(down.received[4].raw).toBe(down.received[3].raw);
    } finally {
      await down.close();
    }
  });

  it('gives a new job to an open delivery whose job is gone or ended without settling it', async () => {
    const hook = await new WebhookReceiver().start();
    try {
      const sub = (await ksl.post('/webhooks', { url: hook.url, types: ['se.remiss.case.opened'] })).body;
      hook.secret = sub.secret;
      await ksl.post('/cases', { title: 'Ärende för avstämningen' });
      await hook.waitFor(() => hook.received.length === 1, 'leveransen');
      await waitForDelivery(async () => (await ksl.get(`/webhooks/${sub.id}/deliveries`)).body.items[0]?.status === 'delivered');
      // as if the job had finished without recording the delivery (or Redis had lost it): the row is open again
      await app.ds.query(`UPDATE webhook_deliveries SET status = 'pending', settled_at = NULL WHERE subscription_id = $1`, [sub.id]);
      await hook.waitFor(() => hook.received.length === 2, 'leveransen efter avstämningen');
      expect(hook.received[1].id).toBe(hook.received[0].id);
      await waitForDelivery(async () => (await ksl.get(`/webhooks/${sub.id}/deliveries`)).body.items[0]?.status === 'delivered');
    } finally {
      await hook.close();
    }
  });

  it('keeps subscriptions to the organisation\'s administrators and secretariat, and to the organisation', async () => {
    const officer = await app.as('handlaggare@ekero.example.se');
    expect((await officer.get('/webhooks')).status).toBe(403);
    expect((await ekeroKansli.get(`/webhooks/${kslSub.id}`)).status).toBe(404);
    expect((await ekeroKansli.get(`/webhooks/${kslSub.id}/deliveries`)).status).toBe(404);
    const listed = await ksl.get('/webhooks?limit=2');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(2);
    expect(JSON.stringify(listed.body)).not.toContain('whsec_'); // the secret is shown once only
    const next = await ksl.get(`/webhooks?limit=50&cursor=${listed.body.nextCursor}`);
    expect([...listed.body.items, ...next.body.items].map((s: any) => s.id)).toContain(kslSub.id);
  });

  it('validates the URL, the types and the secret with a 400 naming the field', async () => {
    const cases: Array<[object, string]> = [
      [{ url: 'http://example.se/hook' }, 'url'],
      [{ url: 'ftp://example.se/hook' }, 'url'],
      [{ url: 'https://user:pw@example.se/hook' }, 'url'],
      [{ url: 'https://nohost/hook' }, 'url'],
      [{ url: 'inte en adress' }, 'url'],
      [{ url: 'https://example.se/hook', types: ['se.remiss.nope'] }, 'types'],
      [{ url: 'https://example.se/hook', secret: 'kort' }, 'secret'],
    ];
    for (const [body, field] of cases) {
      const r = await ksl.post('/webhooks', body);
      expect([r.status, r.body.issues?.[0]?.field]).toEqual([400, field]);
    }
    const given = await ksl.post('/webhooks', { url: 'https://example.se/hook', secret: 'whsec_' + Buffer.alloc(24, 1).toString('base64') });
    expect(given.status).toBe(201);
    const paused = await ksl.request('PATCH', `/webhooks/${given.body.id}`, { active: false });
    expect(paused.body.active).toBe(false);
    expect((await ksl.request('DELETE', `/webhooks/${given.body.id}`)).status).toBe(204);
    expect((await ksl.request('DELETE', `/webhooks/${given.body.id}`)).status).toBe(204); // idempotent
    expect((await ksl.get(`/webhooks/${given.body.id}`)).status).toBe(404);
    expect((await ksl.request('PATCH', `/webhooks/${given.body.id}`, { active: true })).status).toBe(404);
  });

  it('counts deliveries by outcome in the metrics', async () => {
    const response = await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await response.text();
    const value = (status: string) => Number(new RegExp(`^remiss_webhook_deliveries\\{status="${status}"[^}]*\\} (\\d+)`, 'm').exec(text)?.[1]);
    const [{ delivered, failed }] = await app.ds.query(
      `SELECT count(*) FILTER (WHERE status = 'delivered')::int AS delivered, count(*) FILTER (WHERE status = 'failed')::int AS failed FROM webhook_deliveries`,
    );
    expect(delivered).toBeGreaterThan(20);
    expect(value('delivered')).toBe(delivered);
    expect(value('failed')).toBe(failed);
    expect(text).toMatch(/^remiss_webhook_attempts\{outcome="retry"[^}]*\} [1-9]/m);
  });
});

let dump: () => Promise<void> = async () => undefined;
async function waitForDelivery(check: () => Promise<boolean>): Promise<void> {
  await waitUntil(check, 30000, 'leveransloggen').catch(async (e) => {
    await dump();
    throw e;
  });
}
