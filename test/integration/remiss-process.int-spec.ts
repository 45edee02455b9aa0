import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

describe('the remiss round over HTTP', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let ekero: ApiClient;
  let tyreso: ApiClient;
  let danderyd: ApiClient;
  let caseId: string;
  let roundId: string;
  const recipient: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    ekero = await app.as('handlaggare@ekero.example.se');
    tyreso = await app.as('handlaggare@tyreso.example.se');
    danderyd = await app.as('handlaggare@danderyd.example.se');
  });
  afterAll(() => app?.close());

  it('opens a case under its registry number and drafts it', async () => {
    const created = await ksl.post('/cases', { title: 'Överenskommelse om nyanlända', registryNumber: 'KSL/12/0053', orderedBy: 'Styrelsen 2012-03-15' });
    expect(created.status).toBe(201);
    expect(created.body.registryNumber).toBe('KSL/12/0053');
    caseId = created.body.id;
    expect((await ksl.post(`/cases/${caseId}/start-drafting`)).body.state).toBe('drafting');
    const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('utkast 1') }, { kind: 'draft', title: 'Förslag v1' });
    expect(doc.status).toBe(201);
    expect((await ksl.post(`/cases/${caseId}/drafts`, { documentId: doc.body.id })).status).toBe(200);
    expect((await ksl.post(`/cases/${caseId}/seminar`, { date: '2013-02-01', place: 'KSL' })).body.state).toBe('seminarScheduled');
    expect((await ksl.post(`/cases/${caseId}/seminar/held`)).body.state).toBe('drafting');
  });

  it('rejects an event the state does not accept with 409, the state and the accepted events', async () => {
    const response = await ksl.post(`/cases/${caseId}/ready`);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'PROCESS.EVENT_NOT_ACCEPTED', state: 'drafting' });
    expect(response.body.acceptedEvents).toEqual(expect.arrayContaining(['SEND_REMISS', 'WITHDRAW']));
  });

  it('answers 400 with the field and the reason for bad input', async () => {
    const noTitle = await ksl.post('/cases', { title: '' });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.issues).toEqual([{ field: 'title', reason: 'får inte vara tomt' }]);
    const badDate = await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-02-30', organisationIds: [await app.organisationId('ekero')] });
    expect(badDate.status).toBe(400);
    expect(badDate.body.issues[0].field).toBe('deadline');
    const past = await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-01-10', organisationIds: [await app.organisationId('ekero')] });
    expect(past.status).toBe(400);
    expect(past.body.code).toBe('DEADLINE.IN_PAST');
    const none = await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-05-15' });
    expect(none.body.issues[0].field).toBe('organisationIds');
    const junk = await ksl.post(`/cases/${caseId}/rounds`, '{"deadline":');
    expect(junk.status).toBe(400);
    const weird = await ksl.post(`/cases/${caseId}/rounds`, { deadline: 42, organisationIds: 'x' });
    expect(weird.status).toBe(400);
    expect(weird.body.issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['deadline', 'organisationIds']));
  });

  it('sends the remiss to three municipalities and warns about a short remiss time', async () => {
    const ids = await Promise.all(['ekero', 'tyreso', 'danderyd'].map((s) => app.organisationId(s)));
    const sent = await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-04-30', organisationIds: ids });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ recipients: 3, deadline: '2013-04-30', state: 'onRemiss' });
    expect(sent.body.warnings.map((w: { code: string }) => w.code)).toContain('DEADLINE.SHORTER_THAN_MINIMUM');
    roundId = sent.body.roundId;
    const view = await ksl.get(`/cases/${caseId}`);
    expect(view.body.matrix).toHaveLength(3);
    for (const row of view.body.matrix) recipient[row.organisationName] = row.recipientId;
    expect(view.body.matrix.every((r: { state: string; deadline: string }) => r.state === 'sent' && r.deadline === '2013-04-30')).toBe(true);
    const inbox = await ekero.get('/inbox');
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0]).toMatchObject({ caseRegistryNumber: 'KSL/12/0053', deadline: '2013-04-30', state: 'sent' });
  });

  it('lets a municipality see only its own row, and hides the case from others (logged)', async () => {
    const own = await ekero.get(`/cases/${caseId}`);
    expect(own.status).toBe(200);
    expect(own.body.matrix).toHaveLength(1);
    const stranger = await app.as('handlaggare@nacka.example.se');
    expect((await stranger.get(`/cases/${caseId}`)).status).toBe(404);
    const crossAnswer = await tyreso.post(`/recipients/${recipient['Ekerö kommun']}/answer`, { position: 'tillstyrker', text: 'x' });
    expect(crossAnswer.status).toBe(404);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM access_denials`);
    expect(n).toBeGreaterThanOrEqual(2);
    const secretary = await app.as('namndsekreterare@ekero.example.se');
    expect((await secretary.post('/cases', { title: 'x' })).status).toBe(403);
  });

  it('takes answers, declines, corrections as new versions, and extensions', async () => {
    const answer = await ekero.post(`/recipients/${recipient['Ekerö kommun']}/answer`, { position: 'synpunkter', text: 'Språkliga synpunkter.', theirRegistryNumber: 'KS13/100' });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ version: 1, state: 'answered' });
    const again = await ekero.post(`/recipients/${recipient['Ekerö kommun']}/answer`, { position: 'synpunkter', text: 'igen' });
    expect(again.status).toBe(409);
    const corrected = await ekero.post(`/recipients/${recipient['Ekerö kommun']}/answer/corrections`, { position: 'tillstyrker', text: 'Rättat svar.' });
    expect(corrected.body).toMatchObject({ version: 2, state: 'answered' });
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM answers WHERE recipient_id = $1`, [recipient['Ekerö kommun']]);
    expect(n).toBe(2);

    expect((await danderyd.post(`/recipients/${recipient['Danderyds kommun']}/decline`, { reason: 'Inga resurser.' })).body.state).toBe('declined');

    const early = await tyreso.post(`/recipients/${recipient['Tyresö kommun']}/extension-requests`, { requestedDate: '2013-04-01', reason: 'x' });
    expect(early.status).toBe(400);
    const asked = await tyreso.post(`/recipients/${recipient['Tyresö kommun']}/extension-requests`, { requestedDate: '2013-05-31', reason: 'Nämnden sammanträder i maj.' });
    expect(asked.status).toBe(201);
    const inbox = await ksl.get('/extension-requests?status=pending');
    expect(inbox.body.items).toHaveLength(1);
    expect((await tyreso.post(`/extension-requests/${asked.body.extensionRequestId}/grant`, {})).status).toBe(404);
    const granted = await ksl.post(`/extension-requests/${asked.body.extensionRequestId}/grant`, { newDeadline: '2013-05-24', comment: 'Beviljas till 24 maj.' });
    expect(granted.body).toMatchObject({ state: 'sent', deadline: '2013-05-24' });
    expect((await ksl.post(`/extension-requests/${asked.body.extensionRequestId}/deny`, { comment: 'x' })).status).toBe(409);
    const view = await ksl.get(`/cases/${caseId}`);
    const tyresoRow = view.body.matrix.find((r: { organisationName: string }) => r.organisationName === 'Tyresö kommun');
    expect(tyresoRow).toMatchObject({ deadline: '2013-05-24', originalDeadline: '2013-04-30', extensions: 1 });
  });

  it('lets exactly one of two concurrent commands win; the other gets 409 and the log has no gap', async () => {
    const id = recipient['Tyresö kommun'];
    const results = await Promise.all([
      tyreso.post(`/recipients/${id}/answer`, { position: 'avstyrker', text: 'A' }),
      tyreso.post(`/recipients/${id}/answer`, { position: 'tillstyrker', text: 'B' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const answers = await app.ds.query(`SELECT version FROM answers WHERE recipient_id = $1`, [id]);
    expect(answers).toEqual([{ version: 1 }]);
    const log = await app.ds.query(`SELECT event FROM event_log WHERE recipient_id = $1 AND event = 'ANSWER'`, [id]);
    expect(log).toHaveLength(1);
  });

  it('closes the round, compiles the answers as CSV and takes the adjusted proposal', async () => {
    const closed = await ksl.post(`/cases/${caseId}/rounds/close`, { roundId });
    expect(closed.body.state).toBe('compiling');
    const csv = await ksl.get(`/cases/${caseId}/rounds/${roundId}/compilation.csv`);
    expect(csv.status).toBe(200);
    const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('Remissinstans;Status;Ställningstagande');
    // the three recipients, then the totals after an empty line
    expect(lines).toHaveLength(9);
    expect(lines.slice(4, 8)).toEqual(['', 'Summering', '2 av 3 har svarat, varav 0 efter sista dag', '1 avstår, 0 utan svar (varav 0 försenade), 1 med anstånd']);
    expect(lines[8]).toMatch(/^Ställningstaganden: tillstyrker [12], avstyrker [01], inga synpunkter 0, synpunkter 0$/);
    const compiled = await ksl.get(`/cases/${caseId}/rounds/${roundId}/compilation`);
    expect(compiled.body.totals).toMatchObject({ recipients: 3, answered: 2, late: 0, declined: 1, noAnswer: 0, extensions: 1 });
    expect(compiled.body.totals.byPosition.tillstyrker + compiled.body.totals.byPosition.avstyrker).toBe(2);
    expect(lines.find((l) => l.startsWith('Ekerö kommun'))).toContain('Tillstyrker');
    expect(lines.find((l) => l.startsWith('Danderyds kommun'))).toContain('Avstår');
    expect((await ekero.get(`/cases/${caseId}/rounds/${roundId}/compilation`)).status).toBe(403);
    const doc = await ksl.upload({ name: 'Justerat förslag.pdf', type: 'application/pdf', content: pdf('justerat') }, { kind: 'adjusted', title: 'Justerat förslag 2013-05-06' });
    expect((await ksl.post(`/cases/${caseId}/adjusted-proposal`, { documentId: doc.body.id })).body.state).toBe('adjusted');
    expect((await ksl.post(`/cases/${caseId}/ready`)).body.state).toBe('readyForRecommendation');
    const history = await ksl.get(`/cases/${caseId}`);
    const events = history.body.events.map((e: { event: string }) => e.event);
    expect(events.slice(0, 3)).toEqual(['CASE_OPENED', 'START_DRAFTING', 'ADD_DRAFT']);
    expect(events).toEqual(expect.arrayContaining(['SEND_REMISS', 'ANSWER', 'CORRECT_ANSWER', 'DECLINE', 'REQUEST_EXTENSION', 'GRANT_EXTENSION', 'CLOSE_ROUND', 'ROUND_CLOSED', 'ADJUST_PROPOSAL', 'MARK_READY']));
  });

  it('keeps a registry per organisation with unique numbers', async () => {
    const rows = await app.ds.query(
      `SELECT o.slug, e.number, e.direction FROM registry_entries e JOIN organisations o ON o.id = e.organisation_id ORDER BY e.registered_at, e.number`,
    );
    const ksl = rows.filter((r: { slug: string }) => r.slug === 'ksl');
    expect(ksl[0]).toMatchObject({ number: 'KSL/12/0053', direction: 'internal' });
    expect(new Set(rows.map((r: { slug: string; number: string }) => `${r.slug}:${r.number}`)).size).toBe(rows.length);
    expect(rows.filter((r: { slug: string; direction: string }) => r.slug === 'ekero' && r.direction === 'in')).toHaveLength(1);
  });
});
