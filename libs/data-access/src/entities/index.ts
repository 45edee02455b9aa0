import { AccessDenialEntity } from './access-denial.entity';
import { AnswerEntity } from './answer.entity';
import { CaseEntity } from './case.entity';
import { DecisionDispatchEntity, DecisionEntity, DecisionPreparationEntity, PartyTerminationEntity } from './decision.entity';
import { DocumentEntity } from './document.entity';
import { EventLogEntity } from './event-log.entity';
import { ExtensionRequestEntity } from './extension-request.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { MailLogEntity } from './mail-log.entity';
import { OrganisationEntity } from './organisation.entity';
import { OutboxEntity } from './outbox.entity';
import { RecipientGroupEntity, RecipientGroupMemberEntity } from './recipient-group.entity';
import { RecipientEntity } from './recipient.entity';
import { RegistryCaseEntity, RegistryCounterEntity, RegistryEntryEntity } from './registry-entry.entity';
import { ReminderEntity } from './reminder.entity';
import { RoundEntity } from './round.entity';
import { UserEntity } from './user.entity';

export {
  AccessDenialEntity,
  AnswerEntity,
  CaseEntity,
  DecisionDispatchEntity,
  DecisionEntity,
  DecisionPreparationEntity,
  DocumentEntity,
  EventLogEntity,
  ExtensionRequestEntity,
  IdempotencyKeyEntity,
  MailLogEntity,
  OrganisationEntity,
  OutboxEntity,
  RecipientEntity,
  RecipientGroupEntity,
  RecipientGroupMemberEntity,
  RegistryCaseEntity,
  RegistryCounterEntity,
  RegistryEntryEntity,
  ReminderEntity,
  RoundEntity,
  PartyTerminationEntity,
  UserEntity,
};

export const ENTITIES = [
  AccessDenialEntity, AnswerEntity, CaseEntity, DocumentEntity, EventLogEntity, ExtensionRequestEntity,
  IdempotencyKeyEntity, MailLogEntity, OrganisationEntity, OutboxEntity, RecipientEntity, RecipientGroupEntity,
  RecipientGroupMemberEntity, RegistryCaseEntity, RegistryCounterEntity, RegistryEntryEntity, ReminderEntity, RoundEntity, UserEntity,
  DecisionPreparationEntity, DecisionEntity, DecisionDispatchEntity, PartyTerminationEntity,
];
