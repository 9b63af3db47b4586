import { isUnitField } from "../../model/fields.js";
import type { ColumnField } from "../../model/fields.js";
import { headingLabelField } from "../../genre/labels.js";
import { closesNotice } from "../../genre/notice.js";
import { readItemNumber } from "../../genre/numbering.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";
import { textLines } from "./split-text.js";

/**
 * A task set out under numbered headings that are its fields' labels, each value on the lines below
 * (a rectification notice, 整改结果公示):
 *   一、整改任务 / …问题。 / 二、整改目标 / …前，… / 三、整改措施 / 1.… 2.… / 四、整改效果 / …已完成。
 * Read as one row of a table whose columns are the labels, when every numbered heading is a label and
 * none is met twice.
 */
interface Line {
  start: number;
  end: number;
}

interface Heading {
  line: number;
  field: ColumnField;
  /** The label's words, without the number. */
  label: [number, number];
  /** Where the value begins when it goes on from the label's own line (整改任务：在一些…). */
  valueStart?: number;
}

// Fields a labelled line gives a one-task notice (a contact line, 联系电话：…, closes it instead).
const LINE_FIELDS: ReadonlySet<ColumnField> = new Set(["title", "content", "target", "progress", "deadline", "source"]);
// A label at a line's start, its value after the colon on the same line (整改任务：…, 整改目标：…).
const LINE_LABEL = /^([\u4e00-\u9fa5()（）]{2,12})[ \t\u3000]*[:：]/;

// A task's wording is one of its labelled fields at least.
const WORDING: ReadonlySet<ColumnField> = new Set(["title", "content", "target"]);
const MIN_LABELS = 2;

/** A numbered heading line (一、… / (一)…): its label's field, or "heading" when its words are no label. */
function headingAt(text: string, line: Line, k: number): Heading | "heading" | null {
  let at = line.start;
  while (at < line.end && /[ \t\u3000]/.test(text[at] as string)) at++;
  const n = readItemNumber(text, at);
  if (!n) {
    // A label and its colon opening the line, the value beside it: a labelled line.
    const m = LINE_LABEL.exec(text.slice(at, line.end));
    const field = m ? headingLabelField(m[1] as string) : null;
    return m && field ? { line: k, field, label: [at, at + (m[1] as string).length], valueStart: at + m[0].length } : null;
  }
  if (n.scheme !== "cn" && n.scheme !== "cn-paren") return null;
  const field = headingLabelField(text.slice(at + n.length, line.end));
  return field ? { line: k, field, label: [at + n.length, line.end] } : "heading";
}

export function readLabelledSections(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  const lines = textLines(text);
  const all = lines.map((l, k) => headingAt(text, l, k));
  // Labelled lines that name who does the task (责任单位：…) are the records reader's: a task is read
  // here from labelled lines only when none names a unit (整改任务：… 整改目标：… 整改完成情况：…).
  const namesUnits = all.some((h) => h !== null && h !== "heading" && h.valueStart !== undefined && isUnitField(h.field));
  const found = all.map((h) => (h !== null && h !== "heading" && h.valueStart !== undefined && (namesUnits || !LINE_FIELDS.has(h.field)) ? null : h));
  // Every numbered heading is a label, each once: one task's record. A plan's sections (一、指导思想
  // 二、工作目标 三、主要任务…) have headings that are no label, or name a field twice.
  if (found.includes("heading")) return null;
  const headings = found.filter((h): h is Heading => h !== null && h !== "heading");
  if (headings.length < MIN_LABELS || !headings.some((h) => WORDING.has(h.field))) return null;
  if (new Set(headings.map((h) => h.field)).size !== headings.length) return null;
  // Headings must follow one another with values between them: a run from the first label on.
  const fields: ColumnField[] = [];
  const headerCells: GridCell[] = [];
  for (const h of headings) {
    if (fields.includes(h.field)) continue;
    fields.push(h.field);
    headerCells.push(cellAt(stream, locator, h.label[0], h.label[1], { field: h.field }));
  }
  if (fields.length < MIN_LABELS) return null;
  const rows: GridRow[] = [];
  let cells: GridCell[] | null = null;
  let rowStart = 0;
  let end = text.length;
  const flush = (to: number): void => {
    if (!cells) return;
    const place = locator.place(stream.sourceAt(rowStart), stream.sourceAt(to));
    rows.push({ kind: "data", cells, raw: text.slice(rowStart, to).trim(), place });
    cells = null;
  };
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    const first = h.line + 1;
    let stop = next ? next.line : lines.length;
    // The last value ends where the notice's own closing begins (现将…公示, 联系电话：…).
    if (!next) {
      for (let k = first; k < lines.length; k++) {
        if (closesNotice(text.slice((lines[k] as Line).start, (lines[k] as Line).end))) {
          stop = k;
          break;
        }
      }
      end = stop < lines.length ? (lines[stop] as Line).start : text.length;
    }
    const col = fields.indexOf(h.field);
    const lineStart = (lines[h.line] as Line).start;
    if (!cells || (cells[col] as GridCell).text !== "" || (cells[col] as GridCell).spans?.length) {
      flush(lineStart);
      cells = fields.map(() => ({ text: "", place: {}, spans: [] }));
      rowStart = lineStart;
    }
    const from = h.valueStart ?? (first < stop ? (lines[first] as Line).start : -1);
    const to = stop > first ? (lines[stop - 1] as Line).end : (lines[h.line] as Line).end;
    const value = from >= 0 && to > from ? cellAt(stream, locator, from, to) : { text: "", place: locator.place(stream.sourceAt(lineStart), stream.sourceAt(lineStart)), spans: [] };
    // The heading's own text is the label, kept as the value's label so nothing is lost.
    (cells as GridCell[])[col] = { ...value, spans: [...(value.spans ?? [])] };
  });
  flush(end);
  const firstLine = lines[(headings[0] as Heading).line] as Line;
  const messages: Message[] = [
    {
      ruleId: "labelled-sections",
      severity: "info",
      reason: `The task is set out under numbered headings that name its fields (${headerCells.map((c) => c.text).join(", ")}): read as one row under those columns.`,
      seq: null,
      field: null,
      where: locator.place(stream.sourceAt(firstLine.start), stream.sourceAt(firstLine.end)),
    },
  ];
  // The headings' words are the header's; a heading met again (a second task) is covered by its row's raw text.
  return { layout: "labelled", header: headerCells, rows, before: paragraphsAt(stream, locator, 0, firstLine.start), after: paragraphsAt(stream, locator, end, text.length), messages };
}
