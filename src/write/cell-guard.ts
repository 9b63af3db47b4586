import type { Cell } from "exceljs";

/**
 * Formula injection (OWASP "CSV injection"): Excel, WPS and LibreOffice read a cell whose text
 * begins with = + - @ (or with a tab or CR before one) as a formula, and a formula such as
 * `=cmd|' /C calc'!A0` can run a program. Every cell breakdown writes goes through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would read as a formula if it were typed or imported as is. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

// A text that already starts with apostrophes before a formula character gets one more, so that
// restoreCell can tell a neutralised cell from one that was printed with an apostrophe.
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;

/**
 * The text as a CSV cell: prefixed with an apostrophe when a spreadsheet would run it, the
 * marker Excel and WPS treat as "this is text". `restoreCell` undoes it exactly.
 */
export function neutralizeCell(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** The inverse of `neutralizeCell`: the text as it was before it was written. */
export function restoreCell(text: string): string {
  return text.startsWith("'") && NEEDS_QUOTE.test(text.slice(1)) ? text.slice(1) : text;
}

// ECMA-376 Part 1, 22.9.2.19 ST_Xstring: a character XML cannot carry (or that an XML parser
// would change, like CR) is written _xHHHH_, and a literal _xHHHH_ is protected as _x005F_xHHHH_.
const XSTRING_ESCAPE = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Text for an XLSX cell or note: characters XML would drop or change are escaped as Excel does. */
export function encodeXlsxText(text: string): string {
  return text.replace(XSTRING_ESCAPE, (m) => (m.length === 1 ? `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_` : `_x005F${m}`));
}

/** The inverse of `encodeXlsxText`, for reading a written cell back (exceljs does not decode _xHHHH_). */
export function decodeXlsxText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * Write text into an exceljs cell so that it is never a formula: always a string value, and when
 * it starts like one, the Text number format (`@`), so that Excel and WPS show it as typed and
 * keep it text even when a person edits the cell. The text itself is not changed.
 */
export function setTextCell(cell: Cell, text: string): void {
  cell.value = encodeXlsxText(text);
  if (startsLikeFormula(text)) cell.numFmt = "@";
}
