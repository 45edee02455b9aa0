import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the read paths that scanned whole tables: a case's recipients (the
 * status matrix), the registry's newest-first page, a case list's newest-first
 * page, and the document access rule (documents by round and answer, rounds by
 * their sent document).
 */
export class ReadPathIndexes1764300000000 implements MigrationInterface {
  name = 'ReadPathIndexes1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX recipients_case_idx ON recipients (case_id)`);
    await q.query(`CREATE INDEX registry_entries_newest_idx ON registry_entries (organisation_id, registered_at DESC, year DESC, seq DESC, number DESC)`);
    await q.query(`CREATE INDEX cases_org_updated_idx ON cases (organisation_id, updated_at DESC)`);
    await q.query(`CREATE INDEX documents_round_idx ON documents (round_id) WHERE round_id IS NOT NULL`);
    await q.query(`CREATE INDEX documents_answer_idx ON documents (answer_id) WHERE answer_id IS NOT NULL`);
    await q.query(`CREATE INDEX rounds_document_idx ON rounds (document_id) WHERE document_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['rounds_document_idx', 'documents_answer_idx', 'documents_round_idx', 'cases_org_updated_idx', 'registry_entries_newest_idx', 'recipients_case_idx']) {
      await q.query(`DROP INDEX ${index}`);
    }
  }
}
