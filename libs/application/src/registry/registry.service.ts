import {
  caseSeriesYear,
  ConflictError,
  formatCaseNumber,
  formatDocumentNumber,
  parseCaseNumber,
  todayInStockholm,
} from '@remiss/domain';
import { EntityManager } from 'typeorm';

/**
 * The registry (diarium) of every organisation, after Swedish practice: each case (ärende) has a number in the
 * organisation's series, and each document is registered under its case's number with a running document number
 * (KSL/12/0053-1, -2, …). The formats are the organisation's own (organisations.case_number_format,
 * document_number_format; libs/domain/src/registry). A recipient organisation registers what it receives from
 * another organisation in a case of its own, opened with the first document of that case it receives.
 *
 * Race-free: a case number is drawn from registry_counters with an atomic upsert (the row is locked until the
 * commit), a document number from its registry case's row, locked FOR UPDATE first; rows are always locked in
 * organisation order, so concurrent rounds to overlapping recipients cannot deadlock.
 * Idempotent: every registration carries a document key (`round:<id>`, `answer:<id>`, `dispatch:<id>`, …), unique
 * per organisation; registering the same key again returns the first number.
 */

export type RegistryDirection = 'in' | 'out' | 'internal';

export interface DocumentRegistration {
  organisationId: string;
  /** The case the document belongs to: the organisation's own case, or the case it received something in. */
  caseId: string;
  /** What is registered, unique per organisation: registering the same key again returns the first number. */
  key: string;
  direction: RegistryDirection;
  counterpart: string;
  subject: string;
  documentId?: string | null;
  externalNumber?: string | null;
  registeredAt: Date;
  /** The organisation's own number for the document, given by a person (e.g. KS13/250-133): kept as given. */
  number?: string;
}

export interface Registered {
  number: string;
  /** False when the key was registered before (the earlier number is returned). */
  created: boolean;
}

/** The registry year of an instant: the calendar year in Stockholm. */
export function registryYear(at: Date): number {
  return Number(todayInStockholm(at).slice(0, 4));
}

interface OrgFormats {
  id: string;
  case_number_format: string;
  document_number_format: string;
}

