import { fieldForHeader } from "../../genre/headers.js";
import { SECTION_LINE } from "../../genre/sections.js";
import type { TextLine } from "./split-text.js";

/**
 * A pipe table whose rows a page wrapped over several lines, each line still ending with its pipe
 * (序号 | 省份 | 所在地 | 水源地名称 | 水源地类别 (地级/县级) | / 保护区类型 | / 问题类型 | 问题具体情况 | … |,
 * then 12 | 四川省 | 大竹县 | 乌木 水库 | / 县级 | 一级 | …): the header is every pipe line before the
 * first numbered row, and a row is its numbered line with the pipe lines after it, up to the
 * header's width. Lines joined so the delimited reader reads one row per line; unchanged when the
 * text is not so wrapped.
 */

// A row's first cell is its number: 12 | … (or | 12 | …).
const ROW_START = /^\s*\|?\s*\d{1,5}\s*\|/;
// A header run over more lines than this is not one header.
const MAX_HEADER_LINES = 6;
// The joined header names at least this many columns the vocabulary knows.
const MIN_KNOWN = 3;
// A header cell the vocabulary does not know is at most this long (水源地类别 (地级/县级)).
const MAX_HEADER_CELL = 16;

const hasPipe = (line: TextLine): boolean => line.text.includes("|");
const cells = (text: string): string[] => text.split("|").map((c) => c.trim()).filter((c) => c !== "");

/** A line's cells between its pipes, empty ones kept (the outer pipes make no cell). */
function allCells(text: string): string[] {
  return text.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}

/** Two lines of one width where the lower names a cell the upper leaves empty: a header over two rows. */
function stacked(upper: string, lower: string): boolean {
  const a = allCells(upper);
  const b = allCells(lower);
  return a.length === b.length && a.some((c, i) => c === "" && b[i] !== "") && b.some((c) => c === "");
}

function joined(text: string, first: TextLine, last: TextLine): TextLine {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/** The lines with a wrapped pipe table's header and rows each joined into one line. */
export function joinWrappedPipeRows(text: string, lines: readonly TextLine[]): TextLine[] {
  const firstRow = lines.findIndex((l) => ROW_START.test(l.text));
  if (firstRow < 2) return [...lines];
  // The header: the pipe lines just above the first row.
  let top = firstRow;
  while (top > 0 && firstRow - top < MAX_HEADER_LINES && hasPipe(lines[top - 1] as TextLine) && !ROW_START.test((lines[top - 1] as TextLine).text)) top--;
  if (firstRow - top < 2) return [...lines];
  // Rows wrapped, not a cell per line (序号 | / 重点任务 | / …, read elsewhere): the header's lines
  // hold several cells each, and so does the first row's.
  const several = (l: TextLine): boolean => cells(l.text).length >= 2;
  if (lines.slice(top, firstRow).filter(several).length < 2 || !several(lines[firstRow] as TextLine)) return [...lines];
  // Two header rows, one over the other (| 责任单位 | | over | 牵头单位 | 配合单位 |): read as such elsewhere.
  if (firstRow - top === 2 && stacked((lines[top] as TextLine).text, (lines[top + 1] as TextLine).text)) return [...lines];
  const header = joined(text, lines[top] as TextLine, lines[firstRow - 1] as TextLine);
  const headerCells = cells(header.text);
  if (headerCells.filter((c) => fieldForHeader(c) !== "extra").length < MIN_KNOWN) return [...lines];
  // Header cells are names of columns: short, no figure standing alone (a row's number), no sentence.
  if (headerCells.some((c) => (c.length > MAX_HEADER_CELL && fieldForHeader(c) === "extra") || /^\d+$/.test(c) || /[。;；]/.test(c))) return [...lines];
  const width = headerCells.length;
  const out: TextLine[] = [...lines.slice(0, top), header];
  let i = firstRow;
  while (i < lines.length) {
    const line = lines[i] as TextLine;
    if (!ROW_START.test(line.text)) {
      out.push(line);
      i++;
      continue;
    }
    let j = i;
    let count = cells(line.text).length;
    while (j + 1 < lines.length) {
      const next = lines[j + 1] as TextLine;
      if (!hasPipe(next) || ROW_START.test(next.text) || SECTION_LINE.test(next.text.replace(/\|/g, "").trim())) break;
      const more = cells(next.text).length;
      if (count + more > width) break;
      count += more;
      j++;
    }
    out.push(j > i ? joined(text, line, lines[j] as TextLine) : line);
    i = j + 1;
  }
  return out;
}
