import { QueueName } from '@remiss/queue';
import { cli, RedisCluster, requireBinary, startRedisCluster, waitForRow } from '@remiss/testing';
import { Cluster } from 'ioredis';
import { reachReminders, sendRound } from '../support/ha/remiss-flow';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The API and the worker on a real Redis Cluster (three masters made by `redis-cli --cluster create`, each
 * its own redis-server on a free loopback port): a round goes out and its reminder is delivered, with every
 * queue key under the hash-tagged prefix in one slot.
 */
describe('Redis Cluster', () => {
  let cluster: RedisCluster;
  let app: TestApp;
  let probe: Cluster;

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
    app = await startTestApp({
      worker: true,
      now: '2013-10-01T08:00:00+02:00',
      // REDIS_URL '' is "not set": the cluster is the only Redis the apps know.
      // A horizon of a year: the reminders of this round are BullMQ jobs at once (the test looks for them in the cluster).
      env: { REDIS_URL: '', REDIS_CLUSTER_NODES: cluster.nodes, REDIS_PREFIX: 'remiss-ha-cluster', REMINDER_HORIZON_HOURS: String(366 * 24) },
    });
    probe = new Cluster(cluster.ports.map((port) => ({ host: '127.0.0.1', port })), { redisOptions: { maxRetriesPerRequest: 2 } });
  }, 120_000);

  afterAll(async () => {
    await probe?.quit().catch(() => probe.disconnect());
    await app?.close();
    await cluster?.stop();
  }, 60_000);

  it('would fail, not skip, with what to install when a server binary is missing', () => {
    expect(() => requireBinary('/nonexistent/redis-sentinel', 'redis-sentinel')).toThrow(
      '/nonexistent/redis-sentinel saknas: installera det med "apt-get install -y redis-sentinel" (testet startar egna servrar och hoppar inte över något).',
    );
  });

  it('hash-tags the prefix and answers ready through the cluster', async () => {
    expect(app.config.redis.mode).toBe('cluster');
    expect(app.config.redisPrefix).toBe('{remiss-ha-cluster}');
    const ready = await app.anonymous().get('/health/ready');
    expect(ready.status).toBe(200);
  });

  it('sends a round and delivers its reminder through the cluster', async () => {
    const { recipients } = await sendRound(app, 'Klustertestet', '2013-11-15', ['ekero']);
    const about = (m: { parsed: { subject?: string } }) => (m.parsed.subject ?? '').includes('Klustertestet');
    const [sent] = await app.ctx.smtp.waitFor(1, about);
    expect(sent.envelopeTo).toContain('registrator@ekero.example.se');

    // The reminder 14 days before is a delayed job in the cluster.
    const [reminder] = await app.ds.query(`SELECT id, job_id FROM reminders WHERE recipient_id = $1 AND key = 'before-14'`, [recipients.ekero]);
    const jobKey = `{remiss-ha-cluster}:${QueueName.Reminders}:${reminder.job_id}`;
    await expect(probe.exists(jobKey)).resolves.toBe(1);
    expect(await probe.zscore(`{remiss-ha-cluster}:${QueueName.Reminders}:delayed`, reminder.job_id)).not.toBeNull();

    await reachReminders(app, '2013-11-01T07:00:01Z');
    const mails = await app.ctx.smtp.waitFor(2, about);
    expect(mails.map((m) => m.parsed.subject)).toEqual([expect.stringMatching(/^Remiss/), expect.stringMatching(/^Påminnelse: remissvar senast fredag 15 november 2013 – Klustertestet/)]);
    // recorded as sent once the server accepted it (the record follows the acceptance by a moment)
    await waitForRow(app.ds, `SELECT 1 FROM mail_log WHERE job_id = $1 AND status = 'sent'`, [reminder.job_id]);
    expect(await app.ds.query(`SELECT status, attempts FROM mail_log WHERE job_id = $1`, [reminder.job_id])).toEqual([{ status: 'sent', attempts: 1 }]);

    // Every key the app made shares one slot, on one master; the others hold none of them.
    const slot = Number(await cli(cluster.ports[0], 'CLUSTER', 'KEYSLOT', '{remiss-ha-cluster}'));
    const counts = await Promise.all(cluster.ports.map((port) => cli(port, 'CLUSTER', 'COUNTKEYSINSLOT', String(slot)).then(Number)));
    expect(counts.filter((n) => n > 0)).toHaveLength(1);
    const keys = await Promise.all(cluster.ports.map((port) => cli(port, '--scan', '--pattern', '*')));
    const all = keys.join('\n').split('\n').filter(Boolean);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((k) => !k.startsWith('{remiss-ha-cluster}:'))).toEqual([]);
  });
});
