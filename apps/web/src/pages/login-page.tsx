import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { FormError, TextField } from '../components/fields';
import { Page } from '../components/page';
import { useSubmit } from '../components/use-submit';
import { BASE, Link } from '../router';
import { useSession } from '../session';

interface Provider {
  id: string;
  displayName: string;
  organisationName: string;
}

/** Why the identity provider's sign-in was refused (the callback's `fel`), in plain Swedish. */
export const SIGN_IN_FAILURES: Record<string, string> = {
  'domain-not-allowed': 'Din e-postadress hör inte till en domän som får logga in med den här inloggningstjänsten. Kontakta din organisations administratör.',
  'no-role': 'Ditt konto har ingen behörighet till Remiss: du finns inte i någon av de grupper som ger en roll. Kontakta din organisations administratör.',
  'no-email': 'Inloggningstjänsten skickade ingen bekräftad e-postadress för ditt konto. Kontakta din organisations administratör.',
  'other-organisation': 'Det finns redan ett konto med din e-postadress i en annan organisation. Kontakta KSL:s administratör.',
  deactivated: 'Ditt konto i Remiss är avstängt. Kontakta din organisations administratör.',
  'callback-invalid': 'Inloggningen kunde inte slutföras: svaret från inloggningstjänsten var ogiltigt, för gammalt eller redan använt. Försök igen.',
  'provider-refused': 'Inloggningen avbröts hos inloggningstjänsten. Försök igen.',
  'provider-unavailable': 'Inloggningstjänsten svarar inte just nu. Försök igen om en stund eller logga in med lösenord.',
};

export function LoginPage({ returnTo = null }: { returnTo?: string | null }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [providers, setProviders] = useState<Provider[]>([]);
  const { error, busy, onSubmit, fieldError } = useSubmit(() => signIn(email, password));
  const failure = new URLSearchParams(window.location.search).get('fel');
  useEffect(() => {
    api
      .get<Provider[]>('/auth/oidc/providers')
      .then(setProviders)
      .catch(() => setProviders([]));
  }, []);
  const back = encodeURIComponent(`${BASE}${returnTo ?? '/'}`);
  return (
    <Page title="Logga in">
      {failure && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2 className="error-summary-title">Du kunde inte loggas in</h2>
          <p>{SIGN_IN_FAILURES[failure] ?? 'Inloggningen misslyckades. Försök igen.'}</p>
        </div>
      )}
      {returnTo && <p>Logga in för att öppna sidan du följde en länk till. Du kommer dit direkt efter inloggningen.</p>}
      {providers.length > 0 && (
        <section aria-labelledby="sso-heading" className="narrow">
          <h2 id="sso-heading">Med din organisations konto</h2>
          <ul className="plain">
            {providers.map((p) => (
              <li key={p.id}>
                <a className="button" href={`/auth/oidc/${p.id}/start?returnTo=${back}`}>
                  Logga in med {p.displayName}
                </a>
              </li>
            ))}
          </ul>
          <h2>Med e-post och lösenord</h2>
        </section>
      )}
      <form className="narrow" onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        <TextField label="E-postadress" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError('email')} required />
        <TextField label="Lösenord" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError('password')} required />
        <button type="submit" disabled={busy}>
          Logga in
        </button>
      </form>
      <p>
        <Link to="/glomt-losenord">Glömt lösenordet?</Link>
      </p>
      <p className="muted">Demokonton: kansli@ksl.se, handlaggare@ekero.example.se, namndsekreterare@ekero.example.se (lösenordet står i README).</p>
    </Page>
  );
}
