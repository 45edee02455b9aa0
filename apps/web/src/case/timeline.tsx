import type { CaseEvent } from '../api/types';
import { formatDateTime } from '../format';
import { EVENTS, label } from '../labels';
import { MoreButton } from '../components/use-paged-load';
import { groupEvents } from './group-events';

/**
 * The case's history, newest first. The same event for many recipients at one moment (a round sent to 26
 * municipalities, their deadline passing) is one line with the number of recipients, the names behind "Visa vilka".
 */
export function Timeline({ events, organisationOf, older }: { events: CaseEvent[]; organisationOf(recipientId: string | null): string | undefined; older?: (() => void) | null }) {
  const groups = groupEvents(events).reverse();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Händelser</h2>
      {events.length === 0 ? (
        <p>Inga händelser ännu.</p>
      ) : (
        <ol className="timeline" reversed>
          {groups.map((g) => {
            const e = g.first;
            const names = g.recipientIds.map((id) => organisationOf(id)).filter((n): n is string => !!n);
            return (
              <li key={g.key}>
                <time dateTime={e.at}>{formatDateTime(e.at)}</time> – <strong>{label(EVENTS, e.event)}</strong>
                {g.count === 1 && organisationOf(e.recipientId) && <> ({organisationOf(e.recipientId)})</>}
                {g.count > 1 && <> ({g.count} mottagare)</>}
                {e.actorName && <span className="muted"> av {e.actorName}{e.actorOrganisation ? `, ${e.actorOrganisation}` : ''}</span>}
                {g.count > 1 && names.length > 0 && (
                  <details className="event-names">
                    <summary>
                      Visa vilka<span className="visually-hidden"> ({label(EVENTS, e.event).toLowerCase()})</span>
                    </summary>
                    <p>{names.join(', ')}</p>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <MoreButton more={older ?? null} label="Visa äldre händelser" />
    </section>
  );
}
