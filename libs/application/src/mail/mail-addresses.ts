import { EntityManager } from 'typeorm';

/** Active people only (never deactivated or system accounts). A recipient organisation is reached at its registry address and by its officers and committee secretaries. */
export async function recipientOrganisationAddresses(manager: EntityManager, organisationId: string): Promise<string[]> {
  const rows: Array<{ email: string }> = await manager.query(
    `SELECT registry_email AS email FROM organisations WHERE id = $1
     UNION SELECT email FROM users WHERE organisation_id = $1 AND role IN ('officer', 'secretary') AND deactivated_at IS NULL AND kind = 'person'`,
    [organisationId],
  );
  return [...new Set(rows.map((r) => r.email.toLowerCase()))].sort();
}

/** The secretariat (kansliet) of an organisation; its registry address when it has no secretariat users. */
export async function secretariatAddresses(manager: EntityManager, organisationId: string): Promise<string[]> {
  const rows: Array<{ email: string }> = await manager.query(
    `SELECT email FROM users WHERE organisation_id = $1 AND role = 'secretariat' AND deactivated_at IS NULL AND kind = 'person' ORDER BY email`,
    [organisationId],
  );
  if (rows.length > 0) return rows.map((r) => r.email);
  const org: Array<{ email: string }> = await manager.query(`SELECT registry_email AS email FROM organisations WHERE id = $1`, [organisationId]);
  return org.map((r) => r.email);
}
