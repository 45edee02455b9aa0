import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server (smtp-server, as libs/testing's SmtpTestServer, which the build leaves out of dist) that
 * only notes when each mail was handed over, by its X-Remiss-Id header (the mail's dedupe key, a reminder's
 * job id): no parsing, so the sink costs the senders as little as possible.
 */
export class SmtpSink {
  private server?: SMTPServer;
  port = 0;
  received = 0;

  constructor(private readonly onMail: (remissId: string | null, at: number) => void) {}

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const at = Date.now();
          const head = Buffer.concat(chunks).toString('latin1', 0, 16_384);
          const id = /^X-Remiss-Id:\s*(\S+)/im.exec(head)?.[1] ?? null;
          this.received++;
          this.onMail(id, at);
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
