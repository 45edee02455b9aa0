import { useState } from 'react';
import { api } from '../api/client';
import type { ExtensionRequest } from '../api/types';
import { FormError, SelectField, TextArea, TextField } from '../components/fields';
import { Loading, Page } from '../components/page';
import { useLoad } from '../components/use-load';
import { useSubmit } from '../components/use-submit';
import { formatDate, formatDateTime } from '../format';
import { EXTENSION_STATUS, label } from '../labels';
import { Link } from '../router';

/** The secretariat's inbox of extension requests: grant (possibly to another date) or deny with a reason. */
export function ExtensionInboxPage() {
  const [status, setStatus] = useState('pending');
  const { data, error, reload } = useLoad<ExtensionRequest[]>(`/extension-requests${status ? `?status=${status}` : ''}`);
  return (
    <Page title="Anståndsbegäranden">
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
              <ExtensionCard request={r} onDone={reload} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function ExtensionCard({ request, onDone }: { request: ExtensionRequest; onDone(): void }) {
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

function DecideExtension({ request, onDone }: { request: ExtensionRequest; onDone(): void }) {
  const [newDeadline, setNewDeadline] = useState(request.requestedDate);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const grant = useSubmit(async () => {
    await api.post(`/extension-requests/${request.id}/grant`, { newDeadline, comment: comment || undefined });
    onDone();
  });
  const deny = useSubmit(async () => {
    await api.post(`/extension-requests/${request.id}/deny`, { comment: reason });
    onDone();
  });
  return (
    <div className="two-forms">
      <form onSubmit={grant.onSubmit} noValidate aria-label={`Bevilja anstånd för ${request.organisationName}`}>
        <FormError error={grant.error} />
        <TextField label="Ny sista dag" type="date" value={newDeadline} onChange={(e) => setNewDeadline(e.target.value)} error={grant.fieldError('newDeadline') ?? (grant.error?.issues.length ? undefined : grant.error?.message)} />
        <TextField label="Kommentar (valfri)" value={comment} onChange={(e) => setComment(e.target.value)} error={grant.fieldError('comment')} />
        <button type="submit" disabled={grant.busy}>
          Bevilja
        </button>
      </form>
      <form onSubmit={deny.onSubmit} noValidate aria-label={`Avslå anstånd för ${request.organisationName}`}>
        <FormError error={deny.error} />
        <TextArea label="Skäl för avslag" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} error={deny.fieldError('comment')} />
        <button type="submit" className="danger" disabled={deny.busy}>
          Avslå
        </button>
      </form>
    </div>
  );
}
