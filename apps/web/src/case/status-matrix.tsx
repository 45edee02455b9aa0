import { useId, useState } from 'react';
import { api } from '../api/client';
import type { MatrixDecision, MatrixRowWithDecision } from '../api/followup-types';
import type { AnswerDocument, MatrixRow, Round } from '../api/types';
import { formatDate } from '../format';
import { label, POSITIONS, recipientStatus, ROUND_KINDS } from '../labels';
import { RowReminders } from '../reminders/row-reminders';

/** "Kommunfullmäktige 16 december 2013 § 95: antar inte, justerad omedelbart": a final decision in one line. */
export function decisionText(d: MatrixDecision | null | undefined): string {
  if (!d) return '';
  const outcome = (DECISION_OUTCOMES_IN_TEXT[d.outcome] ?? d.outcome).toLowerCase();
  return `${d.bodyName} ${formatDate(d.meetingDate)} ${d.paragraph}: ${outcome}${d.immediate ? ', justerad omedelbart' : ''}`;
}
const DECISION_OUTCOMES_IN_TEXT: Record<string, string> = { adopt: 'antar', notAdopt: 'antar inte', answer: 'yttrande', other: 'annat beslut' };

/** One table per round: municipality × stage, deadline, extensions, overdue, position and decision. */
export function StatusMatrix({ rounds, rows }: { rounds: Round[]; rows: MatrixRow[] }) {
  return (
    <section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Statusmatris</h2>
      {rounds.length === 0 && <p>Ärendet har inte skickats ut ännu.</p>}
      {rounds.map((round) => (
        <RoundTable key={round.id} round={round} rows={rows.filter((r) => r.roundId === round.id)} />
      ))}
    </section>
  );
}

const ANSWERED = ['answered', 'answeredLate'];
const DECIDED_OR_LATER = ['decided', 'dispatched', 'received'];
const answered = (r: MatrixRow) => ANSWERED.includes(r.state) || (r.state === 'closed' && ANSWERED.includes(r.outcome ?? ''));
const responded = (r: MatrixRow, recommendation: boolean) => (recommendation ? DECIDED_OR_LATER.includes(r.state) : answered(r));

/** "18 av 26 har svarat, 2 anstånd, 3 försenade": where one round stands, in one line. */
export function roundSummary(rows: MatrixRow[], recommendation: boolean): string {
  const parts = [`${rows.filter((r) => responded(r, recommendation)).length} av ${rows.length} har ${recommendation ? 'beslutat' : 'svarat'}`];
  const declined = rows.filter((r) => r.state === 'declined' || r.outcome === 'declined').length;
  if (declined > 0) parts.push(`${declined} avstår`);
  parts.push(`${rows.filter((r) => r.extensions > 0).length} anstånd`);
  const pending = rows.filter((r) => r.pendingExtension).length;
  if (pending > 0) parts.push(`${pending} ${pending === 1 ? 'begäran' : 'begäranden'} om anstånd att besluta`);
  const overdue = rows.filter((r) => r.overdue).length;
  parts.push(`${overdue} ${overdue === 1 ? 'försenad' : 'försenade'}`);
  return parts.join(', ');
}

type SortKey = 'name' | 'status' | 'deadline' | 'answeredAt';
const SORTS: Record<SortKey, (a: MatrixRow, b: MatrixRow) => number> = {
  name: (a, b) => a.organisationName.localeCompare(b.organisationName, 'sv'),
  status: (a, b) => recipientStatus(a).localeCompare(recipientStatus(b), 'sv') || SORTS.name(a, b),
  deadline: (a, b) => a.deadline.localeCompare(b.deadline) || SORTS.name(a, b),
  answeredAt: (a, b) => (a.answeredAt ?? '9').localeCompare(b.answeredAt ?? '9') || SORTS.name(a, b),
};
const FILTERS: Record<string, [string, (r: MatrixRow, recommendation: boolean) => boolean]> = {
  all: ['Alla', () => true],
  waiting: ['Har inte svarat', (r, rec) => !responded(r, rec) && r.state !== 'declined' && r.state !== 'withdrawn'],
  overdue: ['Försenade', (r) => r.overdue],
  extension: ['Med anstånd', (r) => r.extensions > 0 || r.pendingExtension !== null],
  done: ['Har svarat', (r, rec) => responded(r, rec)],
};

