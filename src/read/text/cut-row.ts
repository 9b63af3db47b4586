import { fieldForHeader } from "../../genre/headers.js";
import type { ColumnField } from "../../model/fields.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { TextTable } from "./text-table.js";

// Columns a row must have had printed to be whole; a trailing 备注 or a column the genre leaves
// empty says nothing about where the text ends.
const NOT_TELLING: ReadonlySet<ColumnField> = new Set(["note", "extra", "source", "seq"]);
// Rows other than the last that must all fill such a column for it to tell.
const MIN_ROWS_FOR_HABIT = 2;

/**
 * An excerpt that ends inside its last row (a page cut at its first 2 KB, a sharing site's preview):
 * the row's last columns were never printed. A value carried down into them from the row above (read
 * as a merged cell) is taken back, and the row is flagged: its cells are only what the text holds.
 * `textEnd` is the source offset where the text's last character ends.
 */
export function endsInsideLastRow(table: TextTable, textEnd: number): TextTable {
  if (table.after.length > 0) return table;
  const row = table.rows[table.rows.length - 1];
  if (row?.kind !== "data" || (row.place.end ?? 0) < textEnd) return table;
  const fields = table.header.map((h) => h.field ?? fieldForHeader(h.text));
  // A value printed once in a heading over the rows is the row's as much as its own cells are.
  const own = (c: GridCell): boolean => c.text.trim() !== "" && (c.merged !== true || c.fromHeading === true);
  let lastOwn = -1;
  row.cells.forEach((c, i) => {
    if (own(c)) lastOwn = i;
  });
  // A column the genre may leave empty tells all the same when every other row has it (完成状态: 已完成).
  const others = table.rows.filter((r) => r.kind === "data" && r !== row);
  const alwaysFilled = (i: number): boolean => others.length >= MIN_ROWS_FOR_HABIT && others.every((r) => (r.cells[i]?.text.trim() ?? "") !== "");
  const missing = row.cells.map((_, i) => i).filter((i) => i > lastOwn && (!NOT_TELLING.has(fields[i] as ColumnField) || (fields[i] !== "seq" && alwaysFilled(i))));
  if (lastOwn < 0) return table;
  if (missing.length === 0) return endsInsideSentence(table, row, fields, textEnd);
  const cells = row.cells.map((c, i) => (missing.includes(i) && c.merged === true ? { text: "", place: {}, spans: [] } : c));
  const names = missing.map((i) => table.header[i]?.text.trim() ?? "").filter((n) => n !== "");
  const seq = row.seqPrinted ?? row.cells[fields.indexOf("seq")]?.text.trim() ?? "";
  const reason = `The text ends inside the last row${seq ? ` (${seq})` : ""}: its last cells (${names.map((n) => `「${n}」`).join("、")}) are not printed, so the row holds only what the text gives so far.`;
  return flagLastRow(table, { ...row, cells }, "the text ends inside this row: its last cells were not printed", reason, seq, null);
}

/** The table with its last row replaced by `row`, flagged (`uncertain` unless it already is), and the row-ends-text message said. */
function flagLastRow(table: TextTable, row: GridRow, uncertain: string, reason: string, seq: string, field: ColumnField | null): TextTable {
  return {
    ...table,
    rows: [...table.rows.slice(0, -1), { ...row, uncertain: row.uncertain ?? uncertain }],
    messages: [...table.messages, { ruleId: "row-ends-text", severity: "warning", reason, seq: Number.parseInt(seq, 10) || null, field, where: row.place }],
  };
}

// Share of a table's other rows that must close with a pipe for a last row that does not to be cut.
const CLOSED_SHARE = 0.8;

/** Whether every other row (nearly) closes with its pipe and the last one does not. */
function opensWithoutItsCloser(table: TextTable, row: GridRow): boolean {
  const others = table.rows.filter((r) => r.kind === "data" && r !== row);
  if (others.length < 2 || row.raw.trimEnd().endsWith("|")) return false;
  return others.filter((r) => r.raw.trimEnd().endsWith("|")).length >= CLOSED_SHARE * others.length;
}

// How wording may end when it is whole: a stop, a closing bracket or quote, a figure or a percentage.
const WHOLE_END = /[。；;！？!?.)）」』”"\]】〕%\d]$/;
const WORDING_FIELDS: ReadonlySet<ColumnField> = new Set(["title", "content"]);

/**
 * A last record whose every column has a value, but whose wording the text ends in the middle of
 * (…其中,第三产业): flagged, as the excerpt cut it.
 */
function endsInsideSentence(table: TextTable, row: GridRow, fields: readonly ColumnField[], textEnd: number): TextTable {
  // A table's cells often end without a stop; but a table whose rows close with their pipe whose last
  // row does not (…空气中降尘强度) was cut inside it.
  if (table.layout !== "labelled") return opensWithoutItsCloser(table, row) ? flagLastRow(table, row, "the text ends inside this row's wording", `The text ends inside the last row${row.seqPrinted ? ` (${row.seqPrinted})` : ""}, before the pipe that closes its rows: the row may go on past the excerpt.`, row.seqPrinted ?? "", null) : table;
  const cut = row.cells.findIndex((c, i) => WORDING_FIELDS.has(fields[i] as ColumnField) && (c.place.end ?? -1) >= textEnd && c.text.trim() !== "" && !WHOLE_END.test(c.text.trim()));
  if (cut < 0) return table;
  const seq = (row.seqPrinted ?? row.cells[fields.indexOf("seq")]?.text ?? "").trim().replace(/[、.．,，]+$/, "");
  const name = table.header[cut]?.text.trim() ?? "";
  const reason = `The text ends inside the last row${seq ? ` (${seq})` : ""}, in the middle of its 「${name}」: the row may go on past the excerpt.`;
  return flagLastRow(table, row, "the text ends inside this row's wording", reason, seq, fields[cut] ?? null);
}
