/**
 * Every operation in the OpenAPI document, called with odd input: no request
 * may produce a 500. Path parameters get non-UUIDs, unknown UUIDs and long
 * strings; bodies get wrong types, arrays, nulls and very long strings.
 */
import { ApiClient, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(180_000);

const ODD_IDS = ['x', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1", 'ä'.repeat(300), '%00', '..%2F..%2Fetc%2Fpasswd'];
const ODD_BODIES: unknown[] = [
  {},
  [],
  'inte json',
  { title: 12, deadline: [], organisationIds: 'x', position: {}, text: null, documentId: 'x', roundId: 5 },
  { deadline: '2013-02-30', requestedDate: '9999-99-99', newDeadline: '0000-00-00', receivedAt: 'igår' },
  { title: 'x'.repeat(200_000) },
  { organisationIds: Array.from({ length: 5000 }, () => '00000000-0000-0000-0000-000000000000') },
  { __proto__: { admin: true }, constructor: { prototype: { x: 1 } } },
];

describe('odd input never gives a 500', () => {
  let app: TestApp;
  let operations: Array<{ method: string; path: string }>;

  beforeAll(async () => {
    app = await startTestApp();
    const spec = await app.anonymous().get('/docs/openapi.json');
    expect(spec.status).toBe(200);
    operations = Object.entries(spec.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
    expect(operations.length).toBeGreaterThan(20);
  });
  afterAll(() => app?.close());

  it.each(['kansli@ksl.se', 'handlaggare@ekero.example.se', 'namndsekreterare@tyreso.example.se', 'admin@ksl.se'])('as %s', async (email) => {
    const client: ApiClient = await app.as(email);
    const failures: string[] = [];
    for (const op of operations) {
      for (const id of ODD_IDS) {
        const path = op.path.replace(/\{[^}]+\}/g, encodeURIComponent(id));
        const bodies = op.method === 'GET' || op.method === 'DELETE' ? [undefined] : ODD_BODIES;
        for (const body of bodies) {
          const response = await client.request(op.method, `${path}?limit=abc&offset=-1&state=%27&year=x&deadline=x&status=x`, body);
          if (response.status >= 500) failures.push(`${op.method} ${path} ${JSON.stringify(body)?.slice(0, 80)} → ${response.status}`);
        }
        if (!op.path.includes('{')) break;
      }
    }
    expect(failures).toEqual([]);
  });
});
