import { useState } from 'react';
import type { CaseSummary, RecipientView } from '../api/types';
import { DownloadButton } from '../case/status-matrix';
import { DonePanel, Notice } from '../components/confirm';
import { Loading, Page } from '../components/page';
import { ScrollTable } from '../components/scroll-table';
import { useLoad } from '../components/use-load';
import { daysLeftText, formatDate, formatDateTime } from '../format';
import { CASE_STATES, EXTENSION_STATUS, label, POSITIONS, RECIPIENT_STATES, ROUND_KINDS } from '../labels';
import { AnswerForm } from '../recipient/answer-form';
import { DecisionSection } from '../recipient/decision-chain';
import { DeclineForm } from '../recipient/decline-form';
import { ExtensionForm } from '../recipient/extension-form';
import type { RecipientExtras } from '../api/followup-types';
import { AssigneeSection } from '../recipient/assignee-section';
import { RemindersSection } from '../reminders/reminder-list';
import { RECIPIENT_STEP_HELP, StepHelp } from '../help/step-help';
import { Link } from '../router';
import { useUser } from '../session';

const ANSWERABLE = ['sent', 'overdue', 'extensionRequested'];
const CORRECTABLE = ['answered', 'answeredLate'];

/** One remiss or recommendation received by my organisation: what was sent, the deadline, then answer, extension, decisions. */
export function RecipientPage({ recipientId }: { recipientId: string }) {
  const { data: view, error, reload } = useLoad<RecipientView>(`/recipients/${recipientId}`);
  const user = useUser();
  const [notice, setNotice] = useState<Notice | null>(null);
  if (!view) return <Loading error={error} />;
  const remiss = view.round.kind === 'remiss';
  const done = (n?: Notice) => (reload(), n && setNotice(n));
  const pending = view.extensions.find((e) => e.status === 'pending');
  return (
    <Page title={`${label(ROUND_KINDS, view.round.kind)}: ${view.case.title}`}>
      <p>
        <Link to="/mina-remisser">Tillbaka till Mina remisser</Link>
      </p>
      <DonePanel notice={notice} onClose={() => setNotice(null)} />
      {user.organisationId === view.organisationId && <StepHelp lines={RECIPIENT_STEP_HELP[view.round.kind]?.[view.state]} />}
      <SentSection view={view} />
      <AssigneeSection key={(view as RecipientExtras).assignee?.id ?? 'none'} recipientId={recipientId} view={view as RecipientExtras} own={user.organisationId === view.organisationId} onDone={done} />
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Sista dag och status</h2>
        <dl className="facts">
          <dt>Sista dag</dt>
          <dd>
            <strong>{formatDate(view.deadline)}</strong> ({daysLeftText(view.daysLeft)})
            {view.deadline !== view.originalDeadline && <> – anstånd beviljat, ursprungligen {formatDate(view.originalDeadline)}</>}
          </dd>
          <dt>Status</dt>
          <dd>{label(RECIPIENT_STATES, view.state)}</dd>
          {pending && (
            <>
              <dt>Anstånd</dt>
              <dd>Begärt till {formatDate(pending.requestedDate)}, väntar på beslut</dd>
            </>
          )}
          {view.answer && (
            <>
              <dt>Ert svar</dt>
              <dd>
                {label(POSITIONS, view.answer.position)}, inkom {formatDate(view.answer.receivedAt)}
                {view.answer.version > 1 && ` (version ${view.answer.version})`}
                {view.answer.documents.length > 0 && (
                  <ul className="plain" aria-label="Bifogat till ert svar">
                    {view.answer.documents.map((d) => (
                      <li key={d.id}>
                        <DownloadButton id={d.id} filename={d.filename} text={d.title} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </>
          )}
        </dl>
        {view.extensions.length > 0 && (
          <ScrollTable label="Anstånd">
            <table>
              <caption>Anstånd</caption>
              <thead>
                <tr>
                  <th scope="col">Begärt</th>
                  <th scope="col">Till</th>
                  <th scope="col">Skäl</th>
                  <th scope="col">Beslut</th>
                </tr>
              </thead>
              <tbody>
                {view.extensions.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDate(e.requestedAt)}</td>
                    <td>{formatDate(e.requestedDate)}</td>
                    <td>{e.reason}</td>
                    <td>
                      {label(EXTENSION_STATUS, e.status)}
                      {e.grantedDate && ` till ${formatDate(e.grantedDate)}`}
                      {e.comment && ` – ${e.comment}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      <RemindersSection key={`${view.state} ${view.deadline}`} recipientId={recipientId} />
      {remiss && ANSWERABLE.includes(view.state) && <RemissWork view={view} canAskExtension={!pending} onDone={done} />}
      {remiss && CORRECTABLE.includes(view.state) && <AnswerForm recipientId={recipientId} onDone={done} correction current={view.answer} />}
      {!remiss && <DecisionSection recipientId={recipientId} senderName={view.sender.organisationName} onChange={reload} />}
    </Page>
  );
}

/** What the sender sent: subject, message, the documents with their versions, and whom to contact. */
function SentSection({ view }: { view: RecipientView }) {
  const { round, sender } = view;
  return (
    <section aria-labelledby="sent-heading" className="card">
      <h2 id="sent-heading">Det här har {sender.organisationName} skickat</h2>
      <dl className="facts">
        <dt>Ämne</dt>
        <dd>{round.subject}</dd>
        <dt>Ärende</dt>
        <dd>
          {view.case.title}, diarienummer {view.case.registryNumber}
        </dd>
        {(view as RecipientExtras).ownRegistryNumber && (
          <>
            <dt>Ert diarienummer</dt>
            <dd>{(view as RecipientExtras).ownRegistryNumber}</dd>
          </>
        )}
        <dt>Skickat</dt>
        <dd>{formatDateTime(round.sentAt)}</dd>
      </dl>
      <h3>Meddelande</h3>
      {round.message ? <p className="message">{round.message}</p> : <p className="muted">Inget meddelande skickades med.</p>}
      <h3>Dokument</h3>
      {view.documents.length === 0 ? (
        <p className="muted">Inga dokument skickades med. Kontakta avsändaren om ni saknar underlaget.</p>
      ) : (
        <ul className="plain" aria-label="Skickade dokument">
          {view.documents.map((d) => (
            <li key={d.id}>
              <DownloadButton id={d.id} filename={d.filename} text={`${d.title} (version ${d.version})`} />{' '}
              <span className="muted">
                {d.filename}, {Math.max(1, Math.round(d.sizeBytes / 1024))} kB
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Kontakt hos {sender.organisationName}</h3>
      <ul className="plain" aria-label={`Kontakt hos ${sender.organisationName}`}>
        {sender.contacts.map((c) => (
          <li key={c.email}>
            {c.name}, <a href={`mailto:${c.email}`}>{c.email}</a>
          </li>
        ))}
        {sender.registryEmail && (
          <li>
            Registrator: <a href={`mailto:${sender.registryEmail}`}>{sender.registryEmail}</a>
          </li>
        )}
      </ul>
    </section>
  );
}

function RemissWork({ view, canAskExtension, onDone }: { view: RecipientView; canAskExtension: boolean; onDone(n?: Notice): void }) {
  return (
    <>
      <AnswerForm recipientId={view.recipientId} onDone={onDone} />
      {canAskExtension && <ExtensionForm recipientId={view.recipientId} onDone={onDone} />}
      <DeclineForm recipientId={view.recipientId} onDone={onDone} />
      <InternalRemisses recipientId={view.recipientId} />
    </>
  );
}

/** Remisses sent on internally (to the own committees) under this one. */
function InternalRemisses({ recipientId }: { recipientId: string }) {
  const user = useUser();
  const cases = (useLoad<{ items: CaseSummary[] }>('/cases?limit=200').data?.items ?? []).filter((c) => c.parentRecipientId === recipientId);
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
