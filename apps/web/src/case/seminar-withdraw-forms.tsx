import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { CaseView } from '../api/types';
import { CheckAnswers, Notice } from '../components/confirm';
import { DateField, FormError, TextArea, TextField } from '../components/fields';
import { dateCheck, issuesOf } from '../components/plain-errors';
import { useSubmit } from '../components/use-submit';

/** Schedules the seminar on the draft: date, place and who is invited (one per line). */
export function SeminarForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [invited, setInvited] = useState('');
  const { error, busy, onSubmit, fieldError, clearOnChange } = useSubmit(async () => {
    const list = invited.split('\n').map((s) => s.trim()).filter(Boolean);
    await api.post(`/cases/${caseId}/seminar`, { date, place, invited: list.length ? list : undefined });
    onDone();
  }, () => issuesOf([...dateCheck('date', date), ['place', place.trim() !== '', 'skriv var seminariet hålls']]));
  return (
    <form onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-label="Planera seminarium">
      <FormError error={error} />
      <DateField label="Datum" value={date} onChange={(e) => setDate(e.target.value)} error={fieldError('date')} name="date" required />
      <TextField label="Plats" value={place} onChange={(e) => setPlace(e.target.value)} error={fieldError('place')} name="place" required />
      <TextArea label="Inbjudna (valfritt)" rows={3} hint="En per rad." value={invited} onChange={(e) => setInvited(e.target.value)} error={fieldError('invited')} name="invited" />
      <button type="submit" disabled={busy}>
        Planera seminariet
      </button>
    </form>
  );
}

const OPEN = ['sent', 'overdue', 'extensionRequested', 'inProgress', 'decided'];

/** Withdraws (återkallar) the case with a reason, after a check step: every open remiss in it is withdrawn too. */
export function WithdrawForm({ view, onDone, onCancel }: { view: CaseView; onDone(n: Notice): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  const [checking, setChecking] = useState(false);
  const open = view.matrix.filter((r) => OPEN.includes(r.state));
  const { error, busy, onSubmit, fieldError, check, clearOnChange } = useSubmit(async () => {
    try {
      await api.post(`/cases/${view.id}/withdraw`, { reason });
    } catch (e) {
      setChecking(false);
      throw e;
    }
    onDone({ title: 'Ärendet är återkallat', lines: [`Skäl: ${reason}`, open.length > 0 ? `${open.length} pågående remisser och rekommendationer avslutades.` : 'Inga pågående utskick berördes.'] });
  }, () => issuesOf([['reason', reason.trim() !== '', 'skriv varför ärendet återkallas']]));
  const toCheck = (e: FormEvent) => {
    e.preventDefault();
    if (check()) setChecking(true);
  };
  if (checking)
    return (
      <CheckAnswers
        lead={`Återkalla ärendet ${view.registryNumber ?? ''} ${view.title}.`.replace(/\s+/g, ' ')}
        rows={[
          { label: 'Skäl', value: reason },
          { label: 'Pågående utskick', value: open.length === 0 ? 'Inga' : `${open.length} mottagare kan inte längre svara: ${open.map((r) => r.organisationName).join(', ')}` },
        ]}
        confirmText="Bekräfta och återkalla ärendet"
        danger
        busy={busy}
        error={error}
        onConfirm={() => void onSubmit()}
        onBack={() => setChecking(false)}
      />
    );
  return (
    <form onSubmit={toCheck} onChange={clearOnChange} noValidate aria-label="Återkalla ärendet">
      <FormError error={error} />
      <TextArea label="Skäl" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError('reason')} name="reason" required />
      <div className="actions">
        <button type="submit" className="danger">
          Återkalla ärendet
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
