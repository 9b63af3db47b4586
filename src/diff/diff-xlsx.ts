import ExcelJS from "exceljs";
import type { Cell, Fill, Font, RichText, Worksheet } from "exceljs";
import { extraKey, type BreakdownDocument, type Section, type Task } from "../model/document.js";
import { encodeXlsxText, setTextCell, startsLikeFormula } from "../write/cell-guard.js";
import { DIFF_DOCUMENT_FIELDS, DIFF_KIND_WORDS, DIFF_TEXTS } from "../i18n/diff.js";
import type { Lang } from "../i18n/lang.js";
import { displayWidth } from "../write/terminal-text.js";
import { fieldLabels, labelOf } from "./labels.js";
import { notComparableText } from "./report-terminal.js";
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

/** What each kind is called in the sheet (Chinese; `DIFF_KIND_WORDS` has both languages). */
export const KIND_LABELS: Record<TaskChangeKind, string> = DIFF_KIND_WORDS.zh;

/**
 * Printed landscape, as wide as the page and as many pages tall as it takes (the 差异 sheet has
 * a column per field: it never fits a portrait page), its header row repeated on every page.
 */
const PAGE_SETUP = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } } as const;

/** Line height of 11-point 宋体 in points, and the cell padding Excel adds to a row. */
const LINE_POINTS = 14.4;
const ROW_PADDING_POINTS = 3;

/**
 * The lines a text takes in a column `width` characters wide (Excel's width unit is about one
 * Latin digit; a Han character takes two): each paragraph wraps on its own.
 */
export function linesIn(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  return text.split("\n").reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(displayWidth(paragraph) / room)), 0);
}

