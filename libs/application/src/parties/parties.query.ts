import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, compareLocalDates, todayInStockholm, type LocalDate, stockholmDay } from '@remiss/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { loadCase } from '../cases/case-access';
import { CLOCK } from '../core/tokens';

export type PartyStatus = 'party' | 'nonParty' | 'pending' | 'terminating' | 'terminated';

export const PARTY_STATUS_LABELS: Record<PartyStatus, string> = {
  party: 'Part',
  nonParty: 'Inte part',
  pending: 'Inget slutligt beslut',
  terminating: 'Uppsagd, upphör att gälla',
  terminated: 'Uppsagd, upphört',
};

export interface PartyRow {
  organisationId: string;
  organisationName: string;
  recipientId: string | null;
  recipientState: string;
  status: PartyStatus;
  statusLabel: string;
  decision: { id: string | null; bodyName: string; bodyKind: string; meetingDate: string; paragraph: string; outcome: string; version: number } | null;
  /** § 10-11: the agreement applies to a party from its adopting decision. */
  inForceFrom: string | null;
  terminationNoticeReached: string | null;
  /** § 9: nine months after the notice reached the other parties. */
  terminationTakesEffect: string | null;
  dispatchedAt: string | null;
  receivedAt: string | null;
}

export interface PartiesRegister {
  caseId: string;
  registryNumber: string;
  title: string;
  asOf: LocalDate;
  counts: Record<PartyStatus, number>;
  parties: PartyRow[];
}

interface Raw {
  organisation_id: string;
  organisation_name: string;
  recipient_id: string;
  recipient_state: string;
  decision_id: string | null;
  body_name: string | null;
  body_kind: string | null;
  meeting_date: string | null;
  paragraph: string | null;
  outcome: string | null;
  version: number | null;
  notice_reached_date: string | null;
  takes_effect: string | null;
  dispatched_at: Date | null;
  received_at: Date | null;
}

/** The register of parties, computed against the clock (a terminating party becomes terminated on its date). */
export function partyStatus(r: Pick<Raw, 'outcome' | 'takes_effect'>, today: LocalDate): PartyStatus {
  if (r.takes_effect) return compareLocalDates(today, r.takes_effect) >= 0 ? 'terminated' : 'terminating';
  if (r.outcome === 'adopt') return 'party';
  if (r.outcome) return 'nonParty';
  return 'pending';
}

@Injectable()
export class PartiesQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(actor: Actor, caseId: string): Promise<PartiesRegister> {
    const m = this.dataSource.manager;
    const c = await loadCase(m, actor, caseId, 'read');
    const today = todayInStockholm(this.clock.now());
    // Another organisation's recipient and decision ids are the case owner's business: a recipient sees them for its own row only.
    const owner = actor.role === 'system' || actor.organisationId === c.organisation_id;
    const parties = (await partyRows(m, c.id, today)).map((p) =>
      owner || p.organisationId === actor.organisationId ? p : { ...p, recipientId: null, decision: p.decision && { ...p.decision, id: null } },
    );
    const counts = { party: 0, nonParty: 0, pending: 0, terminating: 0, terminated: 0 };
    parties.forEach((p) => counts[p.status]++);
    return { caseId: c.id, registryNumber: c.registry_number, title: c.title, asOf: today, counts, parties };
  }

  async csv(actor: Actor, caseId: string): Promise<string> {
    const reg = await this.register(actor, caseId);
    const header = ['Kommun', 'Status', 'Beslutande organ', 'Beslutsdatum', 'Paragraf', 'Gäller från', 'Uppsägning kom fram', 'Upphör att gälla', 'Expedierat', 'Mottaget'];
    const day = (d: string | null) => stockholmDay(d);
    const lines = reg.parties.map((p) =>
      [p.organisationName, p.statusLabel, p.decision?.bodyName, p.decision?.meetingDate, p.decision?.paragraph, p.inForceFrom, p.terminationNoticeReached, p.terminationTakesEffect, day(p.dispatchedAt), day(p.receivedAt)]
        .map(csvCell)
        .join(';'),
    );
    return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
  }
}

/** One row per organisation that received a recommendation on the case (its latest recommendation round). */
export async function partyRows(m: EntityManager, caseId: string, today: LocalDate): Promise<PartyRow[]> {
  const rows: Raw[] = await m.query(
    `SELECT DISTINCT ON (rc.organisation_id) rc.organisation_id, o.name AS organisation_name, rc.id AS recipient_id, rc.state AS recipient_state,
            d.id AS decision_id, d.body_name, d.body_kind, d.meeting_date::text AS meeting_date, d.paragraph, d.outcome, d.version,
            t.notice_reached_date::text AS notice_reached_date, t.takes_effect::text AS takes_effect, x.dispatched_at, x.received_at
       FROM recipients rc JOIN rounds r ON r.id = rc.round_id AND r.kind = 'recommendation' JOIN organisations o ON o.id = rc.organisation_id
       LEFT JOIN LATERAL (SELECT * FROM decisions d WHERE d.recipient_id = rc.id AND d.final
                           AND NOT EXISTS (SELECT 1 FROM decisions n WHERE n.supersedes_id = d.id) ORDER BY d.created_at DESC LIMIT 1) d ON true
       LEFT JOIN party_terminations t ON t.case_id = rc.case_id AND t.organisation_id = rc.organisation_id
       LEFT JOIN decision_dispatches x ON x.recipient_id = rc.id
      WHERE rc.case_id = $1
      ORDER BY rc.organisation_id, r.seq DESC`,
    [caseId],
  );
  return rows
    .map((r): PartyRow => {
      const status = partyStatus(r, today);
      return {
        organisationId: r.organisation_id,
        organisationName: r.organisation_name,
        recipientId: r.recipient_id,
        recipientState: r.recipient_state,
        status,
        statusLabel: status === 'terminating' ? `${PARTY_STATUS_LABELS.terminating} ${r.takes_effect}` : PARTY_STATUS_LABELS[status],
        decision: r.decision_id
          ? { id: r.decision_id, bodyName: r.body_name!, bodyKind: r.body_kind!, meetingDate: r.meeting_date!, paragraph: r.paragraph!, outcome: r.outcome!, version: r.version! }
          : null,
        inForceFrom: r.outcome === 'adopt' ? r.meeting_date : null,
        terminationNoticeReached: r.notice_reached_date,
        terminationTakesEffect: r.takes_effect,
        dispatchedAt: r.dispatched_at ? new Date(r.dispatched_at).toISOString() : null,
        receivedAt: r.received_at ? new Date(r.received_at).toISOString() : null,
      };
    })
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'sv'));
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
