import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Jobs and mails written in the same transaction as the change that causes them. */
@Entity('outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text' }) queue!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'job_id', type: 'text' }) jobId!: string;
  @Column({ type: 'jsonb' }) payload!: unknown;
  @Column({ name: 'deliver_at', type: 'timestamptz', nullable: true }) deliverAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true }) relayedAt!: Date | null;
}
