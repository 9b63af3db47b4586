import type { ColumnField } from "../../model/fields.js";
import type { GridCell, GridRow, Paragraph } from "../../model/grid.js";
import type { Leftover, Message } from "../../model/message.js";
import type { Place } from "../../model/place.js";
import { HEADING_NUMBER, parseHeading } from "../../genre/sections.js";
import { seqValue } from "../../genre/numbering.js";
import { cellLines, joinLines, type CellRole } from "./cell-text.js";
import { rowSlots, type DenseTable, type Slot } from "./dense-grid.js";
import { signature } from "./find-table.js";
import { rowParagraphs } from "./paragraphs.js";
/** A part of the breakdown table: a Word table and the row its tasks start at. */
export interface TablePart {
  dense: DenseTable;
  from: number;
}

export interface TableRowsResult {
  rows: GridRow[];
  leftovers: Leftover[];
  /** Rows after the last task that are not tasks (a signature row, notes): paragraphs after the table. */
  after: Paragraph[];
  messages: Message[];
}

/** 续表 / (续表) / 续上表: printed above the header where a table goes on after a page break. */
export const CONTINUED = /^[(\uff08]?\s*续(?:上)?表\s*\d*\s*[)\uff09]?$/;

// 注：… / 备注：… / 说明：… spanning the table: a note on the table, not a section.
const NOTE = /^(?:注|备注|说明|附注)\s*\d*\s*[:\uff1a]/;

// A section's number alone in the number column: 一 / 一、 / (一) / （一）, never an Arabic task number.

// A group's name (教育领域, 重点项目) is a few words, not a sentence.
const MAX_GROUP_CHARS = 30;

// A heading's number already ends with the mark a heading takes: 一、 / 一. / (一).
const HEADING_MARK = /[、.\uff0e)\uff09]$/;

// A task that heads sub-tasks numbered 1.1, 1.2: a number of one or two digits.
const PARENT_TASK_NUMBER = /^\d{1,2}$/;

// The columns a section row may also fill without being a task: units and people.
const UNIT_ROLES: ReadonlySet<CellRole> = new Set<CellRole>(["units", "leadUnits", "supportUnits", "contacts", "leaders"]);

type Item =
  | { kind: "data"; dense: DenseTable; rows: number[] }
  | { kind: "section"; dense: DenseTable; row: number; slot: Slot; text: string }
  | { kind: "spanning"; dense: DenseTable; row: number; slot: Slot; text: string; note: boolean };

/** What reading the rows carries from row to row: the columns, each cell's text read once, and what was found. */
interface RowsRead {
  roles: readonly ColumnField[];
  width: number;
  seqColumn: number;
  /** Each cell's text by the role it is read in, joined once. */
  texts: Map<Slot, Map<CellRole, string>>;
  /** Cells whose nested table has been reported. */
  reported: Set<Slot>;
  items: Item[];
  leftovers: Leftover[];
  messages: Message[];
}

/** A row being read: its table, its index, the cells over it, those with text, and its own cell in the number column. */
interface RowView {
  dense: DenseTable;
  r: number;
  all: Slot[];
  withText: Slot[];
  seqOwn: Slot | null | undefined;
}

function placeOf(dense: DenseTable, slot: Slot): Place {
  return { table: dense.table.index, row: slot.row, column: slot.column };
}

function roleAt(read: RowsRead, c: number): CellRole {
  return read.roles[c] ?? "extra";
}

/** The cell starts in row `r` and covers no other row. */
function onlyInRow(slot: Slot, r: number): boolean {
  return slot.row === r && slot.cell.rowspan === 1;
}

/** A heading's number with the 、 a heading takes added when it has no mark (punctuation, not text). */
function withHeadingMark(number: string): string {
  return HEADING_MARK.test(number) ? number : `${number}、`;
}

/** A cell's text read in a role, joined once; a table nested in it is reported the first time. */
function cellTextOf(read: RowsRead, dense: DenseTable, slot: Slot, role: CellRole): string {
  let byRole = read.texts.get(slot);
  if (!byRole) read.texts.set(slot, (byRole = new Map()));
  let text = byRole.get(role);
  if (text === undefined) {
    const { lines, hard, nested } = cellLines(slot.cell.blocks);
    text = joinLines(lines, role, hard);
    byRole.set(role, text);
    if (nested.length > 0 && !read.reported.has(slot)) {
      read.reported.add(slot);
      read.messages.push({
        ruleId: "nested-table",
        severity: "info",
        reason: `A table nested in this cell (table ${nested.map((t) => t.index).join(", ")}) was read into the cell's text: one line per row, its cells separated by a tab.`,
        seq: null,
        field: null,
        where: placeOf(dense, slot),
      });
    }
  }
  return text;
}

