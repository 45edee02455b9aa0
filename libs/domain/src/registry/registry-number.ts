/**
 * Registry numbers (diarienummer) in Swedish practice: a case (ärende) has a number in its organisation's series,
 * and every document registered in the case gets the case number and a running document number. Ekerö's
 * `KS13/250-133` is document 133 in case KS13/250; KSL's remiss, each answer and each incoming decision in case
 * KSL/12/0053 become KSL/12/0053-1, -2, … Each organisation has one format for its case numbers and one for
 * their documents:
 *
 * - case format: literal text with `{yy}` (two-digit year) or `{yyyy}`, and one sequence token `{n}` (as many
 *   digits as needed) or `{nn…n}` (zero-padded to that many digits, never cut): `KSL/{yy}/{nnnn}`, `KS{yy}/{n}`;
 * - document format: `{case}` and one sequence token: `{case}-{n}` (the default), `{case}:{nnn}`.
 *
 * A case series with a year token restarts every year; one without runs on (its counter's year is 0).
 */

export const DEFAULT_DOCUMENT_NUMBER_FORMAT = '{case}-{n}';

/** The case format an organisation gets unless it says otherwise: its prefix, two-digit year, four-digit sequence. */
export function defaultCaseNumberFormat(prefix: string): string {
  return `${prefix}/{yy}/{nnnn}`;
}

type Token = { kind: 'literal'; text: string } | { kind: 'year'; digits: 2 | 4 } | { kind: 'seq'; width: number } | { kind: 'case' };

const TOKEN = /\{([a-z]+)\}/g;
/** Characters allowed as literal text of a format (and so in numbers): letters, digits, space and / . : - _ */
const LITERAL = /^[\p{L}\d /.:_-]*$/u;
const MAX_FORMAT_LENGTH = 40;

/** Why a format is not usable, in plain Swedish; null when it is. */
function tokenize(format: string, kind: 'case' | 'document'): { tokens: Token[] } | { error: string } {
  if (format.length === 0) return { error: 'får inte vara tomt' };
  if (format.length > MAX_FORMAT_LENGTH) return { error: `får vara högst ${MAX_FORMAT_LENGTH} tecken` };
  const tokens: Token[] = [];
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    const literal = format.slice(last, match.index);
    if (literal) tokens.push({ kind: 'literal', text: literal });
    const name = match[1];
    if (name === 'yy' || name === 'yyyy') tokens.push({ kind: 'year', digits: name === 'yy' ? 2 : 4 });
    else if (/^n+$/.test(name) && name.length <= 8) tokens.push({ kind: 'seq', width: name === 'n' ? 1 : name.length });
    else if (name === 'case') tokens.push({ kind: 'case' });
    else return { error: `känner inte igen {${name}}; använd {yy}, {yyyy}, {n} eller {nnnn}${kind === 'document' ? ' och {case}' : ''}` };
    last = match.index + match[0].length;
  }
  const tail = format.slice(last);
  if (tail) tokens.push({ kind: 'literal', text: tail });
  for (const t of tokens) {
    if (t.kind === 'literal' && !LITERAL.test(t.text)) return { error: 'får bara innehålla bokstäver, siffror, mellanslag och / . : - _ utöver {…}' };
  }
  const count = (k: Token['kind']) => tokens.filter((t) => t.kind === k).length;
  if (count('seq') !== 1) return { error: 'måste ha precis ett löpnummer, {n} eller {nnnn}' };
  if (count('year') > 1) return { error: 'får ha högst ett årtal, {yy} eller {yyyy}' };
  if (kind === 'case' && count('case') > 0) return { error: '{case} hör till handlingarnas format, inte ärendenas' };
  if (kind === 'document' && count('case') !== 1) return { error: 'måste ha {case} (ärendets nummer) en gång' };
  if (kind === 'document' && count('year') > 0) return { error: 'årtalet kommer från ärendets nummer; använd {case} och {n}' };
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1].kind;
    const b = tokens[i].kind;
    // Two numbers side by side could not be told apart again (KS{yy}{n}: is KS131 year 13 number 1?).
    if ((a === 'year' || a === 'seq' || a === 'case') && (b === 'year' || b === 'seq')) return { error: 'två tal i följd måste skiljas åt av ett tecken, t.ex. KS{yy}/{n}' };
  }
  return { tokens };
}

