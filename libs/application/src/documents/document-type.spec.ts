import { strToU8, zipSync } from 'fflate';
import { detectDocumentType, safeFilename, DOCUMENT_TYPES } from './document-type';

const makeZip = (entries: Record<string, string>, stored?: string) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [strToU8(v), { level: k === stored ? 0 : 6 }]]))));
const makePdf = () => Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');
const makeDocx = () => makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
const makeOdt = (_text = '', mimetype = 'application/vnd.oasis.opendocument.text') =>
  makeZip({ mimetype, 'content.xml': '<office:document-content/>' }, 'mimetype');

describe('detectDocumentType reads the content, not the name', () => {
  it('recognises PDF, DOCX and ODT', () => {
    expect(detectDocumentType(makePdf())?.format).toBe('pdf');
    expect(detectDocumentType(makeDocx())?.format).toBe('docx');
    expect(detectDocumentType(makeOdt())?.format).toBe('odt');
  });

  it('rejects text, other ZIPs, an ODS, a truncated ZIP and a ZIP without word/', () => {
    expect(detectDocumentType(Buffer.from('hej hej'))).toBeNull();
    expect(detectDocumentType(makeZip({ 'a.txt': 'x' }))).toBeNull();
    expect(detectDocumentType(makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<x/>' }))).toBeNull();
    expect(detectDocumentType(makeOdt('x', 'application/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    expect(detectDocumentType(makeDocx().subarray(0, 60))).toBeNull();
    expect(detectDocumentType(Buffer.alloc(0))).toBeNull();
  });

  it('needs mimetype to be the first entry of an ODT', () => {
    expect(detectDocumentType(makeZip({ 'content.xml': '<x/>', mimetype: 'application/vnd.oasis.opendocument.text' }))).toBeNull();
  });
});

describe('safeFilename', () => {
  it('drops paths and control characters and adds the extension of the content', () => {
    expect(safeFilename('C:\\tmp\\Överenskommelse.pdf', 'x', DOCUMENT_TYPES.pdf)).toBe('Överenskommelse.pdf');
    expect(safeFilename('../../etc/passwd', 'x', DOCUMENT_TYPES.pdf)).toBe('passwd.pdf');
    expect(safeFilename('a\u0000"b.docx', 'x', DOCUMENT_TYPES.docx)).toBe('ab.docx');
    expect(safeFilename('', 'Remissvar Ekerö', DOCUMENT_TYPES.odt)).toBe('Remissvar Ekerö.odt');
  });
});