/**
 * The rows of the breakdown table (its parts joined) as grid rows: tasks with one cell per
 * column (a cell merged down over several tasks gives its text to each, marked `merged`),
 * section headings (a row whose one cell spans the table, or whose only text is a numbered
 * heading), header rows repeated after a page break as leftovers, and rows after the last
 * task that are not tasks as paragraphs after the table.
 */
export function readTableRows(parts: readonly TablePart[], roles: readonly ColumnField[], headerSignatures: readonly string[]): TableRowsResult {
  const read: RowsRead = { roles, width: roles.length, seqColumn: roles.indexOf("seq"), texts: new Map(), reported: new Set(), items: [], leftovers: [], messages: [] };
  for (const { dense, from } of parts) {
    for (let r = from; r < dense.slots.length; r++) readRow(read, dense, r, headerSignatures);
  }
  const { rows, after } = placeItems(read);
  return { rows, leftovers: read.leftovers, after, messages: read.messages };
}

/** Row `r` of a table part: nothing, a repeated header, a spanning row, a section heading, or (part of) a task. */
function readRow(read: RowsRead, dense: DenseTable, r: number, headerSignatures: readonly string[]): void {
  const all = rowSlots(dense, r);
  const own = all.filter((s) => s.row === r);
  // A row with no text of its own (empty, or only covered by cells merged from above) adds nothing.
  if (own.every((s) => cellTextOf(read, dense, s, roleAt(read, s.column)) === "")) return;
  if (headerSignatures.includes(signature(dense, r))) {
    keepRepeatedHeader(read, dense, r, own);
    return;
  }
  const only = all[0] as Slot;
  if (all.length === 1 && only.cell.colspan >= read.width) {
    readSpanningRow(read, dense, r, only);
    return;
  }
  const row: RowView = {
    dense,
    r,
    all,
    withText: all.filter((s) => cellTextOf(read, dense, s, roleAt(read, s.column)) !== ""),
    seqOwn: read.seqColumn >= 0 ? dense.slots[r]?.[read.seqColumn] : null,
  };
  if (readLoneHeading(read, row) || readSplitHeading(read, row) || readSectionWithUnits(read, row) || readParentTask(read, row) || continueTask(read, row)) return;
  startTask(read, dense, r);
}

/** A header row repeated after a page break: a leftover. */
function keepRepeatedHeader(read: RowsRead, dense: DenseTable, r: number, own: readonly Slot[]): void {
  const text = own.map((s) => cellTextOf(read, dense, s, "header")).filter((t) => t !== "").join(" | ");
  read.leftovers.push({ text, reason: "repeated-header", where: { table: dense.table.index, row: r } });
}

/** A row whose one cell spans the table: 续表 (a leftover), a numbered section, or a text spanning the table. */
function readSpanningRow(read: RowsRead, dense: DenseTable, r: number, only: Slot): void {
  const text = cellTextOf(read, dense, only, "section");
  if (CONTINUED.test(text)) {
    read.leftovers.push({ text, reason: "repeated-header", where: placeOf(dense, only) });
    return;
  }
  if (parseHeading(text).number !== "") read.items.push({ kind: "section", dense, row: r, slot: only, text });
  else read.items.push({ kind: "spanning", dense, row: r, slot: only, text, note: NOTE.test(text) });
}

// A numbered heading alone in a row that does not merge its cells: (一)… in the title column,
// 二、… in the number column, or a bare 一 in the number column (a section whose title is not printed).
function readLoneHeading(read: RowsRead, row: RowView): boolean {
  const { dense, r, withText } = row;
  const lone = withText.length === 1 ? (withText[0] as Slot) : null;
  if (!lone || !onlyInRow(lone, r)) return false;
  const text = loneHeadingText(cellTextOf(read, dense, lone, "section"), lone.column === read.seqColumn);
  if (text === null) return false;
  read.items.push({ kind: "section", dense, row: r, slot: lone, text });
  return true;
}

/** The heading a lone cell's text makes (`inSeqColumn`: the cell is in the number column), or null. */
function loneHeadingText(text: string, inSeqColumn: boolean): string | null {
  const h = parseHeading(text);
  if (h.number !== "" && h.title !== "") return text;
  if (!inSeqColumn) return null;
  const trimmed = text.trim();
  // A group's name in the number column, the rest of the row empty (教育领域): a section without a number.
  if (seqValue(text) === null && !HEADING_NUMBER.test(trimmed) && trimmed.length <= MAX_GROUP_CHARS && !/[。;\uff1b]/.test(text)) return trimmed;
  // The 、 a heading takes is added (punctuation, not text) so that the number reads as one.
  if (HEADING_NUMBER.test(trimmed)) return withHeadingMark(trimmed);
  return null;
}

