import { fieldForHeader, headerScore, normalizeHeader } from "../../genre/headers.js";
import type { ColumnField } from "../../model/fields.js";
import type { Leftover } from "../../model/message.js";
import type { DocxBlock, DocxCell, DocxTable } from "../docx/html-tree.js";
import { groupLines, lineOf, maxOf, paragraphsOf, type Line } from "./lines.js";
import type { PageContent, TextRun } from "./page-content.js";
import { paragraphBlocks } from "./page-tree.js";

/**
 * A table with no lines (what camelot calls stream): the header is the line whose pieces,
 * split at wide gaps, are header words (序号, 重点任务, 责任单位…); the columns are cut in the
 * gaps between its words where the fewest runs of the table's text cross; a row starts at a
 * line with a number in the number column, and the lines under it until the next number are
 * its cells' wrapped lines, across a page break too. The header printed again on a later page
 * is a leftover; a line that runs across the columns is a row of one cell (a section, a note).
 */

export interface StreamTable {
  table: DocxTable;
  /** The page of each row of the table. */
  rowPages: number[];
  /** The blocks before the table (the pages before it and the lines above its header) and after it. */
  before: DocxBlock[];
  after: DocxBlock[];
  leftovers: Leftover[];
}

// A gap wider than this part of the font size between two runs of a line separates two cells
// (two cells' paddings are about 1.1 of a 10 pt size; a space between words 0.25).
const CELL_GAP = 0.6;
// Characters of one word printed spaced out are this far apart at most (a full-width space is 1).
const SPACED_GAP = 1.2;
// After the last numbered row, a line further than this part of the font size below the text above it is no longer the table's.
const END_GAP = 1;
// A header needs this many known headers and one of the core fields (find-table.ts).
const MIN_HEADER_SCORE = 2;
const CORE_FIELDS = new Set<ColumnField>(["title", "content", "units", "leadUnits", "supportUnits"]);
// A number printed in the number column: 1 / 1. / 1、 / (1) / 一、
const ROW_NUMBER = /^(?:\d{1,4}(?:\.\d{1,3})*[.、．]?|[(（]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]?)$/;
// A page number printed alone: 3 / - 3 - / — 3 — / 第3页 / 第3页 共8页.
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
// A header cell wraps over this many more lines at most, above or below the line its neighbours are on.
const MAX_HEADER_LINES = 3;
// A run crosses a column's edge when it reaches this far (points) past it on both sides.
const CROSS = 1;

interface Piece {
  text: string;
  x0: number;
  x1: number;
}

/** A line's runs cut into pieces at gaps wider than a cell's padding. */
function pieces(line: Line): Piece[] {
  const groups: TextRun[][] = [];
  // Right edge of the group being built.
  let end = Number.NEGATIVE_INFINITY;
  for (const run of line.runs) {
    const last = groups[groups.length - 1];
    if (last && run.x0 - end <= CELL_GAP * run.size) {
      last.push(run);
      end = Math.max(end, run.x1);
    } else {
      groups.push([run]);
      end = run.x1;
    }
  }
  const out: (Piece & { spaced: boolean })[] = [];
  for (const runs of groups) {
    const joined = lineOf(runs);
    const last = out[out.length - 1];
    // A word printed with a space between its characters (序　号, 牵　头　单　位, a name 张　三) is one piece.
    if (last && (last.text.length === 1 || last.spaced) && joined.text.length === 1 && joined.x0 - last.x1 <= SPACED_GAP * joined.size) {
      out[out.length - 1] = { text: last.text + joined.text, x0: last.x0, x1: joined.x1, spaced: true };
    } else {
      out.push({ text: joined.text, x0: joined.x0, x1: joined.x1, spaced: false });
    }
  }
  return out.map(({ text, x0, x1 }) => ({ text, x0, x1 }));
}

