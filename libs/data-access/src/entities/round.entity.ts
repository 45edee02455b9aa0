import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('rounds')
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) kind!: 'remiss' | 'recommendation';
  @Column({ type: 'int' }) seq!: number;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text', default: '' }) message!: string;
  @Column({ type: 'date' }) deadline!: string;
  @Column({ name: 'sent_at', type: 'timestamptz' }) sentAt!: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'reminder_policy', type: 'jsonb' }) reminderPolicy!: unknown;
  @Column({ name: 'document_id', type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
}
