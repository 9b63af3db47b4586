import { FOOTER_LINE } from "../../genre/site-chrome.js";
import { DATE_LINE } from "../../genre/dates.js";
import { fieldForHeader, fieldsForHeader, groupHeaderWords, HEADER_WORD_END, isHeaderTerm, isPeriodAlone, MAX_HEADER_CELL, normalizeHeader } from "../../genre/headers.js";
import { ISSUER_LINE } from "../../genre/issuers.js";
import { TITLE_END } from "../../genre/titles.js";
import { SECTION_LINE } from "../../genre/sections.js";
import type { GridCell, GridRow, Paragraph } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import { type ColumnField, isUnitField } from "../../model/fields.js";
import { breakMeans, type CellRole } from "../../genre/line-breaks.js";
import { dropJumps, longestIncreasing } from "./anchors.js";
import { looksGarbled } from "./run-together-row.js";
import { AMBIGUOUS_MARGIN, alignRow, alignStream, alignSubRow, emptyCost, joinedByGuess, oneToOne, subRows, textBorderInSentence, type AlignColumn } from "./align-cells.js";
import { cellKind, expectedKind, fitScore } from "../../genre/cell-types.js";
import { chineseNumeral, readItemNumber } from "../../genre/numbering.js";
import { headerlessMessage, inferredHeader } from "./inferred-header.js";

// A row with as many lines as columns is read one line per column unless a line fits its column
// worse than this and another reading is better by this much.
const CLEARLY_WRONG = -1;
const CLEARLY_BETTER = 2;
// Row numbers may skip (an extract of the rows one office does: 3, 68, 69), but a number this far
// past the last row's is a figure alone on its line (an amount, 13400).
const MAX_ROW_NUMBER_JUMP = 100;
// One to one puts a unit's or person's name in a wording column (团区委 as the task's content): any
// clearly better reading wins.
const BETTER_WHEN_NAME_IN_WORDING = 0.5;
// A row whose lines were placed by what they look like is taken as read only when each fits its column this well.
const CONFIDENT_FIT = 0.5;
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";
import { plausibility } from "./plausibility.js";
import { fitPieces, type Piece } from "./fit-pieces.js";
import { textLines } from "./split-text.js";
import { joinWrappedPipeRows } from "./pipe-wraps.js";

interface Line {
  start: number;
  end: number;
  text: string;
  /** A cell printed over several adjacent lines (cellBlocks): the lines it was joined from. */
  parts?: Line[];
  /** A pipe alone standing for an empty cell (pipeCells, cells that close with their pipe). */
  emptyCell?: boolean;
}

// A row's number in a 序号 cell printed as a Chinese numeral (一 / 十二、): a row of its own, as 1 is.
const CN_SEQ_ONLY = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]?\s*$/;
// A task's number on a line of its own: 1 / 1. / 1、 / (1) / （1）.
const SEQ_ONLY = /^\s*(?:(\d{1,5})\s*[.\uff0e、]?|[(\uff08]\s*(\d{1,5})\s*[)\uff09])\s*$/;
// A cell whose text stops on a comma, enumeration comma, semicolon or colon goes on in a wrapped line.
const UNFINISHED = /[,;:\u3001\uff0c\uff1b\uff1a]\s*$/;
// A header the vocabulary knows may run longer (目前完成情况、存在问题及下一步工作措施).
const MAX_KNOWN_HEADER_CELL = 30;

/** Is a line short enough for a header cell: short, or a known header that goes on at length? */
function headerSized(text: string): boolean {
  const t = normalizeHeader(text);
  return t.length <= MAX_HEADER_CELL || (t.length <= MAX_KNOWN_HEADER_CELL && !/[。；;]/.test(t) && fieldForHeader(t) !== "extra");
}

/**
 * Where the lines after the table begin: the date at the end and the issuer lines just above it
 * (XX县河长制办公室 / 2024年3月1日). Without a date at the end, nothing is taken: an office's name
 * alone on the last line may as well be the last task's unit.
 */
function trailerStart(lines: readonly Line[], from: number): number {
  // The page's own footer (扫一扫在手机上查看当前页面, 打印本页, 索引号…) and all after it.
  const footer = lines.findIndex((l, i) => i >= from && FOOTER_LINE.test(l.text));
  let k = footer >= 0 ? footer : lines.length;
  if (k <= from || !DATE_LINE.test((lines[k - 1] as Line).text)) return k;
  while (k > from && (DATE_LINE.test((lines[k - 1] as Line).text) || ISSUER_LINE.test((lines[k - 1] as Line).text))) k--;
  return k;
}

/** spaces: each space separates (two in a row: an empty cell between); runs: columns aligned with runs of spaces. */
type Delimiter = "pipe" | "tab" | "spaces" | "runs";

/** Cut a delimited line into cells (stream offsets); empty cells are kept (a merged cell prints nothing). */
function cutLine(line: Line, delimiter: Delimiter): Piece[] {
  const pieces: Piece[] = [];
  const re = delimiter === "pipe" ? /\|/g : delimiter === "tab" ? /\t/g : / {2,}|\u3000+/g;
  let s = line.start;
  const text = line.text;
  if (delimiter === "spaces") {
    // Single spaces separate cells; each extra space is an empty cell (序号 then two spaces: 类别 merged above).
    const lead = text.length - text.trimStart().length;
    // Spaces after the last cell (a line padded on the right) are no empty cells.
    const stop = text.trimEnd().length;
    let pos = lead;
    let cur = lead;
    while (pos < stop) {
      if (text[pos] === " " || text[pos] === "\u3000") {
        pieces.push({ start: line.start + cur, end: line.start + pos });
        cur = pos + 1;
      }
      pos++;
    }
    pieces.push({ start: line.start + cur, end: line.start + text.trimEnd().length });
    return pieces.filter((p, i) => p.end > p.start || (i > 0 && i < pieces.length - 1));
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pieces.push({ start: s, end: line.start + m.index });
    s = line.start + m.index + m[0].length;
  }
  pieces.push({ start: s, end: line.end });
  // A leading or trailing pipe (or run of spaces) makes an empty first/last piece that is not a cell.
  if (delimiter === "pipe" || delimiter === "runs") {
    const trimmed = pieces.filter((p, i) => !((i === 0 || i === pieces.length - 1) && text.slice(p.start - line.start, p.end - line.start).trim() === ""));
    return trimmed;
  }
  return pieces;
}

function delimiterOf(line: string): Delimiter | null {
  if ((line.match(/\|/g)?.length ?? 0) >= 2) return "pipe";
  if ((line.match(/\t/g)?.length ?? 0) >= 2) return "tab";
  // Runs of spaces, ASCII or ideographic (U+3000, as a table copied from Word or WPS may have).
  const gaps = line.trim().match(/[ \u3000]+/g) ?? [];
  if (gaps.length < 2) return null;
  // Columns aligned with runs of spaces (序号   工作任务      牵头单位): a single space stays inside a cell.
  if (gaps.every((g) => g.length >= 2 || g.includes("\u3000"))) return "runs";
  return "spaces";
}

function looksLikeHeader(text: string): boolean {
  const t = normalizeHeader(text);
  return fieldForHeader(t) !== "extra" || HEADER_WORD_END.test(t) || /^[(\uff08]/.test(text.trim()) || t.length <= 2;
}

function knownHeaders(cells: readonly string[]): number {
  return cells.filter((c) => c.trim() !== "" && fieldForHeader(c) !== "extra").length;
}

/**
 * A row's last cell with the cells that did not fit after it, joined with spaces as
 * `${text} ${c.text}`.trim() would join them one at a time, but once: a line of 100,000 empty
 * cells copied the cell's spans for each (issue 14).
 */
function withOverflow(last: GridCell, extra: readonly GridCell[]): GridCell {
  const spans = [...(last.spans ?? [])];
  let text = last.text;
  extra.forEach((c, k) => {
    for (const s of c.spans ?? []) spans.push(s);
    // After the first join the text is trimmed, as cellAt's are: only an empty side needs care.
    text = k === 0 ? `${text} ${c.text}`.trim() : text === "" ? c.text : c.text === "" ? text : `${text} ${c.text}`;
  });
  return { ...last, text, spans };
}

/**
 * Two cells the vocabulary knows, one of them a column of units, and a first cell it does not know that
 * names what the rows are about (专项整治行业 | 时间安排 | 责任单位): a header too.
 */
function unitsAndOneMore(cells: readonly string[]): boolean {
  if (knownHeaders(cells) < 2) return false;
  const fields = fieldsForHeader(cells);
  return fields.some((f) => isUnitField(f)) && fields.includes("title");
}

/** The first line that reads as a delimited header row: three cells or more the vocabulary knows (or see unitsAndOneMore). */
function findDelimitedHeader(stream: Stream, lines: readonly Line[]): { index: number; delimiter: Delimiter; skip: number } | null {
  for (let i = 0; i < Math.min(lines.length, MAX_HEADER_SEARCH_LINES); i++) {
    const d = delimiterOf((lines[i] as Line).text);
    if (!d) continue;
    const cells = cutLine(lines[i] as Line, d).map((p) => stream.text.slice(p.start, p.end));
    const nonEmpty = cells.filter((c) => c.trim() !== "");
    // The table's title glued before its 序号 (…任务分解表| 序号 | 重点任务 |…) is not a column.
    const skip = nonEmpty.length > 1 && fieldForHeader(nonEmpty[1] as string) === "seq" && TITLE_END.test((nonEmpty[0] as string).trim()) ? 1 : 0;
    const heads = nonEmpty.slice(skip);
    // A header cell is short, unless the vocabulary knows it (进展情况、存在问题及下一步打算).
    if (heads.length >= 3 && (knownHeaders(heads) >= 3 || unitsAndOneMore(heads)) && heads.every((c) => normalizeHeader(c).length <= MAX_HEADER_CELL || fieldForHeader(c) !== "extra")) return { index: i, delimiter: d, skip };
  }
  return null;
}

// A task's text that begins with its number (1.主动对接… / (1)…).
const TASK_NUMBER_START = /^\s*(?:\d{1,3}\s*[.．、](?!\d)|[(（]\d{1,3}[)）])/;

// A delimited header is looked for among the first lines only.
const MAX_HEADER_SEARCH_LINES = 200;

// A row short of the header by more cells than this is not placed by kind (left to right, flagged).
const MAX_SHORT_BY = 3;
// A row this many pieces longer than the header is joined by what its cells look like; a longer one by length alone.
const MAX_LONG_BY = 4;
const OPEN_COLUMNS: ReadonlySet<ColumnField> = new Set(["note", "extra"]);
const MERGED_LEFT = 0.05;
const HOLE = 0.5;

/**
 * Of the readings of a row (each cell's fit to its column, and their total), the best one's value
 * when it is clear: every cell fits its column and no other reading comes within AMBIGUOUS_MARGIN.
 */
function clearBest<T>(readings: Iterable<{ score: number; fits: readonly number[]; value: T }>): T | null {
  let best: { score: number; fits: readonly number[]; value: T } | null = null;
  let second = Number.NEGATIVE_INFINITY;
  for (const r of readings) {
    if (!best || r.score > best.score) {
      second = best ? best.score : second;
      best = r;
    } else if (r.score > second) second = r.score;
  }
  return best && Math.min(...best.fits) >= 0 && best.score - second >= AMBIGUOUS_MARGIN ? best.value : null;
}

/** The ways of choosing k of 0..n-1, in increasing order. */
function* combinations(n: number, k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= n - k; i++) for (const rest of combinations(n, k - 1, i + 1)) yield [i, ...rest];
}

