import type { Cell, RichText, Workbook, Worksheet } from "exceljs";
import type { BreakdownDocument, Column, Section, Task } from "../../model/document.js";
import type { Message, Repair } from "../../model/message.js";
import { isListField } from "../../model/fields.js";
import { encodeXlsxText, setTextCell } from "../cell-guard.js";
import { cellText, columnOfField, orderedColumns, sectionLabel, STATUS_LABELS } from "../table-cells.js";
import type { MessagesByTask } from "../task-messages.js";
import { displayWidth, fitColumnWidths, heightFor, linesIn, type ColumnFit } from "./layout.js";
import { fitCellLimit, missingNote, missingPlaceholder, P, repairNote, reviewNote, reviewPlaceholder } from "./notes.js";
import { bodyFont, COLOURS, GRID, headingFont, PAGE_FOOTER, printSetup, solidFill, TITLE_SIZE, WRAP_CENTER, WRAP_LEFT } from "./styles.js";

export const TASK_SHEET = "任务分解表";

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
      let cell = 0;
      for (const task of tasks) cell = Math.max(cell, displayWidth(task[column.field as "units"].join("\u3001")));
      min = Math.max(min, Math.min(cell, 24));
    }
    return { min, max: column.field === "seq" ? 8 : 120 };
  });
}

function legend(doc: BreakdownDocument): RichText[] {
  const count = (s: Task["status"]): number => doc.tasks.filter((t) => t.status === s).length;
  const mark = (argb: string): RichText => ({ text: "\u25a0 ", font: bodyFont({ color: { argb }, size: 12 }) });
  const plain = (text: string): RichText => ({ text, font: bodyFont() });
  const gap = "\u3000\u3000";
  return [
    { text: `\u56fe\u4f8b${P.colon}`, font: bodyFont({ bold: true }) }, // 图例：
    mark(COLOURS.repaired.mark),
    plain(`${STATUS_LABELS.repaired}${P.colon}\u9ec4\u8272\u5355\u5143\u683c${P.comma}\u6279\u6ce8\u5217\u51fa\u6bcf\u5904\u4fee\u590d${gap}`), // 已修复：黄色单元格，批注列出每处修复
    mark(COLOURS.needsReview.mark),
    plain(`${STATUS_LABELS.needs_review}${P.colon}\u7ea2\u8272\u884c${P.comma}\u539f\u6587\u89c1\u884c\u5185\u53ca\u6279\u6ce8${gap}`), // 需人工核对：红色行，原文见行内及批注
    mark(COLOURS.missing.mark),
    plain(`${STATUS_LABELS.missing}${P.colon}\u7070\u8272\u884c${P.comma}\u4ec5\u4e3a\u5360\u4f4d${P.comma}\u672a\u8865\u5199\u5185\u5bb9`), // 原文缺失：灰色行，仅为占位，未补写内容
    {
      // 共 N 项：正常 a，已修复 b，需人工核对 c，原文缺失 d。每处修复与提示见“问题清单”表。
      text: `\n\u5171 ${doc.tasks.length} \u9879${P.colon}${STATUS_LABELS.ok} ${count("ok")}${P.comma}${STATUS_LABELS.repaired} ${count("repaired")}${P.comma}${STATUS_LABELS.needs_review} ${count("needs_review")}${P.comma}${STATUS_LABELS.missing} ${count("missing")}${P.period}\u6bcf\u5904\u4fee\u590d\u4e0e\u63d0\u793a\u89c1\u201c\u95ee\u9898\u6e05\u5355\u201d\u8868${P.period}`,
      font: bodyFont({ color: { argb: COLOURS.faint.font } }),
    },
  ];
}

function styleRange(ws: Worksheet, row: number, from: number, to: number, apply: (cell: Cell) => void): void {
  for (let c = from; c <= to; c++) apply(ws.getCell(row, c));
}

/** A task's cell text in a column, and whether it was cut to Excel's limit. */
function seqValue(task: Task): number | string {
  if (task.seqPrinted === null) return task.seq;
  return SEQ_NUMBER.test(task.seqPrinted) ? Number(task.seqPrinted) : task.seqPrinted;
}

/**
 * Sheet 任务分解表: the document as printed (title, its own headers, section rows merged across),
 * with review colours and notes, widths fitted to an A4 landscape page, a frozen header row,
 * an autofilter, and the header repeated on every printed page.
 */
