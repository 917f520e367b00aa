/** Larger files are refused before any decoding, so a wrong pick never freezes the window. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export type DecodedImport = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; message: string };

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((value, index) => bytes[index] === value);
}

function megabytes(size: number): string {
  return (size / (1024 * 1024)).toFixed(1);
}

/**
 * The file's text: refused when it is too large or a spreadsheet workbook saved under a .csv name; the byte order
 * mark is dropped; bytes that are not valid UTF-8 are read as Windows-1252, which older spreadsheet exports use.
 */
export function decodeImportBytes(bytes: Uint8Array, fileName: string): DecodedImport {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `${fileName} is ${megabytes(bytes.byteLength)} MB; files up to ${megabytes(MAX_IMPORT_BYTES)} MB can be imported. Export a shorter date range and import it in parts.`,
    };
  }
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC)) {
    return {
      ok: false,
      message: `${fileName} is a spreadsheet workbook (Excel), not a CSV file. Open it in your spreadsheet app, choose "Save as" → CSV, and import that file.`,
    };
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}
