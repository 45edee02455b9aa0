/**
 * A property-based fuzzer driven by the served OpenAPI document. For every operation: a fixed sweep (each
 * nasty value and a 1 MB string in each input alone, far dates in all date inputs at once), then requests
 * generated with fast-check from the operation's schema (a bounded count per operation and role, seeded).
 * Asserted for every answer: no 5xx and no timeout; every 4xx is JSON with a stable code and a Swedish
 * message, names only documented inputs in `issues`, and leaves the database fingerprint (row counts and
 * versions of the main tables) unchanged.
 *
 * The API runs built (dist/) in a child process: a request that blocks its event loop times out after
 * FUZZ_TIMEOUT_MS, counts as a failure, and the process is restarted. FUZZ_RUNS, FUZZ_SEED tune the run.
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { actorTokens, ROLE_NAMES, RoleName } from '../support/actors';
import { ApiProcess } from '../support/api-process';
import { dbFingerprint, fingerprintDiff } from '../support/db-fingerprint';
import { exampleOf, FuzzRequest, IdPool, idKindOf, isDateSchema, requestOf, sweepOf } from '../support/fuzz-inputs';
import { apiOperations, fillPath, Operation } from '../support/openapi';
import { pdf, startTestApp, TestApp } from '../support/test-app';
import { buildWorld, World } from '../support/world';

const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const SEED = Number(process.env.FUZZ_SEED ?? 20130115);
const TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? 10_000);
jest.setTimeout(600_000);

// eslint-disable-next-line no-control-regex -- colour codes in the child's log
const ANSI = /\u001b\[[0-9;]*m/g;
const STABLE_CODE = /^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)*$/;
const ENGLISH = /\b(the|is|are|must|should|invalid|expected|required|cannot|not|found|unauthorized|forbidden|error|bad|request|received|failed|unexpected|internal|server|too|large|please|field|value|allowed|unknown|missing|payload|entity)\b/i;
/** A message is Swedish if, once quoted input is taken out, it has no common English word in it. */
const notSwedish = (text: unknown) => typeof text !== 'string' || text.trim() === '' || ENGLISH.test(text.replace(/"[^"]*"|'[^']*'|«[^»]*»/g, ''));

interface Failure {
  op: string;
  role: string;
  input: string;
  status: number | 'timeout' | 'connection';
  body: string;
  problem: string;
  serverLog: string;
}

/** The role that reaches furthest into an operation, and the world's ids it starts from. */
function deepestRole(op: Operation): RoleName {
  if (/^\/(decisions\/|recipients\/\{id\}\/(decisions|dispatch))/.test(op.path)) return 'secretary';
  if (/^\/recipients\/\{id\}\/(answer|decline|inner-answers|extension-requests|preparations)/.test(op.path)) return 'officer';
  if (op.path.startsWith('/admin')) return 'admin';
  return 'secretariat';
}

function baseParams(op: Operation, w: World): Record<string, string> {
  const remissSide = /answer|decline|inner-answers/.test(op.path);
  const byKind: Record<string, string> = {
    case: /rounds\/\{roundId\}|compilation|parties|terminations/.test(op.path) ? w.cases.ksl : w.cases.kslDrafting,
    recipient: remissSide ? w.recipients.kslRemiss.ekero : w.recipients.kslRecommendation.ekero,
    decision: w.decisions.ekero,
    extensionRequest: w.extensionRequests.ekero,
    document: w.documents.kslRemiss,
    organisation: w.org.ksl,
    round: w.rounds.kslRemiss,
    identityProvider: w.identityProviders.ekero,
    webhook: w.webhooks.ksl,
    webhookDelivery: w.webhookDeliveries.ksl,
    any: w.cases.ksl,
  };
  const params: Record<string, string> = {};
  for (const [, name] of op.path.matchAll(/\{([^}]+)\}/g)) {
    const kind = idKindOf(name, op.path);
    params[name] = kind ? byKind[kind] : name === 'slug' ? 'ksl' : 'prov.eml';
  }
  return params;
}

function idPool(w: World): IdPool {
  const recipients = [...Object.values(w.recipients.kslRemiss), ...Object.values(w.recipients.kslRecommendation), w.recipients.botkyrkaRemiss.tyreso, w.recipients.botkyrkaRecommendation.tyreso, w.recipients.ekeroInternal.committee];
  const pool: IdPool = {
    case: Object.values(w.cases),
    round: Object.values(w.rounds),
    recipient: recipients,
    decision: Object.values(w.decisions),
    extensionRequest: Object.values(w.extensionRequests),
    document: Object.values(w.documents),
    organisation: Object.values(w.org),
    group: Object.values(w.groups),
    identityProvider: Object.values(w.identityProviders),
    webhook: Object.values(w.webhooks),
    webhookDelivery: Object.values(w.webhookDeliveries),
    any: [],
  };
  pool.any = [...pool.case.slice(0, 1), ...pool.recipient.slice(0, 1), ...pool.document.slice(0, 1)];
  return pool;
}

