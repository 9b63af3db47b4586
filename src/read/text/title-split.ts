import { CONTENT_START_WORDS, TITLE_END_WORDS, endWord, startWord } from "../../lexicon/policy-words.js";

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

/**
 * Where a 重点任务 title glued to its 主要内容 ends (完善考核评价办法|将河湖长制工作纳入…; seed row 1 repeats its first word: 巩固…|巩固…).
 * A title ends with a noun phrase (…体系, …建设, …攻坚战) and content begins with an action
 * (全面推行…, 深入开展…); when the content repeats the title's first word (巩固…|巩固…) that
 * is a strong sign too. Returns the best-scoring cut and how sure it is.
 */
export function splitTitle(text: string): TitleSplit {
  const breakAt = text.search(CLAUSE_BREAK);
  const limit = Math.min(MAX_TITLE, breakAt < 0 ? text.length : breakAt);
  let best: TitleSplit & { score: number } = { at: 0, confidence: 0, score: -1 };
  const head2 = text.slice(0, 2);
  for (let k = MIN_TITLE; k <= limit - 1; k++) {
    const title = text.slice(0, k);
    const rest = text.slice(k);
    // Never cut inside a quotation or bracket that the title opened.
    if (count(title, "“") > count(title, "”") || count(title, "(") + count(title, "（") > count(title, ")") + count(title, "）")) continue;
    const end = endWord(title, TITLE_END_WORDS);
    const start = startWord(rest, CONTENT_START_WORDS);
    let score = 0;
    if (end) score += 2 + end.length * 0.1;
    if (start) score += 1.5 + start.length * 0.25;
    if (rest.startsWith(head2) && head2.length === 2 && /[\u4e00-\u9fa5]{2}/.test(head2)) score += 1.5;
    if (/^[“"《(]/.test(rest)) score -= 1;
    // A closing quote soon after the cut, with no opening one, means the cut split a quoted term (…资源|五清”专项…).
    const close = rest.indexOf("”");
    if (close >= 0 && close < 12 && !rest.slice(0, close).includes("“")) score -= 2;
    // Titles of 6–16 characters are the norm.
    if (k < 5) score -= 0.5;
    if (k > 20) score -= (k - 20) * 0.05;
    // On a tie the longer title wins: a noun phrase that goes on (森林资源|保护) is still the title.
    if (score >= best.score) best = { at: k, confidence: Math.min(1, score / 4.5), score };
  }
  if (best.score <= 0) {
    // Nothing looks like a boundary: the whole text up to the first clause break is the title only when short.
    const at = breakAt > 0 && breakAt <= MAX_TITLE ? breakAt : 0;
    return { at, confidence: 0 };
  }
  return { at: best.at, confidence: best.confidence };
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
