import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Cross-organisation attempts, kept for the administrators. */
@Entity('access_denials')
export class AccessDenialEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'text' }) action!: string;
  @Column({ type: 'text' }) resource!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
  /** The hour this row aggregates; with user, action and resource its key. */
  @Column({ type: 'timestamptz' }) hour!: Date;
  @Column({ type: 'int', default: 1 }) count!: number;
  @Column({ name: 'last_at', type: 'timestamptz' }) lastAt!: Date;
}
