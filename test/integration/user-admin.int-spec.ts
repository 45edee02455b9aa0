import { ReceivedMail } from '@remiss/testing';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const STRONG = 'korrekt häst batteri häftklammer';

/** The set-password link in a mail and the token in its fragment. */
function linkIn(mail: ReceivedMail): { url: string; token: string } {
  const match = /(http:\/\/remiss\.test\/app\/losenord#([A-Za-z0-9_-]+))/.exec(mail.parsed.text ?? '');
  if (!match) throw new Error(`ingen länk i brevet: ${mail.parsed.text}`);
  return { url: match[1], token: match[2] };
}

describe('user administration: invitations, resets, deactivation, the password switch, API tokens and the audit log', () => {
  let app: TestApp;
  let admin: ApiClient;
  let ekero: string;
  let ksl: string;
  const mailTo = (address: string) => (m: ReceivedMail) => m.envelopeTo.includes(address);
  const signIn = (email: string, password: string) => app.anonymous().post('/auth/login', { email, password });

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { PASSWORD_RESET_MAX_PER_ACCOUNT: '2' } });
    admin = await app.as('admin@ksl.se');
    ekero = await app.organisationId('ekero');
    ksl = await app.organisationId('ksl');
  });
  afterAll(() => app?.close());

  it('invites by mail; the link sets a password once, under the password rules, and the user signs in', async () => {
    const created = await admin.post('/users', { name: 'Nina Ny', email: 'nina.ny@ekero.example.se', role: 'officer', organisationId: ekero });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'person', invitationSent: true, organisationId: ekero });
    expect((await signIn('nina.ny@ekero.example.se', STRONG)).status).toBe(401);

    const [mail] = await app.ctx.smtp.waitFor(1, mailTo('nina.ny@ekero.example.se'));
    expect(mail.parsed.subject).toBe('Du är inbjuden till Remiss: välj ditt lösenord');
    expect(mail.parsed.text).toContain('Administratör KSL har bjudit in dig till Remiss för Ekerö kommun.');
    const { token } = linkIn(mail);
    // only a hash is stored
    const stored: Array<{ token_hash: string }> = await app.ds.query(`SELECT token_hash FROM credential_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = 'nina.ny@ekero.example.se'`);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);

    const check = await app.anonymous().post('/auth/set-password/check', { token });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ purpose: 'invitation', email: 'nina.ny@ekero.example.se', organisationName: 'Ekerö kommun' });

    const weak = await app.anonymous().post('/auth/set-password', { token, password: 'kort' });
    expect(weak.status).toBe(400);
    expect(weak.body.issues).toEqual([{ field: 'password', reason: 'måste vara minst 12 tecken långt' }]);
    const own = await app.anonymous().post('/auth/set-password', { token, password: 'nina.ny-hemligt-123' });
    expect(own.body.issues).toEqual([{ field: 'password', reason: 'får inte innehålla din e-postadress' }]);

    const set = await app.anonymous().post('/auth/set-password', { token, password: STRONG });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ email: 'nina.ny@ekero.example.se' });
    const login = await signIn('nina.ny@ekero.example.se', STRONG);
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: 'nina.ny@ekero.example.se', role: 'officer', organisationSlug: 'ekero' });
    const [hash] = await app.ds.query(`SELECT password_hash FROM users WHERE email = 'nina.ny@ekero.example.se'`);
    expect(hash.password_hash).toMatch(/^\$argon2id\$/);

    const again = await app.anonymous().post('/auth/set-password', { token, password: 'ett helt annat lösenord' });
    expect(again.status).toBe(400);
    expect(again.body.issues).toEqual([{ field: 'token', reason: 'länken är ogiltig eller har redan använts; be om en ny' }]);
    expect((await app.anonymous().post('/auth/set-password/check', { token: 'x'.repeat(43) })).status).toBe(400);
  });

  it('resets a forgotten password without telling whether the account exists, and the reset ends every earlier sign-in', async () => {
    const before = await signIn('kansli@ksl.se', 'remiss');
    expect(before.status).toBe(200);
    const old = new ApiClient(app.baseUrl, before.body.token);
    expect((await old.get('/auth/me')).status).toBe(200);

    const known = await app.anonymous().post('/auth/forgot-password', { email: 'kansli@ksl.se' });
    const unknown = await app.anonymous().post('/auth/forgot-password', { email: 'ingen.alls@ksl.se' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    expect(known.body.message).toContain('Om det finns ett konto med den adressen');

    const [mail] = await app.ctx.smtp.waitFor(1, mailTo('kansli@ksl.se'));
    expect(mail.parsed.subject).toBe('Byt lösenord i Remiss');
    expect(app.ctx.smtp.received.filter(mailTo('ingen.alls@ksl.se'))).toEqual([]);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM credential_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = 'ingen.alls@ksl.se'`);
    expect(n).toBe(0);

    const set = await app.anonymous().post('/auth/set-password', { token: linkIn(mail).token, password: STRONG });
    expect(set.status).toBe(200);
    const refused = await old.get('/auth/me');
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe('Du har loggat ut; logga in igen.');
    expect((await signIn('kansli@ksl.se', 'remiss')).status).toBe(401);
    const after = await signIn('kansli@ksl.se', STRONG);
    expect(after.status).toBe(200);
    expect((await new ApiClient(app.baseUrl, after.body.token).get('/auth/me')).status).toBe(200);
  });

  it('sends at most PASSWORD_RESET_MAX_PER_ACCOUNT reset mails per window, answering the same every time', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await app.anonymous().post('/auth/forgot-password', { email: 'handlaggare@botkyrka.example.se' }));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM credential_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = 'handlaggare@botkyrka.example.se'`);
    expect(n).toBe(2);
    // a newer link voids the older one: only the last is open
    const [{ open }] = await app.ds.query(`SELECT count(*)::int AS open FROM credential_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = 'handlaggare@botkyrka.example.se' AND used_at IS NULL`);
    expect(open).toBe(1);
  });

  it('deactivation refuses an existing token at once and the sign-in; reactivation lets them in again', async () => {
    const login = await signIn('handlaggare@ekero.example.se', 'remiss');
    expect(login.status).toBe(200);
    const officer = new ApiClient(app.baseUrl, login.body.token);
    const id = login.body.user.id;
    expect((await officer.get('/inbox')).status).toBe(200);

    const off = await admin.post(`/users/${id}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id, status: 'deactivated', deactivatedAt: expect.any(String) });
    const refused = await officer.get('/inbox');
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe('Kontot är avstängt. Kontakta din organisations administratör.');
    const denied = await signIn('handlaggare@ekero.example.se', 'remiss');
    expect(denied.status).toBe(401);
    expect(denied.body.message).toBe('Kontot är avstängt. Kontakta din organisations administratör.');
    // nor can they get in through "Glömt lösenordet?"
    await app.anonymous().post('/auth/forgot-password', { email: 'handlaggare@ekero.example.se' });
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM credential_tokens WHERE user_id = $1`, [id]);
    expect(n).toBe(0);

    const on = await admin.post(`/users/${id}/reactivate`);
    expect(on.body).toMatchObject({ status: 'active', deactivatedAt: null });
    expect((await officer.get('/inbox')).status).toBe(200);
  });

  it('keeps an organisation with an active administrator and refuses an administrator deactivating themself', async () => {
    const created = await admin.post('/users', { name: 'Ebba Admin', email: 'ebba.admin@ekero.example.se', role: 'admin', organisationId: ekero });
    expect(created.status).toBe(201);
    const ebba = await app.as('ebba.admin@ekero.example.se');
    const self = await ebba.post(`/users/${created.body.id}/deactivate`);
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('USERS.SELF_DEACTIVATION');
    const demote = await ebba.post(`/users/${created.body.id}/role`, { role: 'officer' });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ code: 'USERS.LAST_ADMIN', message: 'Organisationen måste ha minst en aktiv administratör. Utse en annan administratör först.' });
    expect((await admin.post(`/users/${created.body.id}/deactivate`)).body.code).toBe('USERS.LAST_ADMIN');

    // Ekerö's administrator sees Ekerö's users, never Botkyrka's
    const page = await ebba.get(`/organisations/${ekero}/users?limit=2`);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    const all = [...page.body.items];
    for (let cursor = page.body.nextCursor; cursor; ) {
      const next = await ebba.get(`/organisations/${ekero}/users?limit=2&cursor=${cursor}`);
      all.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    expect(all.map((u) => u.email)).toEqual([...all.map((u) => u.email)].sort());
    expect(all.find((u) => u.email === 'ebba.admin@ekero.example.se')).toMatchObject({ role: 'admin', status: 'invited', kind: 'person' });
    expect(all.find((u) => u.email === 'nina.ny@ekero.example.se')).toMatchObject({ status: 'active', lastSignInAt: expect.any(String) });
    expect((await ebba.get(`/organisations/${await app.organisationId('botkyrka')}/users`)).status).toBe(404);
    expect((await (await app.as('kansli@ekero.example.se')).get(`/organisations/${ekero}/users`)).status).toBe(403);

    // with a second administrator the first may step down
    const second = await ebba.post('/users', { name: 'Erik Admin', email: 'erik.admin@ekero.example.se', role: 'admin' });
    expect(second.status).toBe(201);
    expect((await ebba.post(`/users/${created.body.id}/role`, { role: 'secretariat' })).body).toMatchObject({ role: 'secretariat' });
  });

  it('two administrators deactivating each other at once: one wins, the organisation keeps an active administrator', async () => {
    const botkyrka = await app.organisationId('botkyrka');
    const a = await admin.post('/users', { name: 'Anders Admin', email: 'anders.admin@botkyrka.example.se', role: 'admin', organisationId: botkyrka });
    const b = await admin.post('/users', { name: 'Berit Admin', email: 'berit.admin@botkyrka.example.se', role: 'admin', organisationId: botkyrka });
    const [asA, asB] = [await app.as('anders.admin@botkyrka.example.se'), await app.as('berit.admin@botkyrka.example.se')];
    const answers = await Promise.all([asA.post(`/users/${b.body.id}/deactivate`), asB.post(`/users/${a.body.id}/deactivate`)]);
    // One wins. The other is refused either by the last-admin rule (409), or, when the winner's deactivation
    // committed before the loser's request was signed in, as the deactivated account it now is (401).
    const statuses = answers.map((r) => r.status).sort();
    expect([[200, 401], [200, 409]]).toContainEqual(statuses);
    const loser = answers.find((r) => r.status !== 200)!;
    if (loser.status === 409) expect(loser.body.code).toBe('USERS.LAST_ADMIN');
    else expect(loser.body.message).toMatch(/avstängt/);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM users WHERE organisation_id = $1 AND role = 'admin' AND deactivated_at IS NULL`, [botkyrka]);
    expect(n).toBe(1);
  });

  it('an organisation that turns password sign-in off sends its users to their own account', async () => {
    expect((await admin.post(`/organisations/${ekero}/password-sign-in`, { enabled: false })).body).toEqual({ organisationId: ekero, passwordSignIn: false });
    const refused = await signIn('namndsekreterare@ekero.example.se', 'remiss');
    expect(refused.status).toBe(401);
    expect(refused.body.message).toContain('loggar in med sitt eget konto');
    await app.anonymous().post('/auth/forgot-password', { email: 'namndsekreterare@ekero.example.se' });
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM credential_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = 'namndsekreterare@ekero.example.se'`);
    expect(n).toBe(0);
    expect((await app.anonymous().get(`/organisations/${ekero}`)).status).toBe(401);
    expect((await admin.get(`/organisations/${ekero}`)).body.passwordSignIn).toBe(false);
    await admin.post(`/organisations/${ekero}/password-sign-in`, { enabled: true });
    expect((await signIn('namndsekreterare@ekero.example.se', 'remiss')).status).toBe(200);
  });

  it('API tokens of system accounts: shown once, read scope only reads, listed with last use, revocable', async () => {
    const system = await admin.post('/users', { name: 'Ärendesystemet', email: 'integration@ksl.se', role: 'secretariat', kind: 'system' });
    expect(system.status).toBe(201);
    expect(system.body).toMatchObject({ kind: 'system', invitationSent: false });
    const person = await app.ds.query(`SELECT id FROM users WHERE email = 'kansli@ksl.se'`);
    const forPerson = await admin.post(`/organisations/${ksl}/api-tokens`, { userId: person[0].id, name: 'Fel', scope: 'read' });
    expect(forPerson.status).toBe(400);
    expect(forPerson.body.issues[0].field).toBe('userId');

    const read = await admin.post(`/organisations/${ksl}/api-tokens`, { userId: system.body.id, name: 'Läsning', scope: 'read' });
    expect(read.status).toBe(201);
    expect(read.body.token).toMatch(/^rmt_[A-Za-z0-9_-]{43}$/);
    const write = await admin.post(`/organisations/${ksl}/api-tokens`, { userId: system.body.id, name: 'Skrivning', scope: 'write' });
    const [stored] = await app.ds.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [read.body.id]);
    // never kept for a replay (that would store the token)
    const keyed = await admin.post(`/organisations/${ksl}/api-tokens`, { userId: system.body.id, name: 'Med nyckel', scope: 'read' }, { 'Idempotency-Key': 'ett-försök' });
    expect(keyed.status).toBe(400);
    expect(keyed.body.issues[0].field).toBe('Idempotency-Key');
    expect(stored.token_hash).not.toContain(read.body.token.slice(4));

    const reader = new ApiClient(app.baseUrl, read.body.token);
    const writer = new ApiClient(app.baseUrl, write.body.token);
    expect((await reader.get('/cases')).status).toBe(200);
    const unsafe = await reader.post('/cases', { title: 'Via läsnyckel' });
    expect(unsafe.status).toBe(403);
    expect(unsafe.body.code).toBe('AUTH.READ_ONLY_TOKEN');
    expect((await writer.post('/cases', { title: 'Via API-nyckel' })).status).toBe(201);
    expect((await writer.get('/auth/me')).body).toMatchObject({ email: 'integration@ksl.se', role: 'secretariat' });

    const list = await admin.get(`/organisations/${ksl}/api-tokens`);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(read.body.token);
    expect(list.body.items.find((t: { id: string }) => t.id === read.body.id)).toMatchObject({ name: 'Läsning', scope: 'read', createdByName: 'Administratör KSL', lastUsedAt: expect.any(String), revokedAt: null });

    expect((await admin.post(`/api-tokens/${read.body.id}/revoke`)).body.revokedAt).toEqual(expect.any(String));
    const revoked = await reader.get('/cases');
    expect(revoked.status).toBe(401);
    expect(revoked.body.message).toBe('API-nyckeln är okänd eller återkallad.');
    expect((await admin.post(`/users/${system.body.id}/deactivate`)).status).toBe(200);
    expect((await writer.get('/cases')).status).toBe(401);
    expect((await new ApiClient(app.baseUrl, 'rmt_' + 'A'.repeat(43)).get('/cases')).status).toBe(401);
  });

  it('logs every change in the organisation audit log, readable by its administrators', async () => {
    const log = await admin.get(`/organisations/${ekero}/audit-log?limit=200`);
    expect(log.status).toBe(200);
    const actions = log.body.items.map((e: { action: string }) => e.action).reverse();
    expect(actions).toEqual([
      'user.invited',
      'user.password_set',
      'user.deactivated',
      'user.reactivated',
      'user.invited',
      'user.invited',
      'user.role_changed',
      'organisation.password_sign_in_changed',
      'organisation.password_sign_in_changed',
    ]);
    expect(log.body.items.at(-1).description).toBe('Administratör KSL bjöd in Nina Ny (nina.ny@ekero.example.se) som handläggare.');
    const kslLog = await admin.get(`/organisations/${ksl}/audit-log`);
    expect(kslLog.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['user.password_reset', 'user.created', 'api_token.created', 'api_token.revoked', 'user.deactivated']),
    );
    expect((await (await app.as('kansli@ksl.se')).get(`/organisations/${ksl}/audit-log`)).status).toBe(403);
  });

  it('a link stops working when it expires (INVITATION_TTL_HOURS, application clock); a new invitation voids the old link', async () => {
    const created = await admin.post('/users', { name: 'Sen Person', email: 'sen.person@ekero.example.se', role: 'officer', organisationId: ekero });
    const [first] = await app.ctx.smtp.waitFor(1, mailTo('sen.person@ekero.example.se'));
    const resent = await admin.post(`/users/${created.body.id}/invitation`);
    expect(resent.status).toBe(200);
    const mails = await app.ctx.smtp.waitFor(2, mailTo('sen.person@ekero.example.se'));
    expect((await app.anonymous().post('/auth/set-password/check', { token: linkIn(first).token })).status).toBe(400);
    const latest = linkIn(mails[1]).token;
    expect((await app.anonymous().post('/auth/set-password/check', { token: latest })).status).toBe(200);
    app.clock.advance(7 * 24 * 3600_000 + 1000);
    const expired = await app.anonymous().post('/auth/set-password', { token: latest, password: STRONG });
    expect(expired.status).toBe(400);
    expect(expired.body.issues).toEqual([{ field: 'token', reason: 'länken har gått ut; be om en ny' }]);
  });

  it("operations (outbox files, test mail, failed reminders, every organisation's mail log, the queues) stay KSL's administrators'", async () => {
    const erik = await app.as('erik.admin@ekero.example.se');
    for (const [method, path] of [['GET', '/admin/outbox-mails'], ['GET', '/admin/failed-reminders'], ['POST', '/admin/test-mail'], ['POST', '/admin/queues/session']]) {
      const r = await erik.request(method, path, method === 'POST' ? { to: 'a@ekero.example.se' } : undefined);
      expect([path, r.status]).toEqual([path, 403]);
    }
    const own = await erik.get('/admin/mail-log?limit=200');
    expect(own.status).toBe(200);
    expect(own.body.items.every((m: { caseId: string | null }) => m.caseId !== null)).toBe(true);
    const every = await admin.get('/admin/mail-log?limit=200');
    expect(every.body.items.some((m: { template: string }) => m.template === 'invitation')).toBe(true);
  });
});
