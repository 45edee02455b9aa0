import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; statusCode: number; response: unknown }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

/** A claim older than this whose request never finished (a crashed process) may be taken over. */
export const STALE_CLAIM_SECONDS = 300;

/** The idempotency_keys table: one row per (user, key), claimed before the work and completed after it. */
@Injectable()
export class IdempotencyStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(userId: string, key: string, method: string, path: string, hash: string): Promise<Claim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, method, path, request_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, key) DO NOTHING RETURNING 1`,
      [userId, key, method, path, hash],
    );
    if (inserted.length > 0) return { kind: 'claimed' };
    const rows: Array<{ request_hash: string; status_code: number | null; response: unknown; stale: boolean }> =
      await this.dataSource.query(
        `SELECT request_hash, status_code, response, created_at < app_now() - make_interval(secs => $3) AS stale
           FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
        [userId, key, STALE_CLAIM_SECONDS],
      );
    // Released between the two statements: try once more.
    if (rows.length === 0) return this.claim(userId, key, method, path, hash);
    const row = rows[0];
    if (row.request_hash !== hash) return { kind: 'mismatch' };
    if (row.status_code !== null) return { kind: 'replay', statusCode: row.status_code, response: row.response };
    if (row.stale) {
      const taken: unknown[] = await this.dataSource.query(
        `UPDATE idempotency_keys SET created_at = app_now() WHERE user_id = $1 AND key = $2 AND status_code IS NULL
           AND created_at < app_now() - make_interval(secs => $3) RETURNING 1`,
        [userId, key, STALE_CLAIM_SECONDS],
      );
      if (taken.length > 0) return { kind: 'claimed' };
    }
    return { kind: 'in_progress' };
  }

  async complete(userId: string, key: string, statusCode: number, response: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET status_code = $3, response = $4::jsonb WHERE user_id = $1 AND key = $2`,
      [userId, key, statusCode, JSON.stringify(response ?? null)],
    );
  }

  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND status_code IS NULL`, [userId, key]);
  }
}
