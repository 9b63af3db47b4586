import type { Task } from "../../model/document.js";
import type { Message, Repair } from "../../model/message.js";
import { describePlace } from "../place-text.js";

/** Full-width punctuation, written as escapes so that no editor turns it into ASCII. */
export const P = {
  comma: "，",
  colon: "：",
  open: "（",
  close: "）",
  quoteOpen: "「",
  quoteClose: "」",
  period: "。",
  dot: "·",
  arrow: " → ",
} as const;

/** Excel's limit on the characters in one cell or note (its specifications and limits). */
export const XLSX_CELL_LIMIT = 32_767;

function quoted(text: string): string {
  return `${P.quoteOpen}${text}${P.quoteClose}`;
}

function at(where: Repair["where"]): string {
  const place = describePlace(where);
  return place === "" ? "" : `${P.open}${place}${P.close}`;
}

/** One repair in a note: `ocr-period：「…o…」 → 「…。…」（第1页 第2行 字符263–264）` and its reason. */
export function repairLine(repair: Repair): string {
  return `${repair.ruleId}${P.colon}${quoted(repair.before)}${P.arrow}${quoted(repair.after)}${at(repair.where)}\n  ${repair.reason}`;
}

/** One message in a note: `seq-inferred（warning）：reason`, with what was found. */
export function messageLine(message: Message): string {
  const found = message.actual !== undefined && message.actual !== "" ? `\n  ${quoted(message.actual)}` : "";
  const expected = message.expected !== undefined && message.expected !== "" ? `${P.arrow}${quoted(message.expected)}` : "";
  return `${message.ruleId}${P.open}${message.severity}${P.close}${P.colon}${message.reason}${found}${expected}`;
}

/** The note of a repaired cell: every repair made to it, in order. */
export function repairNote(repairs: readonly Repair[], messages: readonly Message[]): string {
  const lines: string[] = [];
  if (repairs.length > 0) lines.push(`已修复 ${repairs.length} 处${P.colon}`, ...repairs.map((r, i) => `${i + 1}. ${repairLine(r)}`));
  if (messages.length > 0) lines.push(`提示${P.colon}`, ...messages.map(messageLine));
  return lines.join("\n");
}

/** The note of a row that could not be read: why, where, and the raw source text. */
export function reviewNote(task: Task, messages: readonly Message[]): string {
  const place = describePlace(task.where);
  // A row still to review after --reference filled it came from another version of the table.
  const filled = task.repairs.some((r) => r.ruleId === "reference");
  return [
    filled ? `需人工核对${P.colon}本行内容取自另一版本${P.comma}请对照原件核对${P.period}` : `需人工核对${P.colon}本行无法可靠识别${P.period}`,
    ...messages.map(messageLine),
    `原文${place === "" ? "" : `${P.open}${place}${P.close}`}${P.colon}`,
    task.raw === "" ? `${P.open}空${P.close}` : task.raw,
  ].join("\n");
}

/** The note of a placeholder row: the number is absent from the source, nothing was invented. */
export function missingNote(task: Task, messages: readonly Message[]): string {
  return [
    `原文缺少第 ${task.seq} 项${P.comma}此行仅为占位${P.comma}未补写任何内容${P.period}`,
    ...messages.map(messageLine),
  ].join("\n");
}

/** Text shown in a placeholder row for a number absent from the source. */
export function missingPlaceholder(task: Task): string {
  return `${P.open}原文无第 ${task.seq} 项${P.close}`;
}

/**
 * Text shown in a row that could not be read and has no field at all: a label, then the raw
 * source text, so that a printed copy (where notes do not print) still shows what to check.
 */
export function reviewPlaceholder(task: Task): string {
  const label = `${P.open}无法可靠识别${P.comma}原文如下${P.comma}详见序号单元格批注${P.close}`;
  return task.raw === "" ? label : `${label}\n${task.raw}`;
}

/** Cut text to Excel's cell limit, saying where the whole text is. */
export function fitCellLimit(text: string): { text: string; cut: boolean } {
  if (text.length <= XLSX_CELL_LIMIT) return { text, cut: false };
  const tail = `…${P.open}超出 Excel 单元格上限${P.comma}全文见 JSON${P.close}`;
  let cut = XLSX_CELL_LIMIT - tail.length;
  // Do not split a surrogate pair.
  if (/[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut--;
  return { text: text.slice(0, cut) + tail, cut: true };
}
