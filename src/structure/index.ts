import { extraKey, type Column, type Section } from "../model/document.js";
import type { Grid, GridCell, GridRow } from "../model/grid.js";
import { Located } from "../model/located.js";
import type { Leftover, Message } from "../model/message.js";
import type { Place } from "../model/place.js";
import type { PendingGarbled, WorkDoc, WorkTask } from "../model/work.js";
import { isListField } from "../model/fields.js";
import { type ItemNumber, readItemNumber, schemeRank, seqValue } from "../genre/numbering.js";
import { parseHeading } from "../genre/sections.js";
import { mapColumns } from "./columns.js";
import { readDocumentMeta, remainderOf } from "./document-meta.js";

const LIST_JOIN = "、";

function located(cell: GridCell): Located {
  return Located.of(cell.text, cell.spans);
}

/** A row's cells by field (extra columns by printed header), where each came from and which were merged. */
interface RowCells {
  cells: Map<string, Located>;
  extra: Map<string, Located>;
  fields: Record<string, Place>;
  merged: string[];
  seqPrinted: string | null;
}

/** Sections as the rows name them, each given an id unique in the document. */
class SectionList {
  readonly sections: Section[] = [];
  /** Section rows that only repeat the section the table is in (see `add`). */
  readonly repeats: Leftover[] = [];
  current: Section | null = null;
  private level1: Section | null = null;
  private readonly ids = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  /**
   * A section row. One that repeats the section the rows are in, or that section's own part
   * (same level, number and title), starts nothing: a table cut by a page break prints the
   * section row again on the new page, and the rows after it go on in the same section
   * (issue 14, item 10: the repeat became a second section 三#2). Its text is kept as a
   * `repeated-header` leftover.
   */
  add(row: GridRow): void {
    const cell = row.cells[0] as GridCell;
    const h = parseHeading(cell.text);
    const same = (s: Section | null): boolean => s !== null && s.level === h.level && s.number === h.number && s.title === h.title;
    if (same(this.current) || same(this.level1)) {
      this.repeats.push({ text: cell.text.trim(), reason: "repeated-header", where: cell.place });
      return;
    }
    const parent = h.level > 1 ? this.level1 : null;
    const section: Section = { id: this.uniqueId(parent, h.number || h.title), number: h.number, title: h.title, level: h.level, parent: parent?.id ?? null, where: cell.place };
    this.sections.push(section);
    if (h.level === 1) this.level1 = section;
    this.current = section;
  }

  /**
   * The same heading twice (a category repeated after a page break) gets a distinct id. Ids are
   * looked up in a set and the next suffix remembered: a heading repeated m times was O(m²·sections).
   */
  private uniqueId(parent: Section | null, base: string): string {
    const prefix = parent ? parent.id : "";
    let id = `${prefix}${base}`;
    if (this.ids.has(id)) {
      const key = id;
      let n = this.nextSuffix.get(key) ?? 2;
      for (; this.ids.has(`${prefix}${base}#${n}`); n++);
      id = `${prefix}${base}#${n}`;
      this.nextSuffix.set(key, n + 1);
    }
    this.ids.add(id);
    return id;
  }
}

/** A row's cells read into fields by the columns' names; several columns of one field joined. */
function readRowCells(row: GridRow, columns: readonly Column[]): RowCells {
  const out: RowCells = { cells: new Map(), extra: new Map(), fields: {}, merged: [], seqPrinted: row.seqPrinted ?? null };
  for (const col of columns) {
    const cell = row.cells[col.index];
    if (!cell) continue;
    if (col.field === "seq") {
      if (cell.text.trim() !== "") out.seqPrinted = cell.text.trim();
      out.fields.seq = cell.place;
      // A number merged over several rows (each a task under it) is said so, as any merged value is.
      if (cell.merged && cell.text.trim() !== "" && !out.merged.includes("seq")) out.merged.push("seq");
      continue;
    }
    if (col.field === "section") continue;
    const value = located(cell).trim();
    const key = col.field === "extra" ? `extra.${extraKey(col)}` : col.field;
    if (col.field === "extra") {
      const prev = out.extra.get(extraKey(col));
      out.extra.set(extraKey(col), prev ? prev.concat(value, "\n") : value);
    } else {
      const prev = out.cells.get(col.field);
      const sep = isListField(col.field) ? LIST_JOIN : "\n";
      out.cells.set(col.field, prev && prev.text !== "" ? (value.text === "" ? prev : prev.concat(value, sep)) : value);
    }
    if (cell.text.trim() !== "" || !out.fields[key]) out.fields[key] = cell.place;
    if (cell.merged && !out.merged.includes(key)) out.merged.push(key);
  }
  return out;
}

/**
 * A title numbered at an outer level over a content numbered inside it ((一)强化源头治理 | 1.加强…, the
 * title a cell merged down over its items): the title groups the rows, as a category, and the content's
 * number is the task's. Whether it did.
 */
