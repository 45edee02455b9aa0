import type { MatrixRow } from './case-queries';

/** What one round's compilation adds up to: answered, late, declined, no answer, by position (remiss) or outcome (recommendation). */
export interface CompilationTotals {
  recipients: number;
  /** Answered (remiss) or decided (recommendation), on time or late. */
  answered: number;
  /** Of those, after the deadline in force. */
  late: number;
  declined: number;
  /** No answer (yet, or the round closed without one). */
  noAnswer: number;
  /** Of those, past the deadline while still awaited. */
  overdue: number;
  /** Recipients with at least one granted extension. */
  extensions: number;
  /** Answers by position (tillstyrker, avstyrker, inga_synpunkter, synpunkter). */
  byPosition: Record<string, number>;
  /** Final decisions by outcome (adopt, notAdopt, answer, other). */
  byOutcome: Record<string, number>;
}

type Row = Pick<MatrixRow, 'state' | 'outcome' | 'overdue' | 'extensions' | 'position' | 'deadline' | 'decision'>;

const ANSWERED = ['answered', 'answeredLate'];
const DECIDED = ['decided', 'dispatched', 'received'];
export const POSITIONS = ['tillstyrker', 'avstyrker', 'inga_synpunkter', 'synpunkter'] as const;
export const OUTCOMES = ['adopt', 'notAdopt', 'answer', 'other'] as const;

/** The round's end for a row: its own state, or what the machine recorded when the round closed. */
function result(row: Row): string {
  return row.state === 'closed' && row.outcome ? row.outcome : row.state;
}

/** The totals of one round's rows (pure; the compilation page, its CSV and the DOCX all use it). */
export function compilationTotals(rows: Row[], kind: 'remiss' | 'recommendation'): CompilationTotals {
  const totals: CompilationTotals = {
    recipients: rows.length, answered: 0, late: 0, declined: 0, noAnswer: 0, overdue: 0, extensions: 0,
    byPosition: Object.fromEntries(POSITIONS.map((p) => [p, 0])),
    byOutcome: Object.fromEntries(OUTCOMES.map((o) => [o, 0])),
  };
  for (const row of rows) {
    if (row.extensions > 0) totals.extensions += 1;
    const r = result(row);
    if (kind === 'remiss') {
      if (ANSWERED.includes(r)) {
        totals.answered += 1;
        if (r === 'answeredLate') totals.late += 1;
        if (row.position && row.position in totals.byPosition) totals.byPosition[row.position] += 1;
      } else if (r === 'declined') totals.declined += 1;
      else {
        totals.noAnswer += 1;
        if (row.overdue) totals.overdue += 1;
      }
    } else if (row.decision && (DECIDED.includes(row.state) || row.state === 'closed')) {
      totals.answered += 1;
      if (row.decision.meetingDate > row.deadline) totals.late += 1;
      totals.byOutcome[row.decision.outcome] = (totals.byOutcome[row.decision.outcome] ?? 0) + 1;
    } else if (r === 'declined') totals.declined += 1;
    else {
      totals.noAnswer += 1;
      if (row.overdue) totals.overdue += 1;
    }
  }
  return totals;
}

const POSITION_WORDS: Record<string, string> = { tillstyrker: 'tillstyrker', avstyrker: 'avstyrker', inga_synpunkter: 'inga synpunkter', synpunkter: 'synpunkter' };
const OUTCOME_WORDS: Record<string, string> = { adopt: 'antar', notAdopt: 'antar inte', answer: 'yttrande', other: 'annat beslut' };

/** The totals in plain Swedish lines, for the CSV's foot and the DOCX. */
export function totalsLines(t: CompilationTotals, kind: 'remiss' | 'recommendation'): string[] {
  const verb = kind === 'remiss' ? 'svarat' : 'beslutat';
  const split = kind === 'remiss' ? t.byPosition : t.byOutcome;
  const words = kind === 'remiss' ? POSITION_WORDS : OUTCOME_WORDS;
  return [
    `${t.answered} av ${t.recipients} har ${verb}, varav ${t.late} efter sista dag`,
    `${t.declined} avstår, ${t.noAnswer} utan svar (varav ${t.overdue} försenade), ${t.extensions} med anstånd`,
    `${kind === 'remiss' ? 'Ställningstaganden' : 'Beslut'}: ${Object.entries(split).map(([k, n]) => `${words[k] ?? k} ${n}`).join(', ')}`,
  ];
}
