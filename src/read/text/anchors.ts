import { chineseNumeral, CN_NUMERAL, PART_WORDS } from "../../genre/numbering.js";

/** A printed number that starts a task or a section in running text. */
export interface Anchor {
  kind: "task" | "section";
  /** Section level: 1 for 一、, 2 for (一). 0 for tasks. */
  level: number;
  value: number;
  /** The printed number with its punctuation (`12`, `3.`, `一、`, `(二)`). */
  printed: string;
  start: number;
  end: number;
}

// A bare number glued to the task title (seed: 9全面加强森林资源保护…): not a quantity, date or
// ordinal. Measure words after it and 第 before it mark numbers inside sentences.
const MEASURE_CHARS = "年月日号个条家次万亿元千百米吨亩人户所座批倍周天时秒级类期届名位台辆套件份章篇岁版栋间楼层只头株棵";
// A number after a word that counts (有3, 共5, 约20) is a quantity inside a sentence, not a row's number. Only
// these three: 超, 达 or 为 may end a name or a unit glued before the next row's number (孙文超10科学推进).
const COUNTING_WORD = "[有共约]";
// Words, not characters: 3项 is a quantity but 3项目建设 is a title; 15公里 a distance but 11公开… a title;
// 2节课 a count but 7节能减排… a title.
const MEASURE = `[${MEASURE_CHARS}]|项(?!目)|节(?![能约水俭])|公里|公顷|平方|立方|小时|分钟|千米|个百分点`;
const BARE = new RegExp(`(?<![\\d.．第A-Za-z\\-—~～/:：])(?<!${COUNTING_WORD})(\\d{1,5})(?![\\d.．%％A-Za-z\\-—~～:：/,，、)）])(?!\\s?(?:${MEASURE}))(?=\\s?[\\u4e00-\\u9fa5“"「《(（])`, "gu");
// 1. 1．1、 (with a space allowed after); not a decimal (1.5), but a number glued to the date its
// task opens with is one (1.2017年2月底前，… / 2.6月底前，…: no decimal counts years or months).
const DOTTED = /(?<![\d.．A-Za-z第:：])(\d{1,5})\s?[.．、](?!(?!(?:19|20)\d\d年|\d{1,2}月)\d)/g;
// (1) (1)
const PAREN = /[(（](\d{1,5})[)）]/g;
// ① ② … ⑳
const CIRCLED = /[\u2460-\u2473]/g;
const SECTION1 = new RegExp(`(?<![零〇一二两三四五六七八九十第])(${CN_NUMERAL})\\s?[、.．]`, "g");
const SECTION2 = new RegExp(`[(（](${CN_NUMERAL})[)）]`, "g");
// 第一部分 / 第二篇: level-1 headings in documents that do not number them 一、.
// Run together, 第一项 is as often a phrase inside a row (第一项任务) as a heading: only 部分, 章, 篇 here.
const PART = new RegExp(`第(${CN_NUMERAL})(?:${PART_WORDS.replace("|项", "")})`, "g");

export type NumberStyle = "bare" | "dotted" | "paren" | "circled";

function collect(text: string, re: RegExp, make: (m: RegExpExecArray) => Anchor | null): Anchor[] {
  const out: Anchor[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = make(m);
    if (a) out.push(a);
  }
  return out;
}

/**
 * Longest strictly increasing run of values, in text order (patience sorting, O(n log n)).
 * Seed: 1…7, then 11 inside the garbled row 8, then 9, 10, 12… — the chain skips the 11.
 */
export function longestIncreasing<T extends { value: number }>(items: readonly T[]): T[] {
  const tails: number[] = [];
  const prev = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const v = (items[i] as T).value;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((items[tails[mid] as number] as T).value < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const out: T[] = [];
  for (let k = tails.length ? (tails[tails.length - 1] as number) : -1; k >= 0; k = prev[k] as number) out.push(items[k] as T);
  return out.reverse();
}

/** Drop chain members that jump too far from the one before (a quantity that slipped through). */
export function dropJumps<T extends { value: number }>(chain: readonly T[], maxJump: number): T[] {
  const out: T[] = [];
  for (const a of chain) {
    const last = out[out.length - 1];
    if (last && a.value - last.value > maxJump) continue;
    if (!last && a.value > maxJump * 5) continue;
    out.push(a);
  }
  return out;
}

/** Does the number at `start` begin a line (after the line's indent)? */
function startsLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u3000")) i--;
  return i < 0 || text[i] === "\n" || text[i] === "\r";
}

/**
 * Of two neighbouring candidates with the same number, the one that begins a line is the task's:
 * the other is an item misnumbered inside a cell (5.市人民商场…(4)…;5.小区内无健身设施 — the fifth
 * item of problem 5 printed 5.). Without this the chain takes the later one.
 */
function preferLineStarts(text: string, candidates: Anchor[]): Anchor[] {
  return candidates.filter((a, i) => {
    const line = startsLine(text, a.start);
    if (line) return true;
    const twin = (b: Anchor | undefined): boolean => b !== undefined && b.value === a.value && startsLine(text, b.start);
    return !twin(candidates[i - 1]) && !twin(candidates[i + 1]);
  });
}