/** Why a case-number format is unusable (Swedish, for a field error), or null. */
export function caseNumberFormatError(format: string): string | null {
  const r = tokenize(format, 'case');
  return 'error' in r ? r.error : null;
}

/** Why a document-number format is unusable (Swedish, for a field error), or null. */
export function documentNumberFormatError(format: string): string | null {
  const r = tokenize(format, 'document');
  return 'error' in r ? r.error : null;
}

function tokensOf(format: string, kind: 'case' | 'document'): Token[] {
  const r = tokenize(format, kind);
  if ('error' in r) throw new RangeError(`Ogiltigt nummerformat "${format}": ${r.error}`);
  return r.tokens;
}

function seqText(seq: number, width: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`Löpnumret måste vara ett positivt heltal, fick ${seq}`);
  return String(seq).padStart(width, '0');
}

/** Whether a case series restarts each year (its format has a year). */
export function caseSeriesIsYearly(format: string): boolean {
  return tokensOf(format, 'case').some((t) => t.kind === 'year');
}

/** The counter key of a case series for a registration year: the year, or 0 for a series that never restarts. */
export function caseSeriesYear(format: string, year: number): number {
  return caseSeriesIsYearly(format) ? year : 0;
}

/** A case number: `formatCaseNumber('KSL/{yy}/{nnnn}', 2012, 53)` is `KSL/12/0053`. */
export function formatCaseNumber(format: string, year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Året måste ha fyra siffror, fick ${year}`);
  return tokensOf(format, 'case')
    .map((t) => {
      if (t.kind === 'literal') return t.text;
      if (t.kind === 'year') return t.digits === 4 ? String(year) : String(year % 100).padStart(2, '0');
      if (t.kind === 'seq') return seqText(seq, t.width);
      return '';
    })
    .join('');
}

/** A document number: `formatDocumentNumber('{case}-{n}', 'KS13/250', 133)` is `KS13/250-133`. */
export function formatDocumentNumber(format: string, caseNumber: string, seq: number): string {
  return tokensOf(format, 'document')
    .map((t) => (t.kind === 'literal' ? t.text : t.kind === 'case' ? caseNumber : t.kind === 'seq' ? seqText(seq, t.width) : ''))
    .join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Reads a case number back in its format: `parseCaseNumber('KSL/{yy}/{nnnn}', 'KSL/12/0053')` is
 * `{ year: 2012, seq: 53 }` (a two-digit year is 20yy); null when the number is not of the series.
 */
export function parseCaseNumber(format: string, number: string): { year: number | null; seq: number } | null {
  const tokens = tokensOf(format, 'case');
  const source = tokens
    .map((t) => (t.kind === 'literal' ? escapeRegExp(t.text) : t.kind === 'year' ? `(\\d{${t.digits}})` : t.kind === 'seq' ? `(\\d{${t.width},})` : ''))
    .join('');
  const match = new RegExp(`^${source}$`, 'u').exec(number);
  if (!match) return null;
  let year: number | null = null;
  let seq = 0;
  let group = 1;
  for (const t of tokens) {
    if (t.kind === 'year') {
      const y = Number(match[group++]);
      year = t.digits === 2 ? 2000 + y : y;
    } else if (t.kind === 'seq') seq = Number(match[group++]);
  }
  if (!Number.isSafeInteger(seq) || seq < 1) return null;
  return { year, seq };
}

/** The document number of a number in a case, or null: `parseDocumentNumber('{case}-{n}', 'KS13/250', 'KS13/250-133')` is 133. */
export function parseDocumentNumber(format: string, caseNumber: string, number: string): number | null {
  const source = tokensOf(format, 'document')
    .map((t) => (t.kind === 'literal' ? escapeRegExp(t.text) : t.kind === 'case' ? escapeRegExp(caseNumber) : t.kind === 'seq' ? `(\\d{${t.width},})` : ''))
    .join('');
  const match = new RegExp(`^${source}$`, 'u').exec(number);
  const seq = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(seq) && seq >= 1 ? seq : null;
}

/** Roles a user can hold. */
export type Role = 'secretariat' | 'officer' | 'secretary' | 'admin';
export const ROLES: Role[] = ['secretariat', 'officer', 'secretary', 'admin'];
export const ROLE_LABELS: Record<Role, string> = {
  secretariat: 'Kansli (sekretariat)',
  officer: 'Handläggare',
  secretary: 'Nämndsekreterare',
  admin: 'Administratör',
};
