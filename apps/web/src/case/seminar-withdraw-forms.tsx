import { useState } from 'react';
import { api } from '../api/client';
import { FormError, TextArea, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';

/** Schedules the seminar on the draft: date, place and who is invited (one per line). */
export function SeminarForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [invited, setInvited] = useState('');
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    const list = invited.split('\n').map((s) => s.trim()).filter(Boolean);
    await api.post(`/cases/${caseId}/seminar`, { date, place, invited: list.length ? list : undefined });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <TextField label="Datum" type="date" value={date} onChange={(e) => setDate(e.target.value)} error={fieldError('date')} required />
      <TextField label="Plats" value={place} onChange={(e) => setPlace(e.target.value)} error={fieldError('place')} required />
      <TextArea label="Inbjudna (valfritt)" rows={3} hint="En per rad." value={invited} onChange={(e) => setInvited(e.target.value)} error={fieldError('invited')} />
      <button type="submit" disabled={busy}>
        Planera seminariet
      </button>
    </form>
  );
}

/** Withdraws (återkallar) the case with a reason; every open remiss in it is withdrawn too. */
export function WithdrawForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const [reason, setReason] = useState('');
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    await api.post(`/cases/${caseId}/withdraw`, { reason });
    onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <TextArea label="Skäl" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError('reason')} required />
      <button type="submit" className="danger" disabled={busy}>
        Återkalla ärendet
      </button>
    </form>
  );
}