describe('OpenAPI-driven fuzzing', () => {
  let app: TestApp;
  let api: ApiProcess;
  let world: World;
  let operations: Operation[];
  let tokens: Record<string, string | null>;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-fuzz-'));

  beforeAll(async () => {
    app = await startTestApp({ env: { DATA_DIR: dataDir, PUBLIC_MAX_REQUESTS_PER_ADDRESS: '1000000' } });
    world = await buildWorld(app);
    tokens = await actorTokens(app);
    operations = await apiOperations(app.anonymous());
    api = new ApiProcess({ ...app.ctx.env, PUBLIC_MAX_REQUESTS_PER_ADDRESS: '1000000', DATA_DIR: dataDir, LOG_LEVEL: 'error', NO_COLOR: '1', CLOCK_START: '2013-06-12T09:00:00+02:00' });
    await api.start();
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('never answers 5xx; every 4xx is Swedish with a stable code and changes nothing', async () => {
    const counts: Record<string, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, timeout: 0 };
    const failures: Failure[] = [];
    let fingerprint = await dbFingerprint(app.ds);

    const send = async (op: Operation, role: RoleName, req: FuzzRequest, label: string) => {
      const query = new URLSearchParams(req.query).toString();
      let url: string;
      try {
        url = fillPath(op.path, req.pathParams) + (query ? `?${query}` : '');
      } catch {
        return;
      }
      const headers: Record<string, string> = tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {};
      let init: RequestInit = { method: op.method, headers };
      if (op.body?.type === 'multipart/form-data' && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
        const form = new FormData();
        for (const [k, v] of Object.entries(req.body as Record<string, unknown>)) if (k !== 'file') form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
        form.append('file', new Blob([new Uint8Array(pdf('fuzz'))], { type: 'application/pdf' }), 'fuzz.pdf');
        init = { ...init, body: form };
      } else if (req.body !== undefined) {
        init = { ...init, body: JSON.stringify(req.body), headers: { ...headers, 'content-type': 'application/json' } };
      }
      const input = `${op.method} ${url.slice(0, 200)}${req.body !== undefined ? ` ${JSON.stringify(req.body)?.slice(0, 200)}` : ''} [${label}]`;
      const fail = (status: Failure['status'], body: string, problem: string) =>
        failures.push({ op: op.key, role, input, status, body: body.slice(0, 300), problem, serverLog: api.takeStderr().replace(ANSI, '').replace(/\[Nest\] \d+\s+-\s+[^A-Z]*(AM|PM)?\s+ERROR\s+\[\w+\]\s*/g, '').split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).slice(0, 3).join(' | ').slice(0, 400) });
      api.takeStderr();
      let response: Response;
      let text: string;
      try {
        response = await fetch(`${api.baseUrl}${url}`, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
        text = await response.text();
      } catch (error) {
        const name = (error as Error).name;
        if (name !== 'TimeoutError' && name !== 'AbortError') {
          counts.connection = (counts.connection ?? 0) + 1;
          fail('connection', `${name}: ${String((error as Error).cause ?? (error as Error).message)}`, 'the connection failed');
          if (!(await fetch(`${api.baseUrl}/health`).then(() => true, () => false))) await api.restart();
          return;
        }
        counts.timeout += 1;
        fail('timeout', name, `no answer within ${TIMEOUT_MS} ms`);
        await api.restart().catch(() => api.restart());
        fingerprint = await dbFingerprint(app.ds);
        return;
      }
      const status = response.status;
      counts[`${Math.floor(status / 100)}xx`] = (counts[`${Math.floor(status / 100)}xx`] ?? 0) + 1;
      if (status >= 500) {
        await new Promise((r) => setTimeout(r, 20)); // let the error log arrive
        fail(status, text, '5xx');
      } else if (status >= 400) {
        let body: { code?: unknown; message?: unknown; issues?: Array<{ field?: unknown; reason?: unknown }> } | null = null;
        try {
          body = JSON.parse(text);
        } catch {
          fail(status, text, '4xx without a JSON body');
        }
        if (body) {
          if (typeof body.code !== 'string' || !STABLE_CODE.test(body.code)) fail(status, text, 'no stable code');
          if (notSwedish(body.message) || (body.issues ?? []).some((i) => notSwedish(i.reason))) fail(status, text, 'message not in Swedish');
          const documented = new Set(['body', 'query', ...Object.keys(req.pathParams), ...op.parameters.map((p) => p.name), ...Object.keys(op.body?.schema.properties ?? {})]);
          const undocumented = (body.issues ?? []).map((i) => String(i.field).split('.')[0]).filter((f) => !documented.has(f));
          // Unsafe text (NUL, lone surrogates) is refused in any field sent, also in undocumented ones that would be ignored.
          if (undocumented.length > 0 && body.code !== 'VALIDATION.UNSAFE_TEXT') fail(status, text, `issues name inputs the OpenAPI document does not list: ${[...new Set(undocumented)].join(', ')}`);
        }
        const after = await dbFingerprint(app.ds);
        if (after !== fingerprint) fail(status, text, `a rejected request changed the database: ${fingerprintDiff(fingerprint, after)}`);
        fingerprint = after;
        return;
      }
      fingerprint = await dbFingerprint(app.ds);
    };

    const ids = idPool(world);
    // Inputs the document leaves out but the app reads (a 400 names them): fuzzed too, as query strings.
    for (const op of operations.filter((o) => o.method === 'GET')) {
      const response = await fetch(`${api.baseUrl}${fillPath(op.path, baseParams(op, world))}`, { headers: { authorization: `Bearer ${tokens[deepestRole(op)]}` } });
      const body = (await response.json().catch(() => null)) as { issues?: Array<{ field: string }> } | null;
      const listed = new Set(op.parameters.map((p) => p.name));
      for (const field of new Set((body?.issues ?? []).map((i) => i.field))) {
        if (listed.has(field) || ['body', 'query'].includes(field)) continue;
        op.parameters.push({ name: field, in: 'query', required: true, schema: { type: 'string' } });
        failures.push({ op: op.key, role: deepestRole(op), input: `GET ${op.path}`, status: response.status, body: JSON.stringify(body).slice(0, 300), problem: `reads the query parameter ${field}, which the OpenAPI document does not list`, serverLog: '' });
      }
    }
    // The fixed sweep: nasty values one input at a time, far dates once per operation.
    for (const op of operations) {
      const params = baseParams(op, world);
      const query = Object.fromEntries(op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, String(exampleOf(p.name, p.schema, op.path, ids))]));
      const valid: FuzzRequest = { pathParams: params, query, body: op.method === 'GET' ? undefined : op.body ? exampleOf('body', op.body.schema, op.path, ids) : undefined };
      const dateInputs: Array<['path' | 'query' | 'body', string]> = [
        ...op.parameters.filter((p) => p.in === 'query' && isDateSchema(p.name, p.schema)).map((p) => ['query', p.name] as ['query', string]),
        ...Object.entries(op.body?.schema.properties ?? {}).filter(([k, s]) => isDateSchema(k, s)).map(([k]) => ['body', k] as ['body', string]),
      ];
      for (const { label, request } of sweepOf(op, valid, dateInputs)) await send(op, deepestRole(op), request, label);
    }
    // Generated requests: RUNS per operation and role.
    for (const op of operations) {
      const samples = fc.sample(requestOf(op, ids), { numRuns: RUNS * ROLE_NAMES.length, seed: SEED });
      // fc.sample is synchronous and took over 5 s for one operation on a loaded machine: the server closes the idle
      // keep-alive socket meanwhile (keepAliveTimeout 5 s) and fetch, whose timers could not run, finds out only when
      // it sends on it ("other side closed"). A throwaway request takes that hit, so the next one gets a fresh socket.
      await fetch(`${api.baseUrl}/health/live`).then((r) => r.text(), () => undefined);
      for (const [i, request] of samples.entries()) await send(op, ROLE_NAMES[i % ROLE_NAMES.length], request, `fast-check seed ${SEED} #${i}`);
    }

    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const groups = new Map<string, Failure[]>();
    for (const f of failures) {
      const cause = f.status === 'timeout' || f.status === 'connection' ? `${f.status} ${f.problem}` : f.problem === '5xx' ? `${f.status} ${f.serverLog.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>').slice(0, 160)}` : `${f.status} ${f.problem}`;
      groups.set(cause, [...(groups.get(cause) ?? []), f]);
    }
    console.log(
      `openapi fuzz: ${total} requests over ${operations.length} operations (seed ${SEED}, ${RUNS} generated per operation and role): ` +
        `2xx ${counts['2xx']}, 3xx ${counts['3xx']}, 4xx ${counts['4xx']}, 5xx ${counts['5xx']}, timeouts ${counts.timeout}, failed connections ${counts.connection ?? 0}, API restarts ${api.restarts}; ${failures.length} failures in ${groups.size} groups\n` +
        [...groups.entries()]
          .map(([cause, list]) => `== ${cause} (${list.length}, operations: ${[...new Set(list.map((f) => f.op))].join('; ')})\n` + list.map((f) => `   ${f.role}: ${f.input} → ${f.status} ${f.body.slice(0, 160)}`).join('\n'))
          .join('\n'),
    );
    expect(total).toBeGreaterThan(operations.length * RUNS);
    expect(failures.map((f) => `${f.op} as ${f.role}: ${f.problem} (${f.status})`)).toEqual([]);
  });
});
