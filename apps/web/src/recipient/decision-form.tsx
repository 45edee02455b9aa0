import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { Decision } from '../api/types';
import { CheckAnswers, Notice } from '../components/confirm';
import { FileField, FormError, SelectField, TextArea, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { formatDate } from '../format';
import { DECISION_BODIES, DECISION_OUTCOMES } from '../labels';

const EMPTY = { bodyKind: 'committee', bodyName: '', meetingDate: '', paragraph: '', outcome: 'adopt', text: '', justeringDate: '', immediate: false, final: true };

/** "Socialnämnden 25 september 2013 § 130": a decision in one line. */
export function decisionText(d: { bodyName: string; meetingDate: string; paragraph: string }): string {
  return `${d.bodyName} ${formatDate(d.meetingDate)} ${d.paragraph}`;
}

/**
 * A committee secretary registers a decision: body, meeting, §, decision, justering, the extract of minutes; then
 * checks it before it is registered. The parent mounts a fresh form after each registration (nothing carried over).
 */
export function DecisionForm({ recipientId, onDone }: { recipientId: string; onDone(n: Notice): void }) {
  const [f, setF] = useState(EMPTY);
  const set = (patch: Partial<typeof f>) => setF((old) => ({ ...old, ...patch }));
  const [file, setFile] = useState<File | null>(null);
  const [documentId, setDocumentId] = useState<string>();
  const [checking, setChecking] = useState(false);
  const final = f.bodyKind === 'council' ? true : f.final;
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    try {
      let docId = documentId;
      if (file && !docId) {
        docId = (await api.upload(file, 'minutes_extract', `Protokollsutdrag ${f.paragraph}`.trim())).id;
        setDocumentId(docId);
      }
      await api.post(`/recipients/${recipientId}/decisions`, {
        ...f,
        justeringDate: f.immediate ? undefined : f.justeringDate || undefined,
        immediate: f.immediate,
        final,
        documentId: docId,
      });
    } catch (e) {
      setChecking(false);
      throw e;
    }
    onDone({
      title: 'Beslutet är registrerat',
      lines: [
        `${decisionText(f)}: ${DECISION_OUTCOMES[f.outcome] ?? f.outcome}${final ? ', slutligt beslut' : ''}.`,
        file ? `Protokollsutdrag: ${file.name}.` : 'Inget protokollsutdrag bifogades.',
        final ? 'Nästa steg: expediera beslutet till avsändaren.' : 'Nästa steg: registrera det slutliga beslutet när det är fattat.',
      ],
    });
  });
  const toCheck = (e: FormEvent) => {
    e.preventDefault();
    setChecking(true);
  };
  if (checking)
    return (
      <div className="card">
        <h2 id="decision-heading">Registrera beslut</h2>
        <CheckAnswers
          lead={`Registrera beslutet ${decisionText(f)} för ${f.bodyName || 'organet'}.`}
          rows={[
            { label: 'Beslutande organ', value: `${f.bodyName} (${DECISION_BODIES[f.bodyKind]})` },
            { label: 'Sammanträde', value: `${formatDate(f.meetingDate)} ${f.paragraph}` },
            { label: 'Beslut', value: `${DECISION_OUTCOMES[f.outcome]}: ${f.text}` },
            { label: 'Justering', value: f.immediate ? 'Omedelbart justerad' : f.justeringDate ? formatDate(f.justeringDate) : 'Inte angiven' },
            { label: 'Slutligt beslut', value: final ? 'Ja' : 'Nej, ärendet går vidare' },
            { label: 'Protokollsutdrag', value: file ? file.name : 'Inget (krävs för att kunna expediera)' },
          ]}
          confirmText="Bekräfta och registrera beslutet"
          busy={busy}
          error={error}
          onConfirm={() => void onSubmit()}
          onBack={() => setChecking(false)}
        />
      </div>
    );
  return (
    <form className="card" onSubmit={toCheck} noValidate aria-labelledby="decision-heading">
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
      {file && <p className="hint">Vald fil: {file.name}</p>}
      <button type="submit">Registrera beslutet</button>
    </form>
  );
}

/** Dispatches (expedierar) the final decision to the sender's registry and optional further addresses, after a check. */
export function DispatchForm({ recipientId, decision, senderName, onDone }: { recipientId: string; decision: Decision; senderName: string; onDone(n: Notice): void }) {
  const [addresses, setAddresses] = useState('');
  const [theirRegistryNumber, setTheirRegistryNumber] = useState('');
  const [checking, setChecking] = useState(false);
  const list = addresses.split(/[,;\s]+/).filter(Boolean);
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    let result: { to?: string[]; senderRegistryNumber?: string };
    try {
      result = await api.post(`/recipients/${recipientId}/dispatch`, { addresses: list.length ? list : undefined, theirRegistryNumber: theirRegistryNumber.trim() || undefined });
    } catch (e) {
      setChecking(false);
      throw e;
    }
    onDone({
      title: 'Beslutet är expedierat',
      lines: [
        `${decisionText(decision)} har skickats till ${result.to?.length ? result.to.join(', ') : `${senderName}s registrator`} med protokollsutdraget.`,
        `${senderName} registrerar mottagandet; ni får ett mottagningsbevis med e-post.`,
      ],
    });
  });
  if (checking)
    return (
      <div className="card">
        <h2 id="dispatch-heading">Expediera beslutet</h2>
        <CheckAnswers
          lead={`Expediera ${decisionText(decision)} till ${senderName}.`}
          rows={[
            { label: 'Beslut', value: `${decisionText(decision)}: ${DECISION_OUTCOMES[decision.outcome] ?? decision.outcome}` },
            { label: 'Till', value: [`${senderName}s registrator`, ...list].join(', ') },
            { label: 'Ert diarienummer', value: theirRegistryNumber.trim() || 'Tilldelas automatiskt' },
          ]}
          confirmText="Bekräfta och expediera"
          busy={busy}
          error={error}
          onConfirm={() => void onSubmit()}
          onBack={() => setChecking(false)}
        />
      </div>
    );
  return (
    <form className="card" onSubmit={(e) => (e.preventDefault(), setChecking(true))} noValidate aria-labelledby="dispatch-heading">
      <h2 id="dispatch-heading">Expediera beslutet</h2>
      <FormError error={error} />
      <TextField label="Fler mottagare (valfritt)" hint="E-postadresser, åtskilda med komma." value={addresses} onChange={(e) => setAddresses(e.target.value)} error={fieldError('addresses')} />
      <TextField label="Ert diarienummer (valfritt)" value={theirRegistryNumber} onChange={(e) => setTheirRegistryNumber(e.target.value)} error={fieldError('theirRegistryNumber')} />
      <button type="submit">Expediera</button>
    </form>
  );
}
