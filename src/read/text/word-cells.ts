import { breakMeans, type CellRole } from "../../genre/line-breaks.js";
import type { GridCell } from "../../model/grid.js";
import type { Locator } from "./locator.js";
import type { TextWord } from "./split-text.js";
import type { Stream } from "./stream.js";

/** One cell of words a table printed a space apart: joined as a Word cell's lines are, a break kept where it means something. */
export function wordsCell(stream: Stream, locator: Locator, parts: readonly TextWord[], role: CellRole): GridCell {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return { text: "", place: {}, spans: [] };
  let joined = first.text;
  for (const p of parts.slice(1)) joined += (breakMeans(joined, p.text, role) ? "\n" : "") + p.text;
  return { text: joined, spans: parts.flatMap((p) => stream.spans(p.start, p.end)), place: locator.place(stream.sourceAt(first.start), stream.sourceAt(last.end)) };
}
