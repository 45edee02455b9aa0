import { apiRequestSchema } from '../http/api-zod-response';
import { PASSWORD_MAX_LENGTH, Role, ROLES, UUID_PATTERN } from '@remiss/domain';
import { z } from 'zod';

export const changeRoleSchema = apiRequestSchema('ChangeRoleRequest', z.strictObject({ role: z.enum(ROLES as [Role, ...Role[]]) }));
export const passwordSignInSchema = apiRequestSchema('PasswordSignInRequest', z.strictObject({ enabled: z.boolean({ message: 'måste vara true eller false' }) }));
export const createApiTokenSchema = apiRequestSchema('CreateApiTokenRequest', z.strictObject({
  userId: z.string().regex(UUID_PATTERN, 'måste vara ett UUID').toLowerCase(),
  name: z.string().trim().min(1, 'får inte vara tomt').max(100),
  scope: z.enum(['read', 'write'], { message: 'måste vara read eller write' }),
}));

const email = () => z.string().trim().min(1, { message: 'ange din e-postadress' }).max(254).toLowerCase();
const token = () => z.string().min(1, { message: 'saknas; öppna länken i brevet igen' }).max(200);
export const forgotPasswordSchema = apiRequestSchema('ForgotPasswordRequest', z.strictObject({ email: email() }));
export const checkLinkSchema = apiRequestSchema('PasswordLinkRequest', z.strictObject({ token: token() }));
export const setPasswordSchema = apiRequestSchema('SetPasswordRequest', z.strictObject({ token: token(), password: z.string().min(1, { message: 'ange ett lösenord' }).max(PASSWORD_MAX_LENGTH, { message: `får vara högst ${PASSWORD_MAX_LENGTH} tecken långt` }) }));

export const ADMIN_USER_EXAMPLE = {
  id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
  name: 'Anna Andersson',
  email: 'anna.andersson@ekero.example.se',
  role: 'officer',
  kind: 'person',
  status: 'invited',
  createdAt: '2026-12-01T09:00:00.000Z',
  lastSignInAt: null,
  deactivatedAt: null,
};
export const API_TOKEN_EXAMPLE = {
  id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  name: 'Ärendesystemet',
  scope: 'read',
  userId: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
  userName: 'Integration W3D3',
  createdAt: '2026-12-01T09:00:00.000Z',
  createdByName: 'Administratör KSL',
  lastUsedAt: null,
  revokedAt: null,
};
export const AUDIT_EXAMPLE = {
  id: '12',
  at: '2026-12-01T09:00:00.000Z',
  action: 'user.invited',
  actorId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  actorName: 'Administratör KSL',
  subjectUserId: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
  subjectName: 'Anna Andersson',
  details: { email: 'anna.andersson@ekero.example.se', role: 'officer' },
  description: 'Administratör KSL bjöd in Anna Andersson (anna.andersson@ekero.example.se) som handläggare.',
};