/** A table printed one row per line with delimiters, read line by line. */
class DelimitedTable {
  readonly rows: GridRow[] = [];
  readonly messages: Message[] = [];
  private readonly width: number;
  private readonly seqCol: number;
  /** Columns whose value a row printed once for several rows carries down. */
  private readonly carry: Set<number>;
  private lastCells: GridCell[] | null = null;
  // The last line of each of lastCells: what a wrapped line is judged against. The cells' texts
  // themselves are not searched, which made a long run of wrapped lines quadratic.
  private tails: string[] = [];

  /** Rows end with their delimiter (… | 2010年9月 |): a line that does not is a row whose last cell goes on below. */
  private readonly closed: boolean;
  private open: { line: Line; pieces: Piece[] } | null = null;
  private readonly columns: AlignColumn[];

  constructor(
    private readonly stream: Stream,
    private readonly locator: Locator,
    readonly header: GridCell[],
    private readonly delimiter: Delimiter,
    headerLine: Line,
  ) {
    this.width = header.length;
    this.closed = delimiter === "pipe" && headerLine.text.trimEnd().endsWith("|");
    const fields = fieldsForHeader(header.map((h) => h.text));
    this.columns = header.map((h, i) => ({ field: fields[i] as ColumnField, header: h.text }));
    this.seqCol = header.findIndex((h) => fieldForHeader(h.text) === "seq");
    // Columns a table merges down over its rows: groupings, and a period printed before the tasks it
    // groups (时限 | 类别 | 工作任务: 第一季度 over its rows).
    const titleAt = this.columns.findIndex((c) => c.field === "title" || c.field === "content");
    this.carry = new Set(this.columns.map((c, i) => (["category", "title", "leaders", "section"].includes(c.field) || (c.field === "deadline" && titleAt > i) ? i : -1)).filter((i) => i >= 0));
  }

  private text(p: Piece): string {
    return this.stream.text.slice(p.start, p.end).trim();
  }

  read(line: Line): void {
    let pieces = cutLine(line, this.delimiter);
    const open = this.open;
    this.open = null;
    if (open && pieces.length > 0 && open.pieces.length + pieces.length - 1 <= this.width) ({ line, pieces } = this.joinOpen(open, line, pieces));
    else if (open) this.readPieces(open.line, open.pieces);
    // A line of delimiters only (the closing | of a row above) holds no cell.
    if (pieces.every((p) => this.text(p) === "")) return;
    // A row that stops without its closing delimiter goes on over the next line: read with it.
    if (this.closed && !line.text.trimEnd().endsWith("|") && pieces.length > 1 && pieces.length < this.width) {
      this.open = { line, pieces };
      return;
    }
    this.readPieces(line, pieces);
  }

  private readPieces(line: Line, cut: Piece[]): void {
    let pieces = cut;
    // A row that lost its leading merged cells starts with the number: shift it under 序号.
    if (this.seqCol > 0 && /^\d{1,5}$/.test(this.text(pieces[0] as Piece)) && !/^\d{1,5}$/.test(pieces[this.seqCol] ? this.text(pieces[this.seqCol] as Piece) : "")) {
      pieces = [...Array.from({ length: this.seqCol }, () => ({ start: line.start, end: line.start })), ...pieces];
    }
    const seqText = this.seqCol >= 0 && pieces[this.seqCol] ? this.text(pieces[this.seqCol] as Piece) : "";
    if (this.seqCol < 0 || SEQ_ONLY.test(seqText) || CN_SEQ_ONLY.test(seqText)) this.addRow(line, pieces, seqText);
    else {
      const cells = this.underMergedNumber(pieces);
      // Under the number above: an empty 序号, its cells after it, the empty cells it ends with dropped.
      if (cells !== null) this.addRow(line, [{ start: line.start, end: line.start }, ...cells], "", true);
      else this.readOtherLine(line, pieces);
    }
  }

  /**
   * A row under a merged 序号 that printed none of its merged cells (新增托位500个。 | 新增托位600个。 | ||,
   * under 2 | 新建驿站7家。 | 新建13家。 | 卫生健康局 |): words where its number would be, two cells or more
   * filled, fewer than the header's after its empty ones, and a row above it. A wrapped cell's next line
   * (| 保护工作 | 市环保局 |) leaves the number's place empty; a section heading fills one cell. Its cells
   * without the empty ones it ends with, or null when it is no such row.
   */
  private underMergedNumber(pieces: Piece[]): Piece[] | null {
    // Pipes say where its cells are; spaces may stand inside a name (屈 磊).
    if (this.seqCol !== 0 || !this.lastCells || this.delimiter !== "pipe") return null;
    const first = this.text(pieces[0] as Piece);
    const filled = pieces.filter((p) => this.text(p) !== "").length;
    let end = pieces.length;
    while (end > 0 && this.text(pieces[end - 1] as Piece) === "") end--;
    return first !== "" && !SECTION_LINE.test(first) && filled >= 2 && end < this.width && end === filled ? pieces.slice(0, end) : null;
  }

  /** An open row's line and the line after it, read as one: the first piece below goes on from the last one above. */
  private joinOpen(open: { line: Line; pieces: Piece[] }, line: Line, pieces: Piece[]): { line: Line; pieces: Piece[] } {
    const last = open.pieces[open.pieces.length - 1] as Piece;
    const first = pieces[0] as Piece;
    const role = (this.columns[open.pieces.length - 1]?.field ?? "extra") as CellRole;
    const sep = breakMeans(this.stream.text.slice(last.start, last.end).trim(), this.stream.text.slice(first.start, first.end).trim(), role) ? "\n" : "";
    const joined: Piece = { start: last.start, end: first.end, parts: [...(last.parts ?? [last]), ...(first.parts ?? [first])], seps: [...(last.seps ?? []), sep, ...(first.seps ?? [])] };
    return {
      line: { start: open.line.start, end: line.end, text: this.stream.text.slice(open.line.start, line.end) },
      pieces: [...open.pieces.slice(0, -1), joined, ...pieces.slice(1)],
    };
  }

  /** An open row left at the end of the table: read as it is. */
  finish(): void {
    const open = this.open;
    this.open = null;
    if (open) this.readPieces(open.line, open.pieces);
  }

  /** A line that does not start a row: a section heading, a wrapped cell's next line, or garbled text. */
  private readOtherLine(line: Line, pieces: Piece[]): void {
    const { stream, locator } = this;
    // A line of one cell that reads as a numbered heading (一、…, (二)…, 第三部分…) is a section row,
    // wherever it stands; printed with pipes (| 一、… |), its cell is the text between them.
    const filled = pieces.filter((p) => this.text(p) !== "");
    const only = filled.length === 1 ? (filled[0] as Piece) : null;
    const onlyText = only ? this.text(only) : "";
    const prev = this.rows[this.rows.length - 1];
    if (only && SECTION_LINE.test(onlyText) && !/[。;,\uff1b\uff0c]$/.test(onlyText)) {
      const cell = cellAt(stream, locator, only.start, only.end);
      this.rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
    } else if (prev && prev.kind === "data" && this.lastCells) {
      this.continueCell(line, pieces, only, prev);
    } else {
      const cell = only ? cellAt(stream, locator, only.start, only.end) : cellAt(stream, locator, line.start, line.end);
      this.rows.push(filled.length <= 1 ? { kind: "section", cells: [cell], raw: cell.text, place: cell.place } : { kind: "garbled", cells: [cell], raw: cell.text, place: cell.place });
    }
  }

  /** A line that continues a cell of the row before (a wrapped cell). */
  private continueCell(line: Line, pieces: Piece[], only: Piece | null, prev: GridRow): void {
    const lastCells = this.lastCells as GridCell[];
    // A line printed as a row of its own with its other cells empty (新增学位810个 | | | |) is a
    // second paragraph of one cell: its only piece is the text, not the delimiters around it.
    const cell = only && pieces.length > 1 ? cellAt(this.stream, this.locator, only.start, only.end) : cellAt(this.stream, this.locator, line.start, line.end);
    // The cell it continues: the last one left visibly unfinished (ending in ， 、 ； ：); else, for
    // such a row of its own, the first column whose kind it has (a task's second line goes to the task);
    // else the last cell.
    let at = lastCells.length - 1;
    const unfinished = this.tails.findLastIndex((t) => UNFINISHED.test(t ?? ""));
    if (unfinished >= 0) at = unfinished;
    else if (only && pieces.length > 1) {
      const kind = cellKind(cell.text);
      const fitting = this.header.findIndex((h, i) => i !== this.seqCol && expectedKind(fieldForHeader(h.text), h.text) === kind);
      if (fitting >= 0) at = fitting;
    }
    const last = lastCells[at] as GridCell;
    // Appended in place: copying the spans on every wrapped line made a long cell quadratic.
    const spans = last.spans ?? [];
    for (const s of cell.spans ?? []) spans.push(s);
    // The break is kept where it means something (a new sentence, item or name), as in a Word cell.
    const role = fieldForHeader((this.header[at] as GridCell).text) as CellRole;
    const sep = breakMeans(this.tails[at] ?? "", cell.text, role) ? "\n" : "";
    lastCells[at] = { ...last, text: `${last.text}${sep}${cell.text}`, spans };
    this.tails[at] = cell.text;
    prev.raw += `\n${cell.text}`;
  }

