import { stringify } from "csv-stringify/sync";
import type { BreakdownDocument } from "../model/document.js";
import { neutralizeCell } from "./cell-guard.js";
import type { WriteOptions } from "./index.js";
import { DEFAULT_LANG } from "../i18n/lang.js";
import { STATUS_WORDS } from "../i18n/status.js";
import { WORKBOOK_TEXTS } from "../i18n/workbook.js";
import {
  canonicalName,
  cellText,
  orderedColumns,
  readColumns,
  taskSectionLabel,
  taskTitleHeader,
  unitRows,
} from "./table-cells.js";

/** Headers breakdown adds after the document's own columns (printed form, canonical form). */
export const ADDED_HEADERS = {
  section: { printed: "所属部分", canonical: "section" },
  status: { printed: "识别状态", canonical: "status" },
  seq: { printed: "序号", canonical: "seq" },
  unit: { printed: "单位", canonical: "unit" },
  role: { printed: "角色", canonical: "role" },
} as const;

// UTF-8 with a BOM so that Excel on Windows opens it as Chinese, not as the ANSI code page;
// CRLF line ends as Excel writes CSV itself. csv-stringify quotes a field for holding the record
// delimiter (CRLF) only, but Excel ends a record at a bare LF or CR too: a .docx cell of several
// paragraphs split its record (issue 14: 13 tasks became 15 rows), so any line break is quoted.
const LINE_BREAK = /[\r\n]/;

function toCsvText(rows: string[][]): string {
  return stringify(
    rows.map((row) => row.map(neutralizeCell)),
    { bom: true, record_delimiter: "windows", eof: true, quoted_match: LINE_BREAK },
  );
}

/**
 * One row per task: the document's columns in printed order (headers as printed, or the canonical
 * field names), then any read out of other cells, lists joined with 、, then the task's section and status. Every cell is guarded
 * against formula injection (`neutralizeCell`).
 */
export function toCsv(doc: BreakdownDocument, options: WriteOptions): string {
  const canonical = options.headers === "canonical";
  // The document's columns, then any a repair filled from other cells (contacts out of 市民政局 伍泽国), as in the workbook.
  const read = readColumns(doc, (field) => (canonical ? field : WORKBOOK_TEXTS[options.lang ?? DEFAULT_LANG].readColumn({ field })));
  const columns = [...orderedColumns(doc), ...read];
  const hasSection = columns.some((c) => c.field === "section");
  const header = columns.map((c) => (canonical ? canonicalName(c) : c.header));
  // The document's own headers stay as printed; the columns breakdown adds are named in `lang`.
  const t = WORKBOOK_TEXTS[options.lang ?? DEFAULT_LANG];
  if (!hasSection) header.push(canonical ? ADDED_HEADERS.section.canonical : t.section);
  header.push(canonical ? ADDED_HEADERS.status.canonical : t.status);
  const rows = doc.tasks.map((task) => {
    const row = columns.map((c) => (canonical && c.field === "section" ? (task.section ?? "") : cellText(doc, task, c)));
    if (!hasSection) row.push(canonical ? (task.section ?? "") : taskSectionLabel(doc, task));
    row.push(canonical ? task.status : STATUS_WORDS[options.lang ?? DEFAULT_LANG][task.status]);
    return row;
  });
  return toCsvText([header, ...rows]);
}

/**
 * The long form of the 责任分工 sheet: one row per task and unit with its role, so that a
 * department can filter its own tasks or build a pivot table.
 */
export function toUnitsCsv(doc: BreakdownDocument, options: WriteOptions): string {
  const canonical = options.headers === "canonical";
  const t = WORKBOOK_TEXTS[options.lang ?? DEFAULT_LANG];
  const header = canonical ? ["seq", "section", "title", "unit", "role"] : [doc.columns.find((c) => c.field === "seq")?.header ?? t.seq, t.section, taskTitleHeader(doc), t.unit, t.role];
  const rows = unitRows(doc).map(({ task, unit, role }) => [
    String(task.seq),
    canonical ? (task.section ?? "") : taskSectionLabel(doc, task),
    task.title,
    unit,
    canonical ? role : t[role],
  ]);
  return toCsvText([header, ...rows]);
}
