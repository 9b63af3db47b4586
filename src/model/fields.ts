import { z } from "zod";

/**
 * Canonical fields a printed column header can map to. `extra` keeps a column the
 * vocabulary does not know under its printed header.
 */
export const CANONICAL_FIELDS = [
  "seq",
  "section",
  "category",
  "title",
  "content",
  "units",
  "leadUnits",
  "supportUnits",
  "contacts",
  "leaders",
  "deadline",
  "progress",
  "target",
  "source",
  "note",
] as const;

export const CanonicalFieldSchema = z.enum(CANONICAL_FIELDS);
export type CanonicalField = z.infer<typeof CanonicalFieldSchema>;

export const ColumnFieldSchema = z.union([CanonicalFieldSchema, z.literal("extra")]);
export type ColumnField = z.infer<typeof ColumnFieldSchema>;

/** Fields that hold lists (split on 、,;). */
export const LIST_FIELDS = ["units", "leadUnits", "supportUnits", "contacts", "leaders"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** Fields that hold lists of units: the responsible units, and the lead and support units among them. */
export const UNIT_FIELDS = ["units", "leadUnits", "supportUnits"] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export function isUnitField(field: string): field is UnitField {
  return (UNIT_FIELDS as readonly string[]).includes(field);
}

/** Fields that hold one string (or null when the table has no such column). */
export const TEXT_FIELDS = ["category", "title", "content", "deadline", "progress", "target", "source", "note"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export function isListField(field: string): field is ListField {
  return (LIST_FIELDS as readonly string[]).includes(field);
}

export function isTextField(field: string): field is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(field);
}
