import ExcelJS from "exceljs";
import type { Cell, Fill, Font, RichText, Worksheet } from "exceljs";
import { extraKey, type BreakdownDocument, type Section, type Task } from "../model/document.js";
import { encodeXlsxText, setTextCell, startsLikeFormula } from "../write/cell-guard.js";
import { fieldLabels, labelOf } from "./labels.js";
import type { DiffResult, FieldChange, TaskChangeKind, TaskEntry } from "./schema.js";

export const DIFF_SHEET = "\u5dee\u5f02"; // 差异
export const SUMMARY_SHEET = "\u6458\u8981"; // 摘要

/** Excel's limit on the characters in one cell. */
const CELL_LIMIT = 32_767;

const SEP = "\u3001"; // 、
const ARROW = " \u2192 ";

/** Excel's own "Good", "Bad" and "Neutral" fills, and a grey for rows that cannot be compared. */
export const DIFF_COLOURS = {
  added: { fill: "FFC6EFCE", font: "FF006100" },
  removed: { fill: "FFFFC7CE", font: "FF9C0006" },
  changed: { fill: "FFFFEB9C", font: "FF9C5700" },
  notComparable: { fill: "FFD9D9D9", font: "FF595959" },
  header: { fill: "FFDDEBF7" },
} as const;

const BODY_FONT = "\u5b8b\u4f53"; // 宋体
const SIZE = 11;

