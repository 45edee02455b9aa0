import { useState } from 'react';
import { api } from '../api/client';
import type { Organisation, Page as ApiPage } from '../api/types';
import { FormError, SelectField, TextField } from '../components/fields';
import { Loading, Page } from '../components/page';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { useLoad } from '../components/use-load';
import { useSubmit } from '../components/use-submit';
import { ROLES } from '../labels';

interface IdentityProvider {
  id: string;
  organisationId: string;
  organisationName: string;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  hasClientSecret: boolean;
  clientSecretReadable: boolean;
  allowedDomains: string[];
  roleClaim: string;
  roleMapping: Array<{ value: string; role: string }>;
  enabled: boolean;
  redirectUrl: string;
}

const ROLE_ORDER = ['admin', 'secretariat', 'secretary', 'officer'] as const;
const list = (text: string) =>
  text
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** KSL's administrators: the organisations' identity providers (OpenID Connect), added, switched off and removed here. */
export function IdentityProvidersPage() {
  const { data, error, reload, more, loading } = usePagedLoad<IdentityProvider>('/admin/identity-providers?limit=200');
  const organisations = useLoad<ApiPage<Organisation>>('/organisations?limit=200').data?.items ?? [];
  const redirectUrl = `${window.location.origin}/auth/oidc/callback`;
  const toggle = (p: IdentityProvider) => api.patch(`/admin/identity-providers/${p.id}`, { enabled: !p.enabled }).then(reload, (e: Error) => window.alert(e.message));
  const remove = (p: IdentityProvider) => {
    if (!window.confirm(`Ta bort inloggningstjänsten ${p.displayName}? Användarna den skapat finns kvar men kan inte längre logga in med den.`)) return;
    api.delete(`/admin/identity-providers/${p.id}`).then(reload, (e: Error) => window.alert(e.message));
  };
  return (
    <Page title="Inloggningstjänster">
      <p>
        Organisationernas egna inloggningstjänster (OpenID Connect, t.ex. Microsoft Entra ID). Registrera omdirigeringsadressen <code>{data?.[0]?.redirectUrl ?? redirectUrl}</code> hos
        leverantören. Användare skapas vid första inloggningen i organisationen nedan, med den roll som deras grupper ger.
      </p>
      {!data ? (
        <Loading error={error} />
      ) : data.length === 0 ? (
        <p>Inga inloggningstjänster ännu.</p>
      ) : (
        <table>
          <caption>{data.length} inloggningstjänster</caption>
          <thead>
            <tr>
              <th scope="col">Namn</th>
              <th scope="col">Organisation</th>
              <th scope="col">Utfärdare och klient</th>
              <th scope="col">E-postdomäner</th>
              <th scope="col">Roller</th>
              <th scope="col">Status</th>
              <th scope="col">Åtgärder</th>
            </tr>
          </thead>
          <tbody>
            {data.map((p) => (
              <tr key={p.id}>
                <td>{p.displayName}</td>
                <td>{p.organisationName}</td>
                <td>
                  {p.issuerUrl}
                  <br />
                  <span className="muted">
                    Klient {p.clientId}, {p.hasClientSecret ? (p.clientSecretReadable ? 'med hemlighet' : 'hemligheten måste anges igen') : 'utan hemlighet'}
                  </span>
                </td>
                <td>{p.allowedDomains.join(', ')}</td>
                <td>
                  {p.roleMapping.map((r) => (
                    <div key={`${r.value}-${r.role}`}>
                      {p.roleClaim} = {r.value} → {ROLES[r.role] ?? r.role}
                    </div>
                  ))}
                </td>
                <td>{p.enabled ? 'På' : 'Avstängd'}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => toggle(p)}>
                    {p.enabled ? `Stäng av ${p.displayName}` : `Slå på ${p.displayName}`}
                  </button>{' '}
                  <button type="button" className="secondary" onClick={() => remove(p)}>
                    Ta bort {p.displayName}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MoreButton more={more} loading={loading} />
      <NewProviderForm organisations={organisations} onCreated={reload} />
    </Page>
  );
}

function NewProviderForm({ organisations, onCreated }: { organisations: Organisation[]; onCreated(): void }) {
  const [organisationId, setOrganisationId] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [issuerUrl, setIssuerUrl] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState('');
  const [roleClaim, setRoleClaim] = useState('groups');
  const [groups, setGroups] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, onSubmit, fieldError } = useSubmit(async () => {
    const roleMapping = ROLE_ORDER.flatMap((role) => list(groups[role] ?? '').map((value) => ({ value, role })));
    const created = await api.post<IdentityProvider>('/admin/identity-providers', {
      organisationId,
      displayName,
      issuerUrl,
      clientId,
      ...(clientSecret ? { clientSecret } : {}),
      allowedDomains: list(domains),
      roleClaim,
      roleMapping,
    });
    setDone(`${created.displayName} är tillagd. Användare kan nu logga in med den från inloggningssidan.`);
    setDisplayName('');
    setIssuerUrl('');
    setClientId('');
    setClientSecret('');
    setDomains('');
    setGroups({});
    onCreated();
  });
  const options = { '': 'Välj organisation', ...Object.fromEntries(organisations.map((o) => [o.id, o.name])) };
  return (
    <section aria-labelledby="new-provider">
      <h2 id="new-provider">Lägg till en inloggningstjänst</h2>
      {done && (
        <p role="status" className="success">
          {done}
        </p>
      )}
      <form className="narrow" onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        <SelectField label="Organisation" name="organisationId" options={options} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)} error={fieldError('organisationId')} />
        <TextField label="Namn på inloggningssidan" name="displayName" value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={fieldError('displayName')} hint='Visas som "Logga in med …"' />
        <TextField label="Utfärdarens adress (issuer)" name="issuerUrl" value={issuerUrl} onChange={(e) => setIssuerUrl(e.target.value)} error={fieldError('issuerUrl')} hint="Entra ID: https://login.microsoftonline.com/<katalog-id>/v2.0" />
        <TextField label="Klient-id" name="clientId" value={clientId} onChange={(e) => setClientId(e.target.value)} error={fieldError('clientId')} />
        <TextField label="Klienthemlighet" name="clientSecret" type="password" autoComplete="off" value={clientSecret} onChange={(e) => setClientSecret(e.target.value)} error={fieldError('clientSecret')} hint="Visas aldrig igen efter att den sparats." />
        <TextField label="E-postdomäner" name="allowedDomains" value={domains} onChange={(e) => setDomains(e.target.value)} error={fieldError('allowedDomains')} hint="Kommaseparerade, t.ex. ekero.se" />
        <TextField label="Anspråk med grupperna" name="roleClaim" value={roleClaim} onChange={(e) => setRoleClaim(e.target.value)} error={fieldError('roleClaim')} hint="Oftast groups (Entra ID: grupp-id) eller roles (appens roller)" />
        <fieldset>
          <legend>Grupper som ger en roll (kommaseparerade; första träffen uppifrån gäller)</legend>
          {ROLE_ORDER.map((role) => (
            <TextField key={role} label={ROLES[role]} name={role === 'admin' ? 'roleMapping' : undefined} value={groups[role] ?? ''} onChange={(e) => setGroups({ ...groups, [role]: e.target.value })} error={role === 'admin' ? fieldError('roleMapping') : undefined} />
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          Lägg till inloggningstjänsten
        </button>
      </form>
    </section>
  );
}
