import type { ColumnField } from "../model/fields.js";
import { fieldForHeader, HEADER_TERMS, normalizeHeader } from "./headers.js";

/**
 * Field labels in running text: the header vocabulary's words followed by a colon (牵头单位：…,
 * 完成时限:…), or alone on a line with the value on the lines after (责任单位 / 阿里地区行署).
 * A label names the same field a column with that header would; it is taught once, in headers.ts.
 */

// Words of two characters are too common in prose to be labels (任务：, 内容：, 来源：) unless listed here.
const SHORT_LABELS = new Set(["备注", "时限"]);
// Fields a label can give; 序号 and 类别 are never labels in running text.
const LABEL_FIELDS: ReadonlySet<ColumnField> = new Set([
  "title", "content", "units", "leadUnits", "supportUnits", "contacts", "leaders", "deadline", "progress", "target", "source", "note",
]);

// Labels of an activity's time and place (时 间：…, 地点：…, 活动地点：…, an event plan's activities): no field of a
// task's own, kept under their words; they make no task by themselves.
const PLACE_AND_TIME_LABELS = ["时间", "地点", "活动地点"];
export const LABEL_TERMS: readonly string[] = [...HEADER_TERMS.filter(({ term, field }) => LABEL_FIELDS.has(field) && (term.length >= 3 || SHORT_LABELS.has(term))).map(({ term }) => term), ...PLACE_AND_TIME_LABELS];

// Each term with a space allowed between its characters (责 任 人：, printed to fill a column's width).
const ALTERNATION = LABEL_TERMS.map((t) => [...t].map((c) => c.replace(/[()（）]/g, "\\$&")).join("[ \\u3000]?")).join("|");

/**
 * A label and its colon, not inside a longer word (各牵头单位要… has no colon; 协同责任单位： is one
 * label, not 责任单位： inside it). Spaces may stand between a label's characters (责 任 单 位：).
 */
// A label of a task's wording may name what it belongs to first (治理工作目标：, 年度重点任务：).
const QUALIFIED = HEADER_TERMS.filter(({ term, field }) => ["title", "content", "target"].includes(field) && term.length >= 4).map(({ term }) => term).join("|");
export const LABEL_COLON = new RegExp(`(?<![\\u4e00-\\u9fa5])([\\u4e00-\\u9fa5]{2,4}(?:${QUALIFIED})|${ALTERNATION})[ \\t\\u3000]*[:\\uff1a]`, "g");

export interface LabelHit {
  field: ColumnField;
  label: string;
  /** Where the label starts. */
  start: number;
  /** Where its value starts (after the colon). */
  valueStart: number;
}

// A label in black lenticular brackets instead of before a colon (【牵头单位】市住建局【完成时限】…).
const LABEL_BRACKETED = new RegExp(`【[ \\u3000]*(${ALTERNATION})[ \\u3000]*】[:\\uff1a]?`, "g");

// LABEL_COLON ending at the end of the text it is tried on: tried on the few characters before each
// colon. Run over a whole text, its long alternation was tried at every place a word may start (30 s
// on a plan of 470,000 characters); a label is never far before its colon.
const LABEL_AT_COLON = new RegExp(`${LABEL_COLON.source}$`);
// A label with its qualifier and spaces between its characters fits in this many characters.
const MAX_LABEL_SPAN = 48;
// Labels run together with no separator (牵头领导：刘兴达牵头单位：市发改局责任单位：…, a page run into one
// line): after a label, a role's label of four characters or more glued to the value before it is one too.
const ROLE_FIELDS: ReadonlySet<ColumnField> = new Set(["units", "leadUnits", "supportUnits", "contacts", "leaders", "deadline"]);
const GLUED_TERMS = HEADER_TERMS.filter(({ term, field }) => ROLE_FIELDS.has(field) && term.length >= 4).map(({ term }) => term);
const GLUED_LABEL_AT_COLON = new RegExp(`(${GLUED_TERMS.join("|")})[ \\t\\u3000]*[:\\uff1a]$`);
// …within this many characters of the label before it.
const MAX_GLUED_VALUE = 60;

// A role's label glued to the end of the wording before it, the line break between them lost (…增长7%以上责任单位:区发展和改革局,
// a page run into one line); not one a sentence names (各责任单位：, 有关牵头单位：, 的责任单位：), nor one after a
// body's name (市政府牵头单位：: the body's own units).
const NAMED_IN_SENTENCE = /[各有关相其他等和及与的为由对向请、府局委办部厅室处院所会]$/;

// Only words that are labels and nothing else: an addressee list ends in units too (…市直相关单位：).
const WORDING_GLUED_TERMS = GLUED_TERMS.filter((t) => /(?:单位|部门|处室|科室|股室|时限|领导|责任人|联系人)$/.test(t) && !/^(?:相关|涉及|职能|工作|实施|落实|有关)/.test(t));
const GLUED_TO_WORDING_AT_COLON = new RegExp(`(${WORDING_GLUED_TERMS.join("|")})[ \\t\\u3000]*[:\\uff1a]$`);

