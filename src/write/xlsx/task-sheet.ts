import { extraKey, type BreakdownDocument, type Column, type Section, type Task } from "../../model/document.js";
import type { Message, Repair } from "../../model/message.js";
import { isListField } from "../../model/fields.js";
import type { Lang } from "../../i18n/lang.js";
import { STATUS_WORDS } from "../../i18n/status.js";
import { WORKBOOK_TEXTS } from "../../i18n/workbook.js";
import { cellText, columnOfField, LIST_SEPARATOR, orderedColumns, readColumns, sectionLabel } from "../table-cells.js";
import type { MessagesByTask } from "../task-messages.js";
import { displayWidth, fitColumnWidths, heightFor, linesIn, type ColumnFit } from "./layout.js";
import { fitCellLimit, missingNote, missingPlaceholder, repairNote, reviewNote, reviewPlaceholder, XLSX_CELL_LIMIT } from "./notes.js";
import type { Book } from "./book.js";
import type { RichRun } from "./shared-strings.js";
import type { SheetWriter } from "./sheet-writer.js";
import { BODY_SIZE, bodyFont, COLOURS, HEADER_STYLE, headingFont, TITLE_SIZE, WRAP_CENTER, WRAP_LEFT, type CellStyle } from "./styles.js";

/** The sheet's name in Chinese (the default); `WORKBOOK_TEXTS[lang].taskSheet` in the chosen language. */
export const TASK_SHEET = WORKBOOK_TEXTS.zh.taskSheet;

/** Rows of the sheet: 1 title, 2 legend, 3 header, then sections and tasks. */
export const TITLE_ROW = 1;
export const LEGEND_ROW = 2;
export const HEADER_ROW = 3;

/** Total column width (Excel units) aimed at: about an A4 landscape page at 100 %. */
const PAGE_BUDGET = 150;
/** Rows measured to choose column widths (a long table is sampled evenly). */
const SAMPLE_ROWS = 400;

export interface TaskSheetResult {
  /** The sheet row of each task, for links from the other sheets. */
  rowOfTask: Map<Task, number>;
  /** Cells cut to Excel's limit, to be listed with the other problems. */
  cut: { task: Task | null; field: string; length: number }[];
}

const SEQ_NUMBER = /^[1-9]\d*$/;

function sample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

function columnFits(columns: readonly Column[], tasks: readonly Task[]): ColumnFit[] {
  return columns.map((column) => {
    let min = Math.max(4, displayWidth(column.header));
    if (isListField(column.field)) {
      // Excel wraps Chinese at any character, so a short list (联系人 王小明、李四) gets the
      // width to stay on one line rather than break a name; a long one at least 12 characters.
      // Measured item by item: the list joined with 、 (two cells wide), without joining it.
      const separator = displayWidth(LIST_SEPARATOR);
      let cell = 0;
      for (const task of tasks) {
        const items = task[column.field as "units"];
        let width = items.length > 1 ? separator * (items.length - 1) : 0;
        for (const item of items) width += displayWidth(item);
        if (width > cell) cell = width;
      }
      min = Math.max(min, Math.min(cell, 24));
    }
    return { min, max: column.field === "seq" ? 8 : 120 };
  });
}

/** The legend of the one palette (src/i18n/status.ts), in the words of the page and the terminal, with the counts. */
function legend(doc: BreakdownDocument, lang: Lang): RichRun[] {
  const counts = { ok: 0, repaired: 0, needs_review: 0, missing: 0 };
  for (const task of doc.tasks) counts[task.status]++;
  const t = WORKBOOK_TEXTS[lang];
  const words = STATUS_WORDS[lang];
  const mark = (argb: string): RichRun => ({ text: "■ ", font: bodyFont({ color: argb, size: 12 }) });
  const plain = (text: string): RichRun => ({ text, font: bodyFont() });
  const statuses = ["ok", "repaired", "needs_review", "missing"] as const;
  return [
    { text: t.legendTitle, font: bodyFont({ bold: true }) },
    mark(COLOURS.repaired.mark),
    plain(`${t.legendRepaired({ word: words.repaired })}${t.legendGap}`),
    mark(COLOURS.needsReview.mark),
    plain(`${t.legendReview({ word: words.needs_review })}${t.legendGap}`),
    mark(COLOURS.missing.mark),
    plain(t.legendMissing({ word: words.missing })),
    {
      text: t.legendCounts({ total: doc.tasks.length, counts: statuses.map((s) => `${words[s]} ${counts[s]}`).join(t.countSep) }),
      font: bodyFont({ color: COLOURS.faint.font }),
    },
  ];
}

