import { ApiTestApp, json, jsonPost, startApiTestApp } from './support/api-test-app';

const ADMIN = 'admin@ksl.se';
const KANSLI = 'kansli@ksl.se';
const EKERO_KANSLI = 'kansli@ekero.example.se';
const EKERO = 'handlaggare@ekero.example.se';

describe('organisations, recipient groups and contacts', () => {
  let t: ApiTestApp;
  let ekeroId: string;
  let kslId: string;

  beforeAll(async () => {
    t = await startApiTestApp();
    [{ id: ekeroId }] = await t.db.query(`SELECT id FROM organisations WHERE slug = 'ekero'`);
    [{ id: kslId }] = await t.db.query(`SELECT id FROM organisations WHERE slug = 'ksl'`);
  });
  afterAll(async () => t?.close());

  it('lists KSL and the 26 municipalities with kind and registry e-mail, and one with its contacts', async () => {
    const first = await json(await t.call(EKERO, '/organisations?limit=20'));
    expect(first.items).toHaveLength(20);
    const rest = await json(await t.call(EKERO, `/organisations?limit=20&cursor=${first.nextCursor}`));
    expect(rest.nextCursor).toBeNull();
    const list = [...first.items, ...rest.items];
    expect(list).toHaveLength(27);
    expect(new Set(list.map((o: { id: string }) => o.id)).size).toBe(27);
    expect(list[0]).toMatchObject({ slug: 'ksl', kind: 'region', parentId: null });
    expect(list.find((o: { slug: string }) => o.slug === 'ekero')).toMatchObject({ kind: 'municipality', registryEmail: expect.stringContaining('@') });
    const ekero = await json(await t.call(EKERO, `/organisations/${ekeroId}`));
    expect(ekero.contacts).toEqual(
      expect.arrayContaining([{ id: expect.any(String), name: 'Handläggare Ekerö kommun', email: 'handlaggare@ekero.example.se', role: 'officer' }]),
    );
    expect((await t.call(EKERO, '/organisations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.call(EKERO, '/organisations/ekero')).status).toBe(400);
  });

  it('lets a municipality secretariat add a committee under its own organisation, and nothing else', async () => {
    const committee = { name: 'Socialnämnden, Ekerö', slug: 'ekero-sn', kind: 'committee', registryPrefix: 'SN', registryEmail: 'sn@ekero.example.se', parentId: ekeroId };
    const created = await t.call(EKERO_KANSLI, '/organisations', jsonPost(committee));
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ slug: 'ekero-sn', parentId: ekeroId, parentName: expect.stringContaining('Ekerö'), contacts: [] });
    const children = (await json(await t.call(EKERO, `/organisations/${ekeroId}`))).children;
    expect(children).toEqual([{ id: expect.any(String), name: 'Socialnämnden, Ekerö' }]);

    expect((await t.call(EKERO_KANSLI, '/organisations', jsonPost({ ...committee, slug: 'x1', parentId: kslId }))).status).toBe(403);
    expect((await t.call(EKERO_KANSLI, '/organisations', jsonPost({ ...committee, slug: 'x2', kind: 'agency' }))).status).toBe(403);
    expect((await t.call(EKERO, '/organisations', jsonPost({ ...committee, slug: 'x3' }))).status).toBe(403);
    // Mail for Ekerö's committee must not be routed to another municipality; an administrator may set any address.
    const foreign = await t.call(EKERO_KANSLI, '/organisations', jsonPost({ ...committee, slug: 'x4', registryEmail: 'registrator@botkyrka.example.se' }));
    expect({ status: foreign.status, field: (await json(foreign)).issues?.[0]?.field }).toEqual({ status: 400, field: 'registryEmail' });
    const lookAlike = await t.call(EKERO_KANSLI, '/users', jsonPost({ name: 'X', email: 'x@notekero.example.se', role: 'officer' }));
    expect({ status: lookAlike.status, field: (await json(lookAlike)).issues?.[0]?.field }).toEqual({ status: 400, field: 'email' });
    expect((await t.call(ADMIN, '/organisations', jsonPost({ ...committee, slug: 'x5', registryEmail: 'sn@kommunalforbund.example.se' }))).status).toBe(201);
    const taken = await t.call(EKERO_KANSLI, '/organisations', jsonPost(committee));
    expect({ status: taken.status, field: (await json(taken)).issues[0].field }).toEqual({ status: 400, field: 'slug' });
  });

  it('lets an administrator add any organisation and answers 400 naming the field for bad input', async () => {
    const agency = { name: 'Länsstyrelsen i Stockholms län', slug: 'lansstyrelsen', kind: 'agency', registryPrefix: 'LST', registryEmail: 'stockholm@lansstyrelsen.se' };
    expect((await t.call(ADMIN, '/organisations', jsonPost(agency))).status).toBe(201);
    const bad: Array<[object, string]> = [
      [{ ...agency, slug: 'Med Mellanslag' }, 'slug'],
      [{ ...agency, slug: 'ok-1', registryEmail: 'inte-en-adress' }, 'registryEmail'],
      [{ ...agency, slug: 'ok-2', kind: 'kingdom' }, 'kind'],
      [{ ...agency, slug: 'ok-3', parentId: 'abc' }, 'parentId'],
      [{ ...agency, slug: 'ok-4', parentId: '00000000-0000-4000-8000-000000000000' }, 'parentId'],
      [{ ...agency, slug: 'ok-5', name: 'x'.repeat(100_000) }, 'name'],
      [{ ...agency, slug: 'ok-6', name: 42 }, 'name'],
    ];
    for (const [body, field] of bad) {
      const response = await t.call(ADMIN, '/organisations', jsonPost(body));
      expect({ status: response.status, field: (await json(response)).issues?.[0]?.field }).toEqual({ status: 400, field });
    }
    const malformed = await t.call(ADMIN, '/organisations', jsonPost('{"name": '));
    expect(malformed.status).toBe(400);
  });

  it('lists the actor’s groups with members and creates a group (secretariat only)', async () => {
    const page = await json(await t.call(KANSLI, '/groups'));
    expect(page.nextCursor).toBeNull();
    const groups = page.items;
    expect(groups.map((g: { slug: string }) => g.slug).sort()).toEqual(expect.arrayContaining(['sodertorn', 'norrort']));
    expect(groups.find((g: { slug: string }) => g.slug === 'sodertorn').members).toHaveLength(8);
    expect(await json(await t.call(EKERO, '/groups'))).toEqual({ items: [], nextCursor: null });
    const one = await json(await t.call(KANSLI, '/groups?limit=1'));
    expect(one.items).toHaveLength(1);
    const next = await json(await t.call(KANSLI, `/groups?limit=1&cursor=${one.nextCursor}`));
    expect(next.items[0].slug).not.toBe(one.items[0].slug);

    const [tyreso] = await t.db.query(`SELECT id FROM organisations WHERE slug = 'tyreso'`);
    const created = await t.call(KANSLI, '/groups', jsonPost({ name: 'Ekerö och Tyresö', slug: 'ekero-tyreso', memberIds: [ekeroId, tyreso.id, ekeroId] }));
    expect(created.status).toBe(201);
    expect((await json(created)).members.map((m: { slug: string }) => m.slug)).toEqual(['ekero', 'tyreso']);
    expect((await t.call(EKERO, '/groups', jsonPost({ name: 'x', slug: 'x', memberIds: [ekeroId] }))).status).toBe(403);
    const unknown = await t.call(KANSLI, '/groups', jsonPost({ name: 'x', slug: 'x', memberIds: ['00000000-0000-4000-8000-000000000000'] }));
    expect((await json(unknown)).issues[0].field).toBe('memberIds');
    const empty = await t.call(KANSLI, '/groups', jsonPost({ name: 'x', slug: 'x', memberIds: [] }));
    expect((await json(empty)).issues[0].field).toBe('memberIds');
  });

  it('adds contacts: the admin anywhere, a secretariat in its own organisation and its committees (no administrators)', async () => {
    const created = await t.call(EKERO_KANSLI, '/users', jsonPost({ name: 'Anna Andersson', email: 'Anna@Ekero.example.se', role: 'officer' }));
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ email: 'anna@ekero.example.se', organisationId: ekeroId, role: 'officer' });
    const dup = await t.call(ADMIN, '/users', jsonPost({ name: 'Anna', email: 'anna@ekero.example.se', role: 'officer', organisationId: ekeroId }));
    expect({ status: dup.status, field: (await json(dup)).issues[0].field }).toEqual({ status: 400, field: 'email' });
    expect((await t.call(EKERO_KANSLI, '/users', jsonPost({ name: 'B', email: 'b@ekero.example.se', role: 'admin' }))).status).toBe(403);
    expect((await t.call(EKERO_KANSLI, '/users', jsonPost({ name: 'B', email: 'b@ksl.se', role: 'officer', organisationId: kslId }))).status).toBe(403);
    expect((await t.call(EKERO, '/users', jsonPost({ name: 'B', email: 'b2@ekero.example.se', role: 'officer' }))).status).toBe(403);
    const [committee] = await t.db.query(`SELECT id FROM organisations WHERE slug = 'ekero-sn'`);
    const inCommittee = await t.call(EKERO_KANSLI, '/users', jsonPost({ name: 'S', email: 's@sn.ekero.example.se', role: 'secretary', organisationId: committee.id }));
    expect(inCommittee.status).toBe(201);
    expect((await t.call(ADMIN, '/users', jsonPost({ name: 'C', email: 'c@ekero.example.se', role: 'secretary', organisationId: ekeroId }))).status).toBe(201);
    const wrongRole = await t.call(ADMIN, '/users', jsonPost({ name: 'C', email: 'd@ekero.example.se', role: 'boss' }));
    expect((await json(wrongRole)).issues[0].field).toBe('role');
  });

  it('documents every endpoint with a Swedish tag, a summary and, for the upload, a multipart body', async () => {
    const spec = await json(await t.call(null, '/docs/openapi.json'));
    const expected: Array<[string, string, string]> = [
      ['/documents', 'post', 'Dokument'],
      ['/documents/{id}', 'get', 'Dokument'],
      ['/documents/{id}/content', 'get', 'Dokument'],
      ['/organisations', 'get', 'Organisationer'],
      ['/organisations', 'post', 'Organisationer'],
      ['/organisations/{id}', 'get', 'Organisationer'],
      ['/groups', 'get', 'Mottagargrupper'],
      ['/groups', 'post', 'Mottagargrupper'],
      ['/users', 'post', 'Användare'],
      ['/registry', 'get', 'Diarium'],
      ['/registry.csv', 'get', 'Diarium'],
    ];
    for (const [path, method, tag] of expected) {
      const operation = spec.paths[path]?.[method];
      expect({ path, method, tags: operation?.tags, summary: typeof operation?.summary }).toEqual({ path, method, tags: [tag], summary: 'string' });
    }
    expect(Object.keys(spec.paths['/documents'].post.requestBody.content)).toEqual(['multipart/form-data']);
    expect(spec.paths['/organisations'].post.requestBody.content['application/json'].example).toMatchObject({ kind: 'committee' });
  });
});
