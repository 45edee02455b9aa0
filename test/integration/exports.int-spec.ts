import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { signToken } from '@remiss/api';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';
import { caseOnRecommendation, RecommendationCase, uploadExtract } from './support/recommendation-case';

jest.setTimeout(60_000);

/** The text of each paragraph of word/document.xml, in order. */
function docxParagraphs(file: Buffer): string[] {
  const zip = unzipSync(new Uint8Array(file));
  const xml = strFromU8(zip['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
}

function parseFeed(text: string): Array<{ uid: string; summary: string; start: string; allDay: boolean }> {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), allDay: e.startDate.isDate };
  });
}

describe('the DOCX compilation and the .ics feed', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let c: RecommendationCase;

  const raw = async (email: string, path: string) => {
    const [{ id }] = await app.ds.query(`SELECT id FROM users WHERE email = $1`, [email]);
    const response = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${signToken(app.config, id)}` } });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    app = await startTestApp();
    ksl = await app.as('kansli@ksl.se');
    c = await caseOnRecommendation(app, ksl, ['ekero', 'tyreso', 'danderyd'], {
      ekero: { position: 'synpunkter', text: 'Ekerö kommun ställer sig bakom förslaget men har språkliga och redaktionella synpunkter på handlingsplanen.' },
      tyreso: { position: 'tillstyrker', text: 'Tyresö kommun tillstyrker förslaget.' },
    });
    app.clock.set('2013-11-05T10:00:00+01:00');
    const ekeroOfficer = await app.as('handlaggare@ekero.example.se');
    const asked = await ekeroOfficer.post(`/recipients/${c.recipient.ekero}/extension-requests`, { requestedDate: '2013-12-19', reason: 'KF sammanträder i december.' });
    await ksl.post(`/extension-requests/${asked.body.extensionRequestId}/grant`, {});
    const tyreso = await app.as('namndsekreterare@tyreso.example.se');
    const documentId = await uploadExtract(tyreso, 'Protokollsutdrag KS § 148');
    await tyreso.post(`/recipients/${c.recipient.tyreso}/decisions`, { bodyKind: 'board', bodyName: 'Kommunstyrelsen', meetingDate: '2013-10-14', paragraph: '§ 148', outcome: 'adopt', text: 'Antar.', immediate: true, final: true, documentId });
    const ekero = await app.as('namndsekreterare@ekero.example.se');
    await ekero.post(`/recipients/${c.recipient.ekero}/decisions`, { bodyKind: 'committee', bodyName: 'Socialnämnden', meetingDate: '2013-09-25', paragraph: '§ 130', outcome: 'answer', text: 'Föreslår antagande.', immediate: true });
  });
  afterAll(() => app?.close());

  it('generates the compilation for the board as DOCX that opens and says what happened', async () => {
    const file = await raw('kansli@ksl.se', `/cases/${c.caseId}/compilation.docx`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('wordprocessingml');
    expect(file.body.subarray(0, 2).toString()).toBe('PK');
    const text = docxParagraphs(file.body);
    expect(text[0]).toBe('Sammanställning: Överenskommelse om samverkan mellan kommuner i Stockholms län gällande nyanlända');
    expect(text.join('\n')).toContain('diarienummer KSL/12/0053');
    expect(text).toContain('Omgång 1: Remiss – Remiss: Överenskommelse om samverkan mellan kommuner i Stockholms län gällande nyanlända');
    expect(text.some((t) => t.startsWith('Omgång 2: Rekommendation'))).toBe(true);
    expect(text).toContain('Ekerö kommun ställer sig bakom förslaget men har språkliga och redaktionella synpunkter på handlingsplanen.');
    expect(text).toContain('Synpunkter');
    expect(text).toContain('Tillstyrker');
    expect(text).toContain('Beviljat till 2013-12-19 (från 2013-11-15)');
    expect(text).toContain('Socialnämnden 2013-09-25 § 130: Yttrande');
    expect(text).toContain('Kommunstyrelsen 2013-10-14 § 148: Antar (slutligt)');
    expect(text).toContain('Inget beslut registrerat');
    // each round's totals: answered, late, declined, no answer, by position or outcome
    expect(text).toContain('2 av 3 har svarat, varav 0 efter sista dag.');
    expect(text).toContain('Ställningstaganden: tillstyrker 1, avstyrker 0, inga synpunkter 0, synpunkter 1.');
    expect(text).toContain('1 av 3 har beslutat, varav 0 efter sista dag.');
    expect(text).toContain('Beslut: antar 1, antar inte 0, yttrande 0, annat beslut 0.');
    expect(text.some((t) => t.includes('1 parter, 0 har beslutat att inte anta, 2 utan slutligt beslut'))).toBe(true);
    // the head of the case's event-log hash chain, as GET /cases/:id shows it and the log's verification checks it
    const { logHead } = (await (await app.as('kansli@ksl.se')).get(`/cases/${c.caseId}`)).body;
    expect(logHead).toMatch(/^[0-9a-f]{64}$/);
    expect(text.some((t) => t.startsWith(`Loggens kontrollsumma: ${logHead} (SHA-256, ärendets händelselogg med `))).toBe(true);
    const docProps = strFromU8(unzipSync(new Uint8Array(file.body))['docProps/core.xml']);
    expect(docProps).toContain('Sammanställning KSL/12/0053');
  });

  it('shows the compilation only to the case organisation', async () => {
    expect((await raw('handlaggare@ekero.example.se', `/cases/${c.caseId}/compilation.docx`)).status).toBe(403);
    expect((await raw('handlaggare@nacka.example.se', `/cases/${c.caseId}/compilation.docx`)).status).toBe(404);
    expect((await raw('kansli@ksl.se', `/cases/not-a-case/compilation.docx`)).status).toBe(400);
  });

  it('gives each organisation a feed URL with its token; the feed lists its open deadlines', async () => {
    const danderyd = await app.as('handlaggare@danderyd.example.se');
    const { body } = await danderyd.get('/calendar/feed-url');
    expect(body.organisationId).toBe(await app.organisationId('danderyd'));
    const url = new URL(body.url);
    expect(url.pathname).toBe(`/calendar/${body.organisationId}.ics`);
    const feed = await app.anonymous().get(`${url.pathname}${url.search}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(parseFeed(feed.body)).toEqual([
      { uid: `recipient-${c.recipient.danderyd}@remiss`, summary: 'Sista dag för beslut: Överenskommelse om samverkan mellan kommuner i Stockholms län gällande nyanlända', start: '2013-11-15', allDay: true },
    ]);
  });

  it('moves Ekerö\'s entry with the extension, drops Tyresö\'s once decided and dispatched, and gives KSL its rounds', async () => {
    const feedOf = async (client: ApiClient) => {
      const url = new URL((await client.get('/calendar/feed-url')).body.url);
      return parseFeed((await app.anonymous().get(`${url.pathname}${url.search}`)).body);
    };
    expect((await feedOf(await app.as('handlaggare@ekero.example.se'))).map((e) => e.start)).toEqual(['2013-12-19']);
    const tyreso = await app.as('namndsekreterare@tyreso.example.se');
    expect(await feedOf(tyreso)).toHaveLength(1);
    expect((await tyreso.post(`/recipients/${c.recipient.tyreso}/dispatch`, {})).status).toBe(201);
    expect(await feedOf(tyreso)).toEqual([]);
    const kslFeed = await feedOf(ksl);
    expect(kslFeed.map((e) => [e.summary.split(':')[0], e.start])).toEqual([
      ['Sista dag för kommunernas beslut', '2013-11-15'],
      ['Årlig uppföljning', '2014-11-05'],
    ]);
  });

  it('refuses a feed without a valid token (404, logged), a malformed id (400, not logged) and a missing token (400)', async () => {
    const id = await app.organisationId('danderyd');
    const before = (await app.ds.query(`SELECT coalesce(sum(count), 0)::int AS n FROM access_denials`))[0].n;
    expect((await app.anonymous().get(`/calendar/${id}.ics?token=forged`)).status).toBe(404);
    expect((await app.anonymous().get(`/calendar/${await app.organisationId('ekero')}.ics?token=forged`)).status).toBe(404);
    expect((await app.anonymous().get(`/calendar/not-an-id.ics?token=x`)).status).toBe(400);
    const missing = await app.anonymous().get(`/calendar/${id}.ics`);
    expect(missing.status).toBe(400);
    expect(missing.body.issues[0].field).toBe('token');
    expect((await app.ds.query(`SELECT coalesce(sum(count), 0)::int AS n FROM access_denials`))[0].n).toBe(before + 2);
  });
});
