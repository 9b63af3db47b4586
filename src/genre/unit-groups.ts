import { bracketStep } from "./brackets.js";
import { DEADLINE_TEXT } from "./dates.js";
import { fieldForHeader, HEADER_TERMS } from "./headers.js";
import { simplified } from "./script.js";
import { readsAsUnit } from "./units.js";

/**
 * A group of responsible units as the genre writes one in running text, most often in brackets
 * after a task: （市发改委牵头，市财政局等配合）, 〔牵头单位：县行政审批局，责任单位：县直各有关单位〕,
 * （市工商质监局牵头负责）, （省生态环境厅、省发展改革委按职责分工负责）, with a standing note at the
 * end (以下均需各县（市、区）政府落实，不再列出) or a deadline (6月底完成). The group is read into
 * parts, each a range of the text with a role; the words that name roles are markers.
 */
export type GroupRole = "lead" | "support" | "units" | "deadline" | "note" | "leaders" | "contacts";

export interface GroupPart {
  readonly role: GroupRole;
  readonly start: number;
  readonly end: number;
}

export interface UnitGroup {
  readonly parts: readonly GroupPart[];
  /** Role words and labels (牵头, 等配合, 牵头单位：): the group's structure, not a unit's name. */
  readonly markers: ReadonlyArray<readonly [number, number]>;
}

// Words that make a bracket a standing note, not a unit: 以下均需…不再列出, 列第一位者为牵头单位，下同.
const NOTE_WORDS = /以下|下同|未明确|不再(?:一一)?列出|列第一位|列第一的|排名第一|排在第一|首位单位|第一(?:责任)?单位为|为牵头(?:单位|部门)|汇总单位/;

/** Does a note say something for the whole list (以下均需…, 下同, 列第一位者为牵头单位) rather than about this task? */
export function isStandingNote(text: string): boolean {
  return NOTE_WORDS.test(simplified(text));
}
// Role labels inside a group: 牵头单位：… 责任单位：… 配合：… 完成时限：… (and people: 牵头领导：… 责任人：…)
// Any other short name of units labelled so after a separator (数据提供单位：, 督办部门：) names one more role.
// Leaders' labels are the header vocabulary's (headers.ts: 牵头领导, 分管副市长, 责任秘书长…), longest first. A
// contact's (联系电话：…) is not: a notice's own brackets print one beside no task.
const PEOPLE_LABELS = HEADER_TERMS.filter(({ term, field }) => field === "leaders" && term.length >= 3).map(({ term }) => term);
const ROLE_LABEL = new RegExp(String.raw`((?:牵头|责任|分管|包抓|联系|挂钩)领导|责任人|联系人|${PEOPLE_LABELS.join("|")}|牵头责任单位|牵头单位|牵头部门|主责单位|牵头|协同责任单位|配合责任单位|配合单位|配合部门|协同单位|协办单位|参与单位|参加单位|协助单位|责任单位|责任部门|实施单位|配合|参与|完成时限|完成时间|时间节点|时限|(?<=^|[\s;；,，、(（])[\u4e00-\u9fa5]{2,6}(?:单位|部门))\s*[:\uff1a]`, "g");
// A role said after the units of a clause: …牵头, …等配合, …负责落实, …按职责分工负责.
const ROLE_SUFFIX = /(?:^|(?<=[^\s]))(由)?(?:(分别牵头(?:负责|实施)?)|(牵头(?:组织实施|组织落实|[\u4e00-\u9fa5]{0,2})|承办|主办)|((?:等)?(?:有关部门)?(?:共同)?(?:配合|参与|参加|协助|协办|协同)(?:实施|落实|推进)?)|((?:等)?(?:按(?:照)?职责(?:分工)?(?:分别|共同)?|分别|共同)(?:负责|落实|推进)(?:落实)?|(?:等)?按(?:照)?职责(?:分工)?\S{0,2})|((?:等)?(?:具体|抓好)?负责(?:[^，,。；;\s]{1,10}?(?:并|和))?(?:组织)?(?:落实|实施|推进)|(?:等)?(?:抓好|具体)?落实|(?:等)?(?:共同|具体)?(?:组织)?实施)|((?:等(?:部门)?)?(?:研究提出|提出)(?:落实|贯彻)?(?:意见|措施))|((?:等)?负责(?:考核|考评|督办|督促|指导|组织实施|组织)|(?:等)?(?:考核|考评))|((?:等)?负责))$/;
const CLAUSE_SEPARATOR = /[,，;；。]/;

