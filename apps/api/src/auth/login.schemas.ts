import { apiRequestSchema } from '../http/api-zod-response';
import { z } from 'zod';

export const loginSchema = apiRequestSchema('LoginRequest', z.object({
  email: z.string().trim().min(1, { message: 'ange din e-postadress' }).max(254).toLowerCase(),
  password: z.string().min(1, { message: 'ange ditt lösenord' }).max(200),
}));

export const LOGIN_EXAMPLE = { email: 'kansli@ksl.se', password: 'remiss' };
