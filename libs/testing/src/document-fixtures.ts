import { strToU8, Zip, type ZipInputFile, ZipPassThrough, zipSync } from 'fflate';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';

/** A minimal valid one-page PDF with the given text. */
export function makePdf(text = 'Överenskommelse'): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A minimal DOCX: a real ZIP with [Content_Types].xml and word/document.xml. */
export function makeDocx(text = 'Remissvar'): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ' +
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    }),
  );
}

/** A minimal ODT: the stored `mimetype` entry first, then content.xml. */
export function makeOdt(text = 'Protokollsutdrag', mimetype = 'application/vnd.oasis.opendocument.text'): Buffer {
  return Buffer.from(
    zipSync({
      mimetype: [strToU8(mimetype), { level: 0 }],
      'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content><text>${text}</text></office:document-content>`),
    }),
  );
}

/** Any other ZIP (e.g. a spreadsheet-like archive): not an allowed document. */
export function makeZip(entries: Record<string, string>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)]))));
}

/**
 * A ZIP bomb shaped like an ODT: a first entry `mimetype` that inflates to `inflatedMiB` MiB of zeros
 * (3 GiB by default, about 3 MB on disk), then content.xml. The central directory claims
 * `claimedSize` for it (default: the 39 bytes of a real ODT mimetype, i.e. it lies).
 */
export function makeZipBomb(options: { inflatedMiB?: number; claimedSize?: number } = {}): Buffer {
  const mib = options.inflatedMiB ?? 3072;
  // After a full flush a compressor keeps no history, so the deflated MiB can simply be repeated.
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const entry: ZipInputFile = { filename: 'mimetype', size: options.claimedSize ?? 39, crc: 0, compression: 8 };
  zip.add(entry);
  for (let i = 0; i < mib; i++) entry.ondata!(null, block, false);
  entry.ondata!(null, deflateRawSync(Buffer.alloc(0)), true);
  const content = new ZipPassThrough('content.xml');
  zip.add(content);
  content.push(strToU8('<office:document-content/>'), true);
  zip.end();
  return Buffer.concat(chunks);
}

/** The same archive with the "encrypted" flag (bit 0) set on every entry, local and central headers. */
export function withEncryptionFlag(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (out.readUInt32LE(i) === 0x04034b50) out.writeUInt16LE(out.readUInt16LE(i + 6) | 1, i + 6);
    else if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt16LE(out.readUInt16LE(i + 8) | 1, i + 8);
  }
  return out;
}

/** A DOCX as Word writes it: [Content_Types].xml and many parts first, the word/ parts last. */
export function makeDocxWordLast(parts = 40): Buffer {
  const entries: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>'), '_rels/.rels': strToU8('<Relationships/>') };
  for (let i = 0; i < parts; i++) entries[`customXml/item${i}.xml`] = strToU8(`<item n="${i}"/>`);
  entries['docProps/core.xml'] = strToU8('<cp:coreProperties/>');
  entries['word/document.xml'] = strToU8('<w:document/>');
  return Buffer.from(zipSync(entries, { level: 0 }));
}