// The role words a list of units may close with in its cell (…区委组织部等按职责分工负责, …等牵头): part of the cell.
const CLOSING_ROLE = /^(?:等(?:有关)?(?:单位|部门)?)?(?:按(?:照)?职责(?:分工)?(?:分别|共同)?)?(?:牵头负责|牵头|具体负责|负责落实|负责|配合|参与|协助)?/;

/** How many characters of role words (等按职责分工负责, 牵头, 等配合) close a list of units at `text`'s start. */
export function closingRoleLength(text: string): number {
  const m = CLOSING_ROLE.exec(text);
  const words = m ? m[0] : "";
  // 等 alone closes an open list (等部门 is part of the name); role words must say a role.
  return /负责|牵头|配合|参与|协助|职责/.test(words) ? words.length : 0;
}

/** A unit's name with the role words that close it cut off (区城管局牵头 → 区城管局); as it is when none do. */
export function withoutClosingRole(text: string): string {
  for (let p = 1; p < text.length; p++) if (closingRoleLength(text.slice(p)) === text.length - p) return text.slice(0, p);
  return text;
}

// duty: …按职责分工负责, the units that each do their part (the lead's support when a lead is named).
type ClauseRole = "lead" | "support" | "units" | "carry" | "responsible" | "duty";

/** Ranges [start, end) of `text` between separators at bracket depth 0. */
function clauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const step = ch === undefined ? 0 : bracketStep(ch);
    if (step > 0) depth++;
    else if (step < 0 && depth > 0) depth--;
    else if (i === text.length || (depth === 0 && (CLAUSE_SEPARATOR.test(ch as string) || (ch === "、" && ROLE_BEFORE_LIST_MARK.test(text.slice(s, i)))))) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

// A role word just before an enumeration mark ends a clause too (区水务局牵头、各街办配合).
const ROLE_BEFORE_LIST_MARK = /(?:牵头|负责|配合|参与|参加|协助|协办|落实)$/;

/** [start, end) without spaces and list punctuation at either end. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s、,，;；。:：]/.test(text[s] as string)) s++;
  while (e > s && /[\s、,，;；。:：]/.test(text[e - 1] as string)) e--;
  return [s, e];
}

/** Units of a list, split at 、，,；;/ outside brackets (各县（市、区）政府 is one). */
export function listPieces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    const step = bracketStep(ch);
    if (step > 0) depth++;
    else if (step < 0 && depth > 0) depth--;
    if (depth === 0 && /[、,，;；/\n]/.test(ch)) {
      if (cur.trim() !== "") out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim() !== "") out.push(cur.trim());
  return out;
}

/** Where a standing note begins in the group (a bracket of its own, or the clause that says it), or -1. */
function noteStart(text: string): number {
  const m = NOTE_WORDS.exec(text);
  if (!m) return -1;
  // Inside a bracket of its own (县发改局（首位单位为牵头单位，下同）、县财政局): that bracket.
  const open = Math.max(text.lastIndexOf("(", m.index), text.lastIndexOf("（", m.index));
  const close = Math.max(text.lastIndexOf(")", m.index), text.lastIndexOf("）", m.index));
  if (open > close) return open;
  // Else the clause it is in, and everything after it.
  let s = m.index;
  while (s > 0 && !/[,，;；。]/.test(text[s - 1] as string)) s--;
  return s;
}

// A column's name alone (责任单位, 牵头部门): what follows its stop is the list, not a note.
const LABEL_WORD = /^(?:[\u4e00-\u9fa5]{0,4})(?:单位|部门)$/;

/**
 * Where a sentence begins after a full stop outside brackets (负责单位：发展改革委、能源局。未明确牵头单位的，
 * 由所列负责单位按职责分工负责): units never go on past a stop, so what follows is a standing note. -1 if none.
 */
