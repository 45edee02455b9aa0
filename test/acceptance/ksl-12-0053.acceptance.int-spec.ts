import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { GENESIS_HASH, rowHash } from '@remiss/domain';
/**
 * The seeds' case (KSL/12/0053, the agreement on newly arrived immigrants)
 * end to end through the HTTP API with the worker running. Steps 1-7: the order
 * to revise, drafts, the seminar, a remiss to all 26 municipalities, answers
 * (one assembled from Stockholm's internal remiss), a late and a declined one,
 * the compilation and the adjusted proposal of 2013-05-06. Steps 8-11: the
 * recommendation of 2013-06-05, the municipalities' decisions (Ekerö with its
 * extension to 2013-12-19), dispatch to KSL's registry, receipt, a municipality
 * that does not join, one that decides in KS only, a termination notice, and
 * the register of parties.
 */
import { DuePromoter, OutboxRelayService, ReminderHorizonScheduler } from '@remiss/worker';
import { waitUntil } from '@remiss/testing';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

describe('acceptance: KSL/12/0053 from the order to revise to the register of parties', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let caseId: string;
  let roundId: string;
  let recommendationId: string;
  const recipients = new Map<string, string>();
  const decisionRecipients = new Map<string, string>();

  /** The case's whole history, oldest first: the case page carries the newest events, historyNext the pages before. */
  async function fullHistory(): Promise<unknown[]> {
    const view = (await ksl.get(`/cases/${caseId}`)).body;
    let events: unknown[] = view.events;
    for (let next: string | null = view.historyNext; next; ) {
      const page = (await ksl.get(next)).body;
      events = [...page.items, ...events];
      next = page.historyNext;
    }
    return events;
  }

  const at = (instant: string) => app.clock.set(instant);
  const upload = (client: ApiClient, title: string, kind: string) =>
    client.upload({ name: `${title}.pdf`, type: 'application/pdf', content: pdf(title) }, { kind, title }).then((r) => {
      expect(r.status).toBe(201);
      return r.body.id as string;
    });
  const drain = async () => {
    await app.worker!.get(ReminderHorizonScheduler).enqueueDue(); // the clock jumped: what is now within the reminder horizon gets its jobs
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
    // the remiss is the case's first document: registered under the case's number (KSL/12/0053-1)
    expect(sent.body.registryNumber).toBe('KSL/12/0053-1');
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
      // A committee's officer has an address in the city's own mail domain (a secretariat may not name another).
      const email = `handlaggare@${slug.replace('stockholm-', '')}.stockholm.example.se`;
      const user = await stockholm.post('/users', { name: `Handläggare ${name}`, email, role: 'officer', organisationId: created.body.id });
      expect(user.body).toMatchObject({ email });
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
      const committeeDomain = row.organisationName === 'Socialtjänstnämnden' ? 'socialtjanstnamnden' : 'utbildningsnamnden';
      const committee = await app.as(`handlaggare@${committeeDomain}.stockholm.example.se`);
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

    const history = (await fullHistory()) as Array<{ event: string; at: string }>;
    const caseEvents = history.filter((e) => !['ANSWER', 'DECLINE', 'DEADLINE_PASSED', 'ROUND_CLOSED', 'CORRECT_ANSWER'].includes(e.event)).map((e) => e.event);
    expect(caseEvents).toEqual([
      'CASE_OPENED', 'START_DRAFTING', 'ADD_DRAFT', 'ADD_DRAFT', 'SCHEDULE_SEMINAR', 'HOLD_SEMINAR', 'SEND_REMISS', 'ROUND_SENT', 'CLOSE_ROUND', 'ADJUST_PROPOSAL', 'MARK_READY',
    ]);
    expect(history.filter((e) => e.event === 'ROUND_CLOSED')).toHaveLength(26);
    expect(history.find((e) => e.event === 'ADJUST_PROPOSAL')!.at).toBe('2013-05-06T08:00:00.000Z');
  });

  it('8: the recommendation of 2013-06-05 goes to all 26 with a decision deadline of 2013-11-15', async () => {
    at('2013-06-05T09:00:00+02:00');
    const [group] = await app.ds.query(`SELECT id FROM recipient_groups WHERE slug = 'alla-kommuner'`);
    const sent = await ksl.post(`/cases/${caseId}/recommendations`, { deadline: '2013-11-15', groupIds: [group.id], message: 'KSL rekommenderar kommunerna att anta överenskommelsen.' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ recipients: 26, state: 'onRecommendation', deadline: '2013-11-15' });
    recommendationId = sent.body.roundId;
    const view = await ksl.get(`/cases/${caseId}`);
    for (const row of view.body.matrix.filter((r: { roundId: string }) => r.roundId === recommendationId)) decisionRecipients.set(row.organisationName, row.recipientId);
    expect(decisionRecipients.size).toBe(26);
    await drain();
  });

  it('9: Ekerö prepares, Socialnämnden decides 2013-09-25 § 130 with omedelbar justering, and the extension moves the reminders', async () => {
    const ekero = decisionRecipients.get('Ekerö kommun')!;
    const officer = await app.as('handlaggare@ekero.example.se');
    const secretary = await app.as('namndsekreterare@ekero.example.se');
    at('2013-08-29T10:00:00+02:00');
    expect((await officer.post(`/recipients/${ekero}/preparations`, { kind: 'tjansteutlatande', date: '2013-08-29', author: 'Socialkontoret', title: 'Överenskommelse om nyanlända' })).status).toBe(201);
    at('2013-09-25T17:00:00+02:00');
    const extract = await upload(secretary, 'Protokollsutdrag Socialnämnden 2013-09-25 § 130', 'minutes_extract');
    const sn = await secretary.post(`/recipients/${ekero}/decisions`, {
      bodyKind: 'committee', bodyName: 'Socialnämnden', meetingDate: '2013-09-25', paragraph: '130', outcome: 'answer',
      text: 'Socialnämnden föreslår kommunstyrelsen att anta överenskommelsen. Paragrafen justeras omedelbart.', immediate: true, documentId: extract,
    });
    expect(sn.status).toBe(201);
    expect(sn.body).toMatchObject({ noticePostedDate: '2013-09-25', appealWindowCloses: '2013-10-16' });

    at('2013-10-20T10:00:00+02:00');
    await drain();
    const asked = await officer.post(`/recipients/${ekero}/extension-requests`, { requestedDate: '2013-12-19', reason: 'Kommunfullmäktige sammanträder den 16 december.' });
    expect(asked.status).toBe(201);
    const granted = await ksl.post(`/extension-requests/${asked.body.extensionRequestId}/grant`, { comment: 'Anstånd beviljas.' });
    expect(granted.body).toMatchObject({ deadline: '2013-12-19' });
    const reminders = await app.ds.query(`SELECT deadline::text AS deadline, status, count(*)::int AS n FROM reminders WHERE recipient_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`, [ekero]);
    expect(reminders.filter((r: { deadline: string; status: string }) => r.deadline === '2013-11-15' && r.status === 'pending')).toEqual([]);
    expect(reminders.find((r: { deadline: string; status: string }) => r.deadline === '2013-12-19' && r.status === 'pending')?.n).toBeGreaterThan(0);

    at('2013-11-18T09:00:00+01:00');
    await drain();
    const [ekeroOrg] = await app.ds.query(`SELECT registry_email FROM organisations WHERE slug = 'ekero'`);
    await waitUntil(async () => app.ctx.smtp.received.some((m) => m.envelopeTo.includes(ekeroOrg.registry_email) && /Anstånd beviljat/.test(m.parsed.subject ?? '')), 20_000, 'anståndsbekräftelsen');
    const stale = app.ctx.smtp.received.filter((m) => m.envelopeTo.includes(ekeroOrg.registry_email) && /15 november 2013/.test(m.parsed.subject ?? ''));
    expect(stale).toEqual([]);
  });

  it('10a: Danderyd does not join; Tyresö decides in KS only (delegated); Huddinge adopts in KF', async () => {
    const decide = async (slug: string, name: string, body: object, when: string) => {
      at(when);
      const secretary = await app.as(`namndsekreterare@${slug}.example.se`);
      const extract = await upload(secretary, `Protokollsutdrag ${name}`, 'minutes_extract');
      const response = await secretary.post(`/recipients/${decisionRecipients.get(name)}/decisions`, { ...body, documentId: extract });
      expect(response.body).toMatchObject({ state: 'decided' });
      expect((await secretary.post(`/recipients/${decisionRecipients.get(name)}/dispatch`, {})).status).toBeLessThan(300);
    };
    await decide('danderyd', 'Danderyds kommun', { bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-10-28', paragraph: '77', outcome: 'notAdopt', text: 'Kommunfullmäktige beslutar att inte anta överenskommelsen.', justeringDate: '2013-10-30' }, '2013-10-30T15:00:00+01:00');
    await decide('tyreso', 'Tyresö kommun', { bodyKind: 'board', bodyName: 'Kommunstyrelsen', meetingDate: '2013-10-22', paragraph: '180', outcome: 'adopt', text: 'Kommunstyrelsen beslutar på delegation att anta överenskommelsen.', immediate: true, final: true }, '2013-10-30T15:30:00+01:00');
    await decide('huddinge', 'Huddinge kommun', { bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-11-11', paragraph: '150', outcome: 'adopt', text: 'Kommunfullmäktige beslutar att anta överenskommelsen.', justeringDate: '2013-11-13' }, '2013-11-13T15:00:00+01:00');
  });

  it('10b: Ekerö decides in KS and KF, dispatches to KSL with the extract attached; KSL registers the receipt', async () => {
    const ekero = decisionRecipients.get('Ekerö kommun')!;
    const secretary = await app.as('namndsekreterare@ekero.example.se');
    at('2013-12-04T17:00:00+01:00');
    const ks = await secretary.post(`/recipients/${ekero}/decisions`, { bodyKind: 'board', bodyName: 'Kommunstyrelsen', meetingDate: '2013-12-02', paragraph: '201', outcome: 'answer', text: 'Kommunstyrelsen föreslår kommunfullmäktige att anta överenskommelsen.', justeringDate: '2013-12-04', final: false });
    expect(ks.body).toMatchObject({ state: 'inProgress' });
    at('2013-12-18T12:00:00+01:00');
    const extract = await upload(secretary, 'Protokollsutdrag KF 2013-12-16 § 95', 'minutes_extract');
    const kf = await secretary.post(`/recipients/${ekero}/decisions`, { bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-12-16', paragraph: '95', outcome: 'adopt', text: 'Kommunfullmäktige beslutar att anta överenskommelsen.', justeringDate: '2013-12-18', documentId: extract });
    expect(kf.status).toBe(201);
    const dispatched = await secretary.post(`/recipients/${ekero}/dispatch`, { theirRegistryNumber: 'KS13/250-133', addresses: ['socialkontoret@ekero.example.se'] });
    expect([200, 201]).toContain(dispatched.status);
    await drain();
    const [mail] = await app.ctx.smtp.waitFor(1, (m) => m.envelopeTo.includes('registrator@ksl.se') && (m.parsed.subject ?? '').includes('KS13/250-133'), 20_000);
    expect(mail.parsed.subject).toContain('KSL/12/0053');
    expect(mail.parsed.attachments.map((a) => a.contentType)).toContain('application/pdf');
    expect(mail.envelopeTo).toContain('socialkontoret@ekero.example.se');
    at('2013-12-20T10:00:00+01:00');
    const receipt = await ksl.post(`/recipients/${ekero}/receipt`, {});
    expect([200, 201]).toContain(receipt.status);
    expect(receipt.body.state).toBe('received');
    // registered once, at dispatch, as a document of KSL's case; the receipt confirms that registration
    expect(dispatched.body.receiverRegistryNumber).toMatch(/^KSL\/12\/0053-\d+$/);
    expect(receipt.body.registryNumber).toBe(dispatched.body.receiverRegistryNumber);
    const decisionEntries = await app.ds.query(`SELECT number FROM registry_entries WHERE case_id = $1 AND external_number = 'KS13/250-133'`, [caseId]);
    expect(decisionEntries).toEqual([{ number: dispatched.body.receiverRegistryNumber }]);
  });

  it('11: a later termination notice, and the final register of parties', async () => {
    at('2015-03-02T10:00:00+01:00');
    const terminated = await ksl.post(`/cases/${caseId}/terminations`, { organisationId: await app.organisationId('tyreso'), noticeReachedDate: '2015-03-01', note: 'Tyresö säger upp överenskommelsen.' });
    expect(terminated.status).toBe(201);
    at('2016-01-10T10:00:00+01:00');
    const register = await ksl.get(`/cases/${caseId}/parties`);
    expect(register.status).toBe(200);
    const byName = Object.fromEntries(register.body.parties.map((p: { organisationName: string }) => [p.organisationName, p]));
    expect(byName['Ekerö kommun']).toMatchObject({ status: 'party', inForceFrom: '2013-12-16', receivedAt: expect.any(String) });
    expect(byName['Huddinge kommun']).toMatchObject({ status: 'party', inForceFrom: '2013-11-11' });
    expect(byName['Danderyds kommun']).toMatchObject({ status: 'nonParty' });
    expect(byName['Tyresö kommun']).toMatchObject({ status: 'terminated', inForceFrom: '2013-10-22', terminationNoticeReached: '2015-03-01', terminationTakesEffect: '2015-12-01' });
    expect(register.body.counts).toMatchObject({ party: 2, nonParty: 1, terminated: 1, pending: 22 });
    const csv = await ksl.get(`/cases/${caseId}/parties.csv`);
    expect(csv.body).toContain('Ekerö kommun');

    const events = (await fullHistory()) as Array<{ event: string; recipientId: string | null }>;
    const ekeroEvents = events.filter((e) => e.recipientId === decisionRecipients.get('Ekerö kommun')).map((e) => e.event);
    expect(ekeroEvents).toEqual(['REGISTER_PREPARATION', 'REGISTER_DECISION', 'REQUEST_EXTENSION', 'GRANT_EXTENSION', 'REGISTER_DECISION', 'REGISTER_DECISION', 'DISPATCH', 'REGISTER_RECEIPT']);
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['SEND_RECOMMENDATION', 'TERMINATION_REGISTERED']));
  });
  it('12: the case is concluded and goes to the e-archive as a package that validates against its own schema and checksums', async () => {
    const download = async (email: string) =>
      fetch(`${app.baseUrl}/cases/${caseId}/archive`, { headers: { authorization: `Bearer ${await app.token(email)}` } });
    const open = await download('kansli@ksl.se');
    expect(open.status).toBe(409);
    expect(await open.json()).toMatchObject({ code: 'ARCHIVE.CASE_NOT_CLOSED', state: 'onRecommendation' });
    at('2016-02-01T10:00:00+01:00');
    const closed = await ksl.post(`/cases/${caseId}/rounds/close`, { roundId: recommendationId });
    expect(closed.body.state).toBe('concluded');
    expect((await download('handlaggare@ekero.example.se')).status).toBe(403);
    expect((await download('kansli@ekero.example.se')).status).toBe(403);

    const response = await download('kansli@ksl.se');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain('arkivpaket-KSL-12-0053.zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const text = (name: string) => strFromU8(files[name]);

    // Every file but the manifest is listed in it with its SHA-256, and nothing else is.
    const manifest = text('manifest-sha256.txt').trim().split('\n').map((line) => line.split('  ') as [string, string]);
    expect(manifest.map(([, name]) => name).sort()).toEqual(Object.keys(files).filter((n) => n !== 'manifest-sha256.txt').sort());
    for (const [hash, name] of manifest) expect(createHash('sha256').update(files[name]).digest('hex')).toBe(hash);
    // As an archivist would check it, unpacked, with the manifest's own instruction (LASMIG.txt).
    const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-arkiv-'));
    try {
      for (const [name, bytes] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
        fs.writeFileSync(path.join(unpacked, name), bytes);
      }
      expect(text('LASMIG.txt')).toContain('sha256sum -c manifest-sha256.txt');
      const check = spawnSync('sha256sum', ['-c', 'manifest-sha256.txt'], { cwd: unpacked, encoding: 'utf8' });
      expect({ status: check.status, failed: check.stdout.split('\n').filter((l) => l && !l.endsWith(': OK')) }).toEqual({ status: 0, failed: [] });
    } finally {
      fs.rmSync(unpacked, { recursive: true, force: true });
    }

    // The metadata validates against the schema the package carries.
    const validation = await validateXML({ xml: [{ fileName: 'arkivpaket.xml', contents: text('arkivpaket.xml') }], schema: [text('schema/remiss-arkivpaket-1.xsd')] });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);

    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['Handling', 'Diariepost', 'Omgang', 'Mottagare', 'Svar', 'Beslut', 'Handelse', 'Bilaga'].includes(name) }).parse(text('arkivpaket.xml'));
    const kase = xml.Leveransobjekt.ArkivobjektArende;
    expect(kase).toMatchObject({ ArkivobjektID: 'KSL/12/0053', Status: 'Avslutat' });
    expect(xml.Leveransobjekt.Arkivbildare.Namn).toBe('Kommunförbundet Stockholms län');
    // Each document's file is in the package with the checksum the metadata states.
    const handlingar = kase.Handlingar.Handling as Array<{ Fil: { Sokvag: string; Checksumma: { '#text': string } } }>;
    expect(handlingar.length).toBeGreaterThan(0);
    for (const h of handlingar) expect(createHash('sha256').update(files[h.Fil.Sokvag]).digest('hex')).toBe(h.Fil.Checksumma['#text']);
    expect(kase.Omgangar.Omgang.map((o: { typ: string }) => o.typ)).toEqual(['remiss', 'rekommendation']);
    const recommendation = kase.Omgangar.Omgang[1];
    expect(recommendation.Mottagare).toHaveLength(26);
    const ekero = recommendation.Mottagare.find((m: { Organisation: string }) => m.Organisation === 'Ekerö kommun');
    expect(ekero.Beslut.map((b: { Organ: string }) => b.Organ)).toEqual(expect.arrayContaining(['Kommunfullmäktige']));
    expect(ekero.Beslut.some((b: { Expedierat?: string }) => Boolean(b.Expedierat))).toBe(true);
    expect(kase.Handelselogg.Handelse.map((e: { Handelsetyp: string }) => e.Handelsetyp)).toEqual(expect.arrayContaining(['SEND_REMISS', 'SEND_RECOMMENDATION', 'DISPATCH']));
    expect(kase.Diarium.Diariepost.length).toBeGreaterThan(0);
    // The event log in the package is its hash chain: every event's hash recomputes from what the package says
    // (README: Verifiable log), each points at the one before, and the last is the head the case shows.
    const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, isArray: (name) => name === 'Handelse' })
      .parse(text('arkivpaket.xml')).Leveransobjekt.ArkivobjektArende;
    const log = raw.Handelselogg;
    let previous = GENESIS_HASH;
    log.Handelse.forEach((e: Record<string, string>, i: number) => {
      expect(Number(e.nummer)).toBe(i + 1);
      expect(e.ForegaendeKontrollsumma).toBe(previous);
      const content = {
        caseId: raw.id,
        recipientId: e.Mottagare ?? null,
        actorUserId: e.UtforareId ?? null,
        actorOrganisationId: e.UtforareOrganisationId ?? null,
        at: e.Tidpunkt,
        event: e.Handelsetyp,
        payload: e.Uppgifter ? JSON.parse(e.Uppgifter) : {},
        stateBefore: e.StatusFore ?? null,
        stateAfter: e.StatusEfter ?? null,
      };
      expect(rowHash(content, { position: i + 1, previousHash: previous })).toBe(e.Kontrollsumma);
      previous = e.Kontrollsumma;
    });
    expect(log.LoggensKontrollsumma).toBe(previous);
    expect((await (await app.as('kansli@ksl.se')).get(`/cases/${caseId}`)).body.logHead).toBe(previous);
    // KSL's registry of the case: the case itself, then its documents -1, -2, … each once
    const numbers = kase.Diarium.Diariepost.map((e: { nummer: string }) => e.nummer);
    expect(numbers[0]).toBe('KSL/12/0053');
    expect(numbers.slice(1)).toEqual(numbers.slice(1).map((_: string, i: number) => `KSL/12/0053-${i + 1}`));
  });
});