/** A line that is more of a wrapped header cell: each of its pieces under one header word, no number. */
function continuesHeader(line: Line, next: Line, header: readonly Piece[]): boolean {
  // Lines of one cell: no more than a line's spacing between them.
  const gap = line.top < next.top ? next.top - line.bottom : line.top - next.bottom;
  if (gap > END_GAP * line.size) return false;
  return pieces(line).every((piece) => {
    if (ROW_NUMBER.test(piece.text)) return false;
    return header.filter((h) => piece.x0 < h.x1 + CELL_GAP * line.size && piece.x1 > h.x0 - CELL_GAP * line.size).length === 1;
  });
}

/** The lines just above and just below the header line that are more of its cells (at most MAX_HEADER_LINES each). */
function headerLines(page: readonly Line[], at: number, header: readonly Piece[]): { above: Line[]; below: Line[] } {
  const above: Line[] = [];
  for (let l = at - 1; l >= 0 && above.length < MAX_HEADER_LINES && continuesHeader(page[l] as Line, (above[0] ?? page[at]) as Line, header); l--) above.unshift(page[l] as Line);
  const below: Line[] = [];
  for (let l = at + 1; l < page.length && below.length < MAX_HEADER_LINES && continuesHeader(page[l] as Line, (below[below.length - 1] ?? page[at]) as Line, header); l++) below.push(page[l] as Line);
  return { above, below };
}

function isHeader(texts: readonly string[]): boolean {
  return headerScore(texts) >= MIN_HEADER_SCORE && texts.some((t) => CORE_FIELDS.has(fieldForHeader(t)));
}

/** The x between two header words that the fewest runs of the table cross (the middle of the widest such stretch). */
function cutBetween(left: number, right: number, runs: readonly TextRun[]): number {
  const STEP = 0.5;
  const from = Math.floor(left);
  const steps = Math.max(0, Math.ceil((Math.ceil(right) - from) / STEP)) + 1;
  // How many runs cross each x, by a difference array: runs × 1 + steps, not runs × steps.
  const diff = new Int32Array(steps + 1);
  for (const run of runs) {
    // A run crosses x when run.x0 < x - CROSS and run.x1 > x + CROSS.
    const first = Math.max(0, Math.floor((run.x0 + CROSS - from) / STEP) + 1);
    const last = Math.min(steps - 1, Math.ceil((run.x1 - CROSS - from) / STEP) - 1);
    if (first > last) continue;
    (diff[first] as number)++;
    (diff[last + 1] as number)--;
  }
  let best = { count: Number.POSITIVE_INFINITY, from: left, to: left };
  let current = { count: -1, from: left, to: left };
  let count = 0;
  for (let k = 0; k < steps; k++) {
    count += diff[k] as number;
    const x = from + k * STEP;
    if (count === current.count) current.to = x;
    else current = { count, from: x, to: x };
    if (count < best.count || (count === best.count && current.to - current.from > best.to - best.from)) best = { ...current };
  }
  return (best.from + best.to) / 2;
}

interface Row {
  page: number;
  /** Lines of each column; one entry when the row runs across the table. */
  columns: Line[][];
  spanning: boolean;
}

/** A line cut at the column edges: its runs by column, or null when a piece of it crosses an edge. */
function splitLine(line: Line, cuts: readonly number[]): TextRun[][] | null {
  const out: TextRun[][] = Array.from({ length: cuts.length + 1 }, () => []);
  if (pieces(line).some((piece) => cuts.some((x) => piece.x0 < x - CROSS && piece.x1 > x + CROSS))) return null;
  for (const run of line.runs) {
    const c = cuts.filter((x) => (run.x0 + run.x1) / 2 > x).length;
    (out[c] as TextRun[]).push(run);
  }
  return out;
}

interface Found {
  /** Index into the pages of the page the header is on, and of its line there. */
  page: number;
  line: number;
  header: Piece[];
}

interface BodyLine {
  page: number;
  line: Line;
}

