import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { decodeCursor, Page, toPage } from '../paging/keyset';

export interface RegistryFilter {
  year?: number;
  direction?: 'in' | 'out' | 'internal';
  /** Free text over number (also a former one), counterpart, subject and the counterpart's own number. */
  q?: string;
  caseId?: string;
  limit: number;
  /** nextCursor of the previous page. */
  cursor?: string;
}

export interface RegistryItem {
  id: string;
  /** The day in Swedish time, YYYY-MM-DD. */
  date: string;
  registeredAt: string;
  number: string;
  direction: 'in' | 'out' | 'internal';
  counterpart: string;
  subject: string;
  externalNumber: string | null;
  /** The organisation's own case the entry is registered in (its number heads the entry's), if any. */
  caseNumber: string | null;
  /** The number the entry had before the registry followed case numbers, if it changed. */
  formerNumber: string | null;
  case: { id: string; registryNumber: string; title: string } | null;
  document: { id: string; title: string; filename: string } | null;
}

export type RegistryPage = Page<RegistryItem>;

/** LIKE pattern for a free-text search, with the user's % and _ taken literally. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The actor's organisation's registry (diarium), newest first: keyset on registry_entries_newest_idx. */
@Injectable()
export class ListRegistryQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, filter: RegistryFilter): Promise<RegistryPage> {
    const key = decodeCursor(filter.cursor, ['timestamp', 'int', 'int', 'text']);
    const params: unknown[] = [actor.organisationId];
    const where = ['e.organisation_id = $1'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.year !== undefined) add((p) => `e.year = ${p}`, filter.year);
    if (filter.direction) add((p) => `e.direction = ${p}`, filter.direction);
    if (filter.caseId) add((p) => `e.case_id = ${p}`, filter.caseId);
    if (filter.q) {
      add((p) => `(e.number ILIKE ${p} OR e.former_number ILIKE ${p} OR e.counterpart ILIKE ${p} OR e.subject ILIKE ${p} OR e.external_number ILIKE ${p})`, likePattern(filter.q));
    }
    if (key) {
      params.push(...key);
      const n = params.length;
      where.push(`(e.registered_at, e.year, e.seq, e.number) < ($${n - 3}::timestamptz, $${n - 2}::int, $${n - 1}::int, $${n}::text)`);
    }
    const whereSql = where.join(' AND ');
    params.push(filter.limit + 1);
    const rows: Array<Omit<RegistryItem, 'registeredAt'> & { registeredAt: Date; _key: unknown[] }> = await this.dataSource.query(
      `SELECT e.id, to_char(e.registered_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS date,
              e.registered_at AS "registeredAt", e.number, e.direction, e.counterpart, e.subject, e.external_number AS "externalNumber",
              rc.number AS "caseNumber", e.former_number AS "formerNumber",
              CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'registryNumber', c.registry_number, 'title', c.title) END AS "case",
              CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('id', d.id, 'title', d.title, 'filename', d.filename) END AS document,
              json_build_array(e.registered_at, e.year, e.seq, e.number) AS "_key"
         FROM registry_entries e
         LEFT JOIN cases c ON c.id = e.case_id
         LEFT JOIN registry_cases rc ON rc.id = e.registry_case_id
         LEFT JOIN documents d ON d.id = e.document_id
        WHERE ${whereSql}
        ORDER BY e.registered_at DESC, e.year DESC, e.seq DESC, e.number DESC
        LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, filter.limit, (r) => ({ ...r, registeredAt: new Date(r.registeredAt).toISOString() }));
  }
}

const DIRECTION_LABELS: Record<RegistryItem['direction'], string> = { in: 'Inkommande', out: 'Utgående', internal: 'Intern' };

/** One CSV cell for Swedish Excel: quoted when needed, and a leading =+-@ neutralised (no formula injection). */
function cell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The registry as CSV: UTF-8 with BOM, `;` between fields, CRLF between rows. */
export function registryCsv(items: RegistryItem[]): string {
  const header = ['Datum', 'Diarienummer', 'Riktning', 'Motpart', 'Ärendemening', 'Ärende', 'Ärendets diarienummer', 'Dokument', 'Motpartens nummer'];
  const lines = items.map((i) =>
    [i.date, i.number, DIRECTION_LABELS[i.direction], i.counterpart, i.subject, i.case?.title, i.caseNumber ?? i.case?.registryNumber, i.document?.filename, i.externalNumber]
      .map(cell)
      .join(';'),
  );
  return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}
