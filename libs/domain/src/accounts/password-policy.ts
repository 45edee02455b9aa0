/**
 * The rules a new password must meet (set from an invitation or a reset), with the reason in
 * Swedish for the field. NIST SP 800-63B's shape: a minimum length, no composition rules, refuse
 * the obviously guessable (one character repeated, the account's own address, common passwords).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Passwords attackers try first; compared case-insensitively, also with digits and symbols taken off the end. */
const COMMON = new Set([
  'password', 'passw0rd', 'lösenord', 'losenord', 'qwerty', 'qwertyuiop', 'asdfghjkl', 'abc123', 'letmein', 'welcome', 'välkommen', 'valkommen',
  'sommar', 'vinter', 'hösten', 'våren', 'stockholm', 'sverige', 'remiss', 'kommun', 'administrator', 'admin', 'iloveyou', 'monkey', 'dragon',
  'sunshine', 'princess', 'football', 'baseball', 'master', 'superman', 'trustno1', 'changeme', 'secret', 'hemligt', '123456789012', '1234567890',
]);

/** Why the password cannot be used, or null when it can. */
export function passwordProblem(password: string, email?: string): string | null {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH) return `måste vara minst ${PASSWORD_MIN_LENGTH} tecken långt`;
  if (chars.length > PASSWORD_MAX_LENGTH) return `får vara högst ${PASSWORD_MAX_LENGTH} tecken långt`;
  if (new Set(chars).size < 4) return 'får inte bestå av samma fåtal tecken om och om igen';
  const lower = password.toLowerCase();
  if (/^(0123456789|1234567890|abcdefghij|qwertyuiop)/.test(lower) && new Set(chars).size <= 12 && /^[a-z0-9]+$/.test(lower)) return 'är för lätt att gissa (en följd av tecken)';
  const stem = lower.replace(/[^\p{L}]+$/u, '').replace(/^[^\p{L}]+/u, '');
  if (COMMON.has(lower) || COMMON.has(stem)) return 'är ett av de vanligaste lösenorden; välj ett annat';
  const local = email?.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'får inte innehålla din e-postadress';
  return null;
}
