import { Loading, Page } from '../components/page';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { formatDateTime } from '../format';
import { useUser } from '../session';

interface SignIn {
  id: string;
  at: string;
  method: 'password' | 'oidc';
  success: boolean;
  reason: string | null;
  email: string | null;
  userName: string | null;
  organisationName: string | null;
  providerName: string | null;
  clientAddress: string | null;
}

const REASONS: Record<string, string> = {
  'unknown-account': 'okänt konto',
  'wrong-password': 'fel lösenord',
  'no-password': 'kontot har inget lösenord',
  throttled: 'spärrad efter för många försök',
  'provider-unavailable': 'inloggningstjänsten svarade inte',
  'callback-invalid': 'ogiltigt eller återanvänt svar från inloggningstjänsten',
  'provider-refused': 'avbruten hos inloggningstjänsten',
  'no-email': 'ingen bekräftad e-postadress',
  'domain-not-allowed': 'e-postdomänen får inte logga in',
  'no-role': 'ingen grupp som ger en roll',
  'other-organisation': 'kontot hör till en annan organisation',
  'password-sign-in-off': 'organisationen loggar inte in med lösenord',
  deactivated: 'kontot är avstängt',
};

/** The sign-in audit: every password and single sign-on sign-in, newest first. */
export function SignInsPage() {
  const user = useUser();
  const { data, error, more, loading } = usePagedLoad<SignIn>('/admin/sign-ins?limit=50');
  return (
    <Page title="Inloggningar">
      <p>{user.organisationSlug === 'ksl' ? 'Alla organisationers inloggningar, även försök med okända konton.' : `Inloggningar i ${user.organisationName}.`}</p>
      {!data ? (
        <Loading error={error} />
      ) : data.length === 0 ? (
        <p>Inga inloggningar ännu.</p>
      ) : (
        <>
          <table>
            <caption>{more ? `De senaste ${data.length} inloggningarna` : `${data.length} inloggningar`}</caption>
            <thead>
              <tr>
                <th scope="col">Tid</th>
                <th scope="col">Vem</th>
                <th scope="col">Organisation</th>
                <th scope="col">Sätt</th>
                <th scope="col">Utfall</th>
                <th scope="col">Adress</th>
              </tr>
            </thead>
            <tbody>
              {data.map((s) => (
                <tr key={s.id}>
                  <td>{formatDateTime(s.at)}</td>
                  <td>{s.userName ? `${s.userName} (${s.email ?? ''})` : (s.email ?? 'okänd')}</td>
                  <td>{s.organisationName ?? '–'}</td>
                  <td>{s.method === 'oidc' ? `Inloggningstjänst${s.providerName ? ` (${s.providerName})` : ''}` : 'Lösenord'}</td>
                  <td>{s.success ? 'Inloggad' : `Nekad: ${REASONS[s.reason ?? ''] ?? 'okänt skäl'}`}</td>
                  <td>{s.clientAddress ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <MoreButton more={more} loading={loading} label="Visa äldre inloggningar" />
        </>
      )}
    </Page>
  );
}
