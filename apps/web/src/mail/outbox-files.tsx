import { api } from '../api/client';
import { useLoad } from '../components/use-load';
import { formatDateTime } from '../format';
import type { OutboxMails } from '../api/types';

/** Mails written as .eml files (when no SMTP server is configured), to download. */
export function OutboxFiles() {
  const { data } = useLoad<OutboxMails>('/admin/outbox-mails');
  if (!data || data.mails.length === 0) return null;
  const mails = [...data.mails].sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">Brev sparade som filer</h2>
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
    </section>
  );
}
