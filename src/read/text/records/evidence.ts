import { bracketDepth, bracketStep } from "../../../genre/brackets.js";
import { cutInsideName } from "../../../genre/line-breaks.js";
import { labelLineField, labelsWithColon } from "../../../genre/labels.js";
import { dutyHolder, sectionUnit } from "../../../genre/section-units.js";
import { DUTY_VERB, ROLE_BEFORE_UNITS, firstCharge } from "../../../genre/duties.js";
import { CONTENT_START_WORDS, startWord } from "../../../genre/policy-words.js";
import { simplified } from "../../../genre/script.js";
import { isStandingNote, listPieces, readUnitGroup, type GroupRole, type UnitGroup } from "../../../genre/unit-groups.js";
import { COLLECTIVE_OR_ROLE, readsAsUnit, readsAsUnitList } from "../../../genre/units.js";
import { closesDocument } from "../../../genre/site-chrome.js";
import { fieldForHeader, isHeaderTerm } from "../../../genre/headers.js";
import { groupPeopleField, isGroupPeopleWord } from "../../../genre/group-people.js";
import { namesBelowEnd } from "../../../genre/people.js";
import { type ColumnField, isUnitField, UNIT_FIELDS } from "../../../model/fields.js";
import { textLines } from "../split-text.js";

/**
 * What says who does a task, in the text of one record: a bracket of units closing a paragraph
 * （市发改委牵头，…配合）, or labels (牵头单位：… lines, or a label alone on a line with its value below).
 */
export interface BracketEvidence {
  kind: "bracket";
  /** The bracket, from its opening to its closing character. */
  start: number;
  end: number;
  /** Its content, inside the brackets. */
  innerStart: number;
  innerEnd: number;
  group: UnitGroup;
  /** The text ends before the bracket closes. */
  open?: boolean;
  /** No bracket: the units open a sentence that charges them (县公安局要…), read from the sentence (chargedClause). */
  charged?: boolean;
}

export interface LabelEvidence {
  kind: "label";
  field: ColumnField;
  label: string;
  /** The label (with its colon), and its value. */
  start: number;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
  /** The end of the bracket the labels were printed in, when they closed their record in one. */
  closeEnd?: number;
}

/** Units named once in a section's heading for every task under it (县示范区管委会牵头工作（8项）). */
export interface InheritedEvidence {
  kind: "inherited";
  field: ColumnField;
  /** The units in the heading. */
  start: number;
  valueStart: number;
  valueEnd: number;
  /** The heading is the record's own first line (三、卫生所 / 在主席台…): its units, not its wording. */
  ownLine?: boolean;
  /** Words of the heading that no field took (体育部：王昊 under 联系人：王彪): they may say more of its items. */
  unread?: string;
  /** Not a heading's: the units a sentence of the record gives its work to (由县住建局督促…), copied (chargedBy). */
  charged?: boolean;
}

export type Evidence = BracketEvidence | LabelEvidence | InheritedEvidence;

/** Evidence read from the sentence that charges the units (chargedClause), not from a bracket or a label. */
export function isCharged(e: Evidence): boolean {
  return e.kind !== "label" && e.charged === true;
}

const OPENERS: Record<string, string> = { ")": "(", "\uff09": "\uff08", "\u3015": "\u3014", "]": "[", "\u3011": "\u3010" };
const CLOSERS = new Set(Object.keys(OPENERS));
// What may follow a bracket of units before the paragraph ends: a full stop, a comma or nothing.
// A box's border pipe (…(梁徐街道牵头) |) closes it too.
const AFTER_BRACKET = /^[ \t\u3000。.;；,，|]*(?:\r?\n|$)/;
// Or what was done, said after the bracket to the line's end ((责任单位:…)该件实事已全面完成).
const STATUS_AFTER_BRACKET = /^[ \t\u3000。.;；,，]*(?:(?:该|此|本)(?:件|项)(?:实事|工作|任务|项目)?)?(?:已|均已|已经|正在)[^\n。]{0,12}[。.]?[ \t\u3000]*(?:\r?\n|$)/;

/** The opening bracket matching the closing one at `close` (brackets nest: 各县（市、区）政府). */
function openingOf(text: string, close: number, from: number): number {
  const closer = text[close] as string;
  const opener = OPENERS[closer] as string;
  let depth = 0;
  for (let i = close; i >= from; i--) {
    const ch = text[i] as string;
    // Round brackets match each other whatever their width (a mirror mixes ( and ）).
    const isClose = ch === closer || (isRound(closer) && isRound(ch) && (ch === ")" || ch === "\uff09"));
    const isOpen = ch === opener || (isRound(closer) && (ch === "(" || ch === "\uff08"));
    if (isClose) depth++;
    else if (isOpen) {
      depth--;
      if (depth === 0) return i;
    }
    if (ch === "\n" && depth > 0 && close - i > 400) return -1;
  }
  return -1;
}

function isRound(ch: string): boolean {
  return ch === ")" || ch === "\uff09" || ch === "(" || ch === "\uff08";
}

