import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@remiss/config';
import { TestContext } from '@remiss/testing';
import { DataSource } from 'typeorm';
import { startTestApp } from '../../support/test-app';

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

/** The shared harness (test/support/test-app.ts) on the system clock, seen through this smaller interface. */
export async function startApiTestApp(env: Record<string, string> = {}): Promise<ApiTestApp> {
  const t = await startTestApp({ now: null, env });
  const token = t.token;
  return {
    ctx: t.ctx,
    app: t.api,
    db: t.ds,
    config: t.config,
    baseUrl: t.baseUrl,
    token,
    async call(email, path, init = {}) {
      const headers = new Headers(init.headers);
      if (email) headers.set('authorization', `Bearer ${await token(email)}`);
      return fetch(`${t.baseUrl}${path}`, { ...init, headers });
    },
    close: () => t.close(),
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
