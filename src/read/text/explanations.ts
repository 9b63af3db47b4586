import type { GridRow, Paragraph } from "../../model/grid.js";
import { asParagraphs, namesUnitsIn } from "./notice-points.js";
import type { Stream } from "./stream.js";
import type { TextTable } from "./text-table.js";

// A heading of the notes printed with a breakdown (说明 / 填表说明 / 编制说明：), on a line of its own.
const NOTES_HEADING = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?(?:填表|编制|有关|几点|分解|相关)?说明[ \t\u3000]*[:：]?[ \t\u3000]*$/gm;
// The notes end at the next heading that is no note's: a table's title or header, a chapter's heading.
const NOTES_END = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[部章]|序号|附件|[^\n]{0,40}(?:分解表|任务表|清单|一览表)[ \t\u3000]*$)/m;

/**
 * A breakdown's notes under their own heading (说明 / 1.任务分解意见是对…的逐条细化分解。/ 2.…本着责任唯一的原则…):
 * they say how the table was made, they are no tasks. Rows read from them, none naming a unit, are
 * the notes' paragraphs (one per line of the source range `paragraphsOf` is given); a reading left with
 * no task is no table.
 */
export function withoutExplanations(table: TextTable, stream: Stream, paragraphsOf: (start: number, end: number) => Paragraph[]): TextTable | null {
  const text = stream.text;
  const ranges: Array<[number, number]> = [];
  NOTES_HEADING.lastIndex = 0;
  for (let m = NOTES_HEADING.exec(text); m; m = NOTES_HEADING.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from + 1);
    const end = NOTES_END.exec(rest);
    ranges.push([stream.sourceAt(from), stream.sourceAt(end ? from + 1 + end.index : text.length)]);
  }
  if (ranges.length === 0) return table;
  const inNotes = (row: GridRow): boolean => ranges.some(([a, b]) => (row.place.offset ?? -1) >= a && (row.place.offset ?? -1) < b);
  const notes = table.rows.filter((r) => r.kind === "data" && inNotes(r));
  if (notes.length === 0 || namesUnitsIn(table, notes)) return table;
  return asParagraphs(table, inNotes, paragraphsOf);
}