/** The last opening bracket in `text` that no bracket after it closes, or -1. */
function unclosedOpener(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (CLOSERS.has(ch)) depth++;
    else if (Object.values(OPENERS).includes(ch)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

const ROLE_IN_BRACKET = /牵头|配合|参与|协办|负责落实|按职责分工负责/;

/** Brackets of units in text[from, to) that close a paragraph (or the range), or follow a stop and name roles. */
export function unitBrackets(text: string, from: number, to: number): BracketEvidence[] {
  const out: BracketEvidence[] = [];
  for (let i = from; i < to; i++) {
    if (!CLOSERS.has(text[i] as string)) continue;
    const rest = text.slice(i + 1, Math.min(to, i + 1 + 12));
    const closesParagraph = AFTER_BRACKET.test(rest) || STATUS_AFTER_BRACKET.test(text.slice(i + 1, Math.min(to, i + 1 + 24))) || text.slice(i + 1, to).trim().replace(/^[。.;；,，]/, "").trim() === "";
    const open = openingOf(text, i, from);
    if (open < 0) continue;
    // Inside a paragraph, only a bracket after a sentence's stop that names roles (。〔市生态环境局牵头，…参与〕按省的
    // 要求…): the task's text goes on after it.
    // Or one that names roles and closes its sentence (…政策体系(分管副省长负责，省科技厅牵头)。在…): the next task follows.
    const namesRoles = ROLE_IN_BRACKET.test(text.slice(open + 1, i));
    const closesSentence = namesRoles && /^[ \t\u3000]*[。；;，,]/.test(rest);
    if (!closesParagraph && !closesSentence && !(namesRoles && /[。；;]\s*$/.test(text.slice(Math.max(from, open - 2), open)))) continue;
    const group = readUnitGroup(text.slice(open + 1, i));
    if (!group) continue;
    // A bracket inside another one already taken is part of it.
    while (out.length > 0 && (out[out.length - 1] as BracketEvidence).start > open) out.pop();
    out.push({ kind: "bracket", start: open, end: i + 1, innerStart: open + 1, innerEnd: i, group });
  }
  // A bracket of units still open where the text ends (an excerpt cut inside it): its content so far.
  const last = out[out.length - 1];
  const tail = text.slice(last ? last.end : from, to);
  const open = unclosedOpener(tail);
  if (text.slice(to).trim() === "" && open >= 0 && !tail.slice(open + 1).trimEnd().includes("\n")) {
    const start = (last ? last.end : from) + open;
    const end = start + 1 + text.slice(start + 1, to).trimEnd().length;
    const group = readUnitGroup(text.slice(start + 1, end));
    if (group) out.push({ kind: "bracket", start, end, innerStart: start + 1, innerEnd: end, group, open: true });
  }
  out.push(...unitSentences(text, from, to, out));
  // A line of units said in a sentence (由市发改委、商务局、…负责) that the text ends inside: its units so far.
  const opening = openUnitSentence(text, last ? last.end : from, to);
  if (opening) out.push(opening);
  return out.sort((a, b) => a.start - b.start);
}

// A role said in words: who leads, who helps, who does it (负责, 牵头, 承办, 配合, 协办…).
const ROLE_WORD = /(?:负责|牵头|承办|主办|配合|协办|协助|参与|参加|落实)(?:组织)?(?:实施|落实|推进)?[。.;；]?$/;

/**
 * Lines that only say who does the task above, in a sentence (由市发改委、市工信局负责。 /
 * 市住建局负责,市财政局配合。): read as a bracket of units would be.
 */
function unitSentences(text: string, from: number, to: number, taken: readonly BracketEvidence[]): BracketEvidence[] {
  const out: BracketEvidence[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== "\n") continue;
    const raw = text.slice(s, i);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const start = s + lead;
    s = i + 1;
    if (line.length < 4) continue;
    // A task's own sentence before the units (扩大有效需求。由市发改委牵头，…配合。) is wording, read by clauses
    // below; a line that opens on a column's name (责任单位。由环卫处负责…) or with units is all units.
    const first = line.split(/[。；;]/, 1)[0] ?? "";
    const wordingFirst = first !== line.replace(/[。.;；]$/, "") && !/(?:单位|部门)$/.test(first) && !/(?:负责|牵头|承办|主办|配合|协办|协助|参与|落实)/.test(first);
    // A labelled line (部门分工：…牵头，…配合。) is the label's: read once, as a label.
    const labelled = labelsWithColon(line).some((l) => l.start === 0);
    if (!labelled && !wordingFirst && line.length <= 200 && ROLE_WORD.test(line) && !taken.some((b) => b.start < start + line.length && b.end > start)) {
      // 由 stays in the group's text: it is read there as a role word (由…负责), not left over.
      const group = readUnitGroup(line);
      if (group?.parts.some((p) => p.role !== "deadline")) {
        out.push({ kind: "bracket", start, end: start + line.length, innerStart: start, innerEnd: start + line.replace(/[。.;；]$/, "").length, group });
        continue;
      }
    }
    out.push(...byClauses(text, start, start + line.length, taken));
  }
  return out;
}

// A sentence that opens by saying who does it: 由省经贸委承办,省农业厅协办。 / (一)由市发改委负责,市财政局配合,加快….
const BY_OPENING = /(?:^|[。;；:：,，\s]|^[(\uff08][一二三四五六七八九十\d]{1,3}[)\uff09]|\d{1,2}[.、．])由/g;
const CLAUSE_ROLE = /(?:负责(?:考核|督办|督促|指导|落实)?|考核|考评|牵头|承办|主办|配合|协办|协助|参与|参加|提出(?:落实|贯彻)?(?:意见|措施))$/;
// 由 glued to the words before it (…扣2分由市统计局考评): only a closing statement, its clauses running to the record's end.
const BY_GLUED = /(?<=[\u4e00-\u9fa5\d%）)])由/g;

