import { useState } from 'react';
import { api } from '../api/client';
import { FormError, TextArea, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { DeadlineAdvice, useDeadlineCheck } from '../case/deadline-check';
import { Notice } from '../components/confirm';
import { formatDate } from '../format';

export function ExtensionForm({ recipientId, onDone }: { recipientId: string; onDone(n?: Notice): void }) {
  const [requestedDate, setRequestedDate] = useState('');
  const [reason, setReason] = useState('');
  const check = useDeadlineCheck(requestedDate);
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    await api.post(`/recipients/${recipientId}/extension-requests`, { requestedDate, reason });
    onDone({ title: 'Anstånd är begärt', lines: [`Ni har begärt anstånd till ${formatDate(requestedDate)}. Avsändaren beslutar, och ni får beslutet med e-post. Till dess gäller nuvarande sista dag.`] });
  });
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="extension-heading">
      <h2 id="extension-heading">Begär anstånd</h2>
      <FormError error={error} />
      <TextField label="Önskad ny sista dag" type="date" value={requestedDate} onChange={(e) => setRequestedDate(e.target.value)} error={fieldError('requestedDate')} required />
      <DeadlineAdvice check={check && { ...check, warnings: check.warnings.filter((w) => w.code !== 'DEADLINE.SHORTER_THAN_MINIMUM') }} onUseSuggested={setRequestedDate} />
      <TextArea label="Skäl" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError('reason')} required />
      <button type="submit" disabled={busy}>
        Begär anstånd
      </button>
    </form>
  );
}
