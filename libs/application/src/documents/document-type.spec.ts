import { makeDocx as makeRealDocx, makeDocxWordLast, makeOdt as makeRealOdt, makeZipBomb, withEncryptionFlag } from '@remiss/testing';
import { strToU8, zipSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { detectDocumentType, DOCUMENT_TYPES, inflateCapped, safeFilename, ZIP_INSPECTION_LIMITS, zipInspectionWork } from './document-type';

const makeZip = (entries: Record<string, string>, stored?: string) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [strToU8(v), { level: k === stored ? 0 : 6 }]]))));
const makePdf = () => Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');
const makeDocx = () => makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
const makeOdt = (_text = '', mimetype = 'application/vnd.oasis.opendocument.text') =>
  makeZip({ mimetype, 'content.xml': '<office:document-content/>' }, 'mimetype');
const format = async (bytes: Buffer) => (await detectDocumentType(bytes))?.format ?? null;
const work = () => ({ ...zipInspectionWork });

describe('detectDocumentType reads the content, not the name', () => {
  it('recognises PDF, DOCX and ODT, also the fixtures the integration tests upload', async () => {
    expect(await format(makePdf())).toBe('pdf');
    expect(await format(makeDocx())).toBe('docx');
    expect(await format(makeOdt())).toBe('odt');
    expect(await format(makeRealDocx())).toBe('docx');
    expect(await format(makeRealOdt())).toBe('odt');
  });

  it('recognises a DOCX whose word/ parts come after many others', async () => {
    expect(await format(makeDocxWordLast(200))).toBe('docx');
  });

  it('recognises an ODT whose mimetype entry is deflated (not as the standard says, but harmless)', async () => {
    expect(await format(makeZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }))).toBe('odt');
  });

  it('rejects text, other ZIPs, an ODS, a truncated ZIP and a ZIP without word/', async () => {
    expect(await format(Buffer.from('hej hej'))).toBeNull();
    expect(await format(makeZip({ 'a.txt': 'x' }))).toBeNull();
    expect(await format(makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<x/>' }))).toBeNull();
    expect(await format(makeOdt('x', 'application/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    expect(await format(makeDocx().subarray(0, 60))).toBeNull();
    expect(await format(makeRealDocx().subarray(0, makeRealDocx().length - 10))).toBeNull();
    expect(await format(Buffer.alloc(0))).toBeNull();
  });

  it('rejects encrypted and broken archives', async () => {
    expect(await format(withEncryptionFlag(makeRealDocx()))).toBeNull();
    expect(await format(withEncryptionFlag(makeRealOdt()))).toBeNull();
    const broken = Buffer.from(makeRealDocx());
    broken.writeUInt32LE(0xdeadbeef, broken.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    expect(await format(broken)).toBeNull();
    expect(await format(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]))).toBeNull();
  });

  it('rejects an archive with more entries than it takes, reading none of them', async () => {
    const many = Object.fromEntries(Array.from({ length: ZIP_INSPECTION_LIMITS.maxEntries + 1 }, (_, i) => [`f${i}`, new Uint8Array(0)]));
    const zip = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w/>'), ...many }, { level: 0 }));
    const before = work();
    expect(await format(zip)).toBeNull();
    expect(work().entries).toBe(before.entries);
  });

  it('needs mimetype to be the first entry of an ODT', async () => {
    expect(await format(makeZip({ 'content.xml': '<x/>', mimetype: 'application/vnd.oasis.opendocument.text' }))).toBeNull();
  });
});

describe('a ZIP bomb costs a fixed, small amount of work', () => {
  // One input byte of deflate yields at most 1,032 bytes, and inflating stops past the cap.
  const mostInflated = ZIP_INSPECTION_LIMITS.maxInflatedBytes + 1032;

  it('a 3 GiB mimetype that claims to be 39 bytes: at most the cap inflated, not an ODT', async () => {
    const bomb = makeZipBomb();
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const before = work();
    expect(await format(bomb)).toBeNull();
    const after = work();
    expect(after.bytesInflated - before.bytesInflated).toBeGreaterThan(0);
    expect(after.bytesInflated - before.bytesInflated).toBeLessThanOrEqual(mostInflated);
    expect(after.bytesRead - before.bytesRead).toBeLessThanOrEqual(ZIP_INSPECTION_LIMITS.maxReadBytes);
    expect(after.entries - before.entries).toBe(2);
  });

  it('a bomb that admits its size is not inflated at all', async () => {
    const before = work();
    expect(await format(makeZipBomb({ inflatedMiB: 16, claimedSize: 16 * 1024 * 1024 }))).toBeNull();
    expect(work().bytesInflated).toBe(before.bytesInflated);
    expect(work().bytesRead).toBe(before.bytesRead);
  });

  it('inflateCapped stops past the cap and gives small data back whole', () => {
    const before = work();
    expect(inflateCapped(deflateRawSync(Buffer.alloc(10 * 1024 * 1024)), 256)).toBeUndefined();
    expect(work().bytesInflated - before.bytesInflated).toBeLessThanOrEqual(256 + 1032);
    expect(Buffer.from(inflateCapped(deflateRawSync(Buffer.from('hej')), 256)!).toString()).toBe('hej');
    expect(inflateCapped(Buffer.from([0xff, 0xff, 0xff]), 256)).toBeUndefined();
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
