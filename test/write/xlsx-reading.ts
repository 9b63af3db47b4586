import ExcelJS from "exceljs";
import { STATUS_COLOURS } from "../../src/i18n/status.js";
import type { BreakdownDocument } from "../../src/model/document.js";
import type { Place } from "../../src/model/place.js";
import { decodeXlsxText } from "../../src/write/cell-guard.js";
import { toXlsx } from "../../src/write/xlsx-writer.js";

/** Reading a written workbook back, as a person's spreadsheet program would see it. */

/** The one palette of src/i18n/status.ts: blue repaired, amber to review, grey missing. */
export const REPAIRED_FILL = `FF${STATUS_COLOURS.repaired.fill}`;
export const REVIEW_FILL = `FF${STATUS_COLOURS.needs_review.fill}`;
export const MISSING_FILL = `FF${STATUS_COLOURS.missing.fill}`;

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export async function renderWorkbook(doc: BreakdownDocument): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await toXlsx(doc));
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** A cell's text: strings decoded, rich text joined, hyperlinks by their text, numbers as digits. */
export function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return decodeXlsxText(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "text" in v) return String(v.text);
  return String(v);
}

export function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined) return "";
  if (typeof note === "string") return decodeXlsxText(note);
  return decodeXlsxText(note.texts?.map((t) => t.text).join("") ?? "");
}

export function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
}

export function merges(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as unknown as { merges: string[] }).merges;
}

export function rowTexts(ws: ExcelJS.Worksheet, row: number, columns: number): string[] {
  return Array.from({ length: columns }, (_, i) => text(ws.getCell(row, i + 1)));
}

/** The place as the sheets say it, written out here independently of the writer. */
export function placeText(w: Place): string {
  const parts: string[] = [];
  if (w.table !== undefined) parts.push(`表${w.table + 1}`);
  if (w.page !== undefined) parts.push(`第${w.page}页`);
  if (w.row !== undefined) parts.push(`第${w.row + 1}行`);
  else if (w.line !== undefined) parts.push(`第${w.line}行`);
  if (w.column !== undefined) parts.push(`第${w.column + 1}列`);
  if (w.offset !== undefined) parts.push(`字符${w.offset}${w.end !== undefined && w.end !== w.offset ? `–${w.end}` : ""}`);
  return parts.join(" ");
}

/** Every cell with a value in every sheet. */
export function allCells(wb: ExcelJS.Workbook): { sheet: string; cell: ExcelJS.Cell }[] {
  const out: { sheet: string; cell: ExcelJS.Cell }[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        out.push({ sheet: ws.name, cell });
      });
    });
  });
  return out;
}
