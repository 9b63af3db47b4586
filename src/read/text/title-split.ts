import { CONTENT_START_WORDS, TITLE_END_WORDS, endWord, startWord } from "../../genre/policy-words.js";

export interface TitleSplit {
  /** Length of the title at the start of the text. */
  at: number;
  /** How sure the split is: 0 (guess) to 1 (both ends agree with the genre's wording). */
  confidence: number;
}

const MIN_TITLE = 3;
const MAX_TITLE = 40;
// A title is a phrase: it does not run past a clause break.
const CLAUSE_BREAK = /[,，。;；:：!！?？、]/;
// What a content cell rarely begins with right after its title: “ " 《 (
const OPENING = new Set([0x201c, 0x22, 0x300a, 0x28]);
// What binds a phrase to the one before it, so never begins a content cell: 和 与 及 的 等 之 或 以及.
const JOINER_START = /^(?:和|与|及|的|等|之|或|以及|并且)/;
// Nor with the bound end of a word the cut split (资源|化利用, 规范|化建设): 化解, 化肥, 化工 are words of their own.
const BOUND_START = /^(?:化(?![解肥工学妆])|性(?![别格])|率(?![先领]))/;

/**
 * Where a 重点任务 title glued to its 主要内容 ends (完善考核评价办法|将河湖长制工作纳入…; seed row 1 repeats its first word: 巩固…|巩固…).
 * A title ends with a noun phrase (…体系, …建设, …攻坚战) and content begins with an action
 * (全面推行…, 深入开展…); when the content repeats the title's first word (巩固…|巩固…) that
 * is a strong sign too. Returns the best-scoring cut and how sure it is.
 */
const ADVERB_END = /(?:全面|深入|持续|大力|积极|着力|切实|不断|进一步|继续|逐步|加快)$/;

/**
 * What each sign of a boundary weighs in a cut's score. Set by hand on the seed's rows, kept while
 * the run-together documents of the corpus read well (npm run accuracy: title and content);
 * the genre's wording weighs more than length.
 */
const WEIGHT = {
  /** The title ends with a listed title ending (…体系, …建设, …攻坚战)… */
  titleEnd: 2,
  /** …plus this much per character of it: a longer ending is more telling. */
  titleEndPerChar: 0.1,
  /** The content begins with a listed action (全面推行…, 深入开展…)… */
  contentStart: 1.5,
  /** …plus this much per character of it. */
  contentStartPerChar: 0.25,
  /** The content repeats the title's first two characters (巩固…|巩固…, seed row 1). */
  repeatsHead: 1.5,
  /** …after a two-character adverb (开展森林督查|全面开展…). */
  repeatsHeadAfterAdverb: 1,
  /** The content repeats the title's last two characters (实施老旧小区改造|改造老旧小区…). */
  repeatsTail: 1.5,
  /** Against: the title would end on an adverb (全面, 持续 begin the content). */
  adverbEnd: -2,
  /** Against: the content would begin with an opening quote or bracket. */
  opening: -1,
  /** Against: the content would begin with a word that binds to what goes before it (…机制|和市、区…). */
  joinerStart: -2,
  /** Against: the cut splits a quoted term (a closing quote soon after it, no opening one). */
  splitsQuote: -2,
  /** Against: a title shorter than SHORT_TITLE characters. */
  short: -0.5,
  /** Against: per character of title past LONG_TITLE. */
  longPerChar: -0.05,
} as const;
// Titles of 4–16 characters are the norm (组织领导, 习惯培养): shorter than 4 and longer than 20 are counted against.
const SHORT_TITLE = 4;
const LONG_TITLE = 20;
// A closing quote this close after the cut, with no opening one before it, means the cut split a term.
const QUOTE_REACH = 12;
// A score this high (both ends agree with the genre's wording) is full confidence.
const SURE_SCORE = 4.5;