// …共同组织实施, …具体实施: who carries a project out, read only in the record's closing sentence (a 由 mid-sentence
// that says who carries a part out, 此项活动由…组织实施，…, is the wording's).
const CARRIED_OUT = /(?:共同|具体|负责)?(?:组织)?实施$/;

/** Does text[start, end) close the record as a sentence of its own: after a stop, nothing but a stop after it? */
function closesRecord(text: string, start: number, end: number, to: number): boolean {
  return /[。；;]\s*$/.test(text.slice(Math.max(0, start - 2), start)) && text.slice(end, to).replace(/[\s。.;；]/g, "") === "";
}

/** In text[from, to): each 由 that opens a sentence with clauses of units and their roles, those clauses as units. */
function byClauses(text: string, from: number, to: number, taken: readonly BracketEvidence[]): BracketEvidence[] {
  const out: BracketEvidence[] = [];
  const line = text.slice(from, to);
  BY_OPENING.lastIndex = 0;
  BY_GLUED.lastIndex = 0;
  const opening = [...line.matchAll(BY_OPENING)].map((m) => ({ at: m.index + m[0].length, closing: false }));
  const glued = [...line.matchAll(BY_GLUED)].map((m) => ({ at: m.index + m[0].length, closing: true }));
  for (const m of [...opening, ...glued.filter((g) => !opening.some((o) => o.at === g.at))]) {
    const innerStart = from + m.at;
    const start = innerStart - 1;
    // The clauses, each ending on its role word, up to the first that does not.
    let end = innerStart;
    const clause = /[^,，。;；]+/g;
    clause.lastIndex = innerStart;
    // A clause of units alone (市财政局、农业局,各县(市)、区人民政府负责落实) takes the role of the clause after it.
    let reached = innerStart;
    for (let c = clause.exec(text); c && c.index < to; c = clause.exec(text)) {
      if (c.index !== reached && text.slice(reached, c.index).replace(/[,，]/g, "") !== "") break;
      // A clause ends with the record at the latest.
      const words = c[0].slice(0, to - c.index);
      const role = CLAUSE_ROLE.test(words.trim()) || (closesRecord(text, start, c.index + words.length, to) && CARRIED_OUT.test(words.trim()));
      if (!role && !readsAsUnitList(listPieces(words.trim()))) break;
      reached = c.index + words.trimEnd().length;
      if (role) end = reached;
      if (words.length < c[0].length) break;
    }
    if (end === innerStart || taken.some((b) => b.start < end && b.end > start)) continue;
    if (m.closing && text.slice(end, to).replace(/[\s。.;；]/g, "") !== "") continue;
    // The clauses' own closing mark (由…协办。) goes with them.
    if (/[。，,]/.test(text[end] ?? "")) end++;
    const innerEnd = /[。，,]/.test(text[end - 1] ?? "") ? end - 1 : end;
    const group = readUnitGroup(text.slice(start, innerEnd));
    if (!group?.parts.some((p) => p.role !== "deadline")) continue;
    out.push({ kind: "bracket", start, end, innerStart: start, innerEnd, group });
  }
  return out;
}

// 由 and a unit list, a line of its own: who does the task above, said as a sentence.
const BY_UNITS = /(?:^|\n)[ \t\u3000]*由(?=[^\n]{2,})/g;

/** The last line, cut by the text's end, that opens with 由 and units (由市发改委、商务局、政府国…), or null. */
function openUnitSentence(text: string, from: number, to: number): BracketEvidence | null {
  if (text.slice(to).trim() !== "") return null;
  let m: RegExpExecArray | null = null;
  BY_UNITS.lastIndex = from;
  for (let x = BY_UNITS.exec(text); x && x.index < to; x = BY_UNITS.exec(text)) m = x;
  if (!m) return null;
  const start = m.index + m[0].length - 1;
  const end = start + 1 + text.slice(start + 1, to).trimEnd().length;
  const inner = text.slice(start + 1, end);
  if (inner.includes("\n") || /[。;；]/.test(inner)) return null;
  // Every name but the last, which the end may have cut, reads as a unit.
  const pieces = inner.split(/[、,，]/).map((p) => p.trim());
  if (pieces.length < 2 || !pieces.slice(0, -1).every((p) => readsAsUnit(p))) return null;
  const group = readUnitGroup(pieces.slice(0, -1).join("、"));
  return group ? { kind: "bracket", start, end, innerStart: start + 1, innerEnd: end, group, open: true } : null;
}

interface Line {
  start: number;
  end: number;
}

/**
 * The index of the line holding `at`, or -1: a binary search, as an item may hold every line of a
 * text (issue 14: a scan per label made 100,000 labelled lines quadratic).
 */
