import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('event_log')
export class EventLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true }) recipientId!: string | null;
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true }) actorUserId!: string | null;
  @Column({ name: 'actor_organisation_id', type: 'uuid', nullable: true }) actorOrganisationId!: string | null;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'text' }) event!: string;
  @Column({ type: 'jsonb' }) payload!: unknown;
  @Column({ name: 'state_before', type: 'text', nullable: true }) stateBefore!: string | null;
  @Column({ name: 'state_after', type: 'text', nullable: true }) stateAfter!: string | null;
  /** The row's place in its case's hash chain (1-based), its hash and the previous row's (issue 11). */
  @Column({ type: 'int' }) seq!: number;
  @Column({ type: 'text' }) hash!: string;
  @Column({ name: 'prev_hash', type: 'text' }) prevHash!: string;
}
