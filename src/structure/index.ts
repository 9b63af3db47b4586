import type { Section } from "../model/document.js";
import type { Grid, GridCell, GridRow } from "../model/grid.js";
import { Located } from "../model/located.js";
import type { Leftover, Message } from "../model/message.js";
import type { Place } from "../model/place.js";
import type { PendingGarbled, WorkDoc, WorkTask } from "../model/work.js";
import { readItemNumber, seqValue } from "../genre/numbering.js";
import { mapColumns } from "./columns.js";
import { readDocumentMeta, remainderOf } from "./document-meta.js";
import { parseHeading } from "../genre/sections.js";

const LIST_JOIN = "、";

function located(cell: GridCell): Located {
  return Located.of(cell.text, cell.spans);
}

/**
 * Grid → working document: name each column by the header vocabulary, turn section rows into
 * sections and data rows into tasks, read the title, issuer and date around the table.
 * Fragments and garbled rows are kept for the repair rules that know what to do with them.
 */
export function structureGrid(grid: Grid): WorkDoc {
  const columns = mapColumns(grid.header);
  const hasSeqColumn = columns.some((c) => c.field === "seq");
  const sections: Section[] = [];
  const sectionIds = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const tasks: WorkTask[] = [];
  const garbled: PendingGarbled[] = [];
  const messages: Message[] = [...grid.messages];
  const leftovers: Leftover[] = [...grid.leftovers];
  let level1: Section | null = null;
  let current: Section | null = null;
  let pendingFragment: GridRow | null = null;

  const addSection = (row: GridRow): void => {
    const cell = row.cells[0] as GridCell;
    const h = parseHeading(cell.text);
    const parent = h.level > 1 ? level1 : null;
    const base = h.number || h.title;
    let id = parent ? `${parent.id}${base}` : base;
    // The same heading twice (a category repeated after a page break) gets a distinct id.
    // Ids are looked up in a set and the next suffix remembered: a heading repeated m times was O(m²·sections).
    if (sectionIds.has(id)) {
      const key = id;
      let n = nextSuffix.get(key) ?? 2;
      for (; sectionIds.has(`${parent ? parent.id : ""}${base}#${n}`); n++);
      id = `${parent ? parent.id : ""}${base}#${n}`;
      nextSuffix.set(key, n + 1);
    }
    sectionIds.add(id);
    const section: Section = { id, number: h.number, title: h.title, level: h.level, parent: parent?.id ?? null, where: cell.place };
    sections.push(section);
    if (h.level === 1) level1 = section;
    current = section;
  };

  let numberingOffset = 0;
  let lastPrinted: number | null = null;
  const addTask = (row: GridRow): void => {
    const cells = new Map<string, Located>();
    const extra = new Map<string, Located>();
    const fields: Record<string, Place> = {};
    const merged: string[] = [];
    let seqPrinted = row.seqPrinted ?? null;
    for (const col of columns) {
      const cell = row.cells[col.index];
      if (!cell) continue;
      if (col.field === "seq") {
        if (cell.text.trim() !== "") seqPrinted = cell.text.trim();
        fields.seq = cell.place;
        continue;
      }
      if (col.field === "section") continue;
      const value = located(cell).trim();
      const key = col.field === "extra" ? `extra.${col.header}` : col.field;
      if (col.field === "extra") {
        const prev = extra.get(col.header);
        extra.set(col.header, prev ? prev.concat(value, "\n") : value);
      } else {
        const prev = cells.get(col.field);
        const sep = ["units", "leadUnits", "supportUnits", "contacts", "leaders"].includes(col.field) ? LIST_JOIN : "\n";
        cells.set(col.field, prev && prev.text !== "" ? (value.text === "" ? prev : prev.concat(value, sep)) : value);
      }
      if (cell.text.trim() !== "" || !fields[key]) fields[key] = cell.place;
      if (cell.merged && !merged.includes(key)) merged.push(key);
    }
    // No 序号 column, the number printed at the start of the task's text (1.加快发展…): it is the row's number.
    if (seqPrinted === null && !hasSeqColumn) {
      for (const field of ["title", "content"]) {
        const value = cells.get(field);
        if (!value) continue;
        const n = readItemNumber(value.text, 0);
        if (n && n.scheme !== "cn" && n.scheme !== "part" && value.text.length > n.length + 1) {
          seqPrinted = n.printed;
          cells.set(field, value.replace(0, n.length, ""));
        }
        break;
      }
    }
    const printedValue = seqPrinted !== null ? seqValue(seqPrinted) : null;
    const previous = tasks[tasks.length - 1];
    // A table that numbers each section from 1: seq goes on counting across the document (so it
    // stays unique for fixes and diff) and seqPrinted keeps the number as printed.
    if (printedValue !== null && previous && lastPrinted !== null && printedValue <= lastPrinted && previous.section !== (current?.id ?? null)) {
      if (numberingOffset === 0) {
        messages.push({
          ruleId: "seq-restart",
          severity: "info",
          reason: `Numbering starts again at ${seqPrinted} in section ${current?.number || current?.title || ""}: seq counts across the document, seqPrinted keeps the printed number.`,
          seq: previous.seq + printedValue,
          field: "seq",
          where: row.place,
        });
      }
      numberingOffset = previous.seq;
    }
    const seq = printedValue !== null ? numberingOffset + printedValue : previous ? previous.seq + 1 : 1;
    lastPrinted = printedValue ?? (lastPrinted ?? 0) + 1;
    if (printedValue === null) {
      messages.push({
        ruleId: "seq-inferred",
        severity: "info",
        reason: seqPrinted
          ? `A row's number 「${seqPrinted}」 is not a number; it was numbered ${seq} from its neighbours.`
          : `A row has no number; it was numbered ${seq} from its neighbours.`,
        seq,
        field: "seq",
        where: row.place,
      });
    }
    const task: WorkTask = {
      seq,
      seqPrinted,
      section: current?.id ?? null,
      cells,
      extra,
      status: row.uncertain ? "needs_review" : "ok",
      repairs: [],
      raw: row.raw,
      where: row.place,
      fields,
      merged,
    };
    if (pendingFragment) {
      const fcells = new Map<string, Located>();
      for (const col of columns) {
        const cell = pendingFragment.cells[col.index];
        if (!cell || cell.text === "" || col.field === "seq" || col.field === "extra") continue;
        fcells.set(col.field, located(cell));
      }
      task.fragment = { cells: fcells, raw: pendingFragment.raw, where: pendingFragment.place };
      pendingFragment = null;
    }
    tasks.push(task);
  };

  let lastKind: GridRow["kind"] | null = null;
  for (const row of grid.rows) {
    if (row.kind === "section") addSection(row);
    else if (row.kind === "data") addTask(row);
    else if (row.kind === "fragment") {
      if (pendingFragment) garbled.push(garbledOf(pendingFragment));
      pendingFragment = row;
    } else {
      // Two unreadable runs with no task between them are one unreadable row (a number OCR'd inside the noise).
      const g = garbledOf(row);
      const prev = garbled[garbled.length - 1];
      if (prev && prev.afterSeq === g.afterSeq && lastKind === "garbled") {
        garbled[garbled.length - 1] = { ...prev, text: `${prev.text}${g.text}`, seqPrinted: prev.seqPrinted ?? g.seqPrinted, where: { ...prev.where, end: g.where.end ?? prev.where.end } };
      } else garbled.push(g);
    }
    lastKind = row.kind;
  }
  if (pendingFragment) garbled.push(garbledOf(pendingFragment));

  function garbledOf(row: GridRow): PendingGarbled {
    return {
      text: row.raw,
      where: row.place,
      afterSeq: tasks[tasks.length - 1]?.seq ?? null,
      seqPrinted: row.seqPrinted ?? null,
      section: current?.id ?? null,
    };
  }

  const meta = readDocumentMeta(grid.before, grid.after);
  for (const p of [...grid.before, ...grid.after]) {
    const taken = meta.used.get(p);
    const rest = taken ? remainderOf(p, taken) : p.text.trim();
    if (rest !== "") leftovers.push({ text: rest, reason: "outside-table", where: p.place });
  }

  return {
    source: grid.source,
    title: meta.title,
    issuer: meta.issuer,
    issuedDate: meta.issuedDate,
    issuedDateText: meta.issuedDateText,
    columns,
    sections,
    tasks,
    garbled,
    edits: grid.edits,
    messages,
    leftovers,
    locate: grid.locate ?? (() => ({})),
  };
}
