/**
 * Steps 1-7 of the seeds' case (KSL/12/0053, the agreement on newly arrived
 * immigrants), played through the HTTP API with the worker running: the order
 * to revise, drafts, the seminar, a remiss to all 26 municipalities, answers
 * (one assembled from Stockholm's internal remiss), a late and a declined one,
 * the compilation and the adjusted proposal of 2013-05-06.
 */
import { DuePromoter, OutboxRelayService } from '@remiss/worker';
import { waitUntil } from '@remiss/testing';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

describe('acceptance: the remiss round of KSL/12/0053', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let caseId: string;
  let roundId: string;
  const recipients = new Map<string, string>();

  const at = (instant: string) => app.clock.set(instant);
  const upload = (client: ApiClient, title: string, kind: string) =>
    client.upload({ name: `${title}.pdf`, type: 'application/pdf', content: pdf(title) }, { kind, title }).then((r) => {
      expect(r.status).toBe(201);
      return r.body.id as string;
    });
  const drain = async () => {
    await app.worker!.get(OutboxRelayService).relayAll();
    await app.worker!.get(DuePromoter).promoteDue();
  };

  beforeAll(async () => {
    app = await startTestApp({ worker: true, now: '2012-03-15T10:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
  });
  afterAll(() => app?.close());

  it('1-3: the board orders the revision; drafts and a seminar follow', async () => {
    const created = await ksl.post('/cases', {
      title: 'Överenskommelse om samverkan mellan kommuner i Stockholms län gällande nyanlända',
      registryNumber: 'KSL/12/0053',
      orderedBy: 'KSL:s styrelse uppdrar åt arbetsmarknadsberedningen att revidera 2009 års överenskommelse tillsammans med kommunerna.',
    });
    expect(created.status).toBe(201);
    caseId = created.body.id;
    await ksl.post(`/cases/${caseId}/start-drafting`);
    at('2012-09-10T10:00:00+02:00');
    expect((await ksl.post(`/cases/${caseId}/drafts`, { documentId: await upload(ksl, 'Utkast 1', 'draft') })).status).toBe(200);
    at('2012-10-22T10:00:00+02:00');
    await ksl.post(`/cases/${caseId}/drafts`, { documentId: await upload(ksl, 'Utkast 2', 'draft') });
    expect((await ksl.post(`/cases/${caseId}/seminar`, { date: '2012-11-28', place: 'KSL, Hornsgatan 20', invited: ['Länets kommuner'] })).body.state).toBe('seminarScheduled');
    at('2012-11-28T16:00:00+01:00');
    expect((await ksl.post(`/cases/${caseId}/seminar/held`)).body.state).toBe('drafting');
  });

  it('4: the draft goes on remiss to all 26 municipalities, each registered and mailed', async () => {
    at('2013-02-01T09:00:00+01:00');
    const [group] = await app.ds.query(`SELECT id FROM recipient_groups WHERE slug = 'alla-kommuner'`);
    const document = await upload(ksl, 'Remissversion', 'remiss');
    const sent = await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-04-30', groupIds: [group.id], documentId: document, message: 'Förslaget skickas på remiss under våren.' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ recipients: 26, state: 'onRemiss', deadline: '2013-04-30' });
    roundId = sent.body.roundId;
    const view = await ksl.get(`/cases/${caseId}`);
    for (const row of view.body.matrix) recipients.set(row.organisationName, row.recipientId);
    expect(recipients.size).toBe(26);
    await drain();
    const mails = await app.ctx.smtp.waitFor(26, (m) => m.envelopeTo.some((a) => a.startsWith('registrator@')), 60_000);
    expect(new Set(mails.flatMap((m) => m.envelopeTo).filter((a) => a.startsWith('registrator@'))).size).toBe(26);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM registry_entries WHERE direction = 'in' AND case_id = $1`, [caseId]);
    expect(n).toBe(26);
  });

  it('5: Stockholm sends it on internally to its committees and assembles its answer from theirs', async () => {
    const stockholm = await app.as('kansli@stockholm.example.se');
    const stockholmId = await app.organisationId('stockholm');
    const committees: Record<string, string> = {};
    for (const [slug, name] of [
      ['stockholm-socialtjanstnamnden', 'Socialtjänstnämnden'],
      ['stockholm-utbildningsnamnden', 'Utbildningsnämnden'],
    ]) {
      const created = await stockholm.post('/organisations', { name, slug, kind: 'committee', registryPrefix: 'SN', registryEmail: `${slug}@stockholm.example.se`, parentId: stockholmId });
      expect(created.status).toBe(201);
      committees[name] = created.body.id;
      const user = await stockholm.post('/users', { name: `Handläggare ${name}`, email: `handlaggare@${slug}.example.se`, role: 'officer', organisationId: created.body.id });
      expect(user.body).toMatchObject({ email: `handlaggare@${slug}.example.se` });
    }
    const inner = await stockholm.post('/cases', { title: 'Remiss från KSL: överenskommelse om nyanlända', parentRecipientId: recipients.get('Stockholms stad') });
    expect(inner.status).toBe(201);
    await stockholm.post(`/cases/${inner.body.id}/start-drafting`);
    await stockholm.post(`/cases/${inner.body.id}/drafts`, { documentId: await upload(stockholm, 'KSL:s remiss', 'remiss') });
    const innerRound = await stockholm.post(`/cases/${inner.body.id}/rounds`, { deadline: '2013-04-05', organisationIds: Object.values(committees) });
    expect(innerRound.status).toBe(201);
    const innerView = await stockholm.get(`/cases/${inner.body.id}`);
    const innerAnswers: string[] = [];
    for (const row of innerView.body.matrix) {
      const slug = row.organisationName === 'Socialtjänstnämnden' ? 'stockholm-socialtjanstnamnden' : 'stockholm-utbildningsnamnden';
      const committee = await app.as(`handlaggare@${slug}.example.se`);
      at('2013-03-20T10:00:00+01:00');
      const answered = await committee.post(`/recipients/${row.recipientId}/answer`, { position: 'synpunkter', text: `${row.organisationName}: tjänsteutlåtande antaget, paragrafen justeras omedelbart.` });
      expect(answered.status).toBe(201);
      innerAnswers.push(answered.body.answerId);
    }
    at('2013-04-10T10:00:00+02:00');
    const outer = await stockholm.post(`/recipients/${recipients.get('Stockholms stad')}/answer`, {
      position: 'synpunkter',
      text: 'Kommunstyrelsen tillstyrker förslaget med nämndernas synpunkter.',
      theirRegistryNumber: 'KS 2013/123',
      innerAnswerIds: innerAnswers,
    });
    expect(outer.status).toBe(201);
    const [stored] = await app.ds.query(`SELECT inner_answer_ids FROM answers WHERE id = $1`, [outer.body.answerId]);
    expect(stored.inner_answer_ids.sort()).toEqual(innerAnswers.sort());
  });

  it('5: several answer on time, one declines and one answers late', async () => {
    at('2013-04-22T10:00:00+02:00');
    for (const [name, position] of [
      ['Ekerö kommun', 'synpunkter'],
      ['Tyresö kommun', 'tillstyrker'],
      ['Huddinge kommun', 'inga_synpunkter'],
      ['Botkyrka kommun', 'synpunkter'],
    ] as const) {
      const slug = (await app.ds.query(`SELECT slug FROM organisations WHERE name = $1`, [name]))[0].slug;
      const officer = await app.as(`handlaggare@${slug}.example.se`);
      const response = await officer.post(`/recipients/${recipients.get(name)}/answer`, { position, text: 'Synpunkterna är i huvudsak språkliga och redaktionella.' });
      expect(response.body.state).toBe('answered');
    }
    const vaxholm = await app.as('handlaggare@vaxholm.example.se');
    expect((await vaxholm.post(`/recipients/${recipients.get('Vaxholms stad')}/decline`, { reason: 'Kommunen avstår från att yttra sig.' })).body.state).toBe('declined');

    at('2013-05-02T09:00:00+02:00');
    await drain();
    const nackaId = recipients.get('Nacka kommun')!;
    await waitUntil(async () => (await app.ds.query(`SELECT state FROM recipients WHERE id = $1`, [nackaId]))[0].state === 'overdue', 20_000, 'Nacka försenad');
    const nacka = await app.as('handlaggare@nacka.example.se');
    expect((await nacka.post(`/recipients/${nackaId}/answer`, { position: 'tillstyrker', text: 'Sent svar.' })).body.state).toBe('answeredLate');
  });

  it('6-7: the round is closed and compiled; the adjusted proposal of 2013-05-06 follows', async () => {
    at('2013-05-03T15:00:00+02:00');
    const closed = await ksl.post(`/cases/${caseId}/rounds/close`, { roundId });
    expect(closed.body.state).toBe('compiling');
    const compilation = await ksl.get(`/cases/${caseId}/rounds/${roundId}/compilation`);
    expect(compilation.body.rows).toHaveLength(26);
    const outcomes = Object.fromEntries(compilation.body.rows.map((r: { organisationName: string; outcome: string }) => [r.organisationName, r.outcome]));
    expect(outcomes).toMatchObject({ 'Ekerö kommun': 'answered', 'Stockholms stad': 'answered', 'Vaxholms stad': 'declined', 'Nacka kommun': 'answeredLate', 'Solna stad': 'noAnswer' });
    const csv = await ksl.get(`/cases/${caseId}/rounds/${roundId}/compilation.csv`);
    expect(csv.body).toContain('Nacka kommun;Besvarad sent (omgången stängd);Tillstyrker');
    at('2013-05-06T10:00:00+02:00');
    const adjusted = await ksl.post(`/cases/${caseId}/adjusted-proposal`, { documentId: await upload(ksl, 'Justerat förslag 2013-05-06', 'adjusted') });
    expect(adjusted.body.state).toBe('adjusted');
    expect((await ksl.post(`/cases/${caseId}/ready`)).body.state).toBe('readyForRecommendation');

    const history = (await ksl.get(`/cases/${caseId}`)).body.events as Array<{ event: string; at: string }>;
    const caseEvents = history.filter((e) => !['ANSWER', 'DECLINE', 'DEADLINE_PASSED', 'ROUND_CLOSED', 'CORRECT_ANSWER'].includes(e.event)).map((e) => e.event);
    expect(caseEvents).toEqual([
      'CASE_OPENED', 'START_DRAFTING', 'ADD_DRAFT', 'ADD_DRAFT', 'SCHEDULE_SEMINAR', 'HOLD_SEMINAR', 'SEND_REMISS', 'ROUND_SENT', 'CLOSE_ROUND', 'ADJUST_PROPOSAL', 'MARK_READY',
    ]);
    expect(history.filter((e) => e.event === 'ROUND_CLOSED')).toHaveLength(26);
    expect(history.find((e) => e.event === 'ADJUST_PROPOSAL')!.at).toBe('2013-05-06T08:00:00.000Z');
  });
});
