import { isAllowedDomain, roleFromClaims, safeReturnPath } from './claims';

describe('sign-in claims', () => {
  const rules = [
    { value: 'remiss-admin', role: 'admin' as const },
    { value: 'remiss-kansli', role: 'secretariat' as const },
    { value: 'remiss-handlaggare', role: 'officer' as const },
  ];

  it('maps the first matching group, from a list or a single value, and a nested claim', () => {
    expect(roleFromClaims({ groups: ['x', 'remiss-handlaggare', 'remiss-kansli'] }, 'groups', rules)).toBe('secretariat');
    expect(roleFromClaims({ role: 'remiss-handlaggare' }, 'role', rules)).toBe('officer');
    expect(roleFromClaims({ realm_access: { roles: ['remiss-admin'] } }, 'realm_access.roles', rules)).toBe('admin');
    expect(roleFromClaims({ groups: ['other'] }, 'groups', rules)).toBeNull();
    expect(roleFromClaims({}, 'groups', rules)).toBeNull();
    expect(roleFromClaims({ groups: [{ value: 'remiss-admin' }] }, 'groups', rules)).toBeNull();
  });

  it('allows only listed domains, exactly', () => {
    expect(isAllowedDomain('anna@Ekero.se', ['ekero.se'])).toBe(true);
    expect(isAllowedDomain('anna@sub.ekero.se', ['ekero.se'])).toBe(false);
    expect(isAllowedDomain('anna@ekero.se.evil.example', ['ekero.se'])).toBe(false);
    expect(isAllowedDomain('not-an-address', ['ekero.se'])).toBe(false);
  });

  it('returns only to paths of the web UI on this site', () => {
    expect(safeReturnPath('/app/arenden/1?x=1#h')).toBe('/app/arenden/1?x=1#h');
    expect(safeReturnPath('/app')).toBe('/app');
    for (const bad of ['//evil.example/app/', '/\\evil.example', 'https://evil.example/app/', 'javascript:alert(1)', '/app/\nx', '/docs', '', undefined, 42, '/app/../docs']) {
      expect(safeReturnPath(bad)).toBe('/app/');
    }
  });
});
