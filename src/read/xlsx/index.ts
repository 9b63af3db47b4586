import ExcelJS from "exceljs";
import JSZip from "jszip";
import { BreakdownError, detail } from "../../errors.js";
import type { Grid } from "../../model/grid.js";
import type { ResolvedParseOptions } from "../../options.js";
import { gridFromTree } from "../docx/tree-grid.js";
import type { DocxBlock, DocxCell, DocxTable, DocxTree } from "../docx/html-tree.js";
import { checkColumnCount, checkRowCount } from "../limits.js";
import { sourceInfo } from "../source-info.js";
import { assertSafeZip } from "../zip-guard.js";

/** A1-style column letters → 1-based column number. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B2:D4` → its corners (1-based); null for a range exceljs would not write. */
function parseRange(range: string): Merge | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/i.exec(range);
  if (!m) return null;
  const [a, b] = [columnNumber(m[1] as string), columnNumber(m[3] as string)];
  const [r1, r2] = [Number(m[2]), Number(m[4])];
  return { top: Math.min(r1, r2), left: Math.min(a, b), bottom: Math.max(r1, r2), right: Math.max(a, b) };
}

/**
 * A cell's text as Excel shows it, nearly: rich text joined, a formula's cached result, a link's
 * text. A date is written as Chinese tables print one (2024年12月31日), not as JavaScript's
 * Date string; exceljs reads a date cell as midnight UTC.
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.type === ExcelJS.ValueType.Formula ? (cell.value as ExcelJS.CellFormulaValue).result : cell.value;
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
    const time = value.getUTCHours() * 60 + value.getUTCMinutes();
    return time === 0 ? date : `${date} ${String(value.getUTCHours()).padStart(2, "0")}:${String(value.getUTCMinutes()).padStart(2, "0")}`;
  }
  return cell.text ?? "";
}

/**
 * One worksheet as a table of the tree the .docx reader reads: a merged range is one cell with
 * its colspan and rowspan (as Word's merges come out of mammoth), the cells it covers left out.
 * Rows run from the first to the last with a value (row r of the table is the sheet's row r + 1);
 * columns to the last with a value or a merge.
 */
function sheetTable(sheet: ExcelJS.Worksheet, index: number, options: ResolvedParseOptions, file: string): DocxTable {
  const merges = (sheet.model.merges ?? []).map(parseRange).filter((m): m is Merge => m !== null);
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cellText(cell) === "" || (cell.isMerged && cell.master !== cell)) return;
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, c);
    });
  });
  for (const m of merges) {
    if (m.top <= lastRow) lastColumn = Math.max(lastColumn, Math.min(m.right, lastColumn + options.limits.maxColumns + 1));
  }
  // A sheet that reaches further than the limits is refused before a grid is built for it.
  checkRowCount(lastRow, options.limits, file);
  checkColumnCount(lastColumn, options.limits, file);
  const covered = new Map<string, Merge | null>();
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) for (let c = m.left; c <= Math.min(m.right, lastColumn); c++) covered.set(`${r}:${c}`, r === m.top && c === m.left ? m : null);
  }
  const table: DocxTable = { index, parent: null, rows: [] };
  for (let r = 1; r <= lastRow; r++) {
    const cells: DocxCell[] = [];
    const row = sheet.getRow(r);
    for (let c = 1; c <= lastColumn; c++) {
      const merge = covered.get(`${r}:${c}`);
      if (merge === null) continue;
      const text = cellText(row.getCell(c));
      const blocks: DocxBlock[] = text.trim() === "" ? [] : [{ kind: "paragraph", text: text.replace(/\r\n?/g, "\n") }];
      cells.push({
        blocks,
        colspan: merge ? Math.min(merge.right, lastColumn) - merge.left + 1 : 1,
        rowspan: merge ? Math.min(merge.bottom, lastRow) - merge.top + 1 : 1,
      });
    }
    table.rows.push(cells);
  }
  return table;
}

/** A worksheet part (ECMA-376 Part 1, 18.3: SpreadsheetML worksheets are xl/worksheets/sheetN.xml by convention, any name by relationship). */
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Refuse a workbook whose sheets hold more rows than --max-rows before exceljs reads it: exceljs
 * holds every row's model at once, so memory grows with the rows, as mammoth's does with a
 * .docx's (the .docx guard counts table rows the same way). Each sheet's XML is inflated once,
 * one at a time (the zip guard has checked their sizes), and its <row> elements counted.
 */
async function checkSheetRows(bytes: Uint8Array, file: string, options: ResolvedParseOptions): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  let rows = 0;
  for (const part of zip.file(SHEET_PART)) {
    const xml = await part.async("string");
    rows += (xml.match(/<(?:\w+:)?row[\s>/]/g) ?? []).length;
    if (rows > options.limits.maxRows) {
      throw new BreakdownError("LIMIT_EXCEEDED", detail("workbookTooManyRows", { limit: options.limits.maxRows, part: part.name }), { file });
    }
  }
}

/**
 * Read an .xlsx: the zip guard checks the archive first (as a .docx's), exceljs reads the
 * workbook, every sheet becomes a table of the tree the .docx reader reads (merges as colspan and
 * rowspan), and the sheet with the breakdown header is read as a Word table is (`gridFromTree`):
 * a title row above the header is the title, rows spanning the table are sections, the other
 * sheets' text paragraphs around it.
 */
export async function readXlsx(bytes: Uint8Array, file: string, options: ResolvedParseOptions): Promise<Grid> {
  const names = await assertSafeZip(bytes, file, options.limits);
  if (!names.has("xl/workbook.xml")) throw new BreakdownError("DOCX_NO_DOCUMENT", detail("noWorkbook"), { file });
  await checkSheetRows(bytes, file, options);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new BreakdownError("DOCX_UNREADABLE", detail("workbookUnreadable", { reason: error instanceof Error ? error.message : String(error) }), { file, cause: error });
  }
  const tables = book.worksheets.map((sheet, i) => sheetTable(sheet, i, options, file));
  const tree: DocxTree = { body: tables.map((table) => ({ kind: "table", table })), tables };
  const grid = gridFromTree(tree, file, options, sourceInfo(bytes, file, { format: "xlsx", encoding: null, layout: "xlsx-table", originalName: null, pageCount: null }));
  const sheets = book.worksheets.map((s, i) => `table ${i}: sheet 「${s.name}」`).join(", ");
  return {
    ...grid,
    messages: [...grid.messages, { ruleId: "xlsx-sheets", severity: "info", reason: `Each sheet of the workbook is a table, its rows and columns counted from 0 (${sheets}).`, seq: null, field: null, where: {} }],
  };
}
