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
}
