import { useState } from 'react';
import { api } from '../api/client';
import { DateField, FileField, FormError, SelectField, TextField } from '../components/fields';
import { dateCheck, issuesOf } from '../components/plain-errors';
import { useSubmit } from '../components/use-submit';
import { PREPARATION_KINDS } from '../labels';

/** Registers the officials' preparation of a recommendation: kind, date, author, title and an optional document. */
export function PreparationForm({ recipientId, onDone }: { recipientId: string; onDone(): void }) {
  const [f, setF] = useState({ kind: 'tjansteutlatande', date: '', author: '', title: '' });
  const set = (patch: Partial<typeof f>) => setF((old) => ({ ...old, ...patch }));
  const [file, setFile] = useState<File | null>(null);
  const [documentId, setDocumentId] = useState<string>();
  const { error, busy, onSubmit, fieldError, clearOnChange, clear } = useSubmit(async () => {
    let docId = documentId;
    if (file && !docId) {
      docId = (await api.upload(file, 'other', f.title.trim() || file.name)).id;
      setDocumentId(docId);
    }
    await api.post(`/recipients/${recipientId}/preparations`, { ...f, documentId: docId });
    onDone();
  }, () =>
    issuesOf([
      ...dateCheck('date', f.date),
      ['author', f.author.trim() !== '', 'skriv vem som upprättade beredningen'],
      ['title', f.title.trim() !== '', 'skriv beredningens rubrik'],
    ]),
  );
  return (
    <form className="card" onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-labelledby="preparation-heading">
      <h2 id="preparation-heading">Registrera beredning</h2>
      <FormError error={error} />
      <SelectField label="Slag av beredning" value={f.kind} onChange={(e) => set({ kind: e.target.value })} options={PREPARATION_KINDS} error={fieldError('kind')} name="kind" />
      <DateField label="Datum" value={f.date} onChange={(e) => set({ date: e.target.value })} error={fieldError('date')} name="date" required />
      <TextField label="Upprättad av" hint="T.ex. Socialkontoret" value={f.author} onChange={(e) => set({ author: e.target.value })} error={fieldError('author')} name="author" required />
      <TextField label="Rubrik" value={f.title} onChange={(e) => set({ title: e.target.value })} error={fieldError('title')} name="title" required />
      <FileField label="Bifoga beredningen som fil (valfritt)" name="documentId file" onFile={(x) => (setFile(x), setDocumentId(undefined), clear(['documentId', 'file']))} error={fieldError('documentId') ?? fieldError('file')} hint="PDF, DOCX eller ODT." />
      <button type="submit" disabled={busy}>
        Registrera beredningen
      </button>
    </form>
  );
}
