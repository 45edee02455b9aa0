import { useState } from 'react';
import { useCaseView } from '../api/case-view';
import type { CaseView } from '../api/types';
import { CaseActions } from '../case/case-actions';
import { DocumentsList } from '../case/documents-list';
import { LogHead } from '../case/log-head';
import { ProcessDiagram } from '../case/process-diagram';
import { SecrecyPanel } from '../case/secrecy-panel';
import { Receipts } from '../case/receipts';
import { StatusMatrix } from '../case/status-matrix';
import { Timeline } from '../case/timeline';
import { DonePanel, Notice } from '../components/confirm';
import { Loading, Page } from '../components/page';
import { CASE_STATES, label, ROUND_KINDS } from '../labels';
import { CASE_STEP_HELP, StepHelp } from '../help/step-help';
import { Link } from '../router';
import { useUser } from '../session';

/** The case: process, next steps, status matrix, documents and history. */
export function CasePage({ id }: { id: string }) {
  const { data, error, reload, olderEvents } = useCaseView(id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const user = useUser();
  if (!data) return <Loading error={error} />;
  const names = new Map(data.matrix.map((r) => [r.recipientId, r.organisationName]));
  return (
    <Page title={data.title}>
      <p className="meta">
        <span>Diarienummer {data.registryNumber}</span> · <span>Status: {label(CASE_STATES, data.state)}</span>
      </p>
      <ProcessDiagram state={data.state} />
      {user.organisationId === data.organisationId && <StepHelp lines={CASE_STEP_HELP[data.state]} />}
      <DonePanel notice={notice} onClose={() => setNotice(null)} />
      <CaseActions view={data} reload={reload} notify={setNotice} />
      <StatusMatrix rounds={data.rounds} rows={data.matrix} />
      <Receipts view={data} reload={reload} />
      <CaseLinks view={data} />
      <DocumentsList documents={data.documents} />
      <SecrecyPanel view={data} onChange={reload} />
      <Timeline events={data.events} organisationOf={(rid) => (rid ? names.get(rid) : undefined)} older={olderEvents} />
      <LogHead view={data} />
    </Page>
  );
}

function CaseLinks({ view }: { view: CaseView }) {
  const user = useUser();
  if (user.organisationId !== view.organisationId || view.rounds.length === 0) return null;
  return (
    <nav aria-label="Sammanställningar och register">
      <ul className="inline">
        {view.rounds.map((r) => (
          <li key={r.id}>
            <Link to={`/arenden/${view.id}/omgangar/${r.id}/sammanstallning`}>
              Sammanställning omgång {r.seq} ({label(ROUND_KINDS, r.kind).toLowerCase()})
            </Link>
          </li>
        ))}
        {view.rounds.some((r) => r.kind === 'recommendation') && (
          <li>
            <Link to={`/arenden/${view.id}/parter`}>Partsregister</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
