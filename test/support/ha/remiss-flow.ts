import { DuePromoter } from '@remiss/worker';
import { eventually } from '@remiss/testing';
import { pdf, TestApp } from '../test-app';

/** KSL opens a case and sends it on remiss to the given municipalities over HTTP; the recipients' ids by slug. */
export async function sendRound(app: TestApp, title: string, deadline: string, slugs: string[]): Promise<{ caseId: string; recipients: Record<string, string> }> {
  const ksl = await app.as('kansli@ksl.se');
  const created = await ksl.post('/cases', { title });
  if (created.status !== 201) throw new Error(`POST /cases gav ${created.status}: ${JSON.stringify(created.body)}`);
  const caseId: string = created.body.id;
  const drafting = await ksl.post(`/cases/${caseId}/start-drafting`);
  if (drafting.status !== 200) throw new Error(`start-drafting gav ${drafting.status}: ${JSON.stringify(drafting.body)}`);
  const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf(title) }, { kind: 'draft', title });
  const draft = await ksl.post(`/cases/${caseId}/drafts`, { documentId: doc.body.id });
  if (draft.status !== 200) throw new Error(`drafts gav ${draft.status}: ${JSON.stringify(draft.body)}`);
  const organisationIds = await Promise.all(slugs.map((s) => app.organisationId(s)));
  const sent = await ksl.post(`/cases/${caseId}/rounds`, { deadline, organisationIds });
  if (sent.status !== 201) throw new Error(`POST rounds gav ${sent.status}: ${JSON.stringify(sent.body)}`);
  const rows: Array<{ id: string; slug: string }> = await app.ds.query(
    `SELECT r.id, o.slug FROM recipients r JOIN organisations o ON o.id = r.organisation_id WHERE r.case_id = $1`,
    [caseId],
  );
  return { caseId, recipients: Object.fromEntries(rows.map((r) => [r.slug, r.id])) };
}

/** Moves the test clock to `instant` and promotes the reminders due by then until none is left pending (the worker sends them). */
export async function reachReminders(app: TestApp, instant: string, timeoutMs = 30_000): Promise<void> {
  app.clock.set(instant);
  const now = app.clock.now();
  await eventually(async () => {
    await app.worker!.get(DuePromoter).promoteDue();
    const [row] = await app.ds.query(`SELECT count(*)::int AS n FROM reminders WHERE status = 'pending' AND due_at <= $1`, [now]);
    return row.n === 0;
  }, timeoutMs, `påminnelser förfallna ${now.toISOString()}`);
}
