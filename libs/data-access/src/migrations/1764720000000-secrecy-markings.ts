import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secrecy markings (OSL): a document or an answer marked secret in whole or in part, with the legal ground,
 * who marked it and when; unmarking closes the row (unmarked_at, by whom, why) instead of deleting it, so the
 * history stays. At most one open marking per thing. `registry_entry_ids` are the diarium entries whose subject
 * the marking masks (an answer's entries carry no document id). Plus the indexes of the public portal's reads.
 */
export class SecrecyMarkings1764720000000 implements MigrationInterface {
  name = 'SecrecyMarkings1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE secrecy_markings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        target_kind text NOT NULL CHECK (target_kind IN ('document', 'answer')),
        target_id uuid NOT NULL,
        extent text NOT NULL CHECK (extent IN ('whole', 'part')),
        legal_ground text NOT NULL,
        reason text NOT NULL DEFAULT '',
        masked_subject text,
        registry_entry_ids uuid[] NOT NULL DEFAULT '{}',
        marked_by uuid REFERENCES users(id),
        marked_at timestamptz NOT NULL,
        unmarked_by uuid REFERENCES users(id),
        unmarked_at timestamptz,
        unmark_reason text
      )`);
    await q.query(`CREATE UNIQUE INDEX secrecy_markings_open_idx ON secrecy_markings (target_id) WHERE unmarked_at IS NULL`);
    await q.query(`CREATE INDEX secrecy_markings_case_idx ON secrecy_markings (case_id, marked_at)`);
    await q.query(`CREATE INDEX secrecy_markings_entries_idx ON secrecy_markings USING gin (registry_entry_ids) WHERE unmarked_at IS NULL`);
    // the public list of an organisation's remisses, newest first (keyset on created_at, id)
    await q.query(`CREATE INDEX cases_org_created_idx ON cases (organisation_id, created_at DESC, id DESC) WHERE parent_recipient_id IS NULL`);
    await q.query(`CREATE INDEX decision_dispatches_case_idx ON decision_dispatches (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX decision_dispatches_case_idx`);
    await q.query(`DROP INDEX cases_org_created_idx`);
    await q.query(`DROP TABLE secrecy_markings`);
  }
}
