import { SendMailUseCase } from '@remiss/application';
import { jobId } from '@remiss/queue';
import { waitForRow } from '@remiss/testing';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';
import { caseOnRecommendation, RecommendationCase, uploadExtract } from './support/recommendation-case';

jest.setTimeout(60_000);

describe('municipal decisions, dispatch to KSL and receipt', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let ekeroSecretary: ApiClient;
  let ekeroOfficer: ApiClient;
  let tyresoSecretary: ApiClient;
  let c: RecommendationCase;
  let committeeDecisionId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    ksl = await app.as('kansli@ksl.se');
    ekeroSecretary = await app.as('namndsekreterare@ekero.example.se');
    ekeroOfficer = await app.as('handlaggare@ekero.example.se');
    tyresoSecretary = await app.as('namndsekreterare@tyreso.example.se');
    c = await caseOnRecommendation(app, ksl, ['ekero', 'tyreso', 'danderyd']);
  });
  afterAll(() => app?.close());

  it('registers the preparation (tjänsteutlåtande socialkontoret 2013-08-29)', async () => {
    app.clock.set('2013-09-25T16:00:00+02:00');
    const prepared = await ekeroOfficer.post(`/recipients/${c.recipient.ekero}/preparations`, { kind: 'tjansteutlatande', date: '2013-08-29', author: 'Socialkontoret', title: 'Överenskommelse om nyanlända' });
    expect(prepared.status).toBe(201);
    expect(prepared.body).toMatchObject({ kind: 'tjansteutlatande', date: '2013-08-29', state: 'inProgress' });
  });

  it('registers Socialnämnden 2013-09-25 § 130 with omedelbar justering: notice posted the same day, appeal window three weeks', async () => {
    const extract = await uploadExtract(ekeroSecretary, 'Protokollsutdrag Socialnämnden 2013-09-25 § 130');
    const decided = await ekeroSecretary.post(`/recipients/${c.recipient.ekero}/decisions`, {
      bodyKind: 'committee', bodyName: 'Socialnämnden', meetingDate: '2013-09-25', paragraph: '130', outcome: 'answer',
      text: 'Socialnämnden föreslår kommunstyrelsen att anta överenskommelsen.', immediate: true, documentId: extract,
    });
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({
      paragraph: '§ 130', justeringDate: '2013-09-25', immediateJustering: true, noticePostedDate: '2013-09-25', appealWindowCloses: '2013-10-16',
      final: false, version: 1, state: 'inProgress',
    });
    committeeDecisionId = decided.body.id;
  });

  it('answers 400 naming the field, 403 for a wrong role, 404 (logged) for another organisation', async () => {
    const url = `/recipients/${c.recipient.ekero}/decisions`;
    const base = { bodyKind: 'board', bodyName: 'Kommunstyrelsen', meetingDate: '2013-09-25', paragraph: '§ 12', outcome: 'adopt', text: 'Antar.', immediate: true };
    const fields = async (body: unknown) => ((await ekeroSecretary.post(url, body)).body.issues ?? []).map((i: { field: string }) => i.field);
    expect(await fields({ ...base, paragraph: 'tolv' })).toEqual(['paragraph']);
    expect(await fields({ ...base, bodyKind: 'parliament' })).toEqual(['bodyKind']);
    expect(await fields({ ...base, immediate: undefined })).toEqual(['justeringDate']);
    expect(await fields({ ...base, immediate: undefined, justeringDate: '2013-09-24' })).toEqual(['justeringDate']);
    expect(await fields({ ...base, meetingDate: '2013-12-01' })).toEqual(['meetingDate']);
    expect(await fields({ ...base, bodyKind: 'council', final: false })).toEqual(['final']);
    expect(await fields({ ...base, documentId: '7d4c1b7e-0000-4000-8000-000000000000' })).toEqual(['documentId']);
    expect((await ekeroSecretary.post(url, 'null')).status).toBe(400);
    expect((await ekeroSecretary.post(url, { ...base, text: 42, meetingDate: ['x'] })).status).toBe(400);
    expect((await ekeroOfficer.post(url, base)).status).toBe(403);
    const before = (await app.ds.query(`SELECT coalesce(sum(count), 0)::int AS n FROM access_denials`))[0].n;
    expect((await tyresoSecretary.post(url, base)).status).toBe(404);
    expect((await tyresoSecretary.post(`/decisions/${committeeDecisionId}/corrections`, { reason: 'x' })).status).toBe(404);
    expect((await ekeroSecretary.post('/recipients/not-a-uuid/decisions', base)).status).toBe(400);
    expect((await app.ds.query(`SELECT coalesce(sum(count), 0)::int AS n FROM access_denials`))[0].n).toBe(before + 2);
  });

  it('rejects a dispatch before a final decision with 409 and the state', async () => {
    const early = await ekeroSecretary.post(`/recipients/${c.recipient.ekero}/dispatch`, {});
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'PROCESS.EVENT_NOT_ACCEPTED', state: 'inProgress' });
  });

  it('corrects a decision as a new version and keeps the old one', async () => {
    const corrected = await ekeroSecretary.post(`/decisions/${committeeDecisionId}/corrections`, { text: 'Socialnämnden föreslår att överenskommelsen antas.', reason: 'Beslutstexten återgavs fel.' });
    expect(corrected.status).toBe(201);
    expect(corrected.body).toMatchObject({ version: 2, supersedesId: committeeDecisionId, chainId: committeeDecisionId, paragraph: '§ 130', immediateJustering: true, correctionReason: 'Beslutstexten återgavs fel.' });
    const again = await ekeroSecretary.post(`/decisions/${committeeDecisionId}/corrections`, { reason: 'igen' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DECISION.SUPERSEDED');
    const chain = await ksl.get(`/recipients/${c.recipient.ekero}/decisions`);
    expect(chain.body.decisions.map((d: { version: number; superseded: boolean }) => [d.version, d.superseded])).toEqual([[1, true], [2, false]]);
    expect(chain.body.preparations).toHaveLength(1);
  });

  it('takes Ekerö extension to 2013-12-19, the KS proposal and the KF decision (final, adopt)', async () => {
    app.clock.set('2013-11-05T10:00:00+01:00');
    const asked = await ekeroOfficer.post(`/recipients/${c.recipient.ekero}/extension-requests`, { requestedDate: '2013-12-19', reason: 'Kommunfullmäktige sammanträder i december.' });
    expect(asked.status).toBe(201);
    expect((await ksl.post(`/extension-requests/${asked.body.extensionRequestId}/grant`, { comment: 'Beviljas.' })).body.deadline).toBe('2013-12-19');
    app.clock.set('2013-11-25T17:00:00+01:00');
    const ks = await ekeroSecretary.post(`/recipients/${c.recipient.ekero}/decisions`, { bodyKind: 'board', bodyName: 'Kommunstyrelsen', meetingDate: '2013-11-25', paragraph: '§ 201', outcome: 'other', text: 'Kommunstyrelsen föreslår kommunfullmäktige att anta överenskommelsen.', justeringDate: '2013-11-25' });
    expect(ks.body).toMatchObject({ final: false, state: 'inProgress' });
    app.clock.set('2013-12-18T15:00:00+01:00');
    const extract = await uploadExtract(ekeroSecretary, 'Protokollsutdrag Kommunfullmäktige 2013-12-16 § 95');
    const kf = await ekeroSecretary.post(`/recipients/${c.recipient.ekero}/decisions`, { bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-12-16', paragraph: '§ 95', outcome: 'adopt', text: 'Kommunfullmäktige beslutar att anta överenskommelsen.', justeringDate: '2013-12-18', documentId: extract });
    expect(kf.status).toBe(201);
    expect(kf.body).toMatchObject({ final: true, state: 'decided', noticePostedDate: '2013-12-18', appealWindowCloses: '2014-01-08' });
    const pending: Array<{ n: number }> = await app.ds.query(`SELECT count(*)::int AS n FROM reminders WHERE recipient_id = $1 AND status = 'pending'`, [c.recipient.ekero]);
    expect(pending[0].n).toBe(0);
  });

  it('dispatches to registrator@ksl.se and Socialkontoret with the protokollsutdrag attached, once, registered on both sides', async () => {
    const sent = await ekeroSecretary.post(`/recipients/${c.recipient.ekero}/dispatch`, { addresses: ['socialkontoret@ekero.example.se'], theirRegistryNumber: 'KS13/250-133' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ to: ['registrator@ksl.se', 'socialkontoret@ekero.example.se'], senderRegistryNumber: 'KS13/250-133', state: 'dispatched' });
    const [mail] = await app.ctx.smtp.waitFor(1, (m) => m.parsed.subject?.startsWith('Expediering') ?? false);
    expect(mail.envelopeTo.sort()).toEqual(['registrator@ksl.se', 'socialkontoret@ekero.example.se']);
    expect(mail.parsed.subject).toContain('KS13/250-133');
    expect(mail.parsed.subject).toContain('KSL/12/0053');
    expect(mail.parsed.text).toContain('Kommunfullmäktige 2013-12-16 § 95');
    const attachment = mail.parsed.attachments.find((a) => a.contentType === 'application/pdf');
    expect(attachment?.filename).toBe('Protokollsutdrag Kommunfullmäktige 2013-12-16 § 95.pdf');
    expect(attachment?.content.toString('latin1')).toContain('Kommunfullm');
    const entries = await app.ds.query(
      `SELECT o.slug, e.direction, e.number, e.external_number FROM registry_entries e JOIN organisations o ON o.id = e.organisation_id WHERE e.subject LIKE '%eslut%' ORDER BY o.slug`,
    );
    expect(entries).toEqual([
      { slug: 'ekero', direction: 'out', number: 'KS13/250-133', external_number: 'KSL/12/0053' },
      { slug: 'ksl', direction: 'in', number: sent.body.receiverRegistryNumber, external_number: 'KS13/250-133' },
    ]);
    // A retried job sends nothing more: the mail log's dedupe key is the job id.
    await waitForRow(app.ds, `SELECT 1 FROM mail_log WHERE dedupe_key = $1 AND status = 'sent'`, [jobId('mail', 'decision-dispatched', c.recipient.ekero)]);
    const retry = await app.worker!.get(SendMailUseCase).execute(jobId('mail', 'decision-dispatched', c.recipient.ekero), { template: 'decision-dispatched', recipientId: c.recipient.ekero, caseId: c.caseId });
    expect(retry.status).toBe('skipped');
    expect((await ekeroSecretary.post(`/recipients/${c.recipient.ekero}/dispatch`, {})).status).toBe(409);
    // what the system recorded: the refused dispatch queued nothing, the one job ran once, one mail handed over
    const dispatchJob = jobId('mail', 'decision-dispatched', c.recipient.ekero);
    expect(await app.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE job_id = $1`, [dispatchJob])).toEqual([{ n: 1 }]);
    expect(await app.ds.query(`SELECT status, attempts FROM mail_log WHERE dedupe_key = $1`, [dispatchJob])).toEqual([{ status: 'sent', attempts: 1 }]);
    expect(app.ctx.smtp.received.filter((m) => m.parsed.subject?.startsWith('Expediering'))).toHaveLength(1);
  });

  it('lets only KSL register the receipt, under the number the dispatch registered, once; that ends the round for Ekerö', async () => {
    expect((await ekeroSecretary.post(`/recipients/${c.recipient.ekero}/receipt`, {})).status).toBe(404);
    expect((await ksl.post(`/recipients/${c.recipient.ekero}/receipt`, { registryNumber: '<script>' })).body.issues[0].field).toBe('registryNumber');
    const [{ receiver_registry_number: registered }] = await app.ds.query(`SELECT receiver_registry_number FROM decision_dispatches WHERE recipient_id = $1`, [c.recipient.ekero]);
    expect(registered).toMatch(/^KSL\/12\/0053-\d+$/); // a document of KSL's case, under the case's number
    // A second number for the same decision is refused: the registry holds each document once.
    const second = await ksl.post(`/recipients/${c.recipient.ekero}/receipt`, { registryNumber: 'KSL/13/0412' });
    expect({ status: second.status, code: second.body.code, field: second.body.issues?.[0]?.field }).toEqual({ status: 400, code: 'REGISTRY.ALREADY_REGISTERED', field: 'registryNumber' });
    const received = await ksl.post(`/recipients/${c.recipient.ekero}/receipt`, {});
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({ registryNumber: registered, state: 'received' });
    expect((await ksl.post(`/recipients/${c.recipient.ekero}/receipt`, {})).status).toBe(409);
    const kslEntries = await app.ds.query(
      `SELECT e.number FROM registry_entries e JOIN organisations o ON o.id = e.organisation_id WHERE o.slug = 'ksl' AND e.direction = 'in' AND e.subject LIKE '%eslut%'`,
    );
    expect(kslEntries).toEqual([{ number: registered }]);
    const [receipt] = await app.ctx.smtp.waitFor(1, (m) => m.parsed.subject?.startsWith('Mottagningsbevis: beslut') ?? false);
    expect(receipt.envelopeTo).toContain('namndsekreterare@ekero.example.se');
    expect(receipt.parsed.text).toContain(registered);
    const chain = await ekeroSecretary.get(`/recipients/${c.recipient.ekero}/decisions`);
    expect(chain.body).toMatchObject({ state: 'received', finalDecision: { bodyName: 'Kommunfullmäktige', paragraph: '§ 95' }, dispatch: { receiptRegistryNumber: registered } });
    const events = (await ksl.get(`/cases/${c.caseId}`)).body.events.map((e: { event: string }) => e.event);
    expect(events).toEqual(expect.arrayContaining(['REGISTER_PREPARATION', 'REGISTER_DECISION', 'CORRECT_INTERIM_DECISION', 'DISPATCH', 'REGISTER_RECEIPT']));
  });

  it('takes a board decision under delegation as final (Tyresö, KS only) and a final decision not to join (Danderyd)', async () => {
    const tyreso = await tyresoSecretary.post(`/recipients/${c.recipient.tyreso}/decisions`, { bodyKind: 'board', bodyName: 'Kommunstyrelsen', meetingDate: '2013-10-14', paragraph: '§ 148', outcome: 'adopt', text: 'Kommunstyrelsen antar överenskommelsen på delegation.', justeringDate: '2013-10-17', final: true });
    expect(tyreso.body).toMatchObject({ final: true, state: 'decided', appealWindowCloses: '2013-11-07' });
    const danderyd = await (await app.as('namndsekreterare@danderyd.example.se')).post(`/recipients/${c.recipient.danderyd}/decisions`, { bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-11-11', paragraph: '§ 77', outcome: 'notAdopt', text: 'Kommunfullmäktige beslutar att inte anta överenskommelsen.', immediate: true });
    expect(danderyd.body).toMatchObject({ final: true, outcome: 'notAdopt', state: 'decided' });
    const noExtract = await tyresoSecretary.post(`/recipients/${c.recipient.tyreso}/dispatch`, {});
    expect(noExtract.status).toBe(409);
    expect(noExtract.body.code).toBe('DISPATCH.NO_MINUTES_EXTRACT');
    const extract = await uploadExtract(tyresoSecretary, 'Protokollsutdrag KS 2013-10-14 § 148');
    const fixed = await tyresoSecretary.post(`/decisions/${tyreso.body.id}/corrections`, { documentId: extract, reason: 'Protokollsutdraget bifogas.' });
    expect(fixed.body).toMatchObject({ version: 2, documentId: extract, state: 'decided' });
    expect((await tyresoSecretary.post(`/recipients/${c.recipient.tyreso}/dispatch`, {})).body.state).toBe('dispatched');
  });
});