function sentenceAfterStop(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const step = bracketStep(text[i] as string);
    depth = Math.max(0, depth + step);
    if (depth !== 0 || text[i] !== "。" || text.slice(i + 1).trim() === "") continue;
    // Not after a column's name alone (责任单位。由环卫处负责…), nor before more units, labels or roles.
    const before = text.slice(0, i).replace(/^[\s(（〔【[]+/, "").trim();
    const rest = text.slice(i + 1);
    ROLE_LABEL.lastIndex = 0;
    const goesOn = ROLE_LABEL.test(rest) || (saysRoles(rest, 0, rest.length) && !NOTE_WORDS.test(rest)) || listPieces(rest.replace(/。$/, "")).every((p) => readsAsUnit(p));
    return LABEL_WORD.test(before) || goesOn ? -1 : i;
  }
  return -1;
}

/** The end of a bracket opened at `open` (its matching close), or -1. */
function bracketEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "（") depth++;
    else if (ch === ")" || ch === "）") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function roleOfLabel(label: string, hasLead: boolean): GroupRole {
  if (/完成|时限|时间/.test(label)) return "deadline";
  if (label === "牵头") return "lead";
  const field = fieldForHeader(label);
  // 牵头领导：…；责任人：… — people named among the units, each to their own field.
  if (field === "leaders" || field === "contacts") return field;
  if (label === "配合" || label === "参与") return "support";
  if (field === "leadUnits") return "lead";
  if (field === "supportUnits") return "support";
  // 牵头单位：…；责任单位：… — the units named after the lead work with it.
  return hasLead ? "support" : "units";
}

function clauseRole(m: RegExpExecArray): ClauseRole {
  if (m[2]) return "units";
  if (m[3]) return "lead";
  if (m[4]) return "support";
  if (m[5]) return "duty";
  if (m[6]) return "carry";
  return "responsible";
}

/** Do the unit parts read as units? At least one piece, and most of them names of units. */
function readsAsUnits(text: string, parts: readonly GroupPart[]): boolean {
  const pieces = parts.filter((p) => p.role === "lead" || p.role === "support" || p.role === "units").flatMap((p) => listPieces(text.slice(p.start, p.end)));
  if (pieces.length === 0) return false;
  const good = pieces.filter((p) => readsAsUnit(p)).length;
  return good / pieces.length >= 0.6;
}

// 县发展改革局（牵头）、县财政局: the lead unit marked in brackets after its name.
const MARK = /[(\uff08]\s*牵头(?:单位|部门)?\s*[)\uff09]/g;

/** A list with exactly one unit marked （牵头）: it leads, the others support it. Null otherwise. */
function markedLead(text: string, end: number): UnitGroup | null {
  const marks = [...text.slice(0, end).matchAll(MARK)];
  if (marks.length !== 1) return null;
  const mark = marks[0] as RegExpMatchArray;
  const at = mark.index ?? 0;
  // The marked unit: back to the list separator before it.
  let s = at;
  while (s > 0 && !/[、,，;；\n]/.test(text[s - 1] as string)) s--;
  const before: Array<[number, number]> = s > 0 ? [[0, s - 1]] : [];
  const after: Array<[number, number]> = at + mark[0].length < end ? [[at + mark[0].length, end]] : [];
  const support = [...before, ...after].filter(([a, b]) => text.slice(a, b).replace(/[\s、,，;；]/g, "") !== "");
  if (support.length === 0) return null;
  return {
    parts: [{ role: "lead", start: s, end: at }, ...support.map(([a, b]) => ({ role: "support" as const, start: a, end: b }))],
    markers: [[at, at + mark[0].length]],
  };
}

/** The parts and markers of one group as they are found, over the group's text. */
class GroupParts {
  readonly parts: GroupPart[] = [];
  readonly markers: Array<readonly [number, number]> = [];

  constructor(
    readonly text: string,
    /** Ranges of standing notes, kept out of the units. */
    readonly notes: ReadonlyArray<[number, number]>,
  ) {}

  add(role: GroupRole, start: number, end: number): void {
    const [s, e] = trimmed(this.text, start, end);
    if (e > s) this.parts.push({ role, start: s, end: e });
  }

  /** The ranges of [s, e) outside the notes. */
  body(s: number, e: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let pos = s;
    for (const [ns, ne] of this.notes) {
      if (ne <= s || ns >= e) continue;
      if (ns > pos) out.push([pos, ns]);
      pos = Math.max(pos, ne);
    }
    if (pos < e) out.push([pos, e]);
    return out;
  }