/** The first line of the document whose pieces read as a breakdown header. */
function findHeader(lines: readonly Line[][]): Found | null {
  for (let p = 0; p < lines.length; p++) {
    for (let l = 0; l < (lines[p] as Line[]).length; l++) {
      const header = pieces((lines[p] as Line[])[l] as Line);
      if (header.length >= 2 && isHeader(header.map((h) => h.text))) return { page: p, line: l, header };
    }
  }
  return null;
}

/** The lines under the header to the end of the document, less page numbers and the header printed again (leftovers). */
function bodyLines(pages: readonly PageContent[], lines: readonly Line[][], found: Found, headerTexts: ReadonlySet<string>, skip: number): { body: BodyLine[]; leftovers: Leftover[] } {
  const headerKey = JSON.stringify(found.header.map((h) => normalizeHeader(h.text)));
  const body: BodyLine[] = [];
  const leftovers: Leftover[] = [];
  for (let p = found.page; p < lines.length; p++) {
    const pageLines = lines[p] as Line[];
    const page = (pages[p] as PageContent).page;
    for (let l = p === found.page ? found.line + 1 + skip : 0; l < pageLines.length; l++) {
      const line = pageLines[l] as Line;
      if (PAGE_NUMBER.test(line.text)) {
        leftovers.push({ text: line.text, reason: "outside-table", where: { page } });
        continue;
      }
      const repeated = JSON.stringify(pieces(line).map((h) => normalizeHeader(h.text))) === headerKey || (p > found.page && l <= headerTexts.size + 1 && headerTexts.has(line.text));
      if (repeated) leftovers.push({ text: line.text, reason: "repeated-header", where: { page } });
      else body.push({ page, line });
    }
  }
  return { body, leftovers };
}

/** Each header cell's lines: the header line's piece, with the lines of it above and below in its column. */
function headerCellTexts(header: readonly Piece[], above: readonly Line[], below: readonly Line[], cuts: readonly number[]): string[][] {
  const cells = header.map((h) => [h.text]);
  for (const [at, extra] of [["above", above] as const, ["below", below] as const]) {
    for (const line of extra) {
      (splitLine(line, cuts) ?? []).forEach((runs, c) => {
        const text = groupLines(runs)[0]?.text;
        if (text) (cells[c] as string[])[at === "above" ? "unshift" : "push"](text);
      });
    }
  }
  return cells;
}

/**
 * The body's lines as rows: a numbered line starts one, a line across the columns is one of its
 * own, other lines go on the row above. Past the last numbered row, the first line across the
 * columns or standing apart ends the table: it and the lines after it are returned as `after`.
 */
function assembleRows(body: readonly BodyLine[], cuts: readonly number[], seqColumn: number): { rows: Row[]; after: BodyLine[] } {
  const numbered = (split: TextRun[][] | null): boolean => split !== null && ROW_NUMBER.test(groupLines(split[seqColumn] as TextRun[])[0]?.text ?? "");
  let lastNumbered = -1;
  body.forEach(({ line }, i) => {
    if (numbered(splitLine(line, cuts))) lastNumbered = i;
  });
  const rows: Row[] = [];
  const after: BodyLine[] = [];
  let bottom = Number.NEGATIVE_INFINITY;
  let bottomPage = -1;
  for (const [i, { page, line }] of body.entries()) {
    const split = splitLine(line, cuts);
    const apart = page === bottomPage && line.top - bottom > END_GAP * line.size;
    if (i > lastNumbered && (after.length > 0 || !split || apart)) {
      after.push({ page, line });
      continue;
    }
    if (page !== bottomPage) bottom = Number.NEGATIVE_INFINITY;
    bottom = Math.max(bottom, line.bottom);
    bottomPage = page;
    const current = rows[rows.length - 1];
    if (!split) {
      // A line across the columns: a row of its own, or the next line of one (a long heading wrapped).
      if (current?.spanning && current.page === page) (current.columns[0] as Line[]).push(line);
      else rows.push({ page, columns: [[line]], spanning: true });
    } else if (numbered(split) || !current || current.spanning) {
      rows.push({ page, columns: split.map((runs) => groupLines(runs)), spanning: false });
    } else {
      split.forEach((runs, c) => (current.columns[c] as Line[]).push(...groupLines(runs)));
    }
  }
  return { rows, after };
}

