import { chineseNumeral, CN_NUMERAL, ENCLOSED_CN, PART_WORDS, seqValue } from "./numbering.js";

export interface Heading {
  /** Number as printed, without the trailing 、 (`一`, `(一)`), or "" when the heading has none. */
  number: string;
  title: string;
  level: number;
}

const LEVEL1 = new RegExp(`^\\s*(${CN_NUMERAL})\\s*[、.\\uff0e]\\s*`);
const LEVEL2 = new RegExp(`^\\s*([(\\uff08])\\s*(${CN_NUMERAL})\\s*([)\\uff09])\\s*[、.\\uff0e]?\\s*`);
// ㈦: (七) printed as one character.
const LEVEL2_ENCLOSED = new RegExp(`^\\s*(${ENCLOSED_CN})\\s*[、.\\uff0e]?\\s*`);
const PART = new RegExp(`^\\s*(第${CN_NUMERAL}(?:${PART_WORDS}))\\s*`);
// 1、扩大有效投资: a heading numbered in Arabic figures, over tasks numbered 1.1, 1.2 (never 1.1 itself).
const ARABIC = /^\s*(\d{1,2})\s*[、.\uff0e](?![\d\uff10-\uff19])\s*/;

/** A section heading on a line of its own (一、提升政务服务效能 / (二)… / 第三部分…), at most 60 characters after its number. */
export const SECTION_LINE = new RegExp(
  `^\\s*(?:${CN_NUMERAL}\\s*[、.\\uff0e]|[(\\uff08]${CN_NUMERAL}[)\\uff09]|${ENCLOSED_CN}|第${CN_NUMERAL}(?:${PART_WORDS}))[^\\n]{0,60}$`,
);

/** A cell holding only a heading's number (一 / 一、 / (一)), its title in the next cell. */
export const HEADING_NUMBER = new RegExp(`^(?:${CN_NUMERAL}\\s*[、.\\uff0e]?|[(\\uff08]\\s*${CN_NUMERAL}\\s*[)\\uff09]\\s*[、.\\uff0e]?|${ENCLOSED_CN}\\s*[、.\\uff0e]?)$`);

/** Read a section heading: 一、… (level 1), (一)… (level 2), 第一部分… (level 1), or an unnumbered group title. */
export function parseHeading(text: string): Heading {
  const t = text.trim();
  let m = LEVEL1.exec(t);
  if (m && chineseNumeral(m[1] as string) !== null) return { number: m[1] as string, title: t.slice(m[0].length).trim(), level: 1 };
  m = LEVEL2.exec(t);
  if (m && chineseNumeral(m[2] as string) !== null) return { number: `${m[1]}${m[2]}${m[3]}`, title: t.slice(m[0].length).trim(), level: 2 };
  m = LEVEL2_ENCLOSED.exec(t);
  if (m && seqValue(m[1] as string) !== null) return { number: m[1] as string, title: t.slice(m[0].length).trim(), level: 2 };
  m = PART.exec(t);
  if (m) return { number: m[1] as string, title: t.slice(m[0].length).trim(), level: 1 };
  m = ARABIC.exec(t);
  if (m && t.length > m[0].length) return { number: m[1] as string, title: t.slice(m[0].length).trim(), level: 1 };
  return { number: "", title: t, level: 1 };
}

/**
 * Headings of the parts of a plan (实施方案, 工作要点, 行动计划) that frame its tasks rather than hold
 * them: its aims, principles, safeguards and the steps of its roll-out. Items under them are not tasks
 * when a plan is read by its numbering alone.
 */
export const FRAMING_SECTION = /^(?:(?:制定|出台|起草|编制|政策)?背景(?:情况|依据)?|起草过程|制定过程|名词解释|总体要求|总体思路|总体目标|指导思想|基本原则|工作原则|主要目标|发展目标|工作目标|目标要求|保障措施|保障机制|工作保障|组织保障|工作要求|有关要求|相关要求|组织领导|组织实施|实施步骤|工作步骤|推进步骤|进度安排|时间安排|适用范围|编制依据|工作依据)/;
