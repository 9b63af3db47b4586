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

type Item =
  | { kind: "data"; dense: DenseTable; rows: number[] }
  | { kind: "section"; dense: DenseTable; row: number; slot: Slot; text: string }
  | { kind: "spanning"; dense: DenseTable; row: number; slot: Slot; text: string; note: boolean };

function placeOf(dense: DenseTable, slot: Slot): Place {
  return { table: dense.table.index, row: slot.row, column: slot.column };
}

/**
 * The rows of the breakdown table (its parts joined) as grid rows: tasks with one cell per
 * column (a cell merged down over several tasks gives its text to each, marked `merged`),
 * section headings (a row whose one cell spans the table, or whose only text is a numbered
 * heading), header rows repeated after a page break as leftovers, and rows after the last
 * task that are not tasks as paragraphs after the table.
 */
export function readTableRows(parts: readonly TablePart[], roles: readonly ColumnField[], headerSignatures: readonly string[]): TableRowsResult {
  const leftovers: Leftover[] = [];
  const messages: Message[] = [];
  const items: Item[] = [];
  const width = roles.length;
  const seqColumn = roles.indexOf("seq");
  const texts = new Map<Slot, Map<CellRole, string>>();
  const reported = new Set<Slot>();

  const textOf = (dense: DenseTable, slot: Slot, role: CellRole): string => {
    let byRole = texts.get(slot);
    if (!byRole) texts.set(slot, (byRole = new Map()));
    let text = byRole.get(role);
    if (text === undefined) {
      const { lines, hard, nested } = cellLines(slot.cell.blocks);
      text = joinLines(lines, role, hard);
      byRole.set(role, text);
      if (nested.length > 0 && !reported.has(slot)) {
        reported.add(slot);
        messages.push({
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
  };
  const roleAt = (c: number): CellRole => roles[c] ?? "extra";

  for (const { dense, from } of parts) {
    for (let r = from; r < dense.slots.length; r++) {
      const all = rowSlots(dense, r);
      const own = all.filter((s) => s.row === r);
      // A row with no text of its own (empty, or only covered by cells merged from above) adds nothing.
      if (own.every((s) => textOf(dense, s, roleAt(s.column)) === "")) continue;
      if (headerSignatures.includes(signature(dense, r))) {
        const text = own.map((s) => textOf(dense, s, "header")).filter((t) => t !== "").join(" | ");
        leftovers.push({ text, reason: "repeated-header", where: { table: dense.table.index, row: r } });
        continue;
      }
      const only = all[0] as Slot;
      if (all.length === 1 && only.cell.colspan >= width) {
        const text = textOf(dense, only, "section");
        if (CONTINUED.test(text)) {
          leftovers.push({ text, reason: "repeated-header", where: placeOf(dense, only) });
          continue;
        }
        if (parseHeading(text).number !== "") items.push({ kind: "section", dense, row: r, slot: only, text });
        else items.push({ kind: "spanning", dense, row: r, slot: only, text, note: NOTE.test(text) });
        continue;
      }
      // A numbered heading alone in a row that does not merge its cells: (一)… in the title column,
      // 二、… in the number column, or a bare 一 in the number column (a section whose title is not printed).
      const withText = all.filter((s) => textOf(dense, s, roleAt(s.column)) !== "");
      const lone = withText.length === 1 ? (withText[0] as Slot) : null;
      if (lone && lone.row === r && lone.cell.rowspan === 1) {
        const text = textOf(dense, lone, "section");
        const h = parseHeading(text);
        if (h.number !== "" && h.title !== "") {
          items.push({ kind: "section", dense, row: r, slot: lone, text });
          continue;
        }
        // A group's name in the number column, the rest of the row empty (教育领域): a section without a number.
        if (lone.column === seqColumn && seqValue(text) === null && !HEADING_NUMBER.test(text.trim()) && text.trim().length <= MAX_GROUP_CHARS && !/[。;\uff1b]/.test(text)) {
          items.push({ kind: "section", dense, row: r, slot: lone, text: text.trim() });
          continue;
        }
        if (lone.column === seqColumn && HEADING_NUMBER.test(text.trim())) {
          // The 、 a heading takes is added (punctuation, not text) so that the number reads as one.
          items.push({ kind: "section", dense, row: r, slot: lone, text: /[、.\uff0e)\uff09]$/.test(text.trim()) ? text.trim() : `${text.trim()}、` });
          continue;
        }
      }
      // 一 in the number column, the heading beside it, nothing else in the row: a section, not task 1.
      const seqOwn = seqColumn >= 0 ? dense.slots[r]?.[seqColumn] : null;
      const beside = withText.find((s) => s !== seqOwn);
      if (seqOwn && withText.length === 2 && withText.includes(seqOwn) && beside && beside.row === r && beside.cell.rowspan === 1 && seqOwn.row === r && seqOwn.cell.rowspan === 1) {
        const number = textOf(dense, seqOwn, "seq");
        if (HEADING_NUMBER.test(number)) {
          const title = textOf(dense, beside, "section");
          // The number and the title are printed in two cells: joined with the 、 a heading takes (punctuation, not text).
          const text = /[、.\uff0e)\uff09]$/.test(number) ? number + title : `${number}、${title}`;
          items.push({ kind: "section", dense, row: r, slot: seqOwn, text });
          continue;
        }
      }
      // 一 | 教育领域 | | 县教育局: a section row that also names the units of the whole section, in a
      // table whose next row is numbered 1, 2…: a section; the units it names are reported, not lost.
      if (seqOwn && seqOwn.row === r && seqOwn.cell.rowspan === 1 && HEADING_NUMBER.test(textOf(dense, seqOwn, "seq"))) {
        const nextSeq = dense.slots[r + 1]?.[seqColumn];
        const titleSlot = withText.find((s) => s !== seqOwn && roleAt(s.column) === "title" && s.row === r);
        const rest = withText.filter((s) => s !== seqOwn && s !== titleSlot);
        const unitsOnly = rest.every((s) => ["units", "leadUnits", "supportUnits", "contacts", "leaders"].includes(roleAt(s.column)));
        if (titleSlot && unitsOnly && nextSeq && /^\d/.test(textOf(dense, nextSeq, "seq"))) {
          const number = textOf(dense, seqOwn, "seq");
          const title = textOf(dense, titleSlot, "section");
          items.push({ kind: "section", dense, row: r, slot: seqOwn, text: /[、.\uff0e)\uff09]$/.test(number) ? number + title : `${number}、${title}` });
          for (const s of rest) {
            leftovers.push({ text: textOf(dense, s, roleAt(s.column)), reason: "unassigned", where: placeOf(dense, s) });
            messages.push({
              ruleId: "section-units",
              severity: "warning",
              reason: `The section row ${number}、${title} also names 「${textOf(dense, s, roleAt(s.column))}」 in a column of units or people: kept as a leftover, not given to the section's tasks.`,
              seq: null,
              field: null,
              where: placeOf(dense, s),
            });
          }
          continue;
        }
      }
      // 1 | 扩大有效投资, then rows numbered 1.1, 1.2: the row is the heading of its sub-tasks, not a task.
      if (seqOwn && seqOwn.row === r && seqOwn.cell.rowspan === 1) {
        const number = textOf(dense, seqOwn, "seq");
        const nextSeq = dense.slots[r + 1]?.[seqColumn];
        const titleSlot = withText.find((s) => s !== seqOwn && s.row === r);
        if (/^\d{1,2}$/.test(number) && titleSlot && withText.length === 2 && nextSeq && new RegExp(`^${number}[.\uff0e]\\d`).test(textOf(dense, nextSeq, "seq"))) {
          items.push({ kind: "section", dense, row: r, slot: seqOwn, text: `${number}、${textOf(dense, titleSlot, "section")}` });
          continue;
        }
      }
      // seq merged down over this row too: the task goes on over several rows (one number, several measures).
      const prev = items[items.length - 1];
      const seqSlot = seqColumn >= 0 ? dense.slots[r]?.[seqColumn] : null;
      if (
        prev?.kind === "data" &&
        prev.dense === dense &&
        seqSlot &&
        seqSlot.row < r &&
        seqSlot.row >= (prev.rows[0] as number) &&
        textOf(dense, seqSlot, "seq") !== ""
      ) {
        prev.rows.push(r);
        continue;
      }
      items.push({ kind: "data", dense, rows: [r] });
      const missing = (dense.slots[r] ?? []).filter((s) => s === null).length;
      if (missing > 0) {
        // mammoth does not read w:gridBefore (ECMA-376 17.4.15): a row that starts further right in Word is read from the left.
        messages.push({
          ruleId: "short-row",
          severity: "warning",
          reason: `Row ${r} of table ${dense.table.index} has cells for ${width - missing} of the ${width} columns; they were read from the left, so check that each value is under its header.`,
          seq: null,
          field: null,
          where: { table: dense.table.index, row: r },
        });
      }
    }
  }

  // Spanning rows after the last task are not sections: a signature or a note under the table.
  const lastData = items.map((i) => i.kind).lastIndexOf("data");
  const after: Paragraph[] = [];
  const rows: GridRow[] = [];
  items.forEach((item, i) => {
    if (item.kind === "spanning" && i > lastData) {
      after.push(...rowParagraphs(item.dense.table, item.row));
      return;
    }
    if (item.kind === "spanning" && item.note) {
      leftovers.push({ text: item.text, reason: "unassigned", where: placeOf(item.dense, item.slot) });
      return;
    }
    if (item.kind === "section" || item.kind === "spanning") {
      rows.push({
        kind: "section",
        cells: [{ text: item.text, place: placeOf(item.dense, item.slot) }],
        raw: item.text,
        place: { table: item.dense.table.index, row: item.row },
      });
      return;
    }
    rows.push(dataRow(item.dense, item.rows));
    if (item.rows.length > 1) {
      messages.push({
        ruleId: "rows-joined",
        severity: "info",
        reason: `Rows ${item.rows[0] as number} to ${item.rows[item.rows.length - 1] as number} of table ${item.dense.table.index} were read as one task: its number cell is merged over them.`,
        seq: null,
        field: null,
        where: { table: item.dense.table.index, row: item.rows[0] as number },
      });
    }
  });
  return { rows, leftovers, after, messages };

  function dataRow(dense: DenseTable, rowIndexes: number[]): GridRow {
    const first = rowIndexes[0] as number;
    const last = rowIndexes[rowIndexes.length - 1] as number;
    const cells: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      const role = roleAt(c);
      const slots: Slot[] = [];
      for (const r of rowIndexes) {
        const s = dense.slots[r]?.[c];
        if (s && !slots.includes(s)) slots.push(s);
      }
      // A cell spanning columns gives its text to the first of them.
      const starting = slots.filter((s) => s.column === c);
      const parts = starting.map((s) => textOf(dense, s, role)).filter((t) => t !== "");
      const source = starting.find((s) => textOf(dense, s, role) !== "") ?? slots[0];
      const cell: GridCell = {
        text: parts.join("\n"),
        place: source ? placeOf(dense, source) : { table: dense.table.index, row: first, column: c },
      };
      // Merged over rows of other tasks: the value is shared (a unit merged down over three tasks).
      if (starting.some((s) => s.cell.rowspan > 1 && (s.row < first || s.row + s.cell.rowspan - 1 > last))) cell.merged = true;
      cells.push(cell);
    }
    return {
      kind: "data",
      cells,
      raw: cells.map((c) => c.text).join("\t"),
      place: { table: dense.table.index, row: first },
    };
  }
}
