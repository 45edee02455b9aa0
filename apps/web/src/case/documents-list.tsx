import { api } from '../api/client';
import type { DocumentRow } from '../api/types';
import { ScrollTable } from '../components/scroll-table';
import { formatDate } from '../format';

const KINDS: Record<string, string> = { draft: 'Förslag', adjusted: 'Justerat förslag', remiss: 'Remiss', answer: 'Svar', decision: 'Beslut', minutes_extract: 'Protokollsutdrag', other: 'Övrigt' };

export function DocumentsList({ documents }: { documents: DocumentRow[] }) {
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Dokument och versioner</h2>
      {documents.length === 0 ? (
        <p>Inga dokument ännu.</p>
      ) : (
        <ScrollTable label="Dokument och versioner">
          <table>
            <thead>
              <tr>
                <th scope="col">Dokument</th>
                <th scope="col">Typ</th>
                <th scope="col">Version</th>
                <th scope="col">Uppladdat</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id}>
                  <td>
                    <button type="button" className="link" onClick={() => void api.download(`/documents/${d.id}/content`, d.filename)}>
                      {d.title}
                    </button>
                  </td>
                  <td>{KINDS[d.kind] ?? d.kind}</td>
                  <td>{d.version}</td>
                  <td>{formatDate(d.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
