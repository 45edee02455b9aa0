import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('cases')
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'registry_number', type: 'text' }) registryNumber!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'ordered_by', type: 'text', default: '' }) orderedBy!: string;
  @Column({ name: 'parent_recipient_id', type: 'uuid', nullable: true }) parentRecipientId!: string | null;
  @Column({ type: 'text' }) state!: string;
  @Column({ type: 'jsonb' }) snapshot!: unknown;
  @Column({ name: 'machine_version', type: 'int' }) machineVersion!: number;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  /** The event log's hash chain: last position, last hash (the head) and the hash before it. */
  @Column({ name: 'log_seq', type: 'int', default: 0 }) logSeq!: number;
  @Column({ name: 'log_head', type: 'text' }) logHead!: string;
  @Column({ name: 'log_prev', type: 'text', nullable: true }) logPrev!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
