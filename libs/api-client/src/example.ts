import { createRemissClient } from './index';

/** The README's example (Integration → The TypeScript client), type-checked with the rest (npm run typecheck). */
export async function readmeExample(token: string, recipientId: string): Promise<void> {
  const api = createRemissClient({ baseUrl: 'https://remiss.example.se', headers: { authorization: `Bearer ${token}` } });
  const { data: page } = await api.GET('/inbox', { params: { query: { limit: 50 } } });
  for (const item of page?.items ?? []) console.log(item.caseTitle, item.deadline, item.daysLeft);
  const { data, error } = await api.POST('/recipients/{id}/extension-requests', {
    params: { path: { id: recipientId } },
    body: { requestedDate: '2013-12-19', reason: 'Ärendet behandlas i kommunfullmäktige i december.' },
  });
  if (error) console.error(error.code, error.message); // e.g. 409 with error.state and error.acceptedEvents
  else console.log(data.warnings.map((w) => w.suggestedDeadline));
}
