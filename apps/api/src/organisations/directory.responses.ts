import { z } from 'zod';
import { apiSchema } from '../http/api-zod-response';
import { id } from '../http/response-fields';

/** What the organisation, group and user endpoints answer (requests: directory.schemas.ts). */

export const organisationSchema = apiSchema(
  'Organisation',
  z.object({
    id: id(),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(['region', 'municipality', 'committee', 'agency', 'other']),
    registryPrefix: z.string(),
    registryEmail: z.string(),
    caseNumberFormat: z.string(),
    documentNumberFormat: z.string(),
    parentId: id().nullable(),
    parentName: z.string().nullable(),
    passwordSignIn: z.boolean(),
  }),
);
export const ORGANISATION_VIEW_EXAMPLE = {
  caseNumberFormat: 'KS{yy}/{n}',
  documentNumberFormat: '{case}-{n}',
  passwordSignIn: true,
  id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  slug: 'ekero',
  name: 'Ekerö kommun',
  kind: 'municipality',
  registryPrefix: 'KS',
  registryEmail: 'registrator@ekero.example.se',
  parentId: null,
  parentName: null,
};

export const contactSchema = apiSchema(
  'Contact',
  z.object({
    id: id(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['secretariat', 'officer', 'secretary', 'admin']),
  }),
);

export const organisationDetailSchema = apiSchema(
  'OrganisationDetail',
  organisationSchema.extend({
    contacts: z.array(contactSchema),
    children: z.array(z.object({ id: id(), name: z.string() })),
  }),
);
export const ORGANISATION_DETAIL_EXAMPLE = {
  ...ORGANISATION_VIEW_EXAMPLE,
  contacts: [
    {
      id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
      name: 'Handläggare Ekerö',
      email: 'handlaggare@ekero.example.se',
      role: 'officer',
    },
  ],
  children: [{ id: 'ccc4204c-30e4-408f-88e4-b979e946ef2f', name: 'Socialnämnden, Ekerö' }],
};

export const groupSchema = apiSchema(
  'Group',
  z.object({
    id: id(),
    slug: z.string(),
    name: z.string(),
    members: z.array(z.object({ id: id(), slug: z.string(), name: z.string() })),
  }),
);
export const GROUP_VIEW_EXAMPLE = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  slug: 'sodertorn',
  name: 'Södertörn',
  members: [{ id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', slug: 'botkyrka', name: 'Botkyrka kommun' }],
};

export const userSchema = apiSchema(
  'User',
  z.object({
    id: id(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['secretariat', 'officer', 'secretary', 'admin']),
    organisationId: id(),
    kind: z.enum(['person', 'system']).optional(),
    invitationSent: z.boolean().optional(),
  }),
);
export const USER_VIEW_EXAMPLE = {
  id: '9fe968fb-60df-4606-9127-d0d109f836f9',
  name: 'Anna Andersson',
  email: 'anna.andersson@ekero.example.se',
  role: 'officer',
  organisationId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
};
