import { InitialSchema1764057600000 } from './1764057600000-initial-schema';
import { Decisions1764100000000 } from './1764100000000-decisions';
import { AuthHardening1764200000000 } from './1764200000000-auth-hardening';

/** Every migration, in order. A merged migration is never edited; add a new one. */
export const MIGRATIONS = [InitialSchema1764057600000, Decisions1764100000000, AuthHardening1764200000000];