function fill(argb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

/** Inserted text: green and underlined; deleted text: red and struck through. */
const INSERT_FONT: Partial<Font> = { name: BODY_FONT, size: SIZE, color: { argb: DIFF_COLOURS.added.font }, underline: true };
const DELETE_FONT: Partial<Font> = { name: BODY_FONT, size: SIZE, color: { argb: DIFF_COLOURS.removed.font }, strike: true };
const PLAIN_FONT: Partial<Font> = { name: BODY_FONT, size: SIZE };

/** What each kind is called in the sheet. */
export const KIND_LABELS: Record<TaskChangeKind, string> = {
  added: "\u65b0\u589e", // 新增
  removed: "\u5220\u9664", // 删除
  moved: "\u79fb\u52a8", // 移动
  renumbered: "\u91cd\u65b0\u7f16\u53f7", // 重新编号
  modified: "\u4fee\u6539", // 修改
  "not-comparable": "\u65e0\u6cd5\u6bd4\u8f83", // 无法比较
  unchanged: "\u672a\u53d8", // 未变
};

type Run = { text: string; font: Partial<Font> };

/** Rich text runs, cut to the cell limit, each run's text escaped for XML as the cell guard does. */
function setRuns(cell: Cell, runs: readonly Run[]): void {
  let room = CELL_LIMIT;
  const kept: RichText[] = [];
  for (const r of runs) {
    if (r.text === "" || room <= 0) continue;
    const text = r.text.length > room ? `${r.text.slice(0, room - 1)}\u2026` : r.text;
    room -= text.length;
    kept.push({ text: encodeXlsxText(text), font: r.font });
  }
  cell.value = { richText: kept };
  if (startsLikeFormula(runs.map((r) => r.text).join(""))) cell.numFmt = "@";
}

function setText(cell: Cell, text: string): void {
  setTextCell(cell, text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 1)}\u2026` : text);
}

/** A change as rich text: the new value with inserted and deleted characters marked. */
function changeRuns(change: FieldChange): Run[] {
  if (change.type === "text") {
    return change.parts.map((p) => ({ text: p.text, font: p.op === "insert" ? INSERT_FONT : p.op === "delete" ? DELETE_FONT : PLAIN_FONT }));
  }
  if (change.type === "value") {
    const runs: Run[] = [];
    if (change.old !== null && change.old !== "") runs.push({ text: change.old, font: DELETE_FONT });
    if (runs.length > 0 && change.new !== null && change.new !== "") runs.push({ text: ARROW, font: PLAIN_FONT });
    if (change.new !== null && change.new !== "") runs.push({ text: change.new, font: INSERT_FONT });
    return runs;
  }
  // A list: the new list in its order, added entries marked, then the removed ones struck through.
  const added = new Set(change.added);
  const items: Run[] = [...change.new.map((x) => ({ text: x, font: added.has(x) ? INSERT_FONT : PLAIN_FONT })), ...change.removed.map((x) => ({ text: x, font: DELETE_FONT }))];
  return items.flatMap((r, i) => (i === 0 ? [r] : [{ text: SEP, font: PLAIN_FONT }, r]));
}

interface FieldColumn {
  field: string;
  label: string;
  width: number;
}

const WIDTHS: Record<string, number> = { title: 24, content: 60, units: 30, leadUnits: 24, supportUnits: 30, contacts: 14, leaders: 14, deadline: 14, progress: 30, target: 24, source: 20, note: 16, category: 14 };
const FIELD_ORDER = ["category", "title", "content", "units", "leadUnits", "supportUnits", "contacts", "leaders", "deadline", "progress", "target", "source", "note"] as const;

/** The fields either version has a column for (title and content always), in the genre's order, then extra columns. */
function fieldColumns(oldDoc: BreakdownDocument, newDoc: BreakdownDocument): FieldColumn[] {
  const labels = fieldLabels(oldDoc, newDoc);
  const has = new Set([...oldDoc.columns, ...newDoc.columns].map((c) => (c.field === "extra" ? `extra.${extraKey(c)}` : c.field)));
  has.add("title");
  has.add("content");
  // compareTaskFields compares lead and support units apart only when both versions print them.
  const both = (field: string): boolean => [oldDoc, newDoc].every((d) => d.columns.some((c) => c.field === field));
  if (both("leadUnits") && both("supportUnits")) has.delete("units");
  const fields: string[] = FIELD_ORDER.filter((f) => has.has(f));
  for (const f of has) if (f.startsWith("extra.")) fields.push(f);
  return fields.map((field) => ({ field, label: labelOf(field, labels), width: WIDTHS[field] ?? 16 }));
}

function fieldValue(task: Task, field: string): string {
  if (field.startsWith("extra.")) return task.extra[field.slice("extra.".length)] ?? "";
  const v = task[field as keyof Task];
  if (Array.isArray(v)) return (v as string[]).join(SEP);
  return typeof v === "string" ? v : "";
}

/** `id → 一、title` for every section of a document. */
function sectionLabels(doc: BreakdownDocument): (id: string | null) => string {
  const labels = new Map(doc.sections.map((s: Section) => [s.id, `${s.number}${SEP}${s.title}`]));
  return (id) => (id === null ? "" : (labels.get(id) ?? id));
}

function number(task: Task | null): string {
  return task === null ? "" : (task.seqPrinted?.trim() || String(task.seq));
}

function paint(cell: Cell, argb: string): void {
  cell.fill = fill(argb);
}

/** One row per task in the new order, removed tasks where they stood; changed cells coloured and marked. */
function addDiffSheet(wb: ExcelJS.Workbook, result: DiffResult, oldDoc: BreakdownDocument, newDoc: BreakdownDocument): void {
  const ws = wb.addWorksheet(DIFF_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  const fields = fieldColumns(oldDoc, newDoc);
  const headers = [
    { label: "\u53d8\u5316", width: 14 }, // 变化
    { label: "\u539f\u5e8f\u53f7", width: 8 }, // 原序号
    { label: "\u65b0\u5e8f\u53f7", width: 8 }, // 新序号
    { label: "\u7ae0\u8282", width: 24 }, // 章节
    ...fields.map((f) => ({ label: f.label, width: f.width })),
    { label: "\u76f8\u4f3c\u5ea6", width: 9 }, // 相似度
    { label: "\u8bf4\u660e", width: 40 }, // 说明
  ];
  ws.columns = headers.map((h) => ({ width: h.width }));
  const head = ws.getRow(1);
  headers.forEach((h, i) => {
    const c = head.getCell(i + 1);
    setText(c, h.label);
    c.font = { ...PLAIN_FONT, bold: true };
    c.fill = fill(DIFF_COLOURS.header.fill);
    c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const oldSection = sectionLabels(oldDoc);
  const newSection = sectionLabels(newDoc);
  const firstField = 5;
  const similarityCol = firstField + fields.length;
  result.tasks.forEach((e: TaskEntry, k) => {
    const row = ws.getRow(k + 2);
    const a = e.old ? (oldDoc.tasks[e.old.index] as Task) : null;
    const b = e.new ? (newDoc.tasks[e.new.index] as Task) : null;
    const shown = (b && (b.status === "ok" || b.status === "repaired") ? b : null) ?? (a && (a.status === "ok" || a.status === "repaired") ? a : null) ?? b ?? a;
    setText(row.getCell(1), e.kinds.map((x) => KIND_LABELS[x]).join(SEP));
    setText(row.getCell(2), number(a));
    setText(row.getCell(3), number(b));
    if (e.kinds.includes("moved") && a && b) {
      setRuns(row.getCell(4), [
        { text: oldSection(a.section), font: DELETE_FONT },
        { text: ARROW, font: PLAIN_FONT },
        { text: newSection(b.section), font: INSERT_FONT },
      ]);
      paint(row.getCell(4), DIFF_COLOURS.changed.fill);
    } else setText(row.getCell(4), (shown === b ? newSection : oldSection)(shown?.section ?? null));
    if (e.kinds.includes("renumbered")) paint(row.getCell(3), DIFF_COLOURS.changed.fill);
    fields.forEach((f, i) => {
      const cell = row.getCell(firstField + i);
      const change = e.changes.find((c) => c.field === f.field);
      if (change) {
        setRuns(cell, changeRuns(change));
        paint(cell, DIFF_COLOURS.changed.fill);
        return;
      }
      if (shown === null) return;
      // A row that could not be read has no fields: its raw text goes where the content would be.
      const text = f.field === "content" && shown.status !== "ok" && shown.status !== "repaired" ? shown.raw : fieldValue(shown, f.field);
      if (e.kind === "removed") setRuns(cell, [{ text, font: DELETE_FONT }]);
      else if (e.kind === "added") setRuns(cell, [{ text, font: INSERT_FONT }]);
      else setText(cell, text);
    });
    if (e.similarity && e.matchedBy === "similarity") {
      row.getCell(similarityCol).value = e.similarity.score;
      row.getCell(similarityCol).numFmt = "0.00";
    }
    const note = e.reason ?? (e.matchedBy === "similarity" ? "\u6309\u6807\u9898\u548c\u5185\u5bb9\u76f8\u4f3c\u5ea6\u5339\u914d" : ""); // 按标题和内容相似度匹配
    setText(row.getCell(similarityCol + 1), note);
    const rowFill = e.kind === "added" ? DIFF_COLOURS.added.fill : e.kind === "removed" ? DIFF_COLOURS.removed.fill : e.kind === "not-comparable" ? DIFF_COLOURS.notComparable.fill : null;
    for (let c = 1; c <= headers.length; c++) {
      const cell = row.getCell(c);
      if (rowFill) cell.fill = fill(rowFill);
      else if (c === 1 && e.kind !== "unchanged") cell.fill = fill(DIFF_COLOURS.changed.fill);
      if (!cell.font?.name) cell.font = PLAIN_FONT;
      cell.alignment = { wrapText: true, vertical: "top", horizontal: c <= 3 ? "center" : "left" };
    }
  });
}

function summaryRow(ws: Worksheet, values: (string | number)[], options: { bold?: boolean; fill?: string } = {}): void {
  const row = ws.addRow([]);
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    if (typeof v === "number") cell.value = v;
    else setText(cell, v);
    cell.font = { ...PLAIN_FONT, bold: Boolean(options.bold) };
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  if (options.fill) row.getCell(1).fill = fill(options.fill);
}

/** Counts, the two files, section and document changes, the matching settings and the legend. */
function addSummarySheet(wb: ExcelJS.Workbook, result: DiffResult): void {
  const ws = wb.addWorksheet(SUMMARY_SHEET);
  ws.columns = [{ width: 22 }, { width: 60 }, { width: 40 }];
  const side = (x: DiffResult["old"]): string => `${x.fileName}\uff08${x.tasks} \u9879\u4efb\u52a1\uff09`; // （N 项任务）
  summaryRow(ws, ["\u65e7\u7248\u672c", side(result.old), `sha256 ${result.old.sha256}`], { bold: true }); // 旧版本
  summaryRow(ws, ["\u65b0\u7248\u672c", side(result.new), `sha256 ${result.new.sha256}`], { bold: true }); // 新版本
  summaryRow(ws, ["\u7ed3\u8bba", result.summary.different ? "\u6709\u5dee\u5f02" : "\u65e0\u5dee\u5f02"], { bold: true }); // 结论 有差异/无差异
  summaryRow(ws, []);
  summaryRow(ws, ["\u4efb\u52a1", "\u6570\u91cf"], { bold: true }); // 任务 数量
  const t = result.summary.tasks;
  const taskCounts: [TaskChangeKind, number, string | undefined][] = [
    ["added", t.added, DIFF_COLOURS.added.fill],
    ["removed", t.removed, DIFF_COLOURS.removed.fill],
    ["moved", t.moved, DIFF_COLOURS.changed.fill],
    ["renumbered", t.renumbered, DIFF_COLOURS.changed.fill],
    ["modified", t.modified, DIFF_COLOURS.changed.fill],
    ["not-comparable", t.notComparable, DIFF_COLOURS.notComparable.fill],
    ["unchanged", t.unchanged, undefined],
  ];
  for (const [kind, n, colour] of taskCounts) summaryRow(ws, [KIND_LABELS[kind], n], colour ? { fill: colour } : {});
  summaryRow(ws, []);
  summaryRow(ws, ["\u7ae0\u8282", "\u53d8\u5316"], { bold: true }); // 章节 变化
  const changedSections = result.sections.filter((s) => s.kind !== "unchanged");
  if (changedSections.length === 0) summaryRow(ws, ["", "\u65e0"]); // 无
  for (const s of changedSections) {
    const before = s.old ? `${s.old.number}${SEP}${s.old.title}` : "";
    const after = s.new ? `${s.new.number}${SEP}${s.new.title}` : "";
    summaryRow(ws, [s.kinds.join(", "), [before, after].filter(Boolean).join(ARROW)]);
  }
  summaryRow(ws, []);
  summaryRow(ws, ["\u6587\u4ef6\u4fe1\u606f", "\u53d8\u5316"], { bold: true }); // 文件信息 变化
  if (result.document.length === 0) summaryRow(ws, ["", "\u65e0"]);
  for (const c of result.document) {
    const text = c.type === "list" ? `${c.old.join(SEP)}${ARROW}${c.new.join(SEP)}` : `${c.old ?? ""}${ARROW}${c.new ?? ""}`;
    summaryRow(ws, [c.field, text]);
  }
  summaryRow(ws, []);
  summaryRow(ws, ["\u5339\u914d\u8bbe\u7f6e", ""], { bold: true }); // 匹配设置
  summaryRow(ws, ["minSimilarity", result.settings.minSimilarity]);
  summaryRow(ws, ["sameNumberMinSimilarity", result.settings.sameNumberMinSimilarity]);
  summaryRow(ws, ["titleWeight", Math.round(result.settings.titleWeight * 1000) / 1000]);
  summaryRow(ws, ["contentWeight", Math.round(result.settings.contentWeight * 1000) / 1000]);
  summaryRow(ws, ["normalize", String(result.settings.normalize)]);
  summaryRow(ws, []);
  summaryRow(ws, ["\u56fe\u4f8b", ""], { bold: true }); // 图例
  summaryRow(ws, ["\u65b0\u589e", "\u65b0\u7248\u672c\u589e\u52a0\u7684\u4efb\u52a1\u6216\u6587\u5b57"], { fill: DIFF_COLOURS.added.fill }); // 新增: 新版本增加的任务或文字
  summaryRow(ws, ["\u5220\u9664", "\u65e7\u7248\u672c\u6709\u3001\u65b0\u7248\u672c\u5220\u53bb\u7684\u4efb\u52a1\u6216\u6587\u5b57"], { fill: DIFF_COLOURS.removed.fill }); // 删除: 旧版本有、新版本删去的任务或文字
  summaryRow(ws, ["\u4fee\u6539", "\u6709\u53d8\u5316\u7684\u5355\u5143\u683c"], { fill: DIFF_COLOURS.changed.fill }); // 修改: 有变化的单元格
  summaryRow(ws, ["\u65e0\u6cd5\u6bd4\u8f83", "\u4e00\u65b9\u65e0\u6cd5\u8bc6\u522b\u6216\u7f3a\u5931\u7684\u884c"], { fill: DIFF_COLOURS.notComparable.fill }); // 无法比较: 一方无法识别或缺失的行
}

/** diff.xlsx: sheet 差异 (one row per task, new order), sheet 摘要 (counts, sections, settings, legend). */
export async function diffToXlsx(result: DiffResult, oldDoc: BreakdownDocument, newDoc: BreakdownDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `breakdown ${result.tool.version}`;
  addDiffSheet(wb, result, oldDoc, newDoc);
  addSummarySheet(wb, result);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
