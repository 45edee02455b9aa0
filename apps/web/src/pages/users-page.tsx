import { useState } from 'react';
import { api } from '../api/client';
import type { AdminUser, ApiTokenInfo, OrganisationSummary, Role } from '../api/types';
import { DonePanel, Notice } from '../components/confirm';
import { Dialog } from '../components/dialog';
import { FormError, SelectField, TextField } from '../components/fields';
import { useManagedOrganisation } from '../components/organisation-picker';
import { Loading, Page } from '../components/page';
import { ScrollTable } from '../components/scroll-table';
import { useLoad } from '../components/use-load';
import { MoreButton, usePagedLoad } from '../components/use-paged-load';
import { useSubmit } from '../components/use-submit';
import { formatDateTime } from '../format';
import { label, ROLES } from '../labels';
import { useUser } from '../session';

const STATUS: Record<AdminUser['status'], string> = { active: 'Aktiv', invited: 'Inbjuden, har inte valt lösenord', deactivated: 'Avstängd' };
const KINDS: Record<AdminUser['kind'], string> = { person: 'Person', system: 'Systemkonto (för en integration)' };
const SCOPES: Record<ApiTokenInfo['scope'], string> = { read: 'Bara läsa', write: 'Läsa och ändra' };
const SYSTEM_ROLES: Record<string, string> = { secretariat: ROLES.secretariat, officer: ROLES.officer, secretary: ROLES.secretary };

