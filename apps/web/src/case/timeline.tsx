import type { CaseEvent } from '../api/types';
import { formatDateTime } from '../format';
import { EVENTS, label } from '../labels';
import { MoreButton } from '../components/use-paged-load';

export function Timeline({ events, organisationOf, older }: { events: CaseEvent[]; organisationOf(recipientId: string | null): string | undefined; older?: (() => void) | null }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Händelser</h2>
      {events.length === 0 ? (
        <p>Inga händelser ännu.</p>
      ) : (
        <ol className="timeline" reversed>
          {[...events].reverse().map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{formatDateTime(e.at)}</time> – <strong>{label(EVENTS, e.event)}</strong>
              {organisationOf(e.recipientId) && <> ({organisationOf(e.recipientId)})</>}
              {e.actorName && <span className="muted"> av {e.actorName}{e.actorOrganisation ? `, ${e.actorOrganisation}` : ''}</span>}
            </li>
          ))}
        </ol>
      )}
      <MoreButton more={older ?? null} label="Visa äldre händelser" />
    </section>
  );
}
