import { InitialSchema1764057600000 } from './1764057600000-initial-schema';
import { Decisions1764100000000 } from './1764100000000-decisions';
import { BoundedAccessDenials1764200000000 } from './1764200000000-bounded-access-denials';
import { AuthHardening1764250000000 } from './1764250000000-auth-hardening';
import { ReadPathIndexes1764300000000 } from './1764300000000-read-path-indexes';
import { DeliveryStates1764350000000 } from './1764350000000-delivery-states';
import { SharedClock1764400000000 } from './1764400000000-shared-clock';
import { KeysetIndexes1764500000000 } from './1764500000000-keyset-indexes';
import { ReminderHorizon1764600000000 } from './1764600000000-reminder-horizon';
import { SingleSignOn1764700000000 } from './1764700000000-single-sign-on';
import { UserAdministration1764710000000 } from './1764710000000-user-administration';
import { SecrecyMarkings1764720000000 } from './1764720000000-secrecy-markings';
import { EventLogChain1764730000000 } from './1764730000000-event-log-chain';
import { LogStatements1764730000001 } from './1764730000001-log-statements';
import { EventFeedWebhooks1764750000000 } from './1764750000000-event-feed-webhooks';
import { MailResends1764760000000 } from './1764760000000-mail-resends';
import { RegistryCases1764770000000 } from './1764770000000-registry-cases';
import { Notifications1764770000001 } from './1764770000001-notifications';
import { RecipientAssignee1764770000002 } from './1764770000002-recipient-assignee';

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
  SingleSignOn1764700000000,
  UserAdministration1764710000000,
  SecrecyMarkings1764720000000,
  EventLogChain1764730000000,
  LogStatements1764730000001,
  EventFeedWebhooks1764750000000,
  MailResends1764760000000,
  RegistryCases1764770000000,
  Notifications1764770000001,
  RecipientAssignee1764770000002,
];

/** The registry renumbering, for its migration test (old rows in, renumbered rows out). */
export { RegistryCases1764770000000 };
