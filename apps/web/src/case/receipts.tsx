import { useState } from 'react';
import { api } from '../api/client';
import type { CaseView, MatrixRow } from '../api/types';
import { DonePanel, type Notice } from '../components/confirm';
import { FormError } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { useUser } from '../session';

/**
 * The case organisation registers the receipt of each dispatched municipal decision. The decision was entered in
 * the registry when it was dispatched (as a document of the case); the receipt confirms that entry, never a second.
 */
export function Receipts({ view, reload }: { view: CaseView; reload(): void }) {
  const user = useUser();
  const [notice, setNotice] = useState<Notice | null>(null);
  const dispatched = view.matrix.filter((r) => r.roundKind === 'recommendation' && r.state === 'dispatched');
  if (user.organisationId !== view.organisationId || (dispatched.length === 0 && !notice)) return null;
  return (
    <section aria-labelledby="receipts-heading">
      <h2 id="receipts-heading">Expedierade beslut att ta emot</h2>
      <DonePanel notice={notice} onClose={() => setNotice(null)} />
      {dispatched.length > 0 && (
        <p className="hint">Beslutet registrerades i diariet under ärendets nummer när kommunen expedierade det. När ni registrerar mottagandet bekräftas den registreringen och kommunen får ett mottagningsbevis.</p>
      )}
      <div className="two-forms">
        {dispatched.map((r) => (
          <ReceiptForm
            key={r.recipientId}
            row={r}
            onDone={(registryNumber) => {
              setNotice({ title: `Mottagandet av beslutet från ${r.organisationName} är registrerat`, lines: [`Diarienummer: ${registryNumber}.`, 'Kommunen får ett mottagningsbevis med e-post.'] });
              reload();
            }}
          />
        ))}
      </div>
    </section>
  );
}

function ReceiptForm({ row, onDone }: { row: MatrixRow; onDone(registryNumber: string): void }) {
  const { error, busy, onSubmit } = useSubmit(async () => {
    const result = await api.post<{ registryNumber: string }>(`/recipients/${row.recipientId}/receipt`, {});
    onDone(result.registryNumber);
  });
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-label={`Mottagande av beslut från ${row.organisationName}`}>
      <h3>{row.organisationName}</h3>
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        Registrera mottagandet
      </button>
    </form>
  );
}
