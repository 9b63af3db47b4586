import type { BreakdownDocument } from "../../model/document.js";
import type { Lang } from "../../i18n/lang.js";
import { WORKBOOK_TEXTS } from "../../i18n/workbook.js";
import { taskSectionLabel, taskTitleHeader, unitRows, type UnitRow } from "../table-cells.js";
import type { Book } from "./book.js";
import type { SheetWriter } from "./sheet-writer.js";
import { writeTableSheet, type PlainCell, type PlainColumn } from "./table-sheet.js";

export const UNITS_SHEET = WORKBOOK_TEXTS.zh.unitsSheet;

/**
 * Sheet 责任分工: one row per task and unit with its role (牵头 / 配合 / 责任), the long form a
 * department filters for its own tasks or turns into a pivot table. The same rows as `.units.csv`.
 */
export function writeUnitsSheet(book: Book, doc: BreakdownDocument, lang: Lang = "zh"): SheetWriter {
  const t = WORKBOOK_TEXTS[lang];
  // The document's own headers stay as printed; the ones breakdown adds are in `lang`.
  const seqHeader = doc.columns.find((c) => c.field === "seq")?.header ?? t.seq;
  const columns: PlainColumn[] = [
    { header: seqHeader, fit: { min: 4, max: 8 }, center: true },
    { header: t.section, fit: { min: 12, max: 80 } },
    { header: taskTitleHeader(doc), fit: { min: 16, max: 80 } },
    { header: t.unit, fit: { min: 12, max: 60 } },
    { header: t.role, fit: { min: 4, max: 8 }, center: true },
  ];
  const units = unitRows(doc);
  // Each section's label is made once: the same string on every row of its tasks (one shared
  // string, measured once).
  const labels = new Map<string | null, string>();
  const row = (i: number): PlainCell[] => {
    const { task, unit, role } = units[i] as UnitRow;
    let label = labels.get(task.section);
    if (label === undefined) {
      label = taskSectionLabel(doc, task);
      labels.set(task.section, label);
    }
    return [task.seq, label, task.title, unit, t[role]];
  };
  return writeTableSheet(book, t.unitsSheet, columns, { count: units.length, row }, undefined, undefined, t.footer);
}
