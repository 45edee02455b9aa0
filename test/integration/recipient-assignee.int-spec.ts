import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/** A municipality assigns a received remiss to a named officer, and reads its own earlier answers and decisions. */
describe('assigning a received remiss, and our earlier answers', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let ekero: ApiClient;
  let recipientId: string;
  let officerId: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    ekero = await app.as('kansli@ekero.example.se');
    const { body } = await ksl.post('/cases', { title: 'Överenskommelse om nyanlända' });
    await ksl.post(`/cases/${body.id}/start-drafting`);
    const draft = await ksl.upload({ name: 'Utkast.pdf', type: 'application/pdf', content: pdf('utkast') }, { kind: 'draft', title: 'Utkast' });
    await ksl.post(`/cases/${body.id}/drafts`, { documentId: draft.body.id });
    expect((await ksl.post(`/cases/${body.id}/rounds`, { deadline: '2013-05-15', organisationIds: [await app.organisationId('ekero')] })).status).toBe(201);
    recipientId = (await ksl.get(`/cases/${body.id}`)).body.matrix[0].recipientId;
    [{ id: officerId }] = await app.ds.query(`SELECT id FROM users WHERE email = 'handlaggare@ekero.example.se'`);
  });
  afterAll(() => app?.close());

  it('assigns it to one of our officers, who is notified and finds it under assigned to me', async () => {
    const view = await ekero.get(`/recipients/${recipientId}`);
    expect(view.body.assignee).toBeNull();
    expect(view.body.assignable.map((u: { id: string }) => u.id)).toContain(officerId);
    expect(view.body.ownRegistryNumber).toMatch(/^KS13\/\d+$/);
    const assigned = await ekero.request('PUT', `/recipients/${recipientId}/assignee`, { userId: officerId });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ recipientId, assignee: { id: officerId, name: 'Handläggare Ekerö kommun' } });
    const officer = await app.as('handlaggare@ekero.example.se');
    expect((await officer.get('/inbox?assigned=me')).body.items.map((i: { recipientId: string }) => i.recipientId)).toEqual([recipientId]);
    expect((await ekero.get('/inbox?assigned=me')).body.items).toEqual([]);
    expect((await officer.get('/notifications')).body.items[0]).toMatchObject({ kind: 'assigned', title: 'En remiss har lagts på dig' });
    // the sender sees who handles it, but not the user's id
    const seen = (await ksl.get(`/recipients/${recipientId}`)).body;
    expect(seen.assignee).toEqual({ id: null, name: 'Handläggare Ekerö kommun', email: 'handlaggare@ekero.example.se' });
    expect(seen.assignable).toEqual([]);
    expect(seen.ownRegistryNumber).toBeNull();
    const events = (await ksl.get(`/cases/${seen.case.id}`)).body.events.map((e: { event: string }) => e.event);
    expect(events).toContain('ASSIGN');
  });

  it('refuses someone outside the organisation, a secretariat member, the sender, and bad ids', async () => {
    const [tyreso] = await app.ds.query(`SELECT id FROM users WHERE email = 'handlaggare@tyreso.example.se'`);
    const [secretariat] = await app.ds.query(`SELECT id FROM users WHERE email = 'kansli@ekero.example.se'`);
    for (const userId of [tyreso.id, secretariat.id, 'nope']) {
      const refused = await ekero.request('PUT', `/recipients/${recipientId}/assignee`, { userId });
      expect({ status: refused.status, field: refused.body.issues?.[0]?.field }).toEqual({ status: 400, field: 'userId' });
    }
    expect((await ksl.request('PUT', `/recipients/${recipientId}/assignee`, { userId: null })).status).toBe(404);
    expect((await ekero.request('PUT', `/recipients/${recipientId}/assignee`, {})).status).toBe(400);
    expect((await ekero.request('PUT', `/recipients/${recipientId}/assignee`, { userId: null })).body.assignee).toBeNull();
    expect((await ekero.get('/inbox?assigned=you')).status).toBe(400);
  });

  it('lists our earlier answers with their position under done=true', async () => {
    const officer = await app.as('handlaggare@ekero.example.se');
    expect((await officer.get('/inbox?done=true')).body.items).toEqual([]);
    expect((await officer.post(`/recipients/${recipientId}/answer`, { position: 'synpunkter', text: 'Synpunkter.' })).status).toBe(201);
    const done = (await officer.get('/inbox?done=true')).body.items;
    expect(done).toEqual([expect.objectContaining({ recipientId, state: 'answered', position: 'synpunkter', answeredAt: expect.any(String) })]);
  });
});
