import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: organisations, registry, cases, rounds, recipients, answers, documents, log, outbox. */
export class InitialSchema1764057600000 implements MigrationInterface {
  name = 'InitialSchema1764057600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('region','municipality','committee','agency','other')),
        registry_prefix text NOT NULL,
        registry_email text NOT NULL,
        parent_id uuid REFERENCES organisations(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name text NOT NULL,
        email text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('secretariat','officer','secretary','admin')),
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE recipient_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        slug text NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, slug)
      )`);
    await q.query(`
      CREATE TABLE recipient_group_members (
        group_id uuid NOT NULL REFERENCES recipient_groups(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        PRIMARY KEY (group_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE registry_counters (
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        year int NOT NULL,
        last_seq int NOT NULL,
        PRIMARY KEY (organisation_id, year)
      )`);
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        registry_number text NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        ordered_by text NOT NULL DEFAULT '',
        parent_recipient_id uuid,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version int NOT NULL,
        version int NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, registry_number)
      )`);
    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        case_id uuid REFERENCES cases(id),
        round_id uuid,
        answer_id uuid,
        kind text NOT NULL,
        title text NOT NULL,
        filename text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        version int NOT NULL,
        supersedes_id uuid REFERENCES documents(id),
        uploaded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX documents_case_idx ON documents (case_id)`);
    await q.query(`
      CREATE TABLE registry_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        number text NOT NULL,
        year int NOT NULL,
        seq int NOT NULL,
        registered_at timestamptz NOT NULL,
        direction text NOT NULL CHECK (direction IN ('in','out','internal')),
        counterpart text NOT NULL,
        subject text NOT NULL,
        case_id uuid REFERENCES cases(id),
        document_id uuid REFERENCES documents(id),
        external_number text,
        UNIQUE (organisation_id, number)
      )`);
    await q.query(`
      CREATE TABLE rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('remiss','recommendation')),
        seq int NOT NULL,
        subject text NOT NULL,
        message text NOT NULL DEFAULT '',
        deadline date NOT NULL,
        sent_at timestamptz NOT NULL,
        closed_at timestamptz,
        reminder_policy jsonb NOT NULL,
        document_id uuid REFERENCES documents(id),
        created_by uuid REFERENCES users(id),
        UNIQUE (case_id, seq)
      )`);
    await q.query(`
      CREATE TABLE recipients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES rounds(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version int NOT NULL,
        version int NOT NULL,
        deadline date NOT NULL,
        original_deadline date NOT NULL,
        answered_at timestamptz,
        registry_number text,
        UNIQUE (round_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX recipients_org_idx ON recipients (organisation_id)`);
    await q.query(`ALTER TABLE cases ADD CONSTRAINT cases_parent_recipient_fk FOREIGN KEY (parent_recipient_id) REFERENCES recipients(id)`);
    await q.query(`
      CREATE TABLE extension_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES recipients(id),
        requested_date date NOT NULL,
        previous_deadline date NOT NULL,
        reason text NOT NULL,
        requested_by uuid REFERENCES users(id),
        requested_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('pending','granted','denied','withdrawn')),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        granted_date date,
        comment text
      )`);
    await q.query(`CREATE INDEX extension_requests_recipient_idx ON extension_requests (recipient_id)`);
    await q.query(`
      CREATE TABLE answers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES recipients(id),
        version int NOT NULL,
        position text NOT NULL CHECK (position IN ('tillstyrker','avstyrker','inga_synpunkter','synpunkter')),
        text text NOT NULL,
        their_registry_number text,
        received_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        supersedes_id uuid REFERENCES answers(id),
        inner_answer_ids uuid[] NOT NULL DEFAULT '{}',
        UNIQUE (recipient_id, version)
      )`);
    await q.query(`ALTER TABLE documents ADD CONSTRAINT documents_round_fk FOREIGN KEY (round_id) REFERENCES rounds(id)`);
    await q.query(`ALTER TABLE documents ADD CONSTRAINT documents_answer_fk FOREIGN KEY (answer_id) REFERENCES answers(id)`);
    await q.query(`
      CREATE TABLE event_log (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        recipient_id uuid REFERENCES recipients(id),
        actor_user_id uuid REFERENCES users(id),
        actor_organisation_id uuid REFERENCES organisations(id),
        at timestamptz NOT NULL,
        event text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        state_before text,
        state_after text
      )`);
    await q.query(`CREATE INDEX event_log_case_idx ON event_log (case_id, id)`);
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        queue text NOT NULL,
        name text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL,
        deliver_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE relayed_at IS NULL`);
    await q.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid REFERENCES recipients(id),
        round_id uuid REFERENCES rounds(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        key text NOT NULL,
        kind text NOT NULL,
        deadline date,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('pending','sent','cancelled','skipped')),
        job_id text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz
      )`);
    await q.query(`CREATE INDEX reminders_pending_idx ON reminders (due_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE mail_log (
        id bigserial PRIMARY KEY,
        dedupe_key text NOT NULL UNIQUE,
        status text NOT NULL CHECK (status IN ('sending','sent','failed')),
        message_id text,
        to_addresses text NOT NULL,
        subject text NOT NULL,
        template text NOT NULL,
        case_id uuid REFERENCES cases(id),
        recipient_id uuid REFERENCES recipients(id),
        job_id text,
        transport text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL,
        key text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        request_hash text NOT NULL,
        status_code int,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
    await q.query(`
      CREATE TABLE access_denials (
        id bigserial PRIMARY KEY,
        user_id uuid,
        organisation_id uuid,
        action text NOT NULL,
        resource text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'access_denials', 'idempotency_keys', 'mail_log', 'reminders', 'outbox', 'event_log',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE documents DROP CONSTRAINT documents_answer_fk`);
    await q.query(`ALTER TABLE documents DROP CONSTRAINT documents_round_fk`);
    await q.query(`DROP TABLE answers`);
    await q.query(`DROP TABLE extension_requests`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_parent_recipient_fk`);
    for (const table of [
      'recipients', 'rounds', 'registry_entries', 'documents', 'cases', 'registry_counters',
      'recipient_group_members', 'recipient_groups', 'users', 'organisations',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