function gluedToWording(text: string, start: number, colon: number): RegExpExecArray | null {
  const g = GLUED_TO_WORDING_AT_COLON.exec(text.slice(start, colon + 1));
  if (!g) return null;
  const before = text.slice(Math.max(0, start + g.index - 2), start + g.index);
  return /[\u4e00-\u9fa5%％)）]$/.test(before) && !NAMED_IN_SENTENCE.test(before) ? g : null;
}

/** Every label with a colon (or in 【】) in text[from, to), in order. */
export function labelsWithColon(text: string, from = 0, to = text.length): LabelHit[] {
  const out: LabelHit[] = [];
  // A label starts before `to`, so its colon is at most MAX_LABEL_SPAN characters past it.
  const last = Math.min(text.length, to + MAX_LABEL_SPAN);
  for (let c = from; c < last; c++) {
    const ch = text[c];
    if (ch !== ":" && ch !== "\uff1a") continue;
    // One character before the window, so that the label's look-behind sees what precedes it.
    const start = Math.max(from, c + 1 - MAX_LABEL_SPAN);
    const context = start > 0 ? 1 : 0;
    const m = LABEL_AT_COLON.exec(text.slice(start - context, c + 1));
    const previous = out[out.length - 1];
    const afterLabel = (!m || m.index < context) && previous && c - previous.valueStart <= MAX_GLUED_VALUE && !text.slice(previous.valueStart, c).includes("\n") ? GLUED_LABEL_AT_COLON.exec(text.slice(previous.valueStart, c + 1)) : null;
    const glued = afterLabel ?? (!m || m.index < context ? gluedToWording(text, start, c) : null);
    if ((!m || m.index < context) && !glued) continue;
    const label = glued ? (glued[1] as string) : ((m as RegExpExecArray)[1] as string);
    const at = afterLabel && previous ? previous.valueStart + afterLabel.index : glued ? start + glued.index : start - context + (m as RegExpExecArray).index;
    if (at >= to) break;
    out.push({ field: fieldForHeader(label), label, start: at, valueStart: c + 1 });
  }
  LABEL_BRACKETED.lastIndex = from;
  for (let m = LABEL_BRACKETED.exec(text); m && m.index < to; m = LABEL_BRACKETED.exec(text)) {
    out.push({ field: fieldForHeader(m[1] as string), label: m[1] as string, start: m.index, valueStart: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

// A label alone on its line is short and has no sentence punctuation in it.
const MAX_LABEL_LINE = 24;

// A line that opens with a collective (各实施单位, 各相关单位) addresses them, as a notice's sentence begins.
const ADDRESSES = /^(?:各|全体)/;

/**
 * The field a line names when it is a label alone (责任单位 / 进展与成效： / 反馈问题（整改任务）), the
 * value being on the lines after; null when the line is not a label.
 */
export function labelLineField(line: string): ColumnField | null {
  // A table's border pipe after it (进展情况： |) is no part of it.
  const t = line.trim().replace(/[ \t\u3000]*[|｜]$/, "").replace(/[:\uff1a]$/, "");
  // A colon inside the line is a label with its value beside it (牵头领导：刘兴达), not a label alone.
  if (t === "" || t.length > MAX_LABEL_LINE || /[。，,；;！？:\uff1a]/.test(t)) return null;
  // A line that opens with a collective (各实施单位, 各相关单位) addresses them, as a notice's sentence begins: no label.
  if (ADDRESSES.test(t)) return null;
  const field = fieldForHeader(t);
  if (field === "extra" || field === "seq" || field === "category") return null;
  const h = normalizeHeader(t);
  // A bare word that is also a task's wording (项目, 任务) is not taken for a label.
  return h.length >= 3 || SHORT_LABELS.has(h) ? field : null;
}

// A heading may name its field after what it belongs to (中央环境保护督察反馈意见整改任务): a term of this many characters or more at its end.
const MIN_TRAILING_TERM = 4;
const MAX_HEADING_LABEL = 40;

/**
 * The field a numbered heading names when its words are a label (一、整改任务 / 三、整改措施 /
 * 一、中央环境保护督察反馈意见整改任务), the value on the lines below; null when it is a heading of its own.
 */
export function headingLabelField(heading: string): ColumnField | null {
  const t = heading.trim().replace(/[:\uff1a]$/, "");
  const field = labelLineField(t);
  if (field) return field;
  if (t.length > MAX_HEADING_LABEL || /[。，,；;！？:\uff1a]/.test(t)) return null;
  const h = normalizeHeader(t);
  for (const term of LABEL_TERMS) {
    if (term.length >= MIN_TRAILING_TERM && h.endsWith(term)) {
      const f = fieldForHeader(term);
      return f === "extra" ? null : f;
    }
  }
  return null;
}
