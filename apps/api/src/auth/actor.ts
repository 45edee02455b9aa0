import { Actor } from '@remiss/application';
import { AuthenticatedUser } from './current-user';

export function toActor(user: AuthenticatedUser): Actor {
  return { userId: user.id, organisationId: user.organisationId, role: user.role, name: user.name };
}
