import { INestApplication } from '@nestjs/common';
import { createApiApp, signToken } from '@remiss/api';
import { prepareDatabase } from '@remiss/application';
import { AppConfig, loadConfig } from '@remiss/config';
import { createTestContext, TestContext } from '@remiss/testing';
import { DataSource } from 'typeorm';

/** The real API on a fresh seeded database, listening on a free port, with tokens for seeded users. */
export interface ApiTestApp {
  ctx: TestContext;
  app: INestApplication;
  db: DataSource;
  config: AppConfig;
  baseUrl: string;
  token(email: string): Promise<string>;
  /** fetch against the API as a seeded user (by e-mail), or anonymously with null. */
  call(email: string | null, path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startApiTestApp(env: Record<string, string> = {}): Promise<ApiTestApp> {
  const ctx = await createTestContext();
  Object.assign(process.env, ctx.env, env);
  const config = loadConfig();
  await prepareDatabase(config, { seed: true });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = app.get(DataSource);
  const tokens = new Map<string, string>();
  const token = async (email: string) => {
    if (!tokens.has(email)) {
      const [user] = await db.query(`SELECT id FROM users WHERE email = $1`, [email]);
      if (!user) throw new Error(`no seeded user ${email}`);
      tokens.set(email, signToken(config, user.id));
    }
    return tokens.get(email)!;
  };
  return {
    ctx,
    app,
    db,
    config,
    baseUrl,
    token,
    async call(email, path, init = {}) {
      const headers = new Headers(init.headers);
      if (email) headers.set('authorization', `Bearer ${await token(email)}`);
      return fetch(`${baseUrl}${path}`, { ...init, headers });
    },
    async close() {
      await app.close();
      await ctx.dispose();
    },
  };
}

/** A JSON POST. */
export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** A multipart upload of one file plus text fields. */
export function uploadForm(file: Buffer | null, filename: string, fields: Record<string, string>, fileField = 'file'): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append(fileField, new Blob([new Uint8Array(file)]), filename);
  return form;
}

/** Response bodies in tests are read loosely; the assertions check their shape. */
export type Json = any;
export const json = (response: Response): Promise<Json> => response.json() as Promise<Json>;