// 一 in the number column, the heading beside it, nothing else in the row: a section, not task 1.
function readSplitHeading(read: RowsRead, row: RowView): boolean {
  const { dense, r, withText, seqOwn } = row;
  const beside = withText.find((s) => s !== seqOwn);
  if (!(seqOwn && withText.length === 2 && withText.includes(seqOwn) && beside && onlyInRow(beside, r) && onlyInRow(seqOwn, r))) return false;
  const number = cellTextOf(read, dense, seqOwn, "seq");
  if (!HEADING_NUMBER.test(number)) return false;
  const title = cellTextOf(read, dense, beside, "section");
  // The number and the title are printed in two cells: joined with the 、 a heading takes (punctuation, not text).
  read.items.push({ kind: "section", dense, row: r, slot: seqOwn, text: withHeadingMark(number) + title });
  return true;
}

// 一 | 教育领域 | | 县教育局: a section row that also names the units of the whole section, in a
// table whose next row is numbered 1, 2…: a section; the units it names are reported, not lost.
function readSectionWithUnits(read: RowsRead, row: RowView): boolean {
  const { dense, r, withText, seqOwn } = row;
  if (!(seqOwn && onlyInRow(seqOwn, r) && HEADING_NUMBER.test(cellTextOf(read, dense, seqOwn, "seq")))) return false;
  const nextSeq = dense.slots[r + 1]?.[read.seqColumn];
  const titleSlot = withText.find((s) => s !== seqOwn && roleAt(read, s.column) === "title" && s.row === r);
  const rest = withText.filter((s) => s !== seqOwn && s !== titleSlot);
  const unitsOnly = rest.every((s) => UNIT_ROLES.has(roleAt(read, s.column)));
  if (!(titleSlot && unitsOnly && nextSeq && /^\d/.test(cellTextOf(read, dense, nextSeq, "seq")))) return false;
  const number = cellTextOf(read, dense, seqOwn, "seq");
  const title = cellTextOf(read, dense, titleSlot, "section");
  read.items.push({ kind: "section", dense, row: r, slot: seqOwn, text: withHeadingMark(number) + title });
  for (const s of rest) keepSectionUnits(read, dense, s, `${number}、${title}`);
  return true;
}

/** Units or people named on a section row: a leftover, with a warning. */
function keepSectionUnits(read: RowsRead, dense: DenseTable, slot: Slot, heading: string): void {
  read.leftovers.push({ text: cellTextOf(read, dense, slot, roleAt(read, slot.column)), reason: "unassigned", where: placeOf(dense, slot) });
  read.messages.push({
    ruleId: "section-units",
    severity: "warning",
    reason: `The section row ${heading} also names 「${cellTextOf(read, dense, slot, roleAt(read, slot.column))}」 in a column of units or people: kept as a leftover, not given to the section's tasks.`,
    seq: null,
    field: null,
    where: placeOf(dense, slot),
  });
}

// 1 | 扩大有效投资, then rows numbered 1.1, 1.2: the row is the heading of its sub-tasks, not a task.
function readParentTask(read: RowsRead, row: RowView): boolean {
  const { dense, r, withText, seqOwn } = row;
  if (!(seqOwn && onlyInRow(seqOwn, r))) return false;
  const number = cellTextOf(read, dense, seqOwn, "seq");
  const nextSeq = dense.slots[r + 1]?.[read.seqColumn];
  const titleSlot = withText.find((s) => s !== seqOwn && s.row === r);
  if (!(PARENT_TASK_NUMBER.test(number) && titleSlot && withText.length === 2 && nextSeq && new RegExp(`^${number}[.\uff0e]\\d`).test(cellTextOf(read, dense, nextSeq, "seq")))) return false;
  read.items.push({ kind: "section", dense, row: r, slot: seqOwn, text: `${number}、${cellTextOf(read, dense, titleSlot, "section")}` });
  return true;
}

// seq merged down over this row too: the task goes on over several rows (one number, several measures).
function continueTask(read: RowsRead, row: RowView): boolean {
  const { dense, r, seqOwn: seqSlot } = row;
  const prev = read.items[read.items.length - 1];
  if (
    prev?.kind === "data" &&
    prev.dense === dense &&
    seqSlot &&
    seqSlot.row < r &&
    seqSlot.row >= (prev.rows[0] as number) &&
    cellTextOf(read, dense, seqSlot, "seq") !== ""
  ) {
    prev.rows.push(r);
    return true;
  }
  return false;
}

