import { strFromU8, unzipSync } from 'fflate';

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
 * What a file is, read from its bytes (never from its name): PDF by its header,
 * DOCX and ODT by the entries of their ZIP container. Null for anything else.
 */
export function detectDocumentType(bytes: Buffer): DetectedType | null {
  if (bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return DOCUMENT_TYPES.pdf;
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) return null;
  const entries = zipEntries(bytes);
  if (!entries) return null;
  if (entries.names[0] === 'mimetype' && entries.mimetype?.trim() === ODT_MIMETYPE) return DOCUMENT_TYPES.odt;
  if (entries.names.includes('[Content_Types].xml') && entries.names.some((n) => n.startsWith('word/'))) {
    return DOCUMENT_TYPES.docx;
  }
  return null;
}

/**
 * The entry names in central-directory order and the (small) `mimetype` entry.
 * Only that one entry is inflated, and only when it claims to be tiny, so a
 * ZIP bomb costs nothing; a broken or encrypted archive gives null.
 */
function zipEntries(bytes: Buffer): { names: string[]; mimetype?: string } | null {
  const names: string[] = [];
  try {
    const files = unzipSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      filter: (file) => {
        names.push(file.name);
        return names.length === 1 && file.name === 'mimetype' && file.originalSize <= 1024;
      },
    });
    return { names, mimetype: files.mimetype ? strFromU8(files.mimetype) : undefined };
  } catch {
    return null;
  }
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
