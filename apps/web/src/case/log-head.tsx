import { useState } from 'react';
import { api } from '../api/client';
import type { CaseView, LogVerification } from '../api/types';
import { FormError } from '../components/fields';
import { useSubmit } from '../components/use-submit';
import { useUser } from '../session';

/**
 * Loggens kontrollsumma: the head of the case's event-log hash chain (anyone who sees the case sees it, and the
 * public case page shows it too); the case organisation's secretariat and administrators can have it checked.
 */
export function LogHead({ view }: { view: CaseView }) {
  const user = useUser();
  const [result, setResult] = useState<LogVerification | null>(null);
  const mayVerify = user.organisationId === view.organisationId && (user.role === 'secretariat' || user.role === 'admin');
  const { error, busy, onSubmit } = useSubmit(async () => {
    setResult(await api.get<LogVerification>(`/cases/${view.id}/log/verify`));
  });
  return (
    <section aria-labelledby="log-head-heading">
      <h2 id="log-head-heading">Loggens kontrollsumma</h2>
      <p>
        <code className="hash">{view.logHead}</code>
      </p>
      <p className="muted">
        Kontrollsumman (SHA-256) räknas fram ur alla händelser i ärendets logg i ordning. Ändras, tas bort eller flyttas en händelse i efterhand stämmer den
        inte längre.
      </p>
      {mayVerify && (
        <form onSubmit={onSubmit} noValidate aria-label="Kontrollera loggen">
          <FormError error={error} />
          <button type="submit" disabled={busy}>
            Kontrollera loggen
          </button>
          {result && (
            <p role="status" className={result.ok ? undefined : 'log-mismatch'}>
              {result.message}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
