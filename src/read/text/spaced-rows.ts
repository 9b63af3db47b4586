import { fieldsForHeader, groupHeaderWords } from "../../genre/headers.js";
import { SECTION_LINE } from "../../genre/sections.js";
import { closesDocument } from "../../genre/site-chrome.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import { type ColumnField, isUnitField } from "../../model/fields.js";
import type { Message } from "../../model/message.js";
import { alignRow, textBorderInSentence, type AlignColumn } from "./align-cells.js";
import { longestIncreasing } from "./anchors.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";
import { textLines, textWords, type TextWord } from "./split-text.js";

/**
 * A table copied from a page with each row on a line of its own (a long cell may wrap it over a few),
 * the row's number first and its cells separated by spaces, the header's words spaced out too:
 *   序号 2023年重点工作任务 牵头  领导 牵头   责任单位 配合   责任单位 进展情况
 *   81 科学精准落实… 汪  峰 吴蓓蓓 县卫健委 各乡镇 已完成…
 * The header's words are grouped into cells by the vocabulary; each row's words go to the columns
 * they read like, in order (align-cells.ts).
 */
/** Words of text[from, to): runs of non-space; a name padded with spaces (汪  峰) is one word. */
function words(text: string, from: number, to: number): TextWord[] {
  const out: TextWord[] = [];
  for (const w of textWords(text, from, to)) {
    const prev = out[out.length - 1];
    if (prev && /^[\u4e00-\u9fa5]$/.test(prev.text) && /^[\u4e00-\u9fa5]$/.test(w.text) && /^[ \u3000]+$/.test(text.slice(prev.end, w.start))) {
      out[out.length - 1] = { start: prev.start, end: w.end, text: text.slice(prev.start, w.end) };
    } else out.push(w);
  }
  return out;
}

interface Line {
  start: number;
  end: number;
}

const SEQ_HEADER = /^(?:序号|编号|序)$/;
// Known header cells beside 序号, at least.
const MIN_KNOWN = 3;
// A row begins a line with its number and a space: 81 科学…, 3. 推进….
const ROW_START = /^[ \t\u3000]*(\d{1,4})[.\uff0e、]?[ \t\u3000]+(?=\S)/;

interface Header {
  line: number;
  cells: Array<{ start: number; end: number }>;
  fields: ColumnField[];
}

/** The header: a line that starts with 序号 and goes on with words that group into known cells. */
function findHeader(text: string, lines: readonly Line[]): Header | null {
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    const ws = words(text, line.start, line.end);
    if (ws.length < MIN_KNOWN + 1 || !SEQ_HEADER.test((ws[0] as TextWord).text)) continue;
    const rest = ws.slice(1);
    const groups = groupHeaderWords(rest.map((w) => w.text));
    const cells = [
      { start: (ws[0] as TextWord).start, end: (ws[0] as TextWord).end },
      ...groups.map((g) => ({ start: (rest[g[0] as number] as TextWord).start, end: (rest[g[g.length - 1] as number] as TextWord).end })),
    ];
    const fields = fieldsForHeader(cells.map((c) => text.slice(c.start, c.end)));
    const known = fields.filter((f) => f !== "extra" && f !== "seq");
    // Or a short header every cell of which is known, wording and units (序号 工 作 任 务 牵头负责部门).
    const whole = known.length === fields.length - 1 && known.some((f) => f === "title" || f === "content") && known.some(isUnitField);
    if (known.length >= MIN_KNOWN || whole) return { line: k, cells, fields };
  }
  return null;
}