/** The number as printed: a plain number is a number cell, anything else (`5.`, `(一)`) text. */
function seqValue(task: Task): number | string {
  if (task.seqPrinted === null) return task.seq;
  return SEQ_NUMBER.test(task.seqPrinted) ? Number(task.seqPrinted) : task.seqPrinted;
}

const TITLE_STYLE: CellStyle = { font: headingFont(TITLE_SIZE), align: WRAP_CENTER };
const LEGEND_STYLE: CellStyle = { align: WRAP_LEFT };
const SIGNATURE_STYLE: CellStyle = { font: bodyFont(), align: { horizontal: "right", vertical: "center", wrap: false } };
/** Font size (points) of the source line under the table. */
const SOURCE_SIZE = 9;
const SOURCE_STYLE: CellStyle = { font: bodyFont({ size: SOURCE_SIZE, color: COLOURS.faint.font }), align: WRAP_LEFT };

/** How a task's row is coloured: as read, a repaired cell, a row to review, a placeholder. */
type Shade = "plain" | "repaired" | "needsReview" | "missing";

/** The styles of the task rows, each made once: centred or not, italic or not, and the shade. */
const SHADES: readonly Shade[] = ["plain", "repaired", "needsReview", "missing"];

class TaskStyles {
  private readonly cache: (CellStyle | undefined)[] = [];
  private readonly sections = new Map<number, CellStyle>();

  cell(center: boolean, italic: boolean, shade: Shade): CellStyle {
    const key = (center ? 1 : 0) + (italic ? 2 : 0) + 4 * SHADES.indexOf(shade);
    let style = this.cache[key];
    if (style === undefined) {
      const row = shade === "needsReview" || shade === "missing" ? COLOURS[shade] : null;
      style = {
        font: bodyFont(row === null ? (italic ? { italic } : {}) : { color: row.font, italic }),
        grid: true,
        align: center ? WRAP_CENTER : WRAP_LEFT,
        ...(shade === "plain" ? {} : { fill: COLOURS[shade].fill }),
      };
      this.cache[key] = style;
    }
    return style;
  }

  /** A section row: indented by nesting, bold at the top level. */
  section(depth: number): CellStyle {
    let style = this.sections.get(depth);
    if (style === undefined) {
      style = { font: headingFont(11, { bold: depth === 0 }), fill: COLOURS.section.fill, grid: true, align: { ...WRAP_LEFT, indent: depth } };
      this.sections.set(depth, style);
    }
    return style;
  }
}

/** One text merged across the table: the cell holds it, the cells it covers share its style. */
function mergedRow(ws: SheetWriter, row: number, n: number, text: string, style: CellStyle, height?: number): void {
  ws.beginRow(row);
  ws.text(1, text, style);
  for (let c = 2; c <= n; c++) ws.blank(c, style);
  ws.endRow(height);
  ws.merge(row, 1, n);
}

/** Width (Excel units) of the one column of a sheet for a document that has no columns. */
const NO_COLUMNS_WIDTH = 60;
/** Height (points) of a row the writer does not size. */
const DEFAULT_ROW_HEIGHT = 18;
/** Excel units held back from a section row's width when its lines are counted: room for its indent. */
const SECTION_INSET = 2;

/**
 * Sheet 任务分解表: the document as printed (title, its own headers, section rows merged across),
 * with review colours and notes, widths fitted to an A4 landscape page, a frozen header row,
 * an autofilter, and the header repeated on every printed page. Written row by row.
 */
