import type { BreakdownDocument, Section, Task } from "../model/document.js";
import type { Normalizer } from "../match/normalize.js";
import { isComparable, type SectionMatch, type TaskMatch } from "../match/match.js";
import type {
  FieldChange,
  ListChange,
  SectionChangeKind,
  SectionEntry,
  SectionRef,
  TaskChangeKind,
  TaskEntry,
  TaskRef,
  TextChange,
  ValueChange,
} from "./schema.js";
import { diffText } from "./text-diff.js";

/** Title and content: shown as a word-level diff. */
export function compareText(field: string, oldText: string, newText: string, normalize: Normalizer): TextChange | null {
  if (normalize(oldText) === normalize(newText)) return null;
  return { field, type: "text", old: oldText, new: newText, parts: diffText(oldText, newText, normalize) };
}

/**
 * Units, contacts, leaders: a change of set (who joined, who left) and of order (the lead unit
 * comes first, so a new order is a change too). Entries are compared normalized; a name that
 * appears twice counts twice.
 */
export function compareList(field: string, oldList: readonly string[], newList: readonly string[], normalize: Normalizer): ListChange | null {
  const remaining = new Map<string, number>();
  for (const item of oldList) remaining.set(normalize(item), (remaining.get(normalize(item)) ?? 0) + 1);
  const added: string[] = [];
  const unchanged: string[] = [];
  const kept = new Map<string, number>();
  for (const item of newList) {
    const key = normalize(item);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      unchanged.push(item);
      kept.set(key, (kept.get(key) ?? 0) + 1);
    } else added.push(item);
  }
  const removed: string[] = [];
  const oldOrder: string[] = [];
  for (const item of oldList) {
    const key = normalize(item);
    const k = kept.get(key) ?? 0;
    if (k > 0) {
      kept.set(key, k - 1);
      oldOrder.push(key);
    } else removed.push(item);
  }
  const reordered = oldOrder.some((key, i) => key !== normalize(unchanged[i] as string));
  if (added.length === 0 && removed.length === 0 && !reordered) return null;
  return { field, type: "list", old: [...oldList], new: [...newList], added, removed, unchanged, reordered };
}

/** Any other field: old → new. A missing column (null) and an empty cell are the same. */
export function compareValue(field: string, oldValue: string | null, newValue: string | null, normalize: Normalizer): ValueChange | null {
  if (normalize(oldValue ?? "") === normalize(newValue ?? "")) return null;
  return { field, type: "value", old: oldValue, new: newValue };
}

/** The changes found, without the fields that did not change. */
function present(changes: readonly (FieldChange | null)[]): FieldChange[] {
  return changes.filter((c): c is FieldChange => c !== null);
}

const has = (doc: BreakdownDocument, field: string): boolean => doc.columns.some((c) => c.field === field);

/**
 * Field-level changes between two readable tasks, in the table's field order. `units` holds every
 * responsible unit in both kinds of table; lead and support units are compared apart when both
 * versions have those columns.
 */
export function compareTaskFields(a: Task, b: Task, oldDoc: BreakdownDocument, newDoc: BreakdownDocument, normalize: Normalizer): FieldChange[] {
  const changes: (FieldChange | null)[] = [compareText("title", a.title, b.title, normalize), compareText("content", a.content, b.content, normalize), compareList("units", a.units, b.units, normalize)];
  for (const field of ["leadUnits", "supportUnits"] as const) {
    if (has(oldDoc, field) && has(newDoc, field)) changes.push(compareList(field, a[field], b[field], normalize));
  }
  changes.push(compareList("contacts", a.contacts, b.contacts, normalize), compareList("leaders", a.leaders, b.leaders, normalize));
  for (const field of ["category", "deadline", "progress", "target", "source", "note"] as const) changes.push(compareValue(field, a[field], b[field], normalize));
  const headers = [...new Set([...Object.keys(a.extra), ...Object.keys(b.extra)])];
  for (const header of headers) changes.push(compareValue(`extra.${header}`, a.extra[header] ?? null, b.extra[header] ?? null, normalize));
  return present(changes);
}

/** Changes to what the document says about itself: title, issuer, date, and its columns. */
export function compareDocumentFields(oldDoc: BreakdownDocument, newDoc: BreakdownDocument, normalize: Normalizer): FieldChange[] {
  const a = oldDoc.document;
  const b = newDoc.document;
  const changes: (FieldChange | null)[] = [
    compareValue("title", a.title, b.title, normalize),
    compareValue("issuer", a.issuer, b.issuer, normalize),
    compareValue("issuedDate", a.issuedDate, b.issuedDate, normalize),
    // A date printed in a form that has no ISO reading is compared as printed.
    a.issuedDate === null && b.issuedDate === null ? compareValue("issuedDateText", a.issuedDateText, b.issuedDateText, normalize) : null,
    compareList(
      "columns",
      oldDoc.columns.map((c) => c.header),
      newDoc.columns.map((c) => c.header),
      normalize,
    ),
  ];
  return present(changes);
}

export function taskRef(task: Task, index: number): TaskRef {
  return { index, seq: task.seq, seqPrinted: task.seqPrinted, section: task.section, title: task.title, status: task.status };
}

function sectionRef(s: Section): SectionRef {
  return { id: s.id, number: s.number, title: s.title, level: s.level, parent: s.parent };
}

