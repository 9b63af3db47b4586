import { fieldForHeader, fieldsForHeader } from "../../genre/headers.js";
import { SECTION_LINE } from "../../genre/sections.js";
import type { CellRole } from "../../genre/line-breaks.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import { alignStream, joinedByGuess, textBorderInSentence, type AlignColumn } from "./align-cells.js";
import { wordsCell } from "./word-cells.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";
import { closingLinesStart, textWords, type TextWord } from "./split-text.js";

/**
 * A table copied out of a page with every cell break turned into one space (a forum repost, a
 * PDF's text): 工作任务和内容 责任单位 配合单位 完成时间 负责全县… 县委宣传部 持续开展 负责大气… — no
 * row numbers, no line per row. The header is a run of words the vocabulary knows; the text after it
 * is cut into cells at its spaces and into rows by what the cells look like (align-cells.ts).
 */
// Header words in a row, at least this many, all known to the vocabulary and naming different fields.
const MIN_HEADER_WORDS = 3;

/** The header: the first run of space-separated words the vocabulary knows, on one line. */
function findSpacedHeader(text: string): TextWord[] | null {
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const words = textWords(text, lineStart, lineEnd);
    for (let i = 0; i < words.length; i++) {
      let j = i;
      const fields = new Set<string>();
      while (j < words.length && fieldForHeader((words[j] as TextWord).text) !== "extra" && !fields.has(fieldForHeader((words[j] as TextWord).text))) {
        fields.add(fieldForHeader((words[j] as TextWord).text));
        j++;
      }
      if (j - i >= MIN_HEADER_WORDS && fields.has("units") !== fields.has("leadUnits") || (j - i >= MIN_HEADER_WORDS && (fields.has("title") || fields.has("content")))) {
        // Only a header followed by more text on its line or the lines after is a table's.
        // A header with 序号 numbers its rows, one per line: the line readers' table, not this one.
        if (j - i >= MIN_HEADER_WORDS && !fields.has("seq")) return words.slice(i, j);
      }
      if (j > i) i = j - 1;
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

export function readSpacedTable(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const headerWords = findSpacedHeader(text);
  if (!headerWords) return null;
  const headerEnd = (headerWords[headerWords.length - 1] as TextWord).end;
  // The lines that close the document are not cells.
  const end = closingLinesStart(text, headerEnd);
  const atoms = textWords(text, headerEnd, end);
  if (atoms.length < headerWords.length) return null;
  const printed = headerWords.map((w) => w.text);
  const fields = fieldsForHeader(printed);
  const columns: AlignColumn[] = printed.map((h, i) => ({ field: fields[i] ?? "extra", header: h }));
  const reading = alignStream(atoms.map((a) => a.text), columns);
  if (!reading) return null;
  const header: GridCell[] = headerWords.map((w) => cellAt(stream, locator, w.start, w.end));
  const rows: GridRow[] = [];
  const messages: Message[] = [
    { ruleId: "row-cells", severity: "info", reason: "The table's cells are separated by single spaces, with no row numbers: its rows were cut by what each cell looks like (units, people, dates, figures, text).", seq: null, field: null, where: (header[0] as GridCell).place },
  ];
  // A short word read as a section's heading with no number of its own (负责城乡 before 环境卫生整治…): the row
  // after it may have begun with it.
  let unnumberedHeading = "";
  for (const item of reading.items) {
    if (item.kind === "heading") {
      const a = atoms[item.atom] as TextWord;
      const cell = cellAt(stream, locator, a.start, a.end);
      rows.push({ kind: "section", cells: [cell], raw: cell.text, place: cell.place });
      unnumberedHeading = SECTION_LINE.test(cell.text) ? "" : cell.text;
      continue;
    }
    const cells = header.map((_, col): GridCell => {
      const [a, b] = item.row.runs[col] as [number, number];
      return wordsCell(stream, locator, atoms.slice(a, b), (fields[col] ?? "extra") as CellRole);
    });
    const taken = item.row.runs.filter(([a, b]) => b > a);
    const from = atoms[Math.min(...taken.map(([a]) => a))] as TextWord;
    const to = atoms[Math.max(...taken.map(([, b]) => b)) - 1] as TextWord;
    const place = locator.place(stream.sourceAt(from.start), stream.sourceAt(to.end));
    const row: GridRow = { kind: "data", cells, raw: text.slice(from.start, to.end), place };
    if (item.row.unsure) row.uncertain = "its cells were cut at spaces by what they look like, and one does not look like its column";
    else {
      // Where a cell's words were joined, or two cells of text meet, at a space that says nothing, the cut is a guess.
      const words = item.row.runs.map(([a, b]) => atoms.slice(a, b).map((w) => w.text));
      if (joinedByGuess(words)) row.guessed = "its line has more pieces than the header has columns, and some were joined into one cell by what they look like";
      else if (textBorderInSentence(words, columns)) row.guessed = "two cells of text follow each other and the first ends inside a sentence: where one ends and the next begins was guessed";
      else if (unnumberedHeading !== "") row.guessed = `the words just before it, with no number, were read as a heading 「${unnumberedHeading}」: they may be the start of its wording`;
    }
    unnumberedHeading = "";
    rows.push(row);
  }
  const headerStart = (headerWords[0] as TextWord).start;
  // Words before the header on its line (附件 …职责清单) are the table's title, a paragraph of their own.
  return { layout: "delimited", header, rows, before: paragraphsAt(stream, locator, 0, headerStart), after: paragraphsAt(stream, locator, end, text.length), messages };
}