  /** A row's cells, one per column; pieces beyond the header's width join the last cell. */
  /**
   * A row of fewer cells than the header (a merged cell printed only in the first row of its group):
   * each cell in the column it reads like, in order, when that reading is clear; null when it is not.
   */
  private placeShort(pieces: Piece[]): Array<Piece | undefined> | null {
    const skip = this.width - pieces.length;
    if (skip > MAX_SHORT_BY) return null;
    const fits = this.columns.map((c) => pieces.map((p) => fitScore(expectedKind(c.field, c.header), this.text(p))));
    // Merged cells are the first columns (a table groups broad to narrow): a hole further right is a lost cell.
    // Cells left empty at the row's end are common (no deadline, no note); a hole between filled cells is a lost cell.
    const emptyAt = (skipped: number[], c: number): number => {
      const k = skipped.indexOf(c);
      if (k === c) return MERGED_LEFT;
      const cost = emptyCost((this.columns[c] as AlignColumn).field);
      return skipped.length - k === this.width - c ? cost : cost + HOLE;
    };
    // Every way of leaving `skip` columns empty, the cells in order in the others.
    const readings = [...combinations(this.width, skip)].map((skipped) => {
      const cols = Array.from({ length: this.width }, (_, i) => i).filter((i) => !skipped.includes(i));
      const cellFits = cols.map((c, k) => (fits[c] as number[])[k] as number);
      const score = cellFits.reduce((a, b) => a + b, 0) - skipped.reduce((a, c) => a + emptyAt(skipped, c), 0);
      return { score, fits: cellFits, value: cols };
    });
    const best = clearBest(readings);
    if (!best) return null;
    const out: Array<Piece | undefined> = new Array(this.width).fill(undefined);
    best.forEach((c, k) => {
      out[c] = pieces[k];
    });
    return out;
  }

  /**
   * A row cut into more pieces than the header has columns (spaces inside a cell: 各区教育局、 市局直属单位,
   * a word injected with a space into a task's text): the pieces joined into cells so that each reads
   * like its column, when that reading is clear and every cell fits; null when it is not.
   */
  private placeLong(pieces: Piece[]): Piece[] | null {
    const fixed = Math.max(this.seqCol + 1, 0);
    const rest = pieces.slice(fixed);
    const groups = this.width - fixed;
    if (groups < 2 || rest.length - groups > MAX_LONG_BY || rest.some((p) => this.text(p) === "")) return null;
    const joined = (a: number, b: number): string => rest.slice(a, b).map((p) => this.text(p)).join("");
    // Every way of cutting the pieces into `groups` runs, each run one cell, in order; a piece that
    // stops on an enumeration comma goes on in the next (各区教育局、| 市局直属单位).
    const readings = [...combinations(rest.length - 1, groups - 1)]
      .filter((inner) => !inner.some((i) => /[\u3001,\uff0c]$/.test(this.text(rest[i] as Piece))))
      .map((inner) => {
        const cuts = [0, ...inner.map((i) => i + 1), rest.length];
        const fits = cuts.slice(0, -1).map((a, g) => {
          const column = this.columns[fixed + g] as AlignColumn;
          const fit = fitScore(expectedKind(column.field, column.header), joined(a, cuts[g + 1] as number));
          // A remark may hold anything (备注: 各区教育局、市局直属单位).
          return OPEN_COLUMNS.has(column.field) ? Math.max(0, fit) : fit;
        });
        return { score: fits.reduce((x, y) => x + y, 0), fits, value: cuts };
      });
    const cuts = clearBest(readings);
    if (!cuts) return null;
    const cells = cuts.slice(0, -1).map((a, g): Piece => {
      const run = rest.slice(a, cuts[g + 1]);
      const first = run[0] as Piece;
      const last = run[run.length - 1] as Piece;
      return run.length === 1 ? first : { start: first.start, end: last.end, parts: run.flatMap((q) => q.parts ?? [q]) };
    });
    return [...pieces.slice(0, fixed), ...cells];
  }

  /** How many empty cells close the row (its first cell aside). */
  private emptyAtEnd(pieces: readonly Piece[]): number {
    let empty = 0;
    while (empty < pieces.length - 1 && this.text(pieces[pieces.length - 1 - empty] as Piece).trim() === "") empty++;
    return empty;
  }

  /**
   * A full row whose last cell is empty (… | 监督电话… | |) may be a short row under a merged first
   * column with its closer printed twice: read so when its cells clearly fit one column to the right.
   */
  private shiftedRight(pieces: Piece[]): Array<Piece | undefined> | null {
    if (pieces.length !== this.width || this.seqCol >= 0) return null;
    // As many merged columns as empty cells close the row (… | 启动…。 | |||: two merged, two closers more).
    for (let k = this.emptyAtEnd(pieces); k >= 1; k--) {
      const placed = this.placeShort(pieces.slice(0, -k));
      if (placed && placed[0] === undefined) return placed;
    }
    return null;
  }

  /**
   * A numbered row whose cells after a merged middle column moved one to the left, its closer printed at the
   * end (2 | 项目… | 4月:… | 已完成。… | |, under 牵头单位 merged from the row above): read so when its cells
   * clearly fit one column further right from that column on, the number kept in its column and the
   * skipped column one whose values a table merges (units, leaders). The placement, and the columns skipped.
   */
  private mergedInside(pieces: Piece[]): { placed: Array<Piece | undefined>; skipped: number[] } | null {
    if (pieces.length !== this.width || this.seqCol < 0) return null;
    for (let k = this.emptyAtEnd(pieces); k >= 1; k--) {
      const placed = this.placeShort(pieces.slice(0, -k));
      if (!placed || placed[this.seqCol] !== pieces[this.seqCol]) continue;
      const skipped = placed.map((p, i) => (p === undefined ? i : -1)).filter((i) => i >= 0);
      const inside = skipped.every((i) => i < this.width - 1 && MERGED_FIELDS.has((this.columns[i] as AlignColumn).field));
      if (skipped.length > 0 && inside) return { placed, skipped };
    }
    return null;
  }

  /**
   * A short row whose first cell goes on with the numbering of a column of the row above (1、城市大环境… over
   * 2、按照城市卫生…, under a merged first column): its cells from that column on, in order; null when none does.
   */
  private numberedOn(pieces: Piece[]): Array<Piece | undefined> | null {
    const first = pieces[0];
    if (!first || !this.lastCells) return null;
    const own = readItemNumber(this.text(first).trimStart(), 0);
    if (!own || own.value < 2) return null;
    const at = this.lastCells.findIndex((c) => {
      const above = readItemNumber(c.text.trimStart(), 0);
      return above !== null && above.scheme === own.scheme && above.value === own.value - 1;
    });
    if (at <= 0 || at + pieces.length > this.width) return null;
    const out: Array<Piece | undefined> = new Array(this.width).fill(undefined);
    pieces.forEach((p, k) => {
      out[at + k] = p;
    });
    return out;
  }

  private rowCells(line: Line, pieces: Piece[]): { cells: GridCell[]; count: number; placed: boolean; numbered: boolean; borderGuessed: boolean; joined: boolean; skipped: number[] } {
    const { stream, locator, width } = this;
    const numbered = pieces.length < width && this.seqCol < 0 ? this.numberedOn(pieces) : null;
    const inside = numbered === null && pieces.length === width && this.seqCol >= 0 ? this.mergedInside(pieces) : null;
    const placed = numbered ?? inside?.placed ?? (pieces.length < width && this.seqCol < 0 ? this.placeShort(pieces) : this.shiftedRight(pieces));
    const fitted = placed ?? (pieces.length > width ? (this.placeLong(pieces) ?? fitPieces(stream.text, pieces, width, Math.max(this.seqCol + 1, 0))) : pieces);
    const cells: GridCell[] = this.header.map((_, i) => {
      const p = fitted[i];
      if (!p) return { text: "", place: locator.place(stream.sourceAt(line.start), stream.sourceAt(line.end)), spans: [] };
      if (!p.parts) return cellAt(stream, locator, p.start, p.end);
      const parts = p.parts.map((q) => cellAt(stream, locator, q.start, q.end));
      return { text: parts.map((c, k) => (k === 0 ? "" : (p.seps?.[k - 1] ?? "")) + c.text).join(""), place: locator.place(stream.sourceAt(p.start), stream.sourceAt(p.end)), spans: parts.flatMap((c) => c.spans ?? []) };
    });
    // Extra pieces that did not fit go into the last cell rather than being lost.
    const overflow = fitted.slice(width) as Piece[];
    if (overflow.length > 0) cells[width - 1] = withOverflow(cells[width - 1] as GridCell, overflow.map((p) => cellAt(stream, locator, p.start, p.end)));
    // More pieces than columns were joined into cells: two cells of text side by side, the border
    // between them inside a sentence, were cut where nothing printed says.
    const joined = fitted.slice(0, width).map((p) => (p ? (p.parts ?? [p]).map((q) => this.text(q)) : []));
    const borderGuessed = pieces.length > width && textBorderInSentence(joined, this.columns);
    // Pieces joined where nothing printed says they are one cell: a list's mark (各区教育局、 市局直属单位) does.
    const joinGuessed = placed === null && pieces.length > width && joinedByGuess(joined);
    return { cells, count: placed ? pieces.length : fitted.length, placed: placed !== null, numbered: numbered !== null, borderGuessed, joined: joinGuessed, skipped: inside?.skipped ?? [] };
  }

  private addRow(line: Line, pieces: Piece[], seqText: string, underNumber = false): void {
    const { cells, count, placed, numbered, borderGuessed, joined, skipped } = this.rowCells(line, pieces);
    // A value printed once for several rows is carried down, but not into a garbled row whose cells
    // do not match the header: its empty cell is one it lost, not one merged from above.
    const lostCells = count !== this.width && looksGarbled(line.text);
    // A row under a merged number takes the cells it did not print, after its own, from the row above.
    // …and a row whose cells moved left past a merged middle column takes that column's value from above.
    const carried = underNumber ? new Set([...this.carry, this.seqCol, ...this.header.map((_, i) => i).filter((i) => i >= count)]) : skipped.length > 0 ? new Set([...this.carry, ...skipped]) : this.carry;
    for (const i of lostCells ? [] : carried) {
      const above = this.lastCells?.[i];
      if ((cells[i] as GridCell).text === "" && above && above.text !== "") cells[i] = carriedDown(above);
    }
    const place = this.locator.place(this.stream.sourceAt(line.start), this.stream.sourceAt(line.end));
    const row: GridRow = { kind: "data", cells, raw: line.text.trim(), place };
    // Placed by kind with only cells of the kinds tables merge left empty: the row reads clearly.
    const clear = (placed || underNumber) && cells.every((c, i) => c.text !== "" || carried.has(i) || i === this.seqCol || ["note", "extra"].includes((this.columns[i] as AlignColumn).field));
    if (count !== this.width && !clear) {
      this.messages.push({
        ruleId: "row-cells",
        severity: "warning",
        reason: numbered
          ? `A row has ${count} cells where the header has ${this.width}: its first goes on with the numbering of the column 「${this.header[cells.findIndex((c) => c.text !== "" && c.merged !== true)]?.text.trim() ?? ""}」 above and was placed there, the others after it; its other cells are empty.`
          : `A row has ${count} cells where the header has ${this.width}: its cells were placed left to right and may be in the wrong columns.`,
        seq: Number.parseInt(seqText, 10) || null,
        field: null,
        where: place,
      });
      row.uncertain = "its cells do not match the header's columns";
    } else if (borderGuessed) row.uncertain = "two cells of text follow each other and the first ends inside a sentence: where one ends and the next begins was guessed";
    else if (joined) row.guessed = "its line has more pieces than the header has columns, and some were joined into one cell by what they look like";
    else if (skipped.length > 0) row.guessed = `its cells fit one column to the right of where they were printed, from the column 「${this.header[skipped[0] as number]?.text.trim() ?? ""}」 on: that column's value was taken from the row above`;
    this.rows.push(row);
    this.lastCells = cells;
    this.tails = cells.map((c) => c.text.slice(c.text.lastIndexOf("\n") + 1));
  }
}

