import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A planned reminder: the database is the source of truth, BullMQ only delivers it. */
@Entity('reminders')
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true }) recipientId!: string | null;
  @Column({ name: 'round_id', type: 'uuid', nullable: true }) roundId!: string | null;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) key!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'date', nullable: true }) deadline!: string | null;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ type: 'text' }) status!: 'pending' | 'claimed' | 'sent' | 'cancelled' | 'skipped' | 'failed' | 'uncertain';
  /** Why it was skipped, failed or is uncertain. */
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ name: 'job_id', type: 'text' }) jobId!: string;
  /** When its job was handed to the outbox; NULL while it lies beyond the reminder horizon. */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true }) enqueuedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt!: Date | null;
}