function lineAt(lines: readonly Line[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid] as Line;
    if (at < line.start) hi = mid - 1;
    else if (at >= line.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// A line that starts on a conjunction (及成效, 和要求) goes on from the line above it.
const CONTINUES = /^[及和与暨]/;

/** The spans of lines to try as a label at line k: two first when they join into a term word for word (整改主要工作 / 及成效). */
function labelSpans(text: string, lines: readonly Line[], k: number): number[] {
  const a = lines[k] as Line;
  const b = lines[k + 1];
  if (!b) return [1];
  const second = text.slice(b.start, b.end).trim();
  return CONTINUES.test(second) || isHeaderTerm(text.slice(a.start, a.end).trim() + second) ? [2, 1] : [1, 2];
}

// A value goes on over the next line when its line stops on a list separator (…等，\n各县、市、区政府。).
const UNFINISHED = /[、,，;；:\uff1a]\s*$/;

/**
 * Labels in text[from, to) (`headed`: the range is a numbered item's, its first line its heading):
 * with a colon (the value runs to the next label, or to the line's end
 * unless the line stops on a separator), or alone on a line (the value is the lines below, up to the
 * next label). A label alone may be wrapped over two lines (整改主要工作 / 及成效).
 */
// A colon opening a line, the label before it lost, and what follows it.
const LOST_LABEL = /^([ \t\u3000]*)[:\uff1a]([^:\uff1a\n]{2,120})$/;
/** The label a lost one stands for, in the header: the genre's own word for units. */
export const LOST_UNITS_LABEL = "责任单位";

export function labelEvidence(text: string, from: number, to: number, headed = false): LabelEvidence[] {
  const hits: LabelHitAt[] = [];
  const lines = textLines(text, from, to);
  const taken = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    const lineText = text.slice(line.start, line.end);
    // An item's own first line (二、重点工作) is its heading, not a label.
    if (headed && k === 0 && text.slice(from, line.start).trim() === "") continue;
    for (const span of labelSpans(text, lines, k)) {
      const group = lines.slice(k, k + span);
      if (group.length < span) break;
      const joined = group.map((l) => text.slice(l.start, l.end).trim()).join("");
      const field = labelLineField(joined);
      if (field !== null && !(span === 2 && labelLineField(text.slice((group[1] as Line).start, (group[1] as Line).end)) !== null)) {
        let last = k + span - 1;
        // A note in brackets printed under the label (反馈问题 / （整改任务）) is the label's.
        const below = lines[last + 1];
        if (below && /^[(\uff08][^)\uff09]{1,12}[)\uff09][:\uff1a]?$/.test(text.slice(below.start, below.end).trim())) last++;
        const label = lines.slice(k, last + 1).map((l) => text.slice(l.start, l.end).trim()).join("").replace(/[:\uff1a]$/, "");
        hits.push({ field, label, start: line.start + (lineText.length - lineText.trimStart().length), labelEnd: (lines[last] as Line).end, alone: true });
        for (let j = k; j <= last; j++) taken.add(j);
        k = last;
        break;
      }
    }
  }
  const labelled = new Set<number>();
  for (const h of labelsWithColon(text, from, to)) {
    const k = lineAt(lines, h.start);
    if (taken.has(k)) continue;
    labelled.add(k);
    hits.push({ field: h.field, label: h.label, start: h.start, labelEnd: h.valueStart, alone: false });
  }
  // A working group's people beside its duties (组织协调组组长:XXX成员:XXX主要职责:负责…): where a label gives
  // the duties, the group's head leads it and its deputies and members are kept under their own words.
  groupPeopleHits(text, from, to, hits);
  // A line of units under a colon whose label a mirror dropped (… / :市市容局): the units' label, said so.
  lines.forEach((line, k) => {
    const m = LOST_LABEL.exec(text.slice(line.start, line.end));
    if (!m || taken.has(k) || labelled.has(k) || !readsAsUnitList(listPieces((m[2] as string).trim().replace(/[。.]$/, "")))) return;
    const at = line.start + (m[1] as string).length;
    hits.push({ field: "units", label: LOST_UNITS_LABEL, start: at, labelEnd: at + 1, alone: false });
  });
  // An activity's time (时 间：3月27日) beside the bodies that hold it (承办单位：…) is the date its work is due;
  // alone, in a notice's lines, it is kept under its words.
  if (hits.some((h) => isUnitField(h.field))) for (const h of hits) if (h.field === "extra" && /^时[ \u3000]?间$/.test(h.label)) h.field = "deadline";
  hits.sort((a, b) => a.start - b.start);
  // Labels alone on lines one under the other, no value between them, are a table's header
  // printed one cell per line (目标任务 / 监考单位), not labels.
  const header = new Set<number>();
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    if (h.alone && next?.alone && text.slice(h.labelEnd, next.start).trim() === "") {
      header.add(i);
      header.add(i + 1);
    }
  });
  return hits.filter((_, i) => !header.has(i)).map((h, i, kept) => {
    const next = kept[i + 1];
    const limit = next ? next.start : to;
    let valueEnd = limit;
    if (!h.alone) {
      // To the end of the line, and on over lines that continue it.
      let e = text.indexOf("\n", h.labelEnd);
      while (e >= 0 && e < limit && UNFINISHED.test(text.slice(h.labelEnd, e))) {
        const n = text.indexOf("\n", e + 1);
        if (n < 0 || n > limit) {
          e = limit;
          break;
        }
        e = n;
      }
      // A label whose value is on the next line (协同责任单位：\n市农业农村局…).
      if (e >= 0 && e < limit && text.slice(h.labelEnd, e).trim() === "") {
        const n = text.indexOf("\n", e + 1);
        e = n < 0 || n > limit ? limit : n;
      }
      valueEnd = e < 0 || e > limit ? limit : e;
      // A list of units cut by the line's end inside a name (市地方金融监 / 管局,滁州经开区…): the next
      // lines go on with it while the list joined up still reads as units.
      if (UNIT_LIST_FIELDS.has(h.field)) valueEnd = wrappedUnitsEnd(text, h.labelEnd, valueEnd, limit);
      else if (PROSE_FIELDS.has(h.field)) valueEnd = wrappedProseEnd(text, valueEnd, limit);
      else if (PEOPLE_FIELDS.has(h.field) || isGroupPeopleWord(h.label)) valueEnd = namesBelowEnd(text, valueEnd, limit);
    }
    const label = { kind: "label", field: h.field, label: h.label, start: h.start, labelEnd: h.labelEnd, valueStart: h.labelEnd, valueEnd } as LabelEvidence;
    return h.alone ? label : inBracket(text, label, from);
  });
}

