import { fieldForHeader, normalizeHeader } from "../../genre/headers.js";
import { textLines, type TextLine } from "./split-text.js";
import { Stream } from "./stream.js";

/**
 * A pipe table whose line breaks a web page's text layer lost: the header and every row run on in one
 * line (`序号 | 工作任务 | 责任单位 | 1 | 新建学校 | 教体局 | 2 | …`), or rows run on after a header line
 * of their own. The rows are found again by the 序号 column: its numbers follow one another about a
 * header's width of cells apart. The stream is given back with a line break in place of the pipe (or
 * the space) before each row, so the pipe table's reader reads it; the map is unchanged, each break
 * standing on the separator's own offset.
 */

interface Cell {
  /** Stream offsets of the cell's text, between its pipes. */
  start: number;
  end: number;
  text: string;
}

// At least this many known headers in a row name a table's columns.
const MIN_KNOWN = 3;
// A header's cell is a column's name: short, unless the vocabulary knows it.
const MAX_HEADER_CELL = 14;
// A row's number alone in its cell.
const ROW_NUMBER = /^\s*(\d{1,3})\s*[.\uff0e、]?\s*$/;
// The first row's number is small (a fragment may begin at 2 or 3).
const MAX_FIRST_NUMBER = 3;
// Rows found again: fewer is no run-on table.
const MIN_ROWS = 2;

function cellsOf(text: string, line: TextLine): Cell[] {
  const out: Cell[] = [];
  let s = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || text[i] === "|") {
      out.push({ start: s, end: i, text: text.slice(s, i) });
      s = i + 1;
    }
  }
  return out;
}

// A part's heading (一、…, (二)…) is a row of the table, never a column's name.
const PART_HEADING = /^[(\uff08]?[一二三四五六七八九十]+[)\uff09、.\uff0e]/;

function headerCell(text: string): boolean {
  const t = normalizeHeader(text);
  return t !== "" && !/[。；;]/.test(t) && !ROW_NUMBER.test(t) && !PART_HEADING.test(t) && (t.length <= MAX_HEADER_CELL || fieldForHeader(t) !== "extra");
}

/** The header's run of cells in a line: its first and last index, and where its first name begins. */
function headerRun(cells: readonly Cell[]): { first: number; last: number; nameStart: number } | null {
  for (let i = 0; i < cells.length; i++) {
    // The first name may have the table's title before it, after a space (…进展情况 序号).
    const c = cells[i] as Cell;
    const tail = c.text.trimEnd();
    const space = Math.max(tail.lastIndexOf(" "), tail.lastIndexOf("\u3000"));
    const name = space >= 0 && fieldForHeader(tail.slice(space + 1)) !== "extra" ? tail.slice(space + 1) : c.text;
    if (!headerCell(name) || fieldForHeader(name) === "extra") continue;
    let last = i;
    let known = 1;
    while (last + 1 < cells.length && headerCell((cells[last + 1] as Cell).text)) {
      last++;
      if (fieldForHeader((cells[last] as Cell).text) !== "extra") known++;
    }
    if (known >= MIN_KNOWN) return { first: i, last, nameStart: name === c.text ? c.start : c.start + space + 1 };
    i = last;
  }
  return null;
}

/**
 * The cell indexes where rows begin in a run of cells after a header `width` wide whose 序号 column is
 * `seq`: each row's number about a row's width after the one before; the cells before a number that
 * the row before cannot hold are the new row's first columns.
 */
export function rowStarts(cells: readonly string[], width: number, seq: number): number[] {
  const numberAt = (i: number): number | null => {
    const m = ROW_NUMBER.exec(cells[i] ?? "");
    return m ? Number(m[1]) : null;
  };
  let at = -1;
  for (let i = 0; i <= Math.min(seq + 1, cells.length - 1); i++) {
    const n = numberAt(i);
    // A fragment's first row may have any number where the 序号 column is.
    if (n !== null && n >= 1 && (n <= MAX_FIRST_NUMBER || i === seq)) {
      at = i;
      break;
    }
  }
  if (at < 0) return [];
  const after = width - seq;
  const starts = [Math.max(0, at - seq)];
  // A row may print fewer cells than the header (merged), or more (a cell the page split).
  const minGap = Math.max(1, Math.ceil(after / 2));
  const maxGap = after * 3;
  for (;;) {
    const want = (numberAt(at) as number) + 1;
    let best = -1;
    for (let j = at + minGap; j <= Math.min(cells.length - 1, at + maxGap); j++) {
      if (numberAt(j) !== want) continue;
      // The number nearest a full row's width from the one before.
      if (best < 0 || Math.abs(j - at - width) < Math.abs(best - at - width)) best = j;
    }
    if (best < 0) break;
    const lead = Math.min(seq, Math.max(0, best - (at + after)));
    // Cells neither row can hold are a line of their own: the row's second printed line
    // (新增学位810个 | | | | |), or the empty cell between two rows' pipes.
    if (best - lead > at + after) starts.push(at + after);
    starts.push(best - lead);
    at = best;
  }
  return starts;
}

/** The stream with a line break before each run-on row of a pipe table, or null when there is none. */
export function unflattenPipes(stream: Stream): Stream | null {
  const text = stream.text;
  const lines = textLines(text);
  const breaks: number[] = [];
  let rows = 0;
  let header: { width: number; seq: number } | null = null;
  for (const line of lines) {
    if ((line.text.match(/\|/g)?.length ?? 0) < 2) continue;
    let cells = cellsOf(text, line);
    if (!header) {
      const run = headerRun(cells);
      if (!run) continue;
      const seq = cells.slice(run.first, run.last + 1).findIndex((c, k) => fieldForHeader(k === 0 ? text.slice(run.nameStart, c.end) : c.text) === "seq");
      if (seq < 0) return null;
      // The first row's cells before its number (a leader's name under 负责领导) are short too: where a
      // number follows the run, the header ends as many cells before it as the 序号 column is from the left.
      const trailing = cells.slice(run.last - seq + 1, run.last + 1);
      if (ROW_NUMBER.test(cells[run.last + 1]?.text ?? "x") && trailing.every((c) => fieldForHeader(c.text) === "extra")) run.last -= seq;
      const names = cells.slice(run.first, run.last + 1);
      header = { width: names.length, seq };
      // The title before the header is a line of its own, and so is the header.
      if (run.nameStart > (cells[0] as Cell).start) breaks.push(run.nameStart - 1);
      cells = cells.slice(run.last + 1);
      if (cells.length === 0) continue;
      breaks.push((cells[0] as Cell).start - 1);
    }
    if (cells.length <= header.width) continue;
    const starts = rowStarts(
      cells.map((c) => c.text),
      header.width,
      header.seq,
    );
    for (const s of starts) if (s > 0) breaks.push((cells[s] as Cell).start - 1);
    rows += starts.length;
  }
  if (!header || rows < MIN_ROWS) return null;
  // Each break takes the place of one separator: the text keeps its length, the map its offsets.
  const parts: string[] = [];
  let pos = 0;
  for (const b of [...new Set(breaks)].sort((x, y) => x - y)) {
    parts.push(text.slice(pos, b), "\n");
    pos = b + 1;
  }
  parts.push(text.slice(pos));
  return new Stream(parts.join(""), stream.map);
}
