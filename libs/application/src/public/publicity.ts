/**
 * What is public (allmän och offentlig handling): the one home of the rule. Every query of the public portal
 * (libs/application/src/public) builds its WHERE clauses from these fragments, so no public read decides on its own.
 *
 * Public:
 * - a case an organisation has sent out: not an internal remiss (a case with parent_recipient_id, whose answers are
 *   working material) and with at least one round sent (a case still being drafted is not public, TF 2 kap. 12 §);
 * - the documents sent out: a round's own document and what the sender attached to the round;
 * - the answers received (every recipient's latest version) and, inside them, the internal answers they were
 *   assembled from (an internal answer is public once attached to an outgoing answer, never before);
 * - the decisions dispatched back (the decision and its extract), never one only registered or prepared;
 * - every registry entry (the diarium).
 * Never: working drafts, preparations, e-mail addresses, user ids or names of users, extension reasons.
 *
 * Secret (OSL): a document or an answer with an open secrecy marking is shown as existing (title, registry
 * number, date) with "Sekretessmarkerad enligt …" instead of its content; a document is secret also when the
 * answer it belongs to is; the content is never served.
 */

/** SQL: case `c` is public. */
export function publicCaseSql(c: string): string {
  return `(${c}.parent_recipient_id IS NULL AND EXISTS (SELECT 1 FROM rounds pr WHERE pr.case_id = ${c}.id))`;
}

/** SQL: answer `a` is public: a received answer in a public case, or an internal answer attached to one. */
export function publicAnswerSql(a: string): string {
  return `(EXISTS (SELECT 1 FROM recipients par JOIN cases pac ON pac.id = par.case_id
                    WHERE par.id = ${a}.recipient_id AND ${publicCaseSql('pac')})
       OR EXISTS (SELECT 1 FROM answers poa
                    JOIN recipients por ON por.id = poa.recipient_id
                    JOIN cases poc ON poc.id = por.case_id
                   WHERE ${a}.id = ANY(poa.inner_answer_ids) AND ${publicCaseSql('poc')}))`;
}

/**
 * SQL: document `d` is a public record (secret or not): sent out with a round of a public case, attached to a
 * public answer, or the extract of a dispatched decision in a public case.
 */
export function publicDocumentSql(d: string): string {
  return `(EXISTS (SELECT 1 FROM rounds pdr JOIN cases pdc ON pdc.id = pdr.case_id
                    WHERE ${publicCaseSql('pdc')}
                      AND (pdr.document_id = ${d}.id
                           OR (pdr.id = ${d}.round_id AND ${d}.answer_id IS NULL AND ${d}.organisation_id = pdc.organisation_id)))
       OR (${d}.answer_id IS NOT NULL AND EXISTS (SELECT 1 FROM answers pda WHERE pda.id = ${d}.answer_id AND ${publicAnswerSql('pda')}))
       OR EXISTS (SELECT 1 FROM decision_dispatches pdd
                    JOIN decisions pdx ON pdx.id = pdd.decision_id
                    JOIN cases pdc2 ON pdc2.id = pdd.case_id
                   WHERE pdx.document_id = ${d}.id AND ${publicCaseSql('pdc2')}))`;
}

/** SQL: the open secrecy marking of a thing as JSON ({extent, legalGround, markedAt}), or NULL. */
export function markingJsonSql(targetId: string): string {
  return `(SELECT json_build_object('extent', sm.extent, 'legalGround', sm.legal_ground, 'markedAt', sm.marked_at)
             FROM secrecy_markings sm WHERE sm.target_id = ${targetId} AND sm.unmarked_at IS NULL)`;
}

/** SQL: the marking that keeps document `d` secret: its own, else that of the answer it belongs to. */
export function documentMarkingJsonSql(d: string): string {
  return `COALESCE(${markingJsonSql(`${d}.id`)}, CASE WHEN ${d}.answer_id IS NULL THEN NULL ELSE ${markingJsonSql(`${d}.answer_id`)} END)`;
}

/** SQL: the open marking that masks registry entry `e` (its document's, or one naming the entry), as JSON with the masked subject. */
export function entryMaskJsonSql(e: string): string {
  return `(SELECT json_build_object('extent', sm.extent, 'legalGround', sm.legal_ground, 'maskedSubject', sm.masked_subject)
             FROM secrecy_markings sm
            WHERE sm.unmarked_at IS NULL
              AND ((${e}.document_id IS NOT NULL AND sm.target_id = ${e}.document_id) OR ${e}.id = ANY(sm.registry_entry_ids))
            ORDER BY sm.marked_at LIMIT 1)`;
}

/** The public columns of a document (no uploader, no content): for `SELECT … FROM documents d`. */
export function publicDocumentColumnsSql(d: string): string {
  return `'id', ${d}.id, 'title', ${d}.title, 'filename', ${d}.filename, 'kind', ${d}.kind, 'mimeType', ${d}.mime_type,
          'sizeBytes', ${d}.size_bytes, 'version', ${d}.version, 'date', to_char(${d}.created_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD'),
          'secrecy', ${documentMarkingJsonSql(d)}`;
}

export interface PublicMarking {
  extent: 'whole' | 'part';
  legalGround: string;
}

/** What the public sees instead of secret content: "Sekretessmarkerad enligt OSL 21 kap. 7 §". */
export function secrecyNotice(marking: PublicMarking): string {
  return marking.extent === 'part' ? `Delvis sekretessmarkerad enligt ${marking.legalGround}` : `Sekretessmarkerad enligt ${marking.legalGround}`;
}

/** The notice inside a sentence: "… är sekretessmarkerad enligt OSL …" (only the first letter lowered). */
export function secrecyNoticeInline(marking: PublicMarking): string {
  const notice = secrecyNotice(marking);
  return notice.charAt(0).toLowerCase() + notice.slice(1);
}

/** A registry entry's subject as the public may read it. */
export function publicSubject(subject: string, mask: (PublicMarking & { maskedSubject: string | null }) | null): string {
  if (!mask) return subject;
  return mask.maskedSubject ? `${mask.maskedSubject} (${secrecyNoticeInline(mask)})` : `${secrecyNotice(mask)}`;
}
