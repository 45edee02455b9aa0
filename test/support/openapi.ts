import { ApiClient } from './test-app';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  example?: unknown;
  additionalProperties?: boolean | JsonSchema;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

/** One operation of the served OpenAPI document. */
export interface Operation {
  /** e.g. "POST /cases/{id}/rounds" */
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** the request body's media type and schema, if any */
  body?: { type: string; schema: JsonSchema };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The operations of GET /docs/openapi.json of the running app. */
export async function apiOperations(client: ApiClient): Promise<Operation[]> {
  const spec = await client.get('/docs/openapi.json');
  if (spec.status !== 200) throw new Error(`/docs/openapi.json gav ${spec.status}`);
  const operations: Operation[] = [];
  const deref = dereference(spec.body);
  for (const [path, item] of Object.entries(spec.body.paths as Record<string, Record<string, any>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const content = op.requestBody?.content as Record<string, { schema: JsonSchema }> | undefined;
      const type = content ? Object.keys(content)[0] : undefined;
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: deref(op.parameters ?? []) as Parameter[],
        body: type ? { type, schema: deref(content![type].schema) as JsonSchema } : undefined,
      });
    }
  }
  return operations;
}

/** Inlines the document's local `$ref`s (named schemas in components.schemas), so that callers see whole schemas. */
function dereference(document: Record<string, any>): (node: unknown) => unknown {
  const resolve = (node: unknown, depth: number): unknown => {
    if (Array.isArray(node)) return node.map((n) => resolve(n, depth));
    if (node === null || typeof node !== 'object') return node;
    const { $ref, ...rest } = node as Record<string, unknown>;
    if (typeof $ref === 'string' && $ref.startsWith('#/')) {
      if (depth > 20) return {};
      const target = $ref.slice(2).split('/').reduce<any>((at, key) => at?.[key], document);
      return resolve({ ...target, ...rest }, depth + 1);
    }
    return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, resolve(v, depth)]));
  };
  return (node) => resolve(node, 0);
}

/** The path with its {parameters} filled in (URI-encoded). */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`Inget värde för {${name}} i ${path}`);
    return encodeURIComponent(params[name]);
  });
}
