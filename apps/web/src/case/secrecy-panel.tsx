import { useState } from 'react';
import { api } from '../api/client';
import type { CaseView } from '../api/types';
import { FormError, SelectField, TextField } from '../components/fields';
import { issuesOf } from '../components/plain-errors';
import { ScrollTable } from '../components/scroll-table';
import { useLoad } from '../components/use-load';
import { useSubmit } from '../components/use-submit';
import { formatDate } from '../format';
import { useUser } from '../session';

interface Marking {
  id: string;
  targetKind: 'document' | 'answer';
  targetId: string;
  targetTitle: string;
  recipientId: string | null;
  extent: 'whole' | 'part';
  legalGround: string;
  reason: string;
  markedBy: string | null;
  markedAt: string;
  unmarkedBy: string | null;
  unmarkedAt: string | null;
  unmarkReason: string | null;
}

/** A thing that can be marked: `key` is "document:<id>" or "answer:<recipientId>" (an answer is marked through its recipient). */
interface Markable {
  key: string;
  label: string;
}

const EXTENTS: Record<string, string> = { whole: 'Hela handlingen', part: 'Delar av handlingen' };

function markables(view: CaseView): Markable[] {
  const list: Markable[] = view.documents.map((d) => ({ key: `document:${d.id}`, label: `Dokument: ${d.title}${d.version > 1 ? ` (version ${d.version})` : ''}` }));
  for (const row of view.matrix) {
    if (row.position === null) continue;
    list.push({ key: `answer:${row.recipientId}`, label: `Remissvar från ${row.organisationName}` });
    for (const d of row.answerDocuments ?? []) list.push({ key: `document:${d.id}`, label: `Bilaga till svaret från ${row.organisationName}: ${d.title}` });
  }
  return list;
}

/**
 * Secrecy marking (OSL) for the case's own secretariat: mark a document or an answer secret in whole or in part
 * with the legal ground, or lift a marking with a reason. The public portal then shows only that it exists.
 */
export function SecrecyPanel({ view, onChange }: { view: CaseView; onChange(): void }) {
  const user = useUser();
  const owner = user.organisationId === view.organisationId && (user.role === 'secretariat' || user.role === 'admin');
  const { data: markings, reload } = useLoad<Marking[]>(owner ? `/cases/${view.id}/secrecy-markings` : null);
  const [target, setTarget] = useState('');
  const [extent, setExtent] = useState('whole');
  const [legalGround, setLegalGround] = useState('');
  const [reason, setReason] = useState('');
  const [maskedSubject, setMaskedSubject] = useState('');
  const items = markables(view);
  const open = (markings ?? []).filter((m) => !m.unmarkedAt);
  const done = () => {
    reload();
    onChange();
  };
  const mark = useSubmit(
    async () => {
      const [kind, id] = target.split(':');
      const path = kind === 'document' ? `/documents/${id}/secrecy` : `/recipients/${id}/answer/secrecy`;
      await api.post(path, { extent, legalGround: legalGround.trim(), reason: reason.trim(), maskedSubject: maskedSubject.trim() || undefined });
      setTarget('');
      setExtent('whole');
      setLegalGround('');
      setReason('');
      setMaskedSubject('');
      done();
    },
    () =>
      issuesOf([
        ['target', target !== '', 'välj vad som ska sekretessmarkeras'],
        ['legalGround', legalGround.trim() !== '', 'skriv lagrummet, till exempel OSL 21 kap. 7 §'],
        ['reason', reason.trim() !== '', 'skriv varför'],
      ]),
  );
  if (!owner) return null;
  return (
    <section aria-labelledby="secrecy-heading">
      <h2 id="secrecy-heading">Sekretess</h2>
      <p>
        Sekretessmarkerade handlingar visas på den <a href={`/offentligt/${user.organisationSlug}/remisser/${view.id}`}>offentliga sidan</a> bara med
        diarienummer, datum och texten ”Sekretessmarkerad enligt …”.
      </p>
      {open.length > 0 && (
        <ScrollTable label="Gällande sekretessmarkeringar">
          <table>
            <caption>Gällande sekretessmarkeringar</caption>
            <thead>
              <tr>
                <th scope="col">Handling</th>
                <th scope="col">Omfattning</th>
                <th scope="col">Lagrum</th>
                <th scope="col">Markerad</th>
                <th scope="col">Häv</th>
              </tr>
            </thead>
            <tbody>
              {open.map((m) => (
                <tr key={m.id}>
                  <td>{m.targetTitle}</td>
                  <td>{EXTENTS[m.extent]}</td>
                  <td>{m.legalGround}</td>
                  <td>
                    {formatDate(m.markedAt)} av {m.markedBy ?? 'okänd'}
                  </td>
                  <td>
                    <UnmarkForm marking={m} onDone={done} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <form className="card" onSubmit={mark.onSubmit} onChange={mark.clearOnChange} noValidate aria-labelledby="secrecy-form-heading">
        <h3 id="secrecy-form-heading">Sekretessmarkera en handling</h3>
        <FormError error={mark.error} />
        <SelectField
          label="Handling"
          name="target"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          options={Object.fromEntries([['', 'Välj …'], ...items.map((i) => [i.key, i.label])])}
          error={mark.fieldError('target')}
          required
        />
        <SelectField label="Omfattning" name="extent" value={extent} onChange={(e) => setExtent(e.target.value)} options={EXTENTS} error={mark.fieldError('extent')} />
        <TextField label="Lagrum" name="legalGround" value={legalGround} onChange={(e) => setLegalGround(e.target.value)} hint="Till exempel OSL 21 kap. 7 §" error={mark.fieldError('legalGround')} required />
        <TextField label="Skäl" name="reason" value={reason} onChange={(e) => setReason(e.target.value)} error={mark.fieldError('reason')} required />
        {extent === 'part' && (
          <TextField
            label="Ärendemening i det offentliga diariet (valfri)"
            name="maskedSubject"
            value={maskedSubject}
            onChange={(e) => setMaskedSubject(e.target.value)}
            hint="Utan de uppgifter som omfattas av sekretess."
            error={mark.fieldError('maskedSubject')}
          />
        )}
        <button type="submit" disabled={mark.busy}>
          Sekretessmarkera
        </button>
      </form>
    </section>
  );
}

function UnmarkForm({ marking, onDone }: { marking: Marking; onDone(): void }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit(
    async () => {
      const path = marking.targetKind === 'document' ? `/documents/${marking.targetId}/secrecy/unmark` : `/recipients/${marking.recipientId}/answer/secrecy/unmark`;
      await api.post(path, { reason: reason.trim() });
      onDone();
    },
    () => issuesOf([['reason', reason.trim() !== '', 'skriv varför markeringen hävs']]),
  );
  return (
    <form onSubmit={submit.onSubmit} onChange={submit.clearOnChange} noValidate aria-label={`Häv sekretessmarkeringen av ${marking.targetTitle}`}>
      <FormError error={submit.error} />
      <TextField label="Skäl för att häva" name="reason" value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldError('reason')} required />
      <button type="submit" disabled={submit.busy}>
        Häv sekretessen
      </button>
    </form>
  );
}
