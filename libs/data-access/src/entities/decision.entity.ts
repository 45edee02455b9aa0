import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A preparation of a recommendation in a municipality (tjänsteutlåtande, tjänsteskrivelse). */
@Entity('decision_preparations')
export class DecisionPreparationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) author!: string;
  @Column({ name: 'prepared_date', type: 'date' }) preparedDate!: string;
  @Column({ name: 'document_id', type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** One version of a decision of a committee, board or council; corrections are new rows in the same chain. */
@Entity('decisions')
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'chain_id', type: 'uuid' }) chainId!: string;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true }) supersedesId!: string | null;
  @Column({ name: 'body_kind', type: 'text' }) bodyKind!: 'committee' | 'board' | 'council';
  @Column({ name: 'body_name', type: 'text' }) bodyName!: string;
  @Column({ name: 'meeting_date', type: 'date' }) meetingDate!: string;
  @Column({ type: 'text' }) paragraph!: string;
  @Column({ type: 'text' }) outcome!: 'adopt' | 'notAdopt' | 'answer' | 'other';
  @Column({ name: 'decision_text', type: 'text' }) decisionText!: string;
  @Column({ name: 'justering_date', type: 'date' }) justeringDate!: string;
  @Column({ name: 'immediate_justering', type: 'boolean' }) immediateJustering!: boolean;
  @Column({ name: 'notice_posted_date', type: 'date' }) noticePostedDate!: string;
  @Column({ name: 'appeal_window_closes', type: 'date' }) appealWindowCloses!: string;
  @Column({ type: 'boolean' }) final!: boolean;
  @Column({ name: 'document_id', type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ name: 'correction_reason', type: 'text', nullable: true }) correctionReason!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** The dispatch (expediering) of a recipient's final decision, and the case organisation's receipt. */
@Entity('decision_dispatches')
export class DecisionDispatchEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @Column({ name: 'to_addresses', type: 'text', array: true }) toAddresses!: string[];
  @Column({ name: 'sender_registry_number', type: 'text' }) senderRegistryNumber!: string;
  @Column({ name: 'receiver_registry_number', type: 'text' }) receiverRegistryNumber!: string;
  @Column({ name: 'dispatched_by', type: 'uuid', nullable: true }) dispatchedBy!: string | null;
  @Column({ name: 'dispatched_at', type: 'timestamptz' }) dispatchedAt!: Date;
  @Column({ name: 'receipt_registry_number', type: 'text', nullable: true }) receiptRegistryNumber!: string | null;
  @Column({ name: 'received_by', type: 'uuid', nullable: true }) receivedBy!: string | null;
  @Column({ name: 'received_at', type: 'timestamptz', nullable: true }) receivedAt!: Date | null;
}

/** A party's termination notice (uppsägning, § 9): the agreement ends for it nine months after it reached the others. */
@Entity('party_terminations')
export class PartyTerminationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'notice_reached_date', type: 'date' }) noticeReachedDate!: string;
  @Column({ name: 'takes_effect', type: 'date' }) takesEffect!: string;
  @Column({ name: 'registry_number', type: 'text' }) registryNumber!: string;
  @Column({ type: 'text' }) note!: string;
  @Column({ name: 'registered_by', type: 'uuid', nullable: true }) registeredBy!: string | null;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
}
