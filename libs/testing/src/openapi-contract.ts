import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * The contract test's half in the tests: every JSON response a test receives from a watched API (startTestApp
 * and ApiProcess watch theirs) is validated against the operation's response schema for its status in the
 * document that API serves at /docs/openapi.json (OpenAPI 3.1: JSON Schema 2020-12, ajv). A mismatch rejects
 * the request's promise with a readable message, and is also failed in afterEach (contract-setup.ts), should the
 * test have caught it.
 *
 * Set CONTRACT_VALIDATION=off to run without (e.g. to see a test's own failure first), or =collect to let the
 * requests through and fail each test once, at its end, with every mismatch it met.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const DOCUMENT_PATH = '/docs/openapi.json';
const BASE = 'https://contract.remiss.test/openapi.json';
/** Served by the app but outside the contract: the UI, the docs themselves, bull-board, Prometheus. */
const OUTSIDE = [/^\/app(\/|$)/, /^\/docs(\/|$|-json)/, /^\/admin\/queues(\/|$)/, /^\/metrics$/, /^\/$/];

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  operation: Json;
  literalLength: number;
  parameterCount: number;
}

/** One served document, compiled. */
export class OpenApiContract {
  private readonly ajv: Ajv2020;
  private readonly routes: Route[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly document: Json) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ $id: BASE, components: document.components ?? {} });
    for (const [template, item] of Object.entries(document.paths ?? {}) as Array<[string, Json]>) {
      for (const method of METHODS) {
        if (!item[method]) continue;
        const literal = template.replace(/\{[^}]+\}/g, '');
        const source = template
          .split(/(\{[^}]+\})/)
          .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
          .join('');
        this.routes.push({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          operation: item[method],
          literalLength: literal.length,
          parameterCount: (template.match(/\{/g) ?? []).length,
        });
      }
    }
    // The most literal template wins (/registry.csv before /registry/{id}, /cases/{id}/events before /cases/{id}/{x}).
    this.routes.sort((a, b) => a.parameterCount - b.parameterCount || b.literalLength - a.literalLength);
  }

  /** The operation a request goes to (by method and path template), if the document has it. */
  route(method: string, pathname: string): Route | undefined {
    return this.routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(pathname));
  }

  /** Resolves a local `$ref` of the document (`#/components/responses/BadRequest`). */
  resolve(node: Json): Json {
    let current = node;
    for (let i = 0; i < 10 && typeof current?.$ref === 'string'; i++) {
      const pointer = (current.$ref as string).replace(/^#\//, '').split('/');
      current = pointer.reduce<Json>((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.document);
    }
    return current;
  }

  /**
   * Checks one response; null when it keeps the contract, else what is wrong (readable, for a test failure).
   * `body` is the raw text; only JSON answers are validated against a schema.
   */
  check(method: string, url: string, status: number, contentType: string, body: string): string | null {
    // Express routes /cases/ as /cases (non-strict routing)
    const pathname = new URL(url).pathname.replace(/(.)\/+$/, '$1');
    if (OUTSIDE.some((p) => p.test(pathname))) return null;
    const route = this.route(method, pathname);
    const isJson = /^application\/([\w.-]+\+)?json/i.test(contentType);
    if (!route) {
      // An unknown path's 404 (or the fuzzer's 405) is the router's, not an operation's; a success is an undocumented endpoint.
      return status >= 200 && status < 300
        ? `${method} ${pathname} answered ${status} but the OpenAPI document has no such operation`
        : null;
    }
    const where = `${route.method} ${route.template} (${method} ${pathname})`;
    const declared = route.operation.responses?.[String(status)] ?? route.operation.responses?.default;
    if (!declared) {
      return `${where} answered ${status}, which the operation does not declare (declared: ${Object.keys(route.operation.responses ?? {}).join(', ')}); body: ${body.slice(0, 300)}`;
    }
    if (!isJson || body.length === 0) return null;
    const response = this.resolve(declared);
    const media = Object.entries((response.content ?? {}) as Record<string, Json>).find(([type]) => /json/i.test(type));
    if (!media)
      return `${where} answered ${status} with JSON, but the operation declares no JSON body for ${status}: ${body.slice(0, 300)}`;
    const schema = media[1].schema;
    if (!schema) return `${where} declares no schema for its ${status} JSON answer`;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return `${where} answered ${status} with invalid JSON: ${body.slice(0, 200)}`;
    }
    const key = `${route.method} ${route.template} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(schema) as object);
      this.validators.set(key, validate);
    }
    if (validate(value)) return null;
    const problems = (validate.errors ?? [])
      .slice(0, 8)
      .map(
        (e) =>
          `  ${e.instancePath || '(body)'} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''} [${e.schemaPath}]`,
      )
      .join('\n');
    return `${where} answered ${status} with a body that does not match its schema ${schema.$ref ?? ''}:\n${problems}\nbody: ${body.slice(0, 600)}`;
  }
}

/** `#/components/...` relative to the components' resource, so that a response schema compiles on its own. */
function absoluteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Json).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${BASE}${v}` : absoluteRefs(v),
    ]),
  );
}

// ---- the fetch hook -------------------------------------------------------------------------------------------

const watched = new Set<string>();
const contracts = new Map<string, Promise<OpenApiContract>>();
const violations: string[] = [];
let originalFetch: typeof fetch | null = null;

export const contractValidationEnabled = () => (process.env.CONTRACT_VALIDATION ?? 'on') !== 'off';

/** The document of an origin, fetched once (documents with the same text share one compiled contract). */
function contractOf(origin: string): Promise<OpenApiContract> {
  let contract = contracts.get(origin);
  if (!contract) {
    contract = (async () => {
      const response = await originalFetch!(`${origin}${DOCUMENT_PATH}`);
      if (response.status !== 200) throw new Error(`${origin}${DOCUMENT_PATH} answered ${response.status}`);
      const text = await response.text();
      const known = [...contracts.entries()].find(([o]) => o !== origin && documentTexts.get(o) === text);
      documentTexts.set(origin, text);
      return known ? known[1] : new OpenApiContract(JSON.parse(text));
    })();
    contracts.set(origin, contract);
  }
  return contract;
}
const documentTexts = new Map<string, string>();

/** Validate every response from this API (its base URL) for the rest of the test file. */
export function watchContract(baseUrl: string): void {
  if (!contractValidationEnabled()) return;
  watched.add(new URL(baseUrl).origin);
  if (originalFetch) return;
  const original = globalThis.fetch;
  originalFetch = original;
  const hooked: typeof fetch = async (input, init) => {
    const response = await original(input, init);
    const request = input instanceof Request ? input : null;
    const url = request ? request.url : String(input);
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      return response;
    }
    // A followed redirect (the OIDC start and callback): fetch shows only the last answer, of another address.
    if (!watched.has(origin) || response.status === 101 || response.redirected) return response;
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const contentType = response.headers.get('content-type') ?? '';
    const body = /json/i.test(contentType) ? await response.clone().text() : '';
    const problem = (await contractOf(origin)).check(method, url, response.status, contentType, body);
    if (problem) {
      violations.push(problem);
      if (process.env.CONTRACT_VALIDATION !== 'collect') throw new ContractViolation(problem);
    }
    return response;
  };
  globalThis.fetch = hooked;
}

export class ContractViolation extends Error {
  constructor(message: string) {
    super(`OpenAPI contract: ${message}`);
    this.name = 'ContractViolation';
  }
}

/** The violations since the last call (and forgets them): afterEach fails the test with them. */
export function takeContractViolations(): string[] {
  return violations.splice(0, violations.length);
}
