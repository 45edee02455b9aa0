import type { InboxItem } from '../api/types';
import { Loading, Page } from '../components/page';
import { ScrollTable } from '../components/scroll-table';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { daysLeftText, formatDate } from '../format';
import { label, RECIPIENT_STATES, ROUND_KINDS } from '../labels';
import { Link } from '../router';

const OPEN = ['sent', 'overdue', 'extensionRequested', 'inProgress', 'decided'];

/** "Mina remisser": remisses and recommendations sent to my organisation, open ones first. */
export function InboxPage() {
  const { data, error, more, loading } = usePagedLoad<InboxItem>('/inbox');
  return (
    <Page title="Mina remisser">
      {!data ? (
        <Loading error={error} />
      ) : data.length === 0 ? (
        <p>Inga remisser eller rekommendationer har kommit till er organisation.</p>
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

function InboxLine({ item }: { item: InboxItem }) {
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
    </tr>
  );
}
