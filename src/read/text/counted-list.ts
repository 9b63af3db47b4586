import { INSTRUCTS } from "../../genre/notice.js";
import { CN_NUMERAL, seqValue } from "../../genre/numbering.js";
import { readsAsUnit } from "../../genre/units.js";
import { chargedClause } from "./records/evidence.js";
import type { GridCell, GridRow } from "../../model/grid.js";
import type { Message } from "../../model/message.js";
import type { Locator } from "./locator.js";
import type { Stream } from "./stream.js";
import { SENTENCE_CLOSED } from "./split-text.js";
import { cellAt, paragraphsAt, type TextTable } from "./text-table.js";

/**
 * A list a report announces with its count, as news of a government's promises prints it:
 *
 *     这十件民生实事分别是：完成…道路拓宽改造工程；建成公共租赁住房634套；…；全面启动…。
 *     市政府将集中精力办好10件民生实事。
 *     一是系统治理“停车难、停车贵”，…
 *     二是持续实施街巷改造工程，…
 *
 * The items are its tasks: pieces of the sentence after the colon, cut at its semicolons, or the lines
 * after it that open with an ordinal (一是, 第一项：, 其一). The count said (十件, 20项) must hold them
 * all, and a list in one sentence must have exactly as many pieces, unless the excerpt ends inside it.
 * Each task is flagged: nothing names its unit, and only the count says where the list ends.
 */

// A count and the thing counted: 十件民生实事, 10件实事, 20项政见, 八大工程, 五项重点任务.
// A page may wrap its lines inside the words (20项政 / 见): a line break may stand between any two characters.
const wrapped = (word: string): string => [...word].join("\\n?");
const COUNTED_THINGS = ["实事", "工程", "项目", "任务", "重点工作", "举措", "措施", "事项", "承诺", "政见", "行动"];
const COUNTED = new RegExp(`(\\d{1,2}|${CN_NUMERAL})\\s*(?:件|项|个|条|大)[^。；;：:]{0,8}?(?:${COUNTED_THINGS.map(wrapped).join("|")})`, "g");
// The announcement's sentence ends within this many characters after the count.
const ANNOUNCE_TAIL = 40;
// An ordinal opening an item's line: 一是 / 第一项： / 第一， / 其一，.
const ORDINAL_WORDS = `(?:${CN_NUMERAL}是|第${CN_NUMERAL}(?:项|件|条)?[:：、，,]|其${CN_NUMERAL}[:：、，,])`;
const ORDINAL = new RegExp(`^[ \\t\\u3000]*(${ORDINAL_WORDS})[ \\t\\u3000]*`);
const MIN_ITEMS = 3;
// A list announced with its results (政见及成果如下, 进展情况如下): each item's sentences after its first
// that say what was done are its progress, and the unit they open with is its unit.
const WITH_RESULTS = /成果|进展|完成情况|落实情况|执行情况|推进情况/;
const DONE = /已|完成|正在|启动|开工|建成|落实/;
// What a unit's result sentence says it did, right after its name.
const ACTS = /^(?:办理|推进|完成|已|正在|牵头|负责|会同|组织|开展|于|在|将|对|积极|持续|全面|加快|累计|通过|按|共)/;
// The longest unit name looked for at the opening of a result sentence (工务处中柱码头…: 工务处).
const MAX_UNIT_NAME = 15;

interface Piece {
  start: number;
  end: number;
  /** What was done, after the item's own sentence, and the unit it opens with: stream ranges. */
  progress?: [number, number];
  unit?: [number, number];
  /** The ordinal as printed, if the item has one: [start, end). */
  seq: [number, number] | null;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}

/** Where a paragraph ends from `from` on: its line's end, or further where its lines were wrapped (no stop at their end). */
function paragraphEnd(text: string, from: number): number {
  let end = lineEnd(text, from);
  while (end < text.length && !/[。；;!！?？:：]\s*$/.test(text.slice(Math.max(from, end - 4), end)) && text.slice(end + 1, lineEnd(text, end + 1)).trim() !== "") end = lineEnd(text, end + 1);
  return end;
}

/** The items of a list in one sentence after `from` (its colon), cut at semicolons; the last ends at its stop. */
function sentencePieces(text: string, from: number): Piece[] {
  const end = paragraphEnd(text, from);
  const pieces: Piece[] = [];
  let s = from;
  for (let i = from; i < end; i++) {
    const c = text[i] as string;
    if (c === "；" || c === ";") {
      pieces.push({ start: s, end: i, seq: null });
      s = i + 1;
    } else if (c === "。") {
      pieces.push({ start: s, end: i + 1, seq: null });
      return pieces;
    }
  }
  if (text.slice(s, end).trim() !== "") pieces.push({ start: s, end, seq: null });
  return pieces;
}

/** A piece that opens with its ordinal (一是…；二是…) keeps it apart, as its number. */
function withOrdinal(text: string, piece: Piece): Piece {
  const m = ORDINAL.exec(text.slice(piece.start, piece.end));
  if (!m) return piece;
  const lead = m[0].length - m[0].trimStart().length;
  return { ...piece, start: piece.start + m[0].length, seq: [piece.start + lead, piece.start + m[0].trimEnd().length] };
}

