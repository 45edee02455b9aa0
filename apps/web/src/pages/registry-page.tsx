import { useState } from 'react';
import { api } from '../api/client';
import { SelectField, TextField } from '../components/fields';
import { Loading, Page } from '../components/page';
import { useLoad } from '../components/use-load';
import { formatDate } from '../format';

interface RegistryItem {
  id: string;
  date: string;
  number: string;
  direction: string;
  counterpart: string | null;
  subject: string;
  externalNumber: string | null;
  case: { registryNumber: string; title: string } | null;
}

const DIRECTIONS: Record<string, string> = { '': 'Alla', in: 'Inkommande', out: 'Utgående', internal: 'Intern' };

/** The organisation's registry (diarium) with search, direction filter, paging and CSV for Excel. */
export function RegistryPage() {
  const [q, setQ] = useState('');
  const [direction, setDirection] = useState('');
  const [offset, setOffset] = useState(0);
  const params = new URLSearchParams({ limit: '50', offset: String(offset), ...(q.trim() ? { q: q.trim() } : {}), ...(direction ? { direction } : {}) });
  const { data, error } = useLoad<{ total: number; items: RegistryItem[] }>(`/registry?${params}`);
  const csvParams = new URLSearchParams(params);
  csvParams.delete('limit');
  csvParams.delete('offset');
  return (
    <Page title="Diarium">
      <form className="filters" role="search" aria-label="Sök i diariet" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Sök" value={q} onChange={(e) => (setQ(e.target.value), setOffset(0))} />
        <SelectField label="Riktning" value={direction} onChange={(e) => (setDirection(e.target.value), setOffset(0))} options={DIRECTIONS} />
        <button type="button" className="secondary" onClick={() => void api.download(`/registry.csv?${csvParams}`, 'diarium.csv')}>
          Ladda ner CSV
        </button>
      </form>
      {!data ? (
        <Loading error={error} />
      ) : (
        <>
          <p role="status">{data.total} poster</p>
          <table>
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Diarienummer</th>
                <th scope="col">Riktning</th>
                <th scope="col">Motpart</th>
                <th scope="col">Ärendemening</th>
                <th scope="col">Ärende</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => (
                <tr key={i.id}>
                  <td>{formatDate(i.date)}</td>
                  <td>{i.number}</td>
                  <td>{DIRECTIONS[i.direction] ?? i.direction}</td>
                  <td>
                    {i.counterpart}
                    {i.externalNumber && <span className="muted"> ({i.externalNumber})</span>}
                  </td>
                  <td>{i.subject}</td>
                  <td>{i.case?.registryNumber}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 50))}>
              Föregående sida
            </button>
            <button type="button" className="secondary" disabled={offset + 50 >= data.total} onClick={() => setOffset(offset + 50)}>
              Nästa sida
            </button>
          </div>
        </>
      )}
    </Page>
  );
}
