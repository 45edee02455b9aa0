import { z } from 'zod';
import { apiSchema } from '../http/api-zod-response';
import { id } from '../http/response-fields';

export const signedInUserSchema = apiSchema(
  'SignedInUser',
  z.object({
    id: id(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['secretariat', 'officer', 'secretary', 'admin']),
    organisationId: id(),
    organisationSlug: z.string(),
    organisationName: z.string(),
    csrfToken: z.string().optional().describe('Bara med sessionskakan: skickas i X-CSRF-Token på POST/PUT/PATCH/DELETE'),
  }),
);
export const SIGNED_IN_USER_EXAMPLE = {
  id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
  name: 'Kansliet KSL',
  email: 'kansli@ksl.se',
  role: 'secretariat',
  organisationId: '7f41704b-db6c-490c-8258-dc559c3737fd',
  organisationSlug: 'ksl',
  organisationName: 'Kommunförbundet Stockholms län',
};

export const loginResultSchema = apiSchema(
  'LoginResult',
  z.object({ token: z.string().describe('Bearer-token (JWT)'), user: signedInUserSchema }),
);
