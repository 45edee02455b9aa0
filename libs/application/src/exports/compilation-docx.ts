import { stockholmDay } from '@remiss/domain';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { AnswerDocument, MatrixRow } from '../cases/case-queries';
import { POSITION_LABELS, statusLabel } from '../cases/compilation.query';
import { decisionLine, DecisionView, OUTCOME_LABELS } from '../decisions/decision.types';
import { documentUrl } from '../mail/recipient-mail-data';
import { CompilationData, CompilationRound, ExtensionLine } from './compilation-data';
import { compilationTotals, totalsLines } from '../cases/compilation-totals';

export const CASE_STATE_LABELS: Record<string, string> = {
  opened: 'Öppnat',
  drafting: 'Förslag tas fram',
  seminarScheduled: 'Seminarium planerat',
  onRemiss: 'På remiss',
  compiling: 'Remissvaren sammanställs',
  adjusted: 'Justerat förslag',
  readyForRecommendation: 'Klart för rekommendation',
  onRecommendation: 'Rekommendation skickad',
  concluded: 'Avslutat',
  withdrawn: 'Återkallat',
};

const EXTENSION_STATUS: Record<string, string> = { pending: 'begärt', granted: 'beviljat', denied: 'avslaget', withdrawn: 'återtaget' };
const SUMMARY_CHARS = 200;

const day = (value: Date | string | null) => stockholmDay(value) || '–';

function shorten(text: string | null): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_CHARS ? flat : `${flat.slice(0, SUMMARY_CHARS - 1).trimEnd()}…`;
}

function cell(content: string | Paragraph[], bold = false): TableCell {
  if (typeof content !== 'string') return new TableCell({ children: content.length > 0 ? content : [new Paragraph({ text: '–' })] });
  const lines = content.split('\n');
  return new TableCell({ children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })) });
}

/** One paragraph per attached document, its title linked to the document's page in the web UI. */
export function attachmentLinks(docs: AnswerDocument[] | undefined, publicUrl: string): Paragraph[] {
  return (docs ?? []).map(
    (d) =>
      new Paragraph({
        children: [new ExternalHyperlink({ link: documentUrl(publicUrl, d.id), children: [new TextRun({ text: d.title, style: 'Hyperlink' })] })],
      }),
  );
}

