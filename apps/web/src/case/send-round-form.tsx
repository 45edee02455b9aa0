import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { DocumentRow, Group, Organisation, Page } from '../api/types';
import { CheckAnswers, Notice } from '../components/confirm';
import { DateField, FormError, SelectField, TextArea, TextField } from '../components/fields';
import { dateCheck, issuesOf } from '../components/plain-errors';
import { useLoad } from '../components/use-load';
import { useSubmit } from '../components/use-submit';
import { formatDate } from '../format';
import { DeadlineAdvice, deadlineWarnings, deadlineWithReason, useDeadlineCheck } from './deadline-check';
import { Picked, RecipientPicker } from './recipient-picker';

const SENDABLE = ['draft', 'adjusted', 'remiss', 'other'];

/** The document sent by default: the latest adjusted proposal for a recommendation, else the latest draft. */
function defaultDocument(documents: DocumentRow[], kind: 'remiss' | 'recommendation'): string {
  const latest = (k: string) => [...documents].reverse().find((d) => d.kind === k)?.id;
  return (kind === 'recommendation' ? latest('adjusted') : undefined) ?? latest('draft') ?? '';
}

/** "26 kommuner", "1 kommun", "3 mottagare": who the organisations are. */
export function recipientsText(orgs: Organisation[]): string {
  const n = orgs.length;
  if (n > 0 && orgs.every((o) => o.kind === 'municipality')) return `${n} ${n === 1 ? 'kommun' : 'kommuner'}`;
  if (n > 0 && orgs.every((o) => o.kind === 'committee')) return `${n} ${n === 1 ? 'nämnd' : 'nämnder'}`;
  return `${n} mottagare`;
}

/**
 * Sends a remiss or a recommendation: recipients or groups, the document, a deadline checked while it is typed, a
 * message; then a check step that says exactly what will be sent to whom, with any deadline warning confirmed.
 */
export function SendRoundForm({ caseId, kind, documents, onDone }: { caseId: string; kind: 'remiss' | 'recommendation'; documents: DocumentRow[]; onDone(n: Notice): void }) {
  const [picked, setPicked] = useState<Picked>({ organisationIds: [], groupIds: [] });
  const [deadline, setDeadline] = useState('');
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const sendable = documents.filter((d) => SENDABLE.includes(d.kind));
  const [documentId, setDocumentId] = useState(() => defaultDocument(sendable, kind));
  const [checking, setChecking] = useState(false);
  const organisations = useLoad<Page<Organisation>>('/organisations?limit=200').data?.items ?? [];
  const groups = useLoad<Page<Group>>('/groups?limit=200').data?.items ?? [];
  const check = useDeadlineCheck(deadline);
  const remiss = kind === 'remiss';
  const warnings = deadlineWarnings(check, deadline, remiss);
  const ids = new Set([...picked.organisationIds, ...groups.filter((g) => picked.groupIds.includes(g.id)).flatMap((g) => g.members.map((m) => m.id))]);
  const chosen = organisations.filter((o) => ids.has(o.id));
  const doc = sendable.find((d) => d.id === documentId);
  const { error, busy, onSubmit, fieldError, check: checkFields, clear, clearOnChange } = useSubmit(async () => {
    try {
      const result = await api.post<{ recipients: number; registryNumber?: string }>(`/cases/${caseId}/${remiss ? 'rounds' : 'recommendations'}`, {
        deadline,
        subject: subject || undefined,
        message: message || undefined,
        documentId: documentId || undefined,
        ...picked,
      });
      onDone({
        title: remiss ? 'Remissen är skickad' : 'Rekommendationen är skickad',
        lines: [
          `Skickad till ${recipientsText(chosen)} med sista dag ${deadlineWithReason(deadline, check)}.${result.registryNumber ? ` Diarienummer ${result.registryNumber}.` : ''}`,
          'Mottagarna får ett mejl med en kalenderpost för sista dagen, och påminnelser före och efter den. Svaren syns i statusmatrisen nedan.',
        ],
      });
    } catch (e) {
      setChecking(false);
      throw e;
    }
  }, () => issuesOf([['organisationIds', ids.size > 0, 'välj minst en mottagare eller grupp'], ...dateCheck('deadline', deadline)]));
  const toCheck = (e: FormEvent) => {
    e.preventDefault();
    if (checkFields()) setChecking(true);
  };
  if (checking)
    return (
      <CheckAnswers
        lead={`Skicka ${remiss ? 'remissen' : 'rekommendationen'} till ${recipientsText(chosen)} med sista dag ${deadlineWithReason(deadline, check)}.`}
        rows={[
          { label: 'Mottagare', value: chosen.map((o) => o.name).join(', ') },
          { label: remiss ? 'Sista svarsdag' : 'Sista dag för beslut', value: deadlineWithReason(deadline, check) },
          { label: 'Dokument', value: doc ? `${doc.title} (version ${doc.version}, ${doc.filename})` : 'Inget dokument bifogas' },
          { label: 'Ämne', value: subject || `${remiss ? 'Remiss' : 'Rekommendation'}: ärendets rubrik` },
          { label: 'Meddelande', value: message || 'Inget meddelande' },
        ]}
        warnings={warnings}
        acknowledgeText={`Jag vill ändå använda ${formatDate(deadline)} som sista dag.`}
        confirmText={remiss ? 'Bekräfta och skicka remissen' : 'Bekräfta och skicka rekommendationen'}
        busy={busy || check?.deadline !== deadline}
        error={error}
        onConfirm={() => void onSubmit()}
        onBack={() => setChecking(false)}
      />
    );
  const recipientsError = fieldError('organisationIds') ?? fieldError('groupIds');
  const deadlineError = fieldError('deadline') ?? (error?.code?.startsWith('DEADLINE.') ? error.message : undefined);
  return (
    <form onSubmit={toCheck} onChange={clearOnChange} noValidate aria-label={remiss ? 'Skicka på remiss' : 'Skicka rekommendation'}>
      <FormError error={error} />
      <RecipientPicker value={picked} onChange={setPicked} error={recipientsError} />
      <DateField
        label={remiss ? 'Sista svarsdag' : 'Sista dag för kommunernas beslut'}
        name="deadline"
        value={deadline}
        onChange={(e) => setDeadline(e.target.value)}
        error={deadlineError}
        hint="Datumet gäller till dagens slut, svensk tid."
        required
      />
      <DeadlineAdvice check={check && { ...check, warnings: check.warnings.filter((w) => remiss || w.code !== 'DEADLINE.SHORTER_THAN_MINIMUM') }} onUseSuggested={(d) => (setDeadline(d), clear(['deadline']))} />
      <SelectField
        label="Dokument som skickas"
        value={documentId}
        onChange={(e) => setDocumentId(e.target.value)}
        options={{ ...Object.fromEntries(sendable.map((d) => [d.id, `${d.title} (version ${d.version})`])), '': 'Inget dokument' }}
        error={fieldError('documentId')}
        name="documentId"
      />
      <TextField label="Ämne (valfritt)" value={subject} onChange={(e) => setSubject(e.target.value)} error={fieldError('subject')} name="subject" />
      <TextArea label="Meddelande (valfritt)" value={message} onChange={(e) => setMessage(e.target.value)} error={fieldError('message')} name="message" />
      <button type="submit">{remiss ? 'Skicka remissen' : 'Skicka rekommendationen'}</button>
    </form>
  );
}
