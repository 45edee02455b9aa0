import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { Clock, ConflictError, TooLargeError, ValidationError } from '@remiss/domain';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { logDenial } from '../access/access-policy';
import { detectDocumentType, safeFilename } from './document-type';
import { DOCUMENT_COLUMNS, DocumentKind, DocumentView, toDocumentView } from './document.types';

export interface UploadDocumentInput {
  kind: DocumentKind;
  title: string;
  /** Makes the upload the next version of this document (same organisation, latest version). */
  supersedesId?: string | null;
}

export interface UploadedFile {
  originalName?: string;
  bytes: Buffer;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
}

/** Stores an uploaded PDF, DOCX or ODT for the actor's organisation, unattached, as version 1 or the next version. */
@Injectable()
export class UploadDocumentUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, input: UploadDocumentInput, file: UploadedFile | undefined): Promise<DocumentView> {
    if (!file) throw ValidationError.field('file', 'en fil måste bifogas i fältet file', 'DOCUMENT.FILE_MISSING');
    if (file.bytes.length === 0) throw ValidationError.field('file', 'filen är tom', 'DOCUMENT.FILE_EMPTY');
    if (file.bytes.length > this.config.uploadMaxBytes) {
      throw new TooLargeError('file', `filen är för stor (högst ${formatMegabytes(this.config.uploadMaxBytes)})`, 'DOCUMENT.FILE_TOO_LARGE');
    }
    const type = await detectDocumentType(file.bytes);
    if (!type) {
      throw ValidationError.field('file', 'filtypen stöds inte: endast PDF, DOCX och ODT tas emot (innehållet kontrolleras, inte filnamnet)', 'DOCUMENT.FILE_TYPE');
    }
    if (!actor.organisationId) throw ValidationError.field('organisationId', 'en organisation krävs för att ladda upp');
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const filename = safeFilename(file.originalName, input.title, type);

    return this.dataSource.transaction(async (m) => {
      let version = 1;
      if (input.supersedesId) {
        const previous: Array<{ organisation_id: string; version: number }> = await m.query(
          `SELECT organisation_id, version FROM documents WHERE id = $1 FOR UPDATE`,
          [input.supersedesId],
        );
        if (previous.length === 0 || previous[0].organisation_id !== actor.organisationId) {
          if (previous.length > 0) await logDenial(m, actor, 'supersede-document', `Dokumentet:${input.supersedesId}`);
          throw ValidationError.field('supersedesId', 'det finns inget sådant dokument i din organisation', 'DOCUMENT.SUPERSEDES_UNKNOWN');
        }
        const successor: Array<{ id: string }> = await m.query(`SELECT id FROM documents WHERE supersedes_id = $1`, [input.supersedesId]);
        if (successor.length > 0) {
          throw new ConflictError('DOCUMENT.NOT_LATEST_VERSION', 'Dokumentet har redan en nyare version; ladda upp en ny version av den senaste.', {
            issues: [{ field: 'supersedesId', reason: 'är inte den senaste versionen' }],
            latestSuccessorId: successor[0].id,
          });
        }
        version = previous[0].version + 1;
      }
      const rows = await m.query(
        `INSERT INTO documents (organisation_id, kind, title, filename, mime_type, size_bytes, sha256, content, version, supersedes_id, uploaded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         RETURNING ${DOCUMENT_COLUMNS.replace(/d\./g, '')}`,
        [actor.organisationId, input.kind, input.title, filename, type.mimeType, file.bytes.length, sha256, file.bytes, version,
          input.supersedesId ?? null, actor.userId, this.clock.now()],
      );
      return toDocumentView(rows[0]);
    });
  }
}
