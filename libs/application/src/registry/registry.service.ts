import { formatRegistryNumber, todayInStockholm } from '@remiss/domain';
import { EntityManager } from 'typeorm';

export interface RegistryEntryInput {
  organisationId: string;
  direction: 'in' | 'out' | 'internal';
  counterpart: string;
  subject: string;
  caseId?: string | null;
  documentId?: string | null;
  externalNumber?: string | null;
  registeredAt: Date;
  /** Register under an existing number (e.g. the case's own diarienummer) instead of a new one. */
  number?: string;
}

/** The registry year of an instant: the calendar year in Stockholm. */
export function registryYear(at: Date): number {
  return Number(todayInStockholm(at).slice(0, 4));
}

/** The next number in the organisation's series for the year; never reused (the counter only grows). */
export async function nextRegistryNumber(manager: EntityManager, organisationId: string, year: number): Promise<{ number: string; seq: number }> {
  const rows: Array<{ last_seq: number; registry_prefix: string }> = await manager.query(
    `WITH c AS (
       INSERT INTO registry_counters (organisation_id, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (organisation_id, year) DO UPDATE SET last_seq = registry_counters.last_seq + 1
       RETURNING last_seq)
     SELECT c.last_seq, o.registry_prefix FROM c, organisations o WHERE o.id = $1`,
    [organisationId, year],
  );
  return { number: formatRegistryNumber(rows[0].registry_prefix, year, rows[0].last_seq), seq: rows[0].last_seq };
}

/** Registers a document or event in an organisation's registry (diarium). */
export async function register(manager: EntityManager, input: RegistryEntryInput): Promise<string> {
  const year = registryYear(input.registeredAt);
  let number = input.number;
  let seq = 0;
  if (!number) ({ number, seq } = await nextRegistryNumber(manager, input.organisationId, year));
  else {
    const existing: unknown[] = await manager.query(`SELECT 1 FROM registry_entries WHERE organisation_id = $1 AND number = $2`, [
      input.organisationId,
      number,
    ]);
    // A case number is reused for the documents of the case: suffix a running document number.
    if (existing.length > 0) {
      const [{ n }] = await manager.query(
        `SELECT count(*)::int AS n FROM registry_entries WHERE organisation_id = $1 AND (number = $2 OR number LIKE $3)`,
        [input.organisationId, number, `${number}-%`],
      );
      number = `${number}-${n + 1}`;
    }
  }
  await manager.query(
    `INSERT INTO registry_entries (organisation_id, number, year, seq, registered_at, direction, counterpart, subject, case_id, document_id, external_number)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [input.organisationId, number, year, seq, input.registeredAt, input.direction, input.counterpart, input.subject, input.caseId ?? null, input.documentId ?? null, input.externalNumber ?? null],
  );
  return number;
}
