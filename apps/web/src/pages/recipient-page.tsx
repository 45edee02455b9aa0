import { ApiError } from '../api/client';
import type { CaseSummary, CaseView, InboxItem } from '../api/types';
import { Loading, Page } from '../components/page';
import { useLoad } from '../components/use-load';
import { daysLeftText, formatDate } from '../format';
import { CASE_STATES, label, POSITIONS, RECIPIENT_STATES, ROUND_KINDS } from '../labels';
import { AnswerForm } from '../recipient/answer-form';
import { DecisionSection } from '../recipient/decision-chain';
import { DeclineForm } from '../recipient/decline-form';
import { ExtensionForm } from '../recipient/extension-form';
import { Link } from '../router';
import { useUser } from '../session';

const ANSWERABLE = ['sent', 'overdue', 'extensionRequested'];
const CORRECTABLE = ['answered', 'answeredLate'];

/** One remiss or recommendation received by my organisation: facts, answer, extension, internal remisses, decisions. */
export function RecipientPage({ recipientId }: { recipientId: string }) {
  const inbox = useLoad<InboxItem[]>('/inbox');
  const item = inbox.data?.find((i) => i.recipientId === recipientId);
  const view = useLoad<CaseView>(item ? `/cases/${item.caseId}` : null);
  if (!item) return <Loading error={inbox.error ?? (inbox.data ? notFound : null)} />;
  const row = view.data?.matrix.find((r) => r.recipientId === recipientId);
  const reload = () => (inbox.reload(), view.reload());
  const remiss = item.roundKind === 'remiss';
  return (
    <Page title={`${label(ROUND_KINDS, item.roundKind)}: ${item.caseTitle}`}>
      <p>
        <Link to="/mina-remisser">Tillbaka till Mina remisser</Link>
      </p>
      <dl className="facts">
        <dt>Från</dt>
        <dd>
          {item.senderName}, {item.caseRegistryNumber}
        </dd>
        <dt>Sista dag</dt>
        <dd>
          <strong>{formatDate(item.deadline)}</strong> ({daysLeftText(item.daysLeft)})
          {item.deadline !== item.originalDeadline && <> – anstånd beviljat, ursprungligen {formatDate(item.originalDeadline)}</>}
        </dd>
        <dt>Status</dt>
        <dd>{label(RECIPIENT_STATES, item.state)}</dd>
        {row?.pendingExtension && (
          <>
            <dt>Anstånd</dt>
            <dd>Begärt till {formatDate(row.pendingExtension.requestedDate)}, väntar på beslut</dd>
          </>
        )}
        {row?.position && (
          <>
            <dt>Ert svar</dt>
            <dd>
              {label(POSITIONS, row.position)}, inkom {formatDate(row.answeredAt)}
            </dd>
          </>
        )}
      </dl>
      {remiss && ANSWERABLE.includes(item.state) && <RemissWork recipientId={recipientId} canAskExtension={!row?.pendingExtension} reload={reload} />}
      {remiss && CORRECTABLE.includes(item.state) && <AnswerForm recipientId={recipientId} onDone={reload} correction />}
      {!remiss && <DecisionSection recipientId={recipientId} onChange={reload} />}
    </Page>
  );
}

const notFound = new ApiError(404, 'Remissen finns inte bland era.', undefined, [], {});

function RemissWork({ recipientId, canAskExtension, reload }: { recipientId: string; canAskExtension: boolean; reload(): void }) {
  return (
    <>
      <AnswerForm recipientId={recipientId} onDone={reload} />
      {canAskExtension && <ExtensionForm recipientId={recipientId} onDone={reload} />}
      <DeclineForm recipientId={recipientId} onDone={reload} />
      <InternalRemisses recipientId={recipientId} />
    </>
  );
}

/** Remisses sent on internally (to the own committees) under this one. */
function InternalRemisses({ recipientId }: { recipientId: string }) {
  const user = useUser();
  const cases = (useLoad<CaseSummary[]>('/cases?limit=200').data ?? []).filter((c) => c.parentRecipientId === recipientId);
  return (
    <section className="card" aria-labelledby="internal-heading">
      <h2 id="internal-heading">Intern remiss</h2>
      {cases.length > 0 && (
        <ul>
          {cases.map((c) => (
            <li key={c.id}>
              <Link to={`/arenden/${c.id}`}>{c.title}</Link> – {label(CASE_STATES, c.state)}
            </li>
          ))}
        </ul>
      )}
      {user.role !== 'secretary' && (
        <Link className="button secondary" to={`/arenden/nytt?svar=${recipientId}`}>
          Skicka vidare internt till egna nämnder
        </Link>
      )}
    </section>
  );
}
