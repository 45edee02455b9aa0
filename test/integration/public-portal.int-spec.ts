import { XMLParser } from 'fast-xml-parser';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';
import { uploadExtract } from './support/recommendation-case';

/**
 * What the public portal shows and what it never shows: a matrix of document kinds (draft, remiss document,
 * answer document, internal answer document, decision extract, adjusted proposal) × states (draft case, sent
 * round, unsent proposal, answer received, internal answer before and after it is attached, decision registered
 * and dispatched) × secrecy (marked in whole, in part, unmarked); the feed, the diarium's masking, the caching.
 */
jest.setTimeout(120_000);

describe('public portal: what is and is not public', () => {
  let app: TestApp;
  let anon: ApiClient;
  let ksl: ApiClient;
  const ids: Record<string, string> = {};
  const userIds: string[] = [];

  const upload = async (client: ApiClient, kind: string, title: string) => {
    const r = await client.upload({ name: `${title}.pdf`, type: 'application/pdf', content: pdf(title) }, { kind, title });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const ok = async (p: Promise<{ status: number; body: any }>, status = 200) => {
    const r = await p;
    if (r.status !== status) throw new Error(`väntade ${status}, fick ${r.status}: ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const publicCase = () => ok(anon.get(`/public/organisations/ksl/cases/${ids.case}`));
  const download = async (id: string) => (await anon.get(`/public/documents/${id}/content`)).status;
  const everythingPublic = async () => {
    const texts = [
      JSON.stringify(await ok(anon.get('/public/organisations'))),
      JSON.stringify(await ok(anon.get('/public/organisations/ksl/cases'))),
      JSON.stringify(await publicCase()),
      JSON.stringify(await ok(anon.get('/public/organisations/ksl/registry?limit=200'))),
      JSON.stringify(await ok(anon.get('/public/organisations/ekero/registry?limit=200'))),
      (await anon.get('/offentligt/ksl')).body as string,
      (await anon.get(`/offentligt/ksl/remisser/${ids.case}`)).body as string,
      (await anon.get('/offentligt/ksl/diarium')).body as string,
      (await anon.get('/offentligt/ksl/flode.atom')).body as string,
    ];
    return texts.join('\n');
  };

  beforeAll(async () => {
    // every request here must see the latest data: no page cache (its own describe below tests it)
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00', env: { PUBLIC_MAX_REQUESTS_PER_ADDRESS: '100000', PUBLIC_CACHE_SECONDS: '0' } });
    anon = app.anonymous();
    ksl = await app.as('kansli@ksl.se');
    for (const row of await app.ds.query(`SELECT id FROM users`)) userIds.push(row.id);
    const org = async (slug: string) => (ids[slug] = await app.organisationId(slug));
    await Promise.all(['ekero', 'botkyrka', 'tyreso'].map(org));

    // a case still being drafted: nothing of it is public
    ids.draftCase = (await ok(ksl.post('/cases', { title: 'Hemligt utkastärende' }), 201)).id;
    await ok(ksl.post(`/cases/${ids.draftCase}/start-drafting`));
    ids.draftOfDraftCase = await upload(ksl, 'draft', 'Utkast i ärende under beredning');
    await ok(ksl.post(`/cases/${ids.draftCase}/drafts`, { documentId: ids.draftOfDraftCase }));

    // the case sent on remiss
    ids.case = (await ok(ksl.post('/cases', { title: 'Överenskommelse om nyanlända', registryNumber: 'KSL/12/0053' }), 201)).id;
    await ok(ksl.post(`/cases/${ids.case}/start-drafting`));
    ids.draft = await upload(ksl, 'draft', 'Arbetsutkast 1');
    await ok(ksl.post(`/cases/${ids.case}/drafts`, { documentId: ids.draft }));
    ids.remissDoc = await upload(ksl, 'remiss', 'Remissversion');
    await ok(ksl.post(`/cases/${ids.case}/rounds`, { deadline: '2013-04-30', organisationIds: [ids.ekero, ids.botkyrka, ids.tyreso], documentId: ids.remissDoc }), 201);
    const view = await ok(ksl.get(`/cases/${ids.case}`));
    for (const row of view.matrix) ids[`r-${row.organisationId}`] = row.recipientId;
  });
  afterAll(() => app?.close());

  const recipientOf = (slug: string) => ids[`r-${ids[slug]}`];

  it('never shows a draft case, and shows the sent case with its remiss document but not its drafts', async () => {
    const list = await ok(anon.get('/public/organisations/ksl/cases'));
    expect(list.items.map((c: { title: string }) => c.title)).toEqual(['Överenskommelse om nyanlända']);
    expect((await anon.get(`/public/organisations/ksl/cases/${ids.draftCase}`)).status).toBe(404);
    expect((await anon.get(`/offentligt/ksl/remisser/${ids.draftCase}`)).status).toBe(404);
    const c = await publicCase();
    expect(c).toMatchObject({ title: 'Överenskommelse om nyanlända', registryNumber: 'KSL/12/0053', sender: { slug: 'ksl' }, status: 'Pågår', recipients: 3, answers: 0 });
    // The head of the case's hash-chained log is published: the same value the chain has now.
    const [{ log_head: head }] = await app.ds.query(`SELECT log_head FROM cases WHERE id = $1`, [ids.case]);
    expect(c.logHead).toMatch(/^[0-9a-f]{64}$/);
    expect(c.logHead).toBe(head);
    expect((await anon.get(`/offentligt/ksl/remisser/${ids.case}`)).body as string).toContain(head);
    expect(c.rounds).toHaveLength(1);
    expect(c.rounds[0].documents.map((d: { id: string }) => d.id)).toEqual([ids.remissDoc]);
    expect(c.rounds[0].recipients.map((r: { organisation: string; status: string }) => [r.organisation, r.status])).toEqual([
      ['Botkyrka kommun', 'Skickad'],
      ['Ekerö kommun', 'Skickad'],
      ['Tyresö kommun', 'Skickad'],
    ]);
    expect(await download(ids.remissDoc)).toBe(200);
    expect(await download(ids.draft)).toBe(404);
    expect(await download(ids.draftOfDraftCase)).toBe(404);
    const text = await everythingPublic();
    expect(text).not.toContain('Arbetsutkast');
    expect(text).not.toContain(ids.draft);
    expect(text).not.toContain(ids.draftOfDraftCase);
    expect(text).not.toContain(ids.draftCase);
  });

  it('shows a received answer with its text and document, and an internal answer only once it is attached', async () => {
    app.clock.set('2013-03-01T09:00:00+01:00');
    const ekeroKansli = await app.as('kansli@ekero.example.se');
    const committee = await ok(
      ekeroKansli.post('/organisations', { name: 'Socialnämnden, Ekerö kommun', slug: 'ekero-sn', kind: 'committee', registryPrefix: 'SN', registryEmail: 'sn@ekero.example.se', parentId: ids.ekero }),
      201,
    );
    await ok(ekeroKansli.post('/users', { name: 'Handläggare SN', email: 'handlaggare@sn.ekero.example.se', role: 'officer', organisationId: committee.id }), 201);
    const inner = (await ok(ekeroKansli.post('/cases', { title: 'Intern remiss: nyanlända', parentRecipientId: recipientOf('ekero') }), 201)).id;
    await ok(ekeroKansli.post(`/cases/${inner}/start-drafting`));
    await ok(ekeroKansli.post(`/cases/${inner}/drafts`, { documentId: await upload(ekeroKansli, 'draft', 'Intern remiss') }));
    await ok(ekeroKansli.post(`/cases/${inner}/rounds`, { deadline: '2013-04-05', organisationIds: [committee.id] }), 201);
    const innerView = await ok(ekeroKansli.get(`/cases/${inner}`));
    const sn = await app.as('handlaggare@sn.ekero.example.se');
    ids.innerDoc = await upload(sn, 'answer', 'Nämndens yttrande');
    const innerAnswer = await ok(sn.post(`/recipients/${innerView.matrix[0].recipientId}/answer`, { position: 'tillstyrker', text: 'Nämnden tillstyrker internt.', documentIds: [ids.innerDoc] }), 201);
    // an internal remiss and its answer are working material: not public
    expect((await anon.get(`/public/organisations/ekero/cases/${inner}`)).status).toBe(404);
    expect(await download(ids.innerDoc)).toBe(404);
    expect(await everythingPublic()).not.toContain('Nämnden tillstyrker internt');

    const officer = await app.as('handlaggare@ekero.example.se');
    ids.answerDoc = await upload(officer, 'answer', 'Ekerös remissvar');
    await ok(officer.post(`/recipients/${recipientOf('ekero')}/answer`, { position: 'synpunkter', text: 'Ekerö har synpunkter på § 4.', documentIds: [ids.answerDoc], innerAnswerIds: [innerAnswer.answerId] }), 201);

    const c = await publicCase();
    const ekero = c.rounds[0].recipients.find((r: { organisation: string }) => r.organisation === 'Ekerö kommun');
    expect(ekero.status).toBe('Besvarad');
    expect(ekero.answer).toMatchObject({ positionLabel: 'Synpunkter', text: 'Ekerö har synpunkter på § 4.', receivedDate: '2013-03-01', secrecy: null });
    expect(ekero.answer.registryNumber).toMatch(/^KSL\//);
    expect(ekero.answer.documents.map((d: { id: string; url: string }) => [d.id, d.url])).toEqual([[ids.answerDoc, `/public/documents/${ids.answerDoc}/content`]]);
    expect(ekero.answer.innerAnswers).toEqual([expect.objectContaining({ organisation: 'Socialnämnden, Ekerö kommun', text: 'Nämnden tillstyrker internt.' })]);
    expect(await download(ids.answerDoc)).toBe(200);
    expect(await download(ids.innerDoc)).toBe(200);
    expect(c.answers).toBe(1);
  });

  it('marks an answer secret: exists, number and date shown, "Sekretessmarkerad enligt …" instead of content; unmarking restores it; both logged', async () => {
    const marked = await ok(ksl.post(`/recipients/${recipientOf('ekero')}/answer/secrecy`, { extent: 'whole', legalGround: 'OSL 21 kap. 7 §', reason: 'Uppgifter om enskilda' }), 201);
    expect(marked).toMatchObject({ targetKind: 'answer', legalGround: 'OSL 21 kap. 7 §', markedBy: expect.any(String), unmarkedAt: null });
    expect((await ksl.post(`/recipients/${recipientOf('ekero')}/answer/secrecy`, { extent: 'whole', legalGround: 'OSL 21 kap. 7 §', reason: 'igen' })).status).toBe(409);

    const ekero = (await publicCase()).rounds[0].recipients.find((r: { organisation: string }) => r.organisation === 'Ekerö kommun');
    expect(ekero.answer).toMatchObject({ text: null, position: null, positionLabel: null, receivedDate: '2013-03-01', secrecy: { notice: 'Sekretessmarkerad enligt OSL 21 kap. 7 §' } });
    expect(ekero.answer.registryNumber).toMatch(/^KSL\//);
    expect(ekero.answer.documents[0]).toMatchObject({ id: ids.answerDoc, title: 'Ekerös remissvar', url: null, secrecy: { legalGround: 'OSL 21 kap. 7 §' } });
    expect(await download(ids.answerDoc)).toBe(403);
    const page = (await anon.get(`/offentligt/ksl/remisser/${ids.case}`)).body as string;
    expect(page).toContain('Sekretessmarkerad enligt OSL 21 kap. 7 §');
    const everything = await everythingPublic();
    expect(everything).not.toContain('Ekerö har synpunkter på § 4.');
    // the diarium of both sides masks the answer's subject
    const kslDiarium = await ok(anon.get('/public/organisations/ksl/registry'));
    const answerEntry = kslDiarium.items.find((e: { counterpart: string; direction: string }) => e.direction === 'in' && e.counterpart === 'Ekerö kommun');
    expect(answerEntry).toMatchObject({ subject: 'Sekretessmarkerad enligt OSL 21 kap. 7 §', secrecy: { legalGround: 'OSL 21 kap. 7 §' } });
    const ekeroDiarium = await ok(anon.get('/public/organisations/ekero/registry'));
    expect(ekeroDiarium.items.filter((e: { secrecy: unknown }) => e.secrecy)).toHaveLength(1);
    // the feed says an answer came, not what it says
    const feed = (await anon.get('/offentligt/ksl/flode.atom')).body as string;
    expect(feed).toContain('Remissvar från Ekerö kommun');
    expect(feed).toContain('sekretessmarkerad enligt OSL 21 kap. 7 §');
    expect(feed).not.toContain('Synpunkter');

    await ok(ksl.post(`/recipients/${recipientOf('ekero')}/answer/secrecy/unmark`, { reason: 'Prövat: offentligt' }));
    const again = (await publicCase()).rounds[0].recipients.find((r: { organisation: string }) => r.organisation === 'Ekerö kommun');
    expect(again.answer).toMatchObject({ text: 'Ekerö har synpunkter på § 4.', secrecy: null });
    expect(await download(ids.answerDoc)).toBe(200);
    const events = await app.ds.query(`SELECT event, payload FROM event_log WHERE case_id = $1 AND event LIKE 'SECRECY_%' ORDER BY id`, [ids.case]);
    expect(events.map((e: { event: string }) => e.event)).toEqual(['SECRECY_MARKED', 'SECRECY_UNMARKED']);
    expect(events[0].payload).toMatchObject({ targetKind: 'answer', legalGround: 'OSL 21 kap. 7 §' });
    const markings = await ok(ksl.get(`/cases/${ids.case}/secrecy-markings`));
    expect(markings).toEqual([expect.objectContaining({ unmarkReason: 'Prövat: offentligt', unmarkedBy: expect.any(String) })]);
  });

  it('marks the remiss document secret in part: listed with the notice, download 403, diarium shows the masked subject', async () => {
    await ok(ksl.post(`/documents/${ids.remissDoc}/secrecy`, { extent: 'part', legalGround: 'OSL 19 kap. 1 §', reason: 'Affärsförhållanden', maskedSubject: 'Remiss: överenskommelse (delvis maskerad)' }), 201);
    const doc = (await publicCase()).rounds[0].documents[0];
    expect(doc).toMatchObject({ id: ids.remissDoc, title: 'Remissversion', url: null, secrecy: { extent: 'part', notice: 'Delvis sekretessmarkerad enligt OSL 19 kap. 1 §' } });
    const refused = await anon.get(`/public/documents/${ids.remissDoc}/content`);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('sekretessmarkerad');
    const entry = (await ok(anon.get('/public/organisations/ksl/registry'))).items.find((e: { direction: string; counterpart: string }) => e.direction === 'out' && e.counterpart === '3 mottagare');
    expect(entry.subject).toBe('Remiss: överenskommelse (delvis maskerad) (delvis sekretessmarkerad enligt OSL 19 kap. 1 §)');
    // the recipients' receipts of the round in their own diaria are masked the same way
    const receipt = (await ok(anon.get('/public/organisations/tyreso/registry'))).items.find((e: { direction: string }) => e.direction === 'in');
    expect(receipt.subject).toBe('Remiss: överenskommelse (delvis maskerad) (delvis sekretessmarkerad enligt OSL 19 kap. 1 §)');
    // the masked subject is not searchable by its hidden words
    const search = await ok(anon.get(`/public/organisations/ksl/registry?q=${encodeURIComponent('Överenskommelse om nyanlända')}`));
    expect(search.items.some((e: { number: string }) => e.number === entry.number)).toBe(false);
  });

  it('lets only the secretariat of the case owner mark: 403 for an officer, 404 (logged) for another organisation, 400 naming the field', async () => {
    const body = { extent: 'whole', legalGround: 'OSL 21 kap. 7 §', reason: 'x' };
    expect((await (await app.as('handlaggare@ekero.example.se')).post(`/documents/${ids.answerDoc}/secrecy`, body)).status).toBe(403);
    expect((await (await app.as('kansli@ekero.example.se')).post(`/documents/${ids.answerDoc}/secrecy`, body)).status).toBe(404);
    expect((await (await app.as('kansli@botkyrka.example.se')).post(`/recipients/${recipientOf('ekero')}/answer/secrecy`, body)).status).toBe(404);
    const bad = await ksl.post(`/documents/${ids.answerDoc}/secrecy`, { ...body, legalGround: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field)).toEqual(['legalGround']);
    expect((await ksl.post(`/recipients/${recipientOf('botkyrka')}/answer/secrecy`, body)).status).toBe(409);
    await ok(ksl.post(`/documents/${ids.answerDoc}/secrecy/unmark`, { reason: 'x' }), 409);
    expect((await anon.post(`/documents/${ids.answerDoc}/secrecy`, body)).status).toBe(401);
  });

  it('shows a decision only once dispatched, with its extract; the adjusted proposal stays unpublished until sent', async () => {
    app.clock.set('2013-05-06T09:00:00+02:00');
    await ok(ksl.post(`/cases/${ids.case}/rounds/close`, { roundId: (await ok(ksl.get(`/cases/${ids.case}`))).rounds[0].id }));
    ids.adjusted = await upload(ksl, 'adjusted', 'Justerat förslag');
    await ok(ksl.post(`/cases/${ids.case}/adjusted-proposal`, { documentId: ids.adjusted }));
    await ok(ksl.post(`/cases/${ids.case}/ready`));
    expect(await download(ids.adjusted)).toBe(404);
    app.clock.set('2013-06-05T09:00:00+02:00');
    await ok(ksl.post(`/cases/${ids.case}/recommendations`, { deadline: '2013-11-15', organisationIds: [ids.ekero], documentId: ids.adjusted }), 201);
    expect(await download(ids.adjusted)).toBe(200);
    const view = await ok(ksl.get(`/cases/${ids.case}`));
    const rec = view.matrix.find((r: { roundId: string }) => r.roundId === view.rounds[1].id).recipientId;
    const secretary = await app.as('namndsekreterare@ekero.example.se');
    app.clock.set('2013-09-25T16:00:00+02:00');
    ids.extract = await uploadExtract(secretary, 'Protokollsutdrag KF 2013-09-25 § 12');
    await ok(
      secretary.post(`/recipients/${rec}/decisions`, { bodyKind: 'council', bodyName: 'Kommunfullmäktige i Ekerö', meetingDate: '2013-09-25', paragraph: '12', outcome: 'adopt', text: 'Fullmäktige antar överenskommelsen.', immediate: true, documentId: ids.extract }),
      201,
    );
    let round = (await publicCase()).rounds[1];
    expect(round.recipients[0]).toMatchObject({ organisation: 'Ekerö kommun', decision: null });
    expect(await download(ids.extract)).toBe(404);
    expect(await everythingPublic()).not.toContain('Fullmäktige antar');
    await ok(secretary.post(`/recipients/${rec}/dispatch`, {}), 201);
    round = (await publicCase()).rounds[1];
    expect(round.recipients[0].status).toBe('Expedierad');
    expect(round.recipients[0].decision).toMatchObject({ body: 'Kommunfullmäktige i Ekerö', meetingDate: '2013-09-25', paragraph: '§ 12', outcomeLabel: 'Antar', text: 'Fullmäktige antar överenskommelsen.', dispatchedDate: '2013-09-25' });
    expect(round.recipients[0].decision.document).toMatchObject({ id: ids.extract, url: `/public/documents/${ids.extract}/content` });
    expect(await download(ids.extract)).toBe(200);
  });

  it('shows no e-mail address and no user id anywhere', async () => {
    const text = await everythingPublic();
    expect(text).not.toMatch(/[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/);
    for (const id of userIds) expect(text).not.toContain(id);
  });

  it('searches by title, registry number, recipient and date', async () => {
    const titles = async (query: string) => (await ok(anon.get(`/public/organisations/ksl/cases?${query}`))).items.map((c: { title: string }) => c.title);
    const found = ['Överenskommelse om nyanlända'];
    expect(await titles('q=nyanl')).toEqual(found);
    expect(await titles('q=skola')).toEqual([]);
    expect(await titles('registryNumber=KSL%2F12')).toEqual(found);
    expect(await titles('recipient=Tyres')).toEqual(found);
    expect(await titles('recipient=Danderyd')).toEqual([]);
    expect(await titles('from=2013-02-01&to=2013-02-01')).toEqual(found);
    expect(await titles('from=2013-02-02')).toEqual([]);
    const bad = await anon.get('/public/organisations/ksl/cases?from=2013-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].field).toBe('from');
    expect((await anon.get('/public/organisations/finns-inte/cases')).status).toBe(404);
    const html = (await anon.get('/offentligt/ksl?recipient=Tyres')).body as string;
    expect(html).toContain(`/offentligt/ksl/remisser/${ids.case}`);
  });

  it('pages the diarium by keyset and serves every page cacheably with an ETag and 304', async () => {
    const all = await ok(anon.get('/public/organisations/ksl/registry?limit=200'));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ number: string }>; nextCursor: string | null } = await ok(anon.get(`/public/organisations/ksl/registry?limit=2${cursor ? `&cursor=${cursor}` : ''}`));
      seen.push(...page.items.map((e) => e.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e: { number: string }) => e.number));
    expect(new Set(seen).size).toBe(seen.length);
    for (const path of ['/offentligt', '/offentligt/ksl', `/offentligt/ksl/remisser/${ids.case}`, '/offentligt/ksl/diarium', '/offentligt/ksl/flode.atom', '/public/organisations/ksl/registry', `/public/documents/${ids.answerDoc}/content`]) {
      const first = await anon.get(path);
      if (first.status !== 200) throw new Error(`${path}: ${first.status} ${JSON.stringify(first.body)}`);
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      const etag = first.headers.get('etag')!;
      expect(etag).toBeTruthy();
      expect((await anon.request('GET', path, undefined, { 'if-none-match': etag })).status).toBe(304);
    }
  });

  it('publishes an Atom feed of new remisses and answers', async () => {
    const response = await anon.get('/offentligt/ksl/flode.atom');
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(response.body as string).feed;
    const entries = [feed.entry].flat();
    const titles = entries.map((e: { title: unknown }) => String(typeof e.title === 'object' ? (e.title as { '#text': string })['#text'] : e.title));
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('Ny remiss'), expect.stringContaining('Remissvar från Ekerö kommun')]));
    expect(titles.some((t: string) => t.includes('Intern remiss'))).toBe(false);
    expect((await anon.get('/offentligt/finns-inte/flode.atom')).status).toBe(404);
  });
});

describe('public page cache', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00', env: { PUBLIC_CACHE_SECONDS: '600', PUBLIC_MAX_REQUESTS_PER_ADDRESS: '3', PUBLIC_WINDOW_SECONDS: '600' } });
  });
  afterAll(() => app?.close());

  it('serves a rendered page from memory until a secrecy marking clears it, and still throttles', async () => {
    const ksl = await app.as('kansli@ksl.se');
    const caseId = (await ksl.post('/cases', { title: 'Cachad remiss' })).body.id;
    await ksl.post(`/cases/${caseId}/start-drafting`);
    const draft = (await ksl.upload({ name: 'u.pdf', type: 'application/pdf', content: pdf('u') }, { kind: 'draft', title: 'Utkast' })).body.id;
    expect((await ksl.post(`/cases/${caseId}/drafts`, { documentId: draft })).status).toBe(200);
    const doc = (await ksl.upload({ name: 'r.pdf', type: 'application/pdf', content: pdf('r') }, { kind: 'remiss', title: 'Remissen' })).body.id;
    expect((await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-04-30', organisationIds: [await app.organisationId('ekero')], documentId: doc })).status).toBe(201);
    const anon = app.anonymous();
    const path = `/offentligt/ksl/remisser/${caseId}`;
    const first = await anon.get(path);
    expect(first.body).toContain('Cachad remiss');
    await app.ds.query(`UPDATE cases SET title = 'Ny rubrik' WHERE id = $1`, [caseId]);
    const second = await anon.get(path);
    expect(second.body).toBe(first.body);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect((await ksl.post(`/documents/${doc}/secrecy`, { extent: 'whole', legalGround: 'OSL 21 kap. 7 §', reason: 'prov' })).status).toBe(201);
    const third = await anon.get(path);
    expect(third.body).toContain('Ny rubrik');
    expect(third.body).toContain('Sekretessmarkerad enligt OSL 21 kap. 7 §');
    const limited = await anon.get(path);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.body.code).toBe('AUTH.RATE_LIMITED');
  });
});
