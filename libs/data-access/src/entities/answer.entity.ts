import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('answers')
export class AnswerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'text' }) position!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'their_registry_number', type: 'text', nullable: true }) theirRegistryNumber!: string | null;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true }) supersedesId!: string | null;
  @Column({ name: 'inner_answer_ids', type: 'uuid', array: true, default: () => "'{}'" }) innerAnswerIds!: string[];
}
