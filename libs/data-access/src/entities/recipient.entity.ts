import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('recipients')
export class RecipientEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'round_id', type: 'uuid' }) roundId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text' }) state!: string;
  @Column({ type: 'jsonb' }) snapshot!: unknown;
  @Column({ name: 'machine_version', type: 'int' }) machineVersion!: number;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'date' }) deadline!: string;
  @Column({ name: 'original_deadline', type: 'date' }) originalDeadline!: string;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @Column({ name: 'registry_number', type: 'text', nullable: true }) registryNumber!: string | null;
  /** The officer of the receiving organisation the remiss is assigned to. */
  @Column({ name: 'assigned_user_id', type: 'uuid', nullable: true }) assignedUserId!: string | null;
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true }) assignedAt!: Date | null;
}
