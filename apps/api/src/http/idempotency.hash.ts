import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so that key order does not change the hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !Buffer.isBuffer(value) && !(value instanceof Date)) {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(source)
        .sort()
        .map((key) => [key, sortKeys(source[key])]),
    );
  }
  return value;
}

export interface HashableRequest {
  method: string;
  path: string;
  body: unknown;
  file?: { fieldname: string; originalname: string; size: number; buffer: Buffer };
}

/**
 * What makes two requests "the same": method, path (with query), the canonical
 * body and, for an upload, the file's field, name, size and SHA-256.
 */
export function requestHash(request: HashableRequest): string {
  const file = request.file
    ? {
        field: request.file.fieldname,
        name: request.file.originalname,
        size: request.file.size,
        sha256: createHash('sha256').update(request.file.buffer).digest('hex'),
      }
    : null;
  return createHash('sha256')
    .update(canonicalJson({ method: request.method.toUpperCase(), path: request.path, body: request.body ?? null, file }))
    .digest('hex');
}
