import { cellKind, type CellKind } from "../../genre/cell-types.js";
import { fieldForHeader } from "../../genre/headers.js";
import { breakMeans, type CellRole } from "../../genre/line-breaks.js";
import { SECTION_LINE } from "../../genre/sections.js";
import { closesDocument } from "../../genre/site-chrome.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { paragraphsAt, type TextTable } from "./text-table.js";
import { textLines } from "./split-text.js";
import { modalKind, namesFor } from "./inferred-header.js";

/**
 * Tables printed line by line that the row readers do not take as they are: a table drawn with
 * box-drawing characters (┌─┬─┐ │…│ ├─┼─┤, a cell wrapped over the lines of its box); a transposed
 * table (序号 1 2 3 / 重点任务 … / 责任单位 …, one task per column); and a page that starts inside a
 * table, rows and no header (14 实施… 县医保局… 2024年12月底前). Each gives the same table as the others.
 */

interface Range {
  start: number;
  end: number;
}

interface Line extends Range {
  text: string;
}

/** [start, end) without spaces (ASCII, ideographic) at either end. */
function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s\u3000]/.test(text[start] as string)) start++;
  while (end > start && /[\s\u3000]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** A cell from the ranges it was printed in (a box's lines, one per line), breaks kept where they mean something. */
function cellOf(stream: Stream, locator: Locator, ranges: readonly Range[], role: CellRole): GridCell {
  const parts = ranges.map((r) => trim(stream.text, r)).filter((r) => r.end > r.start);
  if (parts.length === 0) return { text: "", place: {}, spans: [] };
  let text = "";
  for (const p of parts) {
    const piece = stream.text.slice(p.start, p.end);
    text = text === "" ? piece : text + (breakMeans(text.slice(text.lastIndexOf("\n") + 1), piece, role) ? "\n" : "") + piece;
  }
  const first = parts[0] as Range;
  const last = parts[parts.length - 1] as Range;
  return { text, spans: parts.flatMap((p) => stream.spans(p.start, p.end)), place: locator.place(stream.sourceAt(first.start), stream.sourceAt(last.end)) };
}

// ─── Box drawing ──────────────────────────────────────────────────────────────

const BAR = /[│┃|]/g;
const BORDER = /^[\s\u3000]*[┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛═╔╦╗╠╬╣╚╩╝+-]+[\s\u3000]*$/;
// A drawn table has at least this many lines of cells between bars.
const MIN_BOX_LINES = 3;

/** The cells of a line of a drawn table: the text between its bars. */
function boxCells(line: Line): Range[] {
  const bars: number[] = [];
  BAR.lastIndex = 0;
  for (let m = BAR.exec(line.text); m; m = BAR.exec(line.text)) bars.push(line.start + m.index);
  const out: Range[] = [];
  for (let k = 0; k + 1 < bars.length; k++) out.push({ start: (bars[k] as number) + 1, end: bars[k + 1] as number });
  return out;
}

export function readBoxTable(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const lines = textLines(text);
  const boxLines = lines.filter((l) => /[│┃]/.test(l.text));
  if (boxLines.length < MIN_BOX_LINES || !lines.some((l) => BORDER.test(l.text) && /[─━═]/.test(l.text))) return null;
  // Rows: the lines of cells between two border lines.
  const first = lines.findIndex((l) => /[│┃]/.test(l.text) || (BORDER.test(l.text) && /[─━═]/.test(l.text)));
  const blocks: Line[][] = [];
  let current: Line[] = [];
  let last = first;
  for (let i = first; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (BORDER.test(l.text) && /[─━═┼┬┴]/.test(l.text)) {
      if (current.length > 0) blocks.push(current);
      current = [];
      last = i;
      continue;
    }
    if (!/[│┃]/.test(l.text)) break;
    current.push(l);
    last = i;
  }
  if (current.length > 0) blocks.push(current);
  if (blocks.length < 2) return null;
  const width = Math.max(...blocks.map((b) => Math.max(...b.map((l) => boxCells(l).length))));
  const columnsOf = (block: Line[]): Range[][] => {
    const cols: Range[][] = Array.from({ length: width }, () => []);
    for (const l of block) boxCells(l).forEach((c, k) => (cols[k] as Range[]).push(c));
    return cols;
  };
  const headerCols = columnsOf(blocks[0] as Line[]);
  const header = headerCols.map((ranges) => cellOf(stream, locator, ranges, "header"));
  if (header.filter((h) => fieldForHeader(h.text) !== "extra").length < 2) return null;
  const roles = header.map((h) => fieldForHeader(h.text) as CellRole);
  const rows: GridRow[] = [];
  for (const block of blocks.slice(1)) {
    const cols = columnsOf(block);
    const cells = cols.map((ranges, k) => cellOf(stream, locator, ranges, roles[k] ?? "extra"));
    const filled = cells.filter((c) => c.text !== "");
    const start = (block[0] as Line).start;
    const end = (block[block.length - 1] as Line).end;
    const place = locator.place(stream.sourceAt(start), stream.sourceAt(end));
    const raw = block.map((l) => l.text.replace(/[│┃]/g, " ").trim()).join("\n");
    // A row of one cell across the box (一、优化政务服务) is a section.
    if (filled.length === 1 && SECTION_LINE.test((filled[0] as GridCell).text)) rows.push({ kind: "section", cells: [filled[0] as GridCell], raw, place });
    else if (filled.length > 0) rows.push({ kind: "data", cells, raw, place });
  }
  const tableStart = (lines[first] as Line).start;
  const tableEnd = (lines[last] as Line).end;
  return { layout: "delimited", header, rows, before: paragraphsAt(stream, locator, 0, tableStart), after: paragraphsAt(stream, locator, tableEnd, text.length), messages: [] };
}

// ─── Delimited lines: transposed tables, fragments without a header ─────────────

/**
 * The cells of a delimited line: split at tabs or pipes (a pipe at either end is no cell); null when
 * fewer than `least` (a row cut by the excerpt's end may print two: 10 | 建设口袋公园5个,提升).
 */
function splitCells(line: Line, least = 3): Range[] | null {
  const sep = line.text.includes("\t") ? /\t/g : (line.text.match(/\|/g)?.length ?? 0) >= least - 1 ? /\|/g : /[ \u3000]{2,}/g;
  const out: Range[] = [];
  let s = line.start;
  sep.lastIndex = 0;
  for (let m = sep.exec(line.text); m; m = sep.exec(line.text)) {
    out.push({ start: s, end: line.start + m.index });
    s = line.start + m.index + m[0].length;
  }
  out.push({ start: s, end: line.end });
  const cells = out.filter((r, k) => !((k === 0 || k === out.length - 1) && line.text.slice(r.start - line.start, r.end - line.start).trim() === ""));
  return cells.length >= least ? cells : null;
}

// Rows of a transposed table: at least this many lines named by a header word, as many cells each.
const MIN_TRANSPOSED_LINES = 3;

export function readTransposed(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const lines = textLines(text);
  for (let i = 0; i < lines.length; i++) {
    const run: Array<{ line: Line; cells: Range[] }> = [];
    for (let j = i; j < lines.length; j++) {
      const cells = splitCells(lines[j] as Line);
      if (!cells) break;
      const name = stream.text.slice((cells[0] as Range).start, (cells[0] as Range).end);
      if (fieldForHeader(name) === "extra" || (run.length > 0 && cells.length !== (run[0] as { cells: Range[] }).cells.length)) break;
      run.push({ line: lines[j] as Line, cells });
    }
    if (run.length < MIN_TRANSPOSED_LINES) continue;
    const fields = run.map((r) => fieldForHeader(stream.text.slice((r.cells[0] as Range).start, (r.cells[0] as Range).end)));
    if (!fields.some((f) => f === "title" || f === "content") || !fields.some((f) => f === "units" || f === "leadUnits")) continue;
    const header = run.map((r) => cellOf(stream, locator, [r.cells[0] as Range], "header"));
    const count = (run[0] as { cells: Range[] }).cells.length;
    const rows: GridRow[] = [];
    for (let k = 1; k < count; k++) {
      const cells = run.map((r, q) => cellOf(stream, locator, [r.cells[k] as Range], (fields[q] ?? "extra") as CellRole));
      rows.push({ kind: "data", cells, raw: cells.map((c) => c.text).join("\t"), place: cells.find((c) => c.place.offset !== undefined)?.place ?? {} });
    }
    const start = (run[0] as { line: Line }).line.start;
    const end = (run[run.length - 1] as { line: Line }).line.end;
    const messages: Message[] = [
      { ruleId: "transposed", severity: "info", reason: "The table is printed transposed (one task per column, the headers down the first column): it was read column by column.", seq: null, field: null, where: locator.place(stream.sourceAt(start), stream.sourceAt(end)) },
    ];
    return { layout: "delimited", header, rows, before: paragraphsAt(stream, locator, 0, start), after: paragraphsAt(stream, locator, end, text.length), messages };
  }
  return null;
}

// A row's number: 6, 6., 6、 or in brackets (6) / （6）.
const SEQ = /^\s*(?:\d{1,4}[.\uff0e、]?|[(\uff08]\d{1,4}[)\uff09])\s*$/;
// A fragment has at least this many numbered rows that print all their cells.
const MIN_FRAGMENT_ROWS = 2;
// The header words given to the columns of a fragment, by what their cells hold.
const NAME_BY_KIND: Partial<Record<CellKind, string>> = { seq: "序号", units: "责任单位", deadline: "完成时限", people: "联系人", figure: "目标" };

/** The most common kind of cell in a column. */
function majority(kinds: readonly CellKind[]): CellKind {
  const counts = new Map<CellKind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "text";
}

// A row of a table a page printed with one space between its cells, no header over it (4 市供销社 负责加强…):
// its number, one cell with no space in it, and the rest of the line.
const SPACED_ROW = /^[ \t\u3000]*(\d{1,3})[ \u3000]+([^\s|]{2,30})[ \u3000]+(\S[^\n]*?)[ \t\u3000]*$/d;

/** The cells of a row printed with single spaces (SPACED_ROW), or null. */
function spacedRowCells(line: Line): Range[] | null {
  const m = SPACED_ROW.exec(line.text);
  if (!m?.indices) return null;
  return m.indices.slice(1, 4).map((span) => ({ start: line.start + (span as [number, number])[0], end: line.start + (span as [number, number])[1] }));
}

export function readHeaderlessRows(stream: Stream, locator: Locator): TextTable | null {
  return headerlessRows(stream, locator, (line, least) => splitCells(line, least)) ?? headerlessRows(stream, locator, (line) => spacedRowCells(line));
}

function headerlessRows(stream: Stream, locator: Locator, cellsOf: (line: Line, least: number) => Range[] | null): TextTable | null {
  const text = stream.text;
  const lines = textLines(text);
  const rows: Array<{ line: Line; cells: Range[] } | { line: Line; section: true }> = [];
  let width = 0;
  let started = false;
  let end = text.length;
  const lastLine = lines.filter((l) => l.text.trim() !== "").pop();
  for (const line of lines) {
    const cells = cellsOf(line, started && line === lastLine ? 2 : 3);
    const numbered = cells !== null && SEQ.test(stream.text.slice((cells[0] as Range).start, (cells[0] as Range).end));
    if (numbered && cells) {
      // A row with fewer cells on the text's last line was cut by the excerpt's end: its first cells.
      if (started && cells.length < width && line === lastLine) {
        rows.push({ line, cells });
        break;
      }
      if (started && cells.length !== width) break;
      width = cells.length;
      started = true;
      rows.push({ line, cells });
    } else if (started && SECTION_LINE.test(line.text)) rows.push({ line, section: true });
    else if (started) {
      if (closesDocument(line.text)) end = line.start;
      break;
    } else if (rows.length === 0) continue;
  }
  const data = rows.filter((r): r is { line: Line; cells: Range[] } => "cells" in r && r.cells.length === width);
  if (data.length < MIN_FRAGMENT_ROWS) return null;
  // Name the columns by what their cells hold, as a page's inferred header does (inferred-header.ts);
  // else the first text column the task, a second its content.
  const texts = Array.from({ length: width }, (_, k) => data.map((r) => stream.text.slice((r.cells[k] as Range).start, (r.cells[k] as Range).end).trim()));
  // The first column is the rows' numbers: each row was taken for opening with one ((6) reads as no number alone).
  const cellKinds = texts.map((column) => column.map((t) => cellKind(t)));
  const kinds = cellKinds.map((column, k) => (k === 0 ? "seq" : majority(column)));
  if (!kinds.includes("units")) return null;
  const inferred = namesFor(texts.slice(1).map((lines, k) => ({ kind: modalKind(cellKinds[k + 1] as CellKind[]) ?? "text", lines })));
  let wordings = 0;
  const names = inferred ? ["序号", ...inferred] : kinds.map((k, i) => NAME_BY_KIND[k] ?? (k === "text" || k === "heading" ? (wordings++ === 0 ? "重点任务" : "主要内容") : `第${i + 1}栏`));
  const header: GridCell[] = names.map((n) => ({ text: n, place: {}, spans: [] }));
  // Units, dates and numbers name their column well; people (联系人 or 责任领导?) and a second text
  // (主要内容 or 落实情况?) do not: their rows are flagged for a person to name the column.
  const weak = kinds.filter((k) => k === "people").length > 0 || kinds.filter((k) => k === "text" || k === "heading").length > 1 || names.some((n) => n.startsWith("第"));
  const out: GridRow[] = rows.map((r) => {
    const place = locator.place(stream.sourceAt(r.line.start), stream.sourceAt(r.line.end));
    if ("section" in r) {
      const cell = cellOf(stream, locator, [r.line], "header");
      return { kind: "section", cells: [cell], raw: cell.text, place };
    }
    const cells = names.map((name, k) => (r.cells[k] ? cellOf(stream, locator, [r.cells[k] as Range], fieldForHeader(name) as CellRole) : { text: "", place: {}, spans: [] }));
    const row: GridRow = { kind: "data", cells, raw: r.line.text.trim(), place };
    if (weak) row.uncertain = `the table has no header: its columns were named by what their cells hold (${names.join(" | ")}), and some could be another column`;
    return row;
  });
  const first = (rows[0] as { line: Line }).line;
  const lastRow = (rows[rows.length - 1] as { line: Line }).line;
  const messages: Message[] = [
    {
      ruleId: "headerless",
      severity: "warning",
      reason: `The text starts inside a table, with no header: its columns were named by what their cells hold (${names.join(" | ")}).`,
      seq: null,
      field: null,
      where: locator.place(stream.sourceAt(first.start), stream.sourceAt(first.end)),
    },
  ];
  return { layout: "delimited", header, rows: out, before: paragraphsAt(stream, locator, 0, first.start), after: paragraphsAt(stream, locator, Math.max(lastRow.end, Math.min(end, text.length)), text.length), messages };
}
