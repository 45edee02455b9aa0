import type { AuditEntry } from '../api/types';
import { useManagedOrganisation } from '../components/organisation-picker';
import { Loading, Page } from '../components/page';
import { ScrollTable } from '../components/scroll-table';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { formatDateTime } from '../format';

/** Every change to the organisation's accounts, API tokens and settings, newest first. */
export function AuditLogPage() {
  const { organisationId, picker } = useManagedOrganisation();
  const { data, error, more, loading } = usePagedLoad<AuditEntry>(`/organisations/${organisationId}/audit-log?limit=50`);
  return (
    <Page title="Händelselogg">
      {picker}
      <p>Varje ändring av organisationens konton, API-nycklar och inloggningsinställningar, nyaste först.</p>
      {!data ? (
        <Loading error={error} />
      ) : data.length === 0 ? (
        <p>Inga händelser ännu.</p>
      ) : (
        <>
          <ScrollTable label="Händelser">
            <table>
              <caption>{more ? `De senaste ${data.length} händelserna` : `${data.length} händelser`}</caption>
              <thead>
                <tr>
                  <th scope="col">Tid</th>
                  <th scope="col">Händelse</th>
                </tr>
              </thead>
              <tbody>
                {data.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTime(e.at)}</td>
                    <td>{e.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <MoreButton more={more} loading={loading} label="Visa äldre händelser" />
        </>
      )}
    </Page>
  );
}
