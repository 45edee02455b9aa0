import { useState } from 'react';
import { api } from '../api/client';
import { FormError, TextArea } from '../components/fields';
import { Notice } from '../components/confirm';
import { useSubmit } from '../components/use-submit';
import { issuesOf } from '../components/plain-errors';

/** The officer declines to answer the remiss (avstår), with a reason the sender sees. */
export function DeclineForm({ recipientId, onDone }: { recipientId: string; onDone(n?: Notice): void }) {
  const [reason, setReason] = useState('');
  const { error, busy, onSubmit, fieldError, clearOnChange } = useSubmit(async () => {
    await api.post(`/recipients/${recipientId}/decline`, { reason });
    onDone({ title: 'Ni har avstått från att svara', lines: [`Skäl: ${reason}`, 'Avsändaren ser att ni avstår; inga fler påminnelser skickas.'] });
  }, () => issuesOf([['reason', reason.trim() !== '', 'skriv varför ni avstår']]));
  return (
    <form className="card" onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-labelledby="decline-heading">
      <h2 id="decline-heading">Avstå från att svara</h2>
      <FormError error={error} />
      <TextArea label="Skäl till att ni avstår" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError('reason')} name="reason" required />
      <button type="submit" className="danger" disabled={busy}>
        Avstå från att svara
      </button>
    </form>
  );
}