export function writeTaskSheet(book: Book, doc: BreakdownDocument, messages: MessagesByTask, lang: Lang = "zh"): TaskSheetResult {
  // The document's own columns, then any a repair filled from other cells (contacts out of a unit cell).
  const columns = [...orderedColumns(doc), ...readColumns(doc, (field) => WORKBOOK_TEXTS[lang].readColumn({ field }))];
  const n = Math.max(columns.length, 1);
  const result: TaskSheetResult = { rowOfTask: new Map(), cut: [] };
  const widths = taskColumnWidths(doc, columns);
  const totalWidth = widths.reduce((s, w) => s + w, 0);
  const ws = book.addSheet({ name: WORKBOOK_TEXTS[lang].taskSheet, footer: WORKBOOK_TEXTS[lang].footer, widths, frozenRows: HEADER_ROW, printTitleRows: [HEADER_ROW, HEADER_ROW], defaultRowHeight: DEFAULT_ROW_HEIGHT });
  const styles = new TaskStyles();

  writeTitleRow(ws, doc, n, totalWidth);
  writeLegendRow(ws, doc, n, totalWidth, lang);
  writeHeaderRow(ws, columns, widths);
  const body: BodyRows = { ws, doc, n, totalWidth, styles, result, byId: new Map(doc.sections.map((s) => [s.id, s])), row: HEADER_ROW + 1, nextSection: 0, lang };
  writeTableBody(body, rowLayoutOf(columns, widths, styles, lang), messages);
  const lastTableRow = body.row - 1;
  if (lastTableRow > HEADER_ROW && columns.length > 0) ws.autoFilter(HEADER_ROW, 1, lastTableRow, n);
  // One empty row between the table and what signs it.
  writeSignature(ws, doc, lastTableRow + 2, n, totalWidth, lang);
  ws.close();
  return result;
}

// Widths: fitted to the header and a sample of the tasks.
function taskColumnWidths(doc: BreakdownDocument, columns: readonly Column[]): number[] {
  const texts = (task: Task): string[] => columns.map((c) => cellText(doc, task, c));
  const fitted = fitColumnWidths(
    [columns.map((c) => c.header), ...sample(doc.tasks, SAMPLE_ROWS).map(texts)],
    columnFits(columns, doc.tasks),
    PAGE_BUDGET,
  );
  return columns.length === 0 ? [NO_COLUMNS_WIDTH] : fitted;
}

// Title, merged across the table; its lines counted in title-size characters.
function writeTitleRow(ws: SheetWriter, doc: BreakdownDocument, n: number, totalWidth: number): void {
  const title = doc.document.title ?? doc.document.source.originalName ?? doc.document.source.fileName;
  mergedRow(ws, TITLE_ROW, n, title, TITLE_STYLE, heightFor(linesIn(title, (totalWidth * BODY_SIZE) / TITLE_SIZE), TITLE_SIZE));
}

// Legend of the review colours, with the counts.
function writeLegendRow(ws: SheetWriter, doc: BreakdownDocument, n: number, totalWidth: number, lang: Lang): void {
  const legendRuns = legend(doc, lang);
  const legendLines = legendRuns.map((r) => r.text).join("").split("\n").reduce((s, p) => s + linesIn(p, totalWidth), 0);
  ws.beginRow(LEGEND_ROW);
  ws.runs(1, legendRuns, LEGEND_STYLE);
  for (let c = 2; c <= n; c++) ws.blank(c, LEGEND_STYLE);
  ws.endRow(heightFor(legendLines));
  ws.merge(LEGEND_ROW, 1, n);
}

// The document's own header.
function writeHeaderRow(ws: SheetWriter, columns: readonly Column[], widths: readonly number[]): void {
  ws.beginRow(HEADER_ROW);
  let headerLines = 1;
  columns.forEach((column, i) => {
    ws.text(i + 1, column.header, HEADER_STYLE);
    headerLines = Math.max(headerLines, linesIn(column.header, widths[i] as number));
  });
  ws.endRow(heightFor(headerLines));
}

