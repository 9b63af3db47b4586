import { fieldForHeader, MAX_HEADER_CELL, normalizeHeader } from "../../genre/headers.js";
import { FOOTER_LINE } from "../../genre/site-chrome.js";
import { textLines, type TextLine } from "./split-text.js";
import type { Stream } from "./stream.js";

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
// A row's number alone in its cell.
const ROW_NUMBER = /^\s*(\d{1,3})\s*[.\uff0e、]?\s*$/;
// A task's wording that opens with its number (14.改扩建泉山学校…), in a table with no 序号 column.
const NUMBER_OPENING = /^\s*(\d{1,3})\s*[.\uff0e、](?![\d\uff10-\uff19])/;
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
  return t !== "" && !/[。；;]/.test(t) && !ROW_NUMBER.test(t) && !NUMBER_OPENING.test(t) && !PART_HEADING.test(t) && (t.length <= MAX_HEADER_CELL || fieldForHeader(t) !== "extra");
}

// The longest name looked for at the end of a cell the table's title runs into.
const MAX_GLUED_NAME = 10;

/**
 * A header's first cell without the table's title run into it: after a space (…进展情况 序号), or
 * glued on where the page lost its line breaks (…任务分解表序号): the longest known name at its end.
 */
function firstName(cell: string): string {
  const text = cell.trim();
  if (fieldForHeader(text) !== "extra" && headerCell(text)) return cell;
  const space = Math.max(text.lastIndexOf(" "), text.lastIndexOf("\u3000"));
  const tail = text.slice(space + 1);
  // The shortest known name at the end says the column (序号, not 一季度进展情况序号 read as progress);
  // the longest naming the same column is the whole name (工作任务, not 任务).
  const suffix = (n: number): string => tail.slice(tail.length - n);
  let field: string | null = null;
  let found = cell;
  for (let n = 2; n <= Math.min(MAX_GLUED_NAME, tail.length); n++) {
    const f = fieldForHeader(suffix(n));
    if (f === "extra") continue;
    field ??= f;
    if (f === field) found = suffix(n);
  }
  return found;
}

/** The header's run of cells in a line: its first and last index, and where its first name begins. */
function headerRun(cells: readonly Cell[]): { first: number; last: number; nameStart: number } | null {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as Cell;
    const name = firstName(c.text);
    if (!headerCell(name) || fieldForHeader(name) === "extra") continue;
    let last = i;
    let known = 1;
    while (last + 1 < cells.length && headerCell((cells[last + 1] as Cell).text)) {
      last++;
      if (fieldForHeader((cells[last] as Cell).text) !== "extra") known++;
    }
    if (known >= MIN_KNOWN) return { first: i, last, nameStart: name === c.text ? c.start : c.start + c.text.trimEnd().length - name.length };
    i = last;
  }
  return null;
}

/**
 * The cell indexes where rows begin in a run of cells after a header `width` wide whose 序号 column is
 * `seq` (or, `inText`, whose task column opens with the row's number: 14.改扩建…): each row's number
 * about a row's width after the one before; the cells before a number that the row before cannot hold
 * are the new row's first columns.
 */