export function splitTitle(text: string): TitleSplit {
  const breakAt = text.search(CLAUSE_BREAK);
  const limit = Math.min(MAX_TITLE, breakAt < 0 ? text.length : breakAt);
  let best: TitleSplit & { score: number } = { at: 0, confidence: 0, score: -1 };
  const head2 = text.slice(0, 2);
  const repeatsHead = head2.length === 2 && /[\u4e00-\u9fa5]{2}/.test(head2);
  // Quotes and brackets in the title so far, and the next closing quote, kept as k grows: one pass
  // over the row instead of a count and a search per candidate cut (npm run bench, read stage).
  let opens = 0;
  let closes = 0;
  let parens = 0;
  let closeAt = -1;
  const tally = (c: number): void => {
    if (c === 0x201c) opens++; // “
    else if (c === 0x201d) closes++; // ”
    else if (c === 0x28 || c === 0xff08) parens++; // ( （
    else if (c === 0x29 || c === 0xff09) parens--; // ) ）
  };
  for (let i = 0; i < MIN_TITLE - 1 && i < text.length; i++) tally(text.charCodeAt(i));
  for (let k = MIN_TITLE; k <= limit - 1; k++) {
    tally(text.charCodeAt(k - 1));
    // Never cut inside a quotation or bracket that the title opened.
    if (opens > closes || parens > 0) continue;
    const title = text.slice(0, k);
    const rest = text.slice(k);
    const end = endWord(title, TITLE_END_WORDS);
    const start = startWord(rest, CONTENT_START_WORDS);
    let score = 0;
    if (end) score += WEIGHT.titleEnd + end.length * WEIGHT.titleEndPerChar;
    if (start) score += WEIGHT.contentStart + start.length * WEIGHT.contentStartPerChar;
    // (Not when a clause breaks right after them: 宣传发动加强垃圾分类|宣传, is no verb repeated.)
    if (repeatsHead && text.startsWith(head2, k) && !CLAUSE_BREAK.test(text[k + 2] ?? "")) score += WEIGHT.repeatsHead;
    // …or its first words after an adverb (开展森林督查|全面开展…).
    else if (repeatsHead && text.startsWith(head2, k + 2) && /^[\u4e00-\u9fa5]{2}$/.test(text.slice(k, k + 2))) score += WEIGHT.repeatsHeadAfterAdverb;
    // A title does not end on an adverb: 全面, 持续… begin the content (开展森林督查|全面开展…).
    if (ADVERB_END.test(title)) score += WEIGHT.adverbEnd;
    // The title's last words printed again at the start of the content (实施老旧小区改造|改造老旧小区…).
    if (k >= 2 && /^[\u4e00-\u9fa5]{2}$/.test(text.slice(k - 2, k)) && text.startsWith(text.slice(k - 2, k), k)) score += WEIGHT.repeatsTail;
    if (OPENING.has(text.charCodeAt(k))) score += WEIGHT.opening;
    if (JOINER_START.test(rest) || BOUND_START.test(rest)) score += WEIGHT.joinerStart;
    // A closing quote soon after the cut, with no opening one, means the cut split a quoted term (…资源|五清”专项…).
    if (closeAt < k && closeAt !== -2) closeAt = text.indexOf("”", k);
    if (closeAt === -1) closeAt = -2;
    if (closeAt >= k && closeAt - k < QUOTE_REACH && text.lastIndexOf("“", closeAt - 1) < k) score += WEIGHT.splitsQuote;
    if (k < SHORT_TITLE) score += WEIGHT.short;
    if (k > LONG_TITLE) score += (k - LONG_TITLE) * WEIGHT.longPerChar;
    // On a tie the longer title wins: a noun phrase that goes on (森林资源|保护) is still the title.
    if (score >= best.score) best = { at: k, confidence: Math.min(1, score / SURE_SCORE), score };
  }
  if (best.score <= 0) {
    // Nothing looks like a boundary: the whole text up to the first clause break is the title only when short.
    const at = breakAt > 0 && breakAt <= MAX_TITLE ? breakAt : 0;
    return { at, confidence: 0 };
  }
  return { at: best.at, confidence: best.confidence };
}