/** Where the table's body is being written: the next row, the next section to write, and what every row needs. */
interface BodyRows {
  ws: SheetWriter;
  doc: BreakdownDocument;
  /** Columns a merged row spans (at least one). */
  n: number;
  totalWidth: number;
  styles: TaskStyles;
  /** The language of the notes and placeholders. */
  lang: Lang;
  result: TaskSheetResult;
  byId: Map<string, Section>;
  row: number;
  nextSection: number;
}

/** The tasks, one row each, with the section rows among them. */
function writeTableBody(body: BodyRows, layout: RowLayout, messages: MessagesByTask): void {
  const { doc, result } = body;
  const sectionIndex = new Map(doc.sections.map((s, i) => [s.id, i]));
  for (const task of doc.tasks) {
    if (task.section !== null) writeSectionsUpTo(body, sectionIndex.get(task.section) ?? -1);
    result.rowOfTask.set(task, body.row);
    writeTaskRow(body.ws, body.row, doc, task, layout, messages.byTask.get(task) ?? [], result);
    body.row++;
  }
  writeSectionsUpTo(body, doc.sections.length - 1);
}

// Sections come out in document order, each before the first task inside it; a section without
// tasks still gets its row, so the sheet shows every heading of the source.
function writeSectionsUpTo(body: BodyRows, index: number): void {
  const { sections } = body.doc;
  for (; body.nextSection <= index && body.nextSection < sections.length; body.nextSection++) {
    writeSectionRow(body, sections[body.nextSection] as Section);
  }
}

function writeSectionRow(body: BodyRows, section: Section): void {
  const label = sectionLabel(section);
  const { text, cut } = fitCellLimit(label);
  if (cut) body.result.cut.push({ task: null, field: "section", length: label.length });
  // Indented by nesting, not by the heading's level: a table whose sections are all (一)(二) has them flush left.
  const style = body.styles.section(sectionDepth(section, body.byId, body.doc.sections.length));
  mergedRow(body.ws, body.row, body.n, text, style, heightFor(linesIn(label, body.totalWidth - SECTION_INSET)));
  body.row++;
}

/** How many sections enclose a section (at most `limit`, should parents loop). */
function sectionDepth(section: Section, byId: ReadonlyMap<string, Section>, limit: number): number {
  let depth = 0;
  for (let p = section.parent; p !== null && depth < limit; p = byId.get(p)?.parent ?? null) depth++;
  return depth;
}

/** The columns and their widths, with the column for a placeholder's text and the one for a raw text. */
function rowLayoutOf(columns: readonly Column[], widths: readonly number[], styles: TaskStyles, lang: Lang): RowLayout {
  const firstText = columns.findIndex((c) => c.field !== "seq");
  // The raw text of a row to review goes in the widest column, where it wraps least.
  let widest = firstText;
  columns.forEach((c, i) => {
    if (c.field !== "seq" && (widths[i] as number) > (widths[widest] ?? -1)) widest = i;
  });
  return { columns, widths, firstText, widest, styles, lang };
}

// Below the table, as the document signs it: issuer and date on the right; then the source.
function writeSignature(ws: SheetWriter, doc: BreakdownDocument, firstRow: number, n: number, totalWidth: number, lang: Lang): void {
  let row = firstRow;
  for (const line of [doc.document.issuer, doc.document.issuedDateText]) {
    if (line === null || line === "") continue;
    mergedRow(ws, row, n, line, SIGNATURE_STYLE);
    row++;
  }
  const src = doc.document.source;
  // 来源：name（sha256 …）；由 breakdown x.y.z 转换
  const sourceLine = WORKBOOK_TEXTS[lang].source({ name: src.originalName ?? src.fileName, file: src.fileName, sha256: src.sha256, tool: `${doc.tool.name} ${doc.tool.version}` });
  mergedRow(ws, row, n, sourceLine, SOURCE_STYLE, heightFor(linesIn(sourceLine, (totalWidth * BODY_SIZE) / SOURCE_SIZE), SOURCE_SIZE));
}