function groupedByTitle(row: RowCells): boolean {
  const title = row.cells.get("title");
  const content = row.cells.get("content");
  if (!title || !content || row.cells.has("category")) return false;
  const outer = readItemNumber(title.text, 0);
  const inner = outer && outer.scheme !== "part" ? numberInside(content, outer) : null;
  if (!inner) return false;
  row.cells.set("category", title);
  row.cells.delete("title");
  if (row.fields.title) row.fields.category = row.fields.title;
  delete row.fields.title;
  row.merged = row.merged.map((k) => (k === "title" ? "category" : k));
  row.seqPrinted = inner.printed;
  row.cells.set("content", content.replace(0, inner.length, ""));
  return true;
}

/**
 * The number a content opens with inside its title's (1.… under (一)…), with words after it: the task's
 * number. Null when there is none, or when it opens the content's own items ((1)…；(2)…): then the title
 * is the task's.
 */
function numberInside(content: Located, outer: ItemNumber): ItemNumber | null {
  const inner = readItemNumber(content.text, 0);
  if (!inner || schemeRank(outer.scheme) >= schemeRank(inner.scheme) || content.text.length <= inner.length + 1 || itemAfter(content.text, inner)) return null;
  return inner;
}

/** Does `text` go on to the item after `first` ((1)… ；(2)…), at a line or clause start? */
function itemAfter(text: string, first: ItemNumber): boolean {
  for (let i = first.length; i < text.length; i++) {
    if (!/[\n;；。,，:：]/.test(text[i - 1] as string)) continue;
    const n = readItemNumber(text, i);
    if (n && n.scheme === first.scheme && n.value === first.value + 1) return true;
  }
  return false;
}

/** No number in a 序号 column (none, or its cell empty), the number printed at the start of the task's text (1.加快发展…, 一、违章建筑): it is the row's number. */
function takeNumberFromText(row: RowCells): void {
  if (groupedByTitle(row)) return;
  for (const field of ["title", "content"]) {
    const value = row.cells.get(field);
    if (!value) continue;
    const n = readItemNumber(value.text, 0);
    if (n && n.scheme !== "part" && value.text.length > n.length + 1) {
      row.seqPrinted = n.printed;
      row.cells.set(field, value.replace(0, n.length, ""));
      if (field === "title") numberedUnderTitle(row, n);
    }
    return;
  }
}

/**
 * A content numbered inside the title's number, the title kept where a category groups the rows too
 * (一、… | (一)深化… | 1.规范… | 责任科室): the content's number is the task's, as it is where the title groups
 * them (groupedByTitle); the title's number is kept with it in seqPrinted.
 */
function numberedUnderTitle(row: RowCells, outer: ItemNumber): void {
  const content = row.cells.get("content");
  if (!content || !row.cells.has("category")) return;
  const inner = numberInside(content, outer);
  if (!inner || inner.scheme === "part") return;
  // Both numbers as printed ((二)3.), the title's where this row prints it (not carried from the row above).
  row.seqPrinted = row.merged.includes("title") ? inner.printed : `${outer.printed}${inner.printed}`;
  row.cells.set("content", content.replace(0, inner.length, ""));
}

/**
 * Tasks numbered as printed. A table that numbers each section from 1: seq goes on counting across
 * the document (so it stays unique for fixes and diff) and seqPrinted keeps the number as printed.
 */
class Numbering {
  private offset = 0;
  private lastPrinted: number | null = null;

  constructor(private readonly messages: Message[]) {}

  next(seqPrinted: string | null, previous: WorkTask | undefined, section: Section | null, where: Place): number {
    const printed = seqPrinted !== null ? seqValue(seqPrinted) : null;
    if (printed !== null && previous && this.lastPrinted !== null && printed <= this.lastPrinted && previous.section !== (section?.id ?? null)) {
      if (this.offset === 0) {
        this.messages.push({
          ruleId: "seq-restart",
          severity: "info",
          reason: `Numbering starts again at ${seqPrinted} in section ${section?.number || section?.title || ""}: seq counts across the document, seqPrinted keeps the printed number.`,
          seq: previous.seq + printed,
          field: "seq",
          where,
        });
      }
      this.offset = previous.seq;
    }
    const seq = printed !== null ? this.offset + printed : previous ? previous.seq + 1 : 1;
    this.lastPrinted = printed ?? (this.lastPrinted ?? 0) + 1;
    if (printed === null) {
      this.messages.push({
        ruleId: "seq-inferred",
        severity: "info",
        reason: seqPrinted ? `A row's number 「${seqPrinted}」 is not a number; it was numbered ${seq} from its neighbours.` : `A row has no number; it was numbered ${seq} from its neighbours.`,
        seq,
        field: "seq",
        where,
      });
    }
    return seq;
  }
}

