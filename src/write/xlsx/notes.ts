import type { Task } from "../../model/document.js";
import type { Message, Repair } from "../../model/message.js";
import type { Lang } from "../../i18n/lang.js";
import { reasonText } from "../../i18n/reasons.js";
import { WORKBOOK_TEXTS } from "../../i18n/workbook.js";
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

function at(where: Repair["where"], lang: Lang): string {
  const place = describePlace(where);
  const t = WORKBOOK_TEXTS[lang];
  return place === "" ? "" : `${t.open}${place}${t.close}`;
}

/** One repair in a note: `ocr-period：「…o…」 → 「…。…」（第1页 第2行 字符263–264）` and its reason in `lang`. */
export function repairLine(repair: Repair, lang: Lang = "zh"): string {
  return `${repair.ruleId}${WORKBOOK_TEXTS[lang].colon}${quoted(repair.before)}${P.arrow}${quoted(repair.after)}${at(repair.where, lang)}\n  ${reasonText(repair.ruleId, repair.reason, lang)}`;
}

/** One message in a note: `seq-inferred（警告）：reason`, with what was found. */
export function messageLine(message: Message, lang: Lang = "zh"): string {
  const t = WORKBOOK_TEXTS[lang];
  const found = message.actual !== undefined && message.actual !== "" ? `\n  ${quoted(message.actual)}` : "";
  const expected = message.expected !== undefined && message.expected !== "" ? `${P.arrow}${quoted(message.expected)}` : "";
  return `${message.ruleId}${t.open}${t.severity({ severity: message.severity })}${t.close}${t.colon}${reasonText(message.ruleId, message.reason, lang)}${found}${expected}`;
}

/** The note of a repaired cell: every repair made to it, in order. */
export function repairNote(repairs: readonly Repair[], messages: readonly Message[], lang: Lang = "zh"): string {
  const t = WORKBOOK_TEXTS[lang];
  const lines: string[] = [];
  if (repairs.length > 0) lines.push(t.repaired({ n: repairs.length }), ...repairs.map((r, i) => `${i + 1}. ${repairLine(r, lang)}`));
  if (messages.length > 0) lines.push(t.notes, ...messages.map((m) => messageLine(m, lang)));
  return lines.join("\n");
}

/** The note of a row that could not be read: why, where, and the raw source text. */
export function reviewNote(task: Task, messages: readonly Message[], lang: Lang = "zh"): string {
  const t = WORKBOOK_TEXTS[lang];
  // A row still to review after --reference filled it came from another version of the table.
  const filled = task.repairs.some((r) => r.ruleId === "reference");
  return [filled ? t.reviewFilled : t.reviewUnreadable, ...messages.map((m) => messageLine(m, lang)), t.rawLabel({ place: describePlace(task.where) }), task.raw === "" ? t.rawEmpty : task.raw].join("\n");
}

/** The note of a placeholder row: the number is absent from the source, nothing was invented. */
export function missingNote(task: Task, messages: readonly Message[], lang: Lang = "zh"): string {
  return [WORKBOOK_TEXTS[lang].missingNote({ seq: task.seq }), ...messages.map((m) => messageLine(m, lang))].join("\n");
}

/** Text shown in a placeholder row for a number absent from the source. */
export function missingPlaceholder(task: Task, lang: Lang = "zh"): string {
  return WORKBOOK_TEXTS[lang].missingPlaceholder({ seq: task.seq });
}

/**
 * Text shown in a row that could not be read and has no field at all: a label, then the raw
 * source text, so that a printed copy (where notes do not print) still shows what to check.
 */
export function reviewPlaceholder(task: Task, lang: Lang = "zh"): string {
  const label = WORKBOOK_TEXTS[lang].reviewPlaceholder;
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
