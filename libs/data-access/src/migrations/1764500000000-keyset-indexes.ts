import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for keyset pagination: every list walks an index in its sort order and stops after
 * one page. Cases (own, and all for the cases sent to an organisation) by (updated_at, id); a
 * case's recipients per organisation (is the case sent to it?); the inbox: open first, then by
 * deadline and id (the expression must match case-queries.ts OPEN_STATES_SQL); extension
 * requests and the mail log newest first. The old prefix indexes the new ones cover are dropped.
 */
export class KeysetIndexes1764500000000 implements MigrationInterface {
  name = 'KeysetIndexes1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_org_recent_idx ON cases (organisation_id, updated_at DESC, id DESC)`);
    await q.query(`DROP INDEX cases_org_updated_idx`);
    await q.query(`CREATE INDEX cases_recent_idx ON cases (updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX recipients_case_org_idx ON recipients (case_id, organisation_id)`);
    await q.query(`DROP INDEX recipients_case_idx`);
    await q.query(
      `CREATE INDEX recipients_inbox_idx ON recipients (organisation_id, (state NOT IN ('sent','overdue','extensionRequested','inProgress','decided')), deadline, id)`,
    );
    await q.query(`DROP INDEX recipients_org_idx`);
    await q.query(`CREATE INDEX extension_requests_recent_idx ON extension_requests (requested_at DESC, id DESC)`);
    await q.query(`CREATE INDEX extension_requests_status_recent_idx ON extension_requests (status, requested_at DESC, id DESC)`);
    await q.query(`CREATE INDEX mail_log_recent_idx ON mail_log (created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mail_log_recent_idx`);
    await q.query(`DROP INDEX extension_requests_status_recent_idx`);
    await q.query(`DROP INDEX extension_requests_recent_idx`);
    await q.query(`CREATE INDEX recipients_org_idx ON recipients (organisation_id)`);
    await q.query(`DROP INDEX recipients_inbox_idx`);
    await q.query(`CREATE INDEX recipients_case_idx ON recipients (case_id)`);
    await q.query(`DROP INDEX recipients_case_org_idx`);
    await q.query(`DROP INDEX cases_recent_idx`);
    await q.query(`CREATE INDEX cases_org_updated_idx ON cases (organisation_id, updated_at DESC)`);
    await q.query(`DROP INDEX cases_org_recent_idx`);
  }
}