/** A row that starts a task; a row with cells for fewer columns than the table is reported. */
function startTask(read: RowsRead, dense: DenseTable, r: number): void {
  read.items.push({ kind: "data", dense, rows: [r] });
  const missing = (dense.slots[r] ?? []).filter((s) => s === null).length;
  if (missing === 0) return;
  // mammoth does not read w:gridBefore (ECMA-376 17.4.15): a row that starts further right in Word is read from the left.
  read.messages.push({
    ruleId: "short-row",
    severity: "warning",
    reason: `Row ${r} of table ${dense.table.index} has cells for ${read.width - missing} of the ${read.width} columns; they were read from the left, so check that each value is under its header.`,
    seq: null,
    field: null,
    where: { table: dense.table.index, row: r },
  });
}

/** The items read as grid rows, and the spanning rows after the last task as paragraphs after the table. */
function placeItems(read: RowsRead): { rows: GridRow[]; after: Paragraph[] } {
  // Spanning rows after the last task are not sections: a signature or a note under the table.
  const lastData = read.items.map((i) => i.kind).lastIndexOf("data");
  const after: Paragraph[] = [];
  const rows: GridRow[] = [];
  read.items.forEach((item, i) => {
    if (item.kind === "spanning" && i > lastData) after.push(...rowParagraphs(item.dense.table, item.row));
    else if (item.kind === "spanning" && item.note) read.leftovers.push({ text: item.text, reason: "unassigned", where: placeOf(item.dense, item.slot) });
    else if (item.kind === "data") rows.push(taskRow(read, item.dense, item.rows));
    else rows.push(sectionRow(item));
  });
  return { rows, after };
}

function sectionRow(item: Item & { kind: "section" | "spanning" }): GridRow {
  return {
    kind: "section",
    cells: [{ text: item.text, place: placeOf(item.dense, item.slot) }],
    raw: item.text,
    place: { table: item.dense.table.index, row: item.row },
  };
}

/** A task's grid row; a task read from several rows is reported. */
function taskRow(read: RowsRead, dense: DenseTable, rowIndexes: number[]): GridRow {
  const row = dataRow(read, dense, rowIndexes);
  if (rowIndexes.length > 1) {
    read.messages.push({
      ruleId: "rows-joined",
      severity: "info",
      reason: `Rows ${rowIndexes[0] as number} to ${rowIndexes[rowIndexes.length - 1] as number} of table ${dense.table.index} were read as one task: its number cell is merged over them.`,
      seq: null,
      field: null,
      where: { table: dense.table.index, row: rowIndexes[0] as number },
    });
  }
  return row;
}

function dataRow(read: RowsRead, dense: DenseTable, rowIndexes: number[]): GridRow {
  const cells: GridCell[] = [];
  for (let c = 0; c < read.width; c++) cells.push(taskCell(read, dense, rowIndexes, c));
  return {
    kind: "data",
    cells,
    raw: cells.map((c) => c.text).join("\t"),
    place: { table: dense.table.index, row: rowIndexes[0] as number },
  };
}

/** Column `c` of a task read from rows `rowIndexes`: the text of the cells that start in it. */
function taskCell(read: RowsRead, dense: DenseTable, rowIndexes: number[], c: number): GridCell {
  const first = rowIndexes[0] as number;
  const last = rowIndexes[rowIndexes.length - 1] as number;
  const role = roleAt(read, c);
  const slots: Slot[] = [];
  for (const r of rowIndexes) {
    const s = dense.slots[r]?.[c];
    if (s && !slots.includes(s)) slots.push(s);
  }
  // A cell spanning columns gives its text to the first of them.
  const starting = slots.filter((s) => s.column === c);
  const parts = starting.map((s) => cellTextOf(read, dense, s, role)).filter((t) => t !== "");
  const source = starting.find((s) => cellTextOf(read, dense, s, role) !== "") ?? slots[0];
  const cell: GridCell = {
    text: parts.join("\n"),
    place: source ? placeOf(dense, source) : { table: dense.table.index, row: first, column: c },
  };
  // Merged over rows of other tasks: the value is shared (a unit merged down over three tasks).
  if (starting.some((s) => s.cell.rowspan > 1 && (s.row < first || s.row + s.cell.rowspan - 1 > last))) cell.merged = true;
  return cell;
}