export function rowStarts(cells: readonly string[], width: number, seq: number, inText = false): number[] {
  const numberAt = (i: number): number | null => {
    const m = (inText ? NUMBER_OPENING : ROW_NUMBER).exec(cells[i] ?? "");
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

// A number opening a task's wording after a space inside a cell.
const NUMBER_AFTER_SPACE = /\s(?=\d{1,3}\s*[.\uff0e、](?![\d\uff10-\uff19]))/g;

/** A cell cut at each space that a task's number follows. */
function atNumbers(text: string, cell: Cell): Cell[] {
  const out: Cell[] = [];
  let s = cell.start;
  for (const m of cell.text.matchAll(NUMBER_AFTER_SPACE)) {
    const at = cell.start + m.index;
    if (text.slice(s, at).trim() === "") continue;
    out.push({ start: s, end: at, text: text.slice(s, at) });
    s = at + 1;
  }
  out.push({ start: s, end: cell.end, text: text.slice(s, cell.end) });
  return out;
}

/** Where a page's footer or information block begins in a cell: the separator before it, or -1. */
function footerStart(cell: Cell): number {
  if (FOOTER_LINE.test(cell.text)) return cell.start - 1;
  for (const m of cell.text.matchAll(/\s(?=\S)/g)) if (FOOTER_LINE.test(cell.text.slice(m.index + 1))) return cell.start + m.index;
  return -1;
}

/** The stream with a line break before each run-on row of a pipe table, or null when there is none. */
interface PipeHeader {
  width: number;
  /** The column the rows' numbers stand in: 序号, or the task's (`inText`: 14.改扩建…). */
  seq: number;
  inText: boolean;
}

/**
 * The header found in a line's cells, the breaks that set it and its title on lines of their own, and
 * the cells after it; null when the line holds none (or one without a column to number rows by).
 */
function startHeader(text: string, lineCells: Cell[], breaks: number[]): { header: PipeHeader; cells: Cell[]; glued: number } | "none" | null {
  let cells = lineCells;
  const run = headerRun(cells);
  if (!run) return "none";
  // Printed without a pipe at the header's end, its last name and the first row's first cell run
  // together at a space (工作完成情况 四、教育文化 | 14.…): the cell is cut there, the space the break.
  const lastName = cells[run.last] as Cell;
  const tail = /\s(\S+)\s*$/.exec(lastName.text);
  if (tail && (PART_HEADING.test(tail[1] as string) || ROW_NUMBER.test(tail[1] as string) || NUMBER_OPENING.test(tail[1] as string)) && headerCell(lastName.text.slice(0, tail.index))) {
    const at = lastName.start + tail.index;
    cells = [...cells.slice(0, run.last), { start: lastName.start, end: at, text: text.slice(lastName.start, at) }, { start: at + 1, end: lastName.end, text: text.slice(at + 1, lastName.end) }, ...cells.slice(run.last + 1)];
  }
  const fieldAt = (c: Cell, k: number): string => fieldForHeader(k === 0 ? text.slice(run.nameStart, c.end) : c.text);
  const named = cells.slice(run.first, run.last + 1);
  // Rows are found by the 序号 column, or by the numbers their task column opens with.
  const numberColumn = named.findIndex((c, k) => fieldAt(c, k) === "seq");
  const taskColumn = named.findIndex((c, k) => fieldAt(c, k) === "title" || fieldAt(c, k) === "content");
  const seq = numberColumn >= 0 ? numberColumn : taskColumn;
  if (seq < 0) return null;
  // The first row's cells before its number (a leader's name under 负责领导) are short too: where a
  // number follows the run, the header ends as many cells before it as the 序号 column is from the left.
  const trailing = cells.slice(run.last - seq + 1, run.last + 1);
  if (ROW_NUMBER.test(cells[run.last + 1]?.text ?? "x") && trailing.every((c) => fieldForHeader(c.text) === "extra")) run.last -= seq;
  // The title before the header is a line of its own: the space before the name becomes the
  // break, or a break goes in where the title was glued on (…任务分解表序号).
  let glued = -1;
  const first = cells[run.first] as Cell;
  if (run.nameStart > first.start && text.slice(first.start, run.nameStart).trim() !== "") {
    if (/\s/.test(text[run.nameStart - 1] as string)) breaks.push(run.nameStart - 1);
    else glued = run.nameStart;
  } else if (run.first > 0) breaks.push(first.start - 1);
  const rest = cells.slice(run.last + 1);
  if (rest.length > 0) breaks.push((rest[0] as Cell).start - 1);
  return { header: { width: run.last + 1 - run.first, seq, inText: numberColumn < 0 }, cells: rest, glued };
}

/** The breaks before a line's run-on rows, and after its last row where the page's footer begins; the rows found. */
function rowBreaks(text: string, lineCells: Cell[], header: PipeHeader, breaks: number[]): number {
  const width = header.width;
  if (lineCells.length <= width) return 0;
  // Printed without pipes at the rows' ends, a row's last cell and the next row's first run together
  // at a space (…监督电话0535-8246306 15.推进…): cut there too, the space standing for the break.
  const cells = header.inText ? lineCells.flatMap((c) => atNumbers(text, c)) : lineCells;
  const starts = rowStarts(
    cells.map((c) => c.text),
    width,
    header.seq,
    header.inText,
  );
  for (const s of starts) if (s > 0) breaks.push((cells[s] as Cell).start - 1);
  // After the last row, the page goes on where a cell opens its footer or information block
  // (索引号： | … | 成文日期： | …): a line of its own, no cell of the row. Past half a row's width: a
  // cell of the row itself (备注：…) is the row's. The block may begin inside the row's last cell,
  // after a space (已全面开展。 索引号:).
  const last = starts[starts.length - 1];
  if (last !== undefined) {
    for (let k = last + Math.ceil(width / 2); k < cells.length; k++) {
      const at = footerStart(cells[k] as Cell);
      if (at < 0) continue;
      breaks.push(at);
      break;
    }
  }
  return starts.length;
}

export function unflattenPipes(stream: Stream): Stream | null {
  const text = stream.text;
  const breaks: number[] = [];
  let rows = 0;
  // Where a line break goes in rather than replace a separator: before a name glued to the title.
  let glued = -1;
  let header: PipeHeader | null = null;
  for (const line of textLines(text)) {
    if ((line.text.match(/\|/g)?.length ?? 0) < 2) continue;
    let cells = cellsOf(text, line);
    if (!header) {
      const started = startHeader(text, cells, breaks);
      if (started === "none") continue;
      if (started === null) return null;
      header = started.header;
      glued = started.glued;
      cells = started.cells;
    }
    rows += rowBreaks(text, cells, header, breaks);
  }
  if (!header || rows < MIN_ROWS) return null;
  // Each break takes the place of one separator; before a name glued to the title one is put in.
  const out = stream.withBreaksAt(breaks);
  return glued < 0 ? out : out.withBreaksBefore([glued]);
}
