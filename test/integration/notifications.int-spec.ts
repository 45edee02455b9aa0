import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/** In-app notifications beside the mails: written with them, per user, listed by keyset, marked read. */
describe('in-app notifications', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let ekero: ApiClient;
  let recipientId: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    ekero = await app.as('handlaggare@ekero.example.se');
    const { body } = await ksl.post('/cases', { title: 'Överenskommelse om nyanlända' });
    await ksl.post(`/cases/${body.id}/start-drafting`);
    const draft = await ksl.upload({ name: 'Utkast.pdf', type: 'application/pdf', content: pdf('utkast') }, { kind: 'draft', title: 'Utkast' });
    await ksl.post(`/cases/${body.id}/drafts`, { documentId: draft.body.id });
    const ids = await Promise.all(['ekero', 'tyreso'].map((s) => app.organisationId(s)));
    expect((await ksl.post(`/cases/${body.id}/rounds`, { deadline: '2013-05-15', organisationIds: ids })).status).toBe(201);
    recipientId = (await ksl.get(`/cases/${body.id}`)).body.matrix.find((r: { organisationId: string }) => r.organisationId === ids[0]).recipientId;
  });
  afterAll(() => app?.close());

  it('tells the recipient’s people of a new remiss and of a granted extension, and the sender of a request and an answer', async () => {
    const first = await ekero.get('/notifications');
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({ kind: 'remiss-sent', title: 'Ny remiss från Kommunförbundet Stockholms län', text: 'Överenskommelse om nyanlända. Sista dag att svara: onsdag 15 maj 2013.', link: `/mina-remisser/${recipientId}`, read: false }),
    ]);
    // the committee secretary of the same municipality hears of it too; another municipality's people only of their own
    expect((await (await app.as('namndsekreterare@ekero.example.se')).get('/notifications')).body.items).toHaveLength(1);
    const tyreso = (await (await app.as('handlaggare@tyreso.example.se')).get('/notifications')).body.items;
    expect(tyreso).toHaveLength(1);
    expect(tyreso[0].recipientId).not.toBe(recipientId);
    expect((await ksl.get('/notifications')).body.items).toEqual([]);

    const asked = await ekero.post(`/recipients/${recipientId}/extension-requests`, { requestedDate: '2013-06-14', reason: 'Nämnden sammanträder i juni.' });
    expect((await ksl.get('/notifications')).body.items[0]).toMatchObject({ kind: 'extension-requested', title: 'Ekerö kommun begär anstånd', link: '/anstand' });
    expect((await ksl.post(`/extension-requests/${asked.body.extensionRequestId}/grant`, { comment: 'Beviljas.' })).status).toBe(200);
    expect((await ekero.get('/notifications')).body.items[0]).toMatchObject({ kind: 'extension-granted', title: 'Anstånd beviljat', text: 'Överenskommelse om nyanlända. Ny sista dag: fredag 14 juni 2013.' });
    expect((await ekero.post(`/recipients/${recipientId}/answer`, { position: 'tillstyrker', text: 'Vi tillstyrker.' })).status).toBe(201);
    expect((await ksl.get('/notifications')).body.items[0]).toMatchObject({ kind: 'answer-received', title: 'Remissvar från Ekerö kommun' });
  });

  it('counts the unread, marks one or all read (never another user’s), and pages by keyset', async () => {
    expect((await ekero.get('/notifications/unread-count')).body).toEqual({ unread: 2 });
    const [latest, older] = (await ekero.get('/notifications')).body.items;
    const secretary = await app.as('namndsekreterare@ekero.example.se');
    const before = (await secretary.get('/notifications/unread-count')).body.unread;
    // someone else's id marks nothing
    const foreign = (await secretary.get('/notifications')).body.items[0].id;
    expect((await ekero.post('/notifications/read', { ids: [foreign] })).body).toEqual({ marked: 0, unread: 2 });
    expect((await secretary.get('/notifications/unread-count')).body.unread).toBe(before);
    expect((await ekero.post('/notifications/read', { ids: [latest.id] })).body).toEqual({ marked: 1, unread: 1 });
    expect((await ekero.get('/notifications?unread=true')).body.items.map((i: { id: string }) => i.id)).toEqual([older.id]);
    const page1 = (await ekero.get('/notifications?limit=1')).body;
    const page2 = (await ekero.get(`/notifications?limit=1&cursor=${page1.nextCursor}`)).body;
    expect([page1.items[0].id, page2.items[0].id]).toEqual([latest.id, older.id]);
    expect(page2.nextCursor).toBeNull();
    expect((await ekero.post('/notifications/read', { all: true })).body).toEqual({ marked: 1, unread: 0 });
    for (const [body, field] of [[{}, 'ids'], [{ ids: ['x'] }, 'ids.0'], [{ all: 'yes' }, 'all'], [{ other: 1 }, '']] as const) {
      const refused = await ekero.post('/notifications/read', body);
      expect(refused.status).toBe(400);
      if (field) expect(refused.body.issues[0].field).toBe(field);
    }
    expect((await ekero.get('/notifications?unread=maybe')).status).toBe(400);
  });
});
