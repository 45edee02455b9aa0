import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createApiApp, signToken } from '@remiss/api';
import { CLOCK, prepareDatabase } from '@remiss/application';
import { AppConfig, loadConfig } from '@remiss/config';
import { FixedClock, SwitchableClock } from '@remiss/domain';
import { createTestContext, TestContext, watchContract } from '@remiss/testing';
import { WorkerModule } from '@remiss/worker';
import { DataSource } from 'typeorm';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small HTTP client that signs in as a seeded user by e-mail. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | null,
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : body instanceof FormData || body instanceof Uint8Array || typeof body === 'string' ? (body as string | FormData | Uint8Array) : JSON.stringify(body),
    });
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await response.json() : await response.text();
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }

  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }

  /** Uploads a document and returns its id. */
  async upload(file: { name: string; type: string; content: Buffer | string }, fields: Record<string, string>): Promise<ApiResponse> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([typeof file.content === 'string' ? Buffer.from(file.content) : file.content], { type: file.type }), file.name);
    return this.request('POST', '/documents', form);
  }
}

export interface TestApp {
  ctx: TestContext;
  config: AppConfig;
  api: INestApplication;
  worker?: INestApplicationContext;
  clock: FixedClock;
  ds: DataSource;
  baseUrl: string;
  /** A bearer token for a seeded user. */
  token(email: string): Promise<string>;
  as(email: string): Promise<ApiClient>;
  /** A new token for a seeded user (not the cached one), e.g. for a request that revokes it. */
  freshToken(email: string): Promise<string>;
  anonymous(): ApiClient;
  organisationId(slug: string): Promise<string>;
  close(): Promise<void>;
}

/** The real API (and optionally the worker) on a fresh database, with a clock the test controls. */
export async function startTestApp(options: { worker?: boolean; now?: string | null; env?: Record<string, string>; port?: number } = {}): Promise<TestApp> {
  const ctx = await createTestContext();
  Object.assign(process.env, ctx.env, options.env ?? {});
  const config = loadConfig();
  await prepareDatabase(config, { seed: true });
  const clock = new FixedClock(options.now ?? '2013-01-15T09:00:00+01:00');
  const api = await createApiApp(config);
  // now: null keeps the system clock (tests that do not care about 2013).
  if (options.now !== null) api.get<SwitchableClock>(CLOCK).use(clock);
  await api.listen(options.port ?? 0, '127.0.0.1');
  const baseUrl = await api.getUrl();
  watchContract(baseUrl);
  const worker = options.worker
    ? await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] })
    : undefined;
  if (options.now !== null) worker?.get<SwitchableClock>(CLOCK).use(clock);
  const ds = api.get(DataSource);
  const tokens = new Map<string, string>();
  const token = async (email: string) => {
    if (!tokens.has(email)) {
      const rows: Array<{ id: string }> = await ds.query(`SELECT id FROM users WHERE email = $1`, [email]);
      if (rows.length === 0) throw new Error(`Ingen användare ${email}`);
      tokens.set(email, signToken(config, rows[0].id));
    }
    return tokens.get(email)!;
  };
  return {
    ctx,
    config,
    api,
    worker,
    clock,
    ds,
    baseUrl,
    token,
    async as(email: string) {
      return new ApiClient(baseUrl, await token(email));
    },
    async freshToken(email: string) {
      const rows: Array<{ id: string }> = await ds.query(`SELECT id FROM users WHERE email = $1`, [email]);
      if (rows.length === 0) throw new Error(`Ingen användare ${email}`);
      return signToken(config, rows[0].id);
    },
    anonymous: () => new ApiClient(baseUrl, null),
    async organisationId(slug: string) {
      const rows: Array<{ id: string }> = await ds.query(`SELECT id FROM organisations WHERE slug = $1`, [slug]);
      return rows[0].id;
    },
    async close() {
      await worker?.close();
      await api.close();
      await ctx.dispose();
    },
  };
}

export { CLOCK };

/** A small valid PDF. */
export function pdf(text = 'Remiss'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}
