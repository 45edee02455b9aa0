import { useEffect, useState } from 'react';
import { api, ApiError } from '../api/client';
import { FormError, TextField } from '../components/fields';
import { Loading, Page } from '../components/page';
import { useSubmit } from '../components/use-submit';
import { Link, navigate } from '../router';
import { useSession } from '../session';

interface LinkInfo {
  purpose: 'invitation' | 'reset';
  name: string;
  email: string;
  organisationName: string;
  expiresAt: string;
}

/** The token of an invitation or reset link: it travels in the fragment (#…), which the browser never sends anywhere. */
function tokenFromLocation(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

/** "Välj lösenord": from an invitation or reset mail; on success the user is signed in. */
export function SetPasswordPage() {
  const { signIn } = useSession();
  const [token] = useState(tokenFromLocation);
  const [info, setInfo] = useState<LinkInfo | null>(null);
  const [linkError, setLinkError] = useState<ApiError | null>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  useEffect(() => {
    if (!token) {
      setLinkError(new ApiError(400, 'Länken saknar sin kod. Öppna länken i brevet igen, eller be om en ny.', 'ACCOUNT.INVALID_LINK', [], {}));
      return;
    }
    api
      .post<LinkInfo>('/auth/set-password/check', { token })
      .then(setInfo)
      .catch((e: ApiError) => setLinkError(e));
  }, [token]);
  const { error, busy, onSubmit, fieldError, clearOnChange } = useSubmit(
    async () => {
      const result = await api.post<{ email: string }>('/auth/set-password', { token, password });
      // the fragment is the credential: drop it from the address and history
      window.history.replaceState(null, '', window.location.pathname);
      await signIn(result.email, password);
      navigate('/', true);
    },
    () => [
      ...(password.length === 0 ? [{ field: 'password', reason: 'ange ett lösenord' }] : []),
      ...(repeat !== password ? [{ field: 'repeat', reason: 'lösenorden är inte lika; skriv samma lösenord två gånger' }] : []),
    ],
  );
  if (linkError) {
    const reason = linkError.reasonFor('token');
    return (
      <Page title="Länken fungerar inte">
        <p className="form-error" role="alert">
          {reason ? `Länken ${reason.replace(/^länken /, '')}.` : linkError.message}
        </p>
        <p>
          <Link to="/glomt-losenord">Be om en ny länk</Link> eller <Link to="/">gå till inloggningen</Link>.
        </p>
      </Page>
    );
  }
  if (!info) return <Loading error={null} />;
  return (
    <Page title={info.purpose === 'invitation' ? 'Välj ditt lösenord' : 'Välj ett nytt lösenord'}>
      <p>
        {info.purpose === 'invitation' ? `Välkommen till Remiss, ${info.name}! ` : `Hej ${info.name}! `}
        Du väljer lösenord för kontot <strong>{info.email}</strong> ({info.organisationName}).
        {info.purpose === 'reset' && ' När lösenordet är bytt loggas du ut på alla andra ställen.'}
      </p>
      <form className="narrow" onSubmit={onSubmit} onChange={clearOnChange} noValidate>
        <FormError error={error} />
        <input type="hidden" name="username" autoComplete="username" value={info.email} readOnly />
        <TextField
          label="Nytt lösenord"
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError('password')}
          hint="Minst 12 tecken. Välj gärna flera ord, t.ex. en mening du minns. Inte din e-postadress och inte ett vanligt lösenord."
          required
        />
        <TextField label="Upprepa lösenordet" name="repeat" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} error={fieldError('repeat')} required />
        <button type="submit" disabled={busy}>
          Spara lösenordet och logga in
        </button>
      </form>
    </Page>
  );
}
