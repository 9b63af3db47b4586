import { DEFAULT_LANG, type Lang } from "../i18n/lang.js";
import type { BreakdownDocument } from "../model/document.js";
import { groupMessages } from "./task-messages.js";
import { Book } from "./xlsx/book.js";
import { collectIssues, writeIssuesSheet } from "./xlsx/issues-sheet.js";
import { workbookDate, workbookProperties } from "./xlsx/properties.js";
import { writeTaskSheet } from "./xlsx/task-sheet.js";
import { writeUnitsSheet } from "./xlsx/units-sheet.js";

/**
 * The document as an Excel workbook: 任务分解表 (the table as printed, review colours and notes),
 * 责任分工 (one row per task and unit), 问题清单 (every repair, message and leftover).
 *
 * The sheets are written as SpreadsheetML row by row (src/write/xlsx/book.ts), each row compressed
 * into the archive when it ends, so time and memory grow with one row, not with the workbook.
 * exceljs is not used to write: its in-memory `Workbook` keeps a `Cell` object per cell and built
 * each sheet's XML as one string (1.2–1.4 GB at 17,000 tasks), and its streaming
 * `stream.xlsx.WorkbookWriter`, given the same cells with shared styles and every row committed,
 * still took ~180 ms at 1,700 tasks for its own serialization (a `Row` and `Cell` per cell, an
 * attribute object per XML node), several times what the whole stage may cost (docs/benchmarks.md).
 * The tests read every workbook back with exceljs.
 */
export async function toXlsx(doc: BreakdownDocument, options: { lang?: Lang } = {}): Promise<Uint8Array> {
  const lang = options.lang ?? DEFAULT_LANG;
  const book = new Book(workbookDate(doc));
  const messages = groupMessages(doc);
  const tasks = writeTaskSheet(book, doc, messages, lang);
  writeUnitsSheet(book, doc, lang);
  writeIssuesSheet(book, collectIssues(doc, messages, tasks.cut, lang), tasks.rowOfTask, lang);
  // Same document, same bytes: nothing depends on the time of the run (the zip's dates are the document's).
  return book.finish(workbookProperties(doc, lang));
}
