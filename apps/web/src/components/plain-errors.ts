import type { FieldIssue } from '../api/client';

/**
 * API reasons in plain Swedish for a field: zod's generic words ("förväntat string, fick undefined"), lists of codes
 * ("måste vara ett av tillstyrker, …, inga_synpunkter") and codes in parentheses never reach the user.
 */
export function plainReason(reason: string): string {
  if (/fick undefined|fick null|required|obligatorisk|saknas$/i.test(reason)) return 'måste fyllas i';
  if (/^måste vara ett av /.test(reason)) return 'välj ett av alternativen';
  if (/true eller false/.test(reason)) return 'välj ja eller nej';
  if (/UUID|giltigt id/i.test(reason)) return 'välj ett alternativ i listan';
  if (/^förväntat |^expected /i.test(reason)) return 'har fel form';
  // "(immediate: true)", "(DEADLINE.X)": codes for integrators, not for people.
  return reason.replace(/\s*\((?:[A-Za-z]+: [^)]*|[A-Z][A-Z_.]+)\)/g, '').trim();
}

/** Codes such as START_DRAFTING or "onRemiss" in a message: then a plain sentence instead. */
export function plainMessage(message: string): string {
  if (/\b[A-Z]{2,}(?:_[A-Z]+)+\b|"[a-z]+[A-Z][A-Za-z]*"/.test(message)) return 'Det går inte att göra det här steget just nu. Ladda om sidan och se vad ärendet står i.';
  return message;
}

/** A date typed as ÅÅÅÅ-MM-DD that exists in the calendar. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

type Check = [field: string, ok: boolean, reason: string];

/** The failed checks of a form, all at once: `[field, ok, reason]` rows. */
export function issuesOf(checks: Check[]): FieldIssue[] {
  return checks.filter(([, ok]) => !ok).map(([field, , reason]) => ({ field, reason }));
}

/** A required date: empty, badly written or not in the calendar, said the same way everywhere. */
export function dateCheck(field: string, value: string, required = true): Check[] {
  if (!value.trim()) return required ? [[field, false, 'skriv ett datum, t.ex. 2013-05-02']] : [];
  return [[field, isIsoDate(value.trim()), 'skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2013-05-02']];
}
