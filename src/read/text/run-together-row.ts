import { type ColumnField, isUnitField } from "../../model/fields.js";
import { looksLikeUnit, unitSuffixLength, UNIT_PREFIX } from "../../genre/units.js";
import { closingRoleLength, withoutClosingRole } from "../../genre/unit-groups.js";
import { readNames } from "../../genre/names.js";
import { splitTitle } from "./title-split.js";
import { opensProgress } from "../../genre/progress.js";

/** Where each cell of a run-together row lies, relative to the row text. */
export interface CellCut {
  field: ColumnField;
  /** Index of the header column. */
  column: number;
  start: number;
  end: number;
}

export type TrailingKind = "none" | "fragment" | "garbled" | "postamble" | "unassigned";

export interface RowCut {
  cells: CellCut[];
  /** End of the row's own text; what follows is trailing text. */
  end: number;
  trailing: TrailingKind;
  /** Cells of a fragment of the next row, when trailing is a fragment. */
  fragment: CellCut[];
  /** 0–1: how sure the title/content cut is (1 when there is no such cut). */
  titleConfidence: number;
  /** False when the row could not be cut into its cells (kept whole, for review). */
  ok: boolean;
}

export interface RowPlan {
  prose: Array<{ field: ColumnField; column: number }>;
  units: Array<{ field: ColumnField; column: number }>;
  tail: Array<{ field: ColumnField; column: number }>;
}

export interface DocumentLexicon {
  /** Names the document lists alone in a contact cell. */
  names: ReadonlySet<string>;
  /** Unit names the document lists cleanly between separators. */
  units: ReadonlySet<string>;
}

const PROSE_FIELDS = new Set<ColumnField>(["category", "title", "content", "target", "source", "progress", "note", "extra"]);
const NAME_FIELDS = new Set<ColumnField>(["contacts", "leaders"]);
const SEPARATORS = new Set(["、", ",", "，", ";", "；"]);
// 2024年6月底前, 6月底前, 全年, 第三季度, 上半年, 长期坚持…: how a deadline cell begins and runs on.
const DEADLINE =
  /^(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:年底前|底前|上旬|中旬|下旬|全年|底|前|内)?(?:前)?|长期坚持|持续推进|长期|每年|按季度|全年|(?:第[一二三四]|[一二三四])季度(?:末|底)?(?:前)?|[上下]半年(?:前)?|年底前?|\d{1,2}\s*月(?:底前|中旬|上旬|下旬|底|前)?)+/;

/**
 * Cut the columns of one header into the shape a run-together row can be read in:
 * prose cells first (title, content), then unit lists, then names and deadlines.
 * Returns null for an order this reader cannot cut (the rows are then kept whole for review).
 */
export function planRow(fields: ReadonlyArray<ColumnField>): RowPlan | null {
  const plan: RowPlan = { prose: [], units: [], tail: [] };
  let stage = 0;
  for (let column = 0; column < fields.length; column++) {
    const field = fields[column] as ColumnField;
    if (field === "seq") continue;
    const want = PROSE_FIELDS.has(field) ? 0 : isUnitField(field) ? 1 : 2;
    // A 备注 or progress column may follow the units (…责任单位 | 备注): it is read after them.
    const trailingProse = want === 0 && stage >= 1 && (field === "note" || field === "progress");
    if (want < stage && !trailingProse) return null;
    if (trailingProse) plan.tail.push({ field, column });
    else if (want === 0) plan.prose.push({ field, column });
    else if (want === 1) plan.units.push({ field, column });
    else plan.tail.push({ field, column });
    if (!trailingProse) stage = Math.max(stage, want);
  }
  if (plan.prose.length === 0 || plan.prose.length > 3) return null;
  return plan;
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "\u4e00" && ch <= "\u9fa5";
}

/** Positions just after a sentence end: 。;!? — and an `o` OCR'd for 。 between two CJK characters. */
function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "。" || ch === ";" || ch === "；" || ch === "!" || ch === "！" || ch === "?" || ch === "？") out.push(i + 1);
    else if ((ch === "o" || ch === "O") && isCjk(text[i - 1]) && isCjk(text[i + 1])) out.push(i + 1);
  }
  return out;
}

