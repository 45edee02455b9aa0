import fc from 'fast-check';
import { JsonSchema, Operation } from './openapi';

/** Values that break naive code; every one is tried in every input of every operation. */
export const NASTY: Array<[string, unknown]> = [
  ['NUL', 'a\u0000b'],
  ['lone surrogate', 'x\ud800y'],
  ['__proto__', '__proto__'],
  ['path traversal', '../../../../etc/passwd'],
  ['encoded traversal', '..%2F..%2Fetc%2Fpasswd'],
  ['SQL', "1' OR '1'='1'; DROP TABLE cases; --"],
  ['SQL wildcard', '%_\\'],
  ['2025-02-30', '2025-02-30'],
  ['month 13', '2013-13-01'],
  ['year 0', '0000-00-00'],
  ['negative number', -1],
  ['huge number', 1e308],
  ['unsafe integer', 2 ** 53 + 1],
  ['empty string', ''],
  ['whitespace', ' \t\n '],
  ['null', null],
  ['array', ['x']],
  ['object', { __proto__: { admin: true }, constructor: { prototype: { polluted: true } } }],
  ['HTML', '<script>alert(1)</script>'],
  ['RTL override', '\u202eabc'],
];
/** Far dates: sent once per operation in all its date inputs at once (each may hit a slow loop). */
export const FAR_DATES: Array<[string, string]> = [
  ['far future', '9999-12-31'],
  ['far past', '0001-01-01'],
];
export const MEGABYTE = 'å'.repeat(512 * 1024);

export interface FuzzRequest {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
}

/** Ids of the world by what a path parameter or body field points at. */
export type IdPool = Record<'case' | 'round' | 'recipient' | 'decision' | 'extensionRequest' | 'document' | 'organisation' | 'group' | 'identityProvider' | 'webhook' | 'webhookDelivery' | 'any', string[]>;

const DATE = /\\d\{4\}-\\d\{2\}-\\d\{2\}/;
export const isDateSchema = (name: string, s: JsonSchema | undefined): boolean =>
  Boolean(s && (s.format === 'date' || s.format === 'date-time' || (s.pattern && DATE.test(s.pattern)))) || /date|deadline/i.test(name);