/** The first part of a row printed before its number (a fragment), as cells by field. */
function fragmentOf(row: GridRow, columns: readonly Column[]): WorkTask["fragment"] {
  const cells = new Map<string, Located>();
  for (const col of columns) {
    const cell = row.cells[col.index];
    if (!cell || cell.text === "" || col.field === "seq" || col.field === "extra") continue;
    cells.set(col.field, located(cell));
  }
  return { cells, raw: row.raw, where: row.place };
}

/** Text around the table that is not its title, issuer or date: reported as leftovers. */
function outsideLeftovers(grid: Grid, meta: ReturnType<typeof readDocumentMeta>): Leftover[] {
  const out: Leftover[] = [];
  for (const p of [...grid.before, ...grid.after]) {
    const taken = meta.used.get(p);
    const rest = taken ? remainderOf(p, taken) : p.text.trim();
    if (rest !== "") out.push({ text: rest, reason: "outside-table", where: p.place });
  }
  return out;
}

/**
 * The reader's warnings said of a place, by the place's offset (indexes into `messages`). Each is
 * said of the task read from the row at that place, and gets that task's number (the reader knows
 * only the printed one, if any), so that every flagged task has a message with its seq.
 */
function warningsByPlace(messages: readonly Message[]): Map<number, number[]> {
  const said = new Map<number, number[]>();
  messages.forEach((m, i) => {
    if (m.severity === "warning" && m.where.offset !== undefined) said.set(m.where.offset, [...(said.get(m.where.offset) ?? []), i]);
  });
  return said;
}

/** Give the warnings said of the place at `offset` the task's seq; whether there were any. */
function giveSeq(said: ReadonlyMap<number, number[]>, messages: Message[], offset: number | undefined, seq: number): boolean {
  const here = said.get(offset ?? -1);
  for (const i of here ?? []) messages[i] = { ...(messages[i] as Message), seq };
  return here !== undefined;
}

/**
 * Grid → working document: name each column by the header vocabulary, turn section rows into
 * sections and data rows into tasks, read the title, issuer and date around the table.
 * Fragments and garbled rows are kept for the repair rules that know what to do with them.
 */
export function structureGrid(grid: Grid): WorkDoc {
  const columns = mapColumns(grid.header);
  const sections = new SectionList();
  const tasks: WorkTask[] = [];
  const garbled: PendingGarbled[] = [];
  const messages: Message[] = [...grid.messages];
  // Places the reader's own warnings are about (row-ends-text, invalid-utf8): their rows' doubt is said.
  const said = warningsByPlace(messages);
  const numbering = new Numbering(messages);
  let pendingFragment: GridRow | null = null;

  const garbledOf = (row: GridRow): PendingGarbled => ({
    text: row.raw,
    where: row.place,
    afterSeq: tasks[tasks.length - 1]?.seq ?? null,
    seqPrinted: row.seqPrinted ?? null,
    section: sections.current?.id ?? null,
  });

  const addTask = (row: GridRow): void => {
    const read = readRowCells(row, columns);
    if (read.seqPrinted === null) takeNumberFromText(read);
    const seq = numbering.next(read.seqPrinted, tasks[tasks.length - 1], sections.current, row.place);
    // Why the reader is not sure of the row, said where the task is flagged (unless a message of the
    // reader's says it already, at the same place).
    const doubt = row.uncertain ?? row.guessed;
    if (!giveSeq(said, messages, row.place.offset, seq) && doubt) {
      messages.push({ ruleId: "row-doubt", severity: "warning", reason: `Task ${seq} was read with doubt: ${doubt}.`, seq, field: null, where: row.place });
    }
    const task: WorkTask = {
      seq,
      seqPrinted: read.seqPrinted,
      section: sections.current?.id ?? null,
      cells: read.cells,
      extra: read.extra,
      status: doubt ? "needs_review" : "ok",
      repairs: [],
      raw: row.raw,
      where: row.place,
      fields: read.fields,
      merged: read.merged,
    };
    if (pendingFragment) {
      task.fragment = fragmentOf(pendingFragment, columns);
      pendingFragment = null;
    }
    tasks.push(task);
  };

  let lastKind: GridRow["kind"] | null = null;
  for (const row of grid.rows) {
    if (row.kind === "section") sections.add(row);
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

  const meta = readDocumentMeta(grid.before, grid.after);
  const leftovers: Leftover[] = [...grid.leftovers, ...sections.repeats, ...outsideLeftovers(grid, meta)];

  return {
    source: grid.source,
    title: meta.title,
    issuer: meta.issuer,
    issuedDate: meta.issuedDate,
    issuedDateText: meta.issuedDateText,
    columns,
    sections: sections.sections,
    tasks,
    garbled,
    edits: grid.edits,
    messages,
    leftovers,
    locate: grid.locate ?? (() => ({})),
  };
}
