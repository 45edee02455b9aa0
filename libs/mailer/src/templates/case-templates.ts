import { formatSwedishDate, type LocalDate } from '@remiss/domain';
import { Block, CaseRef, composeMail, MailContent, RoundKind } from './mail-layout';

const expected = (kind: RoundKind) => (kind === 'remiss' ? 'remissvar' : 'beslut');
const noun = (kind: RoundKind) => (kind === 'remiss' ? 'remiss' : 'rekommendation');

export interface RemissSentView {
  caseRef: CaseRef;
  kind: RoundKind;
  organisationName: string;
  subject: string;
  message: string;
  deadline: LocalDate;
}

/** To a recipient organisation when a remiss or recommendation is sent to it. */
export function remissSentMail(v: RemissSentView): MailContent {
  const blocks: Block[] = [
    `Kommunförbundet Stockholms län har skickat en ${noun(v.kind)} till ${v.organisationName}: ${v.subject}.`,
    `Ert ${expected(v.kind)} ska ha kommit in senast ${formatSwedishDate(v.deadline)}.`,
  ];
  if (v.message.trim()) blocks.push(v.message.trim());
  blocks.push('Svarsdatumet finns som kalenderhändelse i den bifogade filen.');
  return composeMail(`${v.kind === 'remiss' ? 'Remiss' : 'Rekommendation'}: ${v.caseRef.title} (${v.caseRef.registryNumber})`, 'Hej!', blocks, v.caseRef);
}

export type ReminderKindView = 'before' | 'deadline' | 'overdue';

export interface ReminderView {
  caseRef: CaseRef;
  kind: RoundKind;
  organisationName: string;
  reminderKind: ReminderKindView;
  deadline: LocalDate;
}

/** Before the deadline, on its morning, and overdue notices after it. */
export function reminderMail(v: ReminderView): MailContent {
  const date = formatSwedishDate(v.deadline);
  const what = expected(v.kind);
  const tag = `${v.caseRef.title} (${v.caseRef.registryNumber})`;
  switch (v.reminderKind) {
    case 'before':
      return composeMail(`Påminnelse: ${what} senast ${date} – ${tag}`, 'Hej!', [
        `Det här är en påminnelse om att ${v.organisationName}s ${what} ska ha kommit in senast ${date}.`,
        'Om ni behöver mer tid kan ni begära anstånd i Remiss.',
      ], v.caseRef);
    case 'deadline':
      return composeMail(`Sista dag i dag: ${what} senast ${date} – ${tag}`, 'Hej!', [
        `I dag, ${date}, är sista dagen för ${v.organisationName}s ${what}.`,
        'Om ni behöver mer tid kan ni begära anstånd i Remiss.',
      ], v.caseRef);
    case 'overdue':
      return composeMail(`Försenat: ${what} skulle ha kommit in senast ${date} – ${tag}`, 'Hej!', [
        `Svarsdatumet har passerat. ${v.organisationName}s ${what} skulle ha kommit in senast ${date} och har ännu inte kommit in.`,
        'Skicka ert svar så snart som möjligt, eller begär anstånd i Remiss.',
      ], v.caseRef);
  }
}

export interface AnswerReceivedView {
  caseRef: CaseRef;
  kind: RoundKind;
  organisationName: string;
  receivedAt: string;
}

/** Receipt to the recipient organisation that its answer has been registered. */
export function answerReceivedMail(v: AnswerReceivedView): MailContent {
  const what = expected(v.kind);
  return composeMail(`Mottagningsbevis: ${what} från ${v.organisationName} – ${v.caseRef.title} (${v.caseRef.registryNumber})`, 'Hej!', [
    `Kommunförbundet Stockholms län har tagit emot ${v.organisationName}s ${what} ${v.receivedAt}.`,
    'Tack för ert svar.',
  ], v.caseRef);
}
