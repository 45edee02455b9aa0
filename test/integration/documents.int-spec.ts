import { attachDocuments, SYSTEM_ACTOR } from '@remiss/application';
import { insertRemissFixture, makeDocx, makeOdt, makePdf, makeZip } from '@remiss/testing';
import { createHash } from 'node:crypto';
import { ApiTestApp, json, startApiTestApp, uploadForm } from './support/api-test-app';

const KANSLI = 'kansli@ksl.se';
const EKERO = 'handlaggare@ekero.example.se';
const TYRESO = 'handlaggare@tyreso.example.se';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('documents: upload, versions, download and access across organisations', () => {
  let t: ApiTestApp;
  const upload = (email: string, file: Buffer | null, filename: string, fields: Record<string, string>, fileField?: string) =>
    t.call(email, '/documents', { method: 'POST', body: uploadForm(file, filename, fields, fileField) });

  beforeAll(async () => {
    t = await startApiTestApp({ UPLOAD_MAX_BYTES: '200000' });
  });
  afterAll(async () => t?.close());

  it('stores a PDF, DOCX and ODT with type, size and SHA-256 read from the content', async () => {
    for (const [bytes, name, mime] of [
      [makePdf(), 'Överenskommelse.pdf', 'application/pdf'],
      [makeDocx(), 'remissvar.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [makeOdt(), 'utdrag.bin', 'application/vnd.oasis.opendocument.text'],
    ] as const) {
      const response = await upload(KANSLI, bytes, name, { kind: 'draft', title: 'Utkast' });
      expect(response.status).toBe(201);
      const body = await json(response);
      expect(body).toMatchObject({ mimeType: mime, sizeBytes: bytes.length, sha256: sha256(bytes), version: 1, caseId: null, kind: 'draft' });
      if (name === 'utdrag.bin') expect(body.filename).toBe('utdrag.bin.odt');
    }
  });

  it('downloads with the right type and an RFC 5987 filename for Överenskommelse.pdf', async () => {
    const pdf = makePdf('Nyanlända');
    const created = await json(await upload(KANSLI, pdf, 'Överenskommelse.pdf', { kind: 'draft', title: 'Överenskommelse' }));
    const response = await t.call(KANSLI, `/documents/${created.id}/content`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Overenskommelse.pdf"; filename*=UTF-8''%C3%96verenskommelse.pdf`,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(sha256(bytes)).toBe(sha256(pdf));
  });

  it('answers 400 (413 when too large) naming the field: missing file, empty file, wrong type, too large, missing title, bad kind, bad supersedesId', async () => {
    const cases: Array<[Promise<Response>, string, RegExp, number?]> = [
      [upload(KANSLI, null, '', { kind: 'draft', title: 'x' }), 'file', /fil/],
      [upload(KANSLI, Buffer.alloc(0), 'tom.pdf', { kind: 'draft', title: 'x' }), 'file', /tom/],
      [upload(KANSLI, Buffer.from('hej, inte en pdf'), 'falsk.pdf', { kind: 'draft', title: 'x' }), 'file', /stöds inte/],
      [upload(KANSLI, makeZip({ 'a.txt': 'x' }), 'arkiv.docx', { kind: 'draft', title: 'x' }), 'file', /stöds inte/],
      [upload(KANSLI, Buffer.concat([makePdf(), Buffer.alloc(210_000)]), 'stor.pdf', { kind: 'draft', title: 'x' }), 'file', /för stor/, 413],
      [upload(KANSLI, makePdf(), 'a.pdf', { kind: 'draft' }), 'title', /./],
      [upload(KANSLI, makePdf(), 'a.pdf', { kind: 'draft', title: '   ' }), 'title', /titel saknas/],
      [upload(KANSLI, makePdf(), 'a.pdf', { kind: 'memo', title: 'x' }), 'kind', /./],
      [upload(KANSLI, makePdf(), 'a.pdf', { kind: 'draft', title: 'x', supersedesId: 'abc' }), 'supersedesId', /UUID/],
      [upload(KANSLI, makePdf(), 'a.pdf', { kind: 'draft', title: 'x' }, 'fil'), 'file', /oväntat filfält/],
    ];
    for (const [pending, field, reason, status = 400] of cases) {
      const response = await pending;
      const body = await json(response);
      expect({ status: response.status, field: body.issues?.[0]?.field }).toEqual({ status, field });
      expect(body.issues[0].reason).toMatch(reason);
    }
  });

  it('makes new versions with supersedesId, never overwriting, and refuses a stale or foreign base', async () => {
    const v1 = await json(await upload(KANSLI, makePdf('v1'), 'utkast.pdf', { kind: 'draft', title: 'Utkast 1' }));
    const v2 = await json(await upload(KANSLI, makePdf('v2'), 'utkast.pdf', { kind: 'draft', title: 'Utkast 2', supersedesId: v1.id }));
    const v3 = await json(await upload(KANSLI, makeDocx('v3'), 'justerat.docx', { kind: 'adjusted', title: 'Justerat', supersedesId: v2.id }));
    expect([v1.version, v2.version, v3.version]).toEqual([1, 2, 3]);
    const meta = await json(await t.call(KANSLI, `/documents/${v2.id}`));
    expect(meta.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    expect(meta.latestVersionId).toBe(v3.id);
    const old = await t.call(KANSLI, `/documents/${v1.id}/content`);
    expect(sha256(Buffer.from(await old.arrayBuffer()))).toBe(v1.sha256);

    const stale = await upload(KANSLI, makePdf('x'), 'x.pdf', { kind: 'draft', title: 'x', supersedesId: v1.id });
    expect(stale.status).toBe(409);
    expect(await json(stale)).toMatchObject({ code: 'DOCUMENT.NOT_LATEST_VERSION', latestSuccessorId: v2.id });
    const foreign = await upload(EKERO, makePdf('x'), 'x.pdf', { kind: 'answer', title: 'x', supersedesId: v3.id });
    expect(foreign.status).toBe(400);
    expect((await json(foreign)).issues[0].field).toBe('supersedesId');
  });

  it('hides another organisation’s document (404, logged) until it is attached to a case the reader can see', async () => {
    const doc = await json(await upload(KANSLI, makePdf(), 'remiss.pdf', { kind: 'remiss', title: 'Remiss' }));
    for (const path of [`/documents/${doc.id}`, `/documents/${doc.id}/content`]) {
      expect((await t.call(EKERO, path)).status).toBe(404);
    }
    const [tyreso] = await t.db.query(`SELECT u.id FROM users u WHERE u.email = $1`, [TYRESO]);
    const denied = await t.db.query(`SELECT action, resource FROM access_denials WHERE resource = $1`, [`Dokumentet:${doc.id}`]);
    expect(denied).toEqual(
      expect.arrayContaining([{ action: 'read-document', resource: `Dokumentet:${doc.id}` }, { action: 'download-document', resource: `Dokumentet:${doc.id}` }]),
    );

    const fixture = await insertRemissFixture(t.db, { deadline: '2013-11-15', slugs: ['ekero'] });
    const [kansli] = await t.db.query(`SELECT id, organisation_id FROM users WHERE email = $1`, [KANSLI]);
    const actor = { userId: kansli.id, organisationId: kansli.organisation_id, role: 'secretariat' as const, name: 'Kansliet' };
    await t.db.transaction((m) => attachDocuments(m, actor, [doc.id], { caseId: fixture.caseId, roundId: fixture.roundId }));
    expect((await t.call(EKERO, `/documents/${doc.id}`)).status).toBe(200);
    expect((await t.call(EKERO, `/documents/${doc.id}/content`)).status).toBe(200);
    expect((await t.call(TYRESO, `/documents/${doc.id}`)).status).toBe(404);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM access_denials WHERE user_id = $1`, [tyreso.id]);
    expect(n).toBe(1);
  });

  it('attachDocuments attaches only own unattached documents and never re-points one', async () => {
    const fixture = await insertRemissFixture(t.db, { deadline: '2013-11-15', slugs: ['ekero'] });
    const mine = await json(await upload(KANSLI, makePdf(), 'a.pdf', { kind: 'remiss', title: 'A' }));
    const theirs = await json(await upload(EKERO, makePdf(), 'b.pdf', { kind: 'answer', title: 'B' }));
    const [kansli] = await t.db.query(`SELECT id, organisation_id FROM users WHERE email = $1`, [KANSLI]);
    const actor = { userId: kansli.id, organisationId: kansli.organisation_id, role: 'secretariat' as const, name: 'Kansliet' };
    const attach = (ids: string[], target: { caseId?: string; roundId?: string }) =>
      t.db.transaction((m) => attachDocuments(m, actor, ids, target));

    await expect(attach([theirs.id], { caseId: fixture.caseId })).rejects.toMatchObject({ issues: [{ field: 'documentIds' }] });
    await expect(attach(['nope'], { caseId: fixture.caseId })).rejects.toMatchObject({ issues: [{ field: 'documentIds' }] });
    expect(await attach([mine.id, mine.id], { caseId: fixture.caseId })).toEqual([mine.id]);
    expect(await attach([mine.id], { caseId: fixture.caseId })).toEqual([mine.id]);
    await expect(attach([mine.id], { caseId: fixture.caseId, roundId: fixture.roundId })).rejects.toMatchObject({
      issues: [{ field: 'documentIds' }],
    });
    await expect(t.db.transaction((m) => attachDocuments(m, SYSTEM_ACTOR, [theirs.id], { roundId: fixture.roundId }))).resolves.toEqual([theirs.id]);
    const [row] = await t.db.query(`SELECT case_id, round_id FROM documents WHERE id = $1`, [mine.id]);
    expect(row).toEqual({ case_id: fixture.caseId, round_id: null });
  });

  it('never answers 500 on odd input', async () => {
    expect((await t.call(KANSLI, '/documents/not-a-uuid')).status).toBe(400);
    expect((await t.call(KANSLI, '/documents/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.call(KANSLI, `/documents/${'x'.repeat(5000)}/content`)).status).toBe(400);
    const json = await t.call(KANSLI, '/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"kind":' });
    expect(json.status).toBe(400);
    const broken = await t.call(KANSLI, '/documents', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="title"\r\n\r\nabc',
    });
    expect(broken.status).toBe(400);
    const huge = await upload(KANSLI, makePdf(), 'a.pdf', { kind: 'draft', title: 'x'.repeat(20_000) });
    expect(huge.status).toBe(400);
    expect((await t.call(null, '/documents/00000000-0000-4000-8000-000000000000')).status).toBe(401);
  });
});
