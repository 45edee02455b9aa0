import {
  caseSeriesYear,
  defaultCaseNumberFormat,
  DEFAULT_DOCUMENT_NUMBER_FORMAT,
  formatCaseNumber,
  formatDocumentNumber,
  KSL,
  parseCaseNumber,
  STOCKHOLM_COUNTY_MUNICIPALITIES,
  todayInStockholm,
} from '@remiss/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry after Swedish practice (libs/application/src/registry/registry.service.ts): each organisation has
 * one format for its case numbers and one for their documents; every document is registered under its case's
 * number with a running document number, once (a document key per organisation).
 *
 * Existing entries are brought into that rule, keeping what a person typed:
 * - a case number in the old automatic form `PREFIX/YYYY/NNNN` is renumbered in the organisation's format (a
 *   number given by a person, such as KSL/12/0053, is kept); its counter moves past every number of the series;
 * - each organisation's entries of a case become that case's documents 1, 2, … in the order registered (the
 *   opening entry keeps the case number); what a recipient received opens a case of its own in its series;
 * - an entry under a number a person gave (KS13/250-133) keeps it;
 * - an incoming decision registered twice (at dispatch and again at receipt) keeps the dispatch's entry only;
 * - every renumbered entry keeps its old number in `former_number` (searchable), and the references to it
 *   (recipients, dispatches, terminations, cases) follow. The event log is history and is left as written.
 */