// Columns a table merges over several rows, whose cell a row may leave unprinted in the middle of its line.
const MERGED_FIELDS: ReadonlySet<string> = new Set(["units", "leadUnits", "supportUnits", "leaders", "category"]);

/**
 * A table printed one row per line with delimiters (`|`, tabs, or spaces between cells),
 * the header line first: 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位.
 */
function readDelimited(stream: Stream, locator: Locator, lines: Line[]): TextTable | null {
  const found = findDelimitedHeader(stream, lines);
  if (!found) return null;
  const headerLine = lines[found.index] as Line;
  const nonEmptyPieces = cutLine(headerLine, found.delimiter).filter((p) => stream.text.slice(p.start, p.end).trim() !== "");
  const headerPieces = nonEmptyPieces.slice(found.skip);
  // A title glued before the header is a paragraph of its own, before the table.
  const titleBefore = found.skip > 0 ? paragraphsAt(stream, locator, (nonEmptyPieces[0] as Piece).start, (nonEmptyPieces[0] as Piece).end) : [];
  // A second header row naming the columns under a group (责任单位 over 牵头单位 | 配合单位).
  const two = found.skip === 0 ? twoRowHeader(stream, lines, found.index, found.delimiter) : null;
  const header = two ? two.cells.map((p) => cellAt(stream, locator, p.start, p.end)) : headerPieces.map((p) => cellAt(stream, locator, p.start, p.end));
  const groups = two ? two.groups.flatMap((p) => paragraphsAt(stream, locator, p.start, p.end)) : [];
  const table = new DelimitedTable(stream, locator, header, found.delimiter, headerLine);
  const after: Paragraph[] = [];
  const first = found.index + (two ? 2 : 1);
  const trailer = trailerStart(lines, first);
  // The page's footer or information block under the rows (扫一扫…, 索引号： | …): the page goes on, not the table.
  let closed = false;
  for (let li = first; li < lines.length; li++) {
    const line = lines[li] as Line;
    closed ||= table.rows.length > 0 && FOOTER_LINE.test(line.text);
    if (closed || li >= trailer || DATE_LINE.test(line.text) || (li === lines.length - 1 && ISSUER_LINE.test(line.text))) after.push(...paragraphsAt(stream, locator, line.start, line.end));
    else table.read(line);
  }
  table.finish();
  return { layout: "delimited", header: table.header, rows: table.rows, before: [...paragraphsAt(stream, locator, 0, headerLine.start), ...titleBefore, ...groups], after, messages: table.messages };
}

/**
 * A header printed over two lines (| 序号 | 工作任务 | 责任单位 | | 完成时限 | / | | | 牵头单位 | 配合单位 | |):
 * each column named by its lower cell where it has one, else by its upper one; the group names over
 * lower cells (责任单位) name no column. Null when the line after the header is no such row: it must
 * be as wide, name only what the vocabulary knows, and the upper line must leave a cell empty for it.
 */
function twoRowHeader(stream: Stream, lines: readonly Line[], index: number, delimiter: Delimiter): { cells: Piece[]; groups: Piece[] } | null {
  const next = lines[index + 1];
  if (!next || delimiterOf(next.text) !== delimiter) return null;
  const text = (p: Piece): string => stream.text.slice(p.start, p.end).trim();
  const upper = cutLine(lines[index] as Line, delimiter);
  const lower = cutLine(next, delimiter);
  if (upper.length !== lower.length || !upper.some((p) => text(p) === "")) return null;
  const named = lower.filter((p) => text(p) !== "");
  if (named.length < 2 || named.some((p) => fieldForHeader(text(p)) === "extra" || SEQ_ONLY.test(text(p)))) return null;
  const cells: Piece[] = [];
  const groups: Piece[] = [];
  upper.forEach((u, i) => {
    const l = lower[i] as Piece;
    if (text(l) === "") {
      cells.push(u);
      return;
    }
    cells.push(l);
    if (text(u) !== "") groups.push(u);
  });
  return cells.some((p) => text(p) === "") ? null : { cells, groups };
}

/**
 * A table printed one cell per line, rows starting with a line that holds only the
 * number (government web pages): 序号 / 督查内容 / 牵头责任 / 单位 / … then 1 / … / 2 / ….
 */
/** Line breaks in the text between two lines: 1 when they are adjacent, 2 or more across blank lines. */
function breaksBetween(stream: Stream, a: Line, b: Line): number {
  let n = 0;
  for (let i = a.end; i < b.start; i++) if (stream.text.charCodeAt(i) === 10) n++;
  return n;
}

// Lines wrapped at one width: at least this many share the longest common length.
const MIN_WRAPPED_LINES = 3;
const MIN_WRAP_WIDTH = 15;

/** The width a text's long lines were wrapped at (the most common length of its long lines), or 0 when none was. */
function wrapWidth(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const n = l.text.trim().length;
    if (n >= MIN_WRAP_WIDTH) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width = 0;
  let most = 0;
  for (const [n, c] of counts) if (c > most || (c === most && n > width)) [width, most] = [n, c];
  return most >= MIN_WRAPPED_LINES ? width : 0;
}

/**
 * A page that prints each cell as a paragraph, a blank line between (most government pages):
 * a cell wrapped over two lines is then two adjacent lines, and they are one cell. Only when
 * blank lines separate most gaps between lines (BLANK_SEPARATED); otherwise each line is a cell, as before.
 */
function cellBlocks(stream: Stream, lines: Line[]): Line[] {
  if (lines.length < 8) return lines;
  // Lines a page or OCR wrapped at its width (a long cell over several full lines) break without a blank: not counted.
  const width = wrapWidth(lines);
  let blank = 0;
  let counted = 0;
  for (let i = 1; i < lines.length; i++) {
    const twoBreaks = breaksBetween(stream, lines[i - 1] as Line, lines[i] as Line) >= 2;
    if (!twoBreaks && width > 0 && (lines[i - 1] as Line).text.trim().length >= width - 1) continue;
    counted++;
    if (twoBreaks) blank++;
  }
  if (counted === 0 || blank / counted < BLANK_SEPARATED) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    // A date under an issuer (XX县人民政府办公室 / 2024年3月15日) is a line of its own, not a wrapped cell;
    // so is a header's 序号 under the table's title, and a row's number alone.
    if (last && breaksBetween(stream, last, line) === 1 && !DATE_LINE.test(line.text) && !OPENS_TABLE_OR_ROW.test(line.text)) out[out.length - 1] = { start: last.start, end: line.end, text: stream.text.slice(last.start, line.end), parts: [...(last.parts ?? [last]), line] };
    else out.push(line);
  }
  return out;
}

/**
 * A table whose cells each begin with a pipe (| 项目内容 / | 工 作 要 求, a wrapped cell going on
 * below) or end with one (…中心 |), each row closed by a pipe alone on its line: the cells as
 * blocks of lines, the pipes being only where a cell begins or ends. Null when the text is not printed so.
 */
function pipeCells(stream: Stream, lines: Line[]): Line[] | null {
  const lone = lines.filter((l) => LONE_PIPES.test(l.text)).length;
  const leading = lines.filter((l) => /^\s*\|\s*\S/.test(l.text) && !l.text.includes("|", l.text.indexOf("|") + 1)).length;
  const trailing = lines.filter((l) => /\S\s*\|\s*$/.test(l.text) && l.text.indexOf("|") === l.text.lastIndexOf("|")).length;
  const firstTrailing = lines.findIndex((l) => /\S\s*\|\s*$/.test(l.text));
  // Every cell closed by its pipe, rows not closed at all (序号 | / 目标与任务 | / … / 80 | / …): from
  // the first such line on, most lines end so; the lines between are a cell's wrapped start.
  const body = firstTrailing < 0 ? [] : lines.slice(firstTrailing).filter((l) => l.text.trim() !== "");
  const closedCells = trailing >= TRAILING_ONLY_MIN && trailing >= TRAILING_ONLY_SHARE * body.length;
  const mode = lone >= MIN_PIPE_ROWS && leading >= 2 * MIN_PIPE_ROWS ? "leading" : (lone >= MIN_PIPE_ROWS && trailing >= 2 * MIN_PIPE_ROWS) || closedCells ? "trailing" : null;
  if (!mode) return null;
  const out: Line[] = [];
  let open: Line[] = [];
  const close = (): void => {
    if (open.length === 0) return;
    const first = open[0] as Line;
    const last = open[open.length - 1] as Line;
    out.push(open.length === 1 ? first : { start: first.start, end: last.end, text: open.map((p) => p.text).join("\n"), parts: open });
    open = [];
  };
  // A line without its pipe: the text beside it, trimmed.
  const piece = (from: number, to: number): Line => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(stream.text[a] as string)) a++;
    while (b > a && /\s/.test(stream.text[b - 1] as string)) b--;
    return { start: a, end: b, text: stream.text.slice(a, b) };
  };
  for (const [n, line] of lines.entries()) {
    if (LONE_PIPES.test(line.text)) {
      close();
      // Cells that close with their pipe print an empty cell as the pipe alone: kept, as a cell of
      // its own in a numbered row (rows with no numbers are cut by their cells' looks without it).
      if (mode === "trailing" && closedCells) out.push({ ...line, emptyCell: true });
      continue;
    }
    const bar = line.start + line.text.indexOf("|");
    if (mode === "leading" && /^\s*\|/.test(line.text)) {
      close();
      open.push(piece(bar + 1, line.end));
    } else if (mode === "trailing" && /\|\s*$/.test(line.text)) {
      // More lines without a pipe than a cell wraps over are text between two tables (a notice
      // between a page's information block and the list): lines of their own, not this cell's.
      if (open.length > MAX_WRAPPED_CELL_LINES) {
        out.push(...open);
        open = [];
      }
      // A cell opened by a pipe as well (| 序号 | / | 1 |: a row's first cell): the text between them.
      const opened = /^\s*\|/.test(line.text) && line.text.indexOf("|") < line.text.lastIndexOf("|") ? line.text.indexOf("|") + 1 : 0;
      open.push(piece(line.start + opened, line.start + line.text.lastIndexOf("|")));
      close();
    } else if (open.length > 0 || (closedCells && n > firstTrailing && line.text.trim() !== "")) open.push(piece(line.start, line.end));
    else out.push(line);
  }
  close();
  return out.filter((l) => l.text.trim() !== "");
}

