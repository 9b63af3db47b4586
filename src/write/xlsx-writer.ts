import { createRequire } from "node:module";
import type ExcelJS from "exceljs";
import type { BreakdownDocument } from "../model/document.js";
import { groupMessages } from "./task-messages.js";
import { addIssuesSheet, collectIssues } from "./xlsx/issues-sheet.js";
import { setWorkbookProperties, workbookDate } from "./xlsx/properties.js";
import { shareStyles } from "./xlsx/shared-styles.js";
import { deflateStoredZip } from "./xlsx/deflate-zip.js";
import { addTaskSheet } from "./xlsx/task-sheet.js";
import { addUnitsSheet } from "./xlsx/units-sheet.js";
import { fixZipDates } from "./xlsx/zip-dates.js";

// The workbook class alone: the `exceljs` index also loads its streaming reader and writer
// (unzipper, archiver, saxes…), half of its import time, which a cold `breakdown parse` pays
// (npm run bench, cold start). The class is the one the index exports.
const Workbook = createRequire(import.meta.url)("exceljs/lib/doc/workbook.js") as typeof ExcelJS.Workbook;

/**
 * The document as an Excel workbook: 任务分解表 (the table as printed, review colours and notes),
 * 责任分工 (one row per task and unit), 问题清单 (every repair, message and leftover).
 */
export async function toXlsx(doc: BreakdownDocument): Promise<Uint8Array> {
  const wb = new Workbook();
  setWorkbookProperties(wb, doc);
  const messages = groupMessages(doc);
  const tasks = addTaskSheet(wb, doc, messages);
  addUnitsSheet(wb, doc);
  addIssuesSheet(wb, collectIssues(doc, messages, tasks.cut), tasks.rowOfTask);
  shareStyles(wb);
  // Stored by JSZip, compressed by Node's zlib (see deflate-zip.ts).
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as Parameters<typeof wb.xlsx.writeBuffer>[0]);
  // Same document, same bytes: the zip's entry times are the document's date, not the run's.
  return fixZipDates(deflateStoredZip(new Uint8Array(buffer as ArrayBuffer)), workbookDate(doc));
}
