import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The municipal decision chain of a recommendation: preparations (tjänsteutlåtanden), decisions
 * (versioned: a correction is a new row that supersedes the previous one), the dispatch to the
 * case organisation and its receipt, and termination notices for the register of parties.
 */
export class Decisions1764100000000 implements MigrationInterface {
  name = 'Decisions1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE decision_preparations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES recipients(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('tjansteutlatande','tjansteskrivelse','tjansteanteckning')),
        title text NOT NULL,
        author text NOT NULL,
        prepared_date date NOT NULL,
        document_id uuid REFERENCES documents(id),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX decision_preparations_recipient_idx ON decision_preparations (recipient_id)`);
    await q.query(`
      CREATE TABLE decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES recipients(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        chain_id uuid NOT NULL,
        version int NOT NULL,
        supersedes_id uuid REFERENCES decisions(id),
        body_kind text NOT NULL CHECK (body_kind IN ('committee','board','council')),
        body_name text NOT NULL,
        meeting_date date NOT NULL,
        paragraph text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('adopt','notAdopt','answer','other')),
        decision_text text NOT NULL,
        justering_date date NOT NULL,
        immediate_justering boolean NOT NULL,
        notice_posted_date date NOT NULL,
        appeal_window_closes date NOT NULL,
        final boolean NOT NULL,
        document_id uuid REFERENCES documents(id),
        correction_reason text,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        UNIQUE (chain_id, version)
      )`);
    await q.query(`CREATE INDEX decisions_recipient_idx ON decisions (recipient_id, created_at)`);
    await q.query(`CREATE INDEX decisions_case_idx ON decisions (case_id)`);
    await q.query(`
      CREATE TABLE decision_dispatches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL UNIQUE REFERENCES recipients(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        decision_id uuid NOT NULL REFERENCES decisions(id),
        to_addresses text[] NOT NULL,
        sender_registry_number text NOT NULL,
        receiver_registry_number text NOT NULL,
        dispatched_by uuid REFERENCES users(id),
        dispatched_at timestamptz NOT NULL,
        receipt_registry_number text,
        received_by uuid REFERENCES users(id),
        received_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE party_terminations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        notice_reached_date date NOT NULL,
        takes_effect date NOT NULL,
        registry_number text NOT NULL,
        note text NOT NULL DEFAULT '',
        registered_by uuid REFERENCES users(id),
        registered_at timestamptz NOT NULL,
        UNIQUE (case_id, organisation_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['party_terminations', 'decision_dispatches', 'decisions', 'decision_preparations']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