export function readSpacedRows(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const lines = textLines(text, 0, text.length, true);
  const header = findHeader(text, lines);
  if (!header) return null;
  // The lines that close the document are not rows.
  let last = lines.length;
  for (let k = header.line + 1; k < lines.length; k++) {
    const l = lines[k] as Line;
    if (closesDocument(text.slice(l.start, l.end))) {
      last = k;
      break;
    }
  }
  const starts = longestIncreasing(
    lines.slice(header.line + 1, last).flatMap((l, i) => {
      const m = ROW_START.exec(text.slice(l.start, l.end));
      return m ? [{ line: header.line + 1 + i, value: Number(m[1]), numberEnd: l.start + m[0].length, seqEnd: l.start + m[0].trimEnd().length }] : [];
    }),
  );
  if (starts.length === 0) return null;
  const columns: AlignColumn[] = header.cells.map((c, i) => ({ field: header.fields[i] as ColumnField, header: text.slice(c.start, c.end) }));
  const seqCol = header.fields.indexOf("seq");
  const body = columns.filter((_, i) => i !== seqCol);
  const headerCells: GridCell[] = header.cells.map((c) => cellAt(stream, locator, c.start, c.end));
  const rows: GridRow[] = [];
  const messages: Message[] = [];
  const end = last < lines.length ? (lines[last] as Line).start : text.length;
  // Lines between the header and the first row: a section heading, or text kept for review.
  pushBetween(stream, locator, rows, (lines[header.line] as Line).end, (lines[(starts[0] as { line: number }).line] as Line).start);
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    let to = next ? (lines[next.line] as Line).start : end;
    // A section heading on the line before the next row is not this row's.
    const lastLine = lines.slice(s.line + 1, next ? next.line : last).reverse().find((l) => text.slice(l.start, l.end).trim() !== "");
    if (lastLine && SECTION_LINE.test(text.slice(lastLine.start, lastLine.end))) to = lastLine.start;
    const ws = words(text, s.numberEnd, to);
    const lineStart = (lines[s.line] as Line).start;
    const place = locator.place(stream.sourceAt(lineStart), stream.sourceAt(ws.length > 0 ? (ws[ws.length - 1] as TextWord).end : s.seqEnd));
    const seqCell = cellAt(stream, locator, lineStart, s.seqEnd);
    const raw = text.slice(lineStart, to).trim();
    const { runs, score, worst, ambiguous } = alignRow(ws.map((w) => w.text), body, false);
    if (ws.length === 0 || score === Number.NEGATIVE_INFINITY) {
      const cell = cellAt(stream, locator, lineStart, to);
      rows.push({ kind: "garbled", cells: [cell], raw, place, seqPrinted: seqCell.text });
    } else {
      const cells: GridCell[] = [];
      let b = 0;
      columns.forEach((_, c) => {
        if (c === seqCol) {
          cells.push(seqCell);
          return;
        }
        const [x, y] = runs[b++] as [number, number];
        cells.push(y > x ? cellAt(stream, locator, (ws[x] as TextWord).start, (ws[y - 1] as TextWord).end) : { text: "", place, spans: [] });
      });
      const row: GridRow = { kind: "data", cells, raw, place, seqPrinted: seqCell.text };
      if (ambiguous || worst < 0) row.uncertain = "its cells were told apart at spaces by what they look like, and one could belong to the next column";
      else if (textBorderInSentence(runs.map(([x, y]) => ws.slice(x, y).map((w) => w.text)), body)) row.uncertain = "two cells of text follow each other and the first ends inside a sentence: where one ends and the next begins was guessed";
      rows.push(row);
    }
    if (lastLine && to === lastLine.start) pushBetween(stream, locator, rows, lastLine.start, lastLine.end);
  });
  messages.push({
    ruleId: "row-cells",
    severity: "info",
    reason: "Each row is a line with its cells separated by spaces: the cells were told apart by what each looks like (units, people, dates, text).",
    seq: null,
    field: null,
    where: (headerCells[0] as GridCell).place,
  });
  return {
    layout: "delimited",
    header: headerCells,
    rows,
    before: paragraphsAt(stream, locator, 0, (lines[header.line] as Line).start),
    after: paragraphsAt(stream, locator, end, text.length),
    messages,
  };
}

/** Lines of text[from, to) outside any row: a section heading, or other text kept as a garbled row for review. */
function pushBetween(stream: Stream, locator: Locator, rows: GridRow[], from: number, to: number): void {
  for (const p of paragraphsAt(stream, locator, from, to)) {
    const cell: GridCell = { text: p.text, place: p.place, spans: p.spans };
    rows.push({ kind: SECTION_LINE.test(p.text) ? "section" : "garbled", cells: [cell], raw: p.text, place: p.place });
  }
}