/** The lines after `from` that open with ordinals counted 1, 2, 3…, each an item. */
function ordinalLines(text: string, from: number): Piece[] {
  const pieces: Piece[] = [];
  let s = lineEnd(text, from) + 1;
  while (s < text.length) {
    const e = lineEnd(text, s);
    const line = text.slice(s, e);
    if (line.trim() === "" && pieces.length === 0) {
      s = e + 1;
      continue;
    }
    const m = ORDINAL.exec(line);
    const value = m ? seqValue(m[1] as string) : null;
    const current = pieces[pieces.length - 1];
    // A line that goes on from an item whose sentence did not end: the item wrapped by the page.
    if (!m && current && !SENTENCE_CLOSED.test(text.slice(current.start, current.end))) {
      current.end = e;
      s = e + 1;
      continue;
    }
    if (!m || value !== pieces.length + 1) break;
    const lead = line.length - line.trimStart().length;
    pieces.push({ start: s + m[0].length, end: e, seq: [s + lead, s + m[0].trimEnd().length] });
    s = e + 1;
  }
  return pieces;
}

// An ordinal inside a paragraph, after a stop, a colon or a space (…10件民生实事。 一是…。 二是…), its value's words.
const INLINE_ORDINAL = new RegExp(`(?<=^|[。；;:：\\s])(${ORDINAL_WORDS})[ \\t\\u3000]*`, "gm");
// The first ordinal stands this close after the announcement.
const FIRST_ORDINAL_WITHIN = 120;

/**
 * The items of a list run on in its paragraph (a page flattened into one line, or 一是…；二是…；三是…
 * in one sentence): from each ordinal to the next one counting on; the last to its sentence's stop.
 */
function ordinalRun(text: string, from: number): Piece[] {
  const found: Array<{ start: number; end: number; value: number }> = [];
  INLINE_ORDINAL.lastIndex = from;
  for (let m = INLINE_ORDINAL.exec(text); m; m = INLINE_ORDINAL.exec(text)) {
    const value = seqValue(m[1] as string);
    if (value === found.length + 1 && (found.length > 0 || m.index - from <= FIRST_ORDINAL_WITHIN)) found.push({ start: m.index, end: m.index + m[0].length, value });
    else if (found.length === 0) return [];
  }
  return found.map((o, k) => {
    const next = found[k + 1];
    let end = next ? next.start : text.indexOf("。", o.end);
    if (end < 0) end = lineEnd(text, o.end);
    else if (!next) end += 1;
    // The separator before the next ordinal (；, a space) is no item's.
    while (end > o.end && /[\s；;，,]/.test(text[end - 1] as string)) end--;
    return { start: o.end, end, seq: [o.start, o.end - (text.slice(o.start, o.end).length - text.slice(o.start, o.end).trimEnd().length)] as [number, number] };
  });
}

export function readCountedList(stream: Stream, locator: Locator): TextTable | null {
  const text = stream.text;
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(text); m; m = COUNTED.exec(text)) {
    const count = seqValue(m[1] as string);
    if (count === null || count < MIN_ITEMS) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + ANNOUNCE_TAIL);
    const colon = after.search(/[:：]/);
    const stop = after.search(/[。\n]/);
    // After a colon on the same line, the list; else the lines after the announcement's line.
    let pieces: Piece[] = [];
    let inSentence = false;
    if (colon >= 0 && (stop < 0 || colon < stop)) {
      const from = m.index + m[0].length + colon + 1;
      if (text.slice(from, lineEnd(text, from)).trim() !== "") {
        pieces = sentencePieces(text, from).map((p) => withOrdinal(text, p));
        inSentence = true;
      } else pieces = ordinalLines(text, from);
    } else pieces = ordinalLines(text, m.index + m[0].length);
    // Or run on in the paragraph (a flattened page, 一是…；二是… in one sentence).
    if (pieces.length < MIN_ITEMS) {
      const run = ordinalRun(text, m.index + m[0].length);
      if (run.length >= MIN_ITEMS) {
        pieces = run;
        inSentence = false;
      }
    }
    const last = pieces[pieces.length - 1];
    if (!last || pieces.length < MIN_ITEMS || pieces.length > count) continue;
    // A list in one sentence has as many pieces as it says, unless the excerpt ends inside it.
    const endsText = text.slice(last.end).trim() === "";
    if (inSentence && pieces.length !== count && !endsText) continue;
    // Points that instruct the addressees (一是各单位要…) are a notice's requirements, not its tasks.
    if (pieces.filter((p) => INSTRUCTS.test(text.slice(p.start, p.end))).length * 2 >= pieces.length) continue;
    const firstStart = (pieces[0] as Piece).seq?.[0] ?? (pieces[0] as Piece).start;
    if (WITH_RESULTS.test(text.slice(m.index, firstStart))) for (const p of pieces) withResult(text, p);
    // An item that gives its work to its units (一是由区运输管理所负责做好…, 二是区公安分局要…): those units,
    // copied from its sentence, which stays whole.
    for (const p of pieces) if (!p.unit) p.unit = chargedUnits(text, p);
    return countedTable(stream, locator, pieces, pieces.length < count && endsText);
  }
  return null;
}