// A table printed with a pipe at each cell has at least this many rows closed by a pipe alone.
const MIN_PIPE_ROWS = 2;
// A cell closed by its pipe wraps over at most this many lines before it.
const MAX_WRAPPED_CELL_LINES = 3;
// A line of pipes alone (| or ||): the end of a row.
const LONE_PIPES = /^\s*\|+\s*$/;
// Cells closed by a pipe with no row closers: at least this many such lines, and this share of the
// lines from the first of them on (nanling 2024, zhoushan 2018: 15 of 24, 39 of 52).
const TRAILING_ONLY_MIN = 8;
const TRAILING_ONLY_SHARE = 0.5;

/** One cell from the lines it was printed over: a break kept where it means something, as in a Word cell. */
/**
 * A merged cell's value carried down from the cell above: no spans of its own (its text was printed
 * once, above), its place the whole of the cell it copies, so that the characters as printed can be
 * given back over all its lines (a unit cell 文物股 / 郙閣公司).
 */
function carriedDown(above: GridCell): GridCell {
  const spans = above.spans ?? [];
  const place = spans.length === 0 ? above.place : { ...above.place, offset: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  return { text: above.text, place, spans: [], merged: true };
}

function joinedCell(stream: Stream, locator: Locator, parts: readonly Line[], role: CellRole): GridCell {
  const cells = parts.map((p) => cellAt(stream, locator, p.start, p.end));
  let text = (cells[0] as GridCell).text;
  for (let i = 1; i < cells.length; i++) {
    const line = (cells[i] as GridCell).text;
    text += (breakMeans(text.slice(text.lastIndexOf("\n") + 1), line, role) ? "\n" : "") + line;
  }
  const first = parts[0] as Line;
  const last = parts[parts.length - 1] as Line;
  return { text, place: locator.place(stream.sourceAt(first.start), stream.sourceAt(last.end)), spans: cells.flatMap((c) => c.spans ?? []) };
}

// Share of line gaps (wrapped lines not counted) that must be blank lines for adjacent lines to be
// read as one cell. A page's information block over the table (索引号… / 成文日期…) has lines without
// blanks between them: 0.8 lost a wrapped table under one (npm run robustness); no corpus document
// reads differently at 0.65.
const BLANK_SEPARATED = 0.65;
// A header's first cell or a row's number, alone on its line: never a wrapped cell's second line.
const OPENS_TABLE_OR_ROW = /^\s*(?:序号|编号|序|\d{1,3}[.\uff0e、]?)\s*$/;

interface HeaderRun {
  /** First and one-past-last line of the header. */
  start: number;
  end: number;
  /** Where the lines before the header that title its group begin (start when there are none). */
  lead: number;
}

// The fields a table of two columns pairs: its wording, and whose work it is (a wording and a date
// alone was tried: a header over three columns, 任务目标 | 完成时限, read as two, every cell misplaced).
const WORDING_FIELDS = new Set(["title", "content"]);
const PAIRED_FIELDS = new Set(["units", "leadUnits"]);

/**
 * A header of two cells on two lines, wording and units (相关部门 | 职责分工 in a county's
 * 与相关部门的职责边界 list; 工作任务 | 责任单位): known only when the pair is of those kinds and
 * nothing else stands in the run, so two stray words of the vocabulary in prose are no header.
 */
function twoColumnHeader(lines: readonly Line[], i: number, j: number): boolean {
  if (j - i !== 2) return false;
  const a = fieldForHeader((lines[i] as Line).text);
  const b = fieldForHeader((lines[i + 1] as Line).text);
  return (WORDING_FIELDS.has(a) && PAIRED_FIELDS.has(b)) || (PAIRED_FIELDS.has(a) && WORDING_FIELDS.has(b));
}

/**
 * Where a header without 序号 over lines `i` to `j` ends, and how many of its cells the vocabulary
 * knows: the lines are grouped into cells as a header's words are, and the header ends with its last
 * known cell, unless that cell names a field the header has already named only because it ends like
 * one (养老服务项目 under 项目名称, just before the long line of its wording: the first row's name).
 */
function unnumberedHeaderEnd(lines: readonly Line[], i: number, j: number): { end: number; known: number; cells: number } {
  const groups = groupHeaderWords(lines.slice(i, j).map((l) => l.text.trim()));
  const read = groups.map((g) => {
    const text = g.map((k) => (lines[i + k] as Line).text.trim()).join("");
    return { end: i + (g[g.length - 1] as number) + 1, text, field: fieldForHeader(text) };
  });
  let last = read.length;
  while (last > 0 && read[last - 1]?.field === "extra") last--;
  const cell = read[last - 1];
  if (cell && !isHeaderTerm(cell.text) && read.slice(0, last - 1).some((c) => c.field === cell.field)) {
    last--;
    while (last > 0 && read[last - 1]?.field === "extra") last--;
  }
  const kept = read.slice(0, last);
  // Cells after the last known one that still read as a column's name (1-9月份工作取得成效 / 监督电话): a
  // report's or a list's own columns, kept under their printed names (not counted as cells the vocabulary
  // must know); never a first row's name (养老服务项目, 学校建设工程).
  let end = last;
  while (end > 0 && end < read.length && TRAILING_COLUMN.test(normalizeHeader((read[end] as { text: string }).text))) end++;
  const through = read.slice(0, end);
  return { end: through.length > 0 ? (through[through.length - 1] as { end: number }).end : i, known: kept.filter((c) => c.field !== "extra").length, cells: kept.length };
}

// The name of a column a table may add after the ones the vocabulary knows: what was achieved, a phone to call.
const TRAILING_COLUMN = /^[^。；;，,、]{0,10}(?:成效|电话|备注|说明)$/;

/**
 * A header printed one cell per line from line `from` on: a run of short lines, at least three known
 * (one of them 序号, or all but one), or a two-column header of wording and units.
 */
function findHeaderLines(lines: readonly Line[], from: number): HeaderRun | null {
  for (let i = from; i < Math.min(lines.length, from + 400); i++) {
    const t = normalizeHeader((lines[i] as Line).text);
    if (!headerSized((lines[i] as Line).text) || fieldForHeader(t) === "extra") continue;
    let j = i;
    let known = 0;
    let hasSeq = false;
    while (j < lines.length && headerSized((lines[j] as Line).text) && !SEQ_ONLY.test((lines[j] as Line).text) && !CN_SEQ_ONLY.test((lines[j] as Line).text) && !SECTION_LINE.test((lines[j] as Line).text)) {
      const f = fieldForHeader((lines[j] as Line).text);
      if (f !== "extra") known++;
      if (f === "seq") hasSeq = true;
      j++;
    }
    // Without 序号 (项目 | 分值 | 目标任务 | 监考单位) the header ends at its last known cell, and all its
    // cells are known but one, counted as the cells its lines make (項目 / 名稱, 進展情況 / (7月)).
    let cells = j - i;
    if (!hasSeq) ({ end: j, known, cells } = unnumberedHeaderEnd(lines, i, j));
    if ((known >= 3 && (hasSeq || known >= cells - 1)) || twoColumnHeader(lines, i, j)) {
      // When 序号 is not the first column, the lines just before the first number that the
      // vocabulary does not know are the first row's leading cells (a group heading), not header.
      let end = j;
      // A sentence after the header's last cell (强化科技创新支撑能力。) is the first section, not a column.
      while (end - 1 > i && /[。；;！？!?]\s*$/.test((lines[end - 1] as Line).text) && fieldForHeader((lines[end - 1] as Line).text) === "extra") end--;
      const seqLine = lines.slice(i, j).findIndex((l) => fieldForHeader(l.text) === "seq");
      if (seqLine > 0) {
        while (end - 1 > i + seqLine && !looksLikeHeader((lines[end - 1] as Line).text)) end--;
      }
      // A group's line just before the header (洪湖鹏市长主抓重点工作 / 序号 / 目标任务 …) that names the
      // same field as a cell after 序号 is the group's title, not a column of its own.
      let start = i;
      const fieldAfterSeq = (f: string): boolean => lines.slice(i + seqLine + 1, end).some((l) => fieldForHeader(l.text) === f);
      while (seqLine > 0 && start < i + seqLine && fieldAfterSeq(fieldForHeader((lines[start] as Line).text))) start++;
      return { start, end, lead: i };
    }
  }
  return null;
}

// The lines that introduce a second table after the first (附件2 / 2022年…任务分解表): its title.
const NEXT_TABLE_TITLE = /^\s*(?:附件\s*\d*\s*[:\uff1a]?\s*$|[^。\n]{4,60}(?:分解表|分工表|任务表|清单|方案|一览表|台账|汇总表)\s*$)/;

function headerCells(stream: Stream, locator: Locator, headerLines: readonly Line[]): GridCell[] {
  const groups = groupHeaderWords(headerLines.map((l) => l.text.trim()));
  return groups.map((g) => {
    const first = headerLines[g[0] as number] as Line;
    const last = headerLines[g[g.length - 1] as number] as Line;
    const spans = g.flatMap((k) => stream.spans((headerLines[k] as Line).start, (headerLines[k] as Line).end));
    return { text: g.map((k) => (headerLines[k] as Line).text.trim()).join(""), place: locator.place(stream.sourceAt(first.start), stream.sourceAt(last.end)), spans };
  });
}

interface CellTable {
  rows: GridRow[];
  after: Paragraph[];
  messages: Message[];
}

/** The rows of one table printed one cell per line, under its header, from `body` (lines after the header). */
function readCellRows(stream: Stream, locator: Locator, header: readonly GridCell[], body: readonly Line[], isLast: boolean): CellTable | null {
  const seqCol = header.findIndex((h) => fieldForHeader(h.text) === "seq");
  // Row starts: lines holding only a number, in increasing order.
  // A figure alone on a line far past the last row's number (an amount, 13400) is no row's number.
  const seqLines = dropJumps(
    longestIncreasing(
      body.map((l, i) => {
        const m = SEQ_ONLY.exec(l.text);
        // Under 序号, a Chinese numeral alone on its line (一 / 二、) numbers a row too.
        const cn = m ? null : CN_SEQ_ONLY.test(l.text) ? chineseNumeral(l.text.trim().replace(/[、.．]$/, "")) : null;
        return { i, value: Number(m?.[1] ?? m?.[2] ?? cn ?? Number.NaN) };
      }).filter((x) => !Number.isNaN(x.value)),
    ),
    MAX_ROW_NUMBER_JUMP,
  );
  // Without a 序号 column, a figure alone on a line is a cell (分值 3), not a row's number.
  if (seqCol < 0) return readUnnumberedRows(stream, locator, header, body, isLast);
  // A 序号 column the rows leave empty (the page printed no numbers): the rows cut by what their lines
  // hold, as a table without one, each with an empty 序号 cell.
  if (seqLines.length === 0) return withEmptyColumn(readUnnumberedRows(stream, locator, header.filter((_, i) => i !== seqCol), body, isLast), seqCol);
  const rows: GridRow[] = [];
  const messages: Message[] = [];
  const after: Paragraph[] = [];
  // Lines before the first number, after the header: a group heading (考核项目) or a section.
  for (const l of body.slice(0, (seqLines[0] as { i: number }).i)) {
    const cell = cellAt(stream, locator, l.start, l.end);
    rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
  }
  const targets = header.map((_, i) => i).filter((i) => i !== seqCol && i > seqCol);
  // Columns before 序号 (a 考核项目 merged over rows) are printed before a row's number: the lines
  // at the end of a row that read as those columns open the next row's group.
  const leading = header.map((_, i) => i).filter((i) => i < seqCol);
  const alignColumns: AlignColumn[] = [...targets, ...leading].map((i) => ({ field: fieldForHeader((header[i] as GridCell).text), header: (header[i] as GridCell).text }));
  const ctx: RowContext = { stream, locator, header, seqCol, targets, alignColumns, rows, messages, previous: null };
  // Lines the row before printed after its number (none before the first row).
  let previousLines = Number.POSITIVE_INFINITY;
  for (let k = 0; k < seqLines.length; k++) {
    const from = (seqLines[k] as { i: number }).i;
    let to = k + 1 < seqLines.length ? (seqLines[k + 1] as { i: number }).i : body.length;
    if (isLast && k + 1 === seqLines.length) {
      // The issuer and date under the table are not the last task's cells.
      const trailer = Math.max(from + 1, trailerStart(body, from + 1));
      while (to > trailer) {
        after.unshift(...paragraphsAt(stream, locator, (body[to - 1] as Line).start, (body[to - 1] as Line).end));
        to--;
      }
    }
    const seqLine = body[from] as Line;
    // A number alone at the very end (the excerpt ends before its cells): no row, a leftover.
    if (isLast && k + 1 === seqLines.length && to === from + 1) {
      after.unshift(...paragraphsAt(stream, locator, seqLine.start, seqLine.end));
      continue;
    }
    // Section headings just before the next number open the next section; they are not cells.
    let cellsEnd = to;
    while (cellsEnd > from + 1 && SECTION_LINE.test((body[cellsEnd - 1] as Line).text)) cellsEnd--;
    const headings = body.slice(cellsEnd, to);
    const allLines = body.slice(from + 1, cellsEnd);
    // A row whose number and first cells are merged over sub-rows (one per unit): each sub-row a row.
    const segments = leading.length === 0 ? subRows(allLines.map(lineText), alignColumns) : null;
    const groupLines: Line[] = [];
    // The text ends inside the last row (no trailer after it), and the row prints fewer lines than the
    // row before it (a whole row as short as the others is whole): what is printed of it is its first cells.
    const endsInside = isLast && k + 1 === seqLines.length && to === body.length && segments === null && allLines.length < previousLines;
    previousLines = allLines.length;
    const firstRow = rows.length;
    for (const [n, [a, b]] of (segments ?? [[0, allLines.length] as [number, number]]).entries()) {
      groupLines.push(...placeRow(ctx, seqLine, allLines.slice(a, b), n > 0, endsInside));
    }
    if (segments) joinReportSubRows(rows, firstRow, header);
    for (const h of [...groupLines, ...headings]) {
      const cell = cellAt(stream, locator, h.start, h.end);
      rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
    }
  }
  return { rows, after, messages };
}

// Row numbers a header without a 序号 cell must find alone on their lines, one more each time, to get one.
const MIN_NUMBERED_ROWS = 3;

/**
 * A header printed without 序号 over rows that each open with their number on a line of its own
 * (工作任务 / 牵头责任单位 / 一季度进展情况 over 1 / … / 2 / …): the header with a 序号 cell first.
 */
function withNumberColumn(header: GridCell[], body: readonly Line[]): GridCell[] {
  if (header.some((h) => fieldForHeader(h.text) === "seq")) return header;
  const numbers = body.flatMap((l, i) => {
    const m = SEQ_ONLY.exec(l.text);
    return m ? [{ i, value: Number(m[1] ?? m[2]) }] : [];
  });
  let run = 1;
  let best = numbers.length > 0 ? 1 : 0;
  for (let k = 1; k < numbers.length; k++) {
    const [a, b] = [numbers[k - 1] as { i: number; value: number }, numbers[k] as { i: number; value: number }];
    // One more than the last, a row's lines after it.
    run = b.value === a.value + 1 && b.i - a.i >= 2 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best >= MIN_NUMBERED_ROWS ? [{ text: "序号", place: {}, spans: [], field: "seq" }, ...header] : header;
}

/** The table's data rows with an empty cell put in at column `at` (a column no row printed). */
function withEmptyColumn(table: CellTable | null, at: number): CellTable | null {
  if (!table) return null;
  const rows = table.rows.map((r) => (r.kind === "data" ? { ...r, cells: [...r.cells.slice(0, at), { text: "", place: {}, spans: [] }, ...r.cells.slice(at)] } : r));
  return { ...table, rows };
}

/** What the rows of one cell-per-line table share while they are placed. */
interface RowContext {
  stream: Stream;
  locator: Locator;
  header: readonly GridCell[];
  seqCol: number;
  /** The header's columns after 序号, in order. */
  targets: readonly number[];
  /** The columns a row's lines are placed in: the targets, then the columns before 序号. */
  alignColumns: readonly AlignColumn[];
  rows: GridRow[];
  messages: Message[];
  /** The last row's cells, for a merged cell's value. */
  previous: GridCell[] | null;
}

/** One row's lines placed in its cells and pushed; returns the lines that open the next row's group. */
// What a sub-row may print of its own and still be its row's: another unit and what it reports.
const REPORT_FIELDS: ReadonlySet<string> = new Set(["units", "leadUnits", "supportUnits", "contacts", "leaders", "progress", "note"]);

/**
 * Sub-rows that print only another unit and its report (3 / 居民人均可支配收入… / 市农业农村局 / 截至目前… /
 * 市人社局 / 前三季度…) are one task's: their units and reports joined into the row they are under.
 * A sub-row with wording or a target of its own stays a row (a task per unit, each with its work).
 */
function joinReportSubRows(rows: GridRow[], first: number, header: readonly GridCell[]): void {
  const fields = header.map((h) => h.field ?? fieldForHeader(h.text));
  const own = (c: GridCell): boolean => c.text.trim() !== "" && c.merged !== true;
  const head = rows[first];
  if (head?.kind !== "data") return;
  for (let k = first + 1; k < rows.length; k++) {
    const sub = rows[k] as GridRow;
    if (sub.kind !== "data" || !sub.cells.every((c, i) => !own(c) || REPORT_FIELDS.has(fields[i] as string))) return;
  }
  for (const sub of rows.splice(first + 1)) {
    sub.cells.forEach((c, i) => {
      if (!own(c)) return;
      const into = head.cells[i] as GridCell;
      head.cells[i] = into.text === "" ? c : { ...into, text: `${into.text}\n${c.text}`, spans: [...(into.spans ?? []), ...(c.spans ?? [])] };
    });
    head.raw = `${head.raw}\n${sub.raw}`;
    head.place = { ...head.place, end: sub.place.end ?? head.place.end };
    head.uncertain ??= sub.uncertain;
  }
}

function placeRow(ctx: RowContext, seqLine: Line, rowLines: readonly Line[], subRow: boolean, endsInside = false): Line[] {
  const { stream, locator, header, seqCol, targets, alignColumns, rows, messages, previous } = ctx;
  let cellLines = rowLines;
  const cells: GridCell[] = header.map(() => ({ text: "", place: {}, spans: [] }));
  const seqCell = cellAt(stream, locator, seqLine.start, seqLine.end);
  // A sub-row shares its number with the row above: carried down as a merged cell is.
  cells[seqCol] = subRow ? { text: seqCell.text, place: seqCell.place, spans: [], merged: true } : seqCell;
  const texts = cellLines.map(lineText);
  // The row above's cells, in the aligned columns' order: a unit it named goes to the same column again.
  const above = previous ? [...targets, ...header.map((_, i) => i).filter((i) => i < seqCol)].map((col) => (previous[col] as GridCell).text) : [];
  const aligned = cellLines.length === 0 ? null : subRow ? alignSubRow(texts, alignColumns) : alignRow(texts, alignColumns, true, true, above);
  // As many lines as columns: one line per column, unless a line clearly belongs to another column
  // (units under a figure's header) and another reading is clearly better.
  const direct = cellLines.length === targets.length && !subRow ? oneToOne(texts, alignColumns.slice(0, targets.length)) : null;
  // A last row the text ends inside, with fewer lines than columns: its lines are its first columns
  // (a row is cut from its end), unless one of them clearly is not what its column holds.
  const prefix = endsInside && !subRow && cellLines.length > 0 && cellLines.length < targets.length ? firstColumns(texts, alignColumns.slice(0, targets.length)) : null;
  if (prefix !== null) return placePrefix(ctx, seqLine, cellLines, prefix);
  const exact = direct !== null && (!aligned || direct.worst > CLEARLY_WRONG || aligned.score - direct.score < (direct.nameInWording ? BETTER_WHEN_NAME_IN_WORDING : CLEARLY_BETTER));
  const alignment = exact ? null : aligned;
  const placed: Array<[number, number]> = exact ? targets.map((_, n) => [n, n + 1]) : alignment && alignment.score > Number.NEGATIVE_INFINITY ? alignment.runs.slice(0, targets.length) : targets.map((_, n) => (n < cellLines.length ? [n, n === targets.length - 1 ? cellLines.length : n + 1] : [cellLines.length, cellLines.length]));
  // Lines that read as the leading columns go to the next row's group heading.
  const nextGroup = alignment && alignment.score > Number.NEGATIVE_INFINITY ? alignment.runs.slice(targets.length).filter(([a, b]) => b > a) : [];
  const groupStart = nextGroup.length > 0 ? (nextGroup[0] as [number, number])[0] : cellLines.length;
  const groupLines = cellLines.slice(groupStart);
  cellLines = cellLines.slice(0, groupStart);
  targets.forEach((col, n) => {
    const [a, b] = placed[n] as [number, number];
    for (const l of cellLines.slice(a, Math.min(b, cellLines.length))) {
      const cell = l.parts ? joinedCell(stream, locator, l.parts, fieldForHeader((header[col] as GridCell).text) as CellRole) : cellAt(stream, locator, l.start, l.end);
      const prev = cells[col] as GridCell;
      // Lines of one cell joined as a Word cell's are: a break kept only where it means something.
      const sep = prev.text === "" ? "" : breakMeans(prev.text.slice(prev.text.lastIndexOf("\n") + 1), cell.text, fieldForHeader((header[col] as GridCell).text) as CellRole) ? "\n" : "";
      cells[col] = prev.text === "" ? cell : { ...prev, text: `${prev.text}${sep}${cell.text}`, spans: [...(prev.spans ?? []), ...(cell.spans ?? [])] };
    }
  });
  // A column that took no line was merged with the row above (a Word table's vertical merge):
  // its value is carried down and marked as merged.
  let carried = false;
  if (!exact && previous && cellLines.length > 0) {
    for (const col of targets) {
      const above = previous[col] as GridCell;
      if ((cells[col] as GridCell).text === "" && above.text !== "") {
        cells[col] = carriedDown(above);
        carried = true;
      }
    }
  }
  // A value carried down from a row that was itself read with doubt is as doubtful.
  let lastRow = rows.length - 1;
  while (lastRow >= 0 && (rows[lastRow] as GridRow).kind !== "data") lastRow--;
  const doubtAbove = carried && lastRow >= 0 && (rows[lastRow] as GridRow).uncertain !== undefined;
  const last = cellLines[cellLines.length - 1] ?? seqLine;
  const place = locator.place(stream.sourceAt(seqLine.start), stream.sourceAt(last.end));
  // One line per column, though another reading scores better (a leading column merged above, the
  // row's lines each one column to the left): a guess between the two.
  const leadingMerged = aligned !== null && (aligned.runs[0] as [number, number])[0] === (aligned.runs[0] as [number, number])[1] && (alignColumns[0] as AlignColumn).field === "category";
  const contested = exact && leadingMerged && direct !== null && (aligned as { score: number }).score > direct.score;
  const unsure = contested || (!exact && (!alignment || alignment.worst < CONFIDENT_FIT || alignment.ambiguous));
  if (!exact) {
    messages.push({
      ruleId: "row-cells",
      severity: unsure ? "warning" : "info",
      reason: unsure
        ? `Row ${seqLine.text.trim()} has ${cellLines.length} lines where the header has ${targets.length} cells after the number, and which column a line belongs to is a guess (it does not look like its column, or would look as well in the next one).`
        : `Row ${seqLine.text.trim()} has ${cellLines.length} lines where the header has ${targets.length} cells after the number: each line was placed in the column it reads like (units, people, dates, figures, text), and a column with no line took the value above (a merged cell).`,
      seq: Number.parseInt(seqLine.text, 10) || null,
      field: null,
      where: place,
    });
  }
  const raw = [seqLine, ...cellLines].map((l) => l.text.trim()).join("\n");
  const row: GridRow = { kind: "data", cells, raw, place };
  if (unsure) row.uncertain = "its lines do not all look like the columns they were placed in";
  else if (doubtAbove) row.uncertain = "a cell of it was empty and took the value of the row above, which was read with doubt";
  rows.push(row);
  ctx.previous = cells;
  return groupLines;
}

/**
 * The last row of a text that ends inside it: its lines in the first columns, one each, nothing
 * carried down from the row above (the cells it lacks are unprinted, not merged).
 */
function placePrefix(ctx: RowContext, seqLine: Line, cellLines: readonly Line[], runs: ReadonlyArray<readonly [number, number]>): Line[] {
  const { stream, locator, header, seqCol, targets, rows } = ctx;
  const cells: GridCell[] = header.map(() => ({ text: "", place: {}, spans: [] }));
  cells[seqCol] = cellAt(stream, locator, seqLine.start, seqLine.end);
  runs.forEach(([a, b], n) => {
    const col = targets[n] as number;
    const role = fieldForHeader((header[col] as GridCell).text) as CellRole;
    cells[col] = joinedCell(stream, locator, cellLines.slice(a, b).flatMap((l) => l.parts ?? [l]), role);
  });
  const last = cellLines[cellLines.length - 1] ?? seqLine;
  const place = locator.place(stream.sourceAt(seqLine.start), stream.sourceAt(last.end));
  const raw = [seqLine, ...cellLines].map((l) => l.text.trim()).join("\n");
  // Flagged where the text's end is known (cut-row.ts endsInsideLastRow), with the cells it lacks named.
  rows.push({ kind: "data", cells, raw, place });
  ctx.previous = cells;
  return [];
}

/**
 * The lines read into `columns` in order (all of them: alignRow places every line), each column taking
 * at least one and no line clearly wrong for its column: each column's run of lines, or null.
 */
function takenByEach(texts: readonly string[], columns: readonly AlignColumn[]): Array<[number, number]> | null {
  const reading = alignRow(texts, columns);
  if (reading.score === Number.NEGATIVE_INFINITY || reading.worst <= CLEARLY_WRONG) return null;
  const runs = reading.runs.slice(0, columns.length);
  return runs.every(([a, b]) => b > a) ? runs : null;
}

/**
 * The lines of a row cut at its end, read as its first columns: the most first columns that each
 * take at least one line (a cell wrapped over lines keeps them), no line clearly wrong for its
 * column and the last column's lines clearly what it holds (a sentence is no 建设起止年限); else all
 * lines in the first column, unless they clearly are not what it holds; else null.
 */
function firstColumns(texts: readonly string[], columns: readonly AlignColumn[]): Array<[number, number]> | null {
  for (let m = Math.min(texts.length, columns.length); m >= 1; m--) {
    const runs = takenByEach(texts, columns.slice(0, m));
    if (!runs) continue;
    // The last column taken looks like what it holds (a sentence is not a 建设起止年限), or it is the first.
    const [a, b] = runs[m - 1] as [number, number];
    const last = columns[m - 1] as AlignColumn;
    if (m === 1 || fitScore(expectedKind(last.field, last.header), texts.slice(a, b).join("")) >= CONFIDENT_FIT) return runs;
  }
  return null;
}

/** A line's text as one cell reads it (a block of wrapped lines joined). */
function lineText(l: Line): string {
  return l.parts ? l.parts.map((p) => p.text.trim()).join("") : l.text.trim();
}

/**
 * Rows of a table with no 序号 column, one cell per line: cut by what the cells look like
 * (align-cells.ts alignStream); a group's name printed alone before its rows is a section.
 */
function readUnnumberedRows(stream: Stream, locator: Locator, header: readonly GridCell[], allBody: readonly Line[], isLast: boolean): CellTable | null {
  const after: Paragraph[] = [];
  let end = allBody.length;
  if (isLast) {
    const trailer = trailerStart(allBody, 0);
    for (const l of allBody.slice(trailer)) after.push(...paragraphsAt(stream, locator, l.start, l.end));
    end = trailer;
  }
  const body = allBody.slice(0, end).filter((l) => !l.emptyCell);
  const texts = body.map(lineText);
  const fields = fieldsForHeader(header.map((h) => h.text));
  const reading = alignStream(texts, header.map((h, i) => ({ field: fields[i] ?? "extra", header: h.text })));
  if (!reading) return null;
  const rows: GridRow[] = [];
  const messages: Message[] = [];
  let previous: GridCell[] | null = null;
  for (const item of reading.items) {
    if (item.kind === "heading") {
      const l = body[item.atom] as Line;
      const cell = cellAt(stream, locator, l.start, l.end);
      rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
      continue;
    }
    // A section heading (一、…) the lines were cut into a row's first cell with, the row's own
    // text numbered on the line after it (1.…): the heading opens a section, it is not the task's.
    const runs = item.row.runs.map((r) => [...r] as [number, number]);
    const opening = runs.find(([a, b]) => b > a);
    if (opening && opening[1] - opening[0] >= 2 && SECTION_LINE.test((body[opening[0]] as Line).text) && TASK_NUMBER_START.test((body[opening[0] + 1] as Line).text)) {
      const l = body[opening[0]] as Line;
      const cell = cellAt(stream, locator, l.start, l.end);
      rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
      opening[0]++;
    }
    const cells: GridCell[] = header.map((_, col) => {
      const [a, b] = runs[col] as [number, number];
      const parts = body.slice(a, b);
      if (parts.length === 0) {
        // No line: merged with the row above.
        const above = previous?.[col];
        return above && above.text !== "" ? carriedDown(above) : { text: "", place: {}, spans: [] };
      }
      return joinedCell(stream, locator, parts.flatMap((p) => p.parts ?? [p]), (fields[col] ?? "extra") as CellRole);
    });
    const taken = runs.filter(([a, b]) => b > a);
    const first = body[Math.min(...taken.map(([a]) => a))] as Line;
    const last = body[Math.max(...taken.map(([, b]) => b)) - 1] as Line;
    const place = locator.place(stream.sourceAt(first.start), stream.sourceAt(last.end));
    const row: GridRow = { kind: "data", cells, raw: body.slice(Math.min(...taken.map(([a]) => a)), Math.max(...taken.map(([, b]) => b))).map((l) => l.text.trim()).join("\n"), place };
    // A cell carried down from the row above in a table with no row numbers is a guess: the row may
    // as well be the next block of the page (相关依据 | … after a 相关部门 | 职责分工 table).
    const carried = cells.some((c) => c.merged === true);
    if (item.row.unsure || carried) {
      row.uncertain = item.row.unsure ? "its lines were cut into cells by what they look like, and one does not look like its column" : "a cell of it was empty and took the value of the row above (a merged cell, or the table had ended)";
      const reason = item.row.unsure
        ? "A row of a table with no row numbers was cut from the lines by what they look like; a line does not look like the column it was placed in."
        : "A row of a table with no row numbers has an empty cell that took the value of the row above: a merged cell, or the table ended and this is the page's next block.";
      messages.push({ ruleId: "row-cells", severity: "warning", reason, seq: null, field: null, where: place });
    }
    rows.push(row);
    previous = cells;
  }
  messages.unshift({ ruleId: "row-cells", severity: "info", reason: "The table has no row numbers: its rows were cut from the lines by what each looks like (units, people, dates, figures, text), the columns in order, a missing cell taking the value above (a merged cell).", seq: null, field: null, where: header[0]?.place ?? {} });
  return { rows, after, messages };
}

// A group's title line before a header printed again: short, no sentence stop or clause in it.
const GROUP_TITLE = /^[^。；;，,:：\n]{2,30}$/;
const MAX_GROUP_TITLE_LINES = 2;

/** The two header runs print the same cells. */
function sameHeader(lines: readonly Line[], a: HeaderRun, b: HeaderRun): boolean {
  const texts = (r: HeaderRun): string => lines.slice(r.start, r.end).map((l) => normalizeHeader(l.text)).join("|");
  return texts(a) === texts(b);
}

/**
 * A header printed on one line with spaces between its cells (序号 涉及部门 职责分工) over rows printed
 * one cell per line (1 / 市教育局 / 负责…): the header's line given as one line per cell, so that it is
 * read as a cell-per-line header. Only when every piece is a header term and a row's number follows.
 */
function withSpacedHeaderSplit(lines: Line[]): Line[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const pieces = [...line.text.matchAll(/[^ \t\u3000]+/g)];
    if (pieces.length < 3 || !pieces.every((m) => fieldForHeader(m[0]) !== "extra")) continue;
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== "");
    if (!next || !SEQ_ONLY.test(next.text)) continue;
    const split = pieces.map((m) => ({ start: line.start + (m.index as number), end: line.start + (m.index as number) + m[0].length, text: m[0] }));
    return [...lines.slice(0, i), ...split, ...lines.slice(i + 1)];
  }
  return lines;
}

