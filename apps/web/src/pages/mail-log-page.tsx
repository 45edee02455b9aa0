import type { MailLogEntry } from '../api/types';
import { Loading, Page } from '../components/page';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { formatDateTime } from '../format';
import { label, MAIL_STATUS } from '../labels';
import { OutboxFiles } from '../mail/outbox-files';
import { useUser } from '../session';
import { Link } from '../router';

const PAGE_SIZE = 50;

/** The mail log: every mail the system has sent (or tried to) in the organisation's cases, newest first. */
export function MailLogPage() {
  const user = useUser();
  const { data, error, more, loading } = usePagedLoad<MailLogEntry>(`/admin/mail-log?limit=${PAGE_SIZE}`);
  return (
    <Page title="Utskick">
      {!data ? (
        <Loading error={error} />
      ) : data.length === 0 ? (
        <p>Inga brev ännu.</p>
      ) : (
        <>
          <table>
            <caption>
              {more ? `De senaste ${data.length} breven` : `${data.length} brev`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Skapat</th>
                <th scope="col">Till</th>
                <th scope="col">Ämne</th>
                <th scope="col">Ärende</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.createdAt)}</td>
                  <td>{m.to}</td>
                  <td>{m.subject}</td>
                  <td>{m.caseId && <Link to={`/arenden/${m.caseId}`}>{m.caseRegistryNumber ?? m.caseTitle}</Link>}</td>
                  <td>
                    {label(MAIL_STATUS, m.status)}
                    {m.sentAt && ` ${formatDateTime(m.sentAt)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <MoreButton more={more} loading={loading} label="Visa äldre brev" />
        </>
      )}
      {user.role === 'admin' && user.organisationSlug === 'ksl' && <OutboxFiles />}
    </Page>
  );
}
