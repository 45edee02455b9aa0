import { stateLabel } from '@remiss/workflows';
import { catalogueEntry } from './event-catalogue';

/** An event as CloudEvents 1.0 (JSON format): the feed's items and the body of every webhook delivery. */
export interface CloudEvent {
  specversion: '1.0';
  /** The event log row's id: stable, unique, the same in the feed, in every delivery and every retry. */
  id: string;
  /** The case the event belongs to, `/cases/<id>`. */
  source: string;
  type: string;
  /** `recipients/<id>` for a recipient's event, `cases/<id>` for the case's own. */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: EventData;
}

export interface EventData {
  /** What happened, in Swedish. */
  label: string;
  case: { id: string; registryNumber: string; title: string };
  recipient: { id: string; organisationId: string; organisationName: string; roundId: string; roundKind: string } | null;
  round: { id: string; kind: string; seq: number; subject: string; deadline: string } | null;
  state: { code: string; label: string } | null;
  previousState: { code: string; label: string } | null;
  actor: { name: string; organisation: string | null };
  details: Record<string, unknown>;
}

/** One visible event log row with what the feed joins to it (see feedSql). */
export interface FeedRow {
  id: string;
  tx: string;
  at: string;
  event: string;
  payload: Record<string, unknown> | null;
  stateBefore: string | null;
  stateAfter: string | null;
  caseId: string;
  registryNumber: string;
  caseTitle: string;
  /** The viewing organisation owns the case (sees its whole history). */
  owner: boolean;
  recipientId: string | null;
  recipientOrganisationId: string | null;
  recipientOrganisationName: string | null;
  recipientRoundId: string | null;
  recipientRoundKind: string | null;
  actorName: string | null;
  actorOrganisation: string | null;
  round: { id: string; kind: string; seq: number; subject: string; deadline: string } | null;
  ownRecipientIds: string[];
}

function machineOf(row: FeedRow): 'consultation' | 'remissRecipient' | 'decisionRecipient' {
  if (!row.recipientId) return 'consultation';
  return row.recipientRoundKind === 'recommendation' ? 'decisionRecipient' : 'remissRecipient';
}

/**
 * The event as the viewing organisation may see it. The case's organisation sees every payload; a recipient
 * organisation sees its own recipient's events whole, and of the case's own events only the rounds sent to it,
 * naming only its own recipients (never the other recipients, never the case's working history).
 */
export function toCloudEvent(row: FeedRow): CloudEvent {
  const entry = catalogueEntry(row.event);
  const machine = machineOf(row);
  const payload = (row.payload ?? {}) as Record<string, unknown>;
  const details = row.owner || row.recipientId ? payload : { roundId: payload.roundId ?? null, kind: payload.kind ?? null, recipientIds: row.ownRecipientIds };
  const state = (code: string | null) => (code ? { code, label: stateLabel(machine, code) } : null);
  return {
    specversion: '1.0',
    id: row.id,
    source: `/cases/${row.caseId}`,
    type: entry.type,
    subject: row.recipientId ? `recipients/${row.recipientId}` : `cases/${row.caseId}`,
    time: new Date(row.at).toISOString(),
    datacontenttype: 'application/json',
    data: {
      label: entry.label,
      case: { id: row.caseId, registryNumber: row.registryNumber, title: row.caseTitle },
      recipient: row.recipientId
        ? { id: row.recipientId, organisationId: row.recipientOrganisationId ?? '', organisationName: row.recipientOrganisationName ?? '', roundId: row.recipientRoundId ?? '', roundKind: row.recipientRoundKind ?? '' }
        : null,
      round: row.event === 'ROUND_SENT' ? row.round : null,
      state: state(row.stateAfter),
      previousState: state(row.stateBefore),
      actor: { name: row.actorName ?? 'Systemet', organisation: row.actorOrganisation },
      details,
    },
  };
}
