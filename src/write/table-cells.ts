import { extraKey, type BreakdownDocument, type Column, type Section, type Task, type TaskStatus } from "../model/document.js";
import { isListField, isTextField } from "../model/fields.js";

/** Lists (units, contacts, leaders) are joined the way the documents print them. */
export const LIST_SEPARATOR = "、";

const CLOSING_BRACKET = /[)\uff09\]\u3011.\uff0e]$/;

/** A section heading as printed: `一、夯实…`, `(一)加强…` (no 、 after a bracketed number). */
export function sectionLabel(section: Section): string {
  if (section.number === "") return section.title;
  return CLOSING_BRACKET.test(section.number) ? `${section.number}${section.title}` : `${section.number}${LIST_SEPARATOR}${section.title}`;
}

/** The canonical name of a column in CSV with `--headers canonical`: the field, or `extra.<header>`. */
export function canonicalName(column: Column): string {
  return column.field === "extra" ? `extra.${extraKey(column)}` : column.field;
}

/** The document's columns in printed order. */
export function orderedColumns(doc: BreakdownDocument): Column[] {
  return [...doc.columns].sort((a, b) => a.index - b.index);
}

// Fields a repair may fill from another cell (unit-people, unit-roles) in a table that prints no column for them.
const READ_FIELDS = ["contacts", "leaders", "deadline", "progress", "target", "note", "source"] as const;

/**
 * Columns for fields the document prints no column for but some task has a value in, read out of
 * other cells (市民政局 伍泽国 → contacts 伍泽国): appended after the printed ones, headed by `header`.
 */
export function readColumns(doc: BreakdownDocument, header: (field: string) => string): Column[] {
  const printed = new Set(doc.columns.map((c) => c.field));
  const fields = READ_FIELDS.filter((f) => !printed.has(f) && doc.tasks.some((t) => (Array.isArray(t[f]) ? t[f].length > 0 : (t[f] ?? "") !== "")));
  return fields.map((field, k) => ({ header: header(field), field, index: doc.columns.length + k }));
}

/** The column that shows a repaired field (`content`, `extra.备注`), if the table has one. */
export function columnOfField(columns: readonly Column[], field: string): Column | undefined {
  if (field.startsWith("extra.")) return columns.find((c) => c.field === "extra" && extraKey(c) === field.slice("extra.".length));
  return columns.find((c) => c.field === field);
}

const sectionIndexes = new WeakMap<BreakdownDocument, Map<string, Section>>();

/** The section with this id (looked up through an index kept per document: tables can be long). */
export function sectionById(doc: BreakdownDocument, id: string | null): Section | undefined {
  if (id === null) return undefined;
  let index = sectionIndexes.get(doc);
  if (index === undefined || index.size !== doc.sections.length) {
    index = new Map(doc.sections.map((s) => [s.id, s]));
    sectionIndexes.set(doc, index);
  }
  return index.get(id);
}

/** The text of one task in one column, as a spreadsheet shows it: lists joined with 、, null as empty. */
export function cellText(doc: BreakdownDocument, task: Task, column: Column): string {
  const field = column.field;
  if (field === "seq") return String(task.seq);
  if (field === "extra") return task.extra[extraKey(column)] ?? "";
  if (field === "section") {
    const section = sectionById(doc, task.section);
    return section ? sectionLabel(section) : "";
  }
  if (isListField(field)) return task[field].join(LIST_SEPARATOR);
  if (isTextField(field)) return task[field] ?? "";
  return "";
}

/** Task status as a reviewer reads it. */
export const STATUS_LABELS: Record<TaskStatus, string> = {
  ok: "正常",
  repaired: "已修复",
  needs_review: "需人工核对",
  missing: "原文缺失",
};

export type UnitRole = "lead" | "support" | "responsible";

/** Unit roles as a reviewer reads them: 牵头 / 配合 / 责任. */
export const ROLE_LABELS: Record<UnitRole, string> = {
  lead: "牵头",
  support: "配合",
  responsible: "责任",
};

export interface UnitRow {
  task: Task;
  unit: string;
  role: UnitRole;
}

/**
 * One row per task and unit, in printed order: every unit of `units`, then any lead or support
 * unit `units` does not list. The role is lead (牵头单位), support (配合单位), else responsible.
 */
export function unitRows(doc: BreakdownDocument): UnitRow[] {
  const rows: UnitRow[] = [];
  for (const task of doc.tasks) {
    const seen = new Set<string>();
    for (const unit of [...task.units, ...task.leadUnits, ...task.supportUnits]) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      const role: UnitRole = task.leadUnits.includes(unit) ? "lead" : task.supportUnits.includes(unit) ? "support" : "responsible";
      rows.push({ task, unit, role });
    }
  }
  return rows;
}

/** The header of the task-title column in the long form: the document's own, else 任务. */
export function taskTitleHeader(doc: BreakdownDocument): string {
  return doc.columns.find((c) => c.field === "title")?.header ?? "任务";
}

/** Section label of a task, empty when the task is outside any section. */
export function taskSectionLabel(doc: BreakdownDocument, task: Task): string {
  const section = sectionById(doc, task.section);
  return section ? sectionLabel(section) : "";
}