export class RegistryCases1764770000000 implements MigrationInterface {
  name = 'RegistryCases1764770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN case_number_format text, ADD COLUMN document_number_format text NOT NULL DEFAULT '${DEFAULT_DOCUMENT_NUMBER_FORMAT}'`);
    const orgs: Array<{ id: string; slug: string; registry_prefix: string }> = await q.query(`SELECT id, slug, registry_prefix FROM organisations`);
    const seeded = new Map([KSL, ...STOCKHOLM_COUNTY_MUNICIPALITIES].map((o) => [o.slug, o.caseNumberFormat]));
    const formatOf = new Map<string, string>();
    for (const o of orgs) formatOf.set(o.id, seeded.get(o.slug) ?? defaultCaseNumberFormat(o.registry_prefix));
    if (orgs.length > 0) {
      await q.query(`UPDATE organisations o SET case_number_format = t.f FROM unnest($1::uuid[], $2::text[]) AS t(id, f) WHERE o.id = t.id`, [orgs.map((o) => o.id), orgs.map((o) => formatOf.get(o.id))]);
    }
    await q.query(`ALTER TABLE organisations ALTER COLUMN case_number_format SET NOT NULL`);
    await q.query(`
      CREATE TABLE registry_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        number text NOT NULL,
        -- deferred: a new case's number is drawn (and its registry case opened) before the case row is written
        case_id uuid NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
        last_document int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        UNIQUE (organisation_id, number),
        UNIQUE (organisation_id, case_id)
      )`);
    await q.query(`ALTER TABLE registry_entries ADD COLUMN registry_case_id uuid REFERENCES registry_cases(id), ADD COLUMN document_key text, ADD COLUMN former_number text`);
    await q.query(`CREATE UNIQUE INDEX registry_entries_document_key_idx ON registry_entries (organisation_id, document_key) WHERE document_key IS NOT NULL`);
    await q.query(`CREATE INDEX registry_entries_case_idx ON registry_entries (registry_case_id)`);
    await this.bringEntriesUnderCases(q, orgs, formatOf);
  }

  private async bringEntriesUnderCases(q: QueryRunner, orgs: Array<{ id: string; registry_prefix: string }>, formatOf: Map<string, string>): Promise<void> {
    const prefixOf = new Map(orgs.map((o) => [o.id, o.registry_prefix]));
    const oldAuto = (org: string, number: string) => new RegExp(`^${(prefixOf.get(org) ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\d{4}/\\d{4,}$`, 'u').test(number);
    const counters = new Map<string, number>();
    for (const c of await q.query(`SELECT organisation_id, year, last_seq FROM registry_counters`)) counters.set(`${c.organisation_id} ${c.year}`, c.last_seq);
    const bump = (org: string, year: number, atLeast?: number) => {
      const k = `${org} ${year}`;
      const next = atLeast !== undefined ? Math.max(counters.get(k) ?? 0, atLeast) : (counters.get(k) ?? 0) + 1;
      counters.set(k, next);
      return next;
    };
    const yearOf = (at: Date) => Number(todayInStockholm(at).slice(0, 4));

    // 1. Case numbers: the old automatic form renumbered; every case gets its owner's registry case.
    const cases: Array<{ id: string; organisation_id: string; registry_number: string; created_at: Date }> = await q.query(
      `SELECT id, organisation_id, registry_number, created_at FROM cases ORDER BY created_at, id`,
    );
    const renamed = new Map<string, string>(); // `${org} ${old}` -> new, for every renumbered number
    const registryCases = new Map<string, { id?: string; org: string; caseId: string; number: string; last: number; createdAt: Date; oldNumber: string | null }>();
    for (const c of cases) {
      const format = formatOf.get(c.organisation_id)!;
      const parsed = parseCaseNumber(format, c.registry_number);
      if (parsed) bump(c.organisation_id, parsed.year ?? 0, parsed.seq);
    }
    for (const c of cases) {
      const format = formatOf.get(c.organisation_id)!;
      let number = c.registry_number;
      if (oldAuto(c.organisation_id, number)) {
        const year = yearOf(c.created_at);
        number = formatCaseNumber(format, year, bump(c.organisation_id, caseSeriesYear(format, year)));
        renamed.set(`${c.organisation_id} ${c.registry_number}`, number);
      }
      registryCases.set(`${c.organisation_id} ${c.id}`, { org: c.organisation_id, caseId: c.id, number, last: 0, createdAt: c.created_at, oldNumber: c.registry_number });
    }
    const caseById = new Map(cases.map((c) => [c.id, c]));

    // 2. A decision registered twice: the receipt's entry goes, the dispatch's stays.
    const dispatches: Array<{ id: string; case_id: string; recipient_org: string; sender_registry_number: string; receiver_registry_number: string; receipt_registry_number: string | null }> =
      await q.query(`SELECT d.id, d.case_id, r.organisation_id AS recipient_org, d.sender_registry_number, d.receiver_registry_number, d.receipt_registry_number
                       FROM decision_dispatches d JOIN recipients r ON r.id = d.recipient_id`);
    const duplicateOf = new Map<string, string>(); // `${org} ${receipt number}` -> dispatch's number
    for (const d of dispatches) {
      if (d.receipt_registry_number && d.receipt_registry_number !== d.receiver_registry_number) {
        const org = caseById.get(d.case_id)!.organisation_id;
        const deleted: unknown[] = await q.query(`DELETE FROM registry_entries WHERE organisation_id = $1 AND number = $2 AND direction = 'in' RETURNING id`, [org, d.receipt_registry_number]);
        if (deleted.length > 0) duplicateOf.set(`${org} ${d.receipt_registry_number}`, d.receiver_registry_number);
      }
    }

    // 3. The documents of each (organisation, case), in the order registered.
    const entries: Array<{ id: string; organisation_id: string; number: string; case_id: string; registered_at: Date }> = await q.query(
      `SELECT id, organisation_id, number, case_id, registered_at FROM registry_entries WHERE case_id IS NOT NULL ORDER BY registered_at, year, seq, number`,
    );
    const docFormat = DEFAULT_DOCUMENT_NUMBER_FORMAT; // every organisation's at this point
    const updates: Array<{ id: string; number: string; seq: number; caseKey: string; former: string | null }> = [];
    for (const e of entries) {
      const key = `${e.organisation_id} ${e.case_id}`;
      let rc = registryCases.get(key);
      if (!rc) {
        // what another organisation sent: a case of the recipient's own, in its series
        const format = formatOf.get(e.organisation_id)!;
        const year = yearOf(e.registered_at);
        rc = { org: e.organisation_id, caseId: e.case_id, number: formatCaseNumber(format, year, bump(e.organisation_id, caseSeriesYear(format, year))), last: 0, createdAt: e.registered_at, oldNumber: null };
        registryCases.set(key, rc);
      }
      if (rc.oldNumber !== null && e.number === rc.oldNumber) {
        updates.push({ id: e.id, number: rc.number, seq: 0, caseKey: key, former: e.number === rc.number ? null : e.number });
        continue;
      }
      const generated = oldAuto(e.organisation_id, e.number) || (rc.oldNumber !== null && e.number.startsWith(`${rc.oldNumber}-`) && /^\d+$/.test(e.number.slice(rc.oldNumber.length + 1)));
      rc.last += 1;
      const number = generated ? formatDocumentNumber(docFormat, rc.number, rc.last) : e.number;
      if (number !== e.number) renamed.set(`${e.organisation_id} ${e.number}`, number);
      updates.push({ id: e.id, number, seq: rc.last, caseKey: key, former: number === e.number ? null : e.number });
    }
    const all = [...registryCases.values()];
    if (all.length > 0) {
      const ids: Array<{ id: string; organisation_id: string; case_id: string }> = await q.query(
        `INSERT INTO registry_cases (organisation_id, number, case_id, last_document, created_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::int[], $5::timestamptz[]) RETURNING id, organisation_id, case_id`,
        [all.map((r) => r.org), all.map((r) => r.number), all.map((r) => r.caseId), all.map((r) => r.last), all.map((r) => r.createdAt)],
      );
      for (const row of ids) registryCases.get(`${row.organisation_id} ${row.case_id}`)!.id = row.id;
    }
    await q.query(`ALTER TABLE registry_entries DROP CONSTRAINT registry_entries_organisation_id_number_key`);
    if (updates.length > 0) {
      await q.query(
        `UPDATE registry_entries e SET number = t.n, seq = t.s, registry_case_id = t.rc, former_number = t.f
           FROM unnest($1::uuid[], $2::text[], $3::int[], $4::uuid[], $5::text[]) AS t(id, n, s, rc, f) WHERE e.id = t.id`,
        [updates.map((u) => u.id), updates.map((u) => u.number), updates.map((u) => u.seq), updates.map((u) => registryCases.get(u.caseKey)!.id), updates.map((u) => u.former)],
      );
    }
    await q.query(`ALTER TABLE registry_entries ADD CONSTRAINT registry_entries_organisation_id_number_key UNIQUE (organisation_id, number)`);

    // 4. The references follow the numbers; the keys make later registrations of the same documents idempotent.
    const follow = (org: string, n: string | null) => (n === null ? null : (renamed.get(`${org} ${duplicateOf.get(`${org} ${n}`) ?? n}`) ?? duplicateOf.get(`${org} ${n}`) ?? n));
    for (const c of cases) {
      const n = registryCases.get(`${c.organisation_id} ${c.id}`)!.number;
      if (n !== c.registry_number) await q.query(`UPDATE cases SET registry_number = $2 WHERE id = $1`, [c.id, n]);
      await q.query(`UPDATE registry_entries SET document_key = 'case:' || $1 WHERE organisation_id = $2 AND case_id = $1 AND seq = 0 AND number = $3`, [c.id, c.organisation_id, n]);
    }
    const recipients: Array<{ id: string; round_id: string; case_org: string; registry_number: string | null }> = await q.query(
      `SELECT r.id, r.round_id, c.organisation_id AS case_org, r.registry_number FROM recipients r JOIN cases c ON c.id = r.case_id`,
    );
    const rounds = new Map<string, { org: string; old: string; number: string }>();
    for (const r of recipients) {
      const number = follow(r.case_org, r.registry_number);
      if (number !== r.registry_number) await q.query(`UPDATE recipients SET registry_number = $2 WHERE id = $1`, [r.id, number]);
      if (number) rounds.set(r.round_id, { org: r.case_org, old: r.registry_number!, number });
    }
    for (const [roundId, r] of rounds) {
      await q.query(`UPDATE registry_entries SET document_key = 'round:' || $1 WHERE organisation_id = $2 AND number = $3 AND document_key IS NULL`, [roundId, r.org, r.number]);
    }
    for (const d of dispatches) {
      const org = caseById.get(d.case_id)!.organisation_id;
      const receiver = follow(org, d.receiver_registry_number)!;
      const sender = follow(d.recipient_org, d.sender_registry_number)!;
      const receipt = follow(org, d.receipt_registry_number);
      await q.query(`UPDATE decision_dispatches SET receiver_registry_number = $2, sender_registry_number = $3, receipt_registry_number = $4 WHERE id = $1`, [d.id, receiver, sender, receipt]);
      await q.query(`UPDATE registry_entries SET document_key = 'dispatch:' || $1 WHERE organisation_id = $2 AND number = $3 AND document_key IS NULL`, [d.id, org, receiver]);
      await q.query(`UPDATE registry_entries SET document_key = 'dispatch:' || $1 WHERE organisation_id = $2 AND number = $3 AND document_key IS NULL`, [d.id, d.recipient_org, sender]);
    }
    const terminations: Array<{ id: string; case_id: string; organisation_id: string; registry_number: string }> = await q.query(`SELECT id, case_id, organisation_id, registry_number FROM party_terminations`);
    for (const t of terminations) {
      const org = caseById.get(t.case_id)!.organisation_id;
      const number = follow(org, t.registry_number)!;
      await q.query(`UPDATE party_terminations SET registry_number = $2 WHERE id = $1`, [t.id, number]);
      await q.query(`UPDATE registry_entries SET document_key = 'termination:' || $1 || ':' || $2 WHERE organisation_id = $3 AND number = $4 AND document_key IS NULL`, [t.case_id, t.organisation_id, org, number]);
    }
    for (const [k, last] of counters) {
      const [org, year] = k.split(' ');
      await q.query(
        `INSERT INTO registry_counters (organisation_id, year, last_seq) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, year) DO UPDATE SET last_seq = greatest(registry_counters.last_seq, EXCLUDED.last_seq)`,
        [org, Number(year), last],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // The numbers stay as renumbered (a registered number is never handed back); only the structure goes.
    await q.query(`DROP INDEX registry_entries_case_idx`);
    await q.query(`DROP INDEX registry_entries_document_key_idx`);
    await q.query(`ALTER TABLE registry_entries DROP COLUMN former_number, DROP COLUMN document_key, DROP COLUMN registry_case_id`);
    await q.query(`DROP TABLE registry_cases`);
    await q.query(`ALTER TABLE organisations DROP COLUMN document_number_format, DROP COLUMN case_number_format`);
  }
}
