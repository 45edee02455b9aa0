import { appealWindowCloses, compareLocalDates, minutesNoticePostedDate, parseDateInput, ValidationError, type LocalDate } from '@remiss/domain';
import { isFinalDecision, type DecisionBody, type DecisionOutcome } from '@remiss/workflows';

export interface DecisionInput {
  bodyKind: DecisionBody;
  /** The body's own name, e.g. "Socialnämnden", "Kommunstyrelsen". */
  bodyName: string;
  meetingDate: string;
  /** "§ 130" */
  paragraph: string;
  outcome: DecisionOutcome;
  text: string;
  /** The date the minutes were approved (justering); or `immediate` for omedelbar justering. */
  justeringDate?: string;
  immediate?: boolean;
  /** When the notice of the approved minutes was posted later than the justering. */
  noticePostedDate?: string;
  /** A committee's or the board's decision under delegation; a council decision is always final. */
  final?: boolean;
  /** The protokollsutdrag (an uploaded document). */
  documentId?: string;
}

export interface DecisionFields {
  bodyKind: DecisionBody;
  bodyName: string;
  meetingDate: LocalDate;
  paragraph: string;
  outcome: DecisionOutcome;
  text: string;
  justeringDate: LocalDate;
  immediate: boolean;
  noticePostedDate: LocalDate;
  appealWindowCloses: LocalDate;
  final: boolean;
  documentId: string | null;
}


/** "130", "§130" and "§ 130" all become "§ 130". */
export function normaliseParagraph(value: string): string {
  const trimmed = value.trim().replace(/^§\s*/, '');
  return `§ ${trimmed}`;
}

/**
 * Validates a decision and derives its dates: the justering (the meeting day for omedelbar
 * justering), the day the notice of the approved minutes was posted, and the last day of the
 * three-week appeal window (laglighetsprövning). Nothing may lie after `today`.
 */
export function decisionFields(input: DecisionInput, today: LocalDate): DecisionFields {
  // Dates of past events: from DATE_LIMITS.earliest up to eventYearsAhead, checked before any date arithmetic.
  const date = (field: string, value: string): LocalDate => parseDateInput(field, value, 'event', today);
  const meetingDate = date('meetingDate', input.meetingDate);
  if (compareLocalDates(meetingDate, today) > 0) throw ValidationError.field('meetingDate', 'kan inte ligga i framtiden');
  if (input.immediate === true && input.justeringDate !== undefined) {
    throw ValidationError.field('justeringDate', 'ange antingen ett justeringsdatum eller omedelbar justering, inte båda');
  }
  if (input.immediate !== true && input.justeringDate === undefined) {
    throw ValidationError.field('justeringDate', 'ange justeringsdatum, eller markera omedelbar justering');
  }
  const justeringDate = input.immediate === true ? meetingDate : date('justeringDate', input.justeringDate!);
  if (compareLocalDates(justeringDate, meetingDate) < 0) throw ValidationError.field('justeringDate', 'kan inte ligga före sammanträdet');
  if (compareLocalDates(justeringDate, today) > 0) throw ValidationError.field('justeringDate', 'kan inte ligga i framtiden');
  let noticePostedDate: LocalDate;
  try {
    noticePostedDate = minutesNoticePostedDate(justeringDate, input.noticePostedDate === undefined ? undefined : date('noticePostedDate', input.noticePostedDate));
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw ValidationError.field('noticePostedDate', 'kan inte ligga före justeringen');
  }
  if (input.bodyKind === 'council' && input.final === false) {
    throw ValidationError.field('final', 'ett beslut i kommunfullmäktige är alltid slutligt');
  }
  return {
    bodyKind: input.bodyKind,
    bodyName: input.bodyName.trim(),
    meetingDate,
    paragraph: normaliseParagraph(input.paragraph),
    outcome: input.outcome,
    text: input.text.trim(),
    justeringDate,
    immediate: input.immediate === true,
    noticePostedDate,
    appealWindowCloses: appealWindowCloses(noticePostedDate),
    final: isFinalDecision(input.bodyKind, input.final === true),
    documentId: input.documentId ?? null,
  };
}
