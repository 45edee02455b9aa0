import { QueueName } from '@remiss/queue';
import { cli, eventually, SentinelGroup, startSentinelGroup, waitForRow } from '@remiss/testing';
import { reachReminders, sendRound } from '../support/ha/remiss-flow';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The API and the worker on a real Sentinel group (a master, a replica, three sentinels with quorum 2,
 * each its own process on a free loopback port). The test kills the master with kill -9, waits until
 * the sentinels have made the replica master, and the app carries on without a restart: commands
 * succeed, a job queued before the failover and jobs queued after it are processed.
 */
describe('Redis Sentinel failover', () => {
  let group: SentinelGroup;
  let app: TestApp;
  const about = (title: string) => (m: { parsed: { subject?: string } }) => (m.parsed.subject ?? '').includes(title);

  beforeAll(async () => {
    group = await startSentinelGroup('remiss-ha');
    app = await startTestApp({
      worker: true,
      now: '2013-10-01T08:00:00+02:00',
      // A horizon of a year: the reminders of this round are BullMQ jobs at once (the test looks for them on the master).
      env: { REDIS_URL: '', REDIS_SENTINELS: group.sentinels, REDIS_SENTINEL_NAME: 'remiss-ha', REDIS_PREFIX: 'remiss-ha-sentinel', REMINDER_HORIZON_HOURS: String(366 * 24) },
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await group?.stop();
  }, 60_000);

  it('finds the master through the sentinels, kills it, and carries on on the promoted replica', async () => {
    expect(app.config.redis.mode).toBe('sentinel');
    expect((await app.anonymous().get('/health/ready')).status).toBe(200);

    // Before: a round goes out through the master; its reminder waits there as a delayed job.
    const before = await sendRound(app, 'Före failover', '2013-11-15', ['ekero']);
    await app.ctx.smtp.waitFor(1, about('Före failover'));
    const [reminder] = await app.ds.query(`SELECT job_id FROM reminders WHERE recipient_id = $1 AND key = 'before-14'`, [before.recipients.ekero]);
    const jobKey = `remiss-ha-sentinel:${QueueName.Reminders}:${reminder.job_id}`;
    expect(await cli(group.masterPort, 'EXISTS', jobKey)).toBe('1');
    await group.waitForReplicaInSync();
    expect(await cli(group.replicaPort, 'EXISTS', jobKey)).toBe('1');

    await group.killMaster();
    await group.waitForFailover();
    expect(await group.masterAsSeen()).toEqual([group.replicaPort, group.replicaPort, group.replicaPort]);

    // The API's own connection has found the new master: readiness answers 200 again.
    await eventually(async () => {
      const ready = await app.anonymous().get('/health/ready');
      if (ready.status !== 200) throw new Error(`${ready.status} ${JSON.stringify(ready.body)}`);
      return true;
    }, 30_000, '/health/ready 200 efter failover');

    // A command after the failover succeeds, and its mail job is queued on the new master and processed.
    const after = await sendRound(app, 'Efter failover', '2013-11-29', ['tyreso']);
    const [mail] = await app.ctx.smtp.waitFor(1, about('Efter failover'), 30_000);
    expect(mail.envelopeTo).toContain('registrator@tyreso.example.se');
    await waitForRow(app.ds, `SELECT 1 FROM mail_log WHERE recipient_id = $1 AND template = 'remiss-sent' AND status = 'sent'`, [after.recipients.tyreso]);

    // The job queued before the failover survived on the replica and is processed now.
    await reachReminders(app, '2013-11-01T07:00:01Z');
    const reminders = await app.ctx.smtp.waitFor(1, (m) => about('Före failover')(m) && (m.parsed.subject ?? '').startsWith('Påminnelse'), 30_000);
    expect(reminders).toHaveLength(1);
    await waitForRow(app.ds, `SELECT 1 FROM mail_log WHERE job_id = $1 AND status = 'sent'`, [reminder.job_id]);
    expect(await cli(group.replicaPort, 'ZSCORE', `remiss-ha-sentinel:${QueueName.Reminders}:completed`, reminder.job_id)).not.toBe('');
  });
});
