import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { AnswerDocument, DecisionChain, MatrixRow, Round } from '../api/types';
import { formatDate } from '../format';
import { DECISION_BODIES, label, POSITIONS, RECIPIENT_STATES, ROUND_KINDS } from '../labels';

const DECIDED = ['decided', 'dispatched', 'received', 'closed'];

/** The final decision (body, date, §) of each recommendation recipient that has one. */
function useDecisions(rows: MatrixRow[]): Record<string, string> {
  const [decisions, setDecisions] = useState<Record<string, string>>({});
  const wanted = rows.filter((r) => r.roundKind === 'recommendation' && DECIDED.includes(r.state)).map((r) => r.recipientId);
  const key = wanted.join(',');
  useEffect(() => {
    if (!key) return;
    void Promise.all(
      key.split(',').map((id) =>
        api
          .get<DecisionChain>(`/recipients/${id}/decisions`)
          .then((c) => [id, c.finalDecision ? `${label(DECISION_BODIES, c.finalDecision.bodyKind)} ${formatDate(c.finalDecision.meetingDate)} ${c.finalDecision.paragraph}` : ''] as const)
          .catch(() => [id, ''] as const),
      ),
    ).then((pairs) => setDecisions(Object.fromEntries(pairs)));
  }, [key]);
  return decisions;
}

/** One table per round: municipality × stage, deadline, extensions, overdue, position and decision. */
export function StatusMatrix({ rounds, rows }: { rounds: Round[]; rows: MatrixRow[] }) {
  const decisions = useDecisions(rows);
  return (
    <section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Statusmatris</h2>
      {rounds.length === 0 && <p>Ärendet har inte skickats ut ännu.</p>}
      {rounds.map((round) => (
        <RoundTable key={round.id} round={round} rows={rows.filter((r) => r.roundId === round.id)} decisions={decisions} />
      ))}
    </section>
  );
}

function RoundTable({ round, rows, decisions }: { round: Round; rows: MatrixRow[]; decisions: Record<string, string> }) {
  const recommendation = round.kind === 'recommendation';
  return (
    <div className="table-scroll">
      <table className="matrix">
        <caption>
          Omgång {round.seq}: {label(ROUND_KINDS, round.kind)}, sista dag {formatDate(round.deadline)}
          {round.closedAt ? ' (stängd)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Remissinstans</th>
            <th scope="col">Status</th>
            <th scope="col">Sista dag</th>
            <th scope="col">Anstånd</th>
            <th scope="col">Ställningstagande</th>
            <th scope="col">Besvarad</th>
            {!recommendation && <th scope="col">Bifogade dokument</th>}
            {recommendation && <th scope="col">Beslut</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <MatrixLine key={r.recipientId} row={r} decision={recommendation ? (decisions[r.recipientId] ?? '') : null} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MatrixLine({ row, decision }: { row: MatrixRow; decision: string | null }) {
  const moved = row.deadline !== row.originalDeadline;
  return (
    <tr className={row.overdue ? 'overdue' : undefined}>
      <th scope="row">{row.organisationName}</th>
      <td>
        {label(RECIPIENT_STATES, row.state)}
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
