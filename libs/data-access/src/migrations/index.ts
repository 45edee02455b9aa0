import { InitialSchema1764057600000 } from './1764057600000-initial-schema';
import { Decisions1764100000000 } from './1764100000000-decisions';
import { DeliveryStates1764300000000 } from './1764300000000-delivery-states';

/** Every migration, in order. A merged migration is never edited; add a new one. */
export const MIGRATIONS = [InitialSchema1764057600000, Decisions1764100000000, DeliveryStates1764300000000];
