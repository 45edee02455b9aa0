import { makeDocx, makePdf } from '@remiss/testing';
import { ApiTestApp, json, jsonPost, startApiTestApp, uploadForm } from './support/api-test-app';

const ADMIN = 'admin@ksl.se';
const KANSLI = 'kansli@ksl.se';

describe('Idempotency-Key on POST requests', () => {
  let t: ApiTestApp;
  let ekeroId: string;
  const agency = (slug: string) => ({ name: `Myndighet ${slug}`, slug, kind: 'agency', registryPrefix: 'MYN', registryEmail: `${slug}@example.se` });
  const post = (email: string, path: string, body: unknown, key: string) => t.call(email, path, jsonPost(body, { 'Idempotency-Key': key }));
  const count = async (sql: string, params: unknown[] = []) => (await t.db.query(sql, params))[0].n as number;

  beforeAll(async () => {
    t = await startApiTestApp();
    [{ id: ekeroId }] = await t.db.query(`SELECT id FROM organisations WHERE slug = 'ekero'`);
  });
  afterAll(async () => t?.close());

  it('replays the stored status and response without doing the work again', async () => {
    const first = await post(ADMIN, '/organisations', agency('replay-1'), 'key-1');
    const second = await post(ADMIN, '/organisations', { ...agency('replay-1') }, 'key-1');
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await json(second)).toEqual(await json(first));
    expect(await count(`SELECT count(*)::int AS n FROM organisations WHERE slug = 'replay-1'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'key-1' AND status_code = 201`)).toBe(1);
  });

  it('treats key order in the body as the same request, and another body or path as a reused key (422)', async () => {
    const body = { name: 'Grupp A', slug: 'grupp-a', memberIds: [ekeroId] };
    expect((await post(KANSLI, '/groups', body, 'key-2')).status).toBe(201);
    expect((await post(KANSLI, '/groups', { memberIds: [ekeroId], slug: 'grupp-a', name: 'Grupp A' }, 'key-2')).status).toBe(201);
    const reused = await post(KANSLI, '/groups', { ...body, name: 'Grupp B' }, 'key-2');
    expect(reused.status).toBe(422);
    expect(await json(reused)).toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED', issues: [{ field: 'Idempotency-Key' }] });
    expect((await post(KANSLI, '/organisations', body, 'key-2')).status).toBe(422);
    expect(await count(`SELECT count(*)::int AS n FROM recipient_groups WHERE slug = 'grupp-a'`)).toBe(1);
  });

  it('keeps keys per user', async () => {
    expect((await post(ADMIN, '/groups', { name: 'Admins grupp', slug: 'admins', memberIds: [ekeroId] }, 'key-2')).status).toBe(201);
  });

  it('releases the key of a failed request so that a corrected one may use it', async () => {
    const bad = await post(ADMIN, '/organisations', { ...agency('released'), kind: 'kingdom' }, 'key-3');
    expect(bad.status).toBe(400);
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'key-3'`)).toBe(0);
    expect((await post(ADMIN, '/organisations', agency('released'), 'key-3')).status).toBe(201);
  });

  it('answers 409 while a request with the same key is running, and takes over an abandoned one', async () => {
    const [admin] = await t.db.query(`SELECT id FROM users WHERE email = $1`, [ADMIN]);
    const body = agency('running');
    const claim = async (key: string, age: string) => {
      // The hash of the real request: make it once with another key, read the hash, then plant an unfinished claim.
      await t.db.query(
        `INSERT INTO idempotency_keys (user_id, key, method, path, request_hash, created_at)
         SELECT user_id, $2, method, path, request_hash, now() - $3::interval FROM idempotency_keys WHERE user_id = $1 AND key = 'probe'`,
        [admin.id, key, age],
      );
    };
    await post(ADMIN, '/organisations', body, 'probe');
    await claim('key-4', '1 second');
    const busy = await post(ADMIN, '/organisations', body, 'key-4');
    expect(busy.status).toBe(409);
    expect(await json(busy)).toMatchObject({ code: 'IDEMPOTENCY.IN_PROGRESS' });
    await claim('key-5', '1 hour');
    const taken = await post(ADMIN, '/organisations', { ...body }, 'key-5');
    // The probe created the organisation; the takeover does the work again and meets the taken slug.
    expect(taken.status).toBe(400);
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'key-5'`)).toBe(0);
  });

  it('lets exactly one of concurrent requests with the same key do the work', async () => {
    const responses = await Promise.all(Array.from({ length: 6 }, () => post(ADMIN, '/organisations', agency('concurrent'), 'key-6')));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    const ids = new Set((await Promise.all(responses.filter((r) => r.status === 201).map(json))).map((b) => b.id));
    expect(ids.size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM organisations WHERE slug = 'concurrent'`)).toBe(1);
  });

  it('hashes a multipart upload by its fields and the file SHA-256', async () => {
    const send = (file: Buffer, title = 'Utkast') =>
      t.call(KANSLI, '/documents', { method: 'POST', headers: { 'Idempotency-Key': 'upload-1' }, body: uploadForm(file, 'Överenskommelse.pdf', { kind: 'draft', title }) });
    const pdf = makePdf('idempotent');
    const first = await send(pdf);
    const again = await send(pdf);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect((await json(again)).id).toBe((await json(first)).id);
    expect(await count(`SELECT count(*)::int AS n FROM documents WHERE title = 'Utkast' AND uploaded_by IS NOT NULL`)).toBe(1);
    expect((await send(makeDocx())).status).toBe(422);
    expect((await send(pdf, 'Annan titel')).status).toBe(422);
  });

  it('refuses a malformed key with 400 naming the header, and ignores the header on GET', async () => {
    const long = await post(ADMIN, '/organisations', agency('long-key'), 'k'.repeat(201));
    expect({ status: long.status, field: (await json(long)).issues[0].field }).toEqual({ status: 400, field: 'Idempotency-Key' });
    expect((await post(ADMIN, '/organisations', agency('ok-key'), 'k'.repeat(200))).status).toBe(201);
    expect((await post(ADMIN, '/organisations', agency('empty-key'), ' ')).status).toBe(400);
    expect((await t.call(ADMIN, '/organisations', { headers: { 'Idempotency-Key': 'get-1' } })).status).toBe(200);
    expect(await count(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'get-1'`)).toBe(0);
  });
});