/** The units an item's sentence gives its work to, as a range, or undefined. */
function chargedUnits(text: string, piece: Piece): [number, number] | undefined {
  const found = chargedClause(text, piece.start, piece.end);
  if (!found) return undefined;
  return found.kind === "bracket" ? [found.innerStart, found.innerEnd] : [found.valueStart, found.valueEnd];
}

/** Split an item's sentences after its first off as its progress when they say what was done. */
function withResult(text: string, piece: Piece): void {
  const own = text.slice(piece.start, piece.end);
  const stop = own.indexOf("。");
  const rest = own.slice(stop + 1);
  if (stop < 0 || rest.trim() === "" || !DONE.test(rest)) return;
  const from = piece.start + stop + 1 + (rest.length - rest.trimStart().length);
  piece.progress = [from, piece.end];
  piece.end = piece.start + stop + 1;
  // The longest name followed by what the unit did (行政处 办理…, not 行政处办 理…), else the longest name.
  let longest = 0;
  for (let n = Math.min(MAX_UNIT_NAME, piece.progress[1] - from); n >= 2; n--) {
    // 二处, 3个: a count before a unit's last character is a measure (新设据点二处), not a name.
    // A name holds no deed (卫生局新设据点二处已开办 is the unit and what it did).
    const name = text.slice(from, from + n);
    if (!readsAsUnit(name) || /[\d一二三四五六七八九十两几多]/.test(name[n - 2] as string) || /已|完成|办理|正在/.test(name)) continue;
    longest ||= n;
    if (ACTS.test(text.slice(from + n, from + n + 2))) {
      longest = n;
      break;
    }
  }
  if (longest > 0) piece.unit = [from, from + longest];
}

/** A cell whose lines the page wrapped, read as one line (Chinese text needs no space at the join). */
function unwrapped(cell: GridCell): GridCell {
  return cell.text.includes("\n") ? { ...cell, text: cell.text.replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, "") } : cell;
}

function countedTable(stream: Stream, locator: Locator, pieces: readonly Piece[], cut: boolean): TextTable {
  const numbered = pieces.some((p) => p.seq);
  const results = pieces.some((p) => p.progress);
  const units = results || pieces.some((p) => p.unit);
  const named = (text: string): GridCell => ({ text, place: {}, spans: [] });
  const header: GridCell[] = [...(numbered ? [named("序号")] : []), named("工作任务"), ...(units ? [named("责任单位")] : []), ...(results ? [named("进展情况")] : [])];
  const rows: GridRow[] = pieces.map((p, k) => {
    const wording = unwrapped(cellAt(stream, locator, p.start, p.end));
    const empty = (): GridCell => ({ text: "", place: wording.place, spans: [] });
    const seq = p.seq ? cellAt(stream, locator, p.seq[0], p.seq[1]) : empty();
    // The unit is named inside the progress sentence: its cell holds the name, the sentence stays whole.
    const unit = p.unit ? { ...cellAt(stream, locator, p.unit[0], p.unit[1]), spans: [] } : empty();
    const progress = p.progress ? unwrapped(cellAt(stream, locator, p.progress[0], p.progress[1])) : empty();
    const end = p.progress?.[1] ?? p.end;
    const from = p.seq ? p.seq[0] : p.start;
    // The row's place is all it holds, its ordinal too: its raw text is given back as printed over it.
    const place = locator.place(stream.sourceAt(from), stream.sourceAt(end));
    const row: GridRow = { kind: "data", cells: [...(numbered ? [seq] : []), wording, ...(units ? [unit] : []), ...(results ? [progress] : [])], raw: stream.text.slice(from, end).trim(), place };
    if (p.seq) row.seqPrinted = seq.text;
    row.uncertain =
      cut && k === pieces.length - 1
        ? "the excerpt ends inside the list the report announced: this item may go on"
        : p.unit && !p.progress
          ? "read from a list a report announces with its count (十件民生实事…分别是：…): its units were read from the sentence that gives it to them"
          : "read from a list a report announces with its count (十件民生实事…分别是：…): no unit is named with it";
    return row;
  });
  const first = pieces[0] as Piece;
  const last = pieces[pieces.length - 1] as Piece;
  const start = first.seq ? first.seq[0] : first.start;
  const end = last.progress?.[1] ?? last.end;
  const messages: Message[] = [
    {
      ruleId: "counted-list",
      severity: "info",
      reason: `The tasks are the ${pieces.length} items of a list the text announces with its count; each is flagged.`,
      seq: null,
      field: null,
      where: locator.place(stream.sourceAt(start), stream.sourceAt(end)),
    },
  ];
  return { layout: "labelled", header, rows, before: paragraphsAt(stream, locator, 0, start), after: paragraphsAt(stream, locator, end, stream.text.length), messages };
}
