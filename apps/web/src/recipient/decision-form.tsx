import { useState } from 'react';
import { api } from '../api/client';
import { FileField, FormError, SelectField, TextArea, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { DECISION_BODIES, DECISION_OUTCOMES } from '../labels';

/** A committee secretary registers a decision: body, meeting, §, decision, justering, the extract of minutes. */
export function DecisionForm({ recipientId, onDone }: { recipientId: string; onDone(): void }) {
  const [f, setF] = useState({ bodyKind: 'committee', bodyName: '', meetingDate: '', paragraph: '', outcome: 'adopt', text: '', justeringDate: '', immediate: false, final: true });
  const set = (patch: Partial<typeof f>) => setF((old) => ({ ...old, ...patch }));
  const [file, setFile] = useState<File | null>(null);
  const [documentId, setDocumentId] = useState<string>();
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    let docId = documentId;
    if (file && !docId) {
      docId = (await api.upload(file, 'minutes_extract', `Protokollsutdrag ${f.paragraph}`.trim())).id;
      setDocumentId(docId);
    }
    await api.post(`/recipients/${recipientId}/decisions`, {
      ...f,
      justeringDate: f.immediate ? undefined : f.justeringDate || undefined,
      immediate: f.immediate,
      final: f.bodyKind === 'council' ? true : f.final,
      documentId: docId,
    });
    onDone();
  });
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="decision-heading">
      <h2 id="decision-heading">Registrera beslut</h2>
      <FormError error={error} />
      <SelectField label="Beslutande organ" value={f.bodyKind} onChange={(e) => set({ bodyKind: e.target.value })} options={DECISION_BODIES} error={fieldError('bodyKind')} />
      <TextField label="Organets namn" hint="T.ex. Socialnämnden" value={f.bodyName} onChange={(e) => set({ bodyName: e.target.value })} error={fieldError('bodyName')} required />
      <TextField label="Sammanträdesdatum" type="date" value={f.meetingDate} onChange={(e) => set({ meetingDate: e.target.value })} error={fieldError('meetingDate')} required />
      <TextField label="Paragraf" hint="T.ex. § 130" value={f.paragraph} onChange={(e) => set({ paragraph: e.target.value })} error={fieldError('paragraph')} required />
      <SelectField label="Beslut" value={f.outcome} onChange={(e) => set({ outcome: e.target.value })} options={DECISION_OUTCOMES} error={fieldError('outcome')} />
      <TextArea label="Beslutstext" rows={3} value={f.text} onChange={(e) => set({ text: e.target.value })} error={fieldError('text')} required />
      <div className="field checkbox">
        <input id="immediate" type="checkbox" checked={f.immediate} onChange={(e) => set({ immediate: e.target.checked })} />
        <label htmlFor="immediate">Omedelbar justering</label>
      </div>
      {!f.immediate && (
        <TextField label="Justeringsdatum" type="date" value={f.justeringDate} onChange={(e) => set({ justeringDate: e.target.value })} error={fieldError('justeringDate') ?? fieldError('immediate')} />
      )}
      {f.bodyKind !== 'council' && (
        <div className="field checkbox">
          <input id="final" type="checkbox" checked={f.final} onChange={(e) => set({ final: e.target.checked })} />
          <label htmlFor="final">Slutligt beslut (på delegation)</label>
        </div>
      )}
      <FileField label="Protokollsutdrag" onFile={(x) => (setFile(x), setDocumentId(undefined))} error={fieldError('documentId') ?? fieldError('file')} hint="PDF, DOCX eller ODT. Krävs för att kunna expediera." />
      <button type="submit" disabled={busy}>
        Registrera beslutet
      </button>
    </form>
  );
}

/** Dispatches (expedierar) the final decision to the sender's registry and optional further addresses. */
export function DispatchForm({ recipientId, onDone }: { recipientId: string; onDone(): void }) {
  const [addresses, setAddresses] = useState('');
  const [theirRegistryNumber, setTheirRegistryNumber] = useState('');
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    const list = addresses.split(/[,;\s]+/).filter(Boolean);
    await api.post(`/recipients/${recipientId}/dispatch`, { addresses: list.length ? list : undefined, theirRegistryNumber: theirRegistryNumber.trim() || undefined });
    onDone();
  });
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="dispatch-heading">
      <h2 id="dispatch-heading">Expediera beslutet</h2>
      <FormError error={error} />
      <TextField label="Fler mottagare (valfritt)" hint="E-postadresser, åtskilda med komma." value={addresses} onChange={(e) => setAddresses(e.target.value)} error={fieldError('addresses')} />
      <TextField label="Ert diarienummer (valfritt)" value={theirRegistryNumber} onChange={(e) => setTheirRegistryNumber(e.target.value)} error={fieldError('theirRegistryNumber')} />
      <button type="submit" disabled={busy}>
        Expediera
      </button>
    </form>
  );
}
