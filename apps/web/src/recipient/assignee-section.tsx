import { useState } from 'react';
import { api } from '../api/client';
import type { RecipientExtras } from '../api/followup-types';
import type { Notice } from '../components/confirm';
import { FormError, SelectField } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { ROLES } from '../labels';

/**
 * Who handles a received remiss: the receiving organisation assigns it to one of its officers or committee
 * secretaries (who is notified); the sender sees the name and address.
 */
export function AssigneeSection({ recipientId, view, own, onDone }: { recipientId: string; view: RecipientExtras; own: boolean; onDone(n: Notice): void }) {
  const current = view.assignee ?? null;
  const [userId, setUserId] = useState(current?.id ?? '');
  const { error, busy, onSubmit, fieldError, clearOnChange } = useSubmit(async () => {
    const result = await api.put<{ assignee: { name: string } | null }>(`/recipients/${recipientId}/assignee`, { userId: userId || null });
    onDone(
      result.assignee
        ? { title: `Remissen är tilldelad ${result.assignee.name}`, lines: [`${result.assignee.name} får en avisering och ser den under Mina remisser.`] }
        : { title: 'Tilldelningen är borttagen' },
    );
  });
  if (!own) {
    return current ? (
      <p>
        Handläggare: {current.name}, <a href={`mailto:${current.email}`}>{current.email}</a>
      </p>
    ) : null;
  }
  const options: Record<string, string> = { '': 'Ingen' };
  for (const u of view.assignable ?? []) options[u.id] = `${u.name} (${(ROLES[u.role] ?? u.role).toLowerCase()})`;
  return (
    <section aria-labelledby="assignee-heading" className="card">
      <h2 id="assignee-heading">Handläggare</h2>
      <p className="hint">Lägg remissen på den som ska ta fram svaret. Hen får en avisering och hittar den under Mina remisser, filtrerat på Tilldelade mig.</p>
      <p>{current ? `Tilldelad ${current.name}.` : 'Ingen är tilldelad ännu.'}</p>
      <form onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-label="Tilldela handläggare">
        <FormError error={error} />
        <SelectField label="Handläggare" name="userId" value={userId} onChange={(e) => setUserId(e.target.value)} options={options} error={fieldError('userId')} />
        <button type="submit" disabled={busy}>
          Spara handläggare
        </button>
      </form>
    </section>
  );
}
