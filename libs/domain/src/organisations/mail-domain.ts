/** The domain of an e-mail address, lower-cased ('' when there is none). */
export function mailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
}

/**
 * Whether `email` belongs to the organisation whose own address is
 * `organisationEmail`: the same mail domain or a subdomain of it
 * (socialnamnden@ekero.se and sn@intern.ekero.se under registrator@ekero.se).
 */
export function isInMailDomainOf(email: string, organisationEmail: string): boolean {
  const own = mailDomain(organisationEmail);
  const other = mailDomain(email);
  return own !== '' && (other === own || other.endsWith(`.${own}`));
}