const BRACKET_OPENERS = new Set(["(", "\uff08", "\u3014", "[", "\u3010"]);

/**
 * A label printed in brackets inside a line (联盛快乐城(责任单位:县商务局):前期通报…): the bracket is the
 * label's, and its value ends where the bracket closes, the line's words after it the wording's. The label
 * as it was when no bracket opens right before it, or the bracket does not close inside its value.
 */
function inBracket(text: string, label: LabelEvidence, from: number): LabelEvidence {
  let open = label.start - 1;
  while (open >= from && /[ \t\u3000]/.test(text[open] as string)) open--;
  if (open < from || !BRACKET_OPENERS.has(text[open] as string)) return label;
  let depth = 0;
  for (let i = open; i < label.valueEnd; i++) {
    const step = bracketStep(text[i] as string);
    depth += step;
    if (depth === 0 && step < 0) {
      // Closed inside the value, with the line going on after it: the bracket ends the value.
      if (text.slice(i + 1, label.valueEnd).trim().replace(/^[。.;；,，]/, "").trim() === "") return label;
      return { ...label, start: open, valueEnd: i, closeEnd: i + 1 };
    }
  }
  return label;
}

/** A label's place in the text before its value is read: what labelEvidence collects. */
interface LabelHitAt {
  field: ColumnField;
  label: string;
  start: number;
  labelEnd: number;
  alone: boolean;
}

/**
 * A working group's people beside its duties (组织协调组组长:XXX成员:XXX主要职责:负责…, or 组长：孙黎明 / 职责：…):
 * where a label gives the duties, the group's head leads it and its deputies and members are kept under their
 * own words. Added to `hits`; a duties label's start is moved past a name glued before it.
 */
function groupPeopleHits(text: string, from: number, to: number, hits: LabelHitAt[]): void {
  // A bare 职责： after the group's head (组长：孙黎明 / 职责：1.…) is that label too.
  const head = GROUP_HEAD_LABEL.exec(text.slice(from, to));
  if (head && !hits.some((h) => h.field === "content" && /职责/.test(h.label))) {
    BARE_DUTIES_LABEL.lastIndex = from + head.index;
    const bare = BARE_DUTIES_LABEL.exec(text);
    if (bare && bare.index < to && !hits.some((h) => h.start <= bare.index && bare.index < h.labelEnd)) {
      const at = bare.index + (bare[0].length - bare[0].trimStart().length);
      hits.push({ field: "content", label: (bare[1] as string), start: at, labelEnd: bare.index + bare[0].length, alone: false });
    }
  }
  if (hits.some((h) => h.field === "content" && /职责/.test(h.label))) {
    GROUP_PEOPLE_LABEL.lastIndex = from;
    for (let m = GROUP_PEOPLE_LABEL.exec(text); m && m.index < to; m = GROUP_PEOPLE_LABEL.exec(text)) {
      const start = m.index;
      if (hits.some((h) => h.start <= start && start < h.labelEnd)) continue;
      // A label spaced to a column's width (组 长：) is the same word.
      const label = (m[1] as string).replace(/[ \u3000]/g, "");
      hits.push({ field: groupPeopleField(label), label, start, labelEnd: start + m[0].length, alone: false });
    }
    // A person's name glued before the duties' label (组长:张明主要职责:) is the name's, not the label's qualifier.
    const firstPeople = Math.min(...hits.filter((h) => isGroupPeopleWord(h.label)).map((h) => h.start));
    for (const h of hits) {
      if (h.field !== "content" || h.start < firstPeople) continue;
      const cut = [...h.label].findIndex((_, i) => i > 0 && h.label.length - i >= MIN_QUALIFIED_TERM && isHeaderTerm(h.label.slice(i)) && fieldForHeader(h.label.slice(i)) === h.field);
      if (cut > 0) {
        h.start += cut;
        h.label = h.label.slice(cut);
      }
    }
  }
}

