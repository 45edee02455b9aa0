import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every mail sent; the unique dedupe key makes a retried job send once, or again with the same Message-ID when an earlier attempt's outcome is unknown. */
@Entity('mail_log')
export class MailLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'dedupe_key', type: 'text', unique: true }) dedupeKey!: string;
  @Column({ type: 'text' }) status!: 'sending' | 'sent' | 'failed' | 'uncertain';
  @Column({ name: 'message_id', type: 'text', nullable: true }) messageId!: string | null;
  @Column({ name: 'to_addresses', type: 'text' }) toAddresses!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text' }) template!: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true }) recipientId!: string | null;
  @Column({ name: 'job_id', type: 'text', nullable: true }) jobId!: string | null;
  @Column({ type: 'text' }) transport!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ name: 'attempted_at', type: 'timestamptz', nullable: true }) attemptedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  /** How often the mail was sent again because an earlier attempt's outcome was unknown (same Message-ID). */
  @Column({ type: 'int', default: 0 }) resends!: number;
  @Column({ name: 'resend_reason', type: 'text', nullable: true }) resendReason!: string | null;
  @Column({ name: 'resent_at', type: 'timestamptz', nullable: true }) resentAt!: Date | null;
}
