/**
 * Text that PostgreSQL, XML (DOCX), mail headers and browsers cannot carry
 * safely: the NUL character and lone UTF-16 surrogates (halves of a pair
 * without the other half, which are not Unicode text at all).
 */
export interface UnsafeText {
  /** Dotted path of the offending value inside the input, e.g. `documentIds.2`. */
  path: string;
  reason: string;
}

const NUL = '\u0000';
// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a single string is unsafe, or null when it is fine. */
export function unsafeTextReason(value: string): string | null {
  if (value.includes(NUL)) return 'får inte innehålla tecknet NUL (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'innehåller ett ogiltigt tecken (ensamt UTF-16-surrogat)';
  return null;
}

/**
 * The first unsafe string (value or object key) anywhere in a JSON-like value,
 * depth first. Bounded by the input's own size; cycles are not possible in
 * parsed JSON but are guarded anyway.
 */
export function findUnsafeText(input: unknown, root = ''): UnsafeText | null {
  const seen = new Set<object>();
  const walk = (value: unknown, path: string): UnsafeText | null => {
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      return reason ? { path: path || root, reason } : null;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return null;
    seen.add(value);
    if (value instanceof Uint8Array) return null;
    const entries: Array<[string, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [String(i), v])
      : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
    for (const [key, child] of entries) {
      const childPath = path ? `${path}.${key}` : key;
      const keyReason = unsafeTextReason(key);
      if (keyReason) return { path: path || root, reason: `ett fältnamn ${keyReason}` };
      const found = walk(child, childPath);
      if (found) return found;
    }
    return null;
  };
  return walk(input, '');
}
