import { waitUntil } from '@remiss/testing';
import { ApiClient, pdf, TestApp } from '../../support/test-app';

/**
 * With the worker running, waits until the outbox is relayed: the relay computes job delays from the
 * clock, so moving the clock before it has run would make future reminders and deadline jobs due at once.
 */
export async function settleOutbox(app: TestApp): Promise<void> {
  if (!app.worker) return;
  await waitUntil(async () => (await app.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`))[0].n === 0, 10000, 'utkorgen');
}

export interface RecommendationCase {
  caseId: string;
  roundId: string;
  /** recipient id of the recommendation per municipality slug */
  recipient: Record<string, string>;
}

/**
 * Plays the case of the seeds through the API up to the recommendation of 2013-06-05: opened
 * (KSL/12/0053), drafted, on remiss, compiled, adjusted proposal 2013-05-06, recommendation sent
 * to the given municipalities with a decision deadline of 2013-11-15. Leaves the clock on 2013-06-05.
 */
export async function caseOnRecommendation(
  app: TestApp,
  ksl: ApiClient,
  slugs: string[],
  answers: Record<string, { position: string; text: string }> = {},
): Promise<RecommendationCase> {
  const ok = <T extends { status: number; body: unknown }>(r: T, status = 200): T => {
    if (r.status !== status) throw new Error(`Väntade ${status}, fick ${r.status}: ${JSON.stringify(r.body)}`);
    return r;
  };
  app.clock.set('2013-02-01T09:00:00+01:00');
  const created = ok(await ksl.post('/cases', { title: 'Överenskommelse om samverkan mellan kommuner i Stockholms län gällande nyanlända', registryNumber: 'KSL/12/0053' }), 201);
  const caseId: string = created.body.id;
  ok(await ksl.post(`/cases/${caseId}/start-drafting`));
  const draft = ok(await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('utkast') }, { kind: 'draft', title: 'Förslag' }), 201);
  ok(await ksl.post(`/cases/${caseId}/drafts`, { documentId: draft.body.id }));
  const ids = await Promise.all(slugs.map((s) => app.organisationId(s)));
  const remiss = ok(await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-04-30', organisationIds: ids }), 201);
  await settleOutbox(app);
  const remissView = ok(await ksl.get(`/cases/${caseId}`));
  for (const [slug, answer] of Object.entries(answers)) {
    const row = remissView.body.matrix.find((r: { organisationId: string }) => r.organisationId === ids[slugs.indexOf(slug)]);
    ok(await (await app.as(`handlaggare@${slug}.example.se`)).post(`/recipients/${row.recipientId}/answer`, answer), 201);
  }
  app.clock.set('2013-05-06T09:00:00+02:00');
  ok(await ksl.post(`/cases/${caseId}/rounds/close`, { roundId: remiss.body.roundId }));
  const adjusted = ok(await ksl.upload({ name: 'Justerat förslag.pdf', type: 'application/pdf', content: pdf('justerat') }, { kind: 'adjusted', title: 'Justerat förslag 2013-05-06' }), 201);
  ok(await ksl.post(`/cases/${caseId}/adjusted-proposal`, { documentId: adjusted.body.id }));
  ok(await ksl.post(`/cases/${caseId}/ready`));
  app.clock.set('2013-06-05T09:00:00+02:00');
  const sent = ok(await ksl.post(`/cases/${caseId}/recommendations`, { deadline: '2013-11-15', organisationIds: ids, message: 'KSL rekommenderar kommunerna att anta överenskommelsen.' }), 201);
  await settleOutbox(app);
  const view = ok(await ksl.get(`/cases/${caseId}`));
  const recipient: Record<string, string> = {};
  for (const row of view.body.matrix as Array<{ roundId: string; organisationId: string; recipientId: string }>) {
    if (row.roundId === sent.body.roundId) recipient[slugs[ids.indexOf(row.organisationId)]] = row.recipientId;
  }
  return { caseId, roundId: sent.body.roundId, recipient };
}

/** Uploads a protokollsutdrag as the given client and returns its document id. */
export async function uploadExtract(client: ApiClient, title: string): Promise<string> {
  const doc = await client.upload({ name: `${title}.pdf`, type: 'application/pdf', content: pdf(title) }, { kind: 'minutes_extract', title });
  if (doc.status !== 201) throw new Error(`Uppladdningen misslyckades: ${JSON.stringify(doc.body)}`);
  return doc.body.id;
}
