import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('extension_requests')
export class ExtensionRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ name: 'requested_date', type: 'date' }) requestedDate!: string;
  @Column({ name: 'previous_deadline', type: 'date' }) previousDeadline!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'requested_by', type: 'uuid', nullable: true }) requestedBy!: string | null;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ type: 'text' }) status!: 'pending' | 'granted' | 'denied' | 'withdrawn';
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'granted_date', type: 'date', nullable: true }) grantedDate!: string | null;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
}