export function addTaskSheet(wb: Workbook, doc: BreakdownDocument, messages: MessagesByTask): TaskSheetResult {
  const columns = orderedColumns(doc);
  const n = Math.max(columns.length, 1);
  const ws = wb.addWorksheet(TASK_SHEET, {
    properties: { defaultRowHeight: 18 },
    views: [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
  });
  const result: TaskSheetResult = { rowOfTask: new Map(), cut: [] };

  // Widths: fitted to the header and a sample of the tasks.
  const texts = (task: Task): string[] => columns.map((c) => cellText(doc, task, c));
  const fitted = fitColumnWidths(
    [columns.map((c) => c.header), ...sample(doc.tasks, SAMPLE_ROWS).map(texts)],
    columnFits(columns, doc.tasks),
    PAGE_BUDGET,
  );
  const widths = columns.length === 0 ? [60] : fitted;
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const totalWidth = widths.reduce((s, w) => s + w, 0);

  // Title, merged across the table.
  const title = doc.document.title ?? doc.document.source.originalName ?? doc.document.source.fileName;
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, n);
  const titleCell = ws.getCell(TITLE_ROW, 1);
  setTextCell(titleCell, title);
  titleCell.font = headingFont(TITLE_SIZE);
  titleCell.alignment = WRAP_CENTER;
  ws.getRow(TITLE_ROW).height = heightFor(linesIn(title, (totalWidth * 11) / TITLE_SIZE), TITLE_SIZE);

  // Legend of the review colours, with the counts.
  ws.mergeCells(LEGEND_ROW, 1, LEGEND_ROW, n);
  const legendCell = ws.getCell(LEGEND_ROW, 1);
  const legendRuns = legend(doc);
  legendCell.value = { richText: legendRuns };
  legendCell.alignment = { ...WRAP_LEFT, vertical: "middle" };
  const legendLines = legendRuns.map((r) => r.text).join("").split("\n").reduce((s, p) => s + linesIn(p, totalWidth), 0);
  ws.getRow(LEGEND_ROW).height = heightFor(legendLines);

  // The document's own header.
  const headerRow = ws.getRow(HEADER_ROW);
  let headerLines = 1;
  columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1);
    setTextCell(cell, column.header);
    cell.font = headingFont();
    cell.fill = solidFill(COLOURS.header.fill);
    cell.border = GRID;
    cell.alignment = WRAP_CENTER;
    headerLines = Math.max(headerLines, linesIn(column.header, widths[i] as number));
  });
  headerRow.height = heightFor(headerLines);

  let row = HEADER_ROW + 1;
  const sectionIndex = new Map(doc.sections.map((s, i) => [s.id, i]));
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  const depthOf = (section: Section): number => {
    let depth = 0;
    for (let p = section.parent; p !== null && depth < doc.sections.length; p = byId.get(p)?.parent ?? null) depth++;
    return depth;
  };
  const emitSection = (section: Section): void => {
    const label = sectionLabel(section);
    ws.mergeCells(row, 1, row, n);
    const cell = ws.getCell(row, 1);
    const { text, cut } = fitCellLimit(label);
    if (cut) result.cut.push({ task: null, field: "section", length: label.length });
    setTextCell(cell, text);
    // Indented by nesting, not by the heading's level: a table whose sections are all (一)(二) has them flush left.
    const depth = depthOf(section);
    cell.font = headingFont(11, { bold: depth === 0 });
    cell.fill = solidFill(COLOURS.section.fill);
    cell.alignment = { ...WRAP_LEFT, indent: depth };
    styleRange(ws, row, 1, n, (c) => {
      c.border = GRID;
    });
    ws.getRow(row).height = heightFor(linesIn(label, totalWidth - 2));
    row++;
  };
  // Sections come out in document order, each before the first task inside it; a section without
  // tasks still gets its row, so the sheet shows every heading of the source.
  let nextSection = 0;
  const emitSectionsUpTo = (index: number): void => {
    for (; nextSection <= index && nextSection < doc.sections.length; nextSection++) {
      emitSection(doc.sections[nextSection] as Section);
    }
  };

  for (const task of doc.tasks) {
    if (task.section !== null) emitSectionsUpTo(sectionIndex.get(task.section) ?? -1);
    result.rowOfTask.set(task, row);
    writeTaskRow(ws, row, doc, task, columns, widths, messages.byTask.get(task) ?? [], result);
    row++;
  }
  emitSectionsUpTo(doc.sections.length - 1);
  const lastTableRow = row - 1;

  if (lastTableRow > HEADER_ROW && columns.length > 0) {
    ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastTableRow, column: n } };
  }

  // Below the table, as the document signs it: issuer and date on the right; then the source.
  row++;
  for (const line of [doc.document.issuer, doc.document.issuedDateText]) {
    if (line === null || line === "") continue;
    ws.mergeCells(row, 1, row, n);
    const cell = ws.getCell(row, 1);
    setTextCell(cell, line);
    cell.font = bodyFont();
    cell.alignment = { horizontal: "right", vertical: "middle" };
    row++;
  }
  const src = doc.document.source;
  ws.mergeCells(row, 1, row, n);
  const srcCell = ws.getCell(row, 1);
  // 来源：name（sha256 …）；由 breakdown x.y.z 转换
  const sourceLine = `\u6765\u6e90${P.colon}${src.originalName ?? src.fileName}${P.open}${src.fileName}${P.comma}SHA-256 ${src.sha256}${P.close}${P.comma}\u7531 ${doc.tool.name} ${doc.tool.version} \u8f6c\u6362`;
  setTextCell(srcCell, sourceLine);
  srcCell.font = bodyFont({ size: 9, color: { argb: COLOURS.faint.font } });
  srcCell.alignment = WRAP_LEFT;
  ws.getRow(row).height = heightFor(linesIn(sourceLine, (totalWidth * 11) / 9), 9);

  ws.pageSetup = printSetup(`${HEADER_ROW}:${HEADER_ROW}`) as Worksheet["pageSetup"];
  ws.headerFooter = { oddFooter: PAGE_FOOTER, evenFooter: PAGE_FOOTER };
  return result;
}

