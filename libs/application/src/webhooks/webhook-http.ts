import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import { hostOf, isPublicAddress, TargetPolicy, webhookLookup } from './webhook-target';

export interface WebhookResponse {
  statusCode: number;
  durationMs: number;
}

export class WebhookRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly durationMs: number,
  ) {
    super(message);
  }
}

/** The most of an answer's body that is read (and dropped); the rest is not waited for. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs a delivery: no redirects followed, the whole exchange bounded by `timeoutMs`, the target's addresses
 * checked at connection time against the policy. Resolves with the status code (any); rejects on a network
 * error, a timeout or a refused target.
 */
export function postWebhook(urlText: string, body: string, headers: Record<string, string>, options: { timeoutMs: number; policy: TargetPolicy }): Promise<WebhookResponse> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve, reject) => {
    const url = new URL(urlText);
    const host = hostOf(url);
    if (isIP(host) !== 0 && !options.policy.allowPrivateTargets && !isPublicAddress(host)) {
      reject(new WebhookRequestError('Adressen är intern och tillåts inte', 'WEBHOOK_PRIVATE_TARGET', 0));
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Remiss-Webhooks/1.0', ...headers },
        lookup: webhookLookup(options.policy) as never,
        signal: AbortSignal.timeout(options.timeoutMs),
        agent: false,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) response.destroy();
        });
        const done = () => resolve({ statusCode: response.statusCode ?? 0, durationMs: elapsed() });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.name === 'AbortError' || error.name === 'TimeoutError' ? 'TIMEOUT' : (error.code ?? 'NETWORK');
      reject(new WebhookRequestError(code === 'TIMEOUT' ? `Inget svar inom ${options.timeoutMs} ms` : error.message, code, elapsed()));
    });
    request.end(body);
  });
}

/** A status worth trying again: 408, 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
