import { z } from 'zod';
import { apiSchema } from '../http/api-zod-response';
import { id, instant } from '../http/response-fields';

export const adminUserSchema = apiSchema(
  'AdminUser',
  z.object({
    id: id(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['secretariat', 'officer', 'secretary', 'admin']),
    kind: z.enum(['person', 'system']),
    status: z.enum(['active', 'invited', 'deactivated']).describe('active: kan logga in; invited: har inte valt lösenord; deactivated: avstängd'),
    createdAt: instant(),
    lastSignInAt: instant().nullable(),
    deactivatedAt: instant().nullable(),
  }),
);

export const apiTokenSchema = apiSchema(
  'ApiToken',
  z.object({
    id: id(),
    name: z.string(),
    scope: z.enum(['read', 'write']),
    userId: id(),
    userName: z.string(),
    createdAt: instant(),
    createdByName: z.string().nullable(),
    lastUsedAt: instant().nullable(),
    revokedAt: instant().nullable(),
  }),
);

export const createdApiTokenSchema = apiSchema(
  'CreatedApiToken',
  apiTokenSchema.extend({ token: z.string().describe('Nyckeln (rmt_…); visas bara i detta svar') }),
);

export const auditEntrySchema = apiSchema(
  'AuditEntry',
  z.object({
    id: z.string(),
    at: instant(),
    action: z.string(),
    actorId: id().nullable(),
    actorName: z.string(),
    subjectUserId: id().nullable(),
    subjectName: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    description: z.string().describe('Vad som hände, i klartext'),
  }),
);

export const passwordSignInResultSchema = apiSchema(
  'PasswordSignInSetting',
  z.object({ organisationId: id(), passwordSignIn: z.boolean() }),
);

export const passwordResetRequestedSchema = apiSchema('PasswordResetRequested', z.object({ message: z.string() }));

export const passwordLinkSchema = apiSchema(
  'PasswordLink',
  z.object({
    purpose: z.enum(['invitation', 'reset']),
    name: z.string(),
    email: z.string(),
    organisationName: z.string(),
    expiresAt: instant(),
  }),
);

export const passwordSetSchema = apiSchema('PasswordSet', z.object({ email: z.string() }));
