import { useState } from 'react';
import { api } from '../api/client';
import { FileField, FormError, SelectField, TextArea, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { POSITIONS } from '../labels';

/** The remiss answer: position, text, the municipality's own registry number and an optional document. */
export function AnswerForm({ recipientId, onDone }: { recipientId: string; onDone(): void }) {
  const [position, setPosition] = useState('');
  const [text, setText] = useState('');
  const [theirRegistryNumber, setTheirRegistryNumber] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [documentId, setDocumentId] = useState<string>();
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    // An uploaded file is kept across a failed answer, so a retry does not upload it twice.
    let docId = documentId;
    if (file && !docId) {
      docId = (await api.upload(file, 'answer', `Remissvar ${file.name}`)).id;
      setDocumentId(docId);
    }
    await api.post(`/recipients/${recipientId}/answer`, {
      position,
      text,
      theirRegistryNumber: theirRegistryNumber.trim() || undefined,
      documentIds: docId ? [docId] : undefined,
    });
    onDone();
  });
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="answer-heading">
      <h2 id="answer-heading">Besvara remissen</h2>
      <FormError error={error} />
      <SelectField label="Ställningstagande" value={position} onChange={(e) => setPosition(e.target.value)} options={{ '': 'Välj …', ...POSITIONS }} error={fieldError('position')} required />
      <TextArea label="Yttrande" value={text} onChange={(e) => setText(e.target.value)} error={fieldError('text')} required />
      <TextField label="Ert diarienummer (valfritt)" value={theirRegistryNumber} onChange={(e) => setTheirRegistryNumber(e.target.value)} error={fieldError('theirRegistryNumber')} />
      <FileField
        label="Bifoga yttrandet som fil (valfritt)"
        onFile={(f) => (setFile(f), setDocumentId(undefined))}
        error={fieldError('file') ?? fieldError('documentIds')}
        hint="PDF, DOCX eller ODT."
      />
      <button type="submit" disabled={busy}>
        Skicka svaret
      </button>
    </form>
  );
}
