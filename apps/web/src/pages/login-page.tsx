import { useState } from 'react';
import { FormError, TextField } from '../components/fields';
import { Page } from '../components/page';
import { useSubmit } from '../components/use-submit';
import { Link } from '../router';
import { useSession } from '../session';

export function LoginPage({ returnTo = null }: { returnTo?: string | null }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, onSubmit, fieldError } = useSubmit(() => signIn(email, password));
  return (
    <Page title="Logga in">
      {returnTo && <p>Logga in för att öppna sidan du följde en länk till. Du kommer dit direkt efter inloggningen.</p>}
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
