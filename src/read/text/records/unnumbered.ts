import type { ColumnField } from "../../../model/fields.js";
import { evidenceIn } from "./classify.js";
import { isTaskEvidence, labelEvidence, namesWhoActs, unitBrackets, type BracketEvidence, type LabelEvidence } from "./evidence.js";
import type { TextRecord } from "./record.js";

/**
 * Records with no numbers: a sheet of labels (整改任务 / 责任单位 / 整改措施 …, one record, or one
 * per repetition of its first label), a paragraph followed by its labels (…。 / 分管领导：… /
 * 部门分工：…), or paragraphs that each end with their bracket of units.
 */

// Fields that open a record when a sheet of labels starts with them.
const OPENING_FIELDS: ReadonlySet<ColumnField> = new Set(["title", "content", "target", "source"]);

// A task's wording before its bracket is a sentence, not a few words.
const MIN_SENTENCE = 10;

function lineStart(text: string, at: number): number {
  const nl = text.lastIndexOf("\n", at - 1);
  return nl < 0 ? 0 : nl + 1;
}

/** The end of the line of the last label at or after `from`. */
function lastLabelLineEnd(text: string, labels: readonly LabelEvidence[], from: number): number {
  const last = Math.max(...labels.filter((l) => l.start >= from).map((l) => l.start));
  const nl = text.indexOf("\n", last);
  return nl < 0 ? text.length : nl;
}

/** The paragraph (non-empty line) just before `at`, or null when there is none or it is a label's. */
function paragraphBefore(text: string, at: number, floor: number): number | null {
  let end = lineStart(text, at) - 1;
  while (end > floor) {
    const s = lineStart(text, end);
    if (text.slice(s, end).trim() !== "") return s;
    end = s - 1;
  }
  return null;
}

// A line that names what a record is about (a place a 督查通报 found problems at: 明馨园小区) is short.
const MAX_NAMING_LINE = 30;

/**
 * Where records that each repeat an opening label (存在问题：…) begin, moved up to the line that names
 * each one, printed alone before it (明馨园小区 / 存在问题：… / 责任单位：… / 黄龙街县医院路段 / 存在问题：…).
 * Only where, for every record after the first, the line before its opening label is short, holds no
 * label, and follows a line that opens with one: a line that is not there for all of them is the
 * text's own, read as it was.
 */
function withNamingLines(text: string, labels: readonly LabelEvidence[], starts: readonly number[]): number[] {
  if (starts.length < 2) return [...starts];
  const labelLines = new Set(labels.map((l) => lineStart(text, l.start)));
  const lineBefore = (at: number): number | null => {
    const s = lineStart(text, at);
    return s === 0 ? null : paragraphBefore(text, at, -1);
  };
  const namingLine = (at: number): number | null => {
    const line = lineBefore(at);
    if (line === null || labelLines.has(line)) return null;
    const words = text.slice(line, lineStart(text, at)).trim();
    return words.length <= MAX_NAMING_LINE && !/[：:]/.test(words) ? line : null;
  };
  const moved = starts.slice(1).map((s) => {
    const line = namingLine(s);
    const before = line === null ? null : lineBefore(line);
    return before !== null && labelLines.has(before) ? line : null;
  });
  if (moved.some((m) => m === null)) return [...starts];
  return [namingLine(starts[0] as number) ?? (starts[0] as number), ...(moved as number[])];
}

// A list item's bullet at a paragraph's start, with the blanks after it.
const LEADING_BULLET = /^[ \t\u3000]*[●•·▪■◆▲△★☆◇□○►▶√※][ \t\u3000]*/;

