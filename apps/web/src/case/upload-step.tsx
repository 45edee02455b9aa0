import { useState } from 'react';
import { api } from '../api/client';
import { FileField, FormError, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { issuesOf } from '../components/plain-errors';

/** Uploads a document (POST /documents) and hands its id to a case step, e.g. a new draft version. */
export function UploadStep({ heading, kind, path, onDone }: { heading: string; kind: string; path: string; onDone(): void }) {
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const { error, busy, onSubmit, fieldError, clearOnChange, clear } = useSubmit(async () => {
    if (!file) return;
    const doc = await api.upload(file, kind, title);
    await api.post(path, { documentId: doc.id });
    setTitle('');
    setFile(null);
    setSent((n) => n + 1);
    onDone();
  }, () => issuesOf([['title', title.trim() !== '', 'skriv en titel'], ['file', file !== null, 'välj en fil (PDF, DOCX eller ODT)']]));
  return (
    <form className="card" onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-label={heading}>
      <h3>{heading}</h3>
      <FormError error={error} />
      <TextField label="Titel" value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError('title')} name="title" required />
      <FileField key={sent} label="Fil" name="file documentId" onFile={(f) => (setFile(f), clear(['file', 'documentId']))} error={fieldError('file') ?? fieldError('documentId')} hint="PDF, DOCX eller ODT." />
      <button type="submit" disabled={busy}>
        Ladda upp
      </button>
    </form>
  );
}
