import { appendEvent, CaseQueries, SYSTEM_ACTOR } from '@remiss/application';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/**
 * The read paths of issue 10: keyset pagination on every list (every item exactly once, ties in
 * the sort key included, limit bounds), the case page's ETag/304 decided before the view is
 * built, its paged history, compression and the caching headers.
 */
describe('read paths: pagination, ETag, compression', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let ekero: ApiClient;
  let danderyd: ApiClient;
  let caseId: string;
  let ekeroId: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    ekero = await app.as('handlaggare@ekero.example.se');
    danderyd = await app.as('handlaggare@danderyd.example.se');
    ekeroId = await app.organisationId('ekero');
    caseId = (await ksl.post('/cases', { title: 'Överenskommelse om nyanlända', registryNumber: 'KSL/12/0053' })).body.id;
    await ksl.post(`/cases/${caseId}/start-drafting`);
    const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('utkast') }, { kind: 'draft', title: 'Förslag' });
    await ksl.post(`/cases/${caseId}/drafts`, { documentId: doc.body.id });
    const ids = [ekeroId, await app.organisationId('tyreso'), await app.organisationId('nacka')];
    expect((await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-05-30', organisationIds: ids })).status).toBe(201);

    // Ties in every sort key: rows written with the same instant (and the same deadline).
    const tie = '2013-01-20T08:00:00Z';
    await app.ds.query(
      `INSERT INTO cases (organisation_id, registry_number, title, state, snapshot, machine_version, version, created_by, created_at, updated_at)
       SELECT organisation_id, 'KSL/T/' || n, 'Kopia ' || n, state, snapshot, machine_version, version, created_by, $2, $2
         FROM cases, generate_series(1, 9) AS n WHERE id = $1`,
      [caseId, tie],
    );
    await app.ds.query(
      `WITH r AS (INSERT INTO rounds (case_id, kind, seq, subject, deadline, sent_at, reminder_policy)
                  SELECT id, 'remiss', 1, 'Kopia', '2013-04-30', $2, '{}' FROM cases WHERE title LIKE 'Kopia %' RETURNING id, case_id),
            model AS (SELECT snapshot, machine_version FROM recipients WHERE case_id = $3 LIMIT 1)
       INSERT INTO recipients (round_id, case_id, organisation_id, state, snapshot, machine_version, version, deadline, original_deadline)
       SELECT r.id, r.case_id, $1, CASE WHEN row_number() OVER (ORDER BY r.id) % 3 = 0 THEN 'answered' ELSE 'sent' END, model.snapshot, model.machine_version, 1, '2013-04-30', '2013-04-30'
         FROM r, model`,
      [ekeroId, tie, caseId],
    );
    await app.ds.query(
      `INSERT INTO extension_requests (recipient_id, requested_date, previous_deadline, reason, requested_at, status)
       SELECT r.id, '2013-05-31', r.deadline, 'Nämnden sammanträder i maj.', $2, 'pending' FROM recipients r WHERE r.organisation_id = $1`,
      [ekeroId, tie],
    );
    const [kslOrg] = await app.ds.query(`SELECT organisation_id AS id FROM cases WHERE id = $1`, [caseId]);
    await app.ds.query(
      `INSERT INTO registry_entries (organisation_id, number, year, seq, registered_at, direction, counterpart, subject)
       SELECT $1, 'KSL/2013/T' || n, 2013, 1000 + (n % 4), $2, 'in', 'Ekerö kommun', 'Post ' || n FROM generate_series(1, 60) AS n`,
      [kslOrg.id, tie],
    );
    await app.ds.query(
      `INSERT INTO mail_log (dedupe_key, status, to_addresses, subject, template, case_id, transport, created_at)
       SELECT 'tie-' || n, 'sent', 'registrator@ekero.example.se', 'Brev ' || n, 'remiss', $1, 'file', $2 FROM generate_series(1, 11) AS n`,
      [caseId, tie],
    );
  });
  afterAll(() => app?.close());

  /** Follows nextCursor to the end; every page at most `limit` items. */
  async function walk(client: ApiClient, path: string, limit: number, id: (item: Record<string, unknown>) => string) {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const response: { status: number; body: { items: Array<Record<string, unknown>>; nextCursor: string | null } } = await client.get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...response.body.items.map(id));
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    return { seen, pages };
  }

  const byId = (item: Record<string, unknown>) => String(item.id);
  const lists: Array<[string, () => ApiClient, string, (item: Record<string, unknown>) => string, number]> = [
    ['/cases (own)', () => ksl, '/cases', byId, 10],
    ['/cases (received)', () => ekero, '/cases', byId, 10],
    ['/inbox', () => ekero, '/inbox', (i) => String(i.recipientId), 10],
    ['/extension-requests', () => ksl, '/extension-requests?status=pending', byId, 10],
    ['/registry', () => ksl, '/registry?q=Post', byId, 60],
    ['/admin/mail-log', () => ksl, '/admin/mail-log', byId, 11],
  ];

  it.each(lists)('walks %s page by page: every item exactly once, in the order of one big page', async (_name, client, path, id, count) => {
    const all = await client().get(`${path}${path.includes('?') ? '&' : '?'}limit=200`);
    expect(all.body.nextCursor).toBeNull();
    const expected = all.body.items.map(id);
    expect(expected).toHaveLength(count);
    for (const limit of [1, 2, 7]) {
      const { seen, pages } = await walk(client(), path, limit, id);
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(count);
      expect(pages).toBe(Math.ceil(count / limit));
    }
  });

  it('puts open remisses first in the inbox, then by deadline', async () => {
    const states = (await ekero.get('/inbox?limit=200')).body.items.map((i: { state: string }) => i.state);
    const firstClosed = states.indexOf('answered');
    expect(firstClosed).toBeGreaterThan(0);
    expect(states.slice(firstClosed).every((s: string) => s === 'answered')).toBe(true);
  });

  it('pages 50 by default, at most 200, and refuses bad limits and cursors naming the parameter', async () => {
    const first = await ksl.get('/registry');
    expect(first.body.items).toHaveLength(50);
    expect(typeof first.body.nextCursor).toBe('string');
    expect((await ksl.get('/registry?q=Post&limit=200')).body.items).toHaveLength(60);
    const bad = [
      ['/cases?limit=0', 'limit'],
      ['/inbox?limit=201', 'limit'],
      ['/extension-requests?cursor=%%%', 'cursor'],
      [`/cases?cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`, 'cursor'],
      [`/inbox?cursor=${first.body.nextCursor}`, 'cursor'], // the registry's cursor has another shape
      [`/cases/${caseId}/events?before=abc`, 'before'],
    ];
    for (const [path, field, client] of [...bad.map(([p, f]) => [p, f, ekero] as const), ['/admin/mail-log?limit=abc', 'limit', ksl] as const]) {
      const response = await client.get(path);
      expect({ path, status: response.status, field: response.body.issues?.[0]?.field }).toEqual({ path, status: 400, field });
    }
  });

  it('documents limit, cursor and { items, nextCursor } for every list in OpenAPI', async () => {
    const doc = (await app.anonymous().get('/docs/openapi.json')).body;
    const named = (schema: { $ref: string }) => doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
    const lists = ['/cases', '/inbox', '/extension-requests', '/registry', '/admin/mail-log', '/organisations', '/groups', '/recipients/{id}/inner-answers', '/cases/{id}/events'];
    for (const path of lists) {
      const operation = doc.paths[path].get;
      expect({ path, params: operation.parameters.map((p: { name: string }) => p.name) }).toEqual({ path, params: expect.arrayContaining(['limit', 'cursor']) });
      const page = named(operation.responses['200'].content['application/json'].schema);
      expect({ path, props: Object.keys(page.properties) }).toEqual({ path, props: expect.arrayContaining(['items', 'nextCursor']) });
      expect({ path, required: page.required }).toEqual({ path, required: expect.arrayContaining(['items', 'nextCursor']) });
    }
    expect(doc.paths['/cases/{id}/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['before', 'limit']));
    expect(doc.paths['/cases/{id}'].get.parameters.map((p: { name: string }) => p.name)).toContain('If-None-Match');
  });

  it('answers 304 to If-None-Match without building the case view, and a new ETag after a change', async () => {
    const first = await ksl.get(`/cases/${caseId}`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('vary')).toMatch(/authorization/i);
    expect(first.headers.get('vary')).toMatch(/cookie/i);
    const built = jest.spyOn(CaseQueries.prototype, 'getCase');
    try {
      const again = await ksl.request('GET', `/cases/${caseId}`, undefined, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('private, no-cache');
      expect(built).toHaveBeenCalledTimes(0);

      // Another organisation sees another view, so another validator; one that cannot see the case gets 404, not 304.
      const ekeroView = await ekero.get(`/cases/${caseId}`);
      expect(ekeroView.headers.get('etag')).not.toBe(etag);
      expect((await danderyd.request('GET', `/cases/${caseId}`, undefined, { 'if-none-match': etag })).status).toBe(404);
      expect(built).toHaveBeenCalledTimes(1);

      const recipientId = ekeroView.body.matrix[0].recipientId;
      expect((await ekero.post(`/recipients/${recipientId}/answer`, { position: 'tillstyrker', text: 'Vi tillstyrker.' })).status).toBe(201);
      const changed = await ksl.request('GET', `/cases/${caseId}`, undefined, { 'if-none-match': etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      expect(changed.body.matrix.find((r: { recipientId: string }) => r.recipientId === recipientId).state).toBe('answered');
      expect(built).toHaveBeenCalledTimes(2);
    } finally {
      built.mockRestore();
    }
    // Lists are not ETag'd: never stored.
    expect((await ksl.get('/cases')).headers.get('cache-control')).toBe('no-store');
  });

  it('sends a compact matrix (the round carries seq and kind) and the newest 50 events, older ones page by page', async () => {
    const [{ n: before }] = await app.ds.query(`SELECT count(*)::int AS n FROM event_log WHERE case_id = $1`, [caseId]);
    // through the log's one writer, so that the rows join the case's hash chain
    await app.ds.transaction(async (m) => {
      for (let i = 0; i < 120; i += 1) await appendEvent(m, { caseId, actor: SYSTEM_ACTOR, at: new Date('2013-02-01T10:00:00Z'), event: 'NOTE' });
    });
    const view = (await ksl.get(`/cases/${caseId}`)).body;
    expect(view.matrix[0]).not.toHaveProperty('roundKind');
    expect(view.matrix[0]).not.toHaveProperty('summary');
    expect(view.rounds.find((r: { id: string }) => r.id === view.matrix[0].roundId)).toMatchObject({ kind: 'remiss', seq: 1 });
    expect(view.events).toHaveLength(50);
    const ids: number[] = view.events.map((e: { id: string }) => Number(e.id));
    let next: string | null = view.historyNext;
    while (next) {
      const page = await ksl.get(next);
      expect(page.status).toBe(200);
      ids.unshift(...page.body.items.map((e: { id: string }) => Number(e.id)));
      next = page.body.historyNext;
    }
    expect(ids).toHaveLength(before + 120);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect((await danderyd.get(`/cases/${caseId}/events`)).status).toBe(404);
    // A recipient sees the case's own events without their payload: it names the other recipients and the drafts.
    const seen = (await ekero.get(`/cases/${caseId}/events?limit=200`)).body.items as Array<{ recipientId: string | null; event: string; payload: unknown }>;
    const caseEvents = seen.filter((e) => e.recipientId === null && e.event !== 'NOTE');
    expect(caseEvents.length).toBeGreaterThan(0);
    expect(caseEvents.every((e) => JSON.stringify(e.payload) === '{}')).toBe(true);
    const own = (await ksl.get(`/cases/${caseId}/events?limit=200`)).body.items as Array<{ recipientId: string | null; event: string; payload: unknown }>;
    expect(own.some((e) => e.recipientId === null && e.event !== 'NOTE' && JSON.stringify(e.payload) !== '{}')).toBe(true);
  });

  it('compresses API answers and UI files (br when accepted, else gzip) and caches only the hashed assets for a year', async () => {
    const token = await app.token('kansli@ksl.se');
    const get = (path: string, encoding: string) => fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': encoding } });
    expect((await get(`/cases/${caseId}`, 'gzip')).headers.get('content-encoding')).toBe('gzip');
    expect((await get(`/cases/${caseId}`, 'br, gzip')).headers.get('content-encoding')).toBe('br');
    expect((await get(`/cases/${caseId}`, 'identity')).headers.get('content-encoding')).toBeNull();
    const html = await (await get('/app/', 'identity')).text();
    const asset = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)![1];
    const js = await get(asset, 'gzip');
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/app/', 'gzip')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/app/index.html', 'gzip')).headers.get('cache-control')).toBe('no-cache');
  });
});