/** Paragraphs of runs, page by page. */
function pageParagraphs(byPage: ReadonlyMap<number, TextRun[]>, right: number): DocxBlock[] {
  return [...byPage].flatMap(([page, runs]) => paragraphBlocks(runs, maxOf(runs.map((r) => r.x1), right), page).map((b) => b.block));
}

/**
 * The breakdown table of a document whose pages draw no lines, or null when no line of it
 * reads as a breakdown header.
 */
export function findStreamTable(pages: readonly PageContent[]): StreamTable | null {
  const lines = pages.map((p) => groupLines(p.runs));
  const found = findHeader(lines);
  if (!found) return null;
  const { header } = found;
  const width = header.length;
  const headerPage = lines[found.page] as Line[];
  // A header cell wrapped over lines (完成时限 / （截止日期）): its lines above and below the header line.
  const { above, below } = headerLines(headerPage, found.line, header);
  // Every line of the header as printed: printed again on a later page, each is a repeated header.
  const headerTexts = new Set([...above, headerPage[found.line] as Line, ...below].map((l) => l.text));
  const { body, leftovers } = bodyLines(pages, lines, found, headerTexts, below.length);
  const bodyRuns = body.flatMap((b) => b.line.runs);
  const cuts: number[] = [];
  for (let c = 0; c + 1 < width; c++) cuts.push(cutBetween((header[c] as Piece).x1, (header[c + 1] as Piece).x0, bodyRuns));
  const seqColumn = Math.max(0, header.findIndex((h) => fieldForHeader(h.text) === "seq"));
  const { rows, after } = assembleRows(body, cuts, seqColumn);

  // A column's lines wrap at the right edge of the widest line in it.
  // (A loop, not Math.max(...lines): a table of thousands of rows has more lines than a call takes arguments.)
  const rights = new Array<number>(width).fill(0);
  for (const row of rows) if (!row.spanning) row.columns.forEach((lns, c) => lns.forEach((l) => (rights[c] = Math.max(rights[c] as number, l.x1))));
  const pageRight = rights.reduce((a, b) => Math.max(a, b), 0);
  const blocksOf = (lns: readonly Line[], right: number): DocxBlock[] => paragraphsOf(lns, right).map((p) => ({ kind: "paragraph", text: p.text }));
  const table: DocxTable = { index: -1, parent: null, rows: [] };
  table.rows.push(headerCellTexts(header, above, below, cuts).map((texts): DocxCell => ({ blocks: texts.map((text) => ({ kind: "paragraph", text })), colspan: 1, rowspan: 1 })));
  const rowPages = [(pages[found.page] as PageContent).page];
  for (const row of rows) {
    rowPages.push(row.page);
    if (row.spanning) table.rows.push([{ blocks: blocksOf(row.columns[0] as Line[], pageRight), colspan: width, rowspan: 1 }]);
    else table.rows.push(row.columns.map((lns, c): DocxCell => ({ blocks: blocksOf(lns, rights[c] as number), colspan: 1, rowspan: 1 })));
  }
  const beforeRuns = new Map<number, TextRun[]>();
  for (let p = 0; p <= found.page; p++) {
    const page = pages[p] as PageContent;
    beforeRuns.set(page.page, p < found.page ? page.runs : headerPage.slice(0, found.line - above.length).flatMap((l) => l.runs));
  }
  const afterRuns = new Map<number, TextRun[]>();
  for (const a of after) {
    const runs = afterRuns.get(a.page) ?? [];
    for (const run of a.line.runs) runs.push(run);
    afterRuns.set(a.page, runs);
  }
  return { table, rowPages, before: pageParagraphs(beforeRuns, pageRight), after: pageParagraphs(afterRuns, pageRight), leftovers };
}