function labelRecords(text: string, labels: readonly LabelEvidence[]): TextRecord[] {
  const first = labels[0] as LabelEvidence;
  const records: TextRecord[] = [];
  if (OPENING_FIELDS.has(first.field)) {
    const opening = labels.filter((l) => l.field === first.field).map((l) => l.start);
    const starts = withNamingLines(text, labels, opening);
    const named = starts.some((s, k) => s !== opening[k]);
    // Records that each open with the line naming them end with their labels: the last one's too (the
    // article goes on after it: 县委副书记…参加检查。).
    const lastEnd = named ? lastLabelLineEnd(text, labels, starts[starts.length - 1] as number) : text.length;
    starts.forEach((s, k) => {
      const e = starts[k + 1] ?? lastEnd;
      records.push({ start: s, end: e, numberStart: null, numberEnd: null, evidence: evidenceIn(text, s, e) });
    });
    return records;
  }
  // Blocks of labels, each after the paragraph it labels.
  let k = 0;
  let floor = 0;
  while (k < labels.length) {
    let j = k;
    while (j + 1 < labels.length && text.slice((labels[j] as LabelEvidence).valueEnd, (labels[j + 1] as LabelEvidence).start).trim() === "") j++;
    const blockStart = (labels[k] as LabelEvidence).start;
    const blockEnd = (labels[j] as LabelEvidence).valueEnd;
    // The paragraph before the labels, or the labels' own line where the paragraph runs into them (…围墙多处破损。
    // (责任单位:…)): the line before it is another's (the notice's 现将…通报如下:).
    const ownLine = text.slice(lineStart(text, blockStart), blockStart).replace(/[\s(\uff08\u3014[]/g, "").length >= MIN_SENTENCE;
    const para = ownLine ? null : paragraphBefore(text, blockStart, floor);
    const start = para ?? lineStart(text, blockStart);
    // Read again over the record's range, as a numbered record's are: a bracket the labels were printed in
    // ((主体责任：…，监督责任：…)) is theirs, and a bracket of units and roles closing the paragraph ((责任单位：…，
    // 完成时限：2023年9月)) is read as one, its labels its roles.
    const all = evidenceIn(text, start, blockEnd);
    const block = labels.slice(k, j + 1);
    const inBracket = (l: LabelEvidence): boolean => all.some((e) => e.kind === "bracket" && e.start <= l.start && l.valueEnd <= e.end);
    const own = all.filter((e) => e.kind === "label");
    const bracketed = all.some((e) => e.kind === "bracket") && block.every((l) => inBracket(l) || own.some((o) => o.labelEnd === l.labelEnd));
    // A bullet that opens the paragraph (● 白茶市场存在…) marks the item as a number would: printed as its number.
    const bullet = LEADING_BULLET.exec(text.slice(start, blockStart));
    const evidence = bracketed ? all : own.length === block.length ? own : block;
    records.push({ start, end: blockEnd, numberStart: bullet ? start : null, numberEnd: bullet ? start + bullet[0].length : null, evidence });
    floor = blockEnd;
    k = j + 1;
  }
  return records;
}

// A document's title glued before the first record on its line, a space between (a page of a
// paginated mirror: 全市安全生产工作要点 加强应急预案的培训和演练。…): the title, not the task's words.
const GLUED_TITLE = /^([^\s。，,；;：:()（）]{4,40}?(?:要点|方案|计划|纲要|清单|分解表|分工表|任务表|一览表))[ \t\u3000]+(?=\S)/;

/** The first record's start moved past a document title glued before it on the text's first line. */
function withoutGluedTitle(text: string, records: TextRecord[]): TextRecord[] {
  const first = records[0];
  if (!first || text.slice(0, first.start).trim() !== "") return records;
  const m = GLUED_TITLE.exec(text.slice(first.start));
  if (!m) return records;
  return [{ ...first, start: first.start + m[0].length }, ...records.slice(1)];
}

export function recordsWithoutNumbers(text: string): TextRecord[] {
  return withoutGluedTitle(text, recordsOf(text));
}

function recordsOf(text: string): TextRecord[] {
  const labels = labelEvidence(text, 0, text.length);
  if (labels.some(isTaskEvidence)) return labelRecords(text, labels).filter((r) => r.evidence.some(namesWhoActs));
  // Paragraphs that each end with their bracket of units: sentences (not a page's 来源：X（Y） line),
  // and more than one of them.
  const records = unitBrackets(text, 0, text.length)
    .map((b) => ({ start: lineStart(text, b.start), end: b.end, numberStart: null, numberEnd: null, evidence: [b] }))
    .filter((r) => {
      const wording = text.slice(r.start, (r.evidence[0] as { start: number }).start).trim();
      return wording.length >= MIN_SENTENCE && !/^[^。，,]{0,12}[:\uff1a]/.test(wording);
    });
  // One is enough when its bracket says who does what in role words (…分别牵头实施): a page from
  // inside a list of such tasks holds as few as one.
  const only = records.length === 1 ? (records[0]?.evidence[0] as BracketEvidence | undefined) : undefined;
  const roled = only !== undefined && only.group.markers.length > 0;
  return records.length >= 2 || roled ? records : [];
}
