import { useState } from 'react';
import { api } from '../api/client';
import { DateField, FormError, TextArea } from '../components/fields';
import { dateCheck, issuesOf } from '../components/plain-errors';
import { useSubmit } from '../components/use-submit';
import { DeadlineAdvice, useDeadlineCheck } from '../case/deadline-check';
import { Notice } from '../components/confirm';
import { formatDate } from '../format';

export function ExtensionForm({ recipientId, onDone }: { recipientId: string; onDone(n?: Notice): void }) {
  const [requestedDate, setRequestedDate] = useState('');
  const [reason, setReason] = useState('');
  const check = useDeadlineCheck(requestedDate);
  const { error, busy, onSubmit, fieldError, clearOnChange, clear } = useSubmit(async () => {
    await api.post(`/recipients/${recipientId}/extension-requests`, { requestedDate, reason });
    onDone({ title: 'Anstånd är begärt', lines: [`Ni har begärt anstånd till ${formatDate(requestedDate)}. Avsändaren beslutar, och ni får beslutet med e-post. Till dess gäller nuvarande sista dag.`] });
  }, () => issuesOf([...dateCheck('requestedDate', requestedDate), ['reason', reason.trim() !== '', 'skriv varför ni behöver anstånd']]));
  return (
    <form className="card" onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-labelledby="extension-heading">
      <h2 id="extension-heading">Begär anstånd</h2>
      <FormError error={error} />
      <DateField label="Önskad ny sista dag" value={requestedDate} onChange={(e) => setRequestedDate(e.target.value)} error={fieldError('requestedDate')} name="requestedDate" required />
      <DeadlineAdvice check={check && { ...check, warnings: check.warnings.filter((w) => w.code !== 'DEADLINE.SHORTER_THAN_MINIMUM') }} onUseSuggested={(d) => (setRequestedDate(d), clear(['requestedDate']))} />
      <TextArea label="Skäl" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError('reason')} name="reason" required />
      <button type="submit" disabled={busy}>
        Begär anstånd
      </button>
    </form>
  );
}
