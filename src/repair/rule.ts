import { Located } from "../model/located.js";
import type { Place } from "../model/place.js";
import type { WorkDoc, WorkTask } from "../model/work.js";
import { UNIT_FIELDS } from "../model/fields.js";
import { simplified } from "../genre/script.js";

/** A repair rule: a pure function from one working document to the next, every change logged on its task. */
export interface RepairRule {
  id: string;
  /** One sentence for `breakdown rules` and the README. */
  description: string;
  apply(doc: WorkDoc): WorkDoc;
}

/** Fields holding prose, where text repairs apply (lists are repaired as text too, before they are split). */
export const TEXT_REPAIR_FIELDS = ["title", "content", "category", "progress", "target", "source", "note", "deadline", "units", "leadUnits", "supportUnits", "contacts", "leaders"] as const;

/** Each field of a task, canonical then extra (`extra.<header>`), with its text. */
export function* taskFields(task: WorkTask): Generator<[string, Located]> {
  for (const [field, value] of task.cells) yield [field, value];
  for (const [header, value] of task.extra) yield [`extra.${header}`, value];
}

/** The field a task's wording opens in: its title, or its content when it has no title. */
export function openingField(task: WorkTask): "title" | "content" {
  return (task.cells.get("title")?.text.trim() ?? "") !== "" ? "title" : "content";
}

/** Does the task name any units (units, lead or support)? */
export function namesUnits(task: WorkTask): boolean {
  return UNIT_FIELDS.some((f) => (task.cells.get(f)?.text.trim() ?? "") !== "");
}

export function withField(task: WorkTask, field: string, value: Located): WorkTask {
  if (field.startsWith("extra.")) {
    const extra = new Map(task.extra);
    extra.set(field.slice(6), value);
    return { ...task, extra };
  }
  const cells = new Map(task.cells);
  cells.set(field, value);
  return { ...task, cells };
}

/** Where character `index` of a field is in the source: exact for text sources, else the field's own place. */
export function placeIn(doc: WorkDoc, task: WorkTask, field: string, value: Located, index: number, length = 0): Place {
  const offset = value.sourceOffset(index);
  if (offset !== null) {
    const end = value.sourceOffset(Math.max(index, index + length - 1));
    return doc.locate(offset, end === null ? offset + length : end + 1);
  }
  return task.fields[field] ?? task.where;
}

/** A few characters either side of [start, end), so a repair reads in context. */
export function context(text: string, start: number, end: number, width = 6): { left: string; right: string } {
  return { left: text.slice(Math.max(0, start - width), start), right: text.slice(end, end + width) };
}

/** Apply `edit` to every text field of every task; `edit` returns the new task (or the same one). */
export function mapTasks(doc: WorkDoc, edit: (task: WorkTask) => WorkTask): WorkDoc {
  let changed = false;
  const tasks = doc.tasks.map((t) => {
    const n = edit(t);
    if (n !== t) changed = true;
    return n;
  });
  return changed ? { ...doc, tasks } : doc;
}

/** A unit a section's heading gives the tasks under it, and where that heading is. */
export interface SectionFill {
  unit: string;
  where: WorkDoc["sections"][number]["where"];
}

/**
 * Each task under a section of `fills` (not one marked missing) for which `wants` holds, with the section's
 * unit put in `field`, each fill recorded as a repair of `ruleId` that says `reason(unit)`.
 */
export function fillFromSections(doc: WorkDoc, fills: ReadonlyMap<string, SectionFill>, field: string, ruleId: string, wants: (task: WorkTask) => boolean, reason: (unit: string) => string): WorkDoc {
  if (fills.size === 0) return doc;
  return mapTasks(doc, (t) => {
    const fill = t.section === null || t.status === "missing" ? undefined : fills.get(t.section);
    if (!fill || !wants(t)) return t;
    return {
      ...withField(t, field, Located.of(fill.unit)),
      repairs: [...t.repairs, { ruleId, field, before: "", after: fill.unit, where: fill.where, reason: reason(fill.unit) }],
    };
  });
}

/** Words cut out of a unit's name by a rule: what to look for, and why it is no part of the name. */
export interface UnitNameCut {
  ruleId: string;
  /** A character string every cut holds (or a pattern of its characters): a cell without it is not searched. */
  mark: string | RegExp;
  /** The words to cut (global), matched in the simplified view, offset for offset the printed text's. */
  pattern: RegExp;
  /** Why the words printed are no part of the name. */
  reason: (printed: string) => string;
  /** A mark before a name (*区城管局) is cut at the field's start too: it is never all the cell says. */
  atStart?: boolean;
}

/**
 * A task with each match of `cut.pattern` taken out of its unit fields (units, lead, support), each
 * cut recorded with the words around it; a match at a field's very start is kept (it is all the cell
 * says of the units). The task itself when nothing is cut.
 */
export function cutFromUnitNames(doc: WorkDoc, task: WorkTask, cut: UnitNameCut): WorkTask {
  let out: WorkTask = task;
  for (const field of UNIT_FIELDS) {
    const value = out.cells.get(field);
    if (!value || !(typeof cut.mark === "string" ? value.text.includes(cut.mark) : cut.mark.test(value.text))) continue;
    const hits = [...simplified(value.text).matchAll(cut.pattern)];
    if (hits.length === 0) continue;
    let v = value;
    const repairs = [...out.repairs];
    // Right to left, so earlier offsets stay valid.
    for (const m of hits.reverse()) {
      const i = m.index;
      if (i === 0 && !cut.atStart) continue;
      const len = m[0].length;
      const printed = value.text.slice(i, i + len);
      const { left, right } = context(value.text, i, i + len);
      repairs.push({ ruleId: cut.ruleId, field, before: `${left}${printed}${right}`, after: `${left}${right}`, where: placeIn(doc, task, field, value, i, len), reason: cut.reason(printed) });
      v = v.replace(i, i + len, "");
    }
    out = { ...withField(out, field, v), repairs };
  }
  return out;
}

/** A string as a regular expression's literal. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
