import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { deadlineWarnings, deadlineWithReason, useDeadlineCheck } from '../case/deadline-check';
import { CheckAnswers, DonePanel, Notice } from '../components/confirm';
import type { ExtensionRequest } from '../api/types';
import { DateField, FormError, SelectField, TextArea, TextField } from '../components/fields';
import { dateCheck, issuesOf } from '../components/plain-errors';
import { Loading, Page } from '../components/page';
import { fieldsError, useSubmit } from '../components/use-submit';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { formatDate, formatDateTime } from '../format';
import { EXTENSION_STATUS, label } from '../labels';
import { Link } from '../router';

/** The secretariat's inbox of extension requests: grant (possibly to another date) or deny with a reason. */
export function ExtensionInboxPage() {
  const [status, setStatus] = useState('pending');
  const { data, error, reload, more, loading } = usePagedLoad<ExtensionRequest>(`/extension-requests${status ? `?status=${status}` : ''}`);
  const [notice, setNotice] = useState<Notice | null>(null);
  const done = (n: Notice) => (setNotice(n), reload());
  return (
    <Page title="Anståndsbegäranden">
      <DonePanel notice={notice} onClose={() => setNotice(null)} />
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filtrera begäranden">
        <SelectField label="Visa" value={status} onChange={(e) => setStatus(e.target.value)} options={{ pending: 'Väntande', granted: 'Beviljade', denied: 'Avslagna', '': 'Alla' }} />
      </form>
      {!data ? (
        <Loading error={error} />
      ) : data.length === 0 ? (
        <p>Inga anståndsbegäranden.</p>
      ) : (
        <ul className="cards">
          {data.map((r) => (
            <li key={r.id}>
              <ExtensionCard request={r} onDone={done} />
            </li>
          ))}
        </ul>
      )}
      <MoreButton more={more} loading={loading} />
    </Page>
  );
}

function ExtensionCard({ request, onDone }: { request: ExtensionRequest; onDone(n: Notice): void }) {
  return (
    <article className="card" aria-labelledby={`ext-${request.id}`}>
      <h2 id={`ext-${request.id}`}>
        {request.organisationName}: anstånd till {formatDate(request.requestedDate)}
      </h2>
      <p>
        <Link to={`/arenden/${request.caseId}`}>
          {request.caseRegistryNumber} {request.caseTitle}
        </Link>
      </p>
      <dl className="facts">
        <dt>Nuvarande sista dag</dt>
        <dd>{formatDate(request.previousDeadline)}</dd>
        <dt>Begärt</dt>
        <dd>{formatDateTime(request.requestedAt)}</dd>
        <dt>Skäl</dt>
        <dd>{request.reason}</dd>
        <dt>Status</dt>
        <dd>
          {label(EXTENSION_STATUS, request.status)}
          {request.grantedDate && ` till ${formatDate(request.grantedDate)}`}
          {request.comment && ` – ${request.comment}`}
        </dd>
      </dl>
      {request.status === 'pending' && <DecideExtension request={request} onDone={onDone} />}
    </article>
  );
}

function DecideExtension({ request, onDone }: { request: ExtensionRequest; onDone(n: Notice): void }) {
  const [newDeadline, setNewDeadline] = useState(request.requestedDate);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [checking, setChecking] = useState<'grant' | 'deny' | null>(null);
  const check = useDeadlineCheck(newDeadline);
  const back = (e: unknown) => {
    setChecking(null);
    throw e;
  };
  const grant = useSubmit(async () => {
    await api.post(`/extension-requests/${request.id}/grant`, { newDeadline, comment: comment || undefined }).catch(back);
    onDone({ title: `Anstånd beviljat för ${request.organisationName}`, lines: [`Ny sista dag: ${deadlineWithReason(newDeadline, check)}. ${request.organisationName} får beslutet med e-post och en ny kalenderpost; påminnelserna flyttas.`] });
  });
  const deny = useSubmit(async () => {
    await api.post(`/extension-requests/${request.id}/deny`, { comment: reason }).catch(back);
    onDone({ title: `Anstånd avslaget för ${request.organisationName}`, lines: [`Sista dag är fortfarande ${formatDate(request.previousDeadline)}. ${request.organisationName} får beslutet och skälet med e-post.`] });
  });
  if (checking === 'grant')
    return (
      <CheckAnswers
        lead={`Bevilja ${request.organisationName} anstånd till ${deadlineWithReason(newDeadline, check)}.`}
        rows={[
          { label: 'Nuvarande sista dag', value: formatDate(request.previousDeadline) },
          { label: 'Ny sista dag', value: deadlineWithReason(newDeadline, check) },
          { label: 'Kommentar', value: comment || 'Ingen' },
        ]}
        warnings={deadlineWarnings(check, newDeadline, false)}
        acknowledgeText={`Jag vill ändå bevilja anstånd till ${formatDate(newDeadline)}.`}
        confirmText="Bekräfta och bevilja"
        busy={grant.busy || check?.deadline !== newDeadline}
        error={grant.error}
        onConfirm={() => void grant.onSubmit()}
        onBack={() => setChecking(null)}
      />
    );
  if (checking === 'deny')
    return (
      <CheckAnswers
        lead={`Avslå ${request.organisationName}s begäran om anstånd till ${formatDate(request.requestedDate)}.`}
        rows={[
          { label: 'Sista dag förblir', value: formatDate(request.previousDeadline) },
          { label: 'Skäl för avslag', value: reason },
        ]}
        confirmText="Bekräfta och avslå"
        danger
        busy={deny.busy}
        error={deny.error}
        onConfirm={() => void deny.onSubmit()}
        onBack={() => setChecking(null)}
      />
    );
  const toCheck = (which: 'grant' | 'deny') => (e: FormEvent) => {
    e.preventDefault();
    const form = which === 'grant' ? grant : deny;
    const issues = which === 'grant' ? issuesOf(dateCheck('newDeadline', newDeadline)) : issuesOf([['comment', reason.trim() !== '', 'skriv skälet för avslaget']]);
    if (issues.length > 0) return form.setError(fieldsError(issues));
    form.setError(null);
    setChecking(which);
  };
  return (
    <div className="two-forms">
      <form onSubmit={toCheck('grant')} onChange={grant.clearOnChange} noValidate aria-label={`Bevilja anstånd för ${request.organisationName}`}>
        <FormError error={grant.error} />
        <DateField label="Ny sista dag" value={newDeadline} onChange={(e) => setNewDeadline(e.target.value)} error={grant.fieldError('newDeadline')} name="newDeadline" />
        <TextField label="Kommentar (valfri)" value={comment} onChange={(e) => setComment(e.target.value)} error={grant.fieldError('comment')} name="comment" />
        <button type="submit">Bevilja</button>
      </form>
      <form onSubmit={toCheck('deny')} onChange={deny.clearOnChange} noValidate aria-label={`Avslå anstånd för ${request.organisationName}`}>
        <FormError error={deny.error} />
        <TextArea label="Skäl för avslag" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={deny.fieldError('comment')} name="comment" />
        <button type="submit" className="danger">
          Avslå
        </button>
      </form>
    </div>
  );
}
