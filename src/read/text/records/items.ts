import { ITEM_SCHEMES, readItemNumber, schemeRank, type ItemNumber, type ItemScheme } from "../../../genre/numbering.js";
import { isFlatLine } from "../split-text.js";

/**
 * Numbered items in running text (一、 （一） 1. （1） ①, 第一部分), found as the genre numbers them:
 * each scheme counts 1, 2, 3… and may start again at 1 under a new heading; the schemes nest in
 * the order official documents use. A number inside a sentence (1、2月, 第（一）项) is not an item:
 * an item starts a line, or follows the end of a sentence or of a bracket.
 */
export interface Item {
  scheme: ItemScheme;
  value: number;
  printed: string;
  /** Where the number starts, and where the item's own text starts (after the number). */
  start: number;
  textStart: number;
  /** The number starts a line. */
  line: boolean;
  /** Index of the enclosing item (a lower-ranked scheme before it), or -1. */
  parent: number;
  children: number[];
  /** End of the item's own text: the next item's start. */
  ownEnd: number;
  /** End of the item with everything under it: the next item of its rank or an outer one. */
  end: number;
}

interface Candidate {
  scheme: ItemScheme;
  value: number;
  printed: string;
  start: number;
  length: number;
  line: boolean;
  /** Inside a page flattened into one line, where a line may have begun: a fragment's chain may start here. */
  flat?: boolean;
}

// What may stand before an item's number on its line: spaces and the bullets sites print.
const LINE_LEAD = /[ \t\u3000•·●■◆◇▪★☆▲△\-—]/;
// An item inside a line follows the end of a sentence, a clause or a bracket.
const INLINE_BEFORE = /[。；;！？!?)）〕\]】:：]/;
const FIRST_CHARS = /[第一二三四五六七八九十(\uff08\d①-⑳⑴-⒛㈠-㈩任事问]/;
const HAN = /[\u4e00-\u9fa5]/;
// Words that end with a numeral (统一 唯一 之一 万一 同一 逐一 第一 再三 不二): the numeral is no item's.
const NUMERAL_WORD = /^(?:[统唯之万单同划逐专不归合初第其均整十]一|再三|不二|十[一二三四五六七八九])$/;

/** Where each line's text starts, after spaces and bullets: positions where a number may start a line. */
function lineTextStarts(text: string): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i <= text.length) {
    let j = i;
    while (j < text.length && LINE_LEAD.test(text[j] as string)) j++;
    out.add(j);
    const nl = text.indexOf("\n", i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return out;
}


/**
 * Whether the line holding a position is a flattened page, answered for positions in increasing
 * order: each line's end is found once as the scan passes it (a lookup per number on a line of a
 * megabyte was quadratic).
 */
function flatLines(text: string): (at: number) => boolean {
  let end = -1;
  let flat = false;
  return (at) => {
    if (at > end) {
      const start = text.lastIndexOf("\n", at) + 1;
      const nl = text.indexOf("\n", at);
      end = nl < 0 ? text.length : nl;
      flat = isFlatLine(text, start, end);
    }
    return flat;
  };
}

function previousVisible(text: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && /[ \t\u3000]/.test(text[k] as string)) k--;
  return k >= 0 ? (text[k] as string) : "\n";
}

// A number glued to its item's words at a line's start (1优化就业创业服务), not to a measure (5月底, 3个, 20万元).
const GLUED_NUMBER = /(\d{1,3})(?=[\u4e00-\u9fa5])(?![\d]|[年月日时个项家人万亿元件座条所名户次天米吨亩倍处批只台套辆层期届周岁号级类分])/y;

/** An item's number glued to its words at a line's start, as the genre's numbers are read. */
function gluedNumber(text: string, at: number): ItemNumber | null {
  GLUED_NUMBER.lastIndex = at;
  const m = GLUED_NUMBER.exec(text);
  return m ? { scheme: "ar", value: Number(m[1]), printed: m[0], length: m[0].length } : null;
}

