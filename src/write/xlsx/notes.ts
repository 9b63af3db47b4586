import type { Task } from "../../model/document.js";
import type { Message, Repair } from "../../model/message.js";
import { describePlace } from "../place-text.js";

/** Full-width punctuation, written as escapes so that no editor turns it into ASCII. */
export const P = {
  comma: "\uff0c",
  colon: "\uff1a",
  open: "\uff08",
  close: "\uff09",
  quoteOpen: "\u300c",
  quoteClose: "\u300d",
  period: "\u3002",
  dot: "\u00b7",
  arrow: " \u2192 ",
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
  if (repairs.length > 0) lines.push(`\u5df2\u4fee\u590d ${repairs.length} \u5904${P.colon}`, ...repairs.map((r, i) => `${i + 1}. ${repairLine(r)}`)); // 已修复 N 处
  if (messages.length > 0) lines.push(`\u63d0\u793a${P.colon}`, ...messages.map(messageLine)); // 提示
  return lines.join("\n");
}

/** The note of a row that could not be read: why, where, and the raw source text. */
export function reviewNote(task: Task, messages: readonly Message[]): string {
  const place = describePlace(task.where);
  return [
    `\u9700\u4eba\u5de5\u6838\u5bf9${P.colon}\u672c\u884c\u65e0\u6cd5\u53ef\u9760\u8bc6\u522b${P.period}`, // 需人工核对：本行无法可靠识别。
    ...messages.map(messageLine),
    `\u539f\u6587${place === "" ? "" : `${P.open}${place}${P.close}`}${P.colon}`, // 原文（…）：
    task.raw === "" ? `${P.open}\u7a7a${P.close}` : task.raw, // （空）
  ].join("\n");
}

/** The note of a placeholder row: the number is absent from the source, nothing was invented. */
export function missingNote(task: Task, messages: readonly Message[]): string {
  return [
    `\u539f\u6587\u7f3a\u5c11\u7b2c ${task.seq} \u9879${P.comma}\u6b64\u884c\u4ec5\u4e3a\u5360\u4f4d${P.comma}\u672a\u8865\u5199\u4efb\u4f55\u5185\u5bb9${P.period}`, // 原文缺少第 N 项，此行仅为占位，未补写任何内容。
    ...messages.map(messageLine),
  ].join("\n");
}

/** Text shown in a placeholder row for a number absent from the source. */
export function missingPlaceholder(task: Task): string {
  return `${P.open}\u539f\u6587\u65e0\u7b2c ${task.seq} \u9879${P.close}`; // （原文无第 N 项）
}

/**
 * Text shown in a row that could not be read and has no field at all: a label, then the raw
 * source text, so that a printed copy (where notes do not print) still shows what to check.
 */
export function reviewPlaceholder(task: Task): string {
  // （无法可靠识别，原文如下，详见序号单元格批注）
  const label = `${P.open}\u65e0\u6cd5\u53ef\u9760\u8bc6\u522b${P.comma}\u539f\u6587\u5982\u4e0b${P.comma}\u8be6\u89c1\u5e8f\u53f7\u5355\u5143\u683c\u6279\u6ce8${P.close}`;
  return task.raw === "" ? label : `${label}\n${task.raw}`;
}

/** Cut text to Excel's cell limit, saying where the whole text is. */
export function fitCellLimit(text: string): { text: string; cut: boolean } {
  if (text.length <= XLSX_CELL_LIMIT) return { text, cut: false };
  const tail = `\u2026${P.open}\u8d85\u51fa Excel \u5355\u5143\u683c\u4e0a\u9650${P.comma}\u5168\u6587\u89c1 JSON${P.close}`; // …（超出 Excel 单元格上限，全文见 JSON）
  let cut = XLSX_CELL_LIMIT - tail.length;
  // Do not split a surrogate pair.
  if (/[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut--;
  return { text: text.slice(0, cut) + tail, cut: true };
}
