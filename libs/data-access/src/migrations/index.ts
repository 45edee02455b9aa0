import { InitialSchema1764057600000 } from './1764057600000-initial-schema';
import { Decisions1764100000000 } from './1764100000000-decisions';
import { BoundedAccessDenials1764200000000 } from './1764200000000-bounded-access-denials';
import { AuthHardening1764250000000 } from './1764250000000-auth-hardening';
import { ReadPathIndexes1764300000000 } from './1764300000000-read-path-indexes';
import { DeliveryStates1764350000000 } from './1764350000000-delivery-states';
import { SharedClock1764400000000 } from './1764400000000-shared-clock';
import { ReminderHorizon1764600000000 } from './1764600000000-reminder-horizon';
import { KeysetIndexes1764500000000 } from './1764500000000-keyset-indexes';
import { EventFeedWebhooks1764750000000 } from './1764750000000-event-feed-webhooks';

/** Every migration, in order. A merged migration is never edited; add a new one. */
export const MIGRATIONS = [
  InitialSchema1764057600000,
  Decisions1764100000000,
  BoundedAccessDenials1764200000000,
  AuthHardening1764250000000,
  ReadPathIndexes1764300000000,
  DeliveryStates1764350000000,
  SharedClock1764400000000,
  KeysetIndexes1764500000000,
  ReminderHorizon1764600000000,
  EventFeedWebhooks1764750000000,
];
