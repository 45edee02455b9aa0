import { appendEvent, SYSTEM_ACTOR } from '@remiss/application';
import { EntityManager } from 'typeorm';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';
import { RecommendationCase } from './support/recommendation-case';
import { playEventCase, readWholeFeed } from './support/event-case';

jest.setTimeout(120_000);

describe('the event feed (GET /events)', () => {
  let app: TestApp;
  let c: RecommendationCase;
  let ksl: ApiClient;
  let ekero: ApiClient;

  beforeAll(async () => {
    app = await startTestApp();
    c = await playEventCase(app);
    ksl = await app.as('kansli@ksl.se');
    ekero = await app.as('handlaggare@ekero.example.se');
  });
  afterAll(() => app?.close());

  it('gives the case organisation every event of the case, as CloudEvents with the log ids, in log order', async () => {
    const { items } = await readWholeFeed(ksl);
    const log: Array<{ id: string; event: string }> = await app.ds.query(`SELECT e.id::text AS id, e.event FROM event_log e WHERE e.case_id = $1 ORDER BY e.tx, e.id`, [c.caseId]);
    const mine = items.filter((e) => e.source === `/cases/${c.caseId}`);
    expect(mine.map((e) => e.id)).toEqual(log.map((r) => r.id));
    expect(log.length).toBeGreaterThan(20);
    for (const e of mine) {
      expect(e).toEqual(expect.objectContaining({ specversion: '1.0', datacontenttype: 'application/json' }));
      expect(e.type).toMatch(/^se\.remiss\.[a-z.]+$/);
      expect(e.type).not.toBe('se.remiss.case.event.recorded'); // every event of the case is in the catalogue
      expect(new Date(e.time).toISOString()).toBe(e.time);
      expect(e.data.case).toEqual({ id: c.caseId, registryNumber: 'KSL/12/0053', title: expect.any(String) });
    }
    const types = mine.map((e) => e.type);
    for (const t of ['se.remiss.case.opened', 'se.remiss.round.sent', 'se.remiss.answer.received', 'se.remiss.extension.requested', 'se.remiss.extension.granted',
      'se.remiss.case.recommendation.sent', 'se.remiss.decision.registered', 'se.remiss.decision.dispatched', 'se.remiss.decision.received']) {
      expect(types).toContain(t);
    }
    const answer = mine.find((e) => e.type === 'se.remiss.answer.received' && e.data.recipient.organisationName === 'Ekerö kommun');
    expect(answer.data).toEqual(expect.objectContaining({ label: 'Remissvar inkommet', state: { code: 'answered', label: 'besvarad' }, previousState: { code: 'sent', label: 'skickad' } }));
    expect(answer.subject).toBe(`recipients/${answer.data.recipient.id}`);
  });

  it('gives a recipient municipality only its own recipients\' events and the rounds sent to it, naming no other recipient', async () => {
    const { items } = await readWholeFeed(ekero);
    const mine = items.filter((e) => e.source === `/cases/${c.caseId}`);
    const ekeroRecipients: string[] = (await app.ds.query(`SELECT r.id FROM recipients r JOIN organisations o ON o.id = r.organisation_id WHERE r.case_id = $1 AND o.slug = 'ekero'`, [c.caseId])).map((r: { id: string }) => r.id);
    const others: string[] = (await app.ds.query(`SELECT r.id FROM recipients r JOIN organisations o ON o.id = r.organisation_id WHERE r.case_id = $1 AND o.slug <> 'ekero'`, [c.caseId])).map((r: { id: string }) => r.id);
    const expected: Array<{ id: string }> = await app.ds.query(
      `SELECT e.id::text FROM event_log e WHERE e.case_id = $1 AND (e.recipient_id = ANY($2::uuid[]) OR e.event = 'ROUND_SENT') ORDER BY e.tx, e.id`,
      [c.caseId, ekeroRecipients],
    );
    expect(mine.map((e) => e.id)).toEqual(expected.map((r) => r.id));
    expect(mine.filter((e) => e.type === 'se.remiss.round.sent')).toHaveLength(2);
    for (const e of mine.filter((x) => x.type === 'se.remiss.round.sent')) {
      expect(e.data.details.recipientIds).toHaveLength(1);
      expect(ekeroRecipients).toContain(e.data.details.recipientIds[0]);
    }
    const text = JSON.stringify(mine);
    for (const id of others) expect(text).not.toContain(id);
    expect(mine.some((e) => e.type.startsWith('se.remiss.case.'))).toBe(false); // no case-internal history
  });

  it('pages stably: small pages give exactly the events of one big read, and a type filter keeps the order', async () => {
    const whole = await readWholeFeed(ksl);
    const paged = await readWholeFeed(ksl, 3);
    expect(paged.items.map((e) => e.id)).toEqual(whole.items.map((e) => e.id));
    const filtered = await ksl.get('/events?types=se.remiss.answer.received,se.remiss.decision.registered&limit=500');
    expect(filtered.status).toBe(200);
    expect(filtered.body.items.map((e: { id: string }) => e.id)).toEqual(
      whole.items.filter((e) => ['se.remiss.answer.received', 'se.remiss.decision.registered'].includes(e.type)).map((e) => e.id),
    );
    // caught up: reading on from the end gives nothing, and the cursor stays usable
    const after = await ksl.get(`/events?after=${whole.cursor}`);
    expect(after.body).toEqual({ items: [], nextCursor: whole.cursor, hasMore: false });
  });

  it('never skips an event whose transaction commits after a later one (the settled-log horizon)', async () => {
    // Two of KSL's cases (rows of one case wait for each other on the case's hash chain; rows of two cases do not).
    const other = await ksl.post('/cases', { title: 'Ett andra ärende' });
    expect(other.status).toBe(201);
    const { cursor } = await readWholeFeed(ksl);
    const append = async (m: EntityManager, caseId: string): Promise<string> => {
      await appendEvent(m, { caseId, actor: SYSTEM_ACTOR, at: new Date(), event: 'ADD_DRAFT' });
      const [{ id }] = await m.query(`SELECT max(id)::text AS id FROM event_log WHERE case_id = $1`, [caseId]);
      return id;
    };
    const slow = app.ds.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    const first = await append(slow.manager, c.caseId);
    const second = await append(app.ds.manager, other.body.id);
    expect(BigInt(first)).toBeLessThan(BigInt(second));
    // the committed later row waits while the earlier transaction runs: it is not handed out ahead of it
    const held = await ksl.get(`/events?after=${cursor}`);
    expect(held.body.items).toEqual([]);
    await slow.commitTransaction();
    await slow.release();
    const { items } = await readWholeFeed(ksl, 500, held.body.nextCursor);
    expect(items.map((e) => e.id)).toEqual([first, second]);
  });

  it('refuses a malformed cursor, limit or type with a 400 naming the field', async () => {
    for (const [query, field] of [['after=bm9wZQ', 'after'], ['after=WyIxIiwiLTEiXQ', 'after'], ['limit=0', 'limit'], ['limit=501', 'limit'], ['types=se.remiss.nope', 'types']]) {
      const r = await ksl.get(`/events?${query}`);
      expect(r.status).toBe(400);
      expect(r.body.issues[0].field).toBe(field);
    }
    expect((await app.anonymous().get('/events')).status).toBe(401);
  });
});