/** Split at top-level unit separators: [start, end) of each token. */
function tokens(text: string, from: number, to: number, max = Infinity): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let s = from;
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch === "(" || ch === "（") depth++;
    else if ((ch === ")" || ch === "）") && depth > 0) depth--;
    else if (depth === 0 && SEPARATORS.has(ch)) {
      out.push([s, i]);
      if (out.length >= max) return out;
      s = i + 1;
    }
  }
  out.push([s, to]);
  return out;
}

/** Share of characters in `text` that are not Chinese, Chinese punctuation or spaces. */
export function garbleRatio(text: string): number {
  let bad = 0;
  let total = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    total++;
    if (/[A-Za-z0-9\-_~|\\^`]/.test(ch)) bad++;
  }
  return total === 0 ? 0 : bad / total;
}

export function looksGarbled(text: string): boolean {
  const t = text.trim();
  if (t.length < 6) return false;
  const latinRuns = t.match(/[A-Za-z]{1,}/g)?.length ?? 0;
  return garbleRatio(t) >= 0.12 && latinRuns >= 2;
}

/**
 * How a place where the units end is chosen: the reading of the rest of the row (names, dates)
 * that takes the row to its end wins outright; then the one that names most characters; on a tie,
 * the one that leaves least unread (a tie-breaker, too small to outweigh one named character).
 */
const TAIL_SCORE = { consumedToEnd: 1000, reportOpens: 500, perCharLeft: -0.001 } as const;
// How sure a guessed cut of wording from a target or a report is: a target's last sentence that
// sets a date or a figure, none found (all wording), a report's opening words found, none found.
const CUT_CONFIDENCE = { targetSentence: 0.5, noTarget: 0.3, progressOpening: 0.6, none: 0 } as const;

// Names in one contact cell fit in this many characters; reading further only costs time.
const NAMES_WINDOW = 80;
// A row is cut at one of its first sentence ends that a unit list follows: beyond this many
// candidates the row is not one row (numbering that restarts, a table pasted twice).
const MAX_CANDIDATES = 16;

const PHONE = /^[\s,\uff0c、:\uff1a(\uff08]*(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})[)\uff09]?/;

const POSTAMBLE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:印发|制发|发布|制)?\s*$/;

export function looksLikePostamble(text: string): boolean {
  return POSTAMBLE.test(text.trim()) && text.trim().length <= 80;
}

interface TailParse {
  cells: CellCut[];
  end: number;
}

/** Names and deadlines after the unit lists, in plan order. */
function readTail(text: string, at: number, to: number, plan: RowPlan, lex: DocumentLexicon): TailParse {
  const cells: CellCut[] = [];
  let pos = at;
  for (const [i, t] of plan.tail.entries()) {
    if (NAME_FIELDS.has(t.field)) {
      // Names, each perhaps followed by a phone number (王五13800000000, 王五 023-12345678).
      let end = pos;
      for (;;) {
        const { end: n } = readNames(text.slice(end, Math.min(to, end + NAMES_WINDOW)), lex.names);
        const phone = PHONE.exec(text.slice(end + n, to));
        if (n === 0 && !phone) break;
        end += n + (phone ? phone[0].length : 0);
        if (!phone) break;
      }
      // When a deadline follows, the names end where it begins (陈静|持续推进, not 陈静持|续推进).
      if (plan.tail[i + 1]?.field === "deadline" && !DEADLINE.test(text.slice(end, to))) {
        for (let k = end - 1; k >= pos + 2; k--) {
          if (!DEADLINE.test(text.slice(k, to))) continue;
          if (readNames(text.slice(pos, k), lex.names, true).end === k - pos) {
            end = k;
            break;
          }
        }
      }
      cells.push({ field: t.field, column: t.column, start: pos, end });
      pos = end;
    } else if (t.field === "deadline") {
      const m = DEADLINE.exec(text.slice(pos, to));
      const len = m ? m[0].length : 0;
      cells.push({ field: t.field, column: t.column, start: pos, end: pos + len });
      pos += len;
    } else {
      // A prose column after the names (备注): everything up to the row's end.
      cells.push({ field: t.field, column: t.column, start: pos, end: to });
      pos = to;
    }
  }
  return { cells, end: pos };
}

// How an issuer's name signed under a table begins: its place (安澜市, 云岭区, 湖北省) or the Party's.
const ISSUER_START = /^(?:[\u4e00-\u9fa5]{2,3}(?:省|市|县|区|州|盟|旗)|中共)/;

/**
 * The last names of the last row run into the issuer signed under the table (…孙丽萍周伟安澜市…办公室
 * 2024年3月15日印发): where the issuer's name would begin only with a character the names took (澜市…
 * is no place, 安澜市 is), that character is the issuer's, if the names still read as names without it.
 */
function issuerFromNames(text: string, parse: UnitsParse, lex: DocumentLexicon): void {
  const last = parse.tail[parse.tail.length - 1];
  if (!last || !NAME_FIELDS.has(last.field) || last.end <= last.start) return;
  if (ISSUER_START.test(text.slice(last.end))) return;
  for (let k = 1; k <= 2 && last.end - k > last.start; k++) {
    const names = text.slice(last.start, last.end - k);
    if (!ISSUER_START.test(text.slice(last.end - k)) || readNames(names, lex.names, true).end !== names.length) continue;
    last.end -= k;
    parse.end -= k;
    return;
  }
}

/** Does `head` end where a unit name can end: on a unit suffix, or on a bracket after one (各乡镇(街道)). */
function endsLikeUnit(head: string): boolean {
  if (unitSuffixLength(head) > 0) return true;
  const m = /[(\uff08]([^()\uff08\uff09]{1,12})[)\uff09]$/.exec(head);
  return m !== null && (unitSuffixLength(head.slice(0, m.index)) > 0 || unitSuffixLength(m[1] as string) > 0);
}

/** Where, inside a token glued to prose (…持续推县水利局), the unit name begins; -1 if none. */
function unitStartInToken(text: string, s: number, e: number, lex: DocumentLexicon): number {
  const token = text.slice(s, e);
  // After the token's last sentence end, if what follows reads as units (…建议。县河长办县民政局).
  const ends = sentenceEnds(token);
  const lastEnd = ends[ends.length - 1];
  if (lastEnd !== undefined && lastEnd < token.length && looksLikeUnit(token.slice(lastEnd))) return s + lastEnd;
  let best = -1;
  for (const u of lex.units) {
    if (u.length < token.length && token.endsWith(u) && (best < 0 || e - u.length < best)) best = e - u.length;
  }
  if (best >= 0) return best;
  // No known unit: the last administrative prefix after which the rest reads as a unit.
  for (let i = e - 3; i > s; i--) {
    if (UNIT_PREFIX.test(text.slice(i, e)) && looksLikeUnit(text.slice(i, e)) && e - i <= 16) return i;
  }
  return -1;
}

interface UnitsParse {
  units: CellCut[];
  tail: CellCut[];
  end: number;
}

/**
 * Read the unit lists starting at `q` (just after the content's last sentence), then the
 * tail (names, deadline). The last unit token runs into the names: it is cut where a unit
 * name ends and names begin (各乡镇人民政府|王五).
 */
function readUnitsFrom(text: string, q: number, to: number, plan: RowPlan, lex: DocumentLexicon, glued = false): UnitsParse | null {
  // Most sentence ends are inside the content, where the next clause is no unit: look at that first
  // token before cutting the rest of the row (npm run bench, read stage).
  const [first] = tokens(text, q, to, 1) as [[number, number]];
  if (first[1] < to) {
    const token = text.slice(first[0], first[1]).trim();
    if (token === "") return null;
    if (!looksLikeUnit(withoutClosingRole(token))) return progressAfterUnit(q, first[1]);
  }
  let lastUnitEnd = -1;
  let tail: TailParse | null = null;
  // Token by token, stopping where the list stops: a long row costs what its unit list costs.
  for (let k = 0, s = q; s <= to; k++) {
    const [next] = tokens(text, s, to, 1) as [[number, number]];
    const e = next[1];
    const token = text.slice(s, e).trim();
    if (token === "") return null;
    if (e < to) {
      if (!looksLikeUnit(withoutClosingRole(token))) {
        // The list may end inside this token when the tail has its own separators (names 、 names).
        if (k > 0) return finishInside(s, e);
        return null;
      }
      s = e + 1;
      continue;
    }
    return finishInside(s, e);
  }
  return null;

  /**
   * One unit run into the progress report after it (…以上。市发改委截至6月底，已开工…): the unit ends
   * where the report opens as one does (截至, 1-6月, 已完成…); the report runs to the row's end.
   */
  function progressAfterUnit(s: number, e: number): UnitsParse | null {
    if (plan.tail[0]?.field !== "progress") return null;
    for (let j = s + 2; j < e; j++) {
      const head = text.slice(s, j);
      if (sentenceEnds(head).length > 0 || head.length > 40) return null;
      if ((!endsLikeUnit(head) && !lex.units.has(head.trim())) || !looksLikeUnit(head.trim()) || !opensProgress(text.slice(j, e))) continue;
      const t = readTail(text, j, to, plan, lex);
      return { units: splitUnitBlock(text, s, j, plan), tail: t.cells, end: t.end };
    }
    return null;
  }

  function finishInside(s: number, e: number): UnitsParse | null {
    // Try each place a unit name could end inside the token; keep the one whose tail reads best.
    let best: { end: number; unitEnd: number; tail: TailParse; score: number } | null = null;
    for (let j = s + 2; j <= e; j++) {
      const head = text.slice(s, j);
      // A unit name holds no sentence (…制度o加强…共享。县生态环境局 is content, then a unit).
      if (sentenceEnds(head).length > 0 || head.length > 40) break;
      if (!endsLikeUnit(head) && !lex.units.has(head.trim())) continue;
      // A name goes on into a bracket printed right after it (各区(市)县政府(管委会)), and does not end inside one.
      if (text[j] === "(" || text[j] === "\uff08") continue;
      if ((head.match(/[(\uff08]/g)?.length ?? 0) > (head.match(/[)\uff09]/g)?.length ?? 0)) continue;
      // Role words closing the list (…区委组织部等按职责分工负责) are the unit cell's.
      const role = closingRoleLength(text.slice(j, to));
      for (const unitEnd of role > 0 ? [j, j + role] : [j]) {
        // Units glued to the prose before them, a progress report run on after them: the report opens as
        // one (截至…, 已完成…), as nothing else marks where the units end (…治理处 | 理率达到… is no cut).
        const report = plan.tail[0]?.field === "progress" && text.slice(unitEnd, to).trim() !== "";
        const opens = report && opensProgress(text.slice(unitEnd, to));
        if (glued && report && !opens) continue;
        const t = readTail(text, unitEnd, to, plan, lex);
        const consumedToEnd = t.end >= to;
        const named = t.cells.reduce((n, c) => n + (c.end - c.start), 0);
        // A report that opens as one (市农业农村局 | 上半年…) wins over a longer one that does not (市农业农村 | 局上半年…).
        const score = (consumedToEnd ? TAIL_SCORE.consumedToEnd : 0) + (opens ? TAIL_SCORE.reportOpens : 0) + named + (to - t.end) * TAIL_SCORE.perCharLeft;
        if (!best || score > best.score) best = { end: t.end, unitEnd, tail: t, score };
      }
    }
    if (!best) return null;
    lastUnitEnd = best.unitEnd;
    tail = best.tail;
    const unitCells = splitUnitBlock(text, q, lastUnitEnd, plan);
    return { units: unitCells, tail: tail.cells, end: best.end };
  }
}

/** Share the unit block among the unit columns (牵头单位 | 配合单位): cut where two units abut with no separator. */
function splitUnitBlock(text: string, s: number, e: number, plan: RowPlan): CellCut[] {
  if (plan.units.length <= 1) {
    const u = plan.units[0];
    return u ? [{ field: u.field, column: u.column, start: s, end: e }] : [];
  }
  const cuts: number[] = [];
  // Two unit cells printed with a space between them (区经商局、莲都经开区管委会 区经商局: 责任单位 then
  // 牵头单位, their line break printed as a space): cut at the space, before glued names are looked for.
  for (const [ts, te] of tokens(text, s, e)) {
    for (let i = ts + 2; i < te - 2 && cuts.length < plan.units.length - 1; i++) {
      if (!/\s/.test(text[i] as string) || /\s/.test(text[i - 1] as string)) continue;
      const right = text.slice(i, te).trim().split(/\s/)[0] as string;
      if (looksLikeUnit(text.slice(ts, i).trim()) && looksLikeUnit(right)) cuts.push(i + (text.slice(i, te).length - text.slice(i, te).trimStart().length));
    }
  }
  if (cuts.length > 0 && cuts.length < plan.units.length - 1) cuts.length = 0;
  for (const [ts, te] of cuts.length > 0 ? [] : tokens(text, s, e)) {
    for (let i = ts + 2; i < te - 1 && cuts.length < plan.units.length - 1; i++) {
      if (unitSuffixLength(text.slice(ts, i)) > 0 && UNIT_PREFIX.test(text.slice(i, te)) && looksLikeUnit(text.slice(i, te))) {
        cuts.push(i);
        break;
      }
    }
  }
  const bounds = [s, ...cuts, e];
  return plan.units.map((u, i) => ({
    field: u.field,
    column: u.column,
    start: bounds[Math.min(i, bounds.length - 1)] as number,
    end: bounds[Math.min(i + 1, bounds.length - 1)] as number,
  }));
}

// A target sets a date or a figure: 2021年2月底前，…达90%以上 / 完成…3家.
const TARGET_SENTENCE = /\d{4}\s*年|\d{1,2}\s*月|\d+(?:\.\d+)?\s*%|以上|以下|达到|不低于|不少于/;

export function proseCells(text: string, s: number, e: number, plan: RowPlan): { cells: CellCut[]; confidence: number } {
  const prose = plan.prose;
  if (prose.length === 1) {
    const p = prose[0] as { field: ColumnField; column: number };
    return { cells: [{ field: p.field, column: p.column, start: s, end: e }], confidence: 1 };
  }
  // Wording then a target (工作内容 | 目标任务): the target is the last sentence, when it sets a date or a figure.
  const final = prose[prose.length - 1] as { field: ColumnField; column: number };
  if (final.field === "target" && prose.length === 2) {
    const body = text.slice(s, e);
    const ends = sentenceEnds(body).filter((q) => q < body.trimEnd().length);
    const cutAt = ends[ends.length - 1];
    const wording = prose[0] as { field: ColumnField; column: number };
    if (cutAt !== undefined && TARGET_SENTENCE.test(body.slice(cutAt))) {
      return { cells: [{ field: wording.field, column: wording.column, start: s, end: s + cutAt }, { field: final.field, column: final.column, start: s + cutAt, end: e }], confidence: CUT_CONFIDENCE.targetSentence };
    }
    return { cells: [{ field: wording.field, column: wording.column, start: s, end: e }, { field: final.field, column: final.column, start: e, end: e }], confidence: CUT_CONFIDENCE.noTarget };
  }
  // Wording then what was done (内容与要求 | 完成情况): the report begins at the first sentence that opens as one
  // (前三季度，… / 已完成…); with none, the cut is a guess and said to be one.
  if (final.field === "progress" && prose.length === 2) {
    const body = text.slice(s, e);
    const ends = sentenceEnds(body).filter((q) => q < body.trimEnd().length);
    const cutAt = ends.find((q) => opensProgress(body.slice(q)));
    const wording = prose[0] as { field: ColumnField; column: number };
    const at = cutAt ?? body.length;
    return { cells: [{ field: wording.field, column: wording.column, start: s, end: s + at }, { field: final.field, column: final.column, start: s + at, end: e }], confidence: cutAt === undefined ? CUT_CONFIDENCE.none : CUT_CONFIDENCE.progressOpening };
  }
  // Title (and category) first, content last.
  const last = prose[prose.length - 1] as { field: ColumnField; column: number };
  const firstFields = prose.slice(0, -1);
  const split = splitTitle(text.slice(s, e));
  const cut = s + split.at;
  // With three prose columns (类别, 重点任务, 主要内容) the category cannot be told apart: it stays empty.
  const cells: CellCut[] = firstFields.map((p, i) =>
    i === firstFields.length - 1 ? { field: p.field, column: p.column, start: s, end: cut } : { field: p.field, column: p.column, start: s, end: s },
  );
  cells.push({ field: last.field, column: last.column, start: cut, end: e });
  return { cells, confidence: split.confidence };
}

/** Is the trailing text the first part of the next row (seed row 17: content, units and names before the number)? */
function readFragment(text: string, s: number, e: number, plan: RowPlan, lex: DocumentLexicon): CellCut[] | null {
  if (plan.units.length === 0) return null;
  const toks = tokens(text, s, e);
  if (toks.length < 2) return null;
  // From the end: the last token holds the end of a (possibly cut) unit name and the names.
  const [ls, le] = toks[toks.length - 1] as [number, number];
  let namesStart = le;
  if (plan.tail.some((t) => NAME_FIELDS.has(t.field))) {
    for (let j = ls + 1; j < le; j++) {
      if (le - j > NAMES_WINDOW) continue;
      const { end } = readNames(text.slice(j, le), lex.names);
      if (end === le - j && end >= 2) {
        namesStart = j;
        break;
      }
    }
  }
  // Walk back over unit tokens; the first one may be glued to prose.
  let unitStart = -1;
  for (let k = toks.length - 2; k >= 0; k--) {
    const [ts, te] = toks[k] as [number, number];
    const token = text.slice(ts, te);
    if (looksLikeUnit(token) && (lex.units.has(token.trim()) || UNIT_PREFIX.test(token.trim()))) {
      unitStart = ts;
      continue;
    }
    const inner = unitStartInToken(text, ts, te, lex);
    if (inner >= 0) unitStart = inner;
    break;
  }
  if (unitStart < 0) return null;
  const cells: CellCut[] = [];
  const content = plan.prose[plan.prose.length - 1] as { field: ColumnField; column: number };
  cells.push({ field: content.field, column: content.column, start: s, end: unitStart });
  cells.push(...splitUnitBlock(text, unitStart, namesStart, plan));
  const names = plan.tail.find((t) => NAME_FIELDS.has(t.field));
  if (names) cells.push({ field: names.field, column: names.column, start: namesStart, end: le });
  return cells;
}

/**
 * Units glued to the end of the prose, with no sentence end between (a table with no content
 * column: 推动工业经济稳增长县经济和信息化局县发展改革局、县财政局…): move the cut back over each
 * one, so that the prose keeps only the title. Returns the new cut; never takes the whole prose.
 */
function pullBack(text: string, q: number, lex: DocumentLexicon): number {
  for (;;) {
    let e = q;
    while (e > 0 && SEPARATORS.has(text[e - 1] as string)) e--;
    const s = sentenceEnds(text.slice(0, e)).pop() ?? 0;
    if (e - s < 3) return q;
    const at = widenUnitStart(text, unitStartInToken(text, s, e, lex), s);
    // A task's title is at least a few characters (建设市民服务中心 is a title, not 建设 + a unit).
    if (at - s < MIN_TITLE_CHARS) return q;
    q = at;
  }
}

// A one-character level that may start a unit's name before another (县市场监管局, 各乡镇人民政府).
const SINGLE_PREFIX = /^[各县市区省州镇乡]$/;
const MIN_TITLE_CHARS = 4;

/** A unit's start found at its shortest (市场监管局, 镇人民政府), moved back over the levels before it. */
function widenUnitStart(text: string, at: number, floor: number): number {
  if (at < 0) return at;
  while (at > floor + 1 && SINGLE_PREFIX.test(text[at - 1] as string)) at--;
  return at;
}

// The latest-start search below tries each place a unit name could begin: only for a row of ordinary length.
const MAX_SCANNED_ROW = 400;

/**
 * Cut one run-together row (the text after its number, up to the next number or section)
 * into cells. The content's last sentence ends with 。, the unit list follows, the names
 * follow the last unit. What is left after the names is trailing text: the first part of
 * the next row (a wrapped row read line by line), a garbled row, the issuer and date, or
 * text that is reported as a leftover.
 */
export function cutRow(text: string, plan: RowPlan, lex: DocumentLexicon, isLast: boolean): RowCut {
  const to = text.length;
  const failed: RowCut = { cells: [], end: to, trailing: "none", fragment: [], titleConfidence: 0, ok: false };
  if (plan.units.length === 0) {
    // No unit column: names/deadline at the end, prose before.
    const prose = proseCells(text, 0, to, plan);
    return { cells: prose.cells, end: to, trailing: "none", fragment: [], titleConfidence: prose.confidence, ok: true };
  }
  type Candidate = { q: number; parse: UnitsParse; trailing: TrailingKind; fragment: CellCut[] };
  const candidates: Candidate[] = [];
  const starts = sentenceEnds(text);
  for (const q of starts) {
    const parse = readUnitsFrom(text, q, to, plan, lex);
    if (!parse) continue;
    const rest = text.slice(parse.end).trim();
    let trailing: TrailingKind = "none";
    let fragment: CellCut[] = [];
    if (rest !== "") {
      if (isLast && looksLikePostamble(rest)) trailing = "postamble";
      else if (looksGarbled(rest)) trailing = "garbled";
      else {
        const f = readFragment(text, parse.end, to, plan, lex);
        if (f) {
          trailing = "fragment";
          fragment = f;
        } else trailing = "unassigned";
      }
    }
    candidates.push({ q, parse, trailing, fragment });
    if ((trailing === "none" || trailing === "postamble") && parse.tail.every((t) => t.end > t.start)) break;
    if (candidates.length >= MAX_CANDIDATES) break;
  }
  // Prefer a cut that leaves nothing (or only the issuer and date), then one that explains what is
  // left; but a cut that fills the names and deadline columns beats one that leaves them empty
  // (seed row 16 / a wrapped next row: the cut before the fragment fills 联系人, the one after does not).
  // Then the one whose units read most like units (区…/市…/各…, or named elsewhere); then the latest.
  const rank = (c: Candidate): number => {
    const trailing = c.trailing === "none" || c.trailing === "postamble" ? 0 : c.trailing === "fragment" || c.trailing === "garbled" ? 4 : 9;
    const empty = c.parse.tail.filter((t) => t.end === t.start).length;
    return trailing + empty * 5;
  };
  const quality = (c: Candidate): number => {
    const units = c.parse.units.flatMap((u) => tokens(text, u.start, u.end)).map(([s, e]) => text.slice(s, e).trim());
    if (units.length === 0) return 0;
    return units.filter((u) => lex.units.has(u) || UNIT_PREFIX.test(u)).length / units.length;
  };
  candidates.sort((a, b) => rank(a) - rank(b) || quality(b) - quality(a) || b.q - a.q);
  const chosen = candidates[0];
  if (!chosen) {
    // No sentence end before the units (no content column, or a content without 。): the units
    // are glued to the prose. Cut where the rest reads as units and tail to the row's end, then
    // move the cut back over any unit still glued to the prose.
    const glued = (found: number): RowCut | null => {
      const at = widenUnitStart(text, found, 0);
      if (at < MIN_TITLE_CHARS) return null;
      const first = readUnitsFrom(text, at, to, plan, lex, true);
      if (!first || text.slice(first.end).trim() !== "") return null;
      const q = pullBack(text, at, lex);
      const parse = q === at ? first : readUnitsFrom(text, q, to, plan, lex, true);
      if (!parse || text.slice(parse.end).trim() !== "") return null;
      const prose = proseCells(text, 0, q, plan);
      return { cells: [...prose.cells, ...parse.units, ...parse.tail], end: parse.end, trailing: "none", fragment: [], titleConfidence: prose.confidence, ok: true };
    };
    // A unit the document lists cleanly elsewhere, found glued to the prose.
    // (Only for a row of ordinary length: a search per known unit is not for a runaway row.)
    for (const u of text.length <= 4000 ? [...lex.units].sort((a, b) => b.length - a.length) : []) {
      const at = text.indexOf(u);
      if (at <= 0) continue;
      const cut = glued(at);
      if (cut) return cut;
    }
    // Else the latest place a unit name begins (县…, 各…) from which the rest reads as units and
    // tail: the latest, so that a title holding 县 or 市 (县域…) is not taken for a unit.
    if (text.length <= MAX_SCANNED_ROW) {
      for (let at = to - 2; at > 0; at--) {
        if (!UNIT_PREFIX.test(text.slice(at, at + 2))) continue;
        const cut = glued(at);
        if (cut) return cut;
      }
    }
    return failed;
  }
  const prose = proseCells(text, 0, chosen.q, plan);
  if (chosen.trailing === "postamble") issuerFromNames(text, chosen.parse, lex);
  return {
    cells: [...prose.cells, ...chosen.parse.units, ...chosen.parse.tail],
    end: chosen.parse.end,
    trailing: chosen.trailing,
    fragment: chosen.fragment,
    titleConfidence: prose.confidence,
    ok: true,
  };
}
