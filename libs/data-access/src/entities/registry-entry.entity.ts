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
}
