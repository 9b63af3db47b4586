import ExcelJS from "exceljs";
import type { Cell, Fill, Font, RichText, Worksheet } from "exceljs";
import { extraKey, type BreakdownDocument, type Section, type Task } from "../model/document.js";
import { encodeXlsxText, setTextCell, startsLikeFormula } from "../write/cell-guard.js";
import { fieldLabels, labelOf } from "./labels.js";
import type { DiffResult, FieldChange, TaskChangeKind, TaskEntry } from "./schema.js";

export const DIFF_SHEET = "差异";
export const SUMMARY_SHEET = "摘要";

/** Excel's limit on the characters in one cell. */
const CELL_LIMIT = 32_767;

const SEP = "、";
const ARROW = " → ";

/** Excel's own "Good", "Bad" and "Neutral" fills, and a grey for rows that cannot be compared. */
export const DIFF_COLOURS = {
  added: { fill: "FFC6EFCE", font: "FF006100" },
  removed: { fill: "FFFFC7CE", font: "FF9C0006" },
  changed: { fill: "FFFFEB9C", font: "FF9C5700" },
  notComparable: { fill: "FFD9D9D9", font: "FF595959" },
  header: { fill: "FFDDEBF7" },
} as const;

const BODY_FONT = "宋体";
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
  added: "新增",
  removed: "删除",
  moved: "移动",
  renumbered: "重新编号",
  modified: "修改",
  "not-comparable": "无法比较",
  unchanged: "未变",
};

type Run = { text: string; font: Partial<Font> };

/** Rich text runs, cut to the cell limit, each run's text escaped for XML as the cell guard does. */
function setRuns(cell: Cell, runs: readonly Run[]): void {
  let room = CELL_LIMIT;
  const kept: RichText[] = [];
  for (const r of runs) {
    if (r.text === "" || room <= 0) continue;
    const text = r.text.length > room ? `${r.text.slice(0, room - 1)}…` : r.text;
    room -= text.length;
    kept.push({ text: encodeXlsxText(text), font: r.font });
  }
  cell.value = { richText: kept };
  if (startsLikeFormula(runs.map((r) => r.text).join(""))) cell.numFmt = "@";
}

function setText(cell: Cell, text: string): void {
  setTextCell(cell, text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 1)}…` : text);
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
    { label: "变化", width: 14 },
    { label: "原序号", width: 8 },
    { label: "新序号", width: 8 },
    { label: "章节", width: 24 },
    ...fields.map((f) => ({ label: f.label, width: f.width })),
    { label: "相似度", width: 9 },
    { label: "说明", width: 40 },
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
    const note = e.reason ?? (e.matchedBy === "similarity" ? "按标题和内容相似度匹配" : "");
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
  const side = (x: DiffResult["old"]): string => `${x.fileName}（${x.tasks} 项任务）`;
  summaryRow(ws, ["旧版本", side(result.old), `sha256 ${result.old.sha256}`], { bold: true });
  summaryRow(ws, ["新版本", side(result.new), `sha256 ${result.new.sha256}`], { bold: true });
  summaryRow(ws, ["结论", result.summary.different ? "有差异" : "无差异"], { bold: true });
  summaryRow(ws, []);
  summaryRow(ws, ["任务", "数量"], { bold: true });
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
  summaryRow(ws, ["章节", "变化"], { bold: true });
  const changedSections = result.sections.filter((s) => s.kind !== "unchanged");
  if (changedSections.length === 0) summaryRow(ws, ["", "无"]);
  for (const s of changedSections) {
    const before = s.old ? `${s.old.number}${SEP}${s.old.title}` : "";
    const after = s.new ? `${s.new.number}${SEP}${s.new.title}` : "";
    summaryRow(ws, [s.kinds.join(", "), [before, after].filter(Boolean).join(ARROW)]);
  }
  summaryRow(ws, []);
  summaryRow(ws, ["文件信息", "变化"], { bold: true });
  if (result.document.length === 0) summaryRow(ws, ["", "无"]);
  for (const c of result.document) {
    const text = c.type === "list" ? `${c.old.join(SEP)}${ARROW}${c.new.join(SEP)}` : `${c.old ?? ""}${ARROW}${c.new ?? ""}`;
    summaryRow(ws, [c.field, text]);
  }
  summaryRow(ws, []);
  summaryRow(ws, ["匹配设置", ""], { bold: true });
  summaryRow(ws, ["minSimilarity", result.settings.minSimilarity]);
  summaryRow(ws, ["sameNumberMinSimilarity", result.settings.sameNumberMinSimilarity]);
  summaryRow(ws, ["titleWeight", Math.round(result.settings.titleWeight * 1000) / 1000]);
  summaryRow(ws, ["contentWeight", Math.round(result.settings.contentWeight * 1000) / 1000]);
  summaryRow(ws, ["normalize", String(result.settings.normalize)]);
  summaryRow(ws, []);
  summaryRow(ws, ["图例", ""], { bold: true });
  summaryRow(ws, ["新增", "新版本增加的任务或文字"], { fill: DIFF_COLOURS.added.fill });
  summaryRow(ws, ["删除", "旧版本有、新版本删去的任务或文字"], { fill: DIFF_COLOURS.removed.fill });
  summaryRow(ws, ["修改", "有变化的单元格"], { fill: DIFF_COLOURS.changed.fill });
  summaryRow(ws, ["无法比较", "一方无法识别或缺失的行"], { fill: DIFF_COLOURS.notComparable.fill });
}

/** diff.xlsx: sheet 差异 (one row per task, new order), sheet 摘要 (counts, sections, settings, legend). */
export async function diffToXlsx(result: DiffResult, oldDoc: BreakdownDocument, newDoc: BreakdownDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `breakdown ${result.tool.version}`;
  addDiffSheet(wb, result, oldDoc, newDoc);
  addSummarySheet(wb, result);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
