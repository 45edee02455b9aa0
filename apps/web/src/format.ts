/** Swedish dates in Stockholm time: "19 december 2013", "19 december 2013 kl. 14:05". */
const TZ = 'Europe/Stockholm';
const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TZ });
const timeFormat = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: TZ });

/** A calendar date (ÅÅÅÅ-MM-DD) as written in Swedish; the date is never shifted by time zones. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.slice(0, 10));
  if (!match || value.length > 10) return formatInstantDate(value);
  return dateFormat.format(new Date(Date.UTC(+match[1], +match[2] - 1, +match[3], 12)));
}

function formatInstantDate(value: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : dateFormat.format(d);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : `${dateFormat.format(d)} kl. ${timeFormat.format(d)}`;
}

export function daysLeftText(days: number): string {
  if (days === 0) return 'sista dagen i dag';
  if (days < 0) return `${-days} ${days === -1 ? 'dag' : 'dagar'} försenad`;
  return `${days} ${days === 1 ? 'dag' : 'dagar'} kvar`;
}
