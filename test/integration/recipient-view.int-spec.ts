import { strFromU8, unzipSync } from 'fflate';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

/**
 * GET /recipients/:id (what a recipient was sent), the answer's documents wherever KSL reads the answer
 * (matrix, compilation JSON, CSV and DOCX), and the redirect of the old mail links /arenden/… → /app/arenden/….
 */
describe('the recipient view and the answer documents', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let ekero: ApiClient;
  let caseId: string;
  let roundId: string;
  let draftId: string;
  let ekeroRecipient: string;
  let answerDocId: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    ekero = await app.as('handlaggare@ekero.example.se');
    caseId = (await ksl.post('/cases', { title: 'Överenskommelse om nyanlända', registryNumber: 'KSL/12/0053' })).body.id;
    await ksl.post(`/cases/${caseId}/start-drafting`);
    const v1 = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('v1') }, { kind: 'draft', title: 'Förslag till överenskommelse' });
    await ksl.post(`/cases/${caseId}/drafts`, { documentId: v1.body.id });
    const v2 = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('v2') }, { kind: 'draft', title: 'Förslag till överenskommelse', supersedesId: v1.body.id });
    expect(v2.body.version).toBe(2);
    await ksl.post(`/cases/${caseId}/drafts`, { documentId: v2.body.id });
    draftId = v2.body.id;
    const ids = await Promise.all(['ekero', 'tyreso'].map((s) => app.organisationId(s)));
    const sent = await ksl.post(`/cases/${caseId}/rounds`, {
      deadline: '2013-05-02', organisationIds: ids, documentId: draftId, subject: 'Remiss: överenskommelse om nyanlända', message: 'Svara gärna senast den 2 maj.',
    });
    expect(sent.status).toBe(201);
    roundId = sent.body.roundId;
    const matrix = (await ksl.get(`/cases/${caseId}`)).body.matrix as Array<{ recipientId: string; organisationId: string }>;
    ekeroRecipient = matrix.find((r) => r.organisationId === ids[0])!.recipientId;
  });
  afterAll(() => app?.close());

  it('shows the recipient what was sent: subject, message, the sent version of the proposal, deadline and whom to contact', async () => {
    const view = await ekero.get(`/recipients/${ekeroRecipient}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      recipientId: ekeroRecipient,
      organisationName: 'Ekerö kommun',
      state: 'sent',
      deadline: '2013-05-02',
      originalDeadline: '2013-05-02',
      case: { id: caseId, title: 'Överenskommelse om nyanlända', registryNumber: 'KSL/12/0053' },
      round: { id: roundId, kind: 'remiss', seq: 1, subject: 'Remiss: överenskommelse om nyanlända', message: 'Svara gärna senast den 2 maj.', deadline: '2013-05-02' },
      answer: null,
      extensions: [],
    });
    // Only the version that was sent (version 2), never the draft's earlier version.
    expect(view.body.documents).toEqual([expect.objectContaining({ id: draftId, title: 'Förslag till överenskommelse', version: 2, filename: 'Förslag.pdf' })]);
    expect(view.body.sender.organisationName).toBe('Kommunförbundet Stockholms län');
    expect(view.body.sender.contacts.map((c: { email: string }) => c.email)).toContain('kansli@ksl.se');
    expect((await ekero.get(`/documents/${draftId}/content`)).status).toBe(200);
  });

  it('lists the extension history and the latest answer with its documents', async () => {
    expect((await ekero.post(`/recipients/${ekeroRecipient}/extension-requests`, { requestedDate: '2013-05-31', reason: 'Nämnden sammanträder i maj.' })).status).toBe(201);
    const [request] = (await ksl.get('/extension-requests?status=pending')).body.items;
    expect((await ksl.post(`/extension-requests/${request.id}/grant`, { comment: 'Beviljas.' })).status).toBe(200);
    const doc = await ekero.upload({ name: 'Yttrande.pdf', type: 'application/pdf', content: pdf('yttrande') }, { kind: 'answer', title: 'Yttrande Ekerö' });
    answerDocId = doc.body.id;
    expect((await ekero.post(`/recipients/${ekeroRecipient}/answer`, { position: 'tillstyrker', text: 'Ekerö tillstyrker.', documentIds: [answerDocId] })).status).toBe(201);
    const view = (await ekero.get(`/recipients/${ekeroRecipient}`)).body;
    expect(view.deadline).toBe('2013-05-31');
    expect(view.extensions).toEqual([expect.objectContaining({ requestedDate: '2013-05-31', previousDeadline: '2013-05-02', status: 'granted', grantedDate: '2013-05-31', comment: 'Beviljas.' })]);
    expect(view.answer).toMatchObject({ version: 1, position: 'tillstyrker', text: 'Ekerö tillstyrker.', documents: [{ id: answerDocId, title: 'Yttrande Ekerö' }] });
  });

  it('is read by the case owner too, and by no one else (404), with 400 for a malformed id', async () => {
    expect((await ksl.get(`/recipients/${ekeroRecipient}`)).body.answer.documents[0].id).toBe(answerDocId);
    expect((await (await app.as('handlaggare@tyreso.example.se')).get(`/recipients/${ekeroRecipient}`)).status).toBe(404);
    expect((await (await app.as('handlaggare@danderyd.example.se')).get(`/recipients/${ekeroRecipient}`)).status).toBe(404);
    expect((await ekero.get('/recipients/inte-ett-id')).status).toBe(400);
    expect((await app.anonymous().get(`/recipients/${ekeroRecipient}`)).status).toBe(401);
  });

  it('gives KSL the answer documents in the matrix, the compilation, its CSV and a link in the DOCX', async () => {
    const row = (await ksl.get(`/cases/${caseId}`)).body.matrix.find((r: { recipientId: string }) => r.recipientId === ekeroRecipient);
    expect(row.answerDocuments).toEqual([{ id: answerDocId, title: 'Yttrande Ekerö', filename: 'Yttrande.pdf', version: 1 }]);
    const compilation = (await ksl.get(`/cases/${caseId}/rounds/${roundId}/compilation`)).body;
    expect(compilation.rows.find((r: { recipientId: string }) => r.recipientId === ekeroRecipient).answerDocuments[0].id).toBe(answerDocId);
    const link = `http://remiss.test/app/dokument/${answerDocId}`;
    const csv: string = (await ksl.get(`/cases/${caseId}/rounds/${roundId}/compilation.csv`)).body;
    expect(csv.split('\r\n')[0]).toContain('Bifogade dokument');
    expect(csv).toContain(`Yttrande Ekerö (${link})`);
    const response = await fetch(`${app.baseUrl}/cases/${caseId}/compilation.docx`, { headers: { authorization: `Bearer ${await app.token('kansli@ksl.se')}` } });
    const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(strFromU8(zip['word/_rels/document.xml.rels'])).toContain(`Target="${link}"`);
    expect(strFromU8(zip['word/document.xml'])).toContain('Yttrande Ekerö');
  });

  it('redirects the links of mails already sent (/arenden/…) to the web UI', async () => {
    const response = await fetch(`${app.baseUrl}/arenden/${caseId}?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`/app/arenden/${caseId}?x=1`);
  });
});