  /** The group, when its unit parts read as units. */
  finish(): UnitGroup | null {
    for (const [s, e] of this.notes) this.add("note", s, e);
    if (!readsAsUnits(this.text, this.parts)) return null;
    this.parts.sort((a, b) => a.start - b.start);
    return { parts: this.parts, markers: this.markers };
  }
}

/** A standing note in its own bracket inside the list, or at the end: its ranges and where the units end. */
function findNotes(text: string): { notes: Array<[number, number]>; bodyEnd: number } {
  const stop = sentenceAfterStop(text);
  const found = noteStart(text);
  const note = stop >= 0 && (found < 0 || stop < found) ? stop : found;
  if (note < 0) return { notes: [], bodyEnd: text.length };
  const inner = text[note] === "(" || text[note] === "（" ? bracketEnd(text, note) : -1;
  if (inner > 0 && inner < text.length && text.slice(inner).trim() !== "" && !NOTE_WORDS.test(text.slice(inner))) return { notes: [[note, inner]], bodyEnd: text.length };
  return { notes: [[note, text.length]], bodyEnd: note };
}

/** 牵头单位：…；责任单位：…，6月底完成 — each label's value in the role it names. */
function readLabelled(g: GroupParts, labels: readonly RegExpMatchArray[], bodyEnd: number): void {
  const first = labels[0] as RegExpMatchArray;
  for (const [s, e] of g.body(0, first.index ?? 0)) g.add("units", s, e);
  let hasLead = false;
  // The parts under a label of responsible units (责任部门：…), from this index of g.parts on.
  const responsible: number[] = [];
  labels.forEach((m, k) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = (labels[k + 1]?.index ?? bodyEnd) as number;
    g.markers.push([m.index ?? 0, start]);
    const role = roleOfLabel(m[1] as string, hasLead);
    if (role === "lead") hasLead = true;
    if (role === "units") responsible.push(g.parts.length);
    // 责任单位：县扶贫办牵头，县教体局等参加，各镇街落实 — the label's units said in role sentences.
    if (role === "units" && saysRoles(g.text, start, end)) {
      readSentences(g, start, end);
      return;
    }
    for (const [s, e] of g.body(start, end)) {
      if (role === "deadline" || role === "leaders" || role === "contacts") {
        g.add(role, s, e);
        continue;
      }
      // A deadline said after the units (…责任单位：州司法局，6月底完成).
      const cl = clauses(g.text.slice(s, e));
      const last = cl[cl.length - 1];
      if (cl.length > 1 && last && DEADLINE_TEXT.test(g.text.slice(s + last[0], s + last[1]).trim())) {
        g.add(role, s, s + last[0]);
        g.add("deadline", s + last[0], s + last[1]);
      } else g.add(role, s, e);
    }
  });
  // 责任部门：X；配合部门：Y with no lead named: the responsible units lead the ones that work with them, as a
  // table's 责任单位 | 配合单位 columns do.
  if (!hasLead && g.parts.some((p) => p.role === "support")) {
    for (const from of responsible) {
      for (let i = from; i < g.parts.length && g.parts[i]?.role === "units"; i++) g.parts[i] = { ...(g.parts[i] as GroupPart), role: "lead" };
    }
  }
}

/** Whether a clause of text[from, to) ends with role words after its units (…牵头, …按职责分工负责): its units are said in role sentences. */
function saysRoles(text: string, from: number, to: number): boolean {
  const value = text.slice(from, to);
  return clauses(value).some(([a, b]) => {
    const m = ROLE_SUFFIX.exec(value.slice(a, b).trim().replace(/。$/, ""));
    return m !== null && m.index > 0;
  });
}

