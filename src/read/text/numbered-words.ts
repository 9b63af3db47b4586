import { fieldForHeader, fieldsForHeader, HEADER_WORD_END, normalizeHeader } from "../../genre/headers.js";
import type { CellRole } from "../../genre/line-breaks.js";
import { SECTION_LINE } from "../../genre/sections.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import { alignRow, type AlignColumn } from "./align-cells.js";
import { wordsCell } from "./word-cells.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";
import { closingLinesStart, textWords, type TextWord } from "./split-text.js";

/**
 * A numbered table whose lines a page ran together, every cell break a space (a sharing site's text
 * layer): 序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位 一、努力完成全年主要预期目标 1
 * 全市生产总值增长x%。 序时推进 上半年，… 市发展改革委 2 社会消费品零售总额… — the rows are cut at
 * their numbers (a word of its own, counting on from 1), each row's words into the columns by what
 * they look like (align-cells.ts), and every row is flagged: its cells were placed by their looks.
 */

// Header words after 序号: at least this many the vocabulary knows.
const MIN_KNOWN_HEADERS = 2;
// A header word the vocabulary does not know, but ending as headers do (完成状态), at most this long.
const MAX_UNKNOWN_HEADER = 8;
// Rows run together: at least this many row numbers, and at least one line holding two of them.
const MIN_ROWS = 2;
// The most words one row may hold (a row of the genre has a few dozen: its text cut at its spaces).
const MAX_ROW_WORDS = 400;

/** The header: 序号 and the header words after it on its line (known, or shaped as headers). */
function findHeader(text: string): TextWord[] | null {
  for (let lineStart = 0; lineStart < text.length; ) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const words = textWords(text, lineStart, lineEnd);
    for (let i = 0; i < words.length; i++) {
      if (fieldForHeader((words[i] as TextWord).text) !== "seq") continue;
      let j = i + 1;
      let known = 0;
      while (j < words.length) {
        const w = normalizeHeader((words[j] as TextWord).text);
        const field = fieldForHeader(w);
        if (field === "seq") break;
        if (field !== "extra") known++;
        else if (!(w.length <= MAX_UNKNOWN_HEADER && HEADER_WORD_END.test(w))) break;
        j++;
      }
      if (known >= MIN_KNOWN_HEADERS && j < words.length) return words.slice(i, j);
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/** Indices of the words that number the rows: 1 (or the first figure), then each next figure in turn. */
function rowNumbers(atoms: readonly TextWord[]): number[] {
  const out: number[] = [];
  let want = -1;
  atoms.forEach((a, i) => {
    if (!/^\d{1,5}$/.test(a.text)) return;
    const v = Number(a.text);
    if (want < 0 ? v >= 1 : v === want) {
      out.push(i);
      want = v + 1;
    }
  });
  return out;
}

export function readNumberedWords(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const headerWords = findHeader(text);
  if (!headerWords) return null;
  const headerEnd = (headerWords[headerWords.length - 1] as TextWord).end;
  const end = closingLinesStart(text, headerEnd);
  const atoms = textWords(text, headerEnd, end);
  const numbers = rowNumbers(atoms);
  if (numbers.length < MIN_ROWS) return null;
  // Run together: two row numbers on one line (rows one per line are the line readers'). The text
  // between each two numbers is looked at once: a lookup of each number's line start was quadratic
  // on a page of one line.
  const between = (k: number): string => text.slice((atoms[numbers[k - 1] as number] as TextWord).end, (atoms[numbers[k] as number] as TextWord).start);
  if (!numbers.some((_, k) => k > 0 && !between(k).includes("\n"))) return null;
  // A row of more words than this is text the numbers missed, not a row: no reading.
  if (numbers.some((n, k) => (k + 1 < numbers.length ? (numbers[k + 1] as number) : atoms.length) - n > MAX_ROW_WORDS)) return null;
  const printed = headerWords.map((w) => w.text);
  const fields = fieldsForHeader(printed);
  const columns: AlignColumn[] = printed.slice(1).map((h, i) => ({ field: fields[i + 1] ?? "extra", header: h }));
  const header: GridCell[] = headerWords.map((w) => cellAt(stream, locator, w.start, w.end));
  const rows: GridRow[] = [];
  const section = (i: number): void => {
    const a = atoms[i] as TextWord;
    const cell = cellAt(stream, locator, a.start, a.end);
    rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
  };
  for (let i = 0; i < (numbers[0] as number); i++) if (SECTION_LINE.test((atoms[i] as TextWord).text)) section(i);
  numbers.forEach((n, k) => {
    let stop = k + 1 < numbers.length ? (numbers[k + 1] as number) : atoms.length;
    // A section heading before the next number opens the next section: it is not this row's.
    const headings: number[] = [];
    while (stop - 1 > n + 1 && SECTION_LINE.test((atoms[stop - 1] as TextWord).text)) headings.unshift(--stop);
    const words = atoms.slice(n + 1, stop);
    if (words.length === 0) return;
    const alignment = alignRow(words.map((w) => w.text), columns);
    const cells: GridCell[] = [cellAt(stream, locator, (atoms[n] as TextWord).start, (atoms[n] as TextWord).end)];
    alignment.runs.forEach(([a, b], col) => {
      cells.push(wordsCell(stream, locator, words.slice(a, b), (fields[col + 1] ?? "extra") as CellRole));
    });
    const from = atoms[n] as TextWord;
    const to = words[words.length - 1] as TextWord;
    rows.push({
      kind: "data",
      cells,
      raw: text.slice(from.start, to.end),
      place: locator.place(stream.sourceAt(from.start), stream.sourceAt(to.end)),
      seqPrinted: from.text,
      uncertain: "its row was run together with the others, and its cells were cut at spaces by what they look like",
    });
    for (const h of headings) section(h);
  });
  const headerStart = (headerWords[0] as TextWord).start;
  return { layout: "delimited", header, rows, before: paragraphsAt(stream, locator, 0, headerStart), after: paragraphsAt(stream, locator, end, text.length), messages: [] };
}
