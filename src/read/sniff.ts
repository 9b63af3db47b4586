import { BreakdownError, detail } from "../errors.js";

export type SniffedFormat = "docx" | "pdf" | "text";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
// Compound File Binary (OLE2): .doc, .wps, .xls — and password-protected .docx, which Office wraps in one.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, ascii: string): boolean {
  const needle = Buffer.from(ascii, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/**
 * Decide from the bytes whether this is a .docx (zip) or text, and refuse what is neither,
 * whatever the file is called: a .doc renamed to .docx is still a .doc.
 */
export function sniffFormat(bytes: Uint8Array, file: string): SniffedFormat {
  if (bytes.length === 0) throw new BreakdownError("INPUT_EMPTY", detail("emptyFile"), { file });
  if (startsWith(bytes, OLE)) {
    if (containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo")) {
      throw new BreakdownError("DOCX_ENCRYPTED", detail("oleEncrypted"), { file });
    }
    if (containsUtf16(bytes, "WpsCustomData") || /\.wps$/i.test(file)) throw new BreakdownError("LEGACY_DOC", detail("wps"), { file });
    if (containsUtf16(bytes, "WordDocument")) throw new BreakdownError("LEGACY_DOC", detail("binaryDoc"), { file });
    // Stream names of the other Office 97–2003 formats (MS-XLS 2.1.2 Workbook/Book, MS-PPT 2.1.2 PowerPoint Document).
    if (containsUtf16(bytes, "Workbook\u0000") || containsUtf16(bytes, "Book\u0000")) {
      throw new BreakdownError("UNSUPPORTED_FORMAT", detail("xls"), { file });
    }
    if (containsUtf16(bytes, "PowerPoint Document")) throw new BreakdownError("UNSUPPORTED_FORMAT", detail("ppt"), { file });
    throw new BreakdownError("UNSUPPORTED_FORMAT", detail("ole"), { file });
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return "docx";
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("{\\rtf")) throw new BreakdownError("UNSUPPORTED_FORMAT", detail("rtf"), { file });
  if (/^(\x89PNG|\xff\xd8\xff|GIF8)/.test(head)) throw new BreakdownError("UNSUPPORTED_FORMAT", detail("image"), { file });
  // Archives a table is often downloaded in: the table is inside, to be extracted first.
  if (/^(\x1f\x8b|7z\xbc\xaf\x27\x1c|Rar!\x1a\x07)/.test(head)) {
    throw new BreakdownError("UNSUPPORTED_FORMAT", detail("archive"), { file });
  }
  if (/\.docx$/i.test(file)) {
    // Named .docx but not a zip: cut off at the start, or another format renamed.
    throw new BreakdownError("DOCX_UNREADABLE", detail("docxNotZip"), { file });
  }
  return "text";
}

/**
 * A binary Word document that was opened as text (a download page that shows the .doc's
 * bytes): the OLE directory names survive decoding.
 */
export function looksLikeBinaryDocText(text: string): boolean {
  const sample = text.slice(0, 200_000);
  const markers = ["Root Entry", "WordDocument", "SummaryInformation", "WpsCustomData", "DocumentSummaryInformation"];
  return markers.filter((m) => sample.includes(m)).length >= 2;
}