function readCellPerLine(stream: Stream, locator: Locator, allLines: Line[]): TextTable | null {
  const lines = withSpacedHeaderSplit(pipeCells(stream, allLines) ?? cellBlocks(stream, allLines));
  const first = findHeaderLines(lines, 0);
  if (!first) return null;
  // Tables one after the other (附件1 …, 附件2 …) each under a header of its own: one table whose
  // columns are theirs side by side, each row filling its own table's.
  const header: GridCell[] = [];
  const rows: GridRow[] = [];
  const messages: Message[] = [];
  let after: Paragraph[] = [];
  const offsets = new Map<string, number>();
  const groupNames: Paragraph[] = [];
  // A group's title just above the first header (张某某市长主抓重点工作) opens the first section.
  for (const l of lines.slice(first.lead, first.start)) {
    const cell = cellAt(stream, locator, l.start, l.end);
    rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
  }
  let run: HeaderRun | null = first;
  while (run) {
    const next = findHeaderLines(lines, run.end);
    // The next table's title lines, and its group's title before its header, are not this table's last cells.
    let end = next ? next.lead : lines.length;
    // Before a header printed again, a short line without a stop is the next group's title (吴某某副市长主抓重点工作).
    if (next && sameHeader(lines, run, next)) while (end > run.end + 1 && end > next.lead - MAX_GROUP_TITLE_LINES && GROUP_TITLE.test((lines[end - 1] as Line).text)) end--;
    while (next && end > run.end && NEXT_TABLE_TITLE.test((lines[end - 1] as Line).text)) end--;
    const printed = headerCells(stream, locator, lines.slice(run.start, run.end));
    const under = underGroups(printed);
    let own = under.cells;
    const groups = under.groups;
    for (const g of groups) groupNames.push({ text: g.text, place: g.place, spans: g.spans ?? [] });
    const body = lines.slice(run.end, end);
    own = withNumberColumn(own, body);
    const table = readCellRows(stream, locator, own, body, next === null);
    if (!table) {
      if (header.length === 0) return null;
      break;
    }
    // The same header printed again over the next group (序号 / 目标任务 / 推进情况 after each leader's
    // line) goes on with the same columns; another header is another table's, side by side.
    const signature = own.map((h) => normalizeHeader(h.text)).join("|");
    const seen = offsets.get(signature);
    const offset = seen ?? header.length;
    if (seen === undefined) {
      offsets.set(signature, offset);
      for (const h of own) header.push(h);
    }
    for (const row of table.rows) {
      if (row.kind === "data") row.cells = [...Array.from({ length: offset }, () => ({ text: "", place: {}, spans: [] })), ...row.cells];
      rows.push(row);
    }
    messages.push(...table.messages);
    after = table.after;
    if (next) {
      for (const l of lines.slice(end, next.start)) {
        const cell = cellAt(stream, locator, l.start, l.end);
        rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
      }
    }
    run = next;
  }
  // Rows of an earlier table have no cells for the columns of the later ones.
  for (const row of rows) if (row.kind === "data") while (row.cells.length < header.length) row.cells.push({ text: "", place: {}, spans: [] });
  return {
    layout: "cell-per-line",
    header,
    rows,
    before: [...paragraphsAt(stream, locator, 0, (lines[first.lead] as Line).start), ...groupNames],
    after,
    messages,
  };
}

