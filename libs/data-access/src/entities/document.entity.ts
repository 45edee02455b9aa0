import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('documents')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'round_id', type: 'uuid', nullable: true }) roundId!: string | null;
  @Column({ name: 'answer_id', type: 'uuid', nullable: true }) answerId!: string | null;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) filename!: string;
  @Column({ name: 'mime_type', type: 'text' }) mimeType!: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes!: number;
  @Column({ type: 'text' }) sha256!: string;
  @Column({ type: 'bytea', select: false }) content!: Buffer;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true }) supersedesId!: string | null;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