/** One clause of a group said in sentences: its units and the role its last words give them. */
function readClause(g: GroupParts, s: number, e: number): { role: ClauseRole; start: number; end: number; plain?: boolean } | null {
  const clause = g.text.slice(s, e);
  if (DEADLINE_TEXT.test(clause)) {
    g.add("deadline", s, e);
    return null;
  }
  // 有关部门配合 alone: the departments concerned are the ones that help (after X、 they are the role's words).
  const concerned = CONCERNED_HELP.exec(clause);
  if (concerned) {
    g.markers.push([s + (concerned[1] as string).length, e]);
    return { role: "support", start: s, end: s + (concerned[1] as string).length };
  }
  const m = ROLE_SUFFIX.exec(clause);
  // …区水务局等部门，区国投公司…配合: 等部门 closes a list with no role word open too. (本部分工作由市建委，
  // 市公安消防局…负责: what the clause says before 由 is a marker in a clause with no role word too.)
  if (!m || m.index === 0) {
    const lead = m ? null : BY_PREFIX.exec(clause);
    if (lead && lead[0].length < clause.length) g.markers.push([s, s + lead[0].length]);
    const from = lead && lead[0].length < clause.length ? s + lead[0].length : s;
    return { role: "units", start: from, end: openListEnd(g, from, e), plain: true };
  }
  const roleStart = s + m.index + (m[1] ? m[1].length : 0);
  if (m[1]) g.markers.push([s + m.index, s + m.index + m[1].length]);
  // 由市发改委牵头, 此项工作由市城管局负责: 由 (and what it says of the work) before the units is a marker too.
  let unitsStart = s;
  const by = BY_PREFIX.exec(clause);
  if (by) {
    g.markers.push([s, s + by[0].length]);
    unitsStart = s + by[0].length;
  }
  g.markers.push([roleStart, e]);
  // …会同农业部等部门负责落实: 等部门 closes the list open, it is no unit's name.
  return { role: clauseRole(m), start: unitsStart, end: openListEnd(g, unitsStart, s + m.index) };
}

// What a clause says before the units that do the work: 由, 此项工作由, 该项任务由.
const BY_PREFIX = /^(?:(?:此项|该项|本项|本部分|这部分|该部分|上述|以上)(?:工作|任务|事项)?|[^由，,、；;。]{2,30}?(?:工作|任务|事项))?由/;

// A leader's post (省长, 副市长, 秘书长).
const POST = "副?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|书记|秘书长)";
// A person named with a leader's post (杨志武副市长, 王明常务副县长, 李强书记).
const LEADER_WITH_POST = new RegExp(`^[\\u4e00-\\u9fa5]{2,4}(?:常务)?${POST}$`);
// A leader's post named for the work it follows, no person (分管副省长, 协管副秘书长, 联系市领导).
const POST_ALONE = new RegExp(`^(?:分管|协管|联系|主管|牵头|挂钩)(?:常务)?(?:${POST}|(?:省|市|县|区)?领导)$`);

// A leader's post before the leader's name (常务副省长高建民, 副市长 王明).
const POST_THEN_NAME = new RegExp(`^(?:常务)?${POST}[ \\t\\u3000]*([\\u4e00-\\u9fa5]{2,3})$`);
const NAME_THEN_POST = new RegExp(`^([\\u4e00-\\u9fa5]{2,3}?)(?:常务)?${POST}$`);

/**
 * Where in `text` the name of a leader printed with a post is (常务副省长高建民 → 高建民, 杨志武副市长 →
 * 杨志武), as [start, end); null when the text is not one leader so named.
 */
export function leaderName(text: string): [number, number] | null {
  const t = simplified(text);
  const after = POST_THEN_NAME.exec(t);
  if (after) return [t.length - (after[1] as string).length, t.length];
  const before = NAME_THEN_POST.exec(t);
  return before ? [0, (before[1] as string).length] : null;
}

/** Are the clause's names leaders (杨志武副市长; 分管副省长、协管副秘书长), no units? */
function namesLeaders(clause: string): boolean {
  const pieces = listPieces(clause);
  return pieces.length > 0 && pieces.every((p) => LEADER_WITH_POST.test(p.trim()) || POST_ALONE.test(p.trim()));
}

// The departments concerned, alone in their clause, and their role (有关部门配合, 相关单位参与).
const CONCERNED_HELP = /^((?:有关|相关|其他有关)(?:部门|单位))(?:共同)?(?:配合|参与|参加|协助|协办|协同)(?:实施|落实|推进)?$/;

const OPEN_LIST_END = /等(?:有关|相关)?(?:部门|单位)$/;

