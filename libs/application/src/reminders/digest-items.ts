import type { LocalDate } from '@remiss/domain';
import type { DigestOverdue, DigestRequest } from '@remiss/mailer';
import { EntityManager } from 'typeorm';
import { caseUrl } from '../mail/recipient-mail-data';
import { AWAITING_SQL } from './awaiting-states';

const OPEN = `r.closed_at IS NULL AND c.state <> 'withdrawn'`;
const BASE = `FROM recipients rc JOIN rounds r ON r.id = rc.round_id JOIN cases c ON c.id = rc.case_id
              JOIN organisations o ON o.id = rc.organisation_id`;

/** Organisations owning cases with overdue recipients or pending extension requests on `date` (Stockholm). */
export async function organisationsWithDigest(manager: EntityManager, date: LocalDate): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT DISTINCT c.organisation_id AS id ${BASE}
      WHERE ${OPEN} AND ${AWAITING_SQL}
        AND (rc.deadline < $1::date OR EXISTS (SELECT 1 FROM extension_requests x WHERE x.recipient_id = rc.id AND x.status = 'pending'))
      ORDER BY 1`,
    [date],
  );
  return rows.map((r) => r.id);
}

/** What the digest of one organisation's secretariat lists. */
export async function digestItems(
  manager: EntityManager,
  organisationId: string,
  date: LocalDate,
  publicUrl: string,
): Promise<{ overdue: DigestOverdue[]; requests: DigestRequest[] }> {
  const cols = `c.id AS case_id, c.title, c.registry_number, o.name AS organisation_name, rc.deadline::text AS deadline`;
  const overdue = await manager.query(
    `SELECT ${cols} ${BASE} WHERE c.organisation_id = $1 AND ${OPEN} AND ${AWAITING_SQL} AND rc.deadline < $2::date
      ORDER BY rc.deadline, c.registry_number, o.name`,
    [organisationId, date],
  );
  const requests = await manager.query(
    `SELECT ${cols}, x.requested_date::text AS requested_date, x.reason ${BASE} JOIN extension_requests x ON x.recipient_id = rc.id
      WHERE c.organisation_id = $1 AND ${OPEN} AND x.status = 'pending' ORDER BY x.requested_at`,
    [organisationId],
  );
  const item = (r: Record<string, string>): DigestOverdue => ({
    caseTitle: r.title,
    registryNumber: r.registry_number,
    organisationName: r.organisation_name,
    deadline: r.deadline,
    url: caseUrl(publicUrl, r.case_id),
  });
  return {
    overdue: overdue.map(item),
    requests: requests.map((r: Record<string, string>) => ({ ...item(r), requestedDate: r.requested_date, reason: r.reason })),
  };
}
