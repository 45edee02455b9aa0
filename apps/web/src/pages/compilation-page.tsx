import { useState } from 'react';
import { api } from '../api/client';
import type { CompilationTotals } from '../api/followup-types';
import type { MatrixRow, Round } from '../api/types';
import { AnswerDocuments } from '../case/status-matrix';
import { Loading, Page } from '../components/page';
import { ScrollTable } from '../components/scroll-table';
import { useLoad } from '../components/use-load';
import { formatDate } from '../format';
import { label, POSITIONS, recipientStatus } from '../labels';
import { Link } from '../router';

interface Compilation {
  round: Round;
  rows: Array<MatrixRow & { summary: string | null; statusLabel?: string }>;
  totals?: CompilationTotals;
}

const OUTCOME_WORDS: Record<string, string> = { adopt: 'Antar', notAdopt: 'Antar inte', answer: 'Yttrande', other: 'Annat beslut' };

/** The round's totals: answered (late ones), declined, no answer (overdue ones), extensions, and by position or outcome. */
function Totals({ totals, recommendation }: { totals: CompilationTotals; recommendation: boolean }) {
  const split = recommendation ? totals.byOutcome : totals.byPosition;
  const words = recommendation ? OUTCOME_WORDS : POSITIONS;
  return (
    <section aria-labelledby="totals-heading" className="card">
      <h2 id="totals-heading">Summering</h2>
      <dl className="facts">
        <dt>{recommendation ? 'Har beslutat' : 'Har svarat'}</dt>
        <dd>
          {totals.answered} av {totals.recipients}, varav {totals.late} efter sista dag
        </dd>
        <dt>Avstår</dt>
        <dd>{totals.declined}</dd>
        <dt>Utan svar</dt>
        <dd>
          {totals.noAnswer}, varav {totals.overdue} försenade
        </dd>
        <dt>Med anstånd</dt>
        <dd>{totals.extensions}</dd>
        <dt>{recommendation ? 'Beslut' : 'Ställningstaganden'}</dt>
        <dd>
          <ul className="plain" aria-label={recommendation ? 'Beslut per utfall' : 'Ställningstaganden'}>
            {Object.entries(split).map(([key, n]) => (
              <li key={key}>
                {words[key] ?? key}: {n}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}

/** Who answered what in one round, with downloads as CSV (Excel) and DOCX (for the board). */
export function CompilationPage({ caseId, roundId }: { caseId: string; roundId: string }) {
  const { data, error } = useLoad<Compilation>(`/cases/${caseId}/rounds/${roundId}/compilation`);
  const [downloadError, setDownloadError] = useState('');
  const download = (path: string, name: string) => {
    setDownloadError('');
    api.download(path, name).catch(() => setDownloadError('Filen kunde inte hämtas. Försök igen.'));
  };
  if (!data) return <Loading error={error} />;
  return (
    <Page title={`Sammanställning, omgång ${data.round.seq}`}>
      <p>
        <Link to={`/arenden/${caseId}`}>Tillbaka till ärendet</Link> · Sista dag {formatDate(data.round.deadline)}
      </p>
      <div className="actions">
        <button type="button" onClick={() => download(`/cases/${caseId}/rounds/${roundId}/compilation.csv`, `sammanstallning-${data.round.seq}.csv`)}>
          Ladda ner CSV
        </button>
        <button type="button" onClick={() => download(`/cases/${caseId}/compilation.docx`, 'sammanstallning.docx')}>
          Ladda ner Word (DOCX)
        </button>
      </div>
      {downloadError && (
        <p className="form-error" role="alert">
          {downloadError}
        </p>
      )}
      {data.totals && <Totals totals={data.totals} recommendation={data.round.kind === 'recommendation'} />}
      <ScrollTable label={`Svar i omgång ${data.round.seq}`}>
        <table>
          <caption>Svar i omgång {data.round.seq}</caption>
          <thead>
            <tr>
              <th scope="col">Remissinstans</th>
              <th scope="col">Status</th>
              <th scope="col">Ställningstagande</th>
              <th scope="col">Besvarad</th>
              <th scope="col">Sista dag</th>
              <th scope="col">Sammanfattning</th>
              <th scope="col">Bifogade dokument</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.recipientId} className={r.overdue ? 'overdue' : undefined}>
                <th scope="row">{r.organisationName}</th>
                <td>{r.statusLabel ?? recipientStatus(r)}</td>
                <td>{label(POSITIONS, r.position)}</td>
                <td>{formatDate(r.answeredAt)}</td>
                <td>
                  {formatDate(r.deadline)}
                  {r.extensions > 0 && ' (anstånd)'}
                </td>
                <td>{r.summary}</td>
                <td>
                  <AnswerDocuments documents={r.answerDocuments} organisationName={r.organisationName} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </Page>
  );
}