const SUB_UNIT_FIELDS: ReadonlySet<string> = new Set(["leadUnits", "supportUnits"]);
// Columns a header divides by period (进展情况 over 一季度 / 二季度, 目标 over 2023年 / 2024年).
const PERIOD_GROUPS: ReadonlySet<ColumnField> = new Set(["progress", "target"]);

/**
 * A header over two rows printed one cell per line: the upper row's cells (序号 / 工作任务 / 责任单位 /
 * 完成时限), then the lower row's, under the group (牵头单位 / 配合单位). The lower cells take the
 * group's place; the group's name names no column.
 */
function underGroups(cells: GridCell[]): { cells: GridCell[]; groups: GridCell[] } {
  const fields = cells.map((c) => fieldForHeader(c.text));
  // 进展情况 over 一季度 / 二季度 …: one column per period, each named by both (进展情况（一季度）).
  let periods = 0;
  while (periods < cells.length && isPeriodAlone((cells[cells.length - 1 - periods] as GridCell).text)) periods++;
  const upper = cells.length - periods;
  const over = fields.slice(0, upper).findLastIndex((f) => PERIOD_GROUPS.has(f));
  if (periods >= 2 && over > 0) {
    const group = cells[over] as GridCell;
    const named = cells.slice(upper).map((p) => ({ text: `${group.text.trim()}（${p.text.trim()}）`, place: p.place, spans: [...(group.spans ?? []), ...(p.spans ?? [])] }));
    return { cells: [...cells.slice(0, over), ...named, ...cells.slice(over + 1, upper)], groups: [] };
  }
  let subs = 0;
  while (subs < fields.length && SUB_UNIT_FIELDS.has(fields[fields.length - 1 - subs] as string)) subs++;
  const group = fields.indexOf("units");
  // The group, then a column of another kind, then the lower cells at the header's end.
  if (subs < 2 || group < 0 || group >= fields.length - subs - 1 || fields.slice(group + 1, fields.length - subs).some((f) => isUnitField(f))) return { cells, groups: [] };
  const lower = cells.slice(cells.length - subs);
  return { cells: [...cells.slice(0, group), ...lower, ...cells.slice(group + 1, cells.length - subs)], groups: [cells[group] as GridCell] };
}

