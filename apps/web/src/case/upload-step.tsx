import { useState } from 'react';
import { api } from '../api/client';
import { FileField, FormError, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';

/** Uploads a document (POST /documents) and hands its id to a case step, e.g. a new draft version. */
export function UploadStep({ heading, kind, path, onDone }: { heading: string; kind: string; path: string; onDone(): void }) {
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [sent, setSent] = useState(0);
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    setFileError(undefined);
    if (!file) {
      setFileError('Välj en fil (PDF, DOCX eller ODT).');
      return;
    }
    const doc = await api.upload(file, kind, title);
    await api.post(path, { documentId: doc.id });
    setTitle('');
    setFile(null);
    setSent((n) => n + 1);
    onDone();
  });
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-label={heading}>
      <h3>{heading}</h3>
      <FormError error={error} />
      <TextField label="Titel" value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError('title')} required />
      <FileField key={sent} label="Fil" onFile={setFile} error={fileError ?? fieldError('file')} hint="PDF, DOCX eller ODT." />
      <button type="submit" disabled={busy}>
        Ladda upp
      </button>
    </form>
  );
}
