import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { verifyWebhook } from '@remiss/application';
import { waitUntil } from '@remiss/testing';

export interface ReceivedWebhook {
  id: string;
  timestamp: number;
  signature: string;
  raw: string;
  body: any;
  /** The signature verified with the secret the receiver was given. */
  valid: boolean;
}

/**
 * A real HTTP receiver on a free loopback port: it verifies every request's Standard Webhooks signature with
 * the secret it is given, records what came, and answers what `respond` says (200 by default; 401 for a
 * signature that does not verify).
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  secret = '';
  respond: (request: ReceivedWebhook, n: number) => number | Promise<number> = (r) => (r.valid ? 200 : 401);
  private server?: Server;
  url = '';

  async start(path = '/hook'): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        (status) => res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'nej'),
        () => res.writeHead(400).end(),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
    return this;
  }

  private async handle(req: IncomingMessage): Promise<number> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const id = String(req.headers['webhook-id'] ?? '');
    const timestamp = Number(req.headers['webhook-timestamp'] ?? 0);
    const signature = String(req.headers['webhook-signature'] ?? '');
    const got: ReceivedWebhook = { id, timestamp, signature, raw, body: JSON.parse(raw), valid: verifyWebhook(this.secret, id, timestamp, raw, signature) };
    this.received.push(got);
    return this.respond(got, this.received.length);
  }

  /** Distinct event ids, in the order of their first arrival. */
  ids(): string[] {
    return [...new Set(this.received.map((r) => r.id))];
  }

  async waitFor(predicate: () => boolean, what: string, timeoutMs = 30000): Promise<void> {
    await waitUntil(async () => predicate(), timeoutMs, what);
  }

  async close(): Promise<void> {
    const closed = new Promise((r) => this.server?.close(r));
    this.server?.closeAllConnections();
    await closed;
  }
}
