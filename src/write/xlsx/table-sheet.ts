import type { Cell, Workbook, Worksheet } from "exceljs";
import { setTextCell } from "../cell-guard.js";
import { fitColumnWidths, heightFor, linesIn, type ColumnFit } from "./layout.js";
import { fitCellLimit } from "./notes.js";
import { bodyFont, GRID, headingFont, PAGE_FOOTER, printSetup, solidFill, COLOURS, WRAP_CENTER, WRAP_LEFT } from "./styles.js";

/** A cell of a plain table: text, a number, or text that links to a place in the workbook. */
export type PlainCell = string | number | { text: string; link: string } | null;

export interface PlainColumn {
  header: string;
  fit: ColumnFit;
  center?: boolean;
}

/** Total column width (Excel units) aimed at: about an A4 landscape page at 100 %. */
export const PAGE_BUDGET = 150;
const SAMPLE_ROWS = 400;

function textOf(value: PlainCell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  return value.text;
}

function write(cell: Cell, value: PlainCell): void {
  if (value === null) return;
  if (typeof value === "number") cell.value = value;
  else if (typeof value === "string") setTextCell(cell, fitCellLimit(value).text);
  else {
    cell.value = { text: value.text, hyperlink: value.link };
    cell.font = bodyFont({ color: { argb: "FF0563C1" }, underline: true });
  }
}

/**
 * A sheet that is one flat table (header in row 1, one record per row), made to be filtered and
 * pivoted: frozen header, autofilter, wrapped text, widths fitted, A4 landscape, header on every page.
 * `decorate` may colour a cell after it is written; `budget` is the total width aimed at.
 */
export function addTableSheet(
  wb: Workbook,
  name: string,
  columns: readonly PlainColumn[],
  rows: readonly PlainCell[][],
  decorate?: (cell: Cell, rowIndex: number, columnIndex: number) => void,
  budget = PAGE_BUDGET,
): Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  const step = Math.max(1, Math.floor(rows.length / SAMPLE_ROWS));
  const sampled = rows.filter((_, i) => i % step === 0).slice(0, SAMPLE_ROWS);
  const widths = fitColumnWidths(
    [columns.map((c) => c.header), ...sampled.map((r) => r.map(textOf))],
    columns.map((c) => c.fit),
    budget,
  );
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });

  const header = ws.getRow(1);
  let headerLines = 1;
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    setTextCell(cell, column.header);
    cell.font = headingFont();
    cell.fill = solidFill(COLOURS.header.fill);
    cell.border = GRID;
    cell.alignment = WRAP_CENTER;
    headerLines = Math.max(headerLines, linesIn(column.header, widths[i] as number));
  });
  header.height = heightFor(headerLines);

  rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    let lines = 1;
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.font = bodyFont();
      cell.border = GRID;
      cell.alignment = column.center ? WRAP_CENTER : WRAP_LEFT;
      const value = values[i] ?? null;
      write(cell, value);
      lines = Math.max(lines, linesIn(textOf(value), widths[i] as number));
      decorate?.(cell, r, i);
    });
    row.height = heightFor(lines);
  });

  if (columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rows.length + 1, 1), column: columns.length } };
  ws.pageSetup = printSetup("1:1") as Worksheet["pageSetup"];
  ws.headerFooter = { oddFooter: PAGE_FOOTER, evenFooter: PAGE_FOOTER };
  return ws;
}
