import { registerDocument } from '@remiss/application';
import { insertRemissFixture } from '@remiss/testing';
import { ApiTestApp, json, startApiTestApp } from './support/api-test-app';

const KANSLI = 'kansli@ksl.se';
const EKERO = 'handlaggare@ekero.example.se';

describe('the registry (diarium) listing and its CSV', () => {
  let t: ApiTestApp;
  let caseId: string;

  beforeAll(async () => {
    t = await startApiTestApp();
    const [ksl] = await t.db.query(`SELECT id FROM organisations WHERE slug = 'ksl'`);
    const [ekero] = await t.db.query(`SELECT id FROM organisations WHERE slug = 'ekero'`);
    ({ caseId } = await insertRemissFixture(t.db, { deadline: '2013-11-15', slugs: ['ekero'] }));
    await t.db.transaction(async (m) => {
      let k = 0;
      const entry = (registeredAt: string, direction: 'in' | 'out' | 'internal', counterpart: string, subject: string, extra = {}) =>
        registerDocument(m, { organisationId: ksl.id, caseId, key: `test:${(k += 1)}`, registeredAt: new Date(registeredAt), direction, counterpart, subject, ...extra });
      await entry('2012-03-01T09:00:00Z', 'internal', 'Styrelsen', 'Uppdrag att revidera överenskommelsen');
      await entry('2013-02-11T09:00:00Z', 'out', 'Ekerö kommun', 'Remiss: Överenskommelse; nyanlända');
      await entry('2013-04-02T10:00:00Z', 'in', 'Ekerö kommun', '=HYPERLINK("x") remissvar', { externalNumber: 'KS13/250-133' });
      // an entry from before the registry followed cases (migrated rows may have no case)
      await m.query(
        `INSERT INTO registry_entries (organisation_id, number, year, seq, registered_at, direction, counterpart, subject) VALUES ($1, 'KSL/2014/0001', 2014, 1, $2, 'in', 'Tyresö kommun', 'Beslut 50% klart')`,
        [ksl.id, new Date('2013-12-31T23:30:00Z')],
      );
      await registerDocument(m, { organisationId: ekero.id, caseId, key: 'test:ekero', registeredAt: new Date('2013-02-12T08:00:00Z'), direction: 'in', counterpart: 'KSL', subject: 'Remiss' });
    });
  });
  afterAll(async () => t?.close());

  it('lists only the actor’s organisation, newest first, with case and Swedish-time date', async () => {
    const page = await json(await t.call(KANSLI, '/registry'));
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((i: { subject: string }) => i.subject)).toEqual([
      'Beslut 50% klart',
      '=HYPERLINK("x") remissvar',
      'Remiss: Överenskommelse; nyanlända',
      'Uppdrag att revidera överenskommelsen',
    ]);
    // 23:30 UTC on New Year's Eve is already 2014-01-01 in Stockholm.
    expect(page.items[0]).toMatchObject({ date: '2014-01-01', direction: 'in', case: null });
    // Every document under its case's number with a running document number.
    const [{ registry_number: caseNumber }] = await t.db.query(`SELECT registry_number FROM cases WHERE id = $1`, [caseId]);
    expect(page.items.slice(1).map((i: { number: string }) => i.number)).toEqual([`${caseNumber}-3`, `${caseNumber}-2`, `${caseNumber}-1`]);
    expect(page.items[1]).toMatchObject({ externalNumber: 'KS13/250-133', case: { id: caseId } });
    const ekero = await json(await t.call(EKERO, '/registry'));
    expect(ekero.items.map((i: { counterpart: string }) => i.counterpart)).toEqual(['KSL']);
    // What Ekerö received opened a case in Ekerö's own series (KS<yy>/<n>), the document its first.
    expect(ekero.items[0].number).toMatch(/^KS13\/\d+-1$/);
  });

  it('filters by year, direction, free text (literal % and _) and case, and paginates', async () => {
    const count = async (query: string) => (await json(await t.call(KANSLI, `/registry?${query}`))).items.length;
    // The New Year's Eve entry belongs to 2014 in Stockholm.
    expect(await count('year=2013')).toBe(2);
    expect(await count('year=2014')).toBe(1);
    expect(await count('direction=in')).toBe(2);
    expect(await count('q=ekerö')).toBe(2);
    expect(await count('q=50%25')).toBe(1);
    expect(await count('q=%25')).toBe(1);
    expect(await count('q=_')).toBe(0);
    expect(await count(`caseId=${caseId}`)).toBe(3);
    const first = await json(await t.call(KANSLI, '/registry?limit=1'));
    const page = await json(await t.call(KANSLI, `/registry?limit=2&cursor=${first.nextCursor}`));
    expect({ n: page.items.length, first: page.items[0].subject, more: typeof page.nextCursor }).toEqual({ n: 2, first: '=HYPERLINK("x") remissvar', more: 'string' });
  });

  it('answers 400 naming the parameter for bad filters', async () => {
    for (const [query, field] of [
      ['limit=201', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=0', 'limit'],
      ['cursor=not-a-cursor!', 'cursor'],
      [`cursor=${Buffer.from('[1,2]').toString('base64url')}`, 'cursor'],
      ['year=20x3', 'year'],
      ['direction=sideways', 'direction'],
      ['caseId=nope', 'caseId'],
      [`q=${'x'.repeat(300)}`, 'q'],
      ['year=2013&year=2014', 'year'],
    ]) {
      const response = await t.call(KANSLI, `/registry?${query}`);
      expect({ query, status: response.status, field: (await json(response)).issues?.[0]?.field }).toEqual({ query, status: 400, field });
    }
  });

  it('exports CSV for Swedish Excel: BOM, semicolons, quoting and no formulas', async () => {
    const response = await t.call(KANSLI, '/registry.csv?year=2013');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Datum;Diarienummer;Riktning;Motpart;Ärendemening;Ärende;Ärendets diarienummer;Dokument;Motpartens nummer');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`;Inkommande;Ekerö kommun;"'=HYPERLINK(""x"") remissvar";`);
    expect(lines[2]).toContain(';Utgående;Ekerö kommun;"Remiss: Överenskommelse; nyanlända";');
    expect(lines[3]).toBe('');
  });
});
