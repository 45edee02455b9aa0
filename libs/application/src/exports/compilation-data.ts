import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { Clock, ForbiddenError, todayInStockholm } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { loadCase } from '../cases/case-access';
import { CaseQueries, MatrixRow } from '../cases/case-queries';
import { CLOCK } from '../core/tokens';
import { DECISION_COLUMNS, DecisionRow, DecisionView, toDecisionView } from '../decisions/decision.types';
import { PartyRow, partyRows } from '../parties/parties.query';

export interface ExtensionLine {
  recipientId: string;
  requestedDate: string;
  previousDeadline: string;
  status: string;
  grantedDate: string | null;
  reason: string;
}

export interface CompilationRound {
  id: string;
  seq: number;
  kind: 'remiss' | 'recommendation';
  subject: string;
  sentAt: Date;
  deadline: string;
  closedAt: Date | null;
  rows: MatrixRow[];
}

export interface CompilationData {
  case: { id: string; title: string; registryNumber: string; state: string; description: string; orderedBy: string };
  /** Loggens kontrollsumma: the head of the case's event-log hash chain when the compilation was read, and its rows. */
  log: { head: string; rows: number };
  organisationName: string;
  generatedOn: string;
  rounds: CompilationRound[];
  extensions: Map<string, ExtensionLine[]>;
  /** Current (not superseded) decisions per recipient, in the order they were taken. */
  decisions: Map<string, DecisionView[]>;
  parties: PartyRow[];
  /** PUBLIC_URL: the base of the links to answer documents. */
  publicUrl: string;
}

/** Everything the compilation for the board needs, read in one pass; only the case organisation sees it. */
@Injectable()
export class CompilationDataQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly queries: CaseQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async load(actor: Actor, caseId: string): Promise<CompilationData> {
    const m = this.dataSource.manager;
    const c = await loadCase(m, actor, caseId, 'read');
    if (actor.role !== 'system' && actor.organisationId !== c.organisation_id) throw new ForbiddenError('Bara ärendets egen organisation ser sammanställningen.');
    const today = todayInStockholm(this.clock.now());
    const [{ name }]: Array<{ name: string }> = await m.query(`SELECT name FROM organisations WHERE id = $1`, [c.organisation_id]);
    const rounds: Array<Omit<CompilationRound, 'rows'>> = await m.query(
      `SELECT id, seq, kind, subject, sent_at AS "sentAt", deadline::text AS deadline, closed_at AS "closedAt" FROM rounds WHERE case_id = $1 ORDER BY seq`,
      [c.id],
    );
    const matrix = await this.queries.matrix(m, c.id, null);
    const extensions: ExtensionLine[] = await m.query(
      `SELECT e.recipient_id AS "recipientId", e.requested_date::text AS "requestedDate", e.previous_deadline::text AS "previousDeadline", e.status,
              e.granted_date::text AS "grantedDate", e.reason
         FROM extension_requests e JOIN recipients r ON r.id = e.recipient_id WHERE r.case_id = $1 ORDER BY e.requested_at`,
      [c.id],
    );
    const decisions: DecisionRow[] = await m.query(
      `SELECT ${DECISION_COLUMNS} FROM decisions d WHERE d.case_id = $1 AND NOT EXISTS (SELECT 1 FROM decisions n WHERE n.supersedes_id = d.id)
        ORDER BY d.meeting_date, d.created_at`,
      [c.id],
    );
    return {
      case: { id: c.id, title: c.title, registryNumber: c.registry_number, state: c.state, description: c.description, orderedBy: c.ordered_by },
      log: { head: c.log_head, rows: c.log_seq },
      organisationName: name,
      generatedOn: today,
      rounds: rounds.map((r) => ({ ...r, rows: matrix.filter((row) => row.roundId === r.id) })),
      extensions: group(extensions, (e) => e.recipientId),
      decisions: group(decisions.map(toDecisionView), (d) => d.recipientId),
      parties: await partyRows(m, c.id, today),
      publicUrl: this.config.publicUrl,
    };
  }
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
