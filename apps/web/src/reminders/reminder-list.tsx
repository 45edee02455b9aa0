import type { RecipientReminder, RecipientReminders } from '../api/reminder-types';
import { ScrollTable } from '../components/scroll-table';
import { useLoad } from '../components/use-load';
import { formatDate, formatDateTime } from '../format';

const STATUS: Record<RecipientReminder['status'], string> = {
  planned: 'Planerad',
  sent: 'Skickad',
  skipped: 'Skickades inte',
  cancelled: 'Ersatt eller stoppad',
  failed: 'Kunde inte skickas',
  uncertain: 'Osäkert om den kom fram',
};

/** "14 dagar före svarsdagen", "Inför svarsdagen", "Efter svarsdagen (2)": what the reminder is, in words. */
export function reminderName(r: Pick<RecipientReminder, 'kind' | 'key'>): string {
  const n = Number(r.key.split('-')[1]);
  if (r.kind === 'before') return Number.isFinite(n) ? `${n} dagar före svarsdagen` : 'Före svarsdagen';
  if (r.kind === 'deadline') return 'Inför svarsdagen';
  if (r.kind === 'overdue') return Number.isFinite(n) && n > 1 ? `Efter svarsdagen (${n}:a)` : 'Efter svarsdagen';
  return 'Påminnelse';
}

function when(r: RecipientReminder): string {
  if (r.status === 'planned') return `planerad ${formatDateTime(r.dueAt)}`;
  return r.doneAt ? formatDateTime(r.doneAt) : formatDateTime(r.dueAt);
}

/** The reminders to one recipient as a table: planned and sent ones, and those skipped or replaced with the reason. */
export function ReminderTable({ reminders, caption }: { reminders: RecipientReminder[]; caption: string }) {
  if (reminders.length === 0) return <p className="muted">Inga påminnelser är planerade.</p>;
  return (
    <ScrollTable label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Påminnelse</th>
            <th scope="col">För svarsdag</th>
            <th scope="col">Status</th>
            <th scope="col">När</th>
            <th scope="col">Skäl</th>
          </tr>
        </thead>
        <tbody>
          {reminders.map((r) => (
            <tr key={r.id}>
              <td>{reminderName(r)}</td>
              <td>{formatDate(r.deadline)}</td>
              <td>{STATUS[r.status] ?? r.status}</td>
              <td>{when(r)}</td>
              <td>{r.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** The reminders section of a recipient page (the officer's and KSL's): loads GET /recipients/:id/reminders. */
/** Remount it (key) to load again after an action. */
export function RemindersSection({ recipientId }: { recipientId: string }) {
  const { data, error } = useLoad<RecipientReminders>(`/recipients/${recipientId}/reminders`);
  const planned = data?.items.filter((r) => r.status === 'planned').length ?? 0;
  const sent = data?.items.filter((r) => r.status === 'sent').length ?? 0;
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Påminnelser</h2>
      <p className="hint">Systemet skickar påminnelser med e-post inför och efter svarsdagen så länge svaret inte har kommit. Beviljas ett anstånd planeras påminnelserna om för den nya dagen.</p>
      {error && <p className="field-error">Påminnelserna kunde inte hämtas.</p>}
      {data && (
        <>
          <p>
            {sent} skickade, {planned} planerade.
          </p>
          <ReminderTable reminders={data.items} caption="Påminnelser" />
        </>
      )}
    </section>
  );
}