/** Where a list of units in text[start, end) ends before a closing 等部门 (marked as a role word), or `end`. */
function openListEnd(g: GroupParts, start: number, end: number): number {
  const open = OPEN_LIST_END.exec(g.text.slice(start, end));
  if (!open || open.index === 0) return end;
  g.markers.push([start + open.index, end]);
  return start + open.index;
}

// X会同Y负责: X leads, together with Y.
const TOGETHER = /会同/;

/** A clause's units said as X会同Y (省发展改革委会同省财政厅、省商务厅负责): X leads, Y supports. */
function together(g: GroupParts, clause: { role: ClauseRole; start: number; end: number }): Array<{ role: ClauseRole; start: number; end: number }> {
  const m = TOGETHER.exec(g.text.slice(clause.start, clause.end));
  if (!m || m.index === 0) return [clause];
  const at = clause.start + m.index;
  g.markers.push([at, at + m[0].length]);
  // In a clause of helpers (…，市财政局会同各县区配合) both sides help.
  const first: ClauseRole = clause.role === "support" ? "support" : "lead";
  return [
    { role: first, start: clause.start, end: at },
    { role: "support", start: at + m[0].length, end: clause.end },
  ];
}

/** 市发改委牵头，市财政局等配合，各县政府负责落实 — each clause's units in the role its last words say. */
function readSentences(g: GroupParts, from: number, to: number): void {
  const found: Array<{ role: ClauseRole; start: number; end: number; plain?: boolean }> = [];
  for (const [bs, be] of g.body(from, to)) {
    for (const [cs, ce] of clauses(g.text.slice(bs, be))) {
      const [s, e] = trimmed(g.text, bs + cs, bs + ce);
      if (e <= s) continue;
      const clause = readClause(g, s, e);
      if (clause) found.push(...together(g, clause));
    }
  }
  // A list cut by a comma (…区水务局等部门，区国投公司、各街道办事处配合): a clause with no role word
  // after a lead takes the role of the clause that ends the list.
  if (found.some((f) => f.role === "lead")) {
    for (let k = found.length - 2; k >= 0; k--) {
      const f = found[k] as (typeof found)[number];
      const next = found[k + 1] as (typeof found)[number];
      if (f.role === "units" && f.plain && (next.role === "support" || (next.role === "units" && next.plain === false))) found[k] = { ...f, role: next.role };
    }
  }
  const hasSupport = found.some((f) => f.role === "support");
  // X负责，Y配合: the unit that is responsible leads the ones that help.
  const responsibleLeads = hasSupport && !found.some((f) => f.role === "lead");
  const hasLead = responsibleLeads || found.some((f) => f.role === "lead");
  for (const f of found) {
    // 由杨志武副市长负责，市发改委牵头 / 分管副省长、协管副秘书长负责，…: people named with a leader's post, or
    // the posts alone, are the task's leaders, no units.
    if (namesLeaders(g.text.slice(f.start, f.end).trim())) {
      g.add("leaders", f.start, f.end);
      continue;
    }
    // …负责落实 after a lead is the work's support (the counties that carry it out).
    // …按职责分工负责 after a lead (市政府办牵头，市级各有关部门按职责分工负责) is the lead's support too.
    const role: GroupRole = f.role === "responsible" ? (responsibleLeads ? "lead" : hasLead ? "support" : "units") : f.role === "carry" || f.role === "duty" ? (hasLead ? "support" : "units") : f.role;
    g.add(role, f.start, f.end);
  }
}

/** Read a group of units with their roles, or null when the text does not read as one. */
export function readUnitGroup(printed: string): UnitGroup | null {
  const text = simplified(printed);
  if (text.trim() === "" || text.length > 400) return null;
  const { notes, bodyEnd } = findNotes(text);
  const g = new GroupParts(text, notes);
  const marked = markedLead(text, bodyEnd);
  if (marked) {
    for (const p of marked.parts) g.add(p.role, p.start, p.end);
    g.markers.push(...marked.markers);
    return g.finish();
  }
  ROLE_LABEL.lastIndex = 0;
  const labels = [...text.slice(0, bodyEnd).matchAll(ROLE_LABEL)];
  if (labels.length > 0) readLabelled(g, labels, bodyEnd);
  else readSentences(g, 0, bodyEnd);
  return g.finish();
}
