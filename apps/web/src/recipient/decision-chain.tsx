import { useState } from 'react';
import { DonePanel, Notice } from '../components/confirm';
import type { DecisionChain } from '../api/types';
import { Loading } from '../components/page';
import { useLoad } from '../components/use-load';
import { formatDate, formatDateTime } from '../format';
import { DECISION_OUTCOMES, label, PREPARATION_KINDS } from '../labels';
import { bodyText, DecisionForm, DispatchForm, justeringText } from './decision-form';
import { PreparationForm } from './preparation-form';

/** A recommendation's decision chain in the municipality: registered decisions, then dispatch. */
export function DecisionSection({ recipientId, senderName, onChange }: { recipientId: string; senderName: string; onChange(): void }) {
  const { data, error, reload } = useLoad<DecisionChain>(`/recipients/${recipientId}/decisions`);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Each registration mounts a fresh decision form: no values or file carried over to the next decision.
  const [formKey, setFormKey] = useState(0);
  if (!data) return <Loading error={error} />;
  const done = (n?: Notice) => (reload(), onChange(), n && setNotice(n));
  return (
    <>
      <DonePanel notice={notice} onClose={() => setNotice(null)} />
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">Beslut</h2>
        {data.preparations.length > 0 && (
          <ul aria-label="Beredning">
            {data.preparations.map((p) => (
              <li key={p.id}>
                {label(PREPARATION_KINDS, p.kind)} {formatDate(p.date)}, {p.author}: {p.title}
              </li>
            ))}
          </ul>
        )}
        {data.decisions.length === 0 ? (
          <p>Inget beslut registrerat ännu.</p>
        ) : (
          <ul>
            {data.decisions.map((d) => (
              <li key={d.id}>
                {bodyText(d)} {formatDate(d.meetingDate)} {d.paragraph}: {label(DECISION_OUTCOMES, d.outcome)}. {justeringText(d)}
                {d.final && ' – slutligt'}
                {d.superseded && ' (ersatt av en rättelse)'}
              </li>
            ))}
          </ul>
        )}
        {data.dispatch && (
          <p className="badge ok">
            Expedierat {formatDateTime(data.dispatch.dispatchedAt)} till {data.dispatch.to.join(', ')} ({data.dispatch.senderRegistryNumber})
          </p>
        )}
      </section>
      {data.acceptedEvents.includes('REGISTER_PREPARATION') && <PreparationForm recipientId={recipientId} onDone={() => done()} />}
      {data.acceptedEvents.includes('REGISTER_DECISION') && <DecisionForm key={formKey} recipientId={recipientId} onDone={(n) => (setFormKey((k) => k + 1), done(n))} />}
      {data.acceptedEvents.includes('DISPATCH') && data.finalDecision && <DispatchForm recipientId={recipientId} decision={data.finalDecision} senderName={senderName} onDone={done} />}
    </>
  );
}
