import type { Layout } from "./layout.js";
import type { GridCell, GridRow, Paragraph } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { Stream } from "./stream.js";
import type { Locator } from "./locator.js";

/** What each text layout reader returns: the table, and the paragraphs around it. */
export interface TextTable {
  layout: Layout;
  header: GridCell[];
  rows: GridRow[];
  before: Paragraph[];
  after: Paragraph[];
  messages: Message[];
}

/** A cell for stream [start, end), trimmed of spaces and border pipes, with its source spans and place. */
export function cellAt(stream: Stream, locator: Locator, start: number, end: number, extra: Partial<GridCell> = {}): GridCell {
  let s = start;
  let e = end;
  // A cell's border printed as a pipe (重点工作： | 135.统筹… |) is no part of its text.
  while (s < e && /[\s|]/.test(stream.text[s] as string)) s++;
  while (e > s && /[\s|]/.test(stream.text[e - 1] as string)) e--;
  const spans = stream.spans(s, e);
  const place = spans.length > 0 ? locator.placeOfSpans(spans) : locator.place(stream.sourceAt(s), stream.sourceAt(s));
  return { text: stream.text.slice(s, e), place, spans, ...extra };
}

/** Paragraphs of stream [start, end): one per non-empty line. */
export function paragraphsAt(stream: Stream, locator: Locator, start: number, end: number): Paragraph[] {
  const out: Paragraph[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || stream.text[i] === "\n") {
      const cell = cellAt(stream, locator, s, i);
      if (cell.text !== "") out.push({ text: cell.text, place: cell.place, spans: cell.spans ?? [] });
      s = i + 1;
    }
  }
  return out;
}
