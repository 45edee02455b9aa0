import { useState } from 'react';
import { api } from '../api/client';
import type { CaseSummary } from '../api/types';
import { FormError, TextArea, TextField } from '../components/fields';
import { Page } from '../components/page';
import { useSubmit } from '../components/use-submit';
import { navigate, usePath } from '../router';

/** Opens a case; with ?svar=<recipientId> it is an internal remiss under a received one. */
export function NewCasePage() {
  const parentRecipientId = usePath().search.get('svar') ?? undefined;
  const [title, setTitle] = useState('');
  const [registryNumber, setRegistryNumber] = useState('');
  const [description, setDescription] = useState('');
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    const created = await api.post<CaseSummary>('/cases', {
      title,
      description: description || undefined,
      registryNumber: registryNumber.trim() || undefined,
      parentRecipientId,
    });
    navigate(`/arenden/${created.id}`);
  });
  return (
    <Page title={parentRecipientId ? 'Ny intern remiss' : 'Nytt ärende'}>
      <form className="narrow" onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        <TextField label="Rubrik" value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError('title')} required />
        <TextField
          label="Diarienummer (valfritt)"
          hint="Lämna tomt för att få nästa nummer i diariet."
          value={registryNumber}
          onChange={(e) => setRegistryNumber(e.target.value)}
          error={fieldError('registryNumber')}
        />
        <TextArea label="Beskrivning (valfri)" value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError('description')} />
        <button type="submit" disabled={busy}>
          Öppna ärendet
        </button>
      </form>
    </Page>
  );
}
