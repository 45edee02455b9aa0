import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('registry_counters')
export class RegistryCounterEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @PrimaryColumn({ type: 'int' }) year!: number;
  @Column({ name: 'last_seq', type: 'int' }) lastSeq!: number;
}

@Entity('registry_entries')
export class RegistryEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text' }) number!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) seq!: number;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ type: 'text' }) direction!: 'in' | 'out' | 'internal';
  @Column({ type: 'text' }) counterpart!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'document_id', type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ name: 'external_number', type: 'text', nullable: true }) externalNumber!: string | null;
  @Column({ name: 'registry_case_id', type: 'uuid', nullable: true }) registryCaseId!: string | null;
  /** What was registered (`round:<id>`, `answer:<id>`, …), unique per organisation: one registration per document. */
  @Column({ name: 'document_key', type: 'text', nullable: true }) documentKey!: string | null;
  /** The number before the registry followed case numbers (migration 1764770000000). */
  @Column({ name: 'former_number', type: 'text', nullable: true }) formerNumber!: string | null;
}

/** An organisation's case (ärende) in its registry: its own case, or one it received from another organisation. */
@Entity('registry_cases')
export class RegistryCaseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text' }) number!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'last_document', type: 'int' }) lastDocument!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
