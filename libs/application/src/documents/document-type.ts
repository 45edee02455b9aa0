import { Inflate, strFromU8 } from 'fflate';
import * as yauzl from 'yauzl';

export type DocumentFormat = 'pdf' | 'docx' | 'odt';

export interface DetectedType {
  format: DocumentFormat;
  mimeType: string;
  extension: string;
}

export const DOCUMENT_TYPES: Record<DocumentFormat, DetectedType> = {
  pdf: { format: 'pdf', mimeType: 'application/pdf', extension: '.pdf' },
  docx: {
    format: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: '.docx',
  },
  odt: { format: 'odt', mimeType: 'application/vnd.oasis.opendocument.text', extension: '.odt' },
};

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * What inspecting a ZIP container may cost, whatever the upload: names come from the central
 * directory, and only the first entry (the ODT `mimetype`) is ever read, a few bytes of it.
 */
export const ZIP_INSPECTION_LIMITS = Object.freeze({
  /** An archive with more entries is not a document we take (real DOCX/ODT have tens). */
  maxEntries: 5000,
  /** Stored bytes read of the `mimetype` entry (compressed or not). */
  maxReadBytes: 256,
  /** Bytes inflated of the `mimetype` entry: it is 39 bytes in an ODT. */
  maxInflatedBytes: 256,
});

/** Work done inspecting ZIPs, for tests that count it instead of timing it. */
export const zipInspectionWork = { entries: 0, bytesRead: 0, bytesInflated: 0 };

/**
 * What a file is, read from its bytes (never from its name): PDF by its header,
 * DOCX and ODT by the entries of their ZIP container. Null for anything else,
 * including encrypted or broken archives.
 */
export async function detectDocumentType(bytes: Buffer): Promise<DetectedType | null> {
  if (bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return DOCUMENT_TYPES.pdf;
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) return null;
  const entries = await zipEntries(bytes);
  if (!entries) return null;
  if (entries.names[0] === 'mimetype' && entries.mimetype?.trim() === ODT_MIMETYPE) return DOCUMENT_TYPES.odt;
  if (entries.names.includes('[Content_Types].xml') && entries.names.some((n) => n.startsWith('word/'))) {
    return DOCUMENT_TYPES.docx;
  }
  return null;
}

/** The entry names in central-directory order and the start of the first entry if it is `mimetype`. */
async function zipEntries(bytes: Buffer): Promise<{ names: string[]; mimetype?: string } | null> {
  try {
    const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
    if (zip.entryCount > ZIP_INSPECTION_LIMITS.maxEntries) return null;
    const names: string[] = [];
    let mimetype: string | undefined;
    for await (const entry of zip.eachEntry()) {
      zipInspectionWork.entries += 1;
      if (entry.isEncrypted()) return null;
      names.push(entry.fileName);
      if (names.length === 1 && entry.fileName === 'mimetype') mimetype = await readSmallEntry(zip, entry);
    }
    return { names, mimetype };
  } catch {
    return null;
  }
}

/**
 * At most maxReadBytes of the entry's stored data, inflated (if deflated) to at most maxInflatedBytes.
 * Undefined if the entry is (or claims to be) larger: then it is not the small text we look for.
 */
async function readSmallEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string | undefined> {
  const { maxReadBytes, maxInflatedBytes } = ZIP_INSPECTION_LIMITS;
  if (entry.uncompressedSize > maxInflatedBytes || ![0, 8].includes(entry.compressionMethod)) return undefined;
  const end = Math.min(entry.compressedSize, maxReadBytes);
  const stream = await zip.openReadStreamPromise(entry, { decodeFileData: false, start: 0, end });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const stored = Buffer.concat(chunks);
  zipInspectionWork.bytesRead += stored.length;
  const data = entry.compressionMethod === 0 ? stored : inflateCapped(stored, maxInflatedBytes, end === entry.compressedSize);
  return data ? strFromU8(data) : undefined;
}

/**
 * Inflates raw deflate data one input byte at a time and stops as soon as more than `cap` bytes
 * came out: one input byte yields at most 1,032 bytes (deflate's largest ratio), so no input
 * makes this inflate more than cap + 1,032 bytes. Undefined if the data is larger than cap or
 * is not valid deflate data; `complete: false` for a prefix of a longer stream.
 */
export function inflateCapped(compressed: Uint8Array, cap: number, complete = true): Uint8Array | undefined {
  const out: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    zipInspectionWork.bytesInflated += chunk.length;
    if (total <= cap) out.push(chunk);
  });
  try {
    for (let i = 0; i < compressed.length && total <= cap; i++) {
      inflater.push(compressed.subarray(i, i + 1), complete && i === compressed.length - 1);
    }
  } catch {
    return undefined;
  }
  return total > cap ? undefined : Buffer.concat(out);
}

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/\u0000-\u001f\u007f"]/g;

/** A file name that is safe to store and send back: no path, no control characters, the right extension. */
export function safeFilename(original: string | undefined, fallback: string, type: DetectedType): string {
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  let name = base.replace(UNSAFE, '').trim().slice(0, 200);
  if (!name) name = fallback.replace(UNSAFE, '').trim().slice(0, 150) || 'dokument';
  if (!name.toLowerCase().endsWith(type.extension)) name += type.extension;
  return name;
}
