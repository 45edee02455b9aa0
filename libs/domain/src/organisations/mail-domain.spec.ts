import { isInMailDomainOf, mailDomain } from './mail-domain';

describe('mail domains', () => {
  it('accepts the same domain and its subdomains, case-insensitively', () => {
    expect(mailDomain('Registrator@Ekero.Example.SE')).toBe('ekero.example.se');
    expect(isInMailDomainOf('socialnamnden@ekero.example.se', 'registrator@ekero.example.se')).toBe(true);
    expect(isInMailDomainOf('sn@INTERN.ekero.example.se', 'registrator@ekero.example.se')).toBe(true);
  });

  it('refuses another organisation, a look-alike suffix and a missing domain', () => {
    expect(isInMailDomainOf('registrator@botkyrka.example.se', 'registrator@ekero.example.se')).toBe(false);
    expect(isInMailDomainOf('x@notekero.example.se', 'registrator@ekero.example.se')).toBe(false);
    expect(isInMailDomainOf('x@ekero.example.se', 'no-at-sign')).toBe(false);
  });
});
