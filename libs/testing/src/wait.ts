import { DataSource } from 'typeorm';

/** Polls until the query returns a row (for effects that a worker commits a moment later). */
export async function waitForRow<T = Record<string, unknown>>(ds: DataSource, sql: string, params: unknown[] = [], timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows: T[] = await ds.query(sql, params);
    if (rows.length > 0) return rows[0];
    if (Date.now() > deadline) throw new Error(`Ingen rad inom ${timeoutMs} ms: ${sql}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 10000, what = 'villkoret'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Väntade förgäves på ${what} i ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
