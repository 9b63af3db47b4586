import { chineseNumeral } from "./numbering.js";

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
// 二〇二四年三月五日: a date in Chinese numerals, as official documents sign them.
const CHINESE_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const CHINESE_DIGITS = "〇一二三四五六七八九";

/** A line that is a date (a signature's, 2023年9月28日印发, 二○○七年四月十三日), with at most 40 characters before it. */
export const DATE_LINE = /^\s*[^\n]{0,40}?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3})\s*日\s*(?:印发)?\s*$/;

/** A web page's publication date (发布时间：2023-01-05). */
export const PAGE_DATE = /(?:发布(?:时间|日期)|日期|时间)\s*[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})/;

/** Year, month and day as an ISO date, or null when they are not a date. */
export function isoDate(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1949 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first date in `text`, in Arabic or Chinese numerals: where it is, as printed, and as an ISO date. */
export function findDate(text: string): { index: number; printed: string; iso: string | null } | null {
  const m = DATE.exec(text);
  if (m) return { index: m.index, printed: m[0], iso: isoDate(m[1] as string, m[2] as string, m[3] as string) };
  const c = CHINESE_DATE.exec(text);
  if (!c) return null;
  const year = [...(c[1] as string)].map((ch) => CHINESE_DIGITS.indexOf(ch === "○" || ch === "零" ? "〇" : ch)).join("");
  const month = chineseNumeral(c[2] as string);
  const day = chineseNumeral(c[3] as string);
  return { index: c.index, printed: c[0], iso: month === null || day === null ? null : isoDate(year, String(month), String(day)) };
}

/**
 * A deadline as the genre prints one (完成时限 cells, or said inside a unit bracket: 6月底完成):
 * a date or month with 底/前/完成, a quarter or half year, 年底前, or the standing ones
 * (长期坚持, 持续推进, 常态化).
 */
/**
 * A span of months or years as a 项目 table prints its 建设起止年限 or a task its period:
 * 2023.01-2023.12, 2023年1月—2023年12月, 2022-2025年, 2023.3~12.
 */
export const PERIOD_TEXT = /^\d{4}(?:\s*[.\-/年]\s*\d{1,2}\s*月?)?\s*[-—–~～至到]\s*(?:\d{4}\s*(?:[.\-/年]\s*\d{1,2}\s*月?|年)?|\d{1,2}\s*月?)(?:份|底|前)?$/;

export const DEADLINE_TEXT =
  /^(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:度)?(?:底|末|内)?|\d{1,2}月(?:\d{1,2}日)?|[一二三四1-4]季度|第[一二三四1-4]季度|上半年|下半年|年底|年内|年末|全年|每年|每季度|每月|长期|持续|常态化|按年度|按季度|按月)[^、，,；;。]{0,12}?(?:前|底|末|完成|推进|坚持|开展|实施|落实|到位|启动|建成)?$/;

/**
 * A task that opens with its deadline (2017年2月底前，成立… / 6月底前，完成…): the date and the word
 * that makes it a limit (前, 底, 以前), before the comma. A date with no such word (2017年，我市…)
 * says when, not by when.
 */
export const OPENING_DEADLINE = /^(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:上旬|中旬|下旬|底|末)?|年底|年内|底)\s*(?:前|以前|之前)(?=\s*[,，])|^(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:底|末)(?=\s*[,，])/;
