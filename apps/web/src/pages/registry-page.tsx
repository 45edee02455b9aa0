import { useState } from 'react';
import { api } from '../api/client';
import { SelectField, TextField } from '../components/fields';
import { Loading, Page } from '../components/page';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { formatDate } from '../format';

interface RegistryItem {
  id: string;
  date: string;
  number: string;
  direction: string;
  counterpart: string | null;
  subject: string;
  externalNumber: string | null;
  caseNumber: string | null;
  formerNumber: string | null;
  case: { id: string; registryNumber: string; title: string } | null;
}

const DIRECTIONS: Record<string, string> = { '': 'Alla', in: 'Inkommande', out: 'Utgående', internal: 'Intern' };

/** The organisation's registry (diarium) with search, direction filter, "Visa fler" and CSV for Excel. */
export function RegistryPage() {
  const [q, setQ] = useState('');
  const [direction, setDirection] = useState('');
  const params = new URLSearchParams({ limit: '50', ...(q.trim() ? { q: q.trim() } : {}), ...(direction ? { direction } : {}) });
  const { data, error, more, loading } = usePagedLoad<RegistryItem>(`/registry?${params}`);
  const csvParams = new URLSearchParams(params);
  csvParams.delete('limit');
  return (
    <Page title="Diarium">
      <p className="hint">
        Varje handling registreras under sitt ärendes nummer med ett löpnummer: KSL/12/0053-2 är handling 2 i ärende KSL/12/0053. Det ni får från en annan organisation läggs i ett eget ärende i ert diarium.
      </p>
      <form className="filters" role="search" aria-label="Sök i diariet" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Sök" value={q} onChange={(e) => setQ(e.target.value)} />
        <SelectField label="Riktning" value={direction} onChange={(e) => setDirection(e.target.value)} options={DIRECTIONS} />
        <button type="button" className="secondary" onClick={() => void api.download(`/registry.csv?${csvParams}`, 'diarium.csv')}>
          Ladda ner CSV
        </button>
      </form>
      {!data ? (
        <Loading error={error} />
      ) : (
        <>
          <p role="status">{data.length === 0 ? 'Inga poster' : `${data.length} poster${more ? ' visas' : ''}`}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Diarienummer</th>
                <th scope="col">Riktning</th>
                <th scope="col">Motpart</th>
                <th scope="col">Ärendemening</th>
                <th scope="col">I ärende</th>
              </tr>
            </thead>
            <tbody>
              {data.map((i) => (
                <tr key={i.id}>
                  <td>{formatDate(i.date)}</td>
                  <td>
                    {i.number}
                    {i.formerNumber && <span className="muted"> (tidigare {i.formerNumber})</span>}
                  </td>
                  <td>{DIRECTIONS[i.direction] ?? i.direction}</td>
                  <td>
                    {i.counterpart}
                    {i.externalNumber && <span className="muted"> ({i.externalNumber})</span>}
                  </td>
                  <td>{i.subject}</td>
                  <td>
                    {i.caseNumber ?? i.case?.registryNumber}
                    {i.case && <span className="muted"> {i.case.title}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <MoreButton more={more} loading={loading} />
        </>
      )}
    </Page>
  );
}
