import { signToken } from '@remiss/api';
import { DuePromoter } from '@remiss/worker';
import { waitForRow } from '@remiss/testing';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';
import { caseOnRecommendation, RecommendationCase, uploadExtract } from './support/recommendation-case';

jest.setTimeout(60_000);

describe('the register of parties, terminations and the yearly follow-up', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let c: RecommendationCase;
  const org: Record<string, string> = {};

  const decide = async (slug: string, body: Record<string, unknown>) => {
    const secretary = await app.as(`namndsekreterare@${slug}.example.se`);
    const documentId = await uploadExtract(secretary, `Protokollsutdrag ${slug}`);
    const response = await secretary.post(`/recipients/${c.recipient[slug]}/decisions`, { text: 'Beslut.', immediate: true, documentId, ...body });
    expect(response.status).toBe(201);
    return response.body;
  };
  const row = async (slug: string) => (await ksl.get(`/cases/${c.caseId}/parties`)).body.parties.find((p: { organisationId: string }) => p.organisationId === org[slug]);

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    ksl = await app.as('kansli@ksl.se');
    const slugs = ['ekero', 'tyreso', 'danderyd', 'nacka'];
    c = await caseOnRecommendation(app, ksl, slugs);
    for (const s of slugs) org[s] = await app.organisationId(s);
  });
  afterAll(() => app?.close());

  it('makes the first adopting final decision a party and plans one yearly follow-up', async () => {
    app.clock.set('2013-10-17T14:00:00+02:00');
    await decide('tyreso', { bodyKind: 'board', bodyName: 'Kommunstyrelsen', meetingDate: '2013-10-14', paragraph: '§ 148', outcome: 'adopt', final: true, immediate: undefined, justeringDate: '2013-10-17' });
    app.clock.set('2013-11-11T20:00:00+01:00');
    await decide('danderyd', { bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-11-11', paragraph: '§ 77', outcome: 'notAdopt' });
    app.clock.set('2013-12-18T15:00:00+01:00');
    await decide('ekero', { bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-12-16', paragraph: '§ 95', outcome: 'adopt', immediate: undefined, justeringDate: '2013-12-18' });
    const followUps = await app.ds.query(`SELECT deadline::text AS deadline, status, recipient_id FROM reminders WHERE case_id = $1 AND kind = 'follow-up'`, [c.caseId]);
    expect(followUps).toEqual([{ deadline: '2014-10-17', status: 'pending', recipient_id: null }]);
  });

  it('lists parties from their decision date, non-parties and pending, also as CSV', async () => {
    const reg = await ksl.get(`/cases/${c.caseId}/parties`);
    expect(reg.status).toBe(200);
    expect(reg.body.counts).toEqual({ party: 2, nonParty: 1, pending: 1, terminating: 0, terminated: 0 });
    expect(await row('ekero')).toMatchObject({ status: 'party', inForceFrom: '2013-12-16', decision: { bodyName: 'Kommunfullmäktige', paragraph: '§ 95' } });
    expect(await row('tyreso')).toMatchObject({ status: 'party', inForceFrom: '2013-10-14' });
    expect(await row('danderyd')).toMatchObject({ status: 'nonParty', inForceFrom: null });
    expect(await row('nacka')).toMatchObject({ status: 'pending', decision: null });
    const csv = await ksl.get(`/cases/${c.caseId}/parties.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const [{ id }] = await app.ds.query(`SELECT id FROM users WHERE email = 'kansli@ksl.se'`);
    const bytes = await fetch(`${app.baseUrl}/cases/${c.caseId}/parties.csv`, { headers: { authorization: `Bearer ${signToken(app.config, id)}` } });
    const raw = Buffer.from(await bytes.arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Kommun;Status;Beslutande organ;Beslutsdatum;Paragraf;Gäller från;Uppsägning kom fram;Upphör att gälla;Expedierat;Mottaget');
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.startsWith('Ekerö'))).toBe('Ekerö kommun;Part;Kommunfullmäktige;2013-12-16;§ 95;2013-12-16;;;;');
    // A recipient may read the register; an organisation outside the case may not (404).
    expect((await (await app.as('handlaggare@ekero.example.se')).get(`/cases/${c.caseId}/parties`)).status).toBe(200);
    expect((await (await app.as('handlaggare@stockholm.example.se')).get(`/cases/${c.caseId}/parties`)).status).toBe(404);
  });

  it('sends the yearly follow-up to the secretariat a year later and plans the next one', async () => {
    app.clock.set('2014-10-17T08:00:00+02:00');
    await app.worker!.get(DuePromoter).promoteDue();
    const [mail] = await app.ctx.smtp.waitFor(1, (m) => m.parsed.subject?.startsWith('Årlig uppföljning') ?? false);
    expect(mail.envelopeTo).toEqual(['kansli@ksl.se']);
    expect(mail.parsed.text).toContain('2 parter');
    await waitForRow(app.ds, `SELECT 1 FROM reminders WHERE case_id = $1 AND kind = 'follow-up' AND status = 'pending' AND deadline = '2015-10-17'`, [c.caseId]);
    const rows = await app.ds.query(`SELECT deadline::text AS deadline, status FROM reminders WHERE case_id = $1 AND kind = 'follow-up' ORDER BY deadline`, [c.caseId]);
    expect(rows).toEqual([{ deadline: '2014-10-17', status: 'sent' }, { deadline: '2015-10-17', status: 'pending' }]);
  });

  it('registers a termination notice: terminating until nine months later, then terminated', async () => {
    app.clock.set('2015-03-02T10:00:00+01:00');
    const url = `/cases/${c.caseId}/terminations`;
    expect((await ksl.post(url, { organisationId: org.tyreso, noticeReachedDate: '2015-02-30' })).body.issues[0].field).toBe('noticeReachedDate');
    expect((await ksl.post(url, { organisationId: org.tyreso, noticeReachedDate: '2015-04-01' })).body.issues[0].field).toBe('noticeReachedDate');
    expect((await ksl.post(url, { organisationId: 'tyreso', noticeReachedDate: '2015-03-02' })).body.issues[0].field).toBe('organisationId');
    expect((await ksl.post(url, { organisationId: await app.organisationId('stockholm'), noticeReachedDate: '2015-03-02' })).body.issues[0].field).toBe('organisationId');
    expect((await ksl.post(url, { organisationId: org.tyreso, noticeReachedDate: '2013-10-01' })).body.issues[0].field).toBe('noticeReachedDate');
    expect((await (await app.as('kansli@tyreso.example.se')).post(url, { organisationId: org.tyreso, noticeReachedDate: '2015-03-02' })).status).toBe(403);
    expect((await ksl.post(url, { organisationId: org.danderyd, noticeReachedDate: '2015-03-02' })).body.code).toBe('PARTIES.NOT_A_PARTY');
    expect((await ksl.post(url, { organisationId: org.nacka, noticeReachedDate: '2015-03-02' })).status).toBe(409);

    const terminated = await ksl.post(url, { organisationId: org.tyreso, noticeReachedDate: '2015-03-02', note: 'Uppsägning enligt KF 2015-02-23 § 12.' });
    expect(terminated.status).toBe(201);
    expect(terminated.body).toMatchObject({ status: 'terminating', terminationNoticeReached: '2015-03-02', terminationTakesEffect: '2015-12-02', inForceFrom: '2013-10-14' });
    expect((await ksl.post(url, { organisationId: org.tyreso, noticeReachedDate: '2015-03-02' })).body.code).toBe('PARTIES.ALREADY_TERMINATED');
    const [entry] = await app.ds.query(`SELECT direction, counterpart FROM registry_entries WHERE number = $1`, [terminated.body.registryNumber]);
    expect(entry).toEqual({ direction: 'in', counterpart: 'Tyresö kommun' });
    const events = (await ksl.get(`/cases/${c.caseId}`)).body.events.map((e: { event: string }) => e.event);
    expect(events).toContain('TERMINATION_REGISTERED');

    app.clock.set('2015-12-01T23:00:00+01:00');
    expect(await row('tyreso')).toMatchObject({ status: 'terminating' });
    app.clock.set('2015-12-02T00:30:00+01:00');
    expect(await row('tyreso')).toMatchObject({ status: 'terminated', statusLabel: 'Uppsagd, upphört' });
    expect((await ksl.get(`/cases/${c.caseId}/parties`)).body.counts).toEqual({ party: 1, nonParty: 1, pending: 1, terminating: 0, terminated: 1 });
  });
});
