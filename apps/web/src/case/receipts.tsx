import { useState } from 'react';
import { api } from '../api/client';
import type { CaseView, MatrixRow } from '../api/types';
import { FormError, TextField } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { useUser } from '../session';

/** The case organisation registers the receipt of each dispatched municipal decision. */
export function Receipts({ view, reload }: { view: CaseView; reload(): void }) {
  const user = useUser();
  const dispatched = view.matrix.filter((r) => r.roundKind === 'recommendation' && r.state === 'dispatched');
  if (user.organisationId !== view.organisationId || dispatched.length === 0) return null;
  return (
    <section aria-labelledby="receipts-heading">
      <h2 id="receipts-heading">Expedierade beslut att ta emot</h2>
      <div className="two-forms">
        {dispatched.map((r) => (
          <ReceiptForm key={r.recipientId} row={r} onDone={reload} />
        ))}
      </div>
    </section>
  );
}

function ReceiptForm({ row, onDone }: { row: MatrixRow; onDone(): void }) {
  const [registryNumber, setRegistryNumber] = useState('');
  const { error, busy, onSubmit, fieldError, clearOnChange } = useSubmit(async () => {
    await api.post(`/recipients/${row.recipientId}/receipt`, { registryNumber: registryNumber.trim() || undefined });
    onDone();
  });
  return (
    <form className="card" onSubmit={onSubmit} onChange={clearOnChange} noValidate aria-label={`Mottagande av beslut från ${row.organisationName}`}>
      <h3>{row.organisationName}</h3>
      <FormError error={error} />
      <TextField label="Vårt diarienummer (valfritt)" hint="T.ex. KSL/13/0412" value={registryNumber} onChange={(e) => setRegistryNumber(e.target.value)} error={fieldError('registryNumber')} name="registryNumber" />
      <button type="submit" disabled={busy}>
        Registrera mottagandet
      </button>
    </form>
  );
}
