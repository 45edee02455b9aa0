import { useState } from 'react';
import { api } from '../api/client';
import { FormError, TextArea, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { DeadlineAdvice, useDeadlineCheck } from './deadline-check';
import { Picked, RecipientPicker } from './recipient-picker';

/** Sends a remiss or a recommendation: recipients or groups, a deadline checked before sending, a message. */
export function SendRoundForm({ caseId, kind, onDone }: { caseId: string; kind: 'remiss' | 'recommendation'; onDone(): void }) {
  const [picked, setPicked] = useState<Picked>({ organisationIds: [], groupIds: [] });
  const [deadline, setDeadline] = useState('');
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const check = useDeadlineCheck(deadline);
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    await api.post(`/cases/${caseId}/${kind === 'remiss' ? 'rounds' : 'recommendations'}`, {
      deadline,
      subject: subject || undefined,
      message: message || undefined,
      ...picked,
    });
    onDone();
  });
  const recipientsError = fieldError('organisationIds') ?? fieldError('groupIds');
  const deadlineError = fieldError('deadline') ?? (error?.code?.startsWith('DEADLINE.') ? error.message : undefined);
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <RecipientPicker value={picked} onChange={setPicked} error={recipientsError} />
      <TextField
        label={kind === 'remiss' ? 'Sista svarsdag' : 'Sista dag för kommunernas beslut'}
        type="date"
        value={deadline}
        onChange={(e) => setDeadline(e.target.value)}
        error={deadlineError}
        hint="Datumet gäller till dagens slut, svensk tid."
        required
      />
      <DeadlineAdvice check={check} onUseSuggested={setDeadline} />
      <TextField label="Ämne (valfritt)" value={subject} onChange={(e) => setSubject(e.target.value)} error={fieldError('subject')} />
      <TextArea label="Meddelande (valfritt)" value={message} onChange={(e) => setMessage(e.target.value)} error={fieldError('message')} />
      <button type="submit" disabled={busy}>
        {kind === 'remiss' ? 'Skicka remissen' : 'Skicka rekommendationen'}
      </button>
    </form>
  );
}