/** Give each row the height its tallest wrapped cell needs (Excel does not grow a row that a file sets no height for when it opens it). */
function fitRowHeights(ws: Worksheet, widths: readonly number[], firstRow = 1): void {
  ws.eachRow((row, r) => {
    if (r < firstRow) return;
    let lines = 1;
    row.eachCell((cell, c) => {
      const v = cell.value as unknown;
      const text = typeof v === "string" ? v : v !== null && typeof v === "object" && "richText" in (v as object) ? (v as { richText: RichText[] }).richText.map((x) => x.text).join("") : v === null || v === undefined ? "" : String(v);
      lines = Math.max(lines, linesIn(text, widths[c - 1] ?? 10));
    });
    row.height = Math.min(409, lines * LINE_POINTS + ROW_PADDING_POINTS);
  });
}

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
function fieldColumns(oldDoc: BreakdownDocument, newDoc: BreakdownDocument, lang: Lang): FieldColumn[] {
  const labels = fieldLabels(oldDoc, newDoc, lang);
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
function addDiffSheet(wb: ExcelJS.Workbook, result: DiffResult, oldDoc: BreakdownDocument, newDoc: BreakdownDocument, lang: Lang): void {
  const t = DIFF_TEXTS[lang];
  const ws = wb.addWorksheet(t.diffSheet, { views: [{ state: "frozen", ySplit: 1 }], pageSetup: { ...PAGE_SETUP, printTitlesRow: "1:1" }, headerFooter: { oddFooter: t.landscapeFooter } });
  const fields = fieldColumns(oldDoc, newDoc, lang);
  const headers = [
    { label: t.colChange, width: 14 },
    { label: t.colOldSeq, width: 8 },
    { label: t.colNewSeq, width: 8 },
    { label: t.colSection, width: 24 },
    ...fields.map((f) => ({ label: f.label, width: f.width })),
    { label: t.colSimilarity, width: 9 },
    { label: t.colNote, width: 40 },
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
    setText(row.getCell(1), e.kinds.map((x) => DIFF_KIND_WORDS[lang][x]).join(SEP));
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
    const note = e.reason !== null ? notComparableText(e, lang) : e.matchedBy === "similarity" ? t.bySimilarity : "";
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
  fitRowHeights(ws, headers.map((h) => h.width));
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

/** Counts, the two files, section and document changes, the matching settings (in words) and the legend. */
function addSummarySheet(wb: ExcelJS.Workbook, result: DiffResult, lang: Lang): void {
  const t = DIFF_TEXTS[lang];
  const words = DIFF_KIND_WORDS[lang];
  const ws = wb.addWorksheet(t.summarySheet, { pageSetup: PAGE_SETUP, headerFooter: { oddFooter: t.landscapeFooter } });
  const widths = [22, 60, 40];
  ws.columns = widths.map((width) => ({ width }));
  const side = (x: DiffResult["old"]): string => t.sideFile({ file: x.fileName, tasks: x.tasks });
  summaryRow(ws, [t.oldVersion, side(result.old), `sha256 ${result.old.sha256}`], { bold: true });
  summaryRow(ws, [t.newVersion, side(result.new), `sha256 ${result.new.sha256}`], { bold: true });
  summaryRow(ws, [t.verdict, result.summary.different ? t.different : t.notDifferent], { bold: true });
  summaryRow(ws, []);
  summaryRow(ws, [t.tasksHeading, t.countHead], { bold: true });
  const n = result.summary.tasks;
  const taskCounts: [TaskChangeKind, number, string | undefined][] = [
    ["added", n.added, DIFF_COLOURS.added.fill],
    ["removed", n.removed, DIFF_COLOURS.removed.fill],
    ["moved", n.moved, DIFF_COLOURS.changed.fill],
    ["renumbered", n.renumbered, DIFF_COLOURS.changed.fill],
    ["modified", n.modified, DIFF_COLOURS.changed.fill],
    ["not-comparable", n.notComparable, DIFF_COLOURS.notComparable.fill],
    ["unchanged", n.unchanged, undefined],
  ];
  for (const [kind, count, colour] of taskCounts) summaryRow(ws, [words[kind], count], colour ? { fill: colour } : {});
  summaryRow(ws, []);
  summaryRow(ws, [t.sectionsHeading, t.changeHead], { bold: true });
  const changedSections = result.sections.filter((s) => s.kind !== "unchanged");
  if (changedSections.length === 0) summaryRow(ws, ["", t.noneWord]);
  for (const s of changedSections) {
    const before = s.old ? `${s.old.number}${SEP}${s.old.title}` : "";
    const after = s.new ? `${s.new.number}${SEP}${s.new.title}` : "";
    summaryRow(ws, [s.kinds.map((k) => words[k]).join(SEP), [before, after].filter(Boolean).join(ARROW)]);
  }
  summaryRow(ws, []);
  summaryRow(ws, [t.documentHeading, t.changeHead], { bold: true });
  if (result.document.length === 0) summaryRow(ws, ["", t.noneWord]);
  const fields = DIFF_DOCUMENT_FIELDS[lang] as Record<string, string>;
  for (const c of result.document) {
    const text = c.type === "list" ? `${c.old.join(SEP)}${ARROW}${c.new.join(SEP)}` : `${c.old ?? ""}${ARROW}${c.new ?? ""}`;
    summaryRow(ws, [fields[c.field] ?? c.field, text]);
  }
  summaryRow(ws, []);
  // The matching settings as sentences (diff.json keeps their keys: minSimilarity, titleWeight…).
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const settings = result.settings;
  summaryRow(ws, [t.settings, ""], { bold: true });
  summaryRow(ws, ["", t.minSimilarity({ value: settings.minSimilarity })]);
  summaryRow(ws, ["", t.sameNumberMinSimilarity({ value: settings.sameNumberMinSimilarity })]);
  summaryRow(ws, ["", t.weights({ title: round(settings.titleWeight), content: round(settings.contentWeight) })]);
  summaryRow(ws, ["", t.normalize({ on: Boolean(settings.normalize) })]);
  summaryRow(ws, []);
  summaryRow(ws, [t.legend, ""], { bold: true });
  summaryRow(ws, [words.added, t.legendAdded], { fill: DIFF_COLOURS.added.fill });
  summaryRow(ws, [words.removed, t.legendRemoved], { fill: DIFF_COLOURS.removed.fill });
  summaryRow(ws, [words.modified, t.legendChanged], { fill: DIFF_COLOURS.changed.fill });
  summaryRow(ws, [words["not-comparable"], t.legendNotComparable], { fill: DIFF_COLOURS.notComparable.fill });
  fitRowHeights(ws, widths);
}

/** diff.xlsx: sheet 差异 (one row per task, new order), sheet 摘要 (counts, sections, settings, legend). */
export async function diffToXlsx(result: DiffResult, oldDoc: BreakdownDocument, newDoc: BreakdownDocument, lang: Lang = "zh"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `breakdown ${result.tool.version}`;
  addDiffSheet(wb, result, oldDoc, newDoc, lang);
  addSummarySheet(wb, result, lang);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
