import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, NotFoundError, isUuid, stockholmDay } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { loadCase } from './case-access';
import { documentUrl } from '../mail/recipient-mail-data';
import { AnswerDocument, CaseQueries, MatrixRow } from './case-queries';
import { compilationTotals, CompilationTotals, totalsLines } from './compilation-totals';

export const POSITION_LABELS: Record<string, string> = {
  tillstyrker: 'Tillstyrker',
  avstyrker: 'Avstyrker',
  inga_synpunkter: 'Inga synpunkter',
  synpunkter: 'Synpunkter',
};

export const STATE_LABELS: Record<string, string> = {
  sent: 'Skickad',
  overdue: 'Försenad',
  extensionRequested: 'Begärt anstånd',
  answered: 'Besvarad',
  answeredLate: 'Besvarad sent',
  declined: 'Avstår',
  closed: 'Avslutad',
  withdrawn: 'Återkallad',
  inProgress: 'Under beredning',
  decided: 'Beslutad',
  dispatched: 'Expedierad',
  received: 'Mottagen',
};

const OUTCOME_LABELS: Record<string, string> = {
  answered: 'Besvarad',
  answeredLate: 'Besvarad sent',
  declined: 'Avstår',
  noAnswer: 'Inget svar',
  adopt: 'Beslutad: antar',
  notAdopt: 'Beslutad: antar inte',
  answer: 'Beslutad: yttrande',
  other: 'Beslutad: annat beslut',
};

export function statusLabel(row: Pick<MatrixRow, 'state' | 'outcome'>): string {
  if (row.state === 'closed' && row.outcome) return `${OUTCOME_LABELS[row.outcome] ?? row.outcome} (omgången stängd)`;
  return STATE_LABELS[row.state] ?? row.state;
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text; // no formulas in a spreadsheet
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** An answer's attached documents as "title (link)", joined; the link opens the document in the web UI. */
export function attachmentsText(docs: AnswerDocument[] | undefined, publicUrl: string, separator: string): string {
  return (docs ?? []).map((d) => `${d.title} (${documentUrl(publicUrl, d.id)})`).join(separator);
}

/** The compilation (sammanställning) of one round: who answered what, when, with which extensions. */
@Injectable()
export class CompilationQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async rows(
    actor: Actor,
    caseId: string,
    roundId: string,
  ): Promise<{ round: { id: string; seq: number; kind: 'remiss' | 'recommendation'; subject: string; deadline: string }; rows: Array<MatrixRow & { statusLabel: string }>; totals: CompilationTotals }> {
    const m = this.dataSource.manager;
    const row = await loadCase(m, actor, caseId, 'read');
    if (actor.organisationId !== row.organisation_id) throw new ForbiddenError('Bara ärendets egen organisation ser sammanställningen.');
    const rounds = isUuid(roundId) ? await m.query(`SELECT id, seq, kind, subject, deadline FROM rounds WHERE id = $1 AND case_id = $2`, [roundId, row.id]) : [];
    if (rounds.length === 0) throw new NotFoundError('Omgången', roundId);
    // Each row's status in words, as in the CSV and the DOCX: "Inget svar (omgången stängd)", never just "Avslutad".
    const rows = (await this.queries.matrix(m, row.id, null, roundId)).map((r) => ({ ...r, statusLabel: statusLabel(r) }));
    return { round: rounds[0], rows, totals: compilationTotals(rows, rounds[0].kind) };
  }

  async csv(actor: Actor, caseId: string, roundId: string): Promise<string> {
    const { round, rows, totals } = await this.rows(actor, caseId, roundId);
    const header = ['Remissinstans', 'Status', 'Ställningstagande', 'Besvarad', 'Sista dag', 'Ursprunglig sista dag', 'Anstånd', 'Försenad', 'Deras diarienummer', 'Sammanfattning', 'Bifogade dokument'];
    const lines = rows.map((r) =>
      [
        r.organisationName,
        statusLabel(r),
        r.position ? POSITION_LABELS[r.position] : '',
        stockholmDay(r.answeredAt),
        r.deadline,
        r.originalDeadline,
        r.extensions,
        r.overdue ? 'Ja' : 'Nej',
        r.theirRegistryNumber ?? '',
        r.summary ?? '',
        attachmentsText(r.answerDocuments, this.config.publicUrl, '; '),
      ].map(csvCell).join(';'),
    );
    // The totals below the rows, after an empty line, each in the first column.
    const foot = ['', 'Summering', ...totalsLines(totals, round.kind)].map(csvCell);
    return `\uFEFF${[header.join(';'), ...lines, ...foot].join('\r\n')}\r\n`;
  }
}
