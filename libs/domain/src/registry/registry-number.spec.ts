import fc from 'fast-check';
import {
  caseNumberFormatError,
  caseSeriesYear,
  defaultCaseNumberFormat,
  documentNumberFormatError,
  formatCaseNumber,
  formatDocumentNumber,
  parseCaseNumber,
  parseDocumentNumber,
} from './registry-number';

describe('registry numbers', () => {
  it('formats KSL and Ekerö case numbers and their documents', () => {
    expect(formatCaseNumber('KSL/{yy}/{nnnn}', 2012, 53)).toBe('KSL/12/0053');
    expect(formatCaseNumber('KS{yy}/{n}', 2013, 250)).toBe('KS13/250');
    expect(formatCaseNumber('KS {yyyy}:{nnn}', 2026, 7)).toBe('KS 2026:007');
    expect(formatCaseNumber('KSL/{yy}/{nnnn}', 2026, 12345)).toBe('KSL/26/12345');
    expect(formatDocumentNumber('{case}-{n}', 'KS13/250', 133)).toBe('KS13/250-133');
    expect(formatDocumentNumber('{case}-{n}', 'KSL/12/0053', 1)).toBe('KSL/12/0053-1');
    expect(formatDocumentNumber('{case}:{nnn}', 'KSL/12/0053', 4)).toBe('KSL/12/0053:004');
    expect(defaultCaseNumberFormat('BOT')).toBe('BOT/{yy}/{nnnn}');
  });

  it('reads numbers back in their series, and refuses numbers of another series', () => {
    expect(parseCaseNumber('KSL/{yy}/{nnnn}', 'KSL/12/0053')).toEqual({ year: 2012, seq: 53 });
    expect(parseCaseNumber('KS{yy}/{n}', 'KS13/250')).toEqual({ year: 2013, seq: 250 });
    expect(parseCaseNumber('KSL/{yy}/{nnnn}', 'KSL/2026/0001')).toBeNull();
    expect(parseCaseNumber('KSL/{yy}/{nnnn}', 'KSL/12/53')).toBeNull();
    expect(parseCaseNumber('KS{yy}/{n}', 'KS13/0')).toBeNull();
    expect(parseCaseNumber('KS.{yy}/{n}', 'KSx13/1')).toBeNull(); // literal dots are literal
    expect(parseDocumentNumber('{case}-{n}', 'KS13/250', 'KS13/250-133')).toBe(133);
    expect(parseDocumentNumber('{case}-{n}', 'KS13/250', 'KS13/25-133')).toBeNull();
  });

  it('counts a yearly series by year and a running series under year 0', () => {
    expect(caseSeriesYear('KSL/{yy}/{nnnn}', 2026)).toBe(2026);
    expect(caseSeriesYear('DNR {n}', 2026)).toBe(0);
  });

  it('explains unusable formats in Swedish', () => {
    expect(caseNumberFormatError('KSL/{yy}/{nnnn}')).toBeNull();
    expect(caseNumberFormatError('KSL/{yy}')).toMatch(/löpnummer/);
    expect(caseNumberFormatError('KSL/{yy}/{n}/{n}')).toMatch(/löpnummer/);
    expect(caseNumberFormatError('KSL/{yy}{n}')).toMatch(/skiljas åt/);
    expect(caseNumberFormatError('KSL/{year}/{n}')).toMatch(/känner inte igen \{year\}/);
    expect(caseNumberFormatError('KSL/{case}/{n}')).toMatch(/handlingarnas/);
    expect(caseNumberFormatError('K$L/{n}')).toMatch(/bara innehålla/);
    expect(caseNumberFormatError('')).toMatch(/tomt/);
    expect(documentNumberFormatError('{case}-{n}')).toBeNull();
    expect(documentNumberFormatError('{n}')).toMatch(/\{case\}/);
    expect(documentNumberFormatError('{case}{n}')).toMatch(/skiljas åt/);
    expect(() => formatCaseNumber('KSL/{yy}', 2026, 1)).toThrow(RangeError);
    expect(() => formatCaseNumber('KSL/{yy}/{n}', 2026, 0)).toThrow(RangeError);
  });

  it('round-trips every number of every valid format (property)', () => {
    const literal = fc.constantFrom('KSL/', 'KS', 'Dnr ', 'BOT.', 'SÖD-');
    const formats = fc
      .tuple(literal, fc.constantFrom('{yy}', '{yyyy}', ''), fc.constantFrom('/', ':', '-'), fc.constantFrom('{n}', '{nnn}', '{nnnn}'))
      .map(([a, y, sep, n]) => `${a}${y}${y ? sep : ''}${n}`);
    fc.assert(
      fc.property(formats, fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 100_000 }), (format, year, seq, doc) => {
        expect(caseNumberFormatError(format)).toBeNull();
        const number = formatCaseNumber(format, year, seq);
        const parsed = parseCaseNumber(format, number);
        expect(parsed?.seq).toBe(seq);
        if (format.includes('{y')) expect(parsed?.year).toBe(year);
        expect(parseDocumentNumber('{case}-{n}', number, formatDocumentNumber('{case}-{n}', number, doc))).toBe(doc);
      }),
    );
  });
});
