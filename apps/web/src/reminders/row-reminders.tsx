import { useState } from 'react';
import { api } from '../api/client';
import type { RecipientReminders } from '../api/reminder-types';
import { formatDateTime } from '../format';
import { reminderName } from './reminder-list';

const SHORT: Record<string, string> = { planned: 'planerad', sent: 'skickad', skipped: 'skickades inte', cancelled: 'ersatt', failed: 'kunde inte skickas', uncertain: 'osäker' };

/**
 * In a status-matrix row: "Visa" opens the recipient's reminders, loaded only then (a round has up to 290 rows).
 * Each line says what the reminder is, where it stands, when, and why it was skipped or replaced.
 */
export function RowReminders({ recipientId, organisationName }: { recipientId: string; organisationName: string }) {
  const [data, setData] = useState<RecipientReminders | null>(null);
  const [failed, setFailed] = useState(false);
  const load = (open: boolean) => {
    if (!open || data) return;
    api
      .get<RecipientReminders>(`/recipients/${recipientId}/reminders`)
      .then((d) => (setData(d), setFailed(false)))
      .catch(() => setFailed(true));
  };
  return (
    <details className="row-reminders" onToggle={(e) => load((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        Visa<span className="visually-hidden"> påminnelser till {organisationName}</span>
      </summary>
      {failed && <p className="field-error">Kunde inte hämtas.</p>}
      {data && data.items.length === 0 && <p className="muted">Inga</p>}
      {data && data.items.length > 0 && (
        <ul className="plain" aria-label={`Påminnelser till ${organisationName}`}>
          {data.items.map((r) => (
            <li key={r.id}>
              {reminderName(r)}: {SHORT[r.status] ?? r.status} {formatDateTime(r.status === 'planned' ? r.dueAt : (r.doneAt ?? r.dueAt))}
              {r.reason && <span className="muted"> ({r.reason})</span>}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
