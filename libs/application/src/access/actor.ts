import { Role } from '@remiss/domain';

/** Who is acting: every command carries it. A null user is the system (a job). */
export interface Actor {
  userId: string | null;
  organisationId: string | null;
  role: Role | 'system';
  name: string;
}

export const SYSTEM_ACTOR: Actor = { userId: null, organisationId: null, role: 'system', name: 'Systemet' };
