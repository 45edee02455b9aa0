import { useState } from 'react';
import type { InboxExtras } from '../api/followup-types';
import type { InboxItem } from '../api/types';
import { SelectField } from '../components/fields';
import { Loading, Page } from '../components/page';
import { ScrollTable } from '../components/scroll-table';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { daysLeftText, formatDate } from '../format';
import { DECISION_OUTCOMES, label, POSITIONS, RECIPIENT_STATES, ROUND_KINDS } from '../labels';
import { Link } from '../router';

const OPEN = ['sent', 'overdue', 'extensionRequested', 'inProgress', 'decided'];

/** "Mina remisser": remisses and recommendations sent to my organisation, open ones first. */
const SHOW: Record<string, string> = { '': 'Alla', mine: 'Tilldelade mig', done: 'Våra tidigare svar och beslut' };
const QUERY: Record<string, string> = { '': '', mine: '&assigned=me', done: '&done=true' };

export function InboxPage() {
  const [show, setShow] = useState('');
  const { data, error, more, loading } = usePagedLoad<InboxItem & InboxExtras>(`/inbox?limit=50${QUERY[show]}`);
  return (
    <Page title="Mina remisser">
      <p className="hint">Remisser och rekommendationer som har skickats till er organisation. Öppna först, sedan efter sista dag. Välj Våra tidigare svar och beslut för att se vad ni har svarat och beslutat.</p>
      <form className="filters" role="search" aria-label="Filtrera Mina remisser" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Visa" value={show} onChange={(e) => setShow(e.target.value)} options={SHOW} />
      </form>
      {!data ? (
        <Loading error={error} />
      ) : data.length === 0 ? (
        <p>{show === 'mine' ? 'Inget är tilldelat dig.' : show === 'done' ? 'Ni har inte svarat eller beslutat om något ännu.' : 'Inga remisser eller rekommendationer har kommit till er organisation.'}</p>
      ) : (
        <ScrollTable label="Remisser och rekommendationer">
          <table>
            <thead>
              <tr>
                <th scope="col">Ärende</th>
                <th scope="col">Typ</th>
                <th scope="col">Från</th>
                <th scope="col">Sista dag</th>
                <th scope="col">Kvar</th>
                <th scope="col">Status</th>
                <th scope="col">Handläggare</th>
                <th scope="col">Ert svar eller beslut</th>
              </tr>
            </thead>
            <tbody>
              {data.map((i) => (
                <InboxLine key={i.recipientId} item={i} />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <MoreButton more={more} loading={loading} />
    </Page>
  );
}

function InboxLine({ item }: { item: InboxItem & InboxExtras }) {
  const open = OPEN.includes(item.state);
  return (
    <tr className={open && item.daysLeft < 0 ? 'overdue' : undefined}>
      <td>
        <Link to={`/mina-remisser/${item.recipientId}`}>
          {item.caseRegistryNumber} {item.caseTitle}
        </Link>
      </td>
      <td>{label(ROUND_KINDS, item.roundKind)}</td>
      <td>{item.senderName}</td>
      <td>
        {formatDate(item.deadline)}
        {item.deadline !== item.originalDeadline && <span className="muted"> (anstånd, ursprungligen {formatDate(item.originalDeadline)})</span>}
      </td>
      <td>{open ? daysLeftText(item.daysLeft) : ''}</td>
      <td>{label(RECIPIENT_STATES, item.state)}</td>
      <td>{item.assignee?.name ?? ''}</td>
      <td>
        {item.position && `${label(POSITIONS, item.position)}${item.answeredAt ? `, ${formatDate(item.answeredAt)}` : ''}`}
        {item.decision && `${item.decision.bodyName} ${formatDate(item.decision.meetingDate)} ${item.decision.paragraph}: ${label(DECISION_OUTCOMES, item.decision.outcome).toLowerCase()}`}
      </td>
    </tr>
  );
}
