import { Role, ROLES } from '../registry/registry-number';

/** One rule of a provider's mapping: a user whose role claim holds `value` gets `role`. */
export interface RoleMappingRule {
  value: string;
  role: Role;
}

/** A claim by name, or by a dotted path into nested objects (`realm_access.roles`). */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The role the mapping gives these claims: the first rule (in the provider's order) whose value the
 * role claim holds (a string or a list of strings); null when none matches.
 */
export function roleFromClaims(claims: Record<string, unknown>, claim: string, rules: RoleMappingRule[]): Role | null {
  const raw = claimAt(claims, claim);
  const values = new Set((Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string'));
  const rule = rules.find((r) => values.has(r.value) && ROLES.includes(r.role));
  return rule ? rule.role : null;
}

/** The lower-cased domain of an e-mail address, or null when it is not one. */
export function emailDomain(email: string): string | null {
  const match = /^[^@\s]+@([^@\s]+\.[^@\s]+)$/.exec(email.trim());
  return match ? match[1].toLowerCase() : null;
}

/** Whether the address's domain is one of the allowed ones (exactly; a subdomain must be listed itself). */
export function isAllowedDomain(email: string, allowed: string[]): boolean {
  const domain = emailDomain(email);
  return domain !== null && allowed.some((d) => d.toLowerCase() === domain);
}

/**
 * Where to go after signing in: only a path on this site (`/app/…`), never another origin
 * (`//evil.example`, `/\evil.example`, `https://…`), control characters or a path outside the web UI;
 * anything else gives the start page.
 */
export function safeReturnPath(value: unknown, fallback = '/app/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(value) || !value.startsWith('/') || value.startsWith('//')) return fallback;
  let url: URL;
  try {
    url = new URL(value, 'http://remiss.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'http://remiss.invalid') return fallback;
  if (url.pathname !== '/app' && !url.pathname.startsWith('/app/')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
