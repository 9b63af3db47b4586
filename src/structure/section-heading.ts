import { chineseNumeral } from "../util/numerals.js";

export interface Heading {
  /** Number as printed, without the trailing 、 (`一`, `(一)`), or "" when the heading has none. */
  number: string;
  title: string;
  level: number;
}

const LEVEL1 = /^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*/;
const LEVEL2 = /^\s*([(（])\s*([一二三四五六七八九十]{1,3})\s*([)）])\s*[、.．]?\s*/;
const PART = /^\s*(第[一二三四五六七八九十]{1,3}(?:部分|章|篇))\s*/;
// 1、扩大有效投资: a heading numbered in Arabic figures, over tasks numbered 1.1, 1.2 (never 1.1 itself).
const ARABIC = /^\s*(\d{1,2})\s*[、.\uff0e](?![\d\uff10-\uff19])\s*/;

/** Read a section heading: 一、… (level 1), (一)… (level 2), 第一部分… (level 1), or an unnumbered group title. */
export function parseHeading(text: string): Heading {
  const t = text.trim();
  let m = LEVEL1.exec(t);
  if (m && chineseNumeral(m[1] as string) !== null) return { number: m[1] as string, title: t.slice(m[0].length).trim(), level: 1 };
  m = LEVEL2.exec(t);
  if (m && chineseNumeral(m[2] as string) !== null) return { number: `${m[1]}${m[2]}${m[3]}`, title: t.slice(m[0].length).trim(), level: 2 };
  m = PART.exec(t);
  if (m) return { number: m[1] as string, title: t.slice(m[0].length).trim(), level: 1 };
  m = ARABIC.exec(t);
  if (m && t.length > m[0].length) return { number: m[1] as string, title: t.slice(m[0].length).trim(), level: 1 };
  return { number: "", title: t, level: 1 };
}
