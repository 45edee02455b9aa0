import { ForbiddenError, KSL } from '@remiss/domain';
import { AuthenticatedUser } from './current-user';

/**
 * Operations (the outbox files, test mail, failed reminders, the queues, every organisation's mail log) are KSL's
 * administrators' only: an organisation's own administrator administers its users, not the whole system.
 */
export function isOperator(user: AuthenticatedUser): boolean {
  return user.role === 'admin' && user.organisationSlug === KSL.slug;
}

export function requireOperator(user: AuthenticatedUser): void {
  if (!isOperator(user)) throw new ForbiddenError('Bara KSL:s administratörer ser driften (utkorgen, köerna och misslyckade utskick).', 'AUTH.OPERATOR_ONLY');
}