function table(header: string[], rows: Array<Array<string | Paragraph[]>>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

export function extensionText(lines: ExtensionLine[] | undefined): string {
  if (!lines || lines.length === 0) return 'Inga';
  return lines
    .map((e) => (e.status === 'granted' ? `Beviljat till ${e.grantedDate} (från ${e.previousDeadline})` : `${e.requestedDate}: ${EXTENSION_STATUS[e.status] ?? e.status}`))
    .join('\n');
}

export function decisionChainText(decisions: DecisionView[] | undefined): string {
  if (!decisions || decisions.length === 0) return 'Inget beslut registrerat';
  return decisions.map((d) => `${decisionLine(d)}: ${OUTCOME_LABELS[d.outcome]}${d.final ? ' (slutligt)' : ''}${d.version > 1 ? ` [rättat, version ${d.version}]` : ''}`).join('\n');
}

function remissTable(round: CompilationRound, data: CompilationData): Table {
  return table(
    ['Remissinstans', 'Status', 'Ställningstagande', 'Sammanfattning av svaret', 'Bifogade dokument', 'Anstånd'],
    round.rows.map((r: MatrixRow) => [
      r.organisationName,
      statusLabel(r),
      r.position ? POSITION_LABELS[r.position] ?? r.position : '–',
      shorten(r.summary) || '–',
      attachmentLinks(r.answerDocuments, data.publicUrl),
      extensionText(data.extensions.get(r.recipientId)),
    ]),
  );
}

function recommendationTable(round: CompilationRound, data: CompilationData): Table {
  const party = new Map(data.parties.map((p) => [p.recipientId, p]));
  return table(
    ['Kommun', 'Status', 'Beslut', 'Anstånd', 'Partsställning'],
    round.rows.map((r: MatrixRow) => [
      r.organisationName,
      statusLabel(r),
      decisionChainText(data.decisions.get(r.recipientId)),
      extensionText(data.extensions.get(r.recipientId)),
      party.get(r.recipientId)?.statusLabel ?? '–',
    ]),
  );
}

function roundSection(round: CompilationRound, data: CompilationData): Array<Paragraph | Table> {
  const what = round.kind === 'remiss' ? 'Remiss' : 'Rekommendation';
  return [
    new Paragraph({ text: `Omgång ${round.seq}: ${what} – ${round.subject}`, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({
      text: `Skickad ${day(round.sentAt)} till ${round.rows.length} mottagare, sista dag ${round.deadline}${round.closedAt ? `, stängd ${day(round.closedAt)}` : ', pågår'}.`,
    }),
    // The totals: answered, late, declined, no answer, by position or outcome.
    ...totalsLines(compilationTotals(round.rows, round.kind), round.kind).map((text) => new Paragraph({ text: `${text}.` })),
    round.kind === 'remiss' ? remissTable(round, data) : recommendationTable(round, data),
  ];
}

function partiesSection(data: CompilationData): Array<Paragraph | Table> {
  if (data.parties.length === 0) return [];
  const count = (s: string) => data.parties.filter((p) => p.status === s).length;
  return [
    new Paragraph({ text: 'Parter i överenskommelsen', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({
      text: `Per ${data.generatedOn}: ${count('party')} parter, ${count('nonParty')} har beslutat att inte anta, ${count('pending')} utan slutligt beslut, ${count('terminating') + count('terminated')} har sagt upp.`,
    }),
    table(
      ['Kommun', 'Status', 'Gäller från', 'Uppsägning', 'Upphör att gälla'],
      data.parties.map((p) => [p.organisationName, p.statusLabel, p.inForceFrom ?? '–', p.terminationNoticeReached ?? '–', p.terminationTakesEffect ?? '–']),
    ),
  ];
}

/** The head of the case's event-log hash chain, so that a reader can check the log later (README: Verifiable log). */
export function logHeadParagraph(log: { head: string; rows: number }): Paragraph {
  return new Paragraph({
    children: [
      new TextRun({ text: 'Loggens kontrollsumma: ', bold: true }),
      new TextRun({ text: log.head, font: 'Courier New' }),
      new TextRun({ text: ` (SHA-256, ärendets händelselogg med ${log.rows} ${log.rows === 1 ? 'händelse' : 'händelser'} när sammanställningen togs fram)` }),
    ],
  });
}

/** The compilation (sammanställning) for the board as a DOCX document. */
export async function compilationDocx(data: CompilationData): Promise<Buffer> {
  const c = data.case;
  const intro: Paragraph[] = [
    new Paragraph({ text: `Sammanställning: ${c.title}`, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: `${data.organisationName}, diarienummer ${c.registryNumber}. Ärendets status: ${CASE_STATE_LABELS[c.state] ?? c.state}. Framtagen ${data.generatedOn}.` }),
  ];
  if (c.orderedBy) intro.push(new Paragraph({ text: `Uppdrag: ${c.orderedBy}` }));
  if (c.description) intro.push(new Paragraph({ text: shorten(c.description) }));
  intro.push(logHeadParagraph(data.log));
  const body = data.rounds.length === 0 ? [new Paragraph({ text: 'Inga omgångar har skickats.' })] : data.rounds.flatMap((r) => roundSection(r, data));
  const document = new Document({
    creator: data.organisationName,
    title: `Sammanställning ${c.registryNumber}`,
    description: c.title,
    sections: [{ children: [...intro, ...body, ...partiesSection(data)] }],
  });
  return Packer.toBuffer(document);
}
