import { EntityManager } from 'typeorm';

/**
 * In-app notifications beside the mails: every mail about a recipient queued in a transaction also notifies the
 * users of the organisation it concerns, in the same transaction (one statement for a whole round's fan-out).
 * Which side hears of what, and which roles there, is this table; the texts are rendered when read.
 */
export const NOTIFIED: Record<string, { side: 'recipient' | 'case'; roles: string[] }> = {
  'remiss-sent': { side: 'recipient', roles: ['officer', 'secretary', 'secretariat'] },
  'recommendation-sent': { side: 'recipient', roles: ['officer', 'secretary', 'secretariat'] },
  'extension-granted': { side: 'recipient', roles: ['officer', 'secretary', 'secretariat'] },
  'extension-denied': { side: 'recipient', roles: ['officer', 'secretary', 'secretariat'] },
  'dispatch-receipt': { side: 'recipient', roles: ['officer', 'secretary', 'secretariat'] },
  reminder: { side: 'recipient', roles: ['officer', 'secretary', 'secretariat'] },
  assigned: { side: 'recipient', roles: [] },
  'answer-received': { side: 'case', roles: ['secretariat', 'admin', 'officer'] },
  'extension-requested': { side: 'case', roles: ['secretariat', 'admin'] },
  'decision-dispatched': { side: 'case', roles: ['secretariat', 'admin'] },
};

export interface NotificationItem {
  /** The mail template (or another kind in NOTIFIED). */
  kind: string;
  recipientId: string;
  /** The mail's job id: a retried write adds nothing. */
  dedupeKey: string;
  /** Only this user (e.g. the officer a remiss was assigned to), instead of the side's roles. */
  userId?: string;
}

/** Notifies in the caller's transaction; kinds without a rule (test mails, digests) notify no one. */
export async function notifyInTransaction(m: EntityManager, items: NotificationItem[]): Promise<void> {
  const known = items.filter((i) => NOTIFIED[i.kind] && i.recipientId);
  if (known.length === 0) return;
  await m.query(
    `INSERT INTO notifications (user_id, kind, case_id, recipient_id, counterpart, case_title, deadline, dedupe_key, created_at)
     SELECT u.id, t.kind, rc.case_id, rc.id, CASE WHEN t.side = 'recipient' THEN so.name ELSE ro.name END, c.title, rc.deadline, t.key, app_now()
       FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[]) AS t(kind, rid, key, side, roles, only_user)
       JOIN recipients rc ON rc.id = t.rid JOIN cases c ON c.id = rc.case_id
       JOIN organisations so ON so.id = c.organisation_id JOIN organisations ro ON ro.id = rc.organisation_id
       JOIN users u ON u.organisation_id = CASE WHEN t.side = 'recipient' THEN rc.organisation_id ELSE c.organisation_id END
                   AND (CASE WHEN t.only_user IS NULL THEN u.role = ANY(string_to_array(t.roles, ',')) ELSE u.id = t.only_user END)
     ON CONFLICT (user_id, dedupe_key) DO NOTHING`,
    [
      known.map((i) => i.kind),
      known.map((i) => i.recipientId),
      known.map((i) => i.dedupeKey),
      known.map((i) => NOTIFIED[i.kind].side),
      known.map((i) => NOTIFIED[i.kind].roles.join(',')),
      known.map((i) => i.userId ?? null),
    ],
  );
}
