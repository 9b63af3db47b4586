import { BreakdownError, detail } from "../errors.js";
import { decodeText } from "./text/decode.js";
import { odfMimetype, zipEntryNames } from "./zip-names.js";

/** Formats LibreOffice converts to .docx (word processing) or .xlsx (spreadsheets) before they are read. */
export const CONVERTED_TO_DOCX = ["doc", "wps", "rtf", "odt"] as const;
export const CONVERTED_TO_XLSX = ["xls", "et", "ods"] as const;
export type ConvertedFormat = (typeof CONVERTED_TO_DOCX)[number] | (typeof CONVERTED_TO_XLSX)[number];

export type SniffedFormat = "docx" | "xlsx" | "pdf" | "html" | "text" | ConvertedFormat;

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
 * Decide from the bytes what the file is — a .docx, an .xlsx, a format LibreOffice converts
 * (.doc, .wps, .rtf, .odt, .xls, .et, .ods), a saved web page or text — and refuse what is none,
 * whatever the file is called: a .doc renamed to .docx is still a .doc. The name only tells the
 * formats the bytes leave open apart (.wps from .doc, .et from .xls), and a .docx that is not a zip.
 */
export function sniffFormat(bytes: Uint8Array, file: string): SniffedFormat {
  if (bytes.length === 0) throw new BreakdownError("INPUT_EMPTY", detail("emptyFile"), { file });
  if (startsWith(bytes, OLE)) {
    if (containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo")) {
      throw new BreakdownError("DOCX_ENCRYPTED", detail("oleEncrypted"), { file });
    }
    // Kingsoft WPS writes Word's binary format with a WpsCustomData stream of its own; a .wps without one is told by its name.
    if (containsUtf16(bytes, "WordDocument")) return containsUtf16(bytes, "WpsCustomData") || /\.wps$/i.test(file) ? "wps" : "doc";
    if (containsUtf16(bytes, "WpsCustomData") || /\.wps$/i.test(file)) throw new BreakdownError("LEGACY_DOC", detail("wpsWithoutWord"), { file });
    // Stream names of the other Office 97–2003 formats (MS-XLS 2.1.2 Workbook/Book, MS-PPT 2.1.2 PowerPoint Document).
    // Kingsoft's .et spreadsheet is an Excel 97–2003 workbook inside; only its name tells it apart.
    if (containsUtf16(bytes, "Workbook\u0000") || containsUtf16(bytes, "Book\u0000")) return /\.et$/i.test(file) ? "et" : "xls";
    if (containsUtf16(bytes, "PowerPoint Document")) throw new BreakdownError("UNSUPPORTED_FORMAT", detail("ppt"), { file });
    throw new BreakdownError("UNSUPPORTED_FORMAT", detail("ole"), { file });
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("{\\rtf")) return "rtf";
  if (/^(\x89PNG|\xff\xd8\xff|GIF8)/.test(head)) throw new BreakdownError("UNSUPPORTED_FORMAT", detail("image"), { file });
  // Archives a table is often downloaded in: the table is inside, to be extracted first.
  if (/^(\x1f\x8b|7z\xbc\xaf\x27\x1c|Rar!\x1a\x07)/.test(head)) {
    throw new BreakdownError("UNSUPPORTED_FORMAT", detail("archive"), { file });
  }
  if (/\.docx$/i.test(file)) {
    // Named .docx but not a zip: cut off at the start, or another format renamed.
    throw new BreakdownError("DOCX_UNREADABLE", detail("docxNotZip"), { file });
  }
  return looksLikeHtml(bytes) ? "html" : "text";
}

/**
 * What a zip holds, from its entry names: a Word document (word/…), a workbook (xl/workbook.xml),
 * or an OpenDocument text or spreadsheet (its stored mimetype). Anything else is left to the .docx
 * reader, whose guard says what is wrong with it (DOCX_UNREADABLE, DOCX_NO_DOCUMENT).
 */
function sniffZip(bytes: Uint8Array): SniffedFormat {
  const mimetype = odfMimetype(bytes);
  if (mimetype === "application/vnd.oasis.opendocument.text") return "odt";
  if (mimetype === "application/vnd.oasis.opendocument.spreadsheet") return "ods";
  const names = zipEntryNames(bytes);
  if (names && !names.some((n) => n.startsWith("word/")) && names.includes("xl/workbook.xml")) return "xlsx";
  return "docx";
}

/** How far into the decoded text an HTML page's first tag is looked for. */
const HTML_HEAD_CHARS = 1024;
/** Bytes decoded to look for it (a page's `<head>` may start after a long comment or a BOM). */
const HTML_HEAD_BYTES = 4096;

/**
 * A saved web page: `<!DOCTYPE html`, `<html`, `<head`, `<body`, `<meta`, `<title`, `<table` or `<div`
 * (the content alone, saved from a page's source) near the start of the
 * text, decoded as text is (a GBK page's tags are ASCII either way, a UTF-16 page's are not).
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = decodeText(bytes.subarray(0, HTML_HEAD_BYTES), "head").text;
  } catch {
    return false;
  }
  return /<(?:!doctype\s+html|html|head|body|meta|title|table|div)[\s>]/i.test(text.slice(0, HTML_HEAD_CHARS));
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