/** User administration of one organisation: its users, inviting, roles, deactivation, the password switch and API tokens. */
export function UsersPage() {
  const { organisationId, picker } = useManagedOrganisation();
  const users = usePagedLoad<AdminUser>(`/organisations/${organisationId}/users?limit=50`);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [managing, setManaging] = useState<AdminUser | null>(null);
  const done = (n: Notice) => (setNotice(n), users.reload());
  return (
    <Page title="Användare">
      {picker}
      <DonePanel notice={notice} onClose={() => setNotice(null)} />
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">Organisationens användare</h2>
        {!users.data ? (
          <Loading error={users.error} />
        ) : (
          <>
            <ScrollTable label="Användare">
              <table>
                <caption>{users.more ? `De första ${users.data.length} användarna` : `${users.data.length} användare`}</caption>
                <thead>
                  <tr>
                    <th scope="col">Namn</th>
                    <th scope="col">E-postadress</th>
                    <th scope="col">Roll</th>
                    <th scope="col">Status</th>
                    <th scope="col">Senast inloggad</th>
                    <th scope="col">
                      <span className="visually-hidden">Åtgärder</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {users.data.map((u) => (
                    <tr key={u.id}>
                      <td>
                        {u.name}
                        {u.kind === 'system' && <span className="badge">Systemkonto</span>}
                      </td>
                      <td>{u.email}</td>
                      <td>{label(ROLES, u.role)}</td>
                      <td>{u.status === 'deactivated' ? <span className="badge danger">{STATUS[u.status]}</span> : STATUS[u.status]}</td>
                      <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Aldrig'}</td>
                      <td>
                        <button type="button" className="secondary" onClick={() => setManaging(u)} aria-label={`Hantera ${u.name}`}>
                          Hantera
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            <MoreButton more={users.more} loading={users.loading} label="Visa fler användare" />
          </>
        )}
      </section>
      <Dialog title={managing ? `Hantera ${managing.name}` : 'Hantera'} open={Boolean(managing)} onClose={() => setManaging(null)}>
        {managing && <ManageUser user={managing} onDone={(n) => (setManaging(null), done(n))} />}
      </Dialog>
      <InviteForm organisationId={organisationId} onDone={done} />
      <PasswordSwitch organisationId={organisationId} onDone={setNotice} />
      <ApiTokens organisationId={organisationId} systemAccounts={(users.data ?? []).filter((u) => u.kind === 'system' && u.status !== 'deactivated')} />
    </Page>
  );
}

function ManageUser({ user, onDone }: { user: AdminUser; onDone(n: Notice): void }) {
  const me = useUser();
  const [role, setRole] = useState<Role>(user.role);
  const roleForm = useSubmit(async () => {
    const changed = await api.post<AdminUser>(`/users/${user.id}/role`, { role });
    onDone({ title: `${changed.name} har nu rollen ${label(ROLES, changed.role).toLowerCase()}.` });
  });
  const action = useSubmit(async () => undefined);
  const run = (path: string, title: string) => {
    action.setError(null);
    api
      .post<AdminUser>(`/users/${user.id}/${path}`)
      .then(() => onDone({ title }))
      .catch((e) => action.setError(e));
  };
  return (
    <>
      <p>
        {user.email} · {STATUS[user.status]}
      </p>
      <form onSubmit={roleForm.onSubmit} noValidate>
        <FormError error={roleForm.error} />
        <SelectField label="Roll" name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} options={user.kind === 'system' ? SYSTEM_ROLES : ROLES} />
        <button type="submit" disabled={roleForm.busy || role === user.role}>
          Spara rollen
        </button>
      </form>
      <FormError error={action.error} />
      <div className="actions">
        {user.status === 'deactivated' ? (
          <button type="button" onClick={() => run('reactivate', `${user.name} kan logga in igen.`)}>
            Aktivera kontot
          </button>
        ) : (
          user.id !== me.id && (
            <button type="button" className="danger" onClick={() => run('deactivate', `${user.name} är avstängd och kan inte längre logga in.`)}>
              Stäng av kontot
            </button>
          )
        )}
        {user.status === 'invited' && (
          <button type="button" className="secondary" onClick={() => run('invitation', `En ny inbjudan har skickats till ${user.email}. Den förra länken slutar gälla.`)}>
            Skicka inbjudan igen
          </button>
        )}
      </div>
      {user.id === me.id && <p className="muted">Ditt eget konto kan bara en annan administratör stänga av.</p>}
    </>
  );
}

function InviteForm({ organisationId, onDone }: { organisationId: string; onDone(n: Notice): void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('officer');
  const [kind, setKind] = useState<AdminUser['kind']>('person');
  const form = useSubmit(
    async () => {
      await api.post('/users', { name, email, role, kind, organisationId });
      onDone(
        kind === 'person'
          ? { title: `Inbjudan skickad till ${email}.`, lines: ['I brevet finns en länk där personen väljer sitt lösenord.'] }
          : { title: `Systemkontot ${name} är skapat.`, lines: ['Skapa en API-nyckel för det nedan.'] },
      );
      setName('');
      setEmail('');
    },
    () => [
      ...(name.trim() ? [] : [{ field: 'name', reason: 'ange ett namn' }]),
      ...(/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()) ? [] : [{ field: 'email', reason: 'ange en e-postadress, t.ex. namn@kommun.se' }]),
    ],
  );
  return (
    <section aria-labelledby="invite-heading" className="card">
      <h2 id="invite-heading">Bjud in en användare</h2>
      <form className="narrow" onSubmit={form.onSubmit} onChange={form.clearOnChange} noValidate>
        <FormError error={form.error} />
        <TextField label="Namn" name="name" value={name} onChange={(e) => setName(e.target.value)} error={form.fieldError('name')} required />
        <TextField label="E-postadress" name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={form.fieldError('email')} required />
        <SelectField label="Roll" name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} options={kind === 'system' ? SYSTEM_ROLES : ROLES} error={form.fieldError('role')} />
        <SelectField label="Typ av konto" name="kind" value={kind} onChange={(e) => setKind(e.target.value as AdminUser['kind'])} options={KINDS} hint="Ett systemkonto loggar aldrig in med lösenord; det använder API-nycklar." />
        <button type="submit" disabled={form.busy}>
          {kind === 'person' ? 'Skicka inbjudan' : 'Skapa systemkontot'}
        </button>
      </form>
    </section>
  );
}

function PasswordSwitch({ organisationId, onDone }: { organisationId: string; onDone(n: Notice): void }) {
  const { data, error, reload } = useLoad<OrganisationSummary>(`/organisations/${organisationId}`);
  const form = useSubmit(async () => {
    const enabled = !data?.passwordSignIn;
    await api.post(`/organisations/${organisationId}/password-sign-in`, { enabled });
    reload();
    onDone({ title: enabled ? 'Inloggning med lösenord är påslagen.' : 'Inloggning med lösenord är avstängd: användarna loggar in med organisationens eget konto.' });
  });
  return (
    <section aria-labelledby="password-heading" className="card">
      <h2 id="password-heading">Inloggning med lösenord</h2>
      {!data ? (
        <Loading error={error} />
      ) : (
        <form onSubmit={form.onSubmit}>
          <FormError error={form.error} />
          <p>
            {data.passwordSignIn
              ? `Användarna i ${data.name} kan logga in med e-postadress och lösenord.`
              : `Användarna i ${data.name} loggar in med organisationens eget konto; lösenord nekas.`}
          </p>
          <button type="submit" className="secondary" disabled={form.busy}>
            {data.passwordSignIn ? 'Stäng av inloggning med lösenord' : 'Slå på inloggning med lösenord'}
          </button>
        </form>
      )}
    </section>
  );
}

function ApiTokens({ organisationId, systemAccounts }: { organisationId: string; systemAccounts: AdminUser[] }) {
  const tokens = usePagedLoad<ApiTokenInfo>(`/organisations/${organisationId}/api-tokens?limit=50`);
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenInfo['scope']>('read');
  const [created, setCreated] = useState<(ApiTokenInfo & { token: string }) | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenInfo | null>(null);
  const chosen = userId || systemAccounts[0]?.id || '';
  const form = useSubmit(
    async () => {
      setCreated(await api.post<ApiTokenInfo & { token: string }>(`/organisations/${organisationId}/api-tokens`, { userId: chosen, name, scope }));
      setName('');
      tokens.reload();
    },
    () => [...(chosen ? [] : [{ field: 'userId', reason: 'lägg först till ett systemkonto ovan' }]), ...(name.trim() ? [] : [{ field: 'name', reason: 'ange ett namn på nyckeln' }])],
  );
  const revoke = useSubmit(async () => {
    if (!revoking) return;
    await api.post(`/api-tokens/${revoking.id}/revoke`);
    setRevoking(null);
    tokens.reload();
  });
  return (
    <section aria-labelledby="tokens-heading" className="card">
      <h2 id="tokens-heading">API-nycklar</h2>
      <p>En API-nyckel låter ett annat system (t.ex. ett ärendehanteringssystem) använda Remiss som ett systemkonto. Skicka den som <code>Authorization: Bearer rmt_…</code>.</p>
      {created && (
        <div className="done-panel" role="status" aria-labelledby="new-token-title">
          <h3 id="new-token-title">Nyckeln &quot;{created.name}&quot; är skapad</h3>
          <p>Kopiera den nu. Den visas bara den här gången och kan inte tas fram igen.</p>
          <p>
            <code className="secret" aria-label="Den nya API-nyckeln">
              {created.token}
            </code>
          </p>
          <button type="button" className="secondary" onClick={() => setCreated(null)}>
            Jag har sparat nyckeln
          </button>
        </div>
      )}
      {!tokens.data ? (
        <Loading error={tokens.error} />
      ) : tokens.data.length === 0 ? (
        <p>Inga API-nycklar ännu.</p>
      ) : (
        <ScrollTable label="API-nycklar">
          <table>
            <caption>{tokens.data.length} API-nycklar</caption>
            <thead>
              <tr>
                <th scope="col">Namn</th>
                <th scope="col">Systemkonto</th>
                <th scope="col">Får</th>
                <th scope="col">Skapad</th>
                <th scope="col">Senast använd</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>{t.userName}</td>
                  <td>{SCOPES[t.scope]}</td>
                  <td>
                    {formatDateTime(t.createdAt)}
                    {t.createdByName && ` av ${t.createdByName}`}
                  </td>
                  <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Aldrig'}</td>
                  <td>
                    {t.revokedAt ? (
                      `Återkallad ${formatDateTime(t.revokedAt)}`
                    ) : (
                      <button type="button" className="danger" onClick={() => setRevoking(t)} aria-label={`Återkalla ${t.name}`}>
                        Återkalla
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <MoreButton more={tokens.more} loading={tokens.loading} label="Visa fler nycklar" />
      <h3>Skapa en API-nyckel</h3>
      <form className="narrow" onSubmit={form.onSubmit} onChange={form.clearOnChange} noValidate>
        <FormError error={form.error} />
        {systemAccounts.length === 0 ? (
          <p className="hint" data-field="userId">
            Organisationen har inget aktivt systemkonto. Bjud in ett med typen Systemkonto ovan.
          </p>
        ) : (
          <SelectField label="Systemkonto" name="userId" value={chosen} onChange={(e) => setUserId(e.target.value)} options={Object.fromEntries(systemAccounts.map((u) => [u.id, u.name]))} error={form.fieldError('userId')} />
        )}
        <TextField label="Namn på nyckeln" name="name" value={name} onChange={(e) => setName(e.target.value)} error={form.fieldError('name')} hint="Till exempel systemets namn, så att du känner igen nyckeln." required />
        <SelectField label="Behörighet" name="scope" value={scope} onChange={(e) => setScope(e.target.value as ApiTokenInfo['scope'])} options={SCOPES} />
        <button type="submit" disabled={form.busy}>
          Skapa nyckeln
        </button>
      </form>
      <Dialog title="Återkalla API-nyckeln?" open={Boolean(revoking)} onClose={() => setRevoking(null)}>
        {revoking && (
          <form onSubmit={revoke.onSubmit}>
            <FormError error={revoke.error} />
            <p>
              Nyckeln &quot;{revoking.name}&quot; för {revoking.userName} slutar fungera direkt. Det går inte att ångra; skapa en ny nyckel om systemet behöver en.
            </p>
            <div className="actions">
              <button type="submit" className="danger" disabled={revoke.busy}>
                Återkalla nyckeln
              </button>
              <button type="button" className="secondary" onClick={() => setRevoking(null)}>
                Avbryt
              </button>
            </div>
          </form>
        )}
      </Dialog>
    </section>
  );
}
