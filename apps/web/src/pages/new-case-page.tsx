import { useState } from 'react';
import { api } from '../api/client';
import type { CaseSummary } from '../api/types';
import { FormError, TextArea, TextField } from '../components/fields';
import { Page } from '../components/page';
import { useSubmit } from '../components/use-submit';
import { issuesOf } from '../components/plain-errors';
import { navigate, usePath } from '../router';

/** Opens a case; with ?svar=<recipientId> it is an internal remiss under a received one. */
export function NewCasePage() {
  const parentRecipientId = usePath().search.get('svar') ?? undefined;
  const [title, setTitle] = useState('');
  const [registryNumber, setRegistryNumber] = useState('');
  const [description, setDescription] = useState('');
  const { error, busy, onSubmit, fieldError, clearOnChange } = useSubmit(async () => {
    const created = await api.post<CaseSummary>('/cases', {
      title,
      description: description || undefined,
      registryNumber: registryNumber.trim() || undefined,
      parentRecipientId,
    });
    navigate(`/arenden/${created.id}`);
  }, () => issuesOf([['title', title.trim() !== '', 'skriv ärendets rubrik']]));
  return (
    <Page title={parentRecipientId ? 'Ny intern remiss' : 'Nytt ärende'}>
      <form className="narrow" onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-label="Nytt ärende">
        <FormError error={error} />
        <TextField label="Rubrik" value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError('title')} name="title" required />
        <TextField
          label="Diarienummer (valfritt)"
          hint="Lämna tomt för att få nästa nummer i diariet."
          value={registryNumber}
          onChange={(e) => setRegistryNumber(e.target.value)}
          error={fieldError('registryNumber')}
          name="registryNumber"
        />
        <TextArea label="Beskrivning (valfri)" value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError('description')} name="description" />
        <button type="submit" disabled={busy}>
          Öppna ärendet
        </button>
      </form>
    </Page>
  );
}
