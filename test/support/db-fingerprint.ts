import { DataSource } from 'typeorm';

/** The main tables, and whether they carry an optimistic-lock version. */
const TABLES: Array<[string, boolean]> = [
  ['cases', true],
  ['rounds', false],
  ['recipients', true],
  ['answers', true],
  ['documents', true],
  ['decisions', true],
  ['decision_preparations', false],
  ['decision_dispatches', false],
  ['extension_requests', false],
  ['party_terminations', false],
  ['organisations', false],
  ['users', false],
  ['recipient_groups', false],
  ['recipient_group_members', false],
  ['registry_entries', false],
  ['registry_counters', false],
  ['registry_cases', false],
  ['notifications', false],
  ['event_log', false],
  ['outbox', false],
  ['reminders', false],
  ['mail_log', false],
  ['webhook_subscriptions', false],
  ['webhook_deliveries', false],
];

/**
 * Row counts of the main tables, and the largest and summed versions of the versioned ones (the audit log
 * of refused access, access_denials, is written on purpose by refused requests and left out).
 */
export async function dbFingerprint(ds: DataSource): Promise<string> {
  const sql = TABLES.map(
    ([table, versioned]) =>
      `SELECT '${table}' AS t, count(*)::text AS n, ${versioned ? `coalesce(max(version), 0)::text || '/' || coalesce(sum(version), 0)::text` : `''`} AS v FROM ${table}`,
  ).join(' UNION ALL ');
  const rows: Array<{ t: string; n: string; v: string }> = await ds.query(sql);
  return rows.map((r) => `${r.t}=${r.n}${r.v ? `@${r.v}` : ''}`).join(' ');
}

/** The tables whose figures differ between two fingerprints. */
export function fingerprintDiff(before: string, after: string): string {
  const a = new Set(before.split(' '));
  return after
    .split(' ')
    .filter((part) => !a.has(part))
    .join(' ');
}