/** Every number in the given style that could start a task, in text order. */
function taskCandidates(text: string, style: NumberStyle): Anchor[] {
  const re = style === "bare" ? BARE : style === "dotted" ? DOTTED : style === "paren" ? PAREN : CIRCLED;
  return preferLineStarts(text, collect(text, re, (m) => ({
    kind: "task",
    level: 0,
    value: style === "circled" ? (m[0].codePointAt(0) as number) - 0x2460 + 1 : Number(m[1]),
    printed: m[0].trim(),
    start: m.index,
    end: m.index + m[0].length,
  })));
}

/** Task-number anchors in the given style, chained in increasing order. */
export function taskAnchors(text: string, style: NumberStyle): Anchor[] {
  return dropJumps(longestIncreasing(taskCandidates(text, style)), 12);
}

/**
 * The same, for a table that numbers each section from 1 (一、1 2 3 二、1 2 …, or under (一)(二)): one chain per
 * section, when that reads clearly more rows than one chain across the document.
 */
function chainedTasks(text: string, style: NumberStyle, maxTitle: number): Anchor[] {
  const candidates = taskCandidates(text, style);
  const global = dropJumps(longestIncreasing(candidates), 12);
  const sections = sectionAnchors(text, candidates, maxTitle);
  if (sections.length < 2) return global;
  const perSection: Anchor[] = [];
  let k = 0;
  for (const to of [...sections.map((s) => s.start).slice(1), Number.POSITIVE_INFINITY]) {
    const group: Anchor[] = [];
    while (k < candidates.length && (candidates[k] as Anchor).start < to) group.push(candidates[k++] as Anchor);
    perSection.push(...dropJumps(longestIncreasing(group), 12));
  }
  return perSection.length > global.length + 1 ? perSection : global;
}

/**
 * The numbering style that yields the longest chain of task numbers. Where the text's line starts
 * are known (`lineStarts`), a number that begins a line counts twice: a row starts a line, an item
 * inside a cell (1.… 2.… in a progress cell) need not.
 */
export function bestTaskAnchors(
  text: string,
  styles: readonly NumberStyle[] = ["dotted", "paren", "bare"],
  maxTitle = 160,
  lineStarts?: ReadonlySet<number>,
): { style: NumberStyle; anchors: Anchor[] } {
  let best: { style: NumberStyle; anchors: Anchor[] } = { style: styles[0] ?? "dotted", anchors: [] };
  let bestScore = 0;
  for (const style of styles) {
    const anchors = chainedTasks(text, style, maxTitle);
    const score = anchors.length + (lineStarts ? anchors.filter((a) => lineStarts.has(a.start)).length : 0);
    if (score > bestScore) {
      best = { style, anchors };
      bestScore = score;
    }
  }
  return best;
}

/**
 * Section anchors (一、 and (一)) in increasing order; a level-2 count restarts under each
 * level-1 section. A section heading is short: it must be followed by a task (or a lower
 * section) within `maxTitle` characters.
 */
export function sectionAnchors(text: string, tasks: readonly Anchor[], maxTitle = 160): Anchor[] {
  const taskStarts = tasks.map((t) => t.start);
  const nextTaskAfter = (pos: number): number => {
    let lo = 0;
    let hi = taskStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((taskStarts[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < taskStarts.length ? (taskStarts[lo] as number) : Number.POSITIVE_INFINITY;
  };
  const taskCovered = new Set<number>();
  for (const t of tasks) for (let i = t.start; i < t.end; i++) taskCovered.add(i);
  const insideTask = (a: Anchor): boolean => taskCovered.has(a.start);
  const make = (level: number) => (m: RegExpExecArray): Anchor | null => {
    const value = chineseNumeral(m[1] as string);
    if (value === null) return null;
    return { kind: "section", level, value, printed: m[0].trim(), start: m.index, end: m.index + m[0].length };
  };
  const numbered = collect(text, SECTION1, make(1)).filter((a) => !insideTask(a));
  const level1 = numbered.length > 0 ? numbered : collect(text, PART, make(1)).filter((a) => !insideTask(a));
  const level2 = collect(text, SECTION2, make(2)).filter((a) => !insideTask(a));
  const all = [...level1, ...level2].sort((a, b) => a.start - b.start);
  // Short enough to be a heading: the next task, or the next section, begins soon after.
  const positions = all.map((a) => a.start);
  const heading = all.filter((a, i) => {
    const nextSection = positions[i + 1] ?? Number.POSITIVE_INFINITY;
    return Math.min(nextTaskAfter(a.end), nextSection) - a.end <= maxTitle;
  });
  const chain1 = longestIncreasing(heading.filter((a) => a.level === 1));
  const out: Anchor[] = [...chain1];
  // Level 2 restarts under each level-1 heading.
  const level2Headings = heading.filter((a) => a.level === 2);
  let k = 0;
  for (const to of [...chain1.map((a) => a.start), Number.POSITIVE_INFINITY]) {
    const group: Anchor[] = [];
    while (k < level2Headings.length && (level2Headings[k] as Anchor).start < to) group.push(level2Headings[k++] as Anchor);
    out.push(...longestIncreasing(group));
  }
  return out.sort((a, b) => a.start - b.start);
}