/** One round: its summary line, then the recipients, sortable by column and filtered by where they stand or by name. */
function RoundTable({ round, rows }: { round: Round; rows: MatrixRow[] }) {
  const recommendation = round.kind === 'recommendation';
  const id = useId();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const [filter, setFilter] = useState('all');
  const [search, setSearch] = useState('');
  const caption = `Omgång ${round.seq}: ${label(ROUND_KINDS, round.kind)}, sista dag ${formatDate(round.deadline)}${round.closedAt ? ' (stängd)' : ''}`;
  const needle = search.trim().toLowerCase();
  const shown = rows
    .filter((r) => FILTERS[filter][1](r, recommendation) && (!needle || r.organisationName.toLowerCase().includes(needle)))
    .sort((a, b) => (sort.descending ? -1 : 1) * SORTS[sort.key](a, b));
  const header = (key: SortKey, text: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}>
        {text}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    <div className="round">
      <p className="case-summary" id={`${id}-summary`}>
        Omgång {round.seq}: {roundSummary(rows, recommendation)}
      </p>
      {rows.length > 5 && (
        <div className="matrix-tools">
          <div className="field">
            <label htmlFor={`${id}-filter`}>Visa</label>
            <select id={`${id}-filter`} value={filter} onChange={(e) => setFilter(e.target.value)}>
              {Object.entries(FILTERS).map(([key, [text]]) => (
                <option key={key} value={key}>
                  {text}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-search`}>Sök mottagare</label>
            <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <p role="status" className="muted">
            Visar {shown.length} av {rows.length}
          </p>
        </div>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="matrix" aria-describedby={`${id}-summary`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {header('name', 'Remissinstans')}
              {header('status', 'Status')}
              {header('deadline', 'Sista dag')}
              <th scope="col">Anstånd</th>
              <th scope="col">Ställningstagande</th>
              {header('answeredAt', 'Besvarad')}
              {!recommendation && <th scope="col">Bifogade dokument</th>}
              {recommendation && <th scope="col">Beslut</th>}
              <th scope="col">Påminnelser</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <MatrixLine key={r.recipientId} row={r} decision={recommendation ? decisionText((r as MatrixRowWithDecision).decision) : null} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function MatrixLine({ row, decision }: { row: MatrixRow; decision: string | null }) {
  const moved = row.deadline !== row.originalDeadline;
  return (
    <tr className={row.overdue ? 'overdue' : undefined}>
      <th scope="row">{row.organisationName}</th>
      <td>
        {recipientStatus(row)}
        {row.overdue && row.state !== 'overdue' && <strong className="badge danger"> Försenad</strong>}
      </td>
      <td>
        {formatDate(row.deadline)}
        {moved && <span className="muted"> (ursprungligen {formatDate(row.originalDeadline)})</span>}
      </td>
      <td>
        {row.extensions > 0 && <span className="badge">{row.extensions === 1 ? 'Anstånd beviljat' : `${row.extensions} anstånd`}</span>}
        {row.pendingExtension && <span className="badge warn">Begärt till {formatDate(row.pendingExtension.requestedDate)}</span>}
      </td>
      <td>{label(POSITIONS, row.position)}</td>
      <td>{formatDate(row.answeredAt)}</td>
      {decision === null && (
        <td>
          <AnswerDocuments documents={row.answerDocuments} organisationName={row.organisationName} />
        </td>
      )}
      {decision !== null && <td>{decision}</td>}
      <td>
        <RowReminders recipientId={row.recipientId} organisationName={row.organisationName} />
      </td>
    </tr>
  );
}

/** The documents attached to an answer, each a download; used wherever KSL reads the answer. */
export function AnswerDocuments({ documents, organisationName }: { documents: AnswerDocument[] | undefined; organisationName: string }) {
  if (!documents || documents.length === 0) return null;
  return (
    <ul className="plain" aria-label={`Bifogat till svaret från ${organisationName}`}>
      {documents.map((d) => (
        <li key={d.id}>
          <DownloadButton id={d.id} filename={d.filename} text={d.title} />
        </li>
      ))}
    </ul>
  );
}

/** A document's download (the content needs the bearer token, so it is fetched and saved by script). */
export function DownloadButton({ id, filename, text }: { id: string; filename: string; text: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button type="button" className="link" onClick={() => (setFailed(false), api.download(`/documents/${id}/content`, filename).catch(() => setFailed(true)))}>
        {text}
      </button>
      {failed && (
        <span className="field-error" role="alert">
          {' '}
          Filen kunde inte hämtas.
        </span>
      )}
    </>
  );
}
