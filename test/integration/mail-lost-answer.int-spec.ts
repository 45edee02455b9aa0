import { SendMailUseCase } from '@remiss/application';
import { AppConfig, loadConfig } from '@remiss/config';
import { createDataSource } from '@remiss/data-access';
import { OffsetClock } from '@remiss/domain';
import { SmtpMailTransport } from '@remiss/mailer';
import { createTestContext, TestContext } from '@remiss/testing';
import { randomUUID } from 'node:crypto';
import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';
import { DataSource } from 'typeorm';

/**
 * A TCP proxy in front of the test SMTP server that, while armed, lets one whole mail through and then closes the
 * client's connection the moment the server answers the end of the data: the server has the mail, the sender never
 * hears so (the uncertain window, made by the network instead of a killed worker).
 */
class AnswerCutter {
  private server?: Server;
  armed = true;
  port = 0;

  constructor(private readonly target: number) {}

  async start(): Promise<void> {
    this.server = createServer((client) => this.pipe(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  private pipe(client: Socket): void {
    const upstream = connect(this.target, '127.0.0.1');
    const cut = this.armed;
    let tail = '';
    let dataEnded = false;
    client.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString('latin1')).slice(-8);
      if (cut && tail.endsWith('\r\n.\r\n')) dataEnded = true;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (dataEnded) {
        this.armed = false; // the server's answer to the data: drop it, and the connection
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    for (const [a, b] of [[client, upstream], [upstream, client]]) {
      a.on('error', () => b.destroy());
      a.on('close', () => b.destroy());
    }
  }

  async stop(): Promise<void> {
    await new Promise((r) => this.server?.close(r));
  }
}

describe('the SMTP answer lost after the server took the mail', () => {
  let ctx: TestContext;
  let ds: DataSource;
  let config: AppConfig;
  let cutter: AnswerCutter;
  const clock = new OffsetClock(0);

  beforeAll(async () => {
    ctx = await createTestContext();
    Object.assign(process.env, ctx.env);
    config = loadConfig();
    ds = await createDataSource(ctx.databaseUrl).initialize();
    cutter = new AnswerCutter(ctx.smtp.port);
    await cutter.start();
  });

  afterAll(async () => {
    await cutter?.stop();
    await ds?.destroy();
    await ctx?.dispose();
  });

  const sender = (port: number) => new SendMailUseCase(ds, new SmtpMailTransport(`smtp://127.0.0.1:${port}`, 'Remiss <remiss@ksl.se>', () => clock.now()), config, clock);
  const copies = (key: string) => ctx.smtp.received.filter((m) => m.parsed.headers.get('x-remiss-id') === key);

  it('marks the mail uncertain and fails the attempt; the retry sends it again with the same Message-ID and records the resend', async () => {
    const key = `lost-answer-${randomUUID()}`;
    const mail = sender(cutter.port);
    await expect(mail.execute(key, { template: 'test-mail', to: ['drift@ksl.se'] })).rejects.toThrow();
    expect(cutter.armed).toBe(false); // the cut happened after the server's answer to the data
    expect(copies(key)).toHaveLength(1); // the server has it
    const [first] = await ds.query(`SELECT status, attempts, resends, error FROM mail_log WHERE dedupe_key = $1`, [key]);
    expect(first).toMatchObject({ status: 'uncertain', attempts: 1, resends: 0, error: expect.any(String) });

    // the job's retry
    expect(await mail.execute(key, { template: 'test-mail', to: ['drift@ksl.se'] })).toMatchObject({ status: 'sent', resent: true });
    const [after] = await ds.query(`SELECT status, attempts, resends, resend_reason, message_id FROM mail_log WHERE dedupe_key = $1`, [key]);
    expect(after).toMatchObject({ status: 'sent', attempts: 2, resends: 1, resend_reason: expect.stringContaining('Svaret från e-postservern') });
    expect(copies(key).map((m) => m.parsed.messageId)).toEqual([after.message_id, after.message_id]);
    // a third run of the job finds it sent and hands nothing over
    expect(await mail.execute(key, { template: 'test-mail', to: ['drift@ksl.se'] })).toEqual({ status: 'skipped', reason: 'redan skickat' });
    expect(copies(key)).toHaveLength(2);
  });

  it('a server that cannot be reached certainly did not take the mail: the retry is an ordinary attempt, not a resend', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r)); // nobody listens there now
    const key = `unreachable-${randomUUID()}`;
    await expect(sender(port).execute(key, { template: 'test-mail', to: ['drift@ksl.se'] })).rejects.toThrow(/ECONNREFUSED/);
    expect(await ds.query(`SELECT status, resends FROM mail_log WHERE dedupe_key = $1`, [key])).toEqual([{ status: 'failed', resends: 0 }]);
    expect(await sender(ctx.smtp.port).execute(key, { template: 'test-mail', to: ['drift@ksl.se'] })).toMatchObject({ status: 'sent', resent: false });
    expect(await ds.query(`SELECT status, attempts, resends FROM mail_log WHERE dedupe_key = $1`, [key])).toEqual([{ status: 'sent', attempts: 2, resends: 0 }]);
    expect(copies(key)).toHaveLength(1);
  });
});