/** What kind of id a parameter or field named `name` holds (by the path it is in and its name). */
export function idKindOf(name: string, path: string): keyof IdPool | null {
  if (name === 'roundId') return 'round';
  if (name === 'organisationId' || name === 'parentId' || name === 'organisationIds' || name === 'memberIds') return 'organisation';
  if (name === 'groupIds') return 'group';
  if (name === 'providerId') return 'identityProvider';
  if (/^documentIds?$|supersedesId/.test(name)) return 'document';
  if (name === 'innerAnswerIds' || name === 'parentRecipientId') return 'recipient';
  if (name !== 'id') return null;
  if (path.startsWith('/cases')) return 'case';
  if (path.startsWith('/recipients')) return 'recipient';
  if (path.startsWith('/decisions')) return 'decision';
  if (path.startsWith('/extension-requests')) return 'extensionRequest';
  if (path.startsWith('/documents')) return 'document';
  if (path.startsWith('/organisations')) return 'organisation';
  if (path.startsWith('/admin/identity-providers')) return 'identityProvider';
  if (path.startsWith('/webhooks')) return 'webhook';
  if (path.startsWith('/webhook-deliveries')) return 'webhookDelivery';
  return 'any';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** Dates in a window the calendar code handles quickly (2000-2030), now and then not a real date. */
const windowDate = fc.oneof(
  { weight: 8, arbitrary: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`) },
);
const windowDateTime = fc
  .tuple(windowDate, fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+01:00', '+02:00', '-11:00'))
  .map(([d, h, z]) => `${d}T${pad(h)}:00:00${z}`);
/** Nasty values other than far dates and very long strings (those have a sweep of their own). */
const nasty = fc.constantFrom(...NASTY.map(([, v]) => v));

function stringOf(name: string, s: JsonSchema, path: string, ids: IdPool): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  if (isDateSchema(name, s)) return s.format === 'date-time' ? windowDateTime : windowDate;
  const kind = idKindOf(name, path);
  if (kind || s.format === 'uuid') {
    const pool = ids[kind ?? 'any'];
    return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pool, ...ids.any) }, { weight: 2, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });
  }
  if (s.format === 'email') return fc.oneof(fc.emailAddress(), fc.string({ maxLength: 30 }));
  const max = Math.min(s.maxLength ?? 80, 80);
  const min = Math.min(s.minLength ?? 0, max);
  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.constant('x'.repeat((s.maxLength ?? 300) + 1)) },
  );
}

/** A value for a JSON schema: mostly valid, now and then a nasty value instead. */
export function valueOf(name: string, schema: JsonSchema | undefined, path: string, ids: IdPool, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: validOf(name, schema ?? {}, path, ids, depth) }, { weight: 1, arbitrary: nasty });
}

function validOf(name: string, s: JsonSchema, path: string, ids: IdPool, depth: number): fc.Arbitrary<unknown> {
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => validOf(name, v, path, ids, depth)));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'object':
      return objectOf(s, path, ids, depth);
    case 'array':
      return fc.array(valueOf(name, s.items, path, ids, depth + 1), { maxLength: Math.min(s.maxItems ?? 5, 5) });
    case 'integer':
      return fc.oneof(fc.integer({ min: s.minimum ?? -10, max: s.maximum ?? 1000 }), fc.integer());
    case 'number':
      return fc.oneof(fc.double({ noNaN: true }), fc.integer());
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
    default:
      return stringOf(name, s, path, ids);
  }
}

function objectOf(s: JsonSchema, path: string, ids: IdPool, depth: number): fc.Arbitrary<unknown> {
  const props = s.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, prop] of Object.entries(props)) model[key] = depth > 2 ? fc.constant('x') : valueOf(key, prop, path, ids, depth + 1);
  const required = (s.required ?? []).filter((k) => k in props);
  const record = fc.record(model, { requiredKeys: required });
  return fc.oneof(
    { weight: 8, arbitrary: record },
    // a required field left out, or an unknown one added
    { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.tuple(record, fc.constantFrom('__proto__', 'constructor', 'extra', 'id', 'organisationId', 'role'), nasty).map(([r, k, v]) => ({ ...(r as object), [k]: v })) },
  );
}

/** The request arbitrary of an operation: path parameters, documented query parameters and body. */
export function requestOf(op: Operation, ids: IdPool): fc.Arbitrary<FuzzRequest> {
  const pathNames = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const pathParams = fc.record(
    Object.fromEntries(
      pathNames.map((name) => {
        const kind = idKindOf(name, op.path);
        const pool = kind ? ids[kind] : ['prov.eml'];
        return [name, fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 2, arbitrary: nasty.map(String) }, { weight: 1, arbitrary: fc.string({ maxLength: 60 }) })];
      }),
    ) as Record<string, fc.Arbitrary<string>>,
  );
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const query = fc.record(
    Object.fromEntries(queryParams.map((p) => [p.name, valueOf(p.name, p.schema, op.path, ids).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))])) as Record<string, fc.Arbitrary<string>>,
    { requiredKeys: [] },
  );
  const body: fc.Arbitrary<unknown> = op.body
    ? fc.oneof({ weight: 9, arbitrary: validOf('body', op.body.schema, op.path, ids, 0) }, { weight: 1, arbitrary: nasty })
    : fc.constant(undefined);
  return fc.record({ pathParams, query, body }).map((r) => ({ pathParams: r.pathParams, query: r.query as Record<string, string>, body: op.method === 'GET' ? undefined : r.body }));
}

/**
 * The fixed sweep of an operation: each nasty value (and a 1 MB string) in each input alone, the rest of
 * the request valid; far dates once in all date inputs at once.
 */
export function sweepOf(op: Operation, valid: FuzzRequest, dateInputs: Array<['path' | 'query' | 'body', string]>): Array<{ label: string; request: FuzzRequest }> {
  const inputs: Array<['path' | 'query' | 'body', string]> = [
    ...Object.keys(valid.pathParams).map((k) => ['path', k] as ['path', string]),
    ...op.parameters.filter((p) => p.in === 'query').map((p) => ['query', p.name] as ['query', string]),
    ...(op.body && op.body.schema.properties ? Object.keys(op.body.schema.properties).map((k) => ['body', k] as ['body', string]) : []),
  ];
  const put = (req: FuzzRequest, where: 'path' | 'query' | 'body', key: string, value: unknown): FuzzRequest => {
    const copy: FuzzRequest = { pathParams: { ...req.pathParams }, query: { ...req.query }, body: req.body && typeof req.body === 'object' ? { ...(req.body as object) } : req.body };
    if (where === 'path') copy.pathParams[key] = typeof value === 'string' ? value : JSON.stringify(value);
    else if (where === 'query') copy.query[key] = typeof value === 'string' ? value : JSON.stringify(value);
    else copy.body = { ...((copy.body as object) ?? {}), [key]: value };
    return copy;
  };
  const out: Array<{ label: string; request: FuzzRequest }> = [];
  for (const [where, key] of inputs) {
    // 1 MB only in bodies: a URL that long is refused by Node's HTTP parser (431) before the app sees it
    const values: Array<[string, unknown]> = where === 'body' ? [...NASTY, ['1 MB string', MEGABYTE]] : NASTY;
    for (const [label, value] of values) out.push({ label: `${label} in ${where} ${key}`, request: put(valid, where, key, value) });
  }
  if (op.body) for (const [label, value] of NASTY.slice(-5)) out.push({ label: `${label} as the whole body`, request: { ...valid, body: value } });
  if (dateInputs.length > 0) {
    for (const [label, date] of FAR_DATES) {
      let req = valid;
      for (const [where, key] of dateInputs) req = put(req, where, key, date);
      out.push({ label: `${label} (${date}) in ${dateInputs.map(([, k]) => k).join(', ')}`, request: req });
    }
  }
  return out;
}

/** A plain valid value for a schema: its example, else the first enum value, a date, an id from the pool. */
export function exampleOf(name: string, s: JsonSchema | undefined, path: string, ids: IdPool): unknown {
  if (!s) return 'Prov';
  if (s.example !== undefined) return s.example;
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return exampleOf(name, variants[0], path, ids);
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of s.required ?? []) out[key] = exampleOf(key, s.properties?.[key], path, ids);
    return out;
  }
  if (type === 'array') return [exampleOf(name, s.items, path, ids)];
  if (type === 'integer' || type === 'number') return s.minimum ?? 1;
  if (type === 'boolean') return false;
  if (isDateSchema(name, s)) return s.format === 'date-time' ? '2013-06-12T10:00:00+02:00' : '2013-09-30';
  const kind = idKindOf(name, path);
  if (kind || s.format === 'uuid') return ids[kind ?? 'any'][0];
  if (s.format === 'email') return 'prov@example.se';
  return 'Prov';
}
