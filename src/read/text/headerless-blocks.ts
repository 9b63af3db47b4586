import { cellKind } from "../../genre/cell-types.js";
import { opensProgress } from "../../genre/progress.js";
import { closesDocument } from "../../genre/site-chrome.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import { longestIncreasing } from "./anchors.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";
import { textLines } from "./split-text.js";
import { headerlessMessage } from "./inferred-header.js";

/**
 * A page from the middle of a table printed one cell per line, with no header (a mirror's second
 * page): rows start at a line holding only their number, and each row's lines are its task's
 * wording, then its units, then what was done (进展), then a short status. The columns are named by
 * what the lines hold, so every row is flagged for review. A row cut at the page's top (its number
 * on the page before) is read too.
 */
interface Line {
  start: number;
  end: number;
  text: string;
}

const SEQ_ONLY = /^\s*(\d{1,4})\s*[.\uff0e、]?\s*$/;
const MIN_ROWS = 2;
const HEADER = ["序号", "工作任务", "责任单位", "进展情况", "备注"] as const;
const [SEQ, WORDING, UNITS, PROGRESS, NOTE] = [0, 1, 2, 3, 4] as const;
// A list of units wrapped over lines: a line that stops on 、 goes on below.
const LIST_GOES_ON = /[、,，]\s*$/;

/** A row's lines as cells: wording up to its units, the units, then progress and a closing status. */
function blockCells(stream: Stream, locator: Locator, lines: readonly Line[]): GridCell[] | null {
  const kinds = lines.map((l) => cellKind(l.text));
  const u = kinds.indexOf("units");
  if (u <= 0) return null;
  let v = u;
  while (v < lines.length && (kinds[v] === "units" || LIST_GOES_ON.test((lines[v - 1] as Line).text))) v++;
  const span = (a: number, b: number): GridCell =>
    b > a ? cellAt(stream, locator, (lines[a] as Line).start, (lines[b - 1] as Line).end) : { text: "", place: {}, spans: [] };
  const cells: GridCell[] = HEADER.map(() => ({ text: "", place: {}, spans: [] }));
  cells[WORDING] = span(0, u);
  cells[UNITS] = span(u, v);
  // After the units: a report of what was done, and a last short line (序时推进, 已完成) as a status.
  let w = lines.length;
  if (w - v >= 1 && (kinds[w - 1] === "heading" || kinds[w - 1] === "deadline") && (lines[w - 1] as Line).text.length <= 8) w--;
  const rest = span(v, w);
  if (rest.text !== "") cells[opensProgress(rest.text) || w < lines.length ? PROGRESS : NOTE] = rest;
  if (w < lines.length) cells[NOTE] = span(w, lines.length);
  return cells;
}

export function readHeaderlessBlocks(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const all = textLines(text).map((l) => ({ ...l, text: l.text.trim() }));
  const closing = all.findIndex((l) => closesDocument(l.text));
  const lines = closing >= 0 ? all.slice(0, closing) : all;
  const numbers = longestIncreasing(lines.flatMap((l, i) => (SEQ_ONLY.test(l.text) ? [{ i, value: Number(SEQ_ONLY.exec(l.text)?.[1]) }] : [])));
  if (numbers.length < MIN_ROWS - 1) return null;
  const rows: GridRow[] = [];
  const header: GridCell[] = HEADER.map((h) => ({ text: h, place: {}, spans: [] }));
  const blocks: Array<{ seq: Line | null; lines: Line[] }> = [];
  const firstSeq = (numbers[0] as { i: number }).i;
  if (firstSeq > 0) blocks.push({ seq: null, lines: lines.slice(0, firstSeq) });
  numbers.forEach((n, k) => blocks.push({ seq: lines[n.i] as Line, lines: lines.slice(n.i + 1, numbers[k + 1]?.i ?? lines.length) }));
  let read = 0;
  let beforeEnd = 0;
  for (const [k, b] of blocks.entries()) {
    const cells = b.lines.length > 0 ? blockCells(stream, locator, b.lines) : null;
    const from = b.seq ?? b.lines[0];
    const last = b.lines[b.lines.length - 1] ?? b.seq;
    if (!from || !last) continue;
    const place = locator.place(stream.sourceAt(from.start), stream.sourceAt(last.end));
    const raw = text.slice(from.start, last.end).trim();
    if (!cells) {
      // Lines before the first number that read as no row are the page's top, not a row.
      if (k === 0 && !b.seq) {
        beforeEnd = last.end;
        continue;
      }
      // The page ends inside its last row, before the row's units: its wording so far.
      if (k === blocks.length - 1 && b.seq && b.lines.length > 0) {
        const cut: GridCell[] = HEADER.map(() => ({ text: "", place: {}, spans: [] }));
        cut[SEQ] = cellAt(stream, locator, b.seq.start, b.seq.end);
        cut[WORDING] = cellAt(stream, locator, (b.lines[0] as Line).start, last.end);
        rows.push({ kind: "data", cells: cut, raw, place, uncertain: "the text ends inside this row, before its units" });
        continue;
      }
      const cell = cellAt(stream, locator, from.start, last.end);
      rows.push({ kind: "garbled", cells: [cell], raw, place });
      continue;
    }
    cells[SEQ] = b.seq ? cellAt(stream, locator, b.seq.start, b.seq.end) : { text: "", place, spans: [] };
    rows.push({ kind: "data", cells, raw, place, uncertain: "the page has no header: its columns were named by what their lines hold" });
    read++;
  }
  // Two rows at least, one of them read (the other may be cut by the page's end).
  if (read === 0 || rows.length < MIN_ROWS) return null;
  const end = closing >= 0 ? (all[closing] as Line).start : text.length;
  const messages: Message[] = [headerlessMessage(HEADER, rows[0]?.place ?? {})];
  return { layout: "cell-per-line", header, rows, before: paragraphsAt(stream, locator, 0, beforeEnd), after: paragraphsAt(stream, locator, end, text.length), messages };
}
