import { apiRequestSchema } from '../http/api-zod-response';
import { Role, ROLES } from '@remiss/domain';
import { z } from 'zod';
import { UUID_PATTERN } from '@remiss/domain';

const uuid = () => z.string().regex(UUID_PATTERN, 'måste vara ett UUID').toLowerCase();
const name = () => z.string().trim().min(1, 'får inte vara tomt').max(200);
const slug = () =>
  z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'får bara innehålla a–z, 0–9 och bindestreck');

export const createOrganisationSchema = apiRequestSchema('CreateOrganisationRequest', z.strictObject({
  name: name(),
  slug: slug(),
  kind: z.enum(['region', 'municipality', 'committee', 'agency', 'other']),
  registryPrefix: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[\p{L}0-9 ._-]+$/u, 'får bara innehålla bokstäver, siffror, mellanslag, punkt, bindestreck och understreck'),
  registryEmail: z.email('måste vara en e-postadress').max(254),
  parentId: uuid().nullish(),
  caseNumberFormat: z.string().trim().max(40).optional(),
  documentNumberFormat: z.string().trim().max(40).optional(),
}));

/** How an organisation numbers its cases and their documents (checked by the domain's rules in the use case). */
export const registryFormatSchema = apiRequestSchema('RegistryFormatRequest', z.strictObject({
  caseNumberFormat: z.string().trim().max(40),
  documentNumberFormat: z.string().trim().max(40),
}));
export const REGISTRY_FORMAT_EXAMPLE = { caseNumberFormat: 'KS{yy}/{n}', documentNumberFormat: '{case}-{n}' };

export const createGroupSchema = apiRequestSchema('CreateGroupRequest', z.strictObject({
  name: name(),
  slug: slug(),
  memberIds: z.array(uuid()).min(1, 'minst en medlem').max(500),
}));

export const createUserSchema = apiRequestSchema('CreateUserRequest', z.strictObject({
  name: name(),
  email: z.email('måste vara en e-postadress').max(254),
  role: z.enum(ROLES as [Role, ...Role[]]),
  organisationId: uuid().nullish(),
  kind: z.enum(['person', 'system'], { message: 'måste vara person eller system' }).optional(),
}));

export const ORGANISATION_EXAMPLE = {
  name: 'Socialnämnden, Ekerö kommun',
  slug: 'ekero-socialnamnden',
  kind: 'committee',
  registryPrefix: 'SN',
  registryEmail: 'socialnamnden@ekero.example.se',
  parentId: '0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b',
};
export const GROUP_EXAMPLE = {
  name: 'Södertörn',
  slug: 'sodertorn-2',
  memberIds: ['0b8a2f64-5d2c-4a83-8f3e-3c1d2e4f5a6b', '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b'],
};
export const USER_EXAMPLE = { name: 'Anna Andersson', email: 'anna.andersson@ekero.example.se', role: 'officer' };
