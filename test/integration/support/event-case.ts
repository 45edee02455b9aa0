import { ApiClient, TestApp } from '../../support/test-app';
import { caseOnRecommendation, RecommendationCase, uploadExtract } from './recommendation-case';

/**
 * The seeds' case played whole through the API (for the event feed and webhooks): opened, drafted, on remiss to
 * Ekerö, Tyresö and Danderyd (two answers), compiled, recommendation, an extension for Ekerö, Tyresö's final
 * decision dispatched and received, Ekerö's committee statement. Every step must succeed.
 */
export async function playEventCase(app: TestApp): Promise<RecommendationCase> {
  const ok = <T extends { status: number; body: unknown }>(r: T): T => {
    if (r.status >= 300) throw new Error(`Steget misslyckades (${r.status}): ${JSON.stringify(r.body)}`);
    return r;
  };
  const ksl: ApiClient = await app.as('kansli@ksl.se');
  const c = await caseOnRecommendation(app, ksl, ['ekero', 'tyreso', 'danderyd'], {
    ekero: { position: 'synpunkter', text: 'Ekerö kommun har synpunkter på handlingsplanen.' },
    tyreso: { position: 'tillstyrker', text: 'Tyresö kommun tillstyrker förslaget.' },
  });
  app.clock.set('2013-11-05T10:00:00+01:00');
  const ekeroOfficer = await app.as('handlaggare@ekero.example.se');
  const asked = ok(await ekeroOfficer.post(`/recipients/${c.recipient.ekero}/extension-requests`, { requestedDate: '2013-12-19', reason: 'KF sammanträder i december.' }));
  ok(await ksl.post(`/extension-requests/${asked.body.extensionRequestId}/grant`, {}));
  const tyreso = await app.as('namndsekreterare@tyreso.example.se');
  const documentId = await uploadExtract(tyreso, 'Protokollsutdrag KS § 148');
  ok(await tyreso.post(`/recipients/${c.recipient.tyreso}/decisions`, { bodyKind: 'board', bodyName: 'Kommunstyrelsen', meetingDate: '2013-10-14', paragraph: '§ 148', outcome: 'adopt', text: 'Antar.', immediate: true, final: true, documentId }));
  ok(await tyreso.post(`/recipients/${c.recipient.tyreso}/dispatch`, {}));
  ok(await ksl.post(`/recipients/${c.recipient.tyreso}/receipt`, {}));
  const ekero = await app.as('namndsekreterare@ekero.example.se');
  ok(await ekero.post(`/recipients/${c.recipient.ekero}/decisions`, { bodyKind: 'committee', bodyName: 'Socialnämnden', meetingDate: '2013-09-25', paragraph: '§ 130', outcome: 'answer', text: 'Föreslår antagande.', immediate: true }));
  return c;
}

/** Every event of the organisation's feed, read page by page. */
export async function readWholeFeed(client: ApiClient, limit = 500, after?: string): Promise<{ items: any[]; cursor: string }> {
  const items: any[] = [];
  let cursor = after;
  for (let page = 0; page < 1000; page++) {
    const r = await client.get(`/events?limit=${limit}${cursor ? `&after=${cursor}` : ''}`);
    if (r.status !== 200) throw new Error(`GET /events: ${r.status} ${JSON.stringify(r.body)}`);
    items.push(...r.body.items);
    cursor = r.body.nextCursor;
    if (!r.body.hasMore) return { items, cursor: cursor! };
  }
  throw new Error('flödet tog aldrig slut');
}
