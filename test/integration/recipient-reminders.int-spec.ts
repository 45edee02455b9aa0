import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/** GET /recipients/:id/reminders: planned, sent, skipped with reason, cancelled by an extension; for both sides only. */
describe('a recipient’s reminders', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let recipientId: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    const { body } = await ksl.post('/cases', { title: 'Påminnelser' });
    await ksl.post(`/cases/${body.id}/start-drafting`);
    const draft = await ksl.upload({ name: 'Utkast.pdf', type: 'application/pdf', content: pdf('utkast') }, { kind: 'draft', title: 'Utkast' });
    await ksl.post(`/cases/${body.id}/drafts`, { documentId: draft.body.id });
    const sent = await ksl.post(`/cases/${body.id}/rounds`, { deadline: '2013-05-15', organisationIds: [await app.organisationId('ekero')] });
    expect(sent.status).toBe(201);
    recipientId = (await ksl.get(`/cases/${body.id}`)).body.matrix[0].recipientId;
  });
  afterAll(() => app?.close());

  it('lists the planned reminders to both sides and to no one else', async () => {
    const ekero = await app.as('handlaggare@ekero.example.se');
    const own = await ekero.get(`/recipients/${recipientId}/reminders`);
    expect(own.status).toBe(200);
    expect(own.body.deadline).toBe('2013-05-15');
    expect(own.body.items.length).toBeGreaterThan(1);
    expect(own.body.items.every((i: { status: string; deadline: string }) => i.status === 'planned' && i.deadline === '2013-05-15')).toBe(true);
    expect(own.body.items.map((i: { kind: string }) => i.kind)).toEqual(expect.arrayContaining(['before', 'deadline', 'overdue']));
    expect(own.body.items.map((i: { kind: string }) => i.kind)).not.toContain('deadline-passed');
    expect((await ksl.get(`/recipients/${recipientId}/reminders`)).body).toEqual(own.body);
    expect((await (await app.as('handlaggare@botkyrka.example.se')).get(`/recipients/${recipientId}/reminders`)).status).toBe(404);
    expect((await ksl.get(`/recipients/not-a-uuid/reminders`)).status).toBe(400);
  });

  it('shows what was sent and skipped, and the reminders an extension replaced', async () => {
    const [first, second] = await app.ds.query(`SELECT id FROM reminders WHERE recipient_id = $1 AND kind = 'before' ORDER BY due_at`, [recipientId]);
    await app.ds.query(`UPDATE reminders SET status = 'sent', done_at = due_at WHERE id = $1`, [first.id]);
    await app.ds.query(`UPDATE reminders SET status = 'skipped', reason = 'en senare påminnelse gäller nu', done_at = due_at WHERE id = $1`, [second.id]);
    app.clock.set('2013-04-10T09:00:00+02:00');
    const ekero = await app.as('handlaggare@ekero.example.se');
    const asked = await ekero.post(`/recipients/${recipientId}/extension-requests`, { requestedDate: '2013-06-14', reason: 'Nämnden sammanträder i juni.' });
    expect(asked.status).toBe(201);
    expect((await ksl.post(`/extension-requests/${asked.body.extensionRequestId}/grant`, { comment: 'Beviljas.' })).status).toBe(200);
    const { body } = await ksl.get(`/recipients/${recipientId}/reminders`);
    expect(body.deadline).toBe('2013-06-14');
    const byId = new Map(body.items.map((i: { id: string }) => [i.id, i]));
    expect(byId.get(first.id)).toMatchObject({ status: 'sent', reason: null, doneAt: expect.any(String) });
    expect(byId.get(second.id)).toMatchObject({ status: 'skipped', reason: 'en senare påminnelse gäller nu' });
    const old = body.items.filter((i: { deadline: string; status: string }) => i.deadline === '2013-05-15' && i.status === 'cancelled');
    expect(old.length).toBeGreaterThan(0);
    expect(old[0].reason).toMatch(/flyttades till 2013-06-14 \(anstånd\)/);
    expect(body.items.filter((i: { deadline: string; status: string }) => i.deadline === '2013-06-14' && i.status === 'planned').length).toBeGreaterThan(0);
  });
});
