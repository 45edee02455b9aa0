import { ROLES } from '@remiss/domain';
import { z } from 'zod';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An issuer is https, or http on this machine only (a local demonstration provider, the tests' provider). */
export function isAllowedIssuer(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password || url.search || url.hash) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}

export function isLoopbackIssuer(value: string): boolean {
  return new URL(value).protocol === 'http:';
}

const issuerUrl = z
  .string()
  .trim()
  .max(500)
  .refine(isAllowedIssuer, { message: 'måste vara utfärdarens adress med https://, t.ex. https://login.microsoftonline.com/<katalog-id>/v2.0' })
  .describe('Utfärdarens adress (issuer); /.well-known/openid-configuration läses därifrån');

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { message: 'måste vara en e-postdomän, t.ex. ekero.se' });

const rule = z.object({
  value: z.string().trim().min(1, { message: 'ange gruppens eller rollens värde' }).max(300),
  role: z.enum(ROLES as [string, ...string[]], { message: `måste vara en av ${ROLES.join(', ')}` }),
});

const fields = {
  organisationId: z.uuid({ message: 'måste vara en organisations id' }).describe('Organisationen som användarna skapas i'),
  displayName: z.string().trim().min(1, { message: 'ange ett namn som visas på inloggningssidan' }).max(100).describe('Visas som "Logga in med <namn>"'),
  issuerUrl,
  clientId: z.string().trim().min(1, { message: 'ange klient-id' }).max(300),
  allowedDomains: z.array(domain).min(1, { message: 'ange minst en e-postdomän' }).max(50).describe('E-postdomäner som får logga in med leverantören'),
  roleClaim: z.string().trim().min(1).max(100).describe('Anspråket (claim) som bär grupperna eller rollerna, t.ex. groups eller roles'),
  roleMapping: z.array(rule).min(1, { message: 'ange minst en regel för roller' }).max(100).describe('Grupp- eller rollvärde → roll; första träffen i listans ordning gäller'),
  enabled: z.boolean(),
};

export const createIdentityProviderSchema = z.object({
  ...fields,
  clientSecret: z.string().min(1).max(2000).optional().describe('Klienthemlighet; visas aldrig igen. Utan: offentlig klient (bara PKCE)'),
  roleClaim: fields.roleClaim.default('groups'),
  enabled: fields.enabled.default(true),
});

export const updateIdentityProviderSchema = z.object({
  organisationId: fields.organisationId.optional(),
  displayName: fields.displayName.optional(),
  issuerUrl: issuerUrl.optional(),
  clientId: fields.clientId.optional(),
  clientSecret: z.string().min(1).max(2000).nullable().optional().describe('Ny klienthemlighet; null tar bort den'),
  allowedDomains: fields.allowedDomains.optional(),
  roleClaim: fields.roleClaim.optional(),
  roleMapping: fields.roleMapping.optional(),
  enabled: fields.enabled.optional(),
});

export type CreateIdentityProvider = z.infer<typeof createIdentityProviderSchema>;
export type UpdateIdentityProvider = z.infer<typeof updateIdentityProviderSchema>;

export const IDENTITY_PROVIDER_EXAMPLE = {
  organisationId: '3f0e6a4c-8f0d-4a51-9c0e-1d2f3a4b5c6d',
  displayName: 'Ekerö kommun',
  issuerUrl: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
  clientId: '11111111-2222-3333-4444-555555555555',
  clientSecret: 'hemlighet-från-entra',
  allowedDomains: ['ekero.se'],
  roleClaim: 'groups',
  roleMapping: [
    { value: 'Remiss-Handlaggare', role: 'officer' },
    { value: 'Remiss-Namndsekreterare', role: 'secretary' },
  ],
  enabled: true,
};

export const IDENTITY_PROVIDER_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    organisationId: { type: 'string', format: 'uuid' },
    organisationName: { type: 'string' },
    displayName: { type: 'string' },
    issuerUrl: { type: 'string' },
    clientId: { type: 'string' },
    hasClientSecret: { type: 'boolean', description: 'Hemligheten själv visas aldrig' },
    clientSecretReadable: { type: 'boolean', description: 'false: hemligheten sparades med en annan JWT_SECRET och måste anges igen' },
    allowedDomains: { type: 'array', items: { type: 'string' } },
    roleClaim: { type: 'string' },
    roleMapping: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, role: { type: 'string' } } } },
    enabled: { type: 'boolean' },
    redirectUrl: { type: 'string', description: 'Registrera denna som omdirigerings-URI hos leverantören' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
};