function unreadable(side: "old" | "new", task: Task): string | null {
  if (task.status === "needs_review") return `${side} ${task.seq} could not be read reliably (needs_review)`;
  if (task.status === "missing") return `${side} ${task.seq} is absent from the source (missing)`;
  return null;
}

/** Why a pair (or a lone row) cannot be compared, in one sentence. */
export function notComparableReason(a: Task | null, b: Task | null): string {
  const reasons = [a ? unreadable("old", a) : null, b ? unreadable("new", b) : null].filter((r): r is string => r !== null);
  if (a === null) reasons.push("there is no row in its place in the old version");
  if (b === null) reasons.push("there is no row in its place in the new version");
  const sentence = reasons.join("; ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** Kinds in the order they are reported: where it went, what it says, then its number. */
const TASK_KIND_ORDER: readonly TaskChangeKind[] = ["moved", "modified", "renumbered"];

/** One entry per match, with its kinds and field changes. `sectionMap` maps old section ids to new ones. */
export function taskEntry(m: TaskMatch, oldDoc: BreakdownDocument, newDoc: BreakdownDocument, sectionMap: ReadonlyMap<string, string>, normalize: Normalizer): TaskEntry {
  const a = m.old === null ? null : (oldDoc.tasks[m.old] as Task);
  const b = m.new === null ? null : (newDoc.tasks[m.new] as Task);
  const base = {
    old: a === null ? null : taskRef(a, m.old as number),
    new: b === null ? null : taskRef(b, m.new as number),
    matchedBy: m.by,
    similarity: m.similarity,
  };
  if ((a !== null && !isComparable(a)) || (b !== null && !isComparable(b))) {
    return { kind: "not-comparable", kinds: ["not-comparable"], ...base, changes: [], reason: notComparableReason(a, b) };
  }
  if (a === null) return { kind: "added", kinds: ["added"], ...base, changes: [], reason: null };
  if (b === null) return { kind: "removed", kinds: ["removed"], ...base, changes: [], reason: null };
  const changes = compareTaskFields(a, b, oldDoc, newDoc, normalize);
  const sectionNow = a.section === null ? null : (sectionMap.get(a.section) ?? `removed:${a.section}`);
  const found = new Set<TaskChangeKind>();
  if (sectionNow !== b.section) found.add("moved");
  if (a.seq !== b.seq) found.add("renumbered");
  if (changes.length > 0) found.add("modified");
  const kinds = TASK_KIND_ORDER.filter((k) => found.has(k));
  if (kinds.length === 0) return { kind: "unchanged", kinds: ["unchanged"], ...base, changes, reason: null };
  return { kind: kinds[0] as TaskChangeKind, kinds, ...base, changes, reason: null };
}

const SECTION_KIND_ORDER: readonly SectionChangeKind[] = ["moved", "renumbered", "renamed"];

export function sectionEntry(m: SectionMatch, oldDoc: BreakdownDocument, newDoc: BreakdownDocument, sectionMap: ReadonlyMap<string, string>, normalize: Normalizer): SectionEntry {
  const a = m.old === null ? null : (oldDoc.sections[m.old] as Section);
  const b = m.new === null ? null : (newDoc.sections[m.new] as Section);
  if (a === null) return { kind: "added", kinds: ["added"], old: null, new: sectionRef(b as Section), changes: [] };
  if (b === null) return { kind: "removed", kinds: ["removed"], old: sectionRef(a), new: null, changes: [] };
  const changes = present([compareValue("number", a.number, b.number, normalize), compareText("title", a.title, b.title, normalize)]);
  const parentNow = a.parent === null ? null : (sectionMap.get(a.parent) ?? `removed:${a.parent}`);
  const found = new Set<SectionChangeKind>();
  if (parentNow !== b.parent) found.add("moved");
  if (changes.some((c) => c.field === "number")) found.add("renumbered");
  if (changes.some((c) => c.field === "title")) found.add("renamed");
  const kinds = SECTION_KIND_ORDER.filter((k) => found.has(k));
  if (kinds.length === 0) return { kind: "unchanged", kinds: ["unchanged"], old: sectionRef(a), new: sectionRef(b), changes };
  return { kind: kinds[0] as SectionChangeKind, kinds, old: sectionRef(a), new: sectionRef(b), changes };
}

/**
 * Entries in the new version's order; an entry only the old version has goes right after the
 * entry of its old predecessor, where a reader of the new table would look for it.
 */
export function inNewOrder<E>(entries: readonly E[], oldIndex: (e: E) => number | null, newIndex: (e: E) => number | null, oldCount: number): E[] {
  const oldToNew = new Int32Array(oldCount).fill(-1);
  for (const e of entries) {
    const i = oldIndex(e);
    const j = newIndex(e);
    if (i !== null && j !== null) oldToNew[i] = j;
  }
  // The new position of the nearest earlier old row that is in the new version.
  const anchor = new Int32Array(oldCount).fill(-1);
  let last = -1;
  for (let i = 0; i < oldCount; i++) {
    anchor[i] = last;
    if (oldToNew[i] !== -1) last = oldToNew[i] as number;
  }
  const key = (e: E): [number, number, number] => {
    const j = newIndex(e);
    if (j !== null) return [j, 0, 0];
    const i = oldIndex(e) as number;
    return [anchor[i] as number, 1, i];
  };
  return [...entries].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  });
}
