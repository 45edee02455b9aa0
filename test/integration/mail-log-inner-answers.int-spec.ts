import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/** GET /admin/mail-log (admin: all; secretariat: its own cases' mails) and GET /recipients/:id/inner-answers. */
describe('mail log and inner answers', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let stockholm: ApiClient;
  let kslCase: string;
  let outerRecipient: string;

  async function openCase(client: ApiClient, title: string, parentRecipientId?: string): Promise<string> {
    const created = await client.post('/cases', { title, parentRecipientId });
    expect(created.status).toBe(201);
    await client.post(`/cases/${created.body.id}/start-drafting`);
    const doc = await client.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf(title) }, { kind: 'draft', title });
    expect((await client.post(`/cases/${created.body.id}/drafts`, { documentId: doc.body.id })).status).toBe(200);
    return created.body.id;
  }

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    stockholm = await app.as('kansli@stockholm.example.se');
    kslCase = await openCase(ksl, 'Överenskommelse om nyanlända');
    const ids = [await app.organisationId('stockholm'), await app.organisationId('ekero')];
    expect((await ksl.post(`/cases/${kslCase}/rounds`, { deadline: '2013-05-02', organisationIds: ids })).status).toBe(201);
    const view = await ksl.get(`/cases/${kslCase}`);
    outerRecipient = view.body.matrix.find((r: { organisationId: string }) => r.organisationId === ids[0]).recipientId;
  }, 60000);
  afterAll(() => app?.close());

  it('lists mails newest first: all for an administrator, only its own cases for a secretariat, none for an officer', async () => {
    const own = await openCase(stockholm, 'Stockholms egen remiss');
    const insert = (key: string, subject: string, caseId: string | null, at: string) =>
      app.ds.query(
        `INSERT INTO mail_log (dedupe_key, status, to_addresses, subject, template, case_id, transport, created_at, sent_at) VALUES ($1, 'sent', 'registrator@example.se', $2, 'round-sent', $3, 'file', $4, $4)`,
        [key, subject, caseId, at],
      );
    await insert('a', 'Remiss från KSL', kslCase, '2013-02-01T10:00:00Z');
    await insert('b', 'Påminnelse från KSL', kslCase, '2013-02-02T10:00:00Z');
    await insert('c', 'Stockholms egen', own, '2013-02-03T10:00:00Z');
    await insert('d', 'Testbrev', null, '2013-02-04T10:00:00Z');

    const admin = await (await app.as('admin@ksl.se')).get('/admin/mail-log');
    expect(admin.status).toBe(200);
    expect(admin.body.nextCursor).toBeNull();
    expect(admin.body.items.map((m: { subject: string }) => m.subject)).toEqual(['Testbrev', 'Stockholms egen', 'Påminnelse från KSL', 'Remiss från KSL']);

    const newest = await ksl.get('/admin/mail-log?limit=1');
    expect(newest.body.items.map((m: { subject: string }) => m.subject)).toEqual(['Påminnelse från KSL']);
    const secretariat = await ksl.get(`/admin/mail-log?limit=1&cursor=${newest.body.nextCursor}`);
    expect(secretariat.body.nextCursor).toBeNull();
    expect(secretariat.body.items).toEqual([
      expect.objectContaining({ subject: 'Remiss från KSL', status: 'sent', caseId: kslCase, caseTitle: 'Överenskommelse om nyanlända', sentAt: '2013-02-01T10:00:00.000Z' }),
    ]);
    expect((await stockholm.get('/admin/mail-log')).body.items.map((m: { subject: string }) => m.subject)).toEqual(['Stockholms egen']);
    expect((await (await app.as('handlaggare@ekero.example.se')).get('/admin/mail-log')).status).toBe(403);
    const bad = await ksl.get('/admin/mail-log?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].field).toBe('limit');
  });

  it('offers the answers of the own internal remiss to the recipient organisation only, and accepts them in the answer', async () => {
    const stockholmId = await app.organisationId('stockholm');
    const committee = await stockholm.post('/organisations', { name: 'Socialtjänstnämnden', slug: 'sthlm-sn', kind: 'committee', registryPrefix: 'SN', registryEmail: 'sn@stockholm.example.se', parentId: stockholmId });
    expect(committee.status).toBe(201);
    await stockholm.post('/users', { name: 'Handläggare SN', email: 'handlaggare@sn.stockholm.example.se', role: 'officer', organisationId: committee.body.id });
    expect((await stockholm.get(`/recipients/${outerRecipient}/inner-answers`)).body).toEqual({ items: [], nextCursor: null });

    const inner = await openCase(stockholm, 'Intern remiss: nyanlända', outerRecipient);
    expect((await stockholm.post(`/cases/${inner}/rounds`, { deadline: '2013-04-05', organisationIds: [committee.body.id] })).status).toBe(201);
    const innerRecipient = (await stockholm.get(`/cases/${inner}`)).body.matrix[0].recipientId;
    const answered = await (await app.as('handlaggare@sn.stockholm.example.se')).post(`/recipients/${innerRecipient}/answer`, { position: 'synpunkter', text: 'Nämndens synpunkter.' });
    expect(answered.status).toBe(201);

    const list = await stockholm.get(`/recipients/${outerRecipient}/inner-answers`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      items: [{ answerId: answered.body.answerId, organisationName: 'Socialtjänstnämnden', position: 'synpunkter', receivedAt: '2013-02-01T08:00:00.000Z', caseTitle: 'Intern remiss: nyanlända' }],
      nextCursor: null,
    });
    expect((await ksl.get(`/recipients/${outerRecipient}/inner-answers`)).status).toBe(404);
    expect((await (await app.as('handlaggare@ekero.example.se')).get(`/recipients/${outerRecipient}/inner-answers`)).status).toBe(404);
    expect((await stockholm.get('/recipients/inte-ett-id/inner-answers')).status).toBe(400);

    const outer = await stockholm.post(`/recipients/${outerRecipient}/answer`, { position: 'tillstyrker', text: 'Med nämndens synpunkter.', innerAnswerIds: [answered.body.answerId] });
    expect(outer.status).toBe(201);
  });
});
