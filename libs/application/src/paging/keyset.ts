import { ValidationError } from '@remiss/domain';

/**
 * Keyset pagination for every list: a page is `{ items, nextCursor }`, where `nextCursor` is
 * opaque to clients (base64url of the last item's sort key as a JSON array) and null on the
 * last page. The queries select the sort key as `"_key"` (json_build_array of the ORDER BY
 * columns, timestamps with their full precision) and ask for one row more than the page.
 */

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null when this is the last. */
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export type KeyPart = 'timestamp' | 'uuid' | 'date' | 'int' | 'bigint' | 'bool' | 'text';

/** A real calendar day (PostgreSQL refuses 2013-02-30, so must we, with a 400). */
function realDay(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return y >= 1 && day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-]([01]\d|2[0-3])(:?[0-5]\d)?|Z)$/;

const CHECKS: Record<KeyPart, (v: unknown) => boolean> = {
  timestamp: (v) => typeof v === 'string' && TIMESTAMP.test(v) && realDay(v),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && realDay(v),
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v) && Math.abs(v) <= 2 ** 31 - 1,
  bigint: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  bool: (v) => typeof v === 'boolean',
  text: (v) => typeof v === 'string' && v.length <= 400,
};

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const bad = () => ValidationError.field('cursor', 'är inte en giltig fortsättningsmarkör (använd nextCursor från föregående sida)', 'VALIDATION.INVALID_CURSOR');

/** The sort key a cursor carries, checked against the list's key shape; a 400 on anything else. */
export function decodeCursor(cursor: string | undefined, shape: KeyPart[]): unknown[] | null {
  if (cursor === undefined || cursor === '') return null;
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(key) || key.length !== shape.length || !shape.every((part, i) => CHECKS[part](key[i]))) throw bad();
  return key;
}

/** Cuts the extra row off, strips `_key` from the items and makes the next cursor. */
export function toPage<R extends { _key: unknown[] }, T = Omit<R, '_key'>>(rows: R[], limit: number, map: (row: Omit<R, '_key'>) => T = (r) => r as unknown as T): Page<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const items = pageRows.map(({ _key, ...rest }) => map(rest));
  return { items, nextCursor: more ? encodeCursor(pageRows[pageRows.length - 1]._key) : null };
}
