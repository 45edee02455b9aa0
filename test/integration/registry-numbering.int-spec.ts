import { openOwnRegistryCase, registerDocument } from '@remiss/application';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/**
 * The registry after Swedish practice: one format per organisation for its case numbers and their documents;
 * every document under its case's number with a running document number, drawn race-free in PostgreSQL, and
 * registered once however often it is asked for.
 */
describe('registry numbering: case numbers, document numbers, one registration per document', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let ekero: string;
  let botkyrka: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-03-10T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    ekero = await app.organisationId('ekero');
    botkyrka = await app.organisationId('botkyrka');
  });
  afterAll(() => app?.close());

  /** Drafting with one draft: ready to go on remiss. */
  const drafted = async (caseId: string) => {
    await ksl.post(`/cases/${caseId}/start-drafting`);
    const draft = await ksl.upload(
      { name: 'Utkast.pdf', type: 'application/pdf', content: pdf('utkast') },
      { kind: 'draft', title: 'Utkast' },
    );
    expect((await ksl.post(`/cases/${caseId}/drafts`, { documentId: draft.body.id })).status).toBe(200);
  };
  const number = async (org: string, subject: string) =>
    (
      await app.ds.query(
        `SELECT e.number FROM registry_entries e JOIN organisations o ON o.id = e.organisation_id WHERE o.slug = $1 AND e.subject = $2`,
        [org, subject],
      )
    ).map((r: { number: string }) => r.number);

  it('numbers cases in the organisation format and each document under its case, on both sides of a remiss', async () => {
    const given = await ksl.post('/cases', { title: 'Given', registryNumber: 'KSL/26/0900' });
    expect(given.body.registryNumber).toBe('KSL/26/0900');
    // the series moves past a number given in it, so it never hands it out again
    const created = await ksl.post('/cases', { title: 'Överenskommelse om nyanlända' });
    expect(created.status).toBe(201);
    expect(created.body.registryNumber).toBe('KSL/26/0901');
    const caseId = created.body.id;
    await drafted(caseId);
    const sent = await ksl.post(`/cases/${caseId}/rounds`, {
      deadline: '2026-09-30',
      organisationIds: [ekero, botkyrka],
      subject: 'Remiss: nyanlända',
    });
    expect({ status: sent.status, body: sent.status === 201 ? null : sent.body }).toEqual({ status: 201, body: null });
    expect(sent.body.registryNumber).toBe('KSL/26/0901-1');
    // each recipient opens a case of its own series for what it received; the remiss is its document 1
    const [ekeroIn] = await number('ekero', 'Remiss: nyanlända');
    const [botkyrkaIn] = await number('botkyrka', 'Remiss: nyanlända');
    expect(ekeroIn).toMatch(/^KS26\/\d+-1$/);
    expect(botkyrkaIn).toMatch(/^BOT\/26\/\d{4}-1$/);
    const view = await ksl.get(`/cases/${caseId}`);
    const ekeroRecipient = view.body.matrix.find(
      (r: { organisationId: string }) => r.organisationId === ekero,
    ).recipientId;
    const answered = await (
      await app.as('handlaggare@ekero.example.se')
    ).post(`/recipients/${ekeroRecipient}/answer`, { position: 'tillstyrker', text: 'Vi tillstyrker.' });
    expect(answered.status).toBe(201);
    const subject = 'Remissvar från Ekerö kommun: Överenskommelse om nyanlända';
    const rows = await app.ds.query(
      `SELECT o.slug, e.direction, e.number, e.external_number FROM registry_entries e JOIN organisations o ON o.id = e.organisation_id WHERE e.subject = $1 ORDER BY o.slug`,
      [subject],
    );
    const ekeroCase = ekeroIn.replace(/-1$/, '');
    expect(rows).toEqual([
      { slug: 'ekero', direction: 'out', number: `${ekeroCase}-2`, external_number: 'KSL/26/0901' },
      { slug: 'ksl', direction: 'in', number: 'KSL/26/0901-2', external_number: `${ekeroCase}-2` },
    ]);
    // A correction sent with Ekerö's own number for the first answer (the form keeps it): a document of its own.
    const officer = await app.as('handlaggare@ekero.example.se');
    const corrected = await officer.post(`/recipients/${ekeroRecipient}/answer/corrections`, {
      position: 'synpunkter',
      text: 'Rättat.',
      theirRegistryNumber: `${ekeroCase}-2`,
    });
    expect(corrected.status).toBe(201);
    expect(await number('ekero', 'Rättat remissvar från Ekerö kommun: Överenskommelse om nyanlända')).toEqual([
      `${ekeroCase}-3`,
    ]);
  });

  it('follows a changed format for new numbers and explains an unusable one', async () => {
    const kslId = await app.organisationId('ksl');
    const bad = await ksl.request('PUT', `/organisations/${kslId}/registry-format`, {
      caseNumberFormat: 'KSL/{yy}',
      documentNumberFormat: '{n}',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field)).toEqual([
      'caseNumberFormat',
      'documentNumberFormat',
    ]);
    expect(bad.body.issues[0].reason).toMatch(/löpnummer/);
    const ekeroSecretariat = await app.as('kansli@ekero.example.se');
    expect(
      (
        await ekeroSecretariat.request('PUT', `/organisations/${kslId}/registry-format`, {
          caseNumberFormat: 'X/{yy}/{n}',
          documentNumberFormat: '{case}-{n}',
        })
      ).status,
    ).toBe(403);
    try {
      const changed = await ksl.request('PUT', `/organisations/${kslId}/registry-format`, {
        caseNumberFormat: 'KSL {yyyy}:{nnn}',
        documentNumberFormat: '{case}.{nn}',
      });
      expect(changed.body).toMatchObject({ caseNumberFormat: 'KSL {yyyy}:{nnn}', documentNumberFormat: '{case}.{nn}' });
      const created = await ksl.post('/cases', { title: 'Nytt format' });
      expect(created.body.registryNumber).toBe('KSL 2026:902');
      await drafted(created.body.id);
      const sent = await ksl.post(`/cases/${created.body.id}/rounds`, {
        deadline: '2026-09-30',
        organisationIds: [ekero],
        subject: 'Remiss: nytt format',
      });
      expect(sent.body.registryNumber).toBe('KSL 2026:902.01');
    } finally {
      await ksl.request('PUT', `/organisations/${kslId}/registry-format`, {
        caseNumberFormat: 'KSL/{yy}/{nnnn}',
        documentNumberFormat: '{case}-{n}',
      });
    }
  });

  it('draws document and case numbers race-free and registers a document once however often it is asked', async () => {
    const kslId = await app.organisationId('ksl');
    const created = await ksl.post('/cases', { title: 'Samtidighet' });
    const caseId = created.body.id;
    const caseNumber = created.body.registryNumber;
    const at = new Date('2026-03-10T10:00:00+01:00');
    const register = (key: string) =>
      app.ds.transaction((m) =>
        registerDocument(m, {
          organisationId: kslId,
          caseId,
          key,
          direction: 'in',
          counterpart: 'Ekerö kommun',
          subject: `Samtidig ${key}`,
          registeredAt: at,
        }),
      );
    // 24 documents at once (the pool serves them on parallel connections): each a different number, no gaps
    const numbers = (await Promise.all(Array.from({ length: 24 }, (_, i) => register(`parallel:${i}`)))).map(
      (r) => r.number,
    );
    expect(new Set(numbers).size).toBe(24);
    expect([...numbers].sort((a, b) => Number(a.split('-').pop()) - Number(b.split('-').pop()))).toEqual(
      Array.from({ length: 24 }, (_, i) => `${caseNumber}-${i + 1}`),
    );
    // the same document asked for 12 times at once: one registration, one number for all
    const same = await Promise.all(Array.from({ length: 12 }, () => register('same-document')));
    expect(new Set(same.map((r) => r.number)).size).toBe(1);
    expect(same.filter((r) => r.created)).toHaveLength(1);
    expect(
      await app.ds.query(
        `SELECT count(*)::int AS n FROM registry_entries WHERE organisation_id = $1 AND document_key = 'same-document'`,
        [kslId],
      ),
    ).toEqual([{ n: 1 }]);
    expect(same[0].number).toBe(`${caseNumber}-25`);
    // a number of another case, given as the document's own, is refused
    const other = (await ksl.post('/cases', { title: 'Ett annat ärende' })).body.id;
    await expect(
      app.ds.transaction((m) =>
        registerDocument(m, {
          organisationId: kslId,
          caseId: other,
          key: 'other',
          direction: 'in',
          counterpart: 'x',
          subject: 'x',
          registeredAt: at,
          number: `${caseNumber}-1`,
        }),
      ),
    ).rejects.toMatchObject({ code: 'REGISTRY.NUMBER_TAKEN' });
    // 16 new cases at once: 16 different numbers of the series
    const cases = await Promise.all(
      Array.from({ length: 16 }, () =>
        app.ds.transaction(async (m) => {
          const [{ id }] = await m.query(
            `INSERT INTO cases (organisation_id, registry_number, title, state, snapshot, machine_version, version) VALUES ($1, gen_random_uuid()::text, 'x', 'opened', '{}', 1, 1) RETURNING id`,
            [kslId],
          );
          const n = await openOwnRegistryCase(m, { organisationId: kslId, caseId: id, openedAt: at });
          await m.query(`UPDATE cases SET registry_number = $2 WHERE id = $1`, [id, n]);
          return n;
        }),
      ),
    );
    expect(new Set(cases).size).toBe(16);
    expect(cases.every((n) => /^KSL\/26\/\d{4}$/.test(n))).toBe(true);
  });
});