/** What every task row shares: the columns, their widths, where placeholder texts go, the styles. */
interface RowLayout {
  columns: readonly Column[];
  widths: readonly number[];
  /** The first column that is not the number: a placeholder's text goes here. */
  firstText: number;
  /** The widest text column: the raw text of a row to review goes here. */
  widest: number;
  styles: TaskStyles;
  /** The language of the notes and placeholders. */
  lang: Lang;
}

function writeTaskRow(ws: SheetWriter, row: number, doc: BreakdownDocument, task: Task, layout: RowLayout, messages: readonly Message[], result: TaskSheetResult): void {
  const { columns, widths, firstText, widest, styles, lang } = layout;
  const texts = columns.map((c) => cellText(doc, task, c));
  const review = task.status === "needs_review" || task.status === "missing";

  // Repairs and messages, each on the cell of its field (the first cell when no column shows it).
  const indexOf = (field: string | null): number => {
    const column = field === null ? undefined : columnOfField(columns, field);
    return column ? columns.indexOf(column) : 0;
  };
  const byColumn = <T extends { field: string | null }>(items: readonly T[]): Map<number, T[]> | null => {
    if (items.length === 0) return null;
    const at = new Map<number, T[]>();
    for (const item of items) {
      const i = indexOf(item.field);
      const list = at.get(i);
      if (list) list.push(item);
      else at.set(i, [item]);
    }
    return at;
  };
  const repairsAt = byColumn<Repair>(task.repairs);
  const messagesAt = review ? null : byColumn<Message>(messages);
  // A row to review or a placeholder is coloured across, and its note (on the number) says why.
  const shade: Shade | null = task.status === "missing" ? "missing" : task.status === "needs_review" ? "needsReview" : null;
  let rowNote: string | null = null;
  if (review) {
    const own = task.status === "missing" ? missingNote(task, messages, lang) : reviewNote(task, messages, lang);
    const repairs = repairsAt?.get(0) ?? [];
    rowNote = repairs.length > 0 ? `${own}\n${repairNote(repairs, [], lang)}` : own;
  }
  // A row to review with no field at all shows its raw text in the widest column.
  const empty = task.status === "needs_review" && texts.every((t, i) => columns[i]?.field === "seq" || t === "");

  ws.beginRow(row);
  let lines = 1;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as Column;
    const repairs = repairsAt?.get(i);
    const seq = column.field === "seq";
    const italic = task.status === "missing" || (seq && task.seqPrinted === null);
    const style = styles.cell(seq, italic, shade ?? (repairs !== undefined ? "repaired" : "plain"));
    if (seq) {
      const value = seqValue(task);
      if (typeof value === "number") ws.number(i + 1, value, style);
      else ws.text(i + 1, value, style);
    } else {
      let text = texts[i] as string;
      if (i === firstText && task.status === "missing") text = missingPlaceholder(task, lang);
      else if (i === widest && empty) text = reviewPlaceholder(task, lang);
      if (text.length > XLSX_CELL_LIMIT) {
        result.cut.push({ task, field: column.field === "extra" ? `extra.${extraKey(column)}` : column.field, length: text.length });
        text = fitCellLimit(text).text;
      }
      ws.text(i + 1, text, style);
      lines = Math.max(lines, linesIn(text, widths[i] as number));
    }
    if (i === 0 && rowNote !== null) ws.note(1, fitCellLimit(rowNote).text);
    else {
      const notes = messagesAt?.get(i);
      if (repairs !== undefined || notes !== undefined) ws.note(i + 1, fitCellLimit(repairNote(repairs ?? [], notes ?? [], lang)).text);
    }
  }
  if (columns.length === 0 && shade !== null) {
    ws.blank(1, styles.cell(false, task.status === "missing", shade));
    if (rowNote !== null) ws.note(1, fitCellLimit(rowNote).text);
  }
  ws.endRow(heightFor(lines));
}
