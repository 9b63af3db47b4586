import type { Book } from "./book.js";
import { fitColumnWidths, heightFor, linesIn, type ColumnFit } from "./layout.js";
import { fitCellLimit } from "./notes.js";
import type { SheetWriter } from "./sheet-writer.js";
import { bodyFont, COLOURS, HEADER_STYLE, WRAP_CENTER, WRAP_LEFT, type CellStyle } from "./styles.js";

/** A cell of a plain table: text, a number, or text that links to a place in the workbook. */
export type PlainCell = string | number | { text: string; link: string } | null;

/**
 * The rows of a plain table, made one at a time as the sheet is written (and for the sample its
 * widths are fitted to): a long table never holds all its rows' cells at once.
 */
export interface PlainRows {
  count: number;
  row(index: number): PlainCell[];
}

export interface PlainColumn {
  header: string;
  fit: ColumnFit;
  center?: boolean;
}

/** Total column width (Excel units) aimed at: about an A4 landscape page at 100 %. */
export const PAGE_BUDGET = 150;
const SAMPLE_ROWS = 400;

const BODY_LEFT: CellStyle = { font: bodyFont(), grid: true, align: WRAP_LEFT };
const BODY_CENTER: CellStyle = { font: bodyFont(), grid: true, align: WRAP_CENTER };
const LINK: CellStyle = { font: bodyFont({ color: COLOURS.link.font, underline: true }), grid: true, align: WRAP_LEFT };

function textOf(value: PlainCell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  return value.text;
}

/** The style of a body cell with a fill, one object per column kind and fill. */
const filled = new Map<string, CellStyle>();
function withFill(base: CellStyle, fill: string): CellStyle {
  const key = `${base === BODY_CENTER ? "c" : base === LINK ? "l" : "t"}${fill}`;
  let style = filled.get(key);
  if (style === undefined) {
    style = { ...base, fill };
    filled.set(key, style);
  }
  return style;
}

/**
 * A sheet that is one flat table (header in row 1, one record per row), made to be filtered and
 * pivoted: frozen header, autofilter, wrapped text, widths fitted, A4 landscape, header on every page.
 * `fillOf` may give a cell a fill (ARGB) by its row and column index; `budget` is the total width aimed at.
 */
export function writeTableSheet(
  book: Book,
  name: string,
  columns: readonly PlainColumn[],
  rows: PlainRows,
  fillOf?: (rowIndex: number, columnIndex: number) => string | undefined,
  budget = PAGE_BUDGET,
  footer?: string,
): SheetWriter {
  const step = Math.max(1, Math.floor(rows.count / SAMPLE_ROWS));
  const sampled: string[][] = [];
  for (let i = 0; i < rows.count && sampled.length < SAMPLE_ROWS; i += step) sampled.push(rows.row(i).map(textOf));
  const widths = fitColumnWidths(
    [columns.map((c) => c.header), ...sampled],
    columns.map((c) => c.fit),
    budget,
  );
  const ws = book.addSheet({ name, widths, frozenRows: 1, printTitleRows: [1, 1], ...(footer === undefined ? {} : { footer }) });

  ws.beginRow(1);
  let headerLines = 1;
  columns.forEach((column, i) => {
    ws.text(i + 1, column.header, HEADER_STYLE);
    headerLines = Math.max(headerLines, linesIn(column.header, widths[i] as number));
  });
  ws.endRow(heightFor(headerLines));

  const bases = columns.map((c) => (c.center ? BODY_CENTER : BODY_LEFT));
  // Lines of the value each column had in the row before: 责任分工 repeats a task's number,
  // section and title on each of its units' rows, measured once.
  const previous: { value: PlainCell; lines: number }[] = columns.map(() => ({ value: null, lines: 1 }));
  for (let r = 0; r < rows.count; r++) {
    const values = rows.row(r);
    ws.beginRow(r + 2);
    let lines = 1;
    for (let i = 0; i < columns.length; i++) {
      const value = values[i] ?? null;
      const last = previous[i] as { value: PlainCell; lines: number };
      const base = value !== null && typeof value === "object" ? LINK : (bases[i] as CellStyle);
      const fill = fillOf?.(r, i);
      const style = fill === undefined ? base : withFill(base, fill);
      if (value === null) ws.blank(i + 1, style);
      else if (typeof value === "number") ws.number(i + 1, value, style);
      else if (typeof value === "string") ws.text(i + 1, fitCellLimit(value).text, style);
      else ws.link(i + 1, value.text, value.link, style);
      if (value !== last.value) {
        last.value = value;
        last.lines = linesIn(textOf(value), widths[i] as number);
      }
      lines = Math.max(lines, last.lines);
    }
    ws.endRow(heightFor(lines));
  }

  if (columns.length > 0) ws.autoFilter(1, 1, Math.max(rows.count + 1, 1), columns.length);
  ws.close();
  return ws;
}
