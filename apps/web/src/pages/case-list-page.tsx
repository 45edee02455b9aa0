import { useEffect, useState } from 'react';
import { getCaseView } from '../api/case-view';
import type { CaseSummary } from '../api/types';
import { SelectField } from '../components/fields';
import { Loading, Page } from '../components/page';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { formatDate } from '../format';
import { CASE_STATES, label } from '../labels';
import { Link } from '../router';
import { useUser } from '../session';

/** Cases with filters on state, overdue answers and the nearest open deadline. */
export function CaseListPage() {
  const user = useUser();
  const [state, setState] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [deadlineBefore, setDeadlineBefore] = useState('');
  const query = new URLSearchParams({ limit: '200', ...(state ? { state } : {}), ...(overdue ? { overdue: 'true' } : {}) });
  const { data, error, more, loading } = usePagedLoad<CaseSummary>(`/cases?${query}`);
  const deadlines = useOpenDeadlines(deadlineBefore ? data : null);
  const cases = (data ?? []).filter((c) => !deadlineBefore || (deadlines[c.id] ?? '9999') <= deadlineBefore);
  return (
    <Page
      title={user.role === 'officer' ? 'Interna remisser' : 'Ärenden'}
      actions={
        <Link className="button" to="/arenden/nytt">
          Nytt ärende
        </Link>
      }
    >
      <form className="filters" role="search" aria-label="Filtrera ärenden" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Status" value={state} onChange={(e) => setState(e.target.value)} options={{ '': 'Alla', ...CASE_STATES }} />
        <div className="field">
          <label htmlFor="deadline-before">Sista svarsdag senast</label>
          <input id="deadline-before" type="date" value={deadlineBefore} onChange={(e) => setDeadlineBefore(e.target.value)} />
        </div>
        <div className="field checkbox">
          <input id="overdue" type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />
          <label htmlFor="overdue">Bara ärenden med försenade svar</label>
        </div>
      </form>
      {!data ? <Loading error={error} /> : <CaseTable cases={cases} />}
      <MoreButton more={more} loading={loading} />
    </Page>
  );
}

/** The earliest deadline of an open round per case; read from the case pages only while the deadline filter is used. */
function useOpenDeadlines(cases: CaseSummary[] | null): Record<string, string> {
  const [deadlines, setDeadlines] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!cases) return;
    let live = true;
    void Promise.all(
      cases.slice(0, 100).map(async (c) => {
        const view = await getCaseView(c.id);
        const open = view.rounds.filter((r) => !r.closedAt).map((r) => r.deadline).sort()[0];
        return [c.id, open] as const;
      }),
    ).then((pairs) => live && setDeadlines(Object.fromEntries(pairs.filter(([, d]) => d))));
    return () => {
      live = false;
    };
  }, [cases]);
  return deadlines;
}

function CaseTable({ cases }: { cases: CaseSummary[] }) {
  if (cases.length === 0) return <p>Inga ärenden matchar filtret.</p>;
  return (
    <table>
      <caption className="visually-hidden">Ärenden</caption>
      <thead>
        <tr>
          <th scope="col">Diarienummer</th>
          <th scope="col">Rubrik</th>
          <th scope="col">Status</th>
          <th scope="col">Senast ändrat</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.id}>
            <td>{c.registryNumber}</td>
            <td>
              <Link to={`/arenden/${c.id}`}>{c.title}</Link>
            </td>
            <td>{label(CASE_STATES, c.state)}</td>
            <td>{formatDate(c.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
