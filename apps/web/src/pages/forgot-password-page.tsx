import { useState } from 'react';
import { api } from '../api/client';
import { FormError, TextField } from '../components/fields';
import { Page } from '../components/page';
import { useSubmit } from '../components/use-submit';
import { Link } from '../router';

/** "Glömt lösenordet?": the same answer whether or not the account exists. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<string | null>(null);
  const { error, busy, onSubmit, fieldError, clearOnChange } = useSubmit(
    async () => setAnswer((await api.post<{ message: string }>('/auth/forgot-password', { email })).message),
    () => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()) ? [] : [{ field: 'email', reason: 'ange din e-postadress, t.ex. namn@kommun.se' }]),
  );
  return (
    <Page title="Glömt lösenordet?">
      {answer ? (
        <div className="done-panel" role="status">
          <p>{answer}</p>
          <p>Länken i brevet gäller en kort stund och fungerar en gång.</p>
        </div>
      ) : (
        <>
          <p>Skriv e-postadressen till ditt konto, så skickar vi en länk där du väljer ett nytt lösenord.</p>
          <form className="narrow" onSubmit={onSubmit} onChange={clearOnChange} noValidate>
            <FormError error={error} />
            <TextField label="E-postadress" name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError('email')} required />
            <button type="submit" disabled={busy}>
              Skicka länk
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/">Tillbaka till inloggningen</Link>
      </p>
    </Page>
  );
}