// A line opening with the punctuation of a number whose figure is gone (、完成小额信贷… after 1、 lost).
const LOST_NUMBER = /^[、．.][\u4e00-\u9fa5“"《（(]/;

// A line shorter than this is whole (a heading); a longer one may have been wrapped mid-sentence.
const SHORT_LINE = 30;

/** Whether the line before `at` ended whole (a stop, a closing bracket, or a short heading): a wrapped line's 、 is no item. */
function afterWholeLine(text: string, at: number): boolean {
  const end = text.lastIndexOf("\n", at - 1);
  if (end < 0) return true;
  const line = text.slice(text.lastIndexOf("\n", end - 1) + 1, end).trim();
  return line === "" || /[。；;！？!?：:）)」”]$/.test(line) || (line.length < SHORT_LINE && !/[，,、]$/.test(line));
}

function candidates(text: string): Candidate[] {
  const starts = lineTextStarts(text);
  const flatLine = flatLines(text);
  const out: Candidate[] = [];
  // Items whose figures a mirror dropped (、完成… / 、抓好…), counted from 1 under each outer heading.
  let lost = 0;
  for (let i = 0; i < text.length; i++) {
    if (starts.has(i) && LOST_NUMBER.test(text.slice(i, i + 2)) && afterWholeLine(text, i)) {
      out.push({ scheme: "ar", value: ++lost, printed: text[i] as string, start: i, length: 1, line: true });
      continue;
    }
    if (!FIRST_CHARS.test(text[i] as string)) continue;
    const line = starts.has(i);
    const before = previousVisible(text, i);
    // A number glued to a word is part of it (第3.2条, 2021年1、2月, 增长1.5%); a space between them
    // parts them (2008-12-18 1、对于…, a page flattened with its line breaks as spaces).
    if (!line && /[\dA-Za-z.．第]/.test(text[i - 1] ?? "")) continue;
    if (!line && /[\dA-Za-z.．第]/.test(before) && !flatLine(i)) continue;
    const n = readItemNumber(text, i) ?? (line ? gluedNumber(text, i) : null);
    if (!n) continue;
    // A page flattened to one long line keeps a space where its lines broke: a number after it
    // may begin an item as one at a line start does (…责任分解 一、王丹县长牵头重点工作 1.全县…).
    // Run together with no space at all (目标1.地区生产总值… 。(牵头单位:…)2.第一产业…): a number glued to the
    // word before it may still begin an item, its chain deciding.
    const spaceBefore = /[ \u3000]/.test(text[i - 1] ?? "");
    const flatBreak = !line && (spaceBefore || (n.scheme === "ar" && HAN.test(before))) && flatLine(i);
    // 一、 glued to the title before it in a page run on in one line (…任务分工方案一、着力…), unless the
    // numeral ends a word (统一、 唯一、 再三、).
    const gluedHeading = !line && n.scheme === "cn" && HAN.test(before) && flatLine(i) && !NUMERAL_WORD.test(text.slice(i - 1, i + 1));
    // Inside a line, only after the end of a sentence or bracket; （一） may follow a heading glued to it.
    if (!line && !flatBreak && !gluedHeading && !INLINE_BEFORE.test(before) && !((n.scheme === "cn-paren" || n.scheme === "ar-paren") && HAN.test(before))) continue;
    // 一、 inside a line is too often a word (统一、 唯一、): only at a line start or after a full stop, or
    // in a page run on in one line after a closing bracket too (…(牵头单位:县教育局)二、着力…)
    // (…通知如下:一、各责任单位要…): after a colon too.
    if (!line && !flatBreak && !gluedHeading && n.scheme === "cn" && !/[。；;！？!?]/.test(before) && !(/[)）:：]/.test(before) && flatLine(i))) continue;
    // In a flattened page, a number after a space break stands where a line began.
    out.push({ scheme: n.scheme, value: n.value, printed: n.printed, start: i, length: n.length, line: line || (flatBreak && spaceBefore), flat: !line && flatLine(i) });
    if (line && n.scheme !== "ar") lost = 0;
    i += n.length - 1;
  }
  return out;
}

