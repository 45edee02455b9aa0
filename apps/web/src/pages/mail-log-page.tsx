import { useState } from 'react';
import type { MailLogPage as MailLog } from '../api/types';
import { Loading, Page } from '../components/page';
import { useLoad } from '../components/use-load';
import { formatDateTime } from '../format';
import { label, MAIL_STATUS } from '../labels';
import { OutboxFiles } from '../mail/outbox-files';
import { useUser } from '../session';
import { Link } from '../router';

const PAGE_SIZE = 50;

/** The mail log: every mail the system has sent (or tried to) in the organisation's cases, newest first. */
export function MailLogPage() {
  const user = useUser();
  const [offset, setOffset] = useState(0);
  const { data, error } = useLoad<MailLog>(`/admin/mail-log?limit=${PAGE_SIZE}&offset=${offset}`);
  return (
    <Page title="Utskick">
      {!data ? (
        <Loading error={error} />
      ) : data.total === 0 ? (
        <p>Inga brev ännu.</p>
      ) : (
        <>
          <table>
            <caption>
              Brev {data.offset + 1}–{data.offset + data.mails.length} av {data.total}
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
              {data.mails.map((m) => (
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
          <nav aria-label="Bläddra i utskicken" className="actions">
            <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              Föregående
            </button>
            <button type="button" className="secondary" disabled={offset + PAGE_SIZE >= data.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
              Nästa
            </button>
          </nav>
        </>
      )}
      {user.role === 'admin' && <OutboxFiles />}
    </Page>
  );
}
