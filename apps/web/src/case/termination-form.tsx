import { useState } from 'react';
import { api } from '../api/client';
import { DateField, FormError, SelectField, TextField } from '../components/fields';
import { dateCheck, issuesOf } from '../components/plain-errors';
import { useSubmit } from '../components/use-submit';

/** Registers a party's termination of the agreement; it ends nine months after the notice reached the parties. */
export function TerminationForm({ caseId, parties, onDone }: { caseId: string; parties: Array<{ organisationId: string; organisationName: string }>; onDone(): void }) {
  const [organisationId, setOrganisationId] = useState('');
  const [noticeReachedDate, setNoticeReachedDate] = useState('');
  const [note, setNote] = useState('');
  const { error, busy, onSubmit, fieldError, clearOnChange } = useSubmit(async () => {
    await api.post(`/cases/${caseId}/terminations`, { organisationId, noticeReachedDate, note: note.trim() || undefined });
    setOrganisationId('');
    setNoticeReachedDate('');
    setNote('');
    onDone();
  }, () => issuesOf([['organisationId', organisationId !== '', 'välj vilken part som säger upp'], ...dateCheck('noticeReachedDate', noticeReachedDate)]));
  const options = Object.fromEntries([['', 'Välj …'], ...parties.map((p) => [p.organisationId, p.organisationName])]);
  return (
    <form className="card" onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-labelledby="termination-heading">
      <h2 id="termination-heading">Registrera uppsägning</h2>
      <FormError error={error} />
      <SelectField label="Part som säger upp" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)} options={options} error={fieldError('organisationId')} name="organisationId" required />
      <DateField
        label="Dag då uppsägningen kom fram"
        name="noticeReachedDate"
        value={noticeReachedDate}
        onChange={(e) => setNoticeReachedDate(e.target.value)}
        error={fieldError('noticeReachedDate')}
        hint="Överenskommelsen upphör att gälla för parten nio månader senare."
        required
      />
      <TextField label="Anteckning (valfri)" value={note} onChange={(e) => setNote(e.target.value)} error={fieldError('note')} name="note" />
      <button type="submit" disabled={busy}>
        Registrera uppsägningen
      </button>
    </form>
  );
}
