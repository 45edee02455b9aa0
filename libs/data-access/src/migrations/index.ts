import { InitialSchema1764057600000 } from './1764057600000-initial-schema';

/** Every migration, in order. A merged migration is never edited; add a new one. */
export const MIGRATIONS = [InitialSchema1764057600000];
