import { formatSwedishDate, type LocalDate } from '@remiss/domain';
import { composeMail, MailContent } from './mail-layout';

export interface DigestOverdue {
  caseTitle: string;
  registryNumber: string;
  organisationName: string;
  deadline: LocalDate;
  url: string;
}

export interface DigestRequest extends DigestOverdue {
  requestedDate: LocalDate;
  reason: string;
}

export interface DailyDigestView {
  date: LocalDate;
  overdue: DigestOverdue[];
  requests: DigestRequest[];
}

/** The secretariat's morning summary: overdue recipients and open extension requests. */
export function dailyDigestMail(v: DailyDigestView): MailContent {
  const overdue = v.overdue.map(
    (o) => `${o.organisationName}: ${o.caseTitle} (${o.registryNumber}), svarsdatum ${formatSwedishDate(o.deadline)} – ${o.url}`,
  );
  const requests = v.requests.map(
    (r) =>
      `${r.organisationName}: ${r.caseTitle} (${r.registryNumber}), begär anstånd till ${formatSwedishDate(r.requestedDate)} (nu ${formatSwedishDate(r.deadline)}). Skäl: ${r.reason} – ${r.url}`,
  );
  return composeMail(`Daglig sammanställning ${formatSwedishDate(v.date)}: ${v.overdue.length} försenade, ${v.requests.length} anståndsbegäranden`, 'Hej!', [
    `Försenade svar (${v.overdue.length}):`,
    overdue.length > 0 ? { list: overdue } : 'Inga.',
    `Öppna begäranden om anstånd (${v.requests.length}):`,
    requests.length > 0 ? { list: requests } : 'Inga.',
  ]);
}
