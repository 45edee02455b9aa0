import { formatSwedishDate, formatSwedishDateShort, type LocalDate } from '@remiss/domain';
import { CaseRef, composeMail, MailContent } from './mail-layout';

export interface ExtensionRequestedView {
  caseRef: CaseRef;
  organisationName: string;
  currentDeadline: LocalDate;
  requestedDate: LocalDate;
  reason: string;
}

/** To the secretariat: a recipient asks for more time. */
export function extensionRequestedMail(v: ExtensionRequestedView): MailContent {
  return composeMail(`Begäran om anstånd från ${v.organisationName} – ${v.caseRef.title} (${v.caseRef.registryNumber})`, 'Hej!', [
    `${v.organisationName} begär anstånd till den ${formatSwedishDateShort(v.requestedDate)} (nuvarande svarsdatum ${formatSwedishDate(v.currentDeadline)}).`,
    `Skäl: ${v.reason}`,
    'Bevilja eller avslå begäran i Remiss.',
  ], v.caseRef);
}

export interface ExtensionGrantedView {
  caseRef: CaseRef;
  organisationName: string;
  previousDeadline: LocalDate;
  newDeadline: LocalDate;
  comment: string | null;
}

/** Confirmation to the recipient: "Anstånd beviljat till den 19 december 2013". */
export function extensionGrantedMail(v: ExtensionGrantedView): MailContent {
  const granted = `Anstånd beviljat till den ${formatSwedishDateShort(v.newDeadline)}`;
  const blocks = [
    `${granted}.`,
    `${v.organisationName}s nya svarsdatum är ${formatSwedishDate(v.newDeadline)} (tidigare ${formatSwedishDate(v.previousDeadline)}).`,
  ];
  if (v.comment?.trim()) blocks.push(`Kommentar: ${v.comment.trim()}`);
  blocks.push('Kalenderhändelsen i den bifogade filen ersätter den tidigare.');
  return composeMail(`${granted} – ${v.caseRef.title} (${v.caseRef.registryNumber})`, 'Hej!', blocks, v.caseRef);
}

export interface ExtensionDeniedView {
  caseRef: CaseRef;
  organisationName: string;
  requestedDate: LocalDate;
  deadline: LocalDate;
  reason: string;
}

/** Refusal to the recipient, with the secretariat's reason. */
export function extensionDeniedMail(v: ExtensionDeniedView): MailContent {
  return composeMail(`Anstånd avslaget – ${v.caseRef.title} (${v.caseRef.registryNumber})`, 'Hej!', [
    `${v.organisationName}s begäran om anstånd till den ${formatSwedishDateShort(v.requestedDate)} har avslagits.`,
    `Skäl: ${v.reason}`,
    `Svarsdatumet är fortfarande ${formatSwedishDate(v.deadline)}.`,
  ], v.caseRef);
}