function writeTaskRow(
  ws: Worksheet,
  row: number,
  doc: BreakdownDocument,
  task: Task,
  columns: readonly Column[],
  widths: readonly number[],
  messages: readonly Message[],
  result: TaskSheetResult,
): void {
  const firstText = columns.findIndex((c) => c.field !== "seq");
  // The raw text of a row to review goes in the widest column, where it wraps least.
  let widest = firstText;
  columns.forEach((c, i) => {
    if (c.field !== "seq" && (widths[i] as number) > (widths[widest] ?? -1)) widest = i;
  });
  const texts = columns.map((c) => cellText(doc, task, c));
  const empty = texts.every((t, i) => columns[i]?.field === "seq" || t === "");

  // Repairs and messages, each on the cell of its field (the first cell when no column shows it).
  const repairsAt = new Map<number, Repair[]>();
  const messagesAt = new Map<number, Message[]>();
  const indexOf = (field: string | null): number => {
    const column = field === null ? undefined : columnOfField(columns, field);
    return column ? columns.indexOf(column) : 0;
  };
  for (const r of task.repairs) repairsAt.set(indexOf(r.field), [...(repairsAt.get(indexOf(r.field)) ?? []), r]);
  const rowMessages = task.status === "needs_review" || task.status === "missing" ? [] : messages;
  for (const m of rowMessages) messagesAt.set(indexOf(m.field), [...(messagesAt.get(indexOf(m.field)) ?? []), m]);

  let lines = 1;
  columns.forEach((column, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.border = GRID;
    cell.font = bodyFont();
    cell.alignment = column.field === "seq" ? WRAP_CENTER : WRAP_LEFT;
    let text = texts[i] as string;
    if (column.field === "seq") {
      const value = seqValue(task);
      if (typeof value === "number") cell.value = value;
      else setTextCell(cell, value);
      if (task.seqPrinted === null) cell.font = bodyFont({ italic: true });
    } else {
      if (i === firstText && task.status === "missing") text = missingPlaceholder(task);
      else if (i === widest && task.status === "needs_review" && empty) text = reviewPlaceholder(task);
      const fitted = fitCellLimit(text);
      if (fitted.cut) result.cut.push({ task, field: column.field === "extra" ? `extra.${column.header}` : column.field, length: text.length });
      setTextCell(cell, fitted.text);
      lines = Math.max(lines, linesIn(fitted.text, widths[i] as number));
    }
    const repairs = repairsAt.get(i) ?? [];
    const notes = messagesAt.get(i) ?? [];
    if (repairs.length > 0) cell.fill = solidFill(COLOURS.repaired.fill);
    const rowNoted = i === 0 && (task.status === "needs_review" || task.status === "missing");
    if (!rowNoted && (repairs.length > 0 || notes.length > 0)) setNote(cell, repairNote(repairs, notes));
  });

  if (task.status === "needs_review" || task.status === "missing") {
    const colour = task.status === "missing" ? COLOURS.missing : COLOURS.needsReview;
    styleRange(ws, row, 1, Math.max(columns.length, 1), (cell) => {
      cell.fill = solidFill(colour.fill);
      cell.font = bodyFont({ color: { argb: colour.font }, italic: task.status === "missing" || cell.font?.italic === true });
    });
    const own = task.status === "missing" ? missingNote(task, messages) : reviewNote(task, messages);
    const repairs = repairsAt.get(0) ?? [];
    setNote(ws.getCell(row, 1), repairs.length > 0 ? `${own}\n${repairNote(repairs, [])}` : own);
  }
  ws.getRow(row).height = heightFor(lines);
}

function setNote(cell: Cell, text: string): void {
  cell.note = { texts: [{ text: encodeXlsxText(fitCellLimit(text).text), font: { name: "\u5b8b\u4f53", size: 10 } }] };
}
