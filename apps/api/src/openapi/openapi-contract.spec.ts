import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openApiDocumentJson } from './document-json';

/**
 * The contract itself (the responses are checked against it in every integration test: libs/testing's
 * openapi-contract.ts): every operation documents every body by a named schema with an example, every
 * parameter with its schema, its errors by the shared components; and the committed document and generated
 * client types (libs/api-client) are what the code produces now.
 */

const root = path.resolve(__dirname, '../../../..');
const committedDocument = path.join(root, 'libs/api-client/openapi.json');
const committedTypes = path.join(root, 'libs/api-client/src/schema.ts');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const REGENERATE = 'run `npm run generate:client` and commit libs/api-client';

/**
 * TRANSITIONAL (issue 13): operations merged from other branches (sso, users, portal, chain, events, delivery, ui)
 * whose bodies or answers are not yet named zod schemas with examples; the two "named schema" rules below skip
 * them, every other rule (parameters, errors, the stale check) and the per-response validation in the integration
 * tests still hold for them. Remove an entry when its operation is converted (README, Integration); the last test
 * fails for an entry that is no longer in the document. The OIDC start and callback only redirect (302, no 2xx).
 */
const NOT_YET_NAMED = new Set([
  'GET /public/log-statements/{number}',
  'GET /public/log-key',
  'GET /events',
  'GET /webhooks',
  'POST /webhooks',
  'GET /webhooks/{id}',
  'PATCH /webhooks/{id}',
  'GET /webhooks/{id}/deliveries',
  'POST /webhooks/{id}/replay',
  'POST /webhook-deliveries/{id}/replay',
  'GET /public/organisations',
  'GET /public/organisations/{slug}/cases/{id}',
  'GET /auth/oidc/providers',
  'GET /auth/oidc/{providerId}/start',
  'GET /auth/oidc/callback',
  'POST /admin/identity-providers',
  'GET /admin/identity-providers/{id}',
  'PATCH /admin/identity-providers/{id}',
]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('the OpenAPI contract', () => {
  let text: string;
  let doc: Json;
  const operations: Array<{ key: string; path: string; method: string; op: Json }> = [];

  beforeAll(async () => {
    text = await openApiDocumentJson();
    doc = JSON.parse(text);
    for (const [p, item] of Object.entries(doc.paths as Record<string, Json>)) {
      for (const method of METHODS)
        if (item[method]) operations.push({ key: `${method.toUpperCase()} ${p}`, path: p, method, op: item[method] });
    }
  });

  const refName = (ref: unknown) =>
    typeof ref === 'string' && ref.startsWith('#/components/schemas/')
      ? ref.slice('#/components/schemas/'.length)
      : null;

  it('is OpenAPI 3.1 with operations', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(operations.length).toBeGreaterThan(50);
  });

  it('documents every request body by a named schema with an example', () => {
    const problems: string[] = [];
    for (const { key, op } of operations) {
      if (NOT_YET_NAMED.has(key)) continue;
      for (const [type, media] of Object.entries((op.requestBody?.content ?? {}) as Record<string, Json>)) {
        const name = refName(media.schema?.$ref);
        if (!name)
          problems.push(
            `${key} ${type}: the body has no named schema (ApiZodBody(schema, example, 'NameRequest') or apiRequestSchema)`,
          );
        else if (!doc.components.schemas[name]) problems.push(`${key}: ${name} is not in components.schemas`);
        if (media.example === undefined) problems.push(`${key} ${type}: the body has no example`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('documents every success response by a named schema, with an example unless it is a binary file', () => {
    const problems: string[] = [];
    for (const { key, op } of operations) {
      if (NOT_YET_NAMED.has(key)) continue;
      const successes = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
      if (successes.length === 0)
        problems.push(`${key}: no 2xx response (ApiZodResponse(status, name, schema, example))`);
      for (const status of successes) {
        const content = (op.responses[status].content ?? {}) as Record<string, Json>;
        if (status === '204') {
          if (Object.keys(content).length > 0) problems.push(`${key} 204 declares a body`);
          continue;
        }
        if (Object.keys(content).length === 0)
          problems.push(`${key} ${status}: no body schema (ApiZodResponse(${status}, name, schema, example))`);
        for (const [type, media] of Object.entries(content)) {
          const name = refName(media.schema?.$ref);
          if (!name) problems.push(`${key} ${status} ${type}: no named schema`);
          else if (!doc.components.schemas[name])
            problems.push(`${key} ${status}: ${name} is not in components.schemas`);
          const binary = !/json|text\//.test(type);
          if (!binary && media.example === undefined) problems.push(`${key} ${status} ${type}: no example`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('documents the errors once, as components, and every operation refers to them; every 409 is the ConflictError with state and acceptedEvents', () => {
    expect(doc.components.schemas.ConflictError.required).toEqual(
      expect.arrayContaining(['code', 'message', 'state', 'acceptedEvents']),
    );
    expect(doc.components.schemas.Error.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message']));
    const problems: string[] = [];
    for (const { key, op } of operations) {
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const ref: string | undefined = response.$ref;
        if (!ref?.startsWith('#/components/responses/')) {
          problems.push(`${key} ${status}: not a reference to components.responses`);
          continue;
        }
        const component = doc.components.responses[ref.slice('#/components/responses/'.length)];
        const schema = refName(component?.content?.['application/json']?.schema?.$ref);
        if (schema !== (status === '409' ? 'ConflictError' : 'Error'))
          problems.push(`${key} ${status}: ${ref} is not the ${status === '409' ? 'ConflictError' : 'Error'} shape`);
      }
      if (!op.responses['400'] || !op.responses['503']) problems.push(`${key}: 400 and 503 must be declared`);
      if ((op.security ?? []).length > 0 && !op.responses['401']) problems.push(`${key}: authenticated but no 401`);
    }
    expect(problems).toEqual([]);
  });

  it('declares every path parameter (ids as UUIDs) and gives every parameter a schema', () => {
    const problems: string[] = [];
    for (const { key, path: p, op } of operations) {
      const declared = new Map<string, Json>(
        (op.parameters ?? []).map((param: Json) => [`${param.in}:${param.name}`, param]),
      );
      for (const [, name] of p.matchAll(/\{([^}]+)\}/g)) {
        const param = declared.get(`path:${name}`);
        if (!param) problems.push(`${key}: path parameter ${name} is not declared`);
        else if (/^(id|\w+Id)$/.test(name) && param.schema?.format !== 'uuid')
          problems.push(`${key}: ${name} is not declared as a UUID`);
      }
      for (const param of (op.parameters ?? []) as Json[])
        if (!param.schema) problems.push(`${key}: parameter ${param.name} has no schema`);
    }
    expect(problems).toEqual([]);
  });

  it('states the bounds of every number a request may carry', () => {
    const problems: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const schema = node as Json;
      if (
        (schema.type === 'integer' || schema.type === 'number') &&
        (schema.minimum === undefined || schema.maximum === undefined)
      )
        problems.push(`${where}: a number without minimum and maximum`);
      for (const [k, v] of Object.entries(schema)) if (k !== 'example') visit(v, `${where}.${k}`);
    };
    for (const [name, schema] of Object.entries(doc.components.schemas as Record<string, Json>))
      if (name.endsWith('Request') || name === 'ReminderPolicy') visit(schema, name);
    for (const { key, op } of operations)
      for (const param of (op.parameters ?? []) as Json[]) visit(param.schema, `${key} ?${param.name}`);
    expect(problems).toEqual([]);
  });

  it('needs ?deadline= on /calendar/deadline-check', () => {
    const op = doc.paths['/calendar/deadline-check'].get;
    expect(op.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'deadline', in: 'query', required: true })]),
    );
  });

  it('is committed as libs/api-client/openapi.json exactly as the code builds it', () => {
    const committed = fs.existsSync(committedDocument) ? fs.readFileSync(committedDocument, 'utf8') : '';
    if (committed !== text) throw new Error(`libs/api-client/openapi.json is stale: ${REGENERATE}`);
  });

  it('has generated client types (libs/api-client/src/schema.ts) that match the document', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-contract-'));
    try {
      const input = path.join(dir, 'openapi.json');
      const output = path.join(dir, 'schema.ts');
      fs.writeFileSync(input, text);
      const run = spawnSync(
        process.execPath,
        [path.join(root, 'libs/api-client/scripts/generate-types.mjs'), input, output],
        { cwd: root, encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`generate-types.mjs failed: ${run.stderr}`);
      const committed = fs.existsSync(committedTypes) ? fs.readFileSync(committedTypes, 'utf8') : '';
      if (committed !== fs.readFileSync(output, 'utf8'))
        throw new Error(`libs/api-client/src/schema.ts is stale: ${REGENERATE}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists on NOT_YET_NAMED only operations that exist', () => {
    const keys = new Set(operations.map((o) => o.key));
    expect([...NOT_YET_NAMED].filter((key) => !keys.has(key))).toEqual([]);
  });
});
