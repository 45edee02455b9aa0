import { describeAudit } from './audit-log';

describe('audit log sentences', () => {
  it('says each change in plain Swedish, with roles and scopes in words', () => {
    expect(describeAudit('user.role_changed', 'Ebba', 'Nina', { from: 'officer', to: 'admin' })).toBe('Ebba ändrade rollen för Nina från handläggare till administratör.');
    expect(describeAudit('api_token.created', 'Ebba', 'Ärendesystemet', { name: 'W3D3', scope: 'read' })).toBe('Ebba skapade API-nyckeln "W3D3" för Ärendesystemet (får läsa).');
    expect(describeAudit('organisation.password_sign_in_changed', 'Ebba', null, { enabled: false })).toBe('Ebba stängde av inloggning med lösenord (bara organisationens eget konto).');
    expect(describeAudit('user.password_reset', 'Nina', 'Nina', {})).toContain('alla inloggningar avslutades');
  });
});