/** Tables laid out by lines: delimited rows, or one cell per line. */
/**
 * A page from inside a table printed one cell per line whose header is on an earlier page (a
 * mirror's page 2 begins at a row): rows from the first line that holds only a number, read under
 * a header inferred from what the rows' lines hold. Every row is flagged; the lines before the first
 * number (the end of a row begun on the page before) are read into the row's last columns when they
 * fit them, else kept as text before the table. Null when the rows do not agree on their columns.
 */
export function readUnderInferredHeader(stream: Stream, locator: Locator): TextTable | null {
  const printed = textLines(stream.text);
  const lines = pipeCells(stream, printed) ?? cellBlocks(stream, printed);
  const numbers = longestIncreasing(lines.flatMap((l, i) => (SEQ_ONLY.test(l.text) ? [{ i, value: Number(/\d+/.exec(l.text)?.[0]) }] : [])));
  if (numbers.length < 3) return null;
  // The last row may be cut by the page's end: the others say what the columns are.
  const blocks = numbers.slice(0, -1).map((n, k) => lines.slice(n.i + 1, (numbers[k + 1] as { i: number }).i).map(lineText));
  const names = inferredHeader(blocks);
  if (!names) return null;
  const header: GridCell[] = names.map((text) => ({ text, place: {}, spans: [] }));
  const first = (numbers[0] as { i: number }).i;
  const table = readCellRows(stream, locator, header, lines.slice(first), true);
  if (!table) return null;
  const doubt = "the page has no header: its columns were named by what their lines hold";
  const rows: GridRow[] = table.rows.map((r) => (r.kind === "data" ? { ...r, uncertain: r.uncertain ?? doubt } : r));
  const top = topOfRow(stream, locator, header, lines.slice(0, first));
  const message = headerlessMessage(names, rows[0]?.place ?? {});
  const start = (lines[first] as Line).start;
  return {
    layout: "cell-per-line",
    header,
    rows: top ? [{ ...top, uncertain: "its beginning is on the page before: its lines were placed in its last columns" }, ...rows] : rows,
    before: top ? [] : paragraphsAt(stream, locator, 0, start),
    after: table.after,
    messages: [message, ...table.messages],
  };
}

/** The lines before a page's first row number, as the last columns of a row begun on the page before; null when they do not fit them. */
function topOfRow(stream: Stream, locator: Locator, header: readonly GridCell[], lines: readonly Line[]): GridRow | null {
  if (lines.length === 0) return null;
  const columns = header.slice(1).map((h) => ({ field: fieldForHeader(h.text), header: h.text }));
  const texts = lines.map(lineText);
  for (let m = Math.min(texts.length, columns.length); m >= 1; m--) {
    const runs = takenByEach(texts, columns.slice(columns.length - m));
    if (!runs) continue;
    // Units among them: the row's own cells, not a heading of the page's.
    if (!columns.slice(columns.length - m).some((c) => isUnitField(c.field))) continue;
    const cells: GridCell[] = header.map(() => ({ text: "", place: {}, spans: [] }));
    runs.forEach(([a, b], n) => {
      const col = header.length - m + n;
      cells[col] = joinedCell(stream, locator, lines.slice(a, b).flatMap((l) => l.parts ?? [l]), fieldForHeader((header[col] as GridCell).text) as CellRole);
    });
    const place = locator.place(stream.sourceAt((lines[0] as Line).start), stream.sourceAt((lines[lines.length - 1] as Line).end));
    return { kind: "data", cells, raw: lines.map((l) => l.text.trim()).join("\n"), place };
  }
  return null;
}

export function readLines(stream: Stream, locator: Locator): TextTable | null {
  const lines = textLines(stream.text);
  const unwrapped = joinWrappedPipeRows(stream.text, lines);
  const delimited = readDelimited(stream, locator, unwrapped);
  if (!delimited) return readCellPerLine(stream, locator, lines);
  // A header spaced on one line over rows printed one cell per line reads as delimited rows that make
  // no sense (序号 涉及部门 职责分工 / 1 / 市教育局 / 负责…): the cell-per-line reading, when it is better.
  const rows = delimited.rows.filter((r) => r.kind === "data").length;
  if (plausibility(delimited) >= POOR_READING * rows) return delimited;
  const perLine = readCellPerLine(stream, locator, lines);
  return perLine && plausibility(perLine) > plausibility(delimited) ? perLine : delimited;
}

// A delimited reading worth less than this per row is poor enough to try the other way of reading lines.
const POOR_READING = 0.25;
