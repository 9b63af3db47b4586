import { simplified } from "./script.js";

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; null if not a Chinese numeral below 100. */
export function chineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十]{1,3}$/.test(text)) return null;
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 ? (DIGITS[text] ?? null) : null;
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
  const onesText = text.slice(ten + 1);
  const ones = onesText === "" ? 0 : DIGITS[onesText];
  if (tens === undefined || ones === undefined || ten > 1 || onesText.length > 1) return null;
  return tens * 10 + ones;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
// Numbers printed as one character (fonts and OCR give them): ㈠ is (一), ⑴ is (1), ⒈ is 1.
const PAREN_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩";
const PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
const DOTTED_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
/** The one-character numbers, as a character class. */
export const ENCLOSED_CN = `[${PAREN_IDEOGRAPHS}]`;

/** The value of a number printed as one character (①, ㈦, ⑴, ⒈), or null. */
function enclosedValue(c: string): number | null {
  for (const set of [CIRCLED, PAREN_IDEOGRAPHS, PAREN_DIGITS, DOTTED_DIGITS]) {
    const i = set.indexOf(c);
    if (c.length === 1 && i >= 0) return i + 1;
  }
  return null;
}

/** A task number as printed (`12`, `12.`, `(3)`, `③`, `(一)`, `㈦`) → its value, or null. */
export function seqValue(printed: string): number | null {
  // 一是, 第一项：, 其一： — ordinals in words are numbers too.
  const t = simplified(printed)
    .replace(/[\s.．、,，:：)）\]】]+$/g, "")
    .replace(/^[(（[【]/, "")
    .replace(/^(?:第|其)(?=[零〇一二两三四五六七八九十])/, "")
    .replace(/(?<=[零〇一二两三四五六七八九十])(?:是|项|条|件)$/, "")
    .trim();
  if (/^\d{1,6}$/.test(t)) return Number(t);
  // (—): 一 printed as a dash in brackets (readItemNumber).
  if (t === "—" && /^[(（]/.test(printed.trim())) return 1;
  return enclosedValue(t) ?? chineseNumeral(t);
}

/** A Chinese numeral as section headings print it (一 … 九十九). */
export const CN_NUMERAL = "[一二三四五六七八九十]{1,3}";
/** 第X部分 / 第X章 / 第X篇: a level-1 heading in documents that do not number them 一、. */
// In both scripts: headings are parsed as printed (第十二條).
export const PART_WORDS = "部分|章|篇|项|項|条|條";

/**
 * How items are numbered in the genre, outer to inner as official documents nest them
 * (GB/T 9704: 一、 （一） 1. （1）), with 第一部分 (第一章, 第一项) above and ① below.
 */
export const ITEM_SCHEMES = ["part", "cn", "cn-paren", "ar", "ar-paren", "circled"] as const;
export type ItemScheme = (typeof ITEM_SCHEMES)[number];

export interface ItemNumber {
  scheme: ItemScheme;
  value: number;
  /** The number as printed, with its punctuation (`一、`, `(一)`, `1.`, `①`). */
  printed: string;
  /** Characters the number takes, including a space after it. */
  length: number;
}


// Sticky patterns, tried at one position. A figure followed by another digit is a quantity (1.5万亩),
// not a number; 1、 inside a date (1、2月) is told apart by the chain of numbers around it.
const ITEM_PATTERNS: ReadonlyArray<readonly [ItemScheme, RegExp]> = [
  ["part", new RegExp(`第(${CN_NUMERAL})(?:${PART_WORDS})[、.\\uff0e:\\uff1a]?[ \\t\\u3000]*`, "y")],
  // A year after the stop is the item's first words (一、2023年全区经济社会发展的主要预期目标).
  ["cn", new RegExp(`(${CN_NUMERAL})[ \\t]?[、.\\uff0e](?:(?![\\d\\uff10-\\uff19])|(?=(?:19|20)\\d{2}\\s*年))[ \\t\\u3000]*`, "y")],
  // (—): 一 as OCR or a font gives it, a dash, in brackets where a first item's number stands.
  ["cn-paren", new RegExp(`[(\\uff08][ \\t]?(${CN_NUMERAL}|—)[ \\t]?[)\\uff09][、.\\uff0e]?[ \\t\\u3000]*`, "y")],
  ["cn-paren", new RegExp(`(${ENCLOSED_CN})[、.\\uff0e]?[ \\t\\u3000]*`, "y")],
  ["ar-paren", /[(\uff08][ \t]?(\d{1,3})[ \t]?[)\uff09][、.\uff0e]?[ \t\u3000]*/y],
  // A figure after 、 is the item's text (6、98年元旦…), unless it is a month (1、2月: January and February).
  // A year after the stop (4.2011年…) is the item's first words: no decimal is followed by 年.
  ["ar", /(\d{1,3})[ \t]?(?:[.\uff0e](?:(?![\d\uff10-\uff19])|(?=(?:19|20)\d{2}\s*年))|、(?![\d\uff10-\uff19]{1,2}\s*月(?!份?底|份?前|份?中)))[ \t\u3000]*/y],
  // 任务1：…, 事项3、…: a task's number after the word for it.
  ["ar", /(?:任务|事项|问题)[ \t]?(\d{1,3})[ \t]?[:\uff1a、.\uff0e](?![\d\uff10-\uff19])[ \t\u3000]*/y],
  // 问题一：…, 任务二、…: a problem's or task's number in words after the word for it (a rectification list).
  ["cn", new RegExp(`(?:任务|事项|问题)[ \\t]?(${CN_NUMERAL})[ \\t]?[:\\uff1a、.\\uff0e][ \\t\\u3000]*`, "y")],
  // 01 项目名称: a zero-padded figure and a space.
  ["ar", /(0\d)(?:[ \t\u3000]+(?=\S)|[ \t\u3000]*(?=\r?\n))/y],
  ["ar-paren", /([⑴-⒇])[、.\uff0e]?[ \t\u3000]*/y],
  ["ar", /([⒈-⒛])[ \t\u3000]*/y],
  ["circled", /([①-⑳])[ \t\u3000]*/y],
];

/** The item number printed at `at` in `text`, if any. */
export function readItemNumber(text: string, at: number): ItemNumber | null {
  for (const [scheme, re] of ITEM_PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const digits = m[1] as string;
    const value = /^\d+$/.test(digits) ? Number(digits) : digits === "—" ? 1 : (enclosedValue(digits) ?? chineseNumeral(digits));
    if (value === null || value <= 0) continue;
    return { scheme, value, printed: m[0].trim(), length: m[0].length };
  }
  return null;
}

/** Rank of a scheme: lower is outer. */
export function schemeRank(scheme: ItemScheme): number {
  return ITEM_SCHEMES.indexOf(scheme);
}
