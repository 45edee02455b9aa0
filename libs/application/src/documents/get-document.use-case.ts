import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@remiss/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { denyAsNotFound } from '../access/access-policy';
import { canReadDocument, readableDocumentSql } from './document-access';
import { DOCUMENT_COLUMNS, DocumentView, toDocumentView } from './document.types';

export interface DocumentWithVersions extends DocumentView {
  /** Every version of the document the actor may read, oldest first. */
  versions: Array<Pick<DocumentView, 'id' | 'version' | 'title' | 'filename' | 'sha256' | 'sizeBytes' | 'createdAt'>>;
  latestVersionId: string;
}

export interface DocumentContent {
  filename: string;
  mimeType: string;
  sha256: string;
  content: Buffer;
}

const WHAT = 'Dokumentet';

/** Reads a document's metadata, its chain of versions and its bytes; others' documents answer 404 and are logged. */
@Injectable()
export class GetDocumentUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async metadata(actor: Actor, id: string): Promise<DocumentWithVersions> {
    await this.requireReadable(actor, id, 'read-document');
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const [row] = await m.query(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1`, [id]);
      const chain: Array<Parameters<typeof toDocumentView>[0]> = await m.query(
        `WITH RECURSIVE back AS (
           SELECT id, supersedes_id FROM documents WHERE id = $1
           UNION SELECT d.id, d.supersedes_id FROM documents d JOIN back b ON d.id = b.supersedes_id),
         fwd AS (
           SELECT id FROM documents WHERE id = $1
           UNION SELECT d.id FROM documents d JOIN fwd f ON d.supersedes_id = f.id)
         SELECT ${DOCUMENT_COLUMNS} FROM documents d
          WHERE d.id IN (SELECT id FROM back UNION SELECT id FROM fwd)
            AND ($2::uuid IS NULL OR ${readableDocumentSql('d', '$2')})
          ORDER BY d.version`,
        [id, actor.role === 'system' ? null : actor.organisationId],
      );
      const versions = chain.map(toDocumentView).map(({ id: vid, version, title, filename, sha256, sizeBytes, createdAt }) => ({
        id: vid, version, title, filename, sha256, sizeBytes, createdAt,
      }));
      return { ...toDocumentView(row), versions, latestVersionId: versions[versions.length - 1].id };
    });
  }

  async content(actor: Actor, id: string): Promise<DocumentContent> {
    await this.requireReadable(actor, id, 'download-document');
    const [row] = await this.dataSource.query(`SELECT filename, mime_type AS "mimeType", sha256, content FROM documents WHERE id = $1`, [id]);
    return row as DocumentContent;
  }

  /** Outside any transaction, so that the log row of a refusal is kept. Access only widens (documents are never detached). */
  private async requireReadable(actor: Actor, id: string, action: string): Promise<void> {
    const m = this.dataSource.manager;
    if (await canReadDocument(m, actor, id)) return;
    const exists: unknown[] = await m.query(`SELECT 1 FROM documents WHERE id = $1`, [id]);
    // Only a real cross-organisation attempt is worth a log row; a missing id is just 404.
    if (exists.length === 0) throw new NotFoundError(WHAT, id);
    await denyAsNotFound(m, actor, action, WHAT, id);
  }
}