/** Candidates of one scheme that count 1, 2, 3… (starting again at 1 where a heading or a line allows it). */
function chain(cands: readonly Candidate[], outer: readonly number[]): Candidate[] {
  const n = cands.length;
  if (n === 0) return [];
  // best[i]: the most items a chain ending at i holds; a start on its own line counts a little more,
  // so that of two numbers 3 the one that begins a line is the item.
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  const lastOfValue = new Map<number, number>();
  let overall = -1;
  const outerBetween = (a: number, b: number): boolean => {
    // Is an item of an outer scheme between positions a and b? (outer is sorted)
    let lo = 0;
    let hi = outer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((outer[mid] as number) <= a) lo = mid + 1;
      else hi = mid;
    }
    return lo < outer.length && (outer[lo] as number) < b;
  };
  for (let i = 0; i < n; i++) {
    const c = cands[i] as Candidate;
    const bonus = c.line ? 1.1 : 1;
    let score = Number.NEGATIVE_INFINITY;
    let from = -1;
    const before = lastOfValue.get(c.value - 1);
    if (before !== undefined) {
      score = (best[before] as number) + bonus;
      from = before;
    }
    if (c.value === 1) {
      // Starting again: on a line of its own, where a line began in a page run into one line (…分解方案一、2023年…),
      // or under an outer heading.
      const restartFrom = overall;
      const allowed = restartFrom < 0 || c.line || c.flat || outerBetween((cands[restartFrom] as Candidate).start, c.start);
      const s = (restartFrom >= 0 ? (best[restartFrom] as number) : 0) + bonus;
      if (allowed && s > score) {
        score = s;
        from = restartFrom;
      } else if (!allowed && bonus > score) {
        // Or a chain of its own from here, leaving the one before it (a fragment's start that was no item).
        score = bonus;
        from = -1;
      }
    } else if (overall < 0 && (c.line || c.flat) && score === Number.NEGATIVE_INFINITY) {
      // A fragment of a table may start at any number, on a line of its own (or where one began in a
      // page flattened into one line: …符合国家标准。19、加强对水源的监测…).
      score = bonus * 0.5;
    }
    if (score === Number.NEGATIVE_INFINITY) continue;
    best[i] = score;
    prev[i] = from;
    const at = lastOfValue.get(c.value);
    if (at === undefined || (best[at] as number) <= score) lastOfValue.set(c.value, i);
    if (overall < 0 || (best[overall] as number) <= score) overall = i;
  }
  const out: Candidate[] = [];
  for (let k = overall; k >= 0; k = prev[k] as number) out.push(cands[k] as Candidate);
  // A chain of one number that does not start at 1 is no chain, unless it starts a line (an excerpt
  // that begins inside 一、 and goes on into 二、推动制造业高质量发展 / 8.…).
  if (out.length === 1 && (out[0] as Candidate).value !== 1 && !(out[0] as Candidate).line) return [];
  return out.reverse();
}

/** The numbered items of a text, with their nesting and extent. */
export function findItems(text: string): Item[] {
  const all = candidates(text);
  const accepted: Candidate[] = [];
  for (const scheme of ITEM_SCHEMES) {
    const outer = accepted.filter((c) => schemeRank(c.scheme) < schemeRank(scheme)).map((c) => c.start).sort((a, b) => a - b);
    accepted.push(...chain(all.filter((c) => c.scheme === scheme), outer));
  }
  accepted.sort((a, b) => a.start - b.start);
  return nestItems(
    accepted.map((c) => ({ scheme: c.scheme, value: c.value, printed: c.printed, start: c.start, textStart: c.start + c.length, line: c.line })),
    text.length,
  );
}

/** Items (sorted by start) nested by scheme rank: each one's parent, children and extent. */
export function nestItems(found: ReadonlyArray<Pick<Item, "scheme" | "value" | "printed" | "start" | "textStart" | "line">>, textLength: number): Item[] {
  const items: Item[] = found.map((c) => ({ ...c, parent: -1, children: [], ownEnd: textLength, end: textLength }));
  const stack: number[] = [];
  items.forEach((item, i) => {
    if (i + 1 < items.length) item.ownEnd = (items[i + 1] as Item).start;
    while (stack.length > 0 && schemeRank((items[stack[stack.length - 1] as number] as Item).scheme) >= schemeRank(item.scheme)) {
      (items[stack.pop() as number] as Item).end = item.start;
    }
    const parent = stack[stack.length - 1];
    if (parent !== undefined) {
      item.parent = parent;
      (items[parent] as Item).children.push(i);
    }
    stack.push(i);
  });
  return items;
}
