import type { BreakdownDocument, Task } from "../model/document.js";
import { isListField, isUnitField, LIST_FIELDS, TEXT_FIELDS } from "../model/fields.js";
import { normalizeText } from "../match/normalize.js";

/** A field's value on a published task: a text, a list, or null where the table has no such column. */
export type FieldValue = string | readonly string[] | null;

/**
 * The fields a reference may give a task of `doc`: those the input's columns map to (a table with
 * no 备注 column gets no note from a reference that has one), the responsible units whenever any
 * unit column is there (finalize derives them), and each extra column by its printed header.
 */
export function fieldsOf(doc: BreakdownDocument): string[] {
  const mapped = new Set(doc.columns.map((c) => c.field));
  const fields: string[] = [...TEXT_FIELDS, ...LIST_FIELDS].filter((f) => mapped.has(f));
  if (fields.some(isUnitField) && !fields.includes("units")) fields.push("units");
  for (const c of doc.columns) if (c.field === "extra") fields.push(`extra.${c.header}`);
  return fields;
}

export function fieldValue(task: Task, field: string): FieldValue {
  if (field.startsWith("extra.")) return task.extra[field.slice(6)] ?? null;
  return (task as unknown as Record<string, FieldValue>)[field] ?? null;
}

/** The value as one text, as a repair's before and after show it (lists joined with 、). */
export function displayOf(value: FieldValue): string {
  if (value === null) return "";
  return typeof value === "string" ? value : value.join("、");
}

// List separators, ASCII and full-width (，；), and the slash offices put between names.
const LIST_SEPARATORS = /[、,\uff0c;\uff1b/]/g;

/**
 * What two readings are compared by: NFKC (full-width forms → ASCII) with whitespace removed, as
 * `breakdown diff` compares; in a list field the separators go too, so 李兴伟孙文超 read run
 * together and 李兴伟、孙文超 read apart are one reading with two splittings.
 */
export function keyOf(text: string, field: string): string {
  const k = normalizeText(text);
  return isListField(field) ? k.replace(LIST_SEPARATORS, "") : k;
}

export function valueKey(value: FieldValue, field: string): string {
  if (value === null) return "";
  return typeof value === "string" ? keyOf(value, field) : value.map((v) => keyOf(v, field)).join("");
}

/** Two values the same, item by item for a list (a list split otherwise is not the same value). */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (typeof a === "string" || typeof b === "string" || a === null || b === null) return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** `task` with `field` set to `value` (copied, so the reference's arrays are not shared). */
export function withValue(task: Task, field: string, value: FieldValue): Task {
  if (field.startsWith("extra.")) return { ...task, extra: { ...task.extra, [field.slice(6)]: typeof value === "string" ? value : displayOf(value) } };
  const copy = value === null || typeof value === "string" ? value : [...value];
  return { ...task, [field]: copy } as Task;
}
