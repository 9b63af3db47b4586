import { fieldsForHeader } from "../../genre/headers.js";
import { labelsWithColon } from "../../genre/labels.js";
import { type ColumnField, isUnitField, UNIT_FIELDS } from "../../model/fields.js";
import type { GridCell, Paragraph } from "../../model/grid.js";
import type { Locator } from "./locator.js";
import type { TextTable } from "./text-table.js";

/**
 * Who answers for a whole sheet, printed once above its table (分管领导：张洪涛 责任人：薛增召, 责任单位：
 * 市环保局): each label becomes a column of its own, its value every row's, printed in the first row and
 * merged down the others, as a cell merged over the rows would be. Only for fields the table has no
 * column of, and only on lines that are labels and their values, nothing else.
 */

// What a sheet says once for all its rows.
const SHEET_FIELDS: ReadonlySet<ColumnField> = new Set(["leaders", "contacts", "units", "leadUnits", "supportUnits"]);
// The lines just above the header looked at.
const MAX_LINES_ABOVE = 3;
// A value this long is a sentence, no name.
const MAX_VALUE = 40;

interface SheetLabel {
  field: ColumnField;
  label: string;
  /** Source offsets of the label (with its colon) and of its value. */
  labelAt: [number, number];
  valueAt: [number, number];
  value: string;
}

/** The labels of a paragraph that holds nothing but sheet labels and their values, or null. */
function sheetLabels(p: Paragraph): SheetLabel[] | null {
  const span = p.spans?.[0];
  if (!span || (p.spans?.length ?? 0) !== 1 || span.end - span.start !== p.text.length) return null;
  const hits = labelsWithColon(p.text);
  const first = hits[0];
  if (!first || p.text.slice(0, first.start).trim() !== "") return null;
  const out: SheetLabel[] = [];
  for (const [k, h] of hits.entries()) {
    if (!SHEET_FIELDS.has(h.field)) return null;
    const end = hits[k + 1]?.start ?? p.text.length;
    const raw = p.text.slice(h.valueStart, end);
    const value = raw.trim().replace(/[;；,，。]$/, "");
    if (value === "" || value.length > MAX_VALUE) return null;
    const lead = raw.length - raw.trimStart().length;
    out.push({
      field: h.field,
      label: h.label,
      labelAt: [span.start + h.start, span.start + h.valueStart],
      valueAt: [span.start + h.valueStart + lead, span.start + h.valueStart + lead + value.length],
      value,
    });
  }
  return out;
}

export function withSheetLabels(table: TextTable, locator: Locator): TextTable {
  const data = table.rows.filter((r) => r.kind === "data");
  if (data.length === 0 || table.before.length === 0) return table;
  const have = new Set(fieldsForHeader(table.header.map((h) => h.text)));
  // Units are one family: a table with a column of lead or support units has its units (a 责任单位 line
  // above a list labelled 牵头单位 / 责任单位 is the end of the task before the page, not the sheet's).
  if ([...have].some(isUnitField)) for (const f of UNIT_FIELDS) have.add(f);
  const above = table.before.slice(-MAX_LINES_ABOVE);
  const taken: Paragraph[] = [];
  const labels: SheetLabel[] = [];
  for (const p of above) {
    const found = sheetLabels(p);
    if (!found || found.some((l) => have.has(l.field) || labels.some((m) => m.field === l.field))) continue;
    taken.push(p);
    labels.push(...found);
  }
  if (labels.length === 0) return table;
  const header: GridCell[] = [...table.header, ...labels.map((l) => ({ text: l.label, place: locator.place(l.labelAt[0], l.labelAt[1]), spans: [{ start: l.labelAt[0], end: l.labelAt[1] }] }))];
  let first = true;
  const rows = table.rows.map((r) => {
    if (r.kind === "fragment") return { ...r, cells: [...r.cells, ...labels.map((): GridCell => ({ text: "", place: {}, spans: [] }))] };
    if (r.kind !== "data") return r;
    const cells = labels.map((l): GridCell => {
      const place = locator.place(l.valueAt[0], l.valueAt[1]);
      // Printed once: the first row holds the characters, the others carry them as a merged cell does.
      return first ? { text: l.value, place, spans: [{ start: l.valueAt[0], end: l.valueAt[1] }] } : { text: l.value, place, spans: [], merged: true };
    });
    first = false;
    return { ...r, cells: [...r.cells, ...cells] };
  });
  return { ...table, header, rows, before: table.before.filter((p) => !taken.includes(p)) };
}