async function formatsOf(m: EntityManager, organisationIds: string[]): Promise<Map<string, OrgFormats>> {
  const rows: OrgFormats[] = await m.query(`SELECT id, case_number_format, document_number_format FROM organisations WHERE id = ANY($1::uuid[])`, [organisationIds]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Draws the next case number of each organisation's series (one atomic upsert for all, in organisation order). */
async function drawCaseNumbers(m: EntityManager, organisationIds: string[], at: Date, formats: Map<string, OrgFormats>): Promise<Map<string, string>> {
  const year = registryYear(at);
  const ids = [...new Set(organisationIds)].sort();
  const years = ids.map((id) => caseSeriesYear(formats.get(id)!.case_number_format, year));
  const rows: Array<{ organisation_id: string; last_seq: number }> = await m.query(
    `INSERT INTO registry_counters (organisation_id, year, last_seq)
     SELECT o, y, 1 FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS t(o, y, k) ORDER BY k
     ON CONFLICT (organisation_id, year) DO UPDATE SET last_seq = registry_counters.last_seq + 1
     RETURNING organisation_id, last_seq`,
    [ids, years],
  );
  return new Map(rows.map((r) => [r.organisation_id, formatCaseNumber(formats.get(r.organisation_id)!.case_number_format, year, r.last_seq)]));
}

/**
 * Opens the organisation's registry case for its own new case: under the given number (checked free; when it is
 * of the organisation's series, the counter is moved past it so the series never hands it out), or the next one.
 */
export async function openOwnRegistryCase(m: EntityManager, input: { organisationId: string; caseId: string; openedAt: Date; number?: string }): Promise<string> {
  const formats = await formatsOf(m, [input.organisationId]);
  let number = input.number;
  if (number) {
    const taken: unknown[] = await m.query(
      `SELECT 1 FROM registry_cases WHERE organisation_id = $1 AND number = $2
       UNION ALL SELECT 1 FROM registry_entries WHERE organisation_id = $1 AND number = $2 LIMIT 1`,
      [input.organisationId, number],
    );
    if (taken.length > 0) throw new ConflictError('REGISTRY.NUMBER_TAKEN', `Diarienumret ${number} används redan.`, { field: 'registryNumber' });
    const format = formats.get(input.organisationId)!.case_number_format;
    const parsed = parseCaseNumber(format, number);
    if (parsed) {
      await m.query(
        `INSERT INTO registry_counters (organisation_id, year, last_seq) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, year) DO UPDATE SET last_seq = greatest(registry_counters.last_seq, EXCLUDED.last_seq)`,
        [input.organisationId, parsed.year ?? 0, parsed.seq],
      );
    }
  } else {
    number = (await drawCaseNumbers(m, [input.organisationId], input.openedAt, formats)).get(input.organisationId)!;
  }
  await m.query(`INSERT INTO registry_cases (organisation_id, number, case_id, created_at) VALUES ($1, $2, $3, $4)`, [input.organisationId, number, input.caseId, input.openedAt]);
  return number;
}

/**
 * The registry cases of (organisation, case) pairs, locked FOR UPDATE in organisation order; those missing are
 * opened with new numbers of their organisations' series. Returns organisation id → {id, number, last_document}.
 */
async function lockRegistryCases(
  m: EntityManager,
  pairs: Array<{ organisationId: string; caseId: string }>,
  at: Date,
  formats: Map<string, OrgFormats>,
): Promise<Map<string, { id: string; number: string; last_document: number }>> {
  const key = (o: string, c: string) => `${o} ${c}`;
  const wanted = [...new Map(pairs.map((p) => [key(p.organisationId, p.caseId), p])).values()].sort((a, b) => (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0));
  const select = async () => {
    const rows: Array<{ id: string; organisation_id: string; case_id: string; number: string; last_document: number }> = await m.query(
      `SELECT r.id, r.organisation_id, r.case_id, r.number, r.last_document
         FROM registry_cases r JOIN unnest($1::uuid[], $2::uuid[]) AS t(o, c) ON r.organisation_id = t.o AND r.case_id = t.c
        ORDER BY r.organisation_id FOR UPDATE OF r`,
      [wanted.map((p) => p.organisationId), wanted.map((p) => p.caseId)],
    );
    return new Map(rows.map((r) => [key(r.organisation_id, r.case_id), r]));
  };
  let found = await select();
  const missing = wanted.filter((p) => !found.has(key(p.organisationId, p.caseId)));
  if (missing.length > 0) {
    // A case of the organisation's own keeps its number (cases written without one, e.g. by bulk loads); what
    // another organisation sent opens a case in the recipient's series.
    const own: Array<{ id: string; organisation_id: string; registry_number: string }> = await m.query(
      `SELECT id, organisation_id, registry_number FROM cases WHERE id = ANY($1::uuid[])`,
      [[...new Set(missing.map((p) => p.caseId))]],
    );
    const ownNumber = new Map(own.map((c) => [key(c.organisation_id, c.id), c.registry_number]));
    const drawn = missing.filter((p) => !ownNumber.has(key(p.organisationId, p.caseId)));
    const numbers = drawn.length > 0 ? await drawCaseNumbers(m, drawn.map((p) => p.organisationId), at, formats) : new Map<string, string>();
    const numberOf = (p: { organisationId: string; caseId: string }) => ownNumber.get(key(p.organisationId, p.caseId)) ?? numbers.get(p.organisationId);
    // A concurrent registration may have opened the same case meanwhile: its row wins, this number stays unused.
    await m.query(
      `INSERT INTO registry_cases (organisation_id, number, case_id, created_at)
       SELECT o, n, c, $4 FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS t(o, n, c)
       ON CONFLICT (organisation_id, case_id) DO NOTHING`,
      [missing.map((p) => p.organisationId), missing.map(numberOf), missing.map((p) => p.caseId), at],
    );
    found = await select();
  }
  return new Map(wanted.map((p) => [key(p.organisationId, p.caseId), found.get(key(p.organisationId, p.caseId))!]));
}

/**
 * Registers documents, each under its case's number in its organisation's registry (bulk: one round to 290
 * recipients is a handful of statements). Registrations whose key is already registered are not repeated.
 */
export async function registerDocuments(m: EntityManager, items: DocumentRegistration[]): Promise<Registered[]> {
  if (items.length === 0) return [];
  const at = items[0].registeredAt;
  const formats = await formatsOf(m, items.map((i) => i.organisationId));
  const cases = await lockRegistryCases(m, items, at, formats);
  const existing: Array<{ organisation_id: string; document_key: string; number: string }> = await m.query(
    `SELECT e.organisation_id, e.document_key, e.number FROM registry_entries e
       JOIN unnest($1::uuid[], $2::text[]) AS t(o, k) ON e.organisation_id = t.o AND e.document_key = t.k`,
    [items.map((i) => i.organisationId), items.map((i) => i.key)],
  );
  const done = new Map(existing.map((e) => [`${e.organisation_id} ${e.document_key}`, e.number]));
  const results: Registered[] = [];
  const rows: Array<{ item: DocumentRegistration; caseRowId: string; number: string; seq: number }> = [];
  const bumped = new Map<string, number>();
  for (const item of items) {
    const previous = done.get(`${item.organisationId} ${item.key}`);
    if (previous !== undefined) {
      results.push({ number: previous, created: false });
      continue;
    }
    const rc = cases.get(`${item.organisationId} ${item.caseId}`)!;
    let number = item.number;
    let seq = 0;
    if (number) {
      const taken: Array<{ registry_case_id: string | null }> = await m.query(`SELECT registry_case_id FROM registry_entries WHERE organisation_id = $1 AND number = $2`, [item.organisationId, number]);
      // The same number again in the same case (a corrected answer sent with the first one's number): the new
      // document gets the case's next number. In another case it is a mistake.
      if (taken.length > 0 && taken[0].registry_case_id === rc.id) number = undefined;
      else if (taken.length > 0) throw new ConflictError('REGISTRY.NUMBER_TAKEN', `Diarienumret ${number} används redan i ert diarium.`, { field: 'theirRegistryNumber' });
    }
    if (!number) {
      seq = (bumped.get(rc.id) ?? rc.last_document) + 1;
      bumped.set(rc.id, seq);
      number = formatDocumentNumber(formats.get(item.organisationId)!.document_number_format, rc.number, seq);
    }
    done.set(`${item.organisationId} ${item.key}`, number);
    rows.push({ item, caseRowId: rc.id, number, seq });
    results.push({ number, created: true });
  }
  if (bumped.size > 0) {
    await m.query(`UPDATE registry_cases r SET last_document = t.n FROM unnest($1::uuid[], $2::int[]) AS t(id, n) WHERE r.id = t.id`, [[...bumped.keys()], [...bumped.values()]]);
  }
  if (rows.length > 0) {
    const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
    await m.query(
      `INSERT INTO registry_entries (organisation_id, number, year, seq, registered_at, direction, counterpart, subject, case_id, document_id, external_number, registry_case_id, document_key)
       SELECT o, n, $3, s, $4, d, cp, sj, c, doc, ext, rc, k
         FROM unnest($1::uuid[], $2::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::uuid[], $11::text[], $12::uuid[], $13::text[])
           AS t(o, n, s, d, cp, sj, c, doc, ext, rc, k)`,
      [
        col((r) => r.item.organisationId),
        col((r) => r.number),
        registryYear(at),
        at,
        col((r) => r.seq),
        col((r) => r.item.direction),
        col((r) => r.item.counterpart),
        col((r) => r.item.subject),
        col((r) => r.item.caseId),
        col((r) => r.item.documentId ?? null),
        col((r) => r.item.externalNumber ?? null),
        col((r) => r.caseRowId),
        col((r) => r.item.key),
      ],
    );
  }
  return results;
}

/** One document (see registerDocuments). */
export async function registerDocument(m: EntityManager, item: DocumentRegistration): Promise<Registered> {
  return (await registerDocuments(m, [item]))[0];
}

/** The number a key was registered under in an organisation's registry, if it was. */
export async function registeredNumber(m: EntityManager, organisationId: string, key: string): Promise<string | null> {
  const rows: Array<{ number: string }> = await m.query(`SELECT number FROM registry_entries WHERE organisation_id = $1 AND document_key = $2`, [organisationId, key]);
  return rows[0]?.number ?? null;
}
