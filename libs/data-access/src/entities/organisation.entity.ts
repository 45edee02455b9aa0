import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) slug!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'registry_prefix', type: 'text' }) registryPrefix!: string;
  /** Case numbers, e.g. `KSL/{yy}/{nnnn}` or `KS{yy}/{n}` (libs/domain/src/registry). */
  @Column({ name: 'case_number_format', type: 'text' }) caseNumberFormat!: string;
  /** Document numbers within a case, e.g. `{case}-{n}`. */
  @Column({ name: 'document_number_format', type: 'text' }) documentNumberFormat!: string;
  @Column({ name: 'registry_email', type: 'text' }) registryEmail!: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
