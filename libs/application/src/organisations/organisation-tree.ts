import { EntityManager } from 'typeorm';

/** Whether `organisationId` is `ancestorId` or lies beneath it (a committee of a municipality). */
export async function isWithin(m: EntityManager, organisationId: string, ancestorId: string): Promise<boolean> {
  const rows: unknown[] = await m.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, 0 AS depth FROM organisations WHERE id = $1
       UNION ALL SELECT o.id, o.parent_id, up.depth + 1 FROM organisations o JOIN up ON o.id = up.parent_id WHERE up.depth < 20)
     SELECT 1 FROM up WHERE id = $2`,
    [organisationId, ancestorId],
  );
  return rows.length > 0;
}
