/** Small pieces of SpreadsheetML text shared by the parts of the workbook. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// & < > " are written as entities (the same function serves text and attribute values). U+FFFE
// and U+FFFF are not XML characters at all (XML 1.0 §2.2): a part holding one cannot be opened, so
// they are written the way ECMA-376 Part 1, 22.9.2.19 ST_Xstring writes any character XML cannot
// carry. The control characters are escaped before this, by `encodeXlsxText` (cell-guard.ts).
const SPECIAL = /[&<>"\ufffe\uffff]/;
const SPECIAL_ALL = /[&<>"\ufffe\uffff]/g;
const REPLACEMENT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\ufffe": "_xFFFE_", "\uffff": "_xFFFF_" };

/** Text as XML character data or an attribute value in double quotes. */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => REPLACEMENT[c] as string) : text;
}

const EDGE_SPACE = /^\s|\s$|\n/;

/** `<t>` with the text, keeping leading and trailing spaces and line breaks as they are. */
export function textElement(text: string): string {
  return EDGE_SPACE.test(text) ? `<t xml:space="preserve">${escapeXml(text)}</t>` : `<t>${escapeXml(text)}</t>`;
}

// What a cell's text may hold that its XML must change: a character ST_Xstring escapes (a control
// character, or the `_` of a literal `_xHHHH_`), one XML escapes, a line break or edge space.
const PLAIN = /^[^\u0000-\u001f\u007f_&<>"\ufffe\uffff]*$/;
const SPACE = /\s/;

/**
 * A cell's text as `<t>`: `encode` (the ST_Xstring encoding, `encodeXlsxText`) and XML escaping
 * applied. Most texts need neither, and one scan tells them apart.
 */
export function cellTextElement(text: string, encode: (text: string) => string): string {
  if (PLAIN.test(text) && !SPACE.test(text.charAt(0)) && !SPACE.test(text.charAt(text.length - 1))) return `<t>${text}</t>`;
  return textElement(encode(text));
}

/** A column's letters: 1 → A, 26 → Z, 27 → AA. */
export function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A cell's A1 reference. */
export function cellRef(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

/** A range's reference, `A1:E1`. */
export function rangeRef(fromRow: number, fromColumn: number, toRow: number, toColumn: number): string {
  return `${cellRef(fromRow, fromColumn)}:${cellRef(toRow, toColumn)}`;
}
