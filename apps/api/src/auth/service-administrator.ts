import { AuthenticatedUser } from './current-user';

/** The organisation that runs the service: its administrators manage every organisation's sign-in settings. */
export const SERVICE_ORGANISATION_SLUG = 'ksl';

/** KSL's administrators run the service: they see every organisation's sign-ins and manage the identity providers. */
export function isServiceAdministrator(user: AuthenticatedUser): boolean {
  return user.role === 'admin' && user.organisationSlug === SERVICE_ORGANISATION_SLUG;
}
