import { existsSync } from 'node:fs';
import { join } from 'node:path';

type Canonicalize = (value: unknown) => string | undefined;

let loaded: Canonicalize | undefined;

/**
 * The `canonicalize` package (RFC 8785, JSON Canonicalization Scheme) ships one ES module behind an
 * "import"-only export, which a CommonJS build cannot name; Node 20.19+ require()s the file itself.
 */
function canonicalizer(): Canonicalize {
  if (loaded) return loaded;
  const file = (require.resolve.paths('canonicalize') ?? [])
    .map((dir) => join(dir, 'canonicalize', 'lib', 'canonicalize.js'))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new Error('The package canonicalize is not installed.');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { default: Canonicalize };
  loaded = mod.default;
  return loaded;
}

/** RFC 8785 canonical JSON of a JSON value (sorted keys, no whitespace, ECMAScript numbers). */
export function canonicalJson(value: unknown): string {
  const text = canonicalizer()(value);
  if (text === undefined) throw new Error('The value has no JSON form.');
  return text;
}
