import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { Decision } from '../api/types';
import { CheckAnswers, Notice } from '../components/confirm';
import { DateField, FileField, FormError, SelectField, TextArea, TextField } from '../components/fields';
import { dateCheck, issuesOf } from '../components/plain-errors';
import { useSubmit } from '../components/use-submit';
import { formatDate } from '../format';
import { DECISION_BODIES, DECISION_OUTCOMES } from '../labels';

const EMPTY = { bodyKind: 'committee', bodyName: '', meetingDate: '', paragraph: '', outcome: 'adopt', text: '', justeringDate: '', immediate: false, final: true };

/** "Socialnämnden (nämnd)", but "Kommunfullmäktige" alone: the kind only where the name does not already say it. */
export function bodyText(d: { bodyName: string; bodyKind: string }): string {
  const kind = DECISION_BODIES[d.bodyKind] ?? '';
  const name = d.bodyName.trim();
  if (!name) return kind;
  return !kind || name.toLowerCase().includes(kind.toLowerCase()) ? name : `${name} (${kind.toLowerCase()})`;
}

/** "Justerad omedelbart" or "Justerad 30 september 2013". */
export function justeringText(d: { immediate?: boolean; justeringDate?: string | null }): string {
  if (d.immediate) return 'Justerad omedelbart';
  return d.justeringDate ? `Justerad ${formatDate(d.justeringDate)}` : 'Justering inte angiven';
}

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
  const validate = () =>
    issuesOf([
      ['bodyName', f.bodyName.trim() !== '', 'skriv organets namn, t.ex. Socialnämnden'],
      ...dateCheck('meetingDate', f.meetingDate),
      ['paragraph', /^(§\s*)?\d{1,5}(\s*[a-z])?$/u.test(f.paragraph.trim()), f.paragraph.trim() ? 'skriv paragrafen som § 130' : 'skriv paragrafen, t.ex. § 130'],
      ['text', f.text.trim() !== '', 'skriv beslutstexten'],
      ...(f.immediate ? [] : dateCheck('justeringDate', f.justeringDate).map(([field, ok, reason]) => [field, ok, f.justeringDate ? reason : 'skriv justeringsdatum, eller markera omedelbar justering'] as [string, boolean, string])),
    ]);
  const { error, busy, onSubmit, fieldError, check, clear, clearOnChange } = useSubmit(async () => {
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
   }, validate);
  const toCheck = (e: FormEvent) => {
    e.preventDefault();
    if (check()) setChecking(true);
  };
  if (checking)
    return (
      <div className="card">
        <h2 id="decision-heading">Registrera beslut</h2>
        <CheckAnswers
          lead={`Registrera beslutet ${decisionText(f)}.`}
          rows={[
            { label: 'Beslutande organ', value: bodyText(f) },
            { label: 'Sammanträde', value: `${formatDate(f.meetingDate)} ${f.paragraph}` },
            { label: 'Beslut', value: `${DECISION_OUTCOMES[f.outcome]}: ${f.text}` },
            { label: 'Justering', value: justeringText(f) },
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
    <form className="card" onSubmit={toCheck} onChange={clearOnChange} noValidate aria-labelledby="decision-heading">
      <h2 id="decision-heading">Registrera beslut</h2>
      <FormError error={error} />
      <SelectField label="Beslutande organ" value={f.bodyKind} onChange={(e) => set({ bodyKind: e.target.value })} options={DECISION_BODIES} error={fieldError('bodyKind')} name="bodyKind" />
      <TextField label="Organets namn" hint="T.ex. Socialnämnden" value={f.bodyName} onChange={(e) => set({ bodyName: e.target.value })} error={fieldError('bodyName')} name="bodyName" required />
      <DateField label="Sammanträdesdatum" value={f.meetingDate} onChange={(e) => set({ meetingDate: e.target.value })} error={fieldError('meetingDate')} name="meetingDate" required />
      <TextField label="Paragraf" hint="T.ex. § 130" value={f.paragraph} onChange={(e) => set({ paragraph: e.target.value })} error={fieldError('paragraph')} name="paragraph" required />
      <SelectField label="Beslut" value={f.outcome} onChange={(e) => set({ outcome: e.target.value })} options={DECISION_OUTCOMES} error={fieldError('outcome')} name="outcome" />
      <TextArea label="Beslutstext" rows={3} value={f.text} onChange={(e) => set({ text: e.target.value })} error={fieldError('text')} name="text" required />
      <div className="field checkbox">
        <input id="immediate" type="checkbox" checked={f.immediate} data-field="immediate" data-label="Omedelbar justering" onChange={(e) => (set({ immediate: e.target.checked }), clear(['justeringDate']))} />
        <label htmlFor="immediate">Omedelbar justering</label>
      </div>
      {!f.immediate && (
        <DateField label="Justeringsdatum" value={f.justeringDate} onChange={(e) => set({ justeringDate: e.target.value })} error={fieldError('justeringDate') ?? fieldError('immediate')} name="justeringDate" />
      )}
      {f.bodyKind !== 'council' && (
        <div className="field checkbox">
          <input id="final" type="checkbox" checked={f.final} onChange={(e) => set({ final: e.target.checked })} />
          <label htmlFor="final">Slutligt beslut (på delegation)</label>
        </div>
      )}
      <FileField label="Protokollsutdrag" name="documentId file" onFile={(x) => (setFile(x), setDocumentId(undefined), clear(['documentId', 'file']))} error={fieldError('documentId') ?? fieldError('file')} hint="PDF, DOCX eller ODT. Krävs för att kunna expediera." />
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
  const { error, busy, onSubmit, fieldError, clearOnChange } = useSubmit(async () => {
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
    <form className="card" onSubmit={(e) => (e.preventDefault(), setChecking(true))} onChange={clearOnChange} noValidate aria-labelledby="dispatch-heading">
      <h2 id="dispatch-heading">Expediera beslutet</h2>
      <FormError error={error} />
      <TextField label="Fler mottagare (valfritt)" hint="E-postadresser, åtskilda med komma." value={addresses} onChange={(e) => setAddresses(e.target.value)} error={fieldError('addresses')} name="addresses" />
      <TextField label="Ert diarienummer (valfritt)" value={theirRegistryNumber} onChange={(e) => setTheirRegistryNumber(e.target.value)} error={fieldError('theirRegistryNumber')} name="theirRegistryNumber" />
      <button type="submit">Expediera</button>
    </form>
  );
}
