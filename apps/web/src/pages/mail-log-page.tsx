import { api } from '../api/client';
import { Loading, Page } from '../components/page';
import { useLoad } from '../components/use-load';
import { formatDateTime } from '../format';

interface OutboxMails {
  smtpConfigured: boolean;
  mails: Array<{ name: string; sizeBytes: number; writtenAt: string }>;
}

/** Mails the system has written (as .eml files when no SMTP server is configured). */
export function MailLogPage() {
  const { data, error } = useLoad<OutboxMails>('/admin/outbox-mails');
  if (!data) return <Loading error={error} />;
  const mails = [...data.mails].sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
  return (
    <Page title="Utskick">
      {data.smtpConfigured && <p>Breven skickas via SMTP; här visas bara sådana som skrivits som filer.</p>}
      {mails.length === 0 ? (
        <p>Inga brev ännu.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Skrivet</th>
              <th scope="col">Brev</th>
              <th scope="col">Storlek</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((m) => (
              <tr key={m.name}>
                <td>{formatDateTime(m.writtenAt)}</td>
                <td>
                  <button type="button" className="link" onClick={() => void api.download(`/admin/outbox-mails/${encodeURIComponent(m.name)}`, m.name)}>
                    {m.name}
                  </button>
                </td>
                <td>{Math.ceil(m.sizeBytes / 1024)} kB</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