// A working group's people, labelled (组长:…, 副总指挥:…, 成员:…); their fields are genre/group-people.ts's.
// Its member bodies (成员部门:党政综合办、公共服务办) are the units that do its work. A label spaced to a
// column's width (组  长：) is the same word.
const GROUP_PEOPLE_LABEL = /(副?[ \u3000]{0,8}组[ \u3000]{0,8}长|副?总指挥|副?指挥长|(?:成员|组成)(?:部门|单位)|成[ \u3000]{0,8}员|组[ \u3000]{0,8}员)\s*[:\uff1a]/g;
const GROUP_HEAD_LABEL = /(?<!副)(?:组[ \u3000]{0,8}长|总指挥|指挥长)\s*[:\uff1a]/;
// 职责： after the group's head, at a line's start or glued to the value before it.
const BARE_DUTIES_LABEL = /(?:^|(?<=[\n\s]))[ \t\u3000]*((?:主要|工作)?职\s?责)\s*[:\uff1a]/gm;
// The shortest term a qualified label ends with (主要职责).
const MIN_QUALIFIED_TERM = 4;

const UNIT_LIST_FIELDS: ReadonlySet<ColumnField> = new Set(UNIT_FIELDS);
const PEOPLE_FIELDS: ReadonlySet<ColumnField> = new Set(["contacts", "leaders"]);
// A line that starts a new field or item is never a list's next line.
const STARTS_OWN = /^\s*(?:[\d一二三四五六七八九十]{1,3}\s*[、.．]|[(（]|[\u4e00-\u9fa5]{2,8}[:：])/;

// A line that is one bracket (its stop after it).
const WHOLE_BRACKET = /^\s*[(\uff08][^()\uff08\uff09]+[)\uff09][。.]?\s*$/;

const PROSE_FIELDS: ReadonlySet<ColumnField> = new Set(["title", "content", "target", "progress", "source"]);
const SENTENCE_DONE = /[。；;！？!?]\s*$/;

/** A sentence cut by the line's end (治理工作目标:实行定点屠宰区域的猪、牛、羊定点 / 屠宰率均达85%以上;): it goes on below. */
function wrappedProseEnd(text: string, end: number, limit: number): number {
  let e = end;
  for (;;) {
    if (e >= limit || text[e] !== "\n") return e;
    const lineStart = text.lastIndexOf("\n", e - 1) + 1;
    if (SENTENCE_DONE.test(text.slice(lineStart, e))) return e;
    const next = text.indexOf("\n", e + 1);
    const lineEnd = next < 0 || next > limit ? limit : next;
    const line = text.slice(e + 1, lineEnd);
    if (line.trim() === "" || STARTS_OWN.test(line) || labelsWithColon(line).length > 0) return e;
    e = lineEnd;
  }
}

function wrappedUnitsEnd(text: string, from: number, end: number, limit: number): number {
  let e = end;
  for (;;) {
    if (e >= limit || text[e] !== "\n") return e;
    const next = text.indexOf("\n", e + 1);
    const lineEnd = next < 0 || next > limit ? limit : next;
    const line = text.slice(e + 1, lineEnd);
    // A standing note in brackets on the line under the list ((列第一位者为牵头单位，下同)) is the list's.
    if (WHOLE_BRACKET.test(line) && isStandingNote(line)) {
      e = lineEnd;
      continue;
    }
    if (line.trim() === "" || STARTS_OWN.test(line)) return e;
    const value = text.slice(from, e).trim().replace(/[。.]$/, "");
    // A bracket left open at the line's end (…政府(管委会 / )) closes on the next line.
    if (bracketDepth(value) > 0) {
      e = lineEnd;
      continue;
    }
    // The last name so far ends unfinished (no unit's suffix), and joined with the next line's first one it reads as a unit.
    const lastName = value.split(/[、,，;；\s]/).pop() ?? "";
    const firstNext = line.trim().split(/[、,，;；\s。]/)[0] ?? "";
    if (lastName === "") return e;
    // Or the list goes on whole on the next line (县发改委、环保局 / 各乡镇（街道）、黎阳建管办):
    // every name on it reads as a unit, and it is not the issuer signing the document.
    const listGoesOn = readsAsUnit(lastName) && isUnitLine(line);
    // Or the name was cut where its first part reads as a unit too (…滁州经开区管委 / 会、中新…).
    if (!listGoesOn && !cutInsideName(value, line) && (readsAsUnit(lastName) || !readsAsUnit(lastName + firstNext))) return e;
    e = lineEnd;
  }
}

// A line that only lists units: short, no sentence in it.
const MAX_UNIT_LINE = 80;

/** Every name on the line reads as a unit, and the line is not a signature (某市人民政府办公室). */
function isUnitLine(line: string): boolean {
  const t = line.trim().replace(/[。.;；]$/, "");
  if (t === "" || t.length > MAX_UNIT_LINE || /[。:：]/.test(t) || closesDocument(t)) return false;
  const names = t.split(/[、,，;；]/).map((n) => n.trim());
  return names.every((n) => n !== "" && readsAsUnit(n));
}

/** Fields that say who does a task, or when: a record with one of them is a task. */
export const TASK_FIELDS: ReadonlySet<ColumnField> = new Set([...UNIT_FIELDS, "leaders", "contacts", "deadline"]);

const UNIT_ROLES: ReadonlySet<GroupRole> = new Set(["lead", "support", "units"]);

/** Evidence that names units (a bracket of units, a unit's label), not only people or a date. */
export function namesUnits(e: Evidence): boolean {
  if (e.kind === "bracket") return e.group.parts.some((p) => UNIT_ROLES.has(p.role));
  return e.kind === "inherited" || isUnitField(e.field);
}

export function isTaskEvidence(e: Evidence): boolean {
  return e.kind === "bracket" || TASK_FIELDS.has(e.field);
}

/**
 * Evidence that a record is a task: a unit, a leader, a deadline. A contact alone (联系人：赵海，
 * 联系电话：…) is how a page or a notice ends, not a task.
 */
export function namesWhoActs(e: Evidence): boolean {
  return isTaskEvidence(e) && !(e.kind === "label" && e.field === "contacts");
}

// A heading that names who does the tasks under it: 县示范区管委会牵头工作（8项）, 市发改委负责事项.
const HEADING_UNITS = /^(.{2,30}?)(?:牵头|负责|承担|主抓)(?:的)?(?:重点)?(?:工作|事项|任务)/;

/** The units a section heading names for its tasks, as a range of the text, or null. */
export function headingUnits(text: string, from: number, to: number): InheritedEvidence | null {
  const { words, start } = headingLine(text, from, to);
  const m = HEADING_UNITS.exec(words);
  if (m && readsAsUnit(m[1] as string)) return { kind: "inherited", field: "leadUnits", start, valueStart: start, valueEnd: start + (m[1] as string).length };
  return null;
}

/** A heading item's first line in text[from, to): its words, trimmed, and where they start. */
export function headingLine(text: string, from: number, to: number): { words: string; start: number } {
  const nl = text.indexOf("\n", from);
  const line = text.slice(from, nl < 0 || nl > to ? to : nl);
  return { words: line.trim(), start: from + (line.length - line.trimStart().length) };
}

/**
 * The unit a heading that is only a unit's name gives the items under it (7、财务处 / (1)负责新生银行卡的
 * 制作； / (2)…), as a range of the text, or null. Only where they read as its duties, half of them at
 * least opening as duties do, not as the problems found at a place (1. 市科技馆 / (1)院内电动车…); never
 * a collective's or a role's (成员单位职责).
 */
export function headingBody(text: string, from: number, to: number, items: readonly string[]): InheritedEvidence | null {
  const { words, start } = headingLine(text, from, to);
  const unit = sectionUnit(words);
  if (unit === null || COLLECTIVE_OR_ROLE.test(unit)) return null;
  if (items.filter(opensDuty).length * 2 < items.length) return null;
  return { kind: "inherited", field: "units", start, valueStart: start, valueEnd: start + unit.length };
}
const DUTY_OPENING = new RegExp(`^\\s*(?:${DUTY_VERB.source}|保证|保障|提供|安排|维持|协调|承办|接待|发放|准备)`);

/** Does an item open as a duty does: a duty's verb (负责, 协助, 保证…) or an action a task's wording opens with (制定, 做好)? */
export function opensDuty(item: string): boolean {
  return DUTY_OPENING.test(item) || startWord(simplified(item.trimStart()), CONTENT_START_WORDS).length >= 2;
}

/**
 * The holder a heading says the items under it are the duties of (二、县级河湖长主要履行以下职责 / (一)…；
 * (二)…), as a range of the text, or null: said in so many words, it needs no other sign.
 */
export function headingHolder(text: string, from: number, to: number): InheritedEvidence | null {
  const { words, start } = headingLine(text, from, to);
  const holder = dutyHolder(words);
  if (holder === null) return null;
  const at = start + words.indexOf(holder.name);
  return { kind: "inherited", field: holder.field, start: at, valueStart: at, valueEnd: at + holder.name.length };
}

// The verbs that charge the units opening a sentence with a task (县公安局要…, 县住建局负责…, 市、县人民政府应当…).
const CHARGE_WORD = /^(?:要|负责|牵头|承担|应当|应)$/;
// Units before their charge are a short list.
const MAX_CHARGED_UNITS = 40;
// A title sentence before the charged one ((九)民爆器材管理。县公安局要…) is short.
const MAX_TITLE_SENTENCE = 30;
// A sentence that opens with a conjunction or preposition goes on another: its first words name no units.
const GOES_ON_OPENING = /^(?:与|和|及|同|并|对|向|在|为|由|会同|按照|根据|通过|经|将|把|其中|同时|对于|关于)/;
// What is left after the charge must be a duty of some words.
const MIN_CHARGED_DUTY = 4;

/** The units that open the sentence at `at` and the verb that charges them (县公安局要重点检查…), or null. */
function chargedAt(text: string, at: number, to: number): BracketEvidence | null {
  const head = simplified(text.slice(at, Math.min(to, at + MAX_CHARGED_UNITS + 4)));
  const verb = firstCharge(head, 2);
  if (!verb || !CHARGE_WORD.test(verb[0])) return null;
  const units = head.slice(0, verb.index);
  if (/[。；;，,:\uff1a\n()\uff08\uff09“”"]/.test(units) || GOES_ON_OPENING.test(units)) return null;
  const pieces = listPieces(units);
  // Bodies of their own: a notice's charges to collectives (各乡镇、各部门要…) are the notice's, not a task's units.
  if (pieces.length === 0 || !readsAsUnitList(pieces) || pieces.some((p) => COLLECTIVE_OR_ROLE.test(p))) return null;
  if (text.slice(at + verb.index + verb[0].length, to).replace(/\s/g, "").length < MIN_CHARGED_DUTY) return null;
  const group = readUnitGroup(units);
  if (!group) return null;
  const end = at + units.length;
  return { kind: "bracket", start: at, end, innerStart: at, innerEnd: end, group, charged: true };
}

/**
 * A record that names its units in no bracket or label but as the subject its text charges, at its
 * opening (1.县财政局要…) or after a short title sentence or line ((九)民爆器材管理。县公安局要重点检查…):
 * those units, or null. The charging verb stays the wording's, as a duty written after its units keeps it.
 */
export function chargedClause(text: string, from: number, to: number): BracketEvidence | InheritedEvidence | null {
  const start = from + (text.slice(from, to).length - text.slice(from, to).trimStart().length);
  const opening = chargedAt(text, start, to);
  if (opening) return opening;
  // Work given with 由 at a line's or sentence's opening says its units whatever the title before it.
  const stop = /[。\n]/.exec(text.slice(start, Math.min(to, start + MAX_TITLE_SENTENCE + 1)));
  if (!stop || /[，,；;]/.test(text.slice(start, start + stop.index))) return chargedBy(text, from, to);
  let next = start + stop.index + 1;
  while (next < to && /\s/.test(text[next] as string)) next++;
  return (next < to ? chargedAt(text, next, to) : null) ?? chargedBy(text, from, to);
}

// A line or sentence that gives the work to its units with 由 (整改措施：由县住建局督促商户更换。/ 由联合执法组负责整治。):
// the units before a verb of doing or seeing to it.
const GIVEN_BY = /(?:^|(?<=[。；;:\uff1a\n]))[ \t\u3000]*由(?=[^，,。；;:\uff1a\n]{2})/g;
// The ones in charge, then who supports them (负责、区运输管理所配合 / 牵头，市财政局协助).
const SUPPORTED = /^(负责|牵头)[、，,]?([^，,。；;:\uff1a\n]{2,40}?)(?:配合|协助|参与|协办)/;
const SEES_TO = /^(?:负责|牵头|督促|组织|落实|实施|承办|协调|督办|跟踪|核查|整治|配合)/;
// Units given so are a short list.
const MAX_GIVEN_UNITS = 40;

/**
 * The units a line or sentence of the record gives its work to with 由 (由县住建局督促商户更换。), the first
 * such: copied to the units, the sentence kept whole in the wording, as a 由 clause is read in prose. The
 * units end before the first verb of seeing to it that leaves a list of bodies before it (由市容环境综合整治
 * 联合执法工作组负责整治: not at 整治). Null when none, or when they are no bodies of their own.
 */
function chargedBy(text: string, from: number, to: number): InheritedEvidence | null {
  // At the record's own opening too, after its number's words (一是由区运输管理所负责…).
  const opening = /^[ \t\u3000]*由(?=[^，,。；;:\uff1a\n]{2})/.exec(text.slice(from, to));
  const starts: number[] = opening ? [from + opening[0].length] : [];
  GIVEN_BY.lastIndex = from;
  for (let m = GIVEN_BY.exec(text); m && m.index < to; m = GIVEN_BY.exec(text)) starts.push(m.index + m[0].length);
  for (const at of starts) {
    const clause = /^[^，,。；;:\uff1a\n]*/.exec(text.slice(at, Math.min(to, at + MAX_GIVEN_UNITS + 4)))?.[0] ?? "";
    for (let j = 2; j < clause.length; j++) {
      if (!SEES_TO.test(clause.slice(j))) continue;
      const named = clause.slice(0, j);
      const role = ROLE_BEFORE_UNITS.exec(named)?.[0] ?? "";
      const pieces = listPieces(named.slice(role.length));
      if (pieces.length === 0 || !readsAsUnitList(pieces) || pieces.some((p) => COLLECTIVE_OR_ROLE.test(p))) continue;
      const valueStart = at + role.length;
      // 由区公安分局负责、区运输管理所配合做好…: the bodies that support the ones in charge are given with their roles.
      const supported = SUPPORTED.exec(clause.slice(j));
      const supporters = supported && readsAsUnitList(listPieces(supported[2] as string)) ? supported[0].length : 0;
      return { kind: "inherited", field: "units", start: valueStart, valueStart, valueEnd: at + j + supporters, ownLine: false, charged: true };
    }
  }
  return null;
}
